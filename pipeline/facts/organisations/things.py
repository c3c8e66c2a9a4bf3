"""Names that name things, not bodies: a programme, a database, a model, a vessel or a craft, told by
the word the text sets beside the name (data/org_things.txt), unless that word is a body's paper; a
product's dotted name that opens with its maker's («Яндекс.Карты»); and capitalised words joined before a
plural in small letters ("the Government and Educational sectors"), which name kinds of things."""

from __future__ import annotations

import re
from functools import cache

from ...data import load_lines
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import lemma_of, split
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .evidence import quoted
from .names import ORG_WORDS


@cache
def documents() -> frozenset[str]:
    """«определение», «приказ»: a body's paper, opening a span NER ran over the body's name."""
    return frozenset(w for word in word_set(ORG_WORDS, "document") for w in (word, word.replace("ё", "е")))  # lemmas drop ё


@cache
def things(morph: Morph) -> frozenset[str]:
    """Lemmas of org_things.txt: words that call a name a programme, a database, a format."""
    return frozenset(lemma_of(w, morph) for w in load_lines("org_things.txt"))


@cache
def works(morph: Morph) -> frozenset[str]:
    """Lemmas of org_works.txt: words that call the name after them a work's, an event's or a slogan's."""
    return frozenset(lemma_of(w, morph) for w in load_lines("org_works.txt"))


