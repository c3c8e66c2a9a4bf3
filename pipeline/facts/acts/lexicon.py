"""Words that name kinds of legal acts, and the registry of well-known acts, from the data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...data import load_jsonl, load_tsv
from ...errors import DataFileError
from ...lexicon.cues import word_set
from ...nlp.lang import fold, has_cyrillic, without_yo
from ...nlp.morph import Morph
from ...record import Token

KINDS = frozenset(
    "treaty agreement code decision strategy protocol convention programme law declaration memorandum other".split()
)
# Kinds whose words are also everyday nouns («решение» a solution, "code" a number): written in lower
# case they name an act only with a number, a date or a quoted title.
WEAK = frozenset({"decision", "law", "programme", "strategy", "code", "other"})

ACT_WORDS = "act_words.tsv"
_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*", re.U)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class KnownAct:
    """An entry of the registry of well-known acts."""

    id: str
    kind: str
    year: int | None
    date: str | None
    title_ru: str
    title_en: str
    aliases: tuple[str, ...]
    parties: tuple[str, ...]

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_ru


@cache
def kind_words() -> dict[str, str]:
    """Lemma → kind (or `refer`/`self` for determiners that point back to an act)."""
    allowed = ((1, ("ru", "en")), (2, tuple(sorted(KINDS | {"refer", "self"}))))
    return {word.lower(): kind for word, _lang, kind in load_tsv("act_kinds.tsv", 3, allowed)}


@cache
def registry() -> tuple[KnownAct, ...]:
    """The well-known acts of `acts.jsonl`."""
    acts = []
    for row in load_jsonl("acts.jsonl"):
        try:
            act = KnownAct(
                id=row["id"], kind=row["kind"], year=row.get("year"), date=row.get("date"),
                title_ru=row["title_ru"], title_en=row["title_en"],
                aliases=tuple(row.get("aliases", ())), parties=tuple(row.get("parties", ())),
            )
        except KeyError as exc:
            raise DataFileError(f"acts.jsonl: entry {row.get('id')!r} lacks the field {exc}") from exc
        if act.kind not in KINDS:
            raise DataFileError(f"acts.jsonl: entry {act.id!r} has unknown kind {act.kind!r}")
        acts.append(act)
    return tuple(acts)


def key(title: str, morph: Morph) -> frozenset[str]:
    """The content words of a title as lemmas, a country's name as its code («России», «РФ» and
    «Российской Федерации» alike): what two wordings of one act share."""
    out = _words(title, morph)
    for name, code in _country_keys(morph):
        if name <= out:
            out = (out - name) | {code}
    return frozenset(out)


@lru_cache(maxsize=4)
def _country_keys(morph: Morph) -> tuple[tuple[frozenset[str], str], ...]:
    """Every name of every country as title words, the longest first, with its code («@RU»); not the
    letters of an older state the file lists under its successor («РСФСР», "BSSR"): a code of the
    РСФСР is not the Russian Federation's."""
    from ..countries import load_countries

    names = {(frozenset(_words(name, morph)), "@" + c.iso2) for c in load_countries().values()
             for name in (c.ru, c.en, *c.aliases) if not (name.isupper() and len(name) > 3)}
    return tuple(sorted((n for n in names if n[0]), key=lambda n: -len(n[0])))


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}")  # "U.S.", "U.K."
_BROKEN = re.compile(r"(?<=[^\W\d_])[-‐][ \t\n]+(?=[^\W\d_])")  # "Anti- Dumping", «экспортно- импортный»


def _words(title: str, morph: Morph) -> set[str]:
    out: set[str] = set()
    title = _BROKEN.sub("-", _DOTTED.sub(lambda m: m.group().replace(".", ""), title))
    words = _WORD.findall(without_yo(title))
    # "Anti Dumping": a prefix written apart is one word with what follows ("Anti-Dumping", "Antidumping")
    prefixes = word_set(ACT_WORDS, "prefix")
    for at in range(len(words) - 1, 0, -1):
        if words[at - 1].lower() in prefixes:
            words[at - 1 : at + 1] = [words[at - 1] + "-" + words[at]]
    written = [part for word in words
               # "EC-Treaty", "EC-TREATY", «ЕАЭС-Договор»: letters joined to the word they qualify are two words, and
               # so are the names of a compound ("Korea-United States", "US-Korea"), not a prefix and its word
               for part in (word.split("-", 1) if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}-[A-ZА-ЯЁ][^\W\d_]+", word)
                            else _names_joined(word, prefixes))]
    for word in written:
        low = word.lower()
        if low in word_set(ACT_WORDS, "function") or _YEAR.match(low):
            continue
        if low in _spelt_out():
            out.update(_spelt_out()[low])  # "FTA" and "Free Trade Agreement"
        elif word.isupper() and len(word) > 1:
            out.add(low)
        elif has_cyrillic(low):
            out.add(fold(morph.lemma(low)))
        else:
            out.add(_english_lemma(low))
    return out


