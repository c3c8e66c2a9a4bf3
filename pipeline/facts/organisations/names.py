"""What the two organisation modules both ask of a name: its head word, its language, its articles."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Collection
from functools import cache, lru_cache, partial
from typing import Any

from ...lexicon.cues import FUNCTION_WORDS, any_word, forms, in_cases, word_set
from ...lexicon.gazetteer import is_abbreviation, keys, lemma_of
from ...lexicon.numbers import alternation
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ..countries import country_by_stem, load_countries, with_country_keys

ORG_WORDS = "org_words.tsv"
_SHOUTED = 8  # letters: a longer word in capitals is a name shouted, not an abbreviation
_COMPOUND = re.compile(r"^([А-ЯЁа-яё]+[ое]-)([а-яё]+)$")


def en_prepositions() -> frozenset[str]:
    """The words before which an English name's head stands: "of", "for", "between"."""
    return word_set(ORG_WORDS, "preposition")


@cache
def leading_the() -> re.Pattern[str]:
    """"the", "The", "THE" opening a name."""
    the = in_cases(forms(FUNCTION_WORDS, "definite"), upper=True)
    return re.compile(rf"^{alternation(the, start=False, end=False)}\s+")


@cache
def sentence_opener(lang: str | None = None) -> re.Pattern[str]:
    """A word that opens a sentence before a capitalised name, with its capital and the space after it
    ("The ", "In ", «В »), of one language or of both."""
    words = [w[:1].upper() + w[1:] for w in forms(FUNCTION_WORDS, "sentence_opener", lang=lang)]
    return re.compile(rf"{alternation(words, start=False, end=False)}(?:[ \t]+|$)")