def called_a_thing(text: str, name: str, morph: Morph) -> bool:
    """Whether the text once writes `name` right before a word of org_things.txt ("VESPA software",
    «Selectome database») or, a Latin name, right after one («программа Alteryx»)."""
    return any(thing_beside(text, m.start(), name, next_word(text, m.end(), morph), morph)
               for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def thing_beside(text: str, start: int, name: str, after: str | None, morph: Morph) -> bool:
    """Whether the word after one mention of `name` (`after`, a lemma) is a word of org_things.txt, or,
    for a Latin name that is no abbreviation, a quoted one or a Russian one in apposition, the word before
    it is one of org_things.txt or org_works.txt («шаттл «Дискавери»», «программа «Цифровая экономика»»,
    «телескопа Хаббл», «конкурс «Новая волна»»), unless that word is a body's paper: the name beside
    «отчёт» or "report" is its author's («согласно отчёту Guardian», "a Guardian report")."""
    at = start - 1 if text[start - 1 : start] in "«\"„“" else start
    if at < start and (listed := _QUOTED_BEFORE.search(text, max(0, at - 200), at)):
        at = listed.start()  # «из категорий «Работа», «Объявления», | «Блоги»»: the list's word stands before its first name
    elif at == start and not has_cyrillic(name) and (listed := _LATIN_BEFORE.search(text, max(0, at - 200), at)):
        at = listed.start()  # «игр FarmVille и | CityVille»
    aside = re.search(r"\([^()\n]{1,8}\)\s*$", text[max(0, at - 12):at])  # «ледокола (а/л) «Сибирь»»
    at -= len(aside.group(0)) if aside else 0
    before = word_before(text, at, morph) if start else None
    paper = documents()
    # (a Russian name takes its kind before it: a thing's word after it begins what comes next, «с НПО
    # «Автоматика» | формат сетки»)
    return (after in things(morph) and after not in paper and not has_cyrillic(name)) or ((before in things(morph) or before in works(morph)) and before not in paper and (
        (not has_cyrillic(name) and not any(w.isupper() for w in name.split())) or quoted(text, start, start + len(name))
        or _in_apposition(text, at, name, morph)))


def _in_apposition(text: str, at: int, name: str, morph: Morph) -> bool:
    """Whether a Russian name of up to three words, the first in the nominative, follows a word in another case,
    whose name it is («телескопа Хаббл», «шаттлу Дискавери», «газопровода Северный поток-2»), not its complement
    in the genitive («программы Минфина»)."""
    word = re.search(r"([а-яё]+)\s+$", text[max(0, at - 40):at])
    first = name.split()[0] if name.split() else ""
    return word is not None and len(name.split()) <= 3 and has_cyrillic(name) and not name.isupper() \
        and morph.is_case(first, "nomn") and not morph.is_case(first, "gent") and not morph.is_case(word.group(1), "nomn")


# quoted names before one in a list, each closed by its quote (and a bracket, «шаттлы «Индевор» (в апреле) и
# «Атлантис»») and a comma or a conjunction
_QUOTED_BEFORE = re.compile(r"(?:[«\"“„][^«»\"“”\n]{1,40}[»\"”](?:\s*\([^()\n]{1,60}\))?\s*(?:,|\s(?:и|или|and|or))\s*)+$")
# so names in Latin letters, each of up to three capitalised words
_LATIN_BEFORE = re.compile(r"(?:(?<![^\W\d_])[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2}\s*(?:,|\s(?:и|или|and|or))\s*)+$")


def word_before(text: str, start: int, morph: Morph) -> str | None:
    """The lemma of the word right before a span, or None after punctuation."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 40) : start])
    return lemma_of(before.group(1), morph) if before else None


def introduced_anywhere(text: str, name: str, heads: frozenset[str], morph: Morph) -> bool:
    """Whether the text puts a word for a body right before `name` once («телеканала World Fashion Channel»
    ... «World Fashion Channel (WFC)»; "the broadcaster Channel Four"): the name is that body's everywhere."""
    words = r"\s+".join(map(re.escape, name.split()))
    return any(word_before(text, m.start(), morph) in heads
               for m in re.finditer(rf"(?<![^\W\d_]){words}(?![^\W\d_])", text))


def next_word(text: str, end: int, morph: Morph) -> str | None:
    """The lemma of the word right after a span («ATA | Convention»), or None after punctuation."""
    following = split(text[end : end + 40], end, morph)
    return following[0].lemma if following and following[0].word and text[end:following[0].start].isspace() else None


# the dot and a word of four letters or more: a domain's two or three («Газета.Ru», «Лента.ру») make a site's name
_DOTTED = re.compile(r"\.[^\W\d_]{4,}")
_DOTTED_NAME = re.compile(r"[^\W\d_]+\.[A-ZА-ЯЁ][^\W\d_]{3,}")


def product_named(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`–`end` is a product's dotted name («Яндекс.Карты», «Контур.Фокус»; not a
    site's, "Amazon.com", «Газета.Ru») or opens one («Яндекс|.Карты», "Yandex|.Radar"): that mention is the
    product's, not its maker's."""
    return opens_product(text, end) or _DOTTED_NAME.fullmatch(text, start, end) is not None


def opens_product(text: str, end: int) -> bool:
    """Whether a name ending at `end` opens a product's dotted name («Яндекс|.Карты»)."""
    return _DOTTED.match(text, end) is not None


_PLURAL_AFTER = re.compile(r"[ \t]+[a-z]{3,}s\b")  # "sectors", "layers"
_JOINED = re.compile(r"[ \t](?:and|or|&)[ \t]")  # (a comma alone may stand before a company's form: "Qualcomm, Inc.")


def modifies_plural(text: str, candidate: tuple[int, int, str], heads: frozenset[str], morph: Morph) -> bool:
    """Whether capitalised words that "and" joins (after commas) stand right before a plural in small letters ("the
    Government and Educational sectors", "the Presentation, Access Control, Service and Persistence layers"):
    names of kinds of things, not one body (English; Russian writes such words in small letters). A body's own
    name before its members, its word for a body last or with "of" in it, stays ("the Ways and Means Committee
    members", "the Confederation of Indian Industry and Commerce members")."""
    start, end, name = candidate
    return _JOINED.search(text, start, end) is not None and _PLURAL_AFTER.match(text, end) is not None \
        and lemma_of(name.split()[-1], morph) not in heads and not re.search(r"\s(?:of|for|on)\s", name)


def plural_kind(text: str, start: int, end: int, morph: Morph) -> bool:
    """Whether a Russian name in small letters, as written from `start` to `end`, opens with a noun an adjective
    in the plural before it agrees with («ведущие | бизнес-ассоциации Новой Зеландии», «все | федерации стран Европы»):
    bodies of a kind, not one."""
    words = text[start:end].split()
    first = words[0] if words else ""
    before = re.search(r"([а-яё]+)[ \t]+$", text[max(0, start - 40):start])
    if before is None or not first[:1].islower() or not has_cyrillic(first):
        return False
    nouns = {p.tag.case for p in morph.parse(first.rpartition("-")[2]) if p.tag.POS == "NOUN" and p.tag.number == "plur"}
    # (a pronoun's plural counts however rare its reading: «все | федерации стран Европы», where «все» reads first as a particle)
    parses = morph.parse(before.group(1))
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case in nouns
               for p in parses[:1] + [p for p in parses[1:] if "Apro" in p.tag])


# a word, a preposition of going or docking if any, and a name in capitals or with a capital
_CRAFT_CUE = re.compile(r"([^\W\d_]+)[ \t]+(?:(?:к|на|с|со|to|with|at)[ \t]+)?(?:the[ \t]+)?[«\"“„]?([A-ZА-ЯЁ][\w-]*)")


def crafts_named(text: str, morph: Morph) -> set[str]:
    """One-word names the text once writes right after a word for being on, docking at or flying to a
    craft (data/org_words.tsv, craft): «с борта МКС», «пристыкован к МКС», "aboard the ISS". Each is
    the craft's or the station's everywhere in the text."""
    words = word_set(ORG_WORDS, "craft")
    return {m.group(2) for m in _CRAFT_CUE.finditer(text)
            if m.group(1).islower() and (lemma_of(m.group(1), morph) in words or m.group(1) in words)}
