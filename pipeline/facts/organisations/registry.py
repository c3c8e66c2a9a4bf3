"""The registry of organisations (`data/organisations.jsonl`): each body's canonical names in both
languages, its abbreviations and other names, and the names it goes by alone only in a text about its
country ("Senate" and "House" are the chambers of the United States Congress where the text names the
United States, and any country's elsewhere)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...data import load_jsonl
from ...errors import DataFileError
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import Gazetteer, keys
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ..countries import country_by_stem, country_names, country_synonyms, load_countries, with_country_keys
from .names import written_out

REGISTRY = "organisations.jsonl"


@dataclass(frozen=True)
class Entry:
    """One organisation of the registry; `local_en` and `local_ru` are names that stand for it only in a
    text that names its `country` (ISO 3166 letters): "the House", «Минфин», «ЦБ»."""

    id: str
    ru: str
    en: str
    abbr_ru: tuple[str, ...] = ()
    abbr_en: tuple[str, ...] = ()
    aliases_ru: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    kind: str = "organisation"
    local_en: tuple[str, ...] = ()
    local_ru: tuple[str, ...] = ()
    country: str | None = None

    def names(self) -> tuple[str, ...]:
        return (self.ru, self.en, *self.abbr_ru, *self.abbr_en, *self.aliases_ru, *self.aliases_en)


@cache
def kept_capitals() -> frozenset[str]:
    """The abbreviations of the registered organisations, which keep their capitals in any text."""
    return frozenset(a for entry in load_registry().values() for a in (*entry.abbr_ru, *entry.abbr_en) if a.isupper())


@cache
def load_registry() -> dict[str, Entry]:
    """The registry by id; fails at start on a record without its id and two names, or with names of
    its own country and no country."""
    out: dict[str, Entry] = {}
    for record in load_jsonl(REGISTRY):
        try:
            entry = Entry(
                id=record["id"],
                ru=record["ru"],
                en=record["en"],
                **{k: tuple(record.get(k, ())) for k in ("abbr_ru", "abbr_en", "aliases_ru", "aliases_en", "local_en",
                                                                  "local_ru")},
                kind=record.get("kind", "organisation"),
                country=record.get("country"),
            )
        except (KeyError, TypeError) as exc:
            raise DataFileError(f"{REGISTRY}: expected id, ru and en in {record!r}") from exc
        if entry.id in out:
            raise DataFileError(f"{REGISTRY}: id {entry.id!r} is listed twice")
        if (entry.local_en or entry.local_ru) and not entry.country:
            raise DataFileError(f"{REGISTRY}: {entry.id!r} has names of its country (local_en, local_ru) and no country")
        out[entry.id] = entry
    return out


@cache
def registry_gazetteer(morph: Morph) -> Gazetteer[str]:
    """Every name of every registered organisation, standing for its id (its country's names too)."""
    gazetteer: Gazetteer[str] = Gazetteer(morph, country_synonyms(morph))
    for entry in load_registry().values():
        names = (*entry.names(), *entry.local_en, *entry.local_ru)
        gazetteer.add_all((*names, *(other for name in names if (other := _other_spelling(name)) != name)), entry.id)
    return gazetteer


# British English words of names spelt the American way, and the other way round
_TO_AMERICAN = ((re.compile(r"(?<=[a-z])is(?=(?:ation|ations|e|es|ed)\b)"), "iz"), (re.compile(r"(?<=[a-z][^\Waeiou])our\b"), "or"),
                (re.compile(r"(?<=[a-z][nai][tb])re\b"), "er"), (re.compile(r"(?<=gram)me\b"), ""), (re.compile(r"(?<=Defen)ce\b"), "se"))
_TO_BRITISH = ((re.compile(r"(?<=[a-z])iz(?=(?:ation|ations|e|es|ed)\b)"), "is"), (re.compile(r"(?<=[a-z][^\Waeiou])or\b"), "our"),
               (re.compile(r"(?<=[a-z][nai][tb])er\b"), "re"), (re.compile(r"(?<=gram)\b(?!me)"), "me"), (re.compile(r"(?<=Defen)se\b"), "ce"))


def _other_spelling(name: str) -> str:
    """An English name in the other spelling ("United Nations Environment Program" for "... Programme",
    "International Labour Organisation" for "... Labor Organization"); the name itself when it has none."""
    if not name.isascii():
        return name
    american = name
    for pattern, replacement in _TO_AMERICAN:
        american = pattern.sub(replacement, american)
    if american != name:
        return american
    for pattern, replacement in _TO_BRITISH:
        name = pattern.sub(replacement, name)
    return name


def out_of_its_country(entry: Entry, text: str, start: int, end: int, countries: set[str], morph: Morph) -> bool:
    """Whether the name at `start`–`end` is one an organisation goes by only in its country's text, in a
    text that names no such country (`countries`: the ISO letters of those it names), or as the last word
    of another name ("the White House", "the Arizona House of Representatives"); a Russian one also
    after another country's adjective or before another name or what names the body further («японского МИДа»,
    «Минфин Белоруссии», «Следственный комитет при прокуратуре»), and in a text that names another country's
    body so anywhere («британского МИД»)."""
    written = " ".join(text[start:end].split())
    if written in entry.local_en:
        before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
        # (a word in capitals before it opens another name, in brackets too: "(Brazilian | Republican Party)";
        # a chamber its one word names is it only after "the": "House price index", "House-Senate conference")
        return entry.country not in countries or bool(before and before.group(1).lstrip("(«\"'“[")[:1].isupper()) \
            or (entry.kind == "parliament" and " " not in written and not (before and before.group(1).lower() == "the"))
    if not entry.local_ru or keys(written, morph) not in {keys(name, morph) for name in entry.local_ru}:
        return False
    if entry.country not in countries or _foreign_at(text, start, end, entry.country) or _qualified(text, start, entry.country, morph):
        return True
    # a text that gives the same short name to another country's body («британского МИД») leaves it to no one
    return any(_foreign_at(text, m.start(), m.end(), entry.country) for name in entry.local_ru if " " not in name
               for m in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}[а-яё]{{0,3}}(?![^\W\d_])", text))


def _qualified(text: str, start: int, country: str | None, morph: Morph) -> bool:
    """Whether an adjective that is not its own country's stands before a body's short name: the name is another
    body's of that kind («Московская городская | Дума», «областная | Дума»), not the country's; one that says
    when («новой | Думы», «нынешнего | Минфина») leaves it the country's."""
    before = re.search(r"([А-ЯЁа-яё]+)[ \t]+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    parse = morph.parse(word := before.group(1).lower())[0]
    return _country_of(word) != country and parse.tag.POS == "ADJF" \
        and parse.normal_form not in word_set("act_words.tsv", "time", lang="ru")


def _foreign_at(text: str, start: int, end: int, country: str | None) -> bool:
    """Whether a Russian body's short name at `start`–`end` is another's: after the adjective of another
    country than `country`, or before another name or what names the body further."""
    before = re.search(r"([а-яё]+)[ \t]+$", text[max(0, start - 40) : start])
    # («МВД по Республике Татарстан», «по г. Москве», but not «допросят в МВД | по делу», «по данным»)
    after = re.match(r"[ \t]+(?:([«\"A-ZА-ЯЁ][^\W\d_]*)|при(?![^\W\d_])|по[ \t]+(?:г\.[ \t]*|[а-яё-]+[ \t]+)?[А-ЯЁ])",
                     text[end : end + 40])
    return bool(after and not (after.group(1) and _names_country(after.group(1), country))) \
        or bool(before and _country_of(before.group(1)) not in (None, country))


def _names_country(word: str, country: str | None) -> bool:
    """Whether a word is `country`'s name or its letters, in any case («России», «РФ»)."""
    entry = load_countries().get(country or "")
    return entry is not None and any(word.lower().startswith(n.lower()[: max(3, len(n) - 2)])
                                     for n in (entry.ru, *entry.aliases) if " " not in n)


_RU_ADJECTIVE = re.compile(r"([а-яё]{3,}?)[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)")


def _country_of(word: str) -> str | None:
    """The ISO letters of the country a Russian adjective names by its stem («японского» -> JP), if any."""
    m = _RU_ADJECTIVE.fullmatch(word)
    return country_by_stem(m.group(1)) if m else None


def known_entry(seq: tuple[str, ...], entries: list[tuple[str, Entry]], heads: frozenset[str], morph: Morph) -> str | None:
    """The key of the article's registered organisation (`entries`: key and entry) whose name begins with
    these words («Евразийский банк») or is one of its names, or of a registered company these words name
    with its kind after it ("the Rosatom State Corporation"); its country named in other words is the same
    («Министерство торговли Соединённых Штатов» of «Министерство торговли США»)."""
    countried = _country_keyed(seq, morph)
    named = any(w.startswith("@") for w in countried)
    for key, entry in entries:
        for known in (keys(entry.ru, morph), keys(entry.en, morph)):
            if len(seq) > 1 and (known[: len(seq)] == seq or entry.kind == "company" and seq[: len(known)] == known and seq[-1] in heads):
                return key
        if any(keys(name, morph) == seq for name in entry.names()):
            return key  # «ОАО «Газпром»» written where the registry's «Газпром» is named too
        if named and any(_country_keyed(keys(name, morph), morph) == countried for name in entry.names()):
            return key  # ("Department of Commerce of the United States", "US Department of Commerce")
    return None


@lru_cache(maxsize=8192)  # (asked for every name of every registered body the article names, for each candidate)
def _country_keyed(seq: tuple[str, ...], morph: Morph) -> frozenset[str]:
    """A name's words with its countries as their keys, in any order, "of" and "the" aside."""
    return frozenset(with_country_keys(seq, morph)) - {"of", "the"}


_POSSESSOR = re.compile(r"(?<![\w'’])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:['’]s?)[ \t]+$")


def of_a_country_before(text: str, start: int, name: str, morph: Morph) -> str | None:
    """The registered body a name stands for after its country's possessive or adjective: "Belarus' State
    Customs Committee" is the "State Customs Committee of Belarus" of the registry, «белорусский
    Государственный таможенный комитет» its «Государственный таможенный комитет Беларуси»; None if the
    registry knows none."""
    if has_cyrillic(name):
        # (its adjective may open the sentence, «Российское | Министерство финансов», or the name itself)
        before = re.search(r"([А-ЯЁа-яё][а-яё]+)[ \t]+$", text[max(0, start - 40) : start])
        code = _country_of(before.group(1).lower()) if before else None
        first, _, rest = name.partition(" ")
        if code is None and rest and (code := _country_of(first.lower())):
            name = rest  # «Белорусский | Государственный таможенный комитет»
        return registry_gazetteer(morph).lookup(f"{name} {load_countries()[code].ru}") if code else None
    owner = _POSSESSOR.search(text, max(0, start - 40), start)
    if owner is None or owner.group(1).lower() not in country_names():
        return None
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return registry_gazetteer(morph).lookup(f"{bare} of {owner.group(1)}")


def spelt_in_small_letters(short: str, long_text: str | None, morph: Morph) -> str | None:
    """The registered organisation a definition names in small letters: its own letters in brackets after its
    full name («международной организации труда (МОТ)», "the world customs organization (WCO)"); a term's
    words spell out no registered letters ("controlled foreign company (CFC)")."""
    if not long_text or any(c.isupper() for c in long_text):
        return None
    gazetteer = registry_gazetteer(morph)
    key = gazetteer.lookup(short)
    return key if key is not None and gazetteer.lookup(long_text) == key else None


def described_entry(name: str, entries: list[tuple[str, Entry]], long_forms: dict[str, str], morph: Morph) -> str | None:
    """The key of the article's registered organisation (`entries`) that a Russian name stands for behind
    adjectives in small letters that describe it, no country's («антимонопольная комиссия Европейского
    союза» where the text names the registry's «Комиссия ЕС»; not «британский МИД»); short forms the
    text defines (`long_forms`) written out in the registry's names as in the name."""
    words = name.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].isalpha() and words[lead].islower() and morph.is_adjective(words[lead]) \
            and _country_of(words[lead]) is None:
        lead += 1
    if not lead or len(words) - lead < 2:
        return None
    seq = keys(" ".join(words[lead:]), morph)
    return next((key for key, entry in entries
                 if any(keys(written_out(known, long_forms), morph) == seq for known in entry.names())), None)