def head_word(name: str, morph: Morph) -> str | None:
    """The lemma of a name's head: the first Russian noun, or the last English word before a preposition."""
    words = re.findall(r"[^\W\d_]+", leading_the().sub("", name))
    if not words:
        return None
    if has_cyrillic(name):
        # «пресс-служба»: a hyphenated noun is one word, its last part the head
        written = [w.rpartition("-")[2] for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", leading_the().sub("", name))]
        for n, word in enumerate(written):
            if is_abbreviation(word):
                continue
            if any(p.tag.POS == "NOUN" for p in morph.parse(word.lower())[:2]) \
                    and not (n + 1 < len(written) and agrees(word, written[n + 1], morph)):
                return lemma_of(word, morph)
        return None
    head = words[0]
    for n, word in enumerate(words):
        if word.lower() in ("and", "&") and n + 1 < len(words) and words[n + 1][:1].isupper() and words[n + 1] != "The":
            continue  # "Economic and Monetary | Union", "Securities and Exchange | Commission": words joined before the head
        if word.lower() in en_prepositions() or n and not is_abbreviation(head) and _owner_letters(name, words[n:]):
            break  # (letters after the head are its owner's: "Limnological Institute | SB RAS")
        head = word
    return None if is_abbreviation(head) else head.lower()


_ROMAN = re.compile(r"[IVX]+")


def _owner_letters(name: str, tail: list[str]) -> bool:
    """Whether the words after an English head are the letters of the body it belongs to, set right after it ("Limnological
    Institute SB RAS", "Harvard University IRB"): letters of three or more, or two sets of them; no numeral ("Working
    Group III"), no country ("Boston College, USA") and nothing between ("Office ID")."""
    from ..countries import country_names

    return bool(tail) and all(is_abbreviation(w) and not _ROMAN.fullmatch(w) and w.lower() not in country_names() for w in tail) \
        and (len(tail) >= 2 or len(tail[0]) >= 3) and " ".join(tail) in name and not re.search(r"[,;(]", name.split(tail[0])[0][-3:])


def agrees(word: str, following: str, morph: Morph) -> bool:
    """Whether a word that may be a noun is an adjective of the noun after it («Главное | управление»,
    «Главного | управления»), not a noun of its own («Сборная | России»)."""
    parses = morph.parse(following.lower())
    if following[:1].isupper() and any(g in parses[0].tag for g in ("Geox", "Name", "Surn", "Abbr")):
        return False  # «сборной | России»: a name in the genitive after its head
    adjectives = [p.tag for p in morph.parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF")]
    nouns = [p.tag for p in parses if p.tag.POS == "NOUN"]
    return any(a.case == n.case and a.number == n.number and (a.number == "plur" or a.gender == n.gender)
               for a in adjectives for n in nouns)


@lru_cache(maxsize=20_000)
def _words_of(name: str) -> tuple[str, ...]:
    """The words of a name without "the" before it (every pair of an article's names is compared by them)."""
    return tuple(leading_the().sub("", name).split())


def shortens(short: str, name: str) -> bool:
    """Whether one word is a Russian stump compound of a longer name: the starts of its words in
    order, the first word always among them («Минюст» of «Министерство юстиции», «Минэкономразвития»
    of «Министерство экономического развития», «Госдума» of «Государственная дума»). Words after
    the last used one (a country: «... России») and prepositions may be left out."""
    word = short.lower()
    if " " in short.strip() or not word.isalpha() or not has_cyrillic(word):
        return False  # asked of every pair of names: the short one is looked at first
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    if len(words) < 2:
        return False
    skippable = word_set(ORG_WORDS, "preposition") | word_set(FUNCTION_WORDS, "and")

    def fits(at: int, index: int, used: int) -> bool:
        if at == len(word):
            return used >= 2
        if index == len(words):
            return False
        if index > 0 and words[index] in skippable and fits(at, index + 1, used):
            return True
        full = words[index]
        for size in range(min(len(full), len(word) - at), 1, -1):
            if word.startswith(full[:size], at) and fits(at + size, index + 1, used + 1):
                return True
        return False

    return fits(0, 0, 0)


def initials(short: str, name: str) -> bool:
    """Whether an abbreviation in capitals is made of the first letters of a longer name's words, in
    order, the first word always among them, prepositions and at most one other word left out
    («ЦЭНКИ» of «Центр эксплуатации объектов наземной космической инфраструктуры», «ТПП» of
    «Торгово-промышленная палата», "IBFD" of "International Bureau of Fiscal Documentation"); two
    letters only of a name of two words and nothing else («СК» of «Следственный комитет»)."""
    letters = re.sub(r"[^\w]", "", short)
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()) or has_cyrillic(letters) != has_cyrillic(name):
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    skippable = word_set(ORG_WORDS, "preposition") | word_set(FUNCTION_WORDS, "and")
    word = letters.lower()
    if len(word) == 2:
        return len(words) == 2 and all(w[0] == c for w, c in zip(words, word, strict=True))

    def fits(at: int, index: int, skipped: int) -> bool:
        if at == len(word):  # a word after the last letter («... Союза») may be left out too
            rest = [w for w in words[index:] if w not in skippable]
            return len(rest) <= 1 - skipped
        if index == len(words):
            return False
        if words[index][0] == word[at] and fits(at + 1, index + 1, skipped):
            return True
        if index > 0 and words[index] in skippable:
            return fits(at, index + 1, skipped)
        return index > 0 and skipped == 0 and fits(at, index + 1, 1)

    return len(words) >= len(word) and fits(0, 0, 0)


def inverts(short: str, name: str) -> bool:
    """Whether an English name puts before its head what a longer name gives after "of": "Justice
    Ministry" of "Ministry of Justice", "KCH Medical Department" of "Medical Department of KCH"."""
    words = short.split()
    if has_cyrillic(short) or len(words) < 2:
        return False  # asked of every pair of names: the short one is looked at first
    full = _words_of(name)
    at = next((i for i, w in enumerate(full) if i and w.lower() in en_prepositions()), 0)
    if not at or at + 1 >= len(full):
        return False
    rest = [w for w in full[at + 1 :] if w.lower() not in ("the",)]
    return [w.lower() for w in words] == [w.lower() for w in (*rest, *full[:at])]


def inverts_before_tail(short: str, name: str) -> bool:
    """Whether two English names that end in the same "of" and a name invert their heads before it: "Foreign
    Affairs Ministry of Ukraine" of "Ministry of Foreign Affairs of Ukraine"."""
    head, of, tail = short.rpartition(" of ")
    return bool(of) and name.endswith(of + tail) and inverts(head, name[: -len(of + tail)])


def opens(short: str, name: str) -> bool:
    """Whether an English name of two or more capitalised words opens a longer name that goes on with a
    preposition: "Medical Department" of "Medical Department of KCH", "Supreme Court" of "Supreme Court of
    the United States" (not "European Union" of "European Union Agency ...", another body), or with a word
    for the whole body ("Honeynet Project" of "Honeynet Project Organization")."""
    words = short.split()
    if has_cyrillic(short) or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    full = _words_of(name)
    same_start = [w.lower() for w in full[: len(words)]] == [w.lower() for w in words]
    if len(full) == len(words) + 1:  # "Honeynet Project Organization", "Tata Steel Group": a word for the whole body after it
        return same_start and full[-1] in forms(ORG_WORDS, "body_after")
    if len(full) < len(words) + 2:
        return False
    return same_start and full[len(words)].lower() in en_prepositions()


_COUNTRY_LETTERS = re.compile(r"(?:[A-Z]\.){2,3}(?=\s)|[A-Z]{2,3}(?=\s)")


def without_country(seq: tuple[str, ...], name: str, country_words: Collection[str]) -> tuple[str, ...]:
    """The key words of an English name without the country's letters before it, so that "UK National
    Health Service" and "National Health Service", "U.S. Bureau of the Census" and "Bureau of the
    Census" are one name (the key of "U.S." is "US" marked as written)."""
    m = _COUNTRY_LETTERS.match(name)
    if m is None:
        return seq
    if len(seq) >= 3 and "=" + re.sub(r"\W", "", m.group()) in country_words:
        return seq[1:]
    return seq


def _without_country_key(seq: tuple[str, ...]) -> tuple[str, ...]:
    """The same for keys whose countries are keyed as countries (`with_country_keys`), however the country
    is written: "United States Bureau of the Census" is "Bureau of the Census" too."""
    return seq[1:] if len(seq) >= 3 and seq[0].startswith("@") else seq


@cache
def legal_suffix() -> re.Pattern[str]:
    """A company's legal form ending its name: "Co.", "GmbH", "Inc"."""
    return re.compile(rf"\s{alternation(forms(ORG_WORDS, 'legal_suffix'), start=False, end=False)}$")


_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "an", "ic", "i", "ch")