def _names_joined(word: str, prefixes: frozenset[str]) -> list[str]:
    """The capitalised names a hyphenated word joins ("Korea-United", "ASEAN-China"), or the word itself (one word, or
    a prefix and its word: "Anti-Dumping", "Trans-Pacific")."""
    parts = re.split(r"[-‐]", word)
    joined = len(parts) > 1 and all(p[:1].isupper() for p in parts) and parts[0].lower() not in prefixes
    return parts if joined else [word]


@cache
def _same_as() -> dict[str, str]:
    """act_words.tsv same_as: an English title word and the word it stands for («accord» for "agreement")."""
    pairs = (form.split() for form in word_set(ACT_WORDS, "same_as", lang="en"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


@cache
def _spelt_out() -> dict[str, tuple[str, ...]]:
    """act_words.tsv same_as with more than one word after the first: letters a title is written with and the
    keys of the words they stand for ("fta free trade agreement")."""
    pairs = (form.split() for form in word_set(ACT_WORDS, "same_as", lang="en"))
    return {words[0]: tuple(_english_lemma(w) for w in words[1:]) for words in pairs if len(words) > 2}


def _english_lemma(word: str) -> str:
    word = _same_as().get(word, word)
    word = word.replace("-", "").replace("‐", "").replace("harmonis", "harmoniz").replace("programme", "program")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=4)
def registry_keys(morph: Morph) -> tuple[tuple[KnownAct, frozenset[str]], ...]:
    """Every wording of every known act with its key."""
    out = []
    for act in registry():
        for title in (act.title_ru, act.title_en, *act.aliases):
            out.append((act, key(title, morph)))
    return tuple(out)


@lru_cache(maxsize=4)
def _keys_by_word(morph: Morph) -> dict[str, tuple[int, ...]]:
    """For each word of a known act's wording, where in `registry_keys` the wordings holding it stand."""
    out: dict[str, list[int]] = {}
    for at, (_, k) in enumerate(registry_keys(morph)):
        for word in k:
            out.setdefault(word, []).append(at)
    return {word: tuple(ats) for word, ats in out.items()}


@cache
def bare_aliases() -> dict[str, KnownAct]:
    """Names of known acts written without a kind word («ГАТТ», "TRIPS", "Multi-Fiber Arrangement"),
    found by themselves in a text."""
    words = kind_words()
    out = {}
    for act in registry():
        for title in (act.title_ru, act.title_en, *act.aliases):
            names = _WORD.findall(title)
            if not names or any(w.lower() in words for w in names):
                continue
            # every word an abbreviation («ГАТТ», «УК РФ», «КоАП РФ», "TRIPS"), or two capitalised words
            # or more, matched as written ("Multi-Fiber Arrangement", "Trans-Pacific Partnership")
            if all(sum(c.isupper() for c in w) >= 2 for w in names) \
                    or len(title.split()) >= 2 and all(w[:1].isupper() for w in title.split()) \
                    or len(names) >= 5 and title[:1].isupper():  # «Рамочные стандарты безопасности и облегчения ...» whole
                out[title] = act
    return out


def lookup(title_key: frozenset[str], morph: Morph, wording: str = "") -> KnownAct | None:
    """The known act a title names: the same words, its one-word name and a kind word, or one wording
    inside the other covering three quarters of it (at least two words); of acts with the same words, the one with the
    `wording` as its title or alias ("Union Customs Code", not "Customs Code of the Customs Union");
    None when no act or more than one fits."""
    if not title_key:
        return None
    best: dict[str, tuple[float, KnownAct]] = {}
    keys, by_word = registry_keys(morph), _keys_by_word(morph)
    # only wordings that share a word with the title can fit it, in the registry's order
    for act, k in (keys[at] for at in sorted({at for word in title_key for at in by_word.get(word, ())})):
        if k == title_key:
            score = 2.0
        elif len(k) == 1 and k < title_key and len(title_key) == 2 and title_key - k <= kind_words().keys():
            score = 1.0  # "the NAFTA agreement", «договор СНВ-3»: a known act's letters and its kind word
        elif len(k & title_key) >= 2 and (k <= title_key or title_key <= k):
            score = min(len(k), len(title_key)) / max(len(k), len(title_key))
            if score < 0.75:
                continue
        else:
            continue
        if score > best.get(act.id, (0.0, act))[0]:
            best[act.id] = (score, act)
    if not best:
        return None
    ranked = sorted(best.values(), key=lambda x: -x[0])
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        written = fold(" ".join(wording.split()))
        exact = [act for score, act in ranked if score == ranked[0][0]
                 and written in {fold(n) for n in (act.title_ru, act.title_en, *act.aliases)}]
        return exact[0] if len(exact) == 1 else None
    return ranked[0][1]


_LETTERS = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:/[A-Z][A-Z0-9]{1,5})*")