def of_a_country(word: str) -> bool:
    """A country's name or its adjective ("Russian" of Russia, "Chinese" of China, "Swiss" none)."""
    from ..countries import country_names

    low = re.sub(r"['’]s?$", "", word.lower())  # "China's", "States'"
    if low in country_names():
        return True
    return word[:1].isupper() and len(low) >= 5 and low.endswith(_DEMONYM_ENDS) \
        and any(name.startswith(low[: max(4, len(low) - 3)]) for name in country_names())


def qualifies(short: str, name: str) -> bool:
    """Whether an English name is another with its country before it: "Federal Prison Service" of "Russian
    Federal Prison Service", "Census Bureau" of "US Census Bureau", "International Trade Commission" of
    "United States International Trade Commission"."""
    words = _words_of(short)
    full = _words_of(name)
    extra = len(full) - len(words)  # "United States International Trade Commission": a country of two words
    if has_cyrillic(short) or len(words) < 2 or extra not in (1, 2):
        return False
    return [w.lower() for w in full[extra:]] == [w.lower() for w in words] and of_a_country(" ".join(full[:extra]))


def of_its_country(short: str, name: str, morph: Morph) -> bool:
    """Whether a name is another with the country whose body it is after it or its adjective before it:
    «МЧС» of «МЧС России» and of «британский МЧС»,
    «Министерство экологии» of «Министерство экологии Казахстана», "Ministry of Finance" of "Ministry of
    Finance of Kazakhstan"."""
    if not name.startswith(short + " "):
        # «МИД» of «британский МИД»: the adjective of its country before it
        adjective = _country_adjective(name) if name.endswith(" " + short) and len(name.split()) == len(short.split()) + 1 else None
        return adjective is not None and has_cyrillic(short) and country_by_stem(adjective.group(1)) is not None
    rest = name[len(short) :].strip()
    if not has_cyrillic(short):
        if (of := re.match(r"of(?:[ \t]+the)?[ \t]+", rest)) is None:
            return False
        rest = rest[of.end() :]
    seq = with_country_keys(keys(rest, morph), morph)
    return len(seq) == 1 and seq[0].startswith("@")


_RU_COUNTRY_ADJECTIVE = re.compile(r"([А-ЯЁа-яё]{3,})[сц]к(?:ий|ая|ое|ие)")  # «китай|ское», «кипр|ское»
_EN_DEMONYM = re.compile(r"([A-Z][a-z]+?)(?:ese|ian|an|ish|i|ch)")  # "Chin|ese", "Russ|ian"


def _country_adjective(short: str) -> re.Match[str] | None:
    """The adjective of a country a name of two words or more opens with, by its stem («китай|ское», "Chin|ese")."""
    first, _, rest = short.partition(" ")
    return (_RU_COUNTRY_ADJECTIVE if has_cyrillic(short) else _EN_DEMONYM).fullmatch(first) if rest else None


def opens_with_country_adjective(short: str) -> bool:
    return _country_adjective(short) is not None


def of_its_country_named(short: str, name: str, morph: Morph) -> bool:
    """Whether a name opens with the adjective of the country another gives after it: «китайское
    правительство» of «правительство Китая», "Chinese Government" of "Government of China"."""
    adjective = _country_adjective(short)
    rest = short.partition(" ")[2]
    if adjective is None or has_cyrillic(name) != has_cyrillic(short):
        return False
    body, seq = keys(rest, morph), with_country_keys(keys(name, morph), morph)
    tail = [w for w in seq[len(body) :] if w not in ("of", "the")]
    if seq[: len(body)] != body or len(tail) != 1 or not tail[0].startswith("@"):
        return False
    entry, stem = load_countries()[tail[0][1:]], adjective.group(1).lower()
    return any(n.lower().startswith(stem[: max(4, len(stem) - 2)]) for n in (entry.ru, entry.en, *entry.aliases))


def under_a_body(short: str, name: str, bodies: set[str]) -> bool:
    """Whether an English name is another with the body it belongs to before it, a body of the text or a name
    ending in one: "Ways and Means Committee" of "House Ways and Means Committee" where "House" names the House,
    "Study Group" of "European Customs Union Study Group"; or the word another body of the text opens with ("Court
    of Justice" of "Andean Court of Justice" beside "Andean Community")."""
    words = _words_of(short)
    full = _words_of(name)
    extra = len(full) - len(words)
    return not has_cyrillic(short) and len(words) >= 2 and 1 <= extra <= 3 \
        and [w.lower() for w in full[extra:]] == [w.lower() for w in words] \
        and (any(" ".join(full[k:extra]) in bodies for k in range(extra))
             or extra == 1 and any(b != name and len(b.split()) >= 2 and b.split()[0] == full[0] for b in bodies))


def within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether `part` is a run of `whole`'s words."""
    return bool(part) and any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def headed(name: str, heads: frozenset[str], morph: Morph) -> bool:
    """Whether a word of the name is an organisation word («банк», "University", "Commission"); in
    English one that ends the name or comes before its complement ("Customs Service", "University of
    Oxford"), not one that qualifies another noun ("Service Invocations", "Bank Holidays"), or the
    company's legal form that ends it ("GoodFellow Co.", "ION-TOF GmbH")."""
    words = re.findall(r"[^\W\d_]+", name)
    russian = has_cyrillic(name)
    # in English the head comes before "of" ("University of Oxford"); one after it is its complement's
    # ("Denial of Service", "Quality of Service")
    before_of = words.index("of") if not russian and "of" in words[1:] else len(words)
    # (an English head in small letters heads no name: "Control group", "the treatment group")
    if any(lemma_of(word, morph) in heads
           and (russian or word[:1].isupper() and (i == len(words) - 1 or words[i + 1][:1].islower()
                                                   or _owner_letters(name, words[i + 1:])))
           for i, word in enumerate(words) if i < before_of or before_of == len(words)):
        return True
    # or one that opens a complement of its own after it ("Texas House of Representatives Committee on Elections")
    if not russian and any(word.lower() in heads and words[i + 1] in ("on", "for")
                           for i, word in enumerate(words[before_of + 1:-1], before_of + 1)):
        return True
    if len(words) >= 2 and legal_suffix().search(name):
        return True
    # «МИД», «МВД», «ЦБ»: abbreviations the dictionary itself files as names of organisations
    return len(words) == 1 and words[0].isupper() and any(
        {"Abbr", "Orgn"} <= p.tag.grammemes for p in morph.parse(words[0].lower())[:2])