@cache
def _letters_of_bodies() -> frozenset[str]:
    """The short forms in Latin capitals of registered organisations and of countries ("WTO", "CIS", "USA")."""
    from ..countries import load_countries
    from ..organisations.registry import load_registry

    names = [n for e in load_registry().values() for n in e.names()]
    names += [n for c in load_countries().values() for n in (c.iso2, *c.aliases)]
    return frozenset(n for n in names if _LETTERS.fullmatch(n))


def network_protocol(name: str) -> bool:
    """Whether letters that name a protocol name a network's ("IP", "SSL", "TCP/IP"), not a body's or a
    country's, whose protocols are treaties ("CIS Protocol")."""
    return bool(_LETTERS.fullmatch(name)) and name not in _letters_of_bodies()


def technical_name(word: str) -> bool:
    """Letters of a network's protocol ("MQTT", "TCP/IP") or a technical name with a capital inside
    ("LoRa", "ZigBee"): no state or body names its treaties so."""
    return network_protocol(word) or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word) is not None


_HORIZON = re.compile(r"\b(?:(?:до|until|up to|to|through) |(?:на|for) \d{4} ?[-–—] ?)(\d{4})(?: года| годы| гг?\.?| years)?»?$")


def horizon_of(title: str) -> str | None:
    """The year a strategy or a programme runs to («... на период до 2030 г.», "... until 2025», «... на 2018–2019 годы»)."""
    m = _HORIZON.search(title)
    return m.group(1) if m else None


_QUOTES = "«“\"„"


@cache
def _work_before() -> re.Pattern[str]:
    words = sorted(word_set(ACT_WORDS, "work"), key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})[ \t]+[{_QUOTES}](?:the[ \t]+)?$", re.I)


def names_a_work(text: str, start: int) -> bool:
    """Whether a title in quotes at `start` (at its opening quote or its first word) comes right after a word for a
    work, a broadcast or a periodical: «передача «Закон и порядок»», "the TV series "Law & Order"" name that work."""
    at = start + 1 if text[start:start + 1] in _QUOTES else start
    return bool(_work_before().search(text, max(0, at - 30), at))


def listed_on(tokens: list[Token], j: int, prev: Token, morph: Morph) -> int | None:
    """Where the nouns a comma at `j - 1` goes on listing after the title's noun `prev` end: each in its case, perhaps
    after adjectives, the last after «и» («о торговле|, транзите и таможенном сотрудничестве»); None for anything else."""
    cases = {p.tag.case for p in morph.parse(prev.text.lower()) if p.tag.POS == "NOUN"}
    closing, words = False, 0
    for k in range(j, min(len(tokens), j + 12)):
        low = tokens[k].text.lower()
        if low in (",", "и") and words:
            closing, words = closing or low == "и", 0
            continue
        parses = morph.parse(low) if tokens[k].text.isalpha() and tokens[k].text.islower() else []
        if not parses or words >= 3:
            return None
        words += 1
        if any(p.tag.POS == "NOUN" and p.tag.case in cases for p in parses[:2]):
            if closing:
                return k + 1
        elif not any(p.tag.POS == "ADJF" and p.tag.case in cases for p in parses):
            return None
    return None


@cache
def union_names() -> frozenset[str]:
    """The one-word names and letters of the registered unions of states and international organisations
    ("Mercosur", "EAEU", «ЕАЭС»), which sign acts as states do."""
    from ...digest.relevance import COOPERATION_KINDS
    from ..organisations.registry import load_registry

    return frozenset(n for e in load_registry().values() if e.kind in COOPERATION_KINDS for n in e.names() if n and " " not in n)