# American and British spellings of one word end apart in a few regular ways: -ize/-ise,
# -yze/-yse, -or/-our, -ter/-tre, -gram/-gramme
_SPELLINGS = (
    (re.compile(r"([a-z])iz(e|es|ed|ing|ation|ations|er|ers)$"), r"\1is\2"),
    (re.compile(r"([a-z])yz(e|es|ed|ing)$"), r"\1ys\2"),
    (re.compile(r"([^aeiou])or$"), r"\1our"),
    (re.compile(r"([tb])er$"), r"\1re"),
    (re.compile(r"gram$"), "gramme"),
)


def one_spelling(words: tuple[str, ...]) -> tuple[str, ...]:
    """English key words spelt one way, so that "International Labor Organization" and "International
    Labour Organisation" are one name, and "Department of the Central Hospital" and "Department of
    Central Hospital" too."""
    out = []
    for word in words[:1] + tuple(w for w in words[1:] if w != "the"):
        for pattern, replacement in _SPELLINGS:
            word = pattern.sub(replacement, word)
        out.append(word)
    return tuple(out)


def english_short_forms(candidates: list[tuple[int, int, str]], morph: Morph) -> dict[tuple[str, ...], tuple[str, ...]]:
    """"Interstate Council" for "Interstate Council of the Community": an English name that is the part
    before the preposition of exactly one longer name of the article is that organisation. Two longer
    names that share the part ("Technical Committee on Rules of Origin", "... on Customs Valuation")
    stay two, and the short one stays itself."""
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for _, _, name in candidates:
        if has_cyrillic(name):
            continue
        seq = keys(name, morph)
        cut = next((i for i, word in enumerate(seq) if word in en_prepositions()), len(seq))
        if 0 < cut < len(seq):
            longer[seq[:cut]].add(seq)
    return {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}


_UNMATCHED_QUOTE = re.compile(r'^"|"$')


def _paired(name: str) -> str:
    """A name with its quotes in pairs: one cut off its pair at an end goes ('"Tea Party'), one that opens
    a quoted name inside it is closed («ООО «Газпром межрегионгаз»)."""
    if name.count('"') % 2:
        name = _UNMATCHED_QUOTE.sub("", name)
    opened, closed = name.count("«"), name.count("»")
    if opened == closed + 1:
        return name[1:] if name.startswith("«") and opened == 1 else name + "»"
    if closed == opened + 1 and name.endswith("»") and opened == 0:
        return name[:-1]
    return name


def nominative(name: str, morph: Morph) -> str:
    """A Russian name in the nominative; abbreviations, words pymorphy does not know («Гринписа») but
    stump compounds it surely guesses from their known end («Росприроднадзора»), and other languages stay
    as written."""
    name = _paired(name)
    words = name.split()
    if not words or not has_cyrillic(name):
        return name
    if len(words) == 1 and len(words[0]) >= _SHOUTED and words[0].isupper():
        return morph.to_nominative(words[0].capitalize())
    if len(words) == 1 and morph.to_nominative(words[0]).isupper():
        return morph.to_nominative(words[0])  # «МИДе»: an abbreviation with a case ending
    tail = words[0].rpartition("-")[2]  # «Левада-Центром»: the last part of a compound is declined
    if is_abbreviation(tail) or morph.parse(words[0].lower())[0].tag.POS == "PREP":
        return " ".join(words)  # «За права человека»: a name that opens with a preposition is a phrase as written
    if len(words) == 1:
        parses = morph.parse(tail.lower())
        if tail == words[0] and (stump := _stump_nominative(tail, parses, morph)) is not None:
            return stump
        if not parses[0].is_known or morph.is_case(tail, "nomn") \
                or tail != words[0] and any(p.tag.number == "plur" for p in parses):
            return words[0]  # «Альфа-Групп» as written: a compound's plural ending is no case of one body
    compound = _COMPOUND.match(words[0])
    if compound:
        rest = morph.to_nominative(" ".join([compound.group(2), *words[1:]]))
        return compound.group(1) + rest
    return morph.to_nominative(" ".join(words))


def _stump_nominative(word: str, parses: list[Any], morph: Morph) -> str | None:
    """A stump compound the dictionary does not hold, in the nominative, where its guess from the word's known end
    is sure or every reading agrees («Росприроднадзора» of «...надзор», «Рыбохраны»); None for any other word, and for
    a ministry's stump, whose end is a genitive («Минпросвещения»)."""
    guess = parses[0]
    if guess.is_known or guess.tag.POS != "NOUN" or guess.tag.case in (None, "nomn") or guess.tag.gender not in ("masc", "femn") \
            or word.lower().startswith(tuple(forms(ORG_WORDS, "genitive_stump"))) \
            or guess.score < 0.5 and {p.normal_form for p in parses if p.tag.POS == "NOUN"} != {guess.normal_form}:
        return None
    same = len(os.path.commonprefix([word.lower(), guess.normal_form]))
    if same < len(guess.normal_form) - 1 or not _known_end(guess.normal_form, morph):
        return None
    return word[:same] + guess.normal_form[same:]


def _known_end(word: str, morph: Morph) -> bool:
    """Whether a word ends in a noun of three letters or more the dictionary holds in that form, its lemma
    («...надзор», «...охрана», «...гвардия»; not «Алрос», whose «рос» is a verb's)."""
    for start in range(1, len(word) - 2):
        parse = morph.parse(word[start:])[0]
        if parse.is_known and parse.tag.POS == "NOUN" and parse.normal_form == word[start:]:
            return True
    return False


@cache
def legal_form() -> re.Pattern[str]:
    """«ООО », «Госкорпорация » opening a name."""
    return re.compile(rf"^{any_word(ORG_WORDS, 'legal_form')}\s+")


def written_small(text: str, name: str) -> bool:
    """Whether the text writes an English name of capitalised words also in small letters, as a phrase
    for a kind ("Outpatient Department" beside "the outpatient department", "Primary Health Centre"
    beside "primary health centres"): the capitals set off a term, not the name of one body. Russian
    writes the names of bodies in small letters as often («министерство финансов»): no sign there."""
    words = name.split()
    if len(words) < 2 or has_cyrillic(name) or not all(w[:1].isupper() for w in words) \
            or any(is_abbreviation(w) or not w.isalpha() for w in words):
        return False
    small = r"\s+".join(re.escape(w.lower()) for w in words)
    # (a legend's "PA = palestinian authority" spells a short form out, and says nothing of a kind)
    return re.search(rf"(?<![\w-])(?<!=\s)(?<!=){small}(?:e?s)?(?![\w-])", text) is not None


def new_key(seq: tuple[str, ...], morph: Morph) -> str:
    """The key of an organisation the registry does not hold, from its name's keys: its countries keyed as
    countries however written ("... of the US" is "... of the United States", «Посольство США» is «Посольство
    Соединённых Штатов Америки»), in English without the country before it and spelt one way."""
    seq = with_country_keys(seq, morph)
    if not any(has_cyrillic(word) for word in seq):
        seq = _head_first(one_spelling(_without_country_key(seq)))
    return "new:" + " ".join(seq)


_HEADS_LAST = ("ministry", "department", "secretariat", "directorate")  # "the Finance Ministry" is "the Ministry of Finance"


def _head_first(seq: tuple[str, ...]) -> tuple[str, ...]:
    """English keys of a ministry named by its field or its organisation before it, as it is named with "of": "Israeli
    Finance Ministry" as "Israeli Ministry of Finance", "Justice Department" as "Department of Justice", "WCO
    Secretariat" as "Secretariat of the World Customs Organization"."""
    if len(seq) < 2 or seq[-1] not in _HEADS_LAST or "of" in seq:
        return seq
    lead = 0
    while lead < len(seq) - 2 and (seq[lead].startswith("@") or of_a_country(seq[lead].capitalize())):
        lead += 1
    return (*seq[:lead], seq[-1], "of", *seq[lead:-1])


def countries_joined(name: str, morph: Morph) -> bool:
    """Whether a name is countries a dash joins («Россия–Китай», "US-China"): a relation, no body."""
    parts = re.split(r"[ \t]*[-‐–—][ \t]*", name)
    return len(parts) >= 2 and all(len(seq := with_country_keys(keys(part, morph), morph)) == 1 and seq[0].startswith("@")
                                   for part in parts)


def generic_head(name: str, heads: frozenset[str], morph: Morph) -> bool:
    """An English word for a body alone, with a capital, that names no body the text named before ("the
    Administration", "the Legislature", "the Tribunal"): a body of a kind (one named before is its back
    reference, `_back_references`); Russian news call a government so («Правительство»), and it stays."""
    word = name.strip()
    return " " not in word and not has_cyrillic(word) and not word.isupper() and lemma_of(word, morph) in heads


def written_out(name: str, long_forms: dict[str, str]) -> str:
    """A name of several words with the short forms the text defines in it (`long_forms`: each one's long
    form) written out by the words of the long form whose initials spell it ("Medical Department of KCH" with
    "KCH" of "Medical Department of the Kamuzu Central Hospital": "Medical Department of Kamuzu Central Hospital")."""
    words = name.split()
    if len(words) < 2 or not any(w in long_forms for w in words):
        return name
    out = []
    for word in words:
        long = long_forms.get(word, word).split()
        tail = next((long[k:] for k in range(len(long) - 1, -1, -1)
                     if "".join(w[0] for w in long[k:] if w[:1].isupper()) == word), long)
        out.append(" ".join(tail))
    return " ".join(out)


def shortening_tests(short: str, bare: str, bodies: set[str], morph: Morph) -> list[Callable[[str], bool]]:
    """The ways `short` may shorten another name, only those its shape allows (each test would say no to
    the others at once, but it is asked of every pair of names)."""
    tests: list[Callable[[str], bool]] = [partial(of_its_country, short, morph=morph)]
    if opens_with_country_adjective(short):
        tests.append(partial(of_its_country_named, short, morph=morph))
    if " " not in short.strip() and has_cyrillic(short):
        tests.append(partial(shortens, short))
    if " " in short.strip() and has_cyrillic(short):
        tests.append(partial(stationed_in, short))
        tests.append(partial(qualified_before, short))
        tests.append(partial(shortens_before_tail, short))
    if has_cyrillic(short):
        tests.append(partial(seated_at, short))
    if bare.isupper():
        tests.append(partial(initials, bare))
    if len(short.split()) >= 2 and not has_cyrillic(short):
        english = [partial(inverts, short), partial(inverts_before_tail, short), partial(opens, short), partial(qualifies, short),
                   partial(under_a_body, short, bodies=bodies)]
        words = {w.lower() for w in _words_of(short)}
        # each of them needs every word of the short name in the long one: asked first, once
        tests.append(lambda name: words <= {w.lower() for w in _words_of(name)} and any(t(name) for t in english))
    return tests


def qualified_before(short: str, name: str) -> bool:
    """Whether a Russian name is another with words in small letters before it: «лётный отряд «Россия»» of
    «специальный лётный отряд «Россия»»."""
    return name.lower().endswith(" " + short.lower()) and name[: -len(short) - 1].islower()


def shortens_before_tail(short: str, name: str) -> bool:
    """Whether a Russian name's first word shortens the words of another before the same tail: «МИД
    Великобритании» of «Министерство иностранных дел Великобритании», «Минфин Казахстана» of «Министерство
    финансов Казахстана»."""
    head, _, tail = short.strip().partition(" ")
    if not name.endswith(" " + tail) or " " not in (long := name[: -len(tail) - 1].strip()):
        return False
    return shortens(head, long) or initials(head, long)


def seated_at(short: str, name: str) -> bool:
    """Whether a Russian name is another with the body it sits at after it: «МКАС» of «МКАС при ТПП РФ»,
    «Совет» of «Совет при Президенте РФ»."""
    return name.lower().startswith(short.lower() + " при ")


def stationed_in(short: str, name: str) -> bool:
    """Whether a Russian name is another with the place it sits in after it: «посольство США» of «Посольство
    США в России» (a mission's name, see `divisions.stationed`)."""
    return name.lower().startswith(short.lower()) and re.match(r" во? [А-ЯЁ]", name[len(short):]) is not None
