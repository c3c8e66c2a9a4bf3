"""What the text says about a capitalised name that makes it no organisation, or one: the method
it names, the kind of body an article puts before it, the possessive that makes it an owner, the
sign or label it is (the people it names are told in `people`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from ...data import load_lines
from ...intervals import Ranges
from ...layout.references import paragraphs
from ...lexicon.cues import FUNCTION_WORDS, LABELS, any_word, forms, word_set
from ...lexicon.gazetteer import Match, is_abbreviation, lemma_of
from ...nlp.lang import has_cyrillic, has_latin
from ...nlp.morph import Morph
from ..acts import provisions
from .names import ORG_WORDS, head_word, headed, legal_form

_OWNS = re.compile(r"['’]s\s+([a-z][a-z-]*)")
_OWNS_NAMED = re.compile(r"['’]s[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})")
_OWNS_WORDS = re.compile(r"['’]s((?:\s+[a-z][a-z-]*){1,4})")
_THE = re.compile(r"(?<![^\W\d_])[Tt]he[ \t]+$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


@cache
def _indefinite() -> re.Pattern[str]:
    """"a" or "an" right before a span."""
    return re.compile(rf"(?<![^\W\d_]){any_word(FUNCTION_WORDS, 'indefinite')}[ \t]+$", re.I)


def kinds_of_bodies(text: str, found: list[tuple[int, int, str]]) -> set[str]:
    """The keys of English names that take an indefinite article and end there, and never take
    "the": "a Comprehensive Stroke Service in Melbourne" is a kind of body written with capitals, not
    one body's name; "a Gazprom official" is an official."""
    kinds = {key for start, end, key in found if not has_cyrillic(text[start : start + 1]) and _a_kind(text, start, end)}
    return kinds - {key for start, _, key in found if key in kinds and _THE.search(text, max(0, start - 5), start)}


def _a_kind(text: str, start: int, end: int) -> bool:
    if not _indefinite().search(text, max(0, start - 4), start):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1) in word_set(ORG_WORDS, "after_name")


# two authors' names joined by a dash, not a hyphen: «задачи Штурма – Лиувилля», "the Navier–Stokes
# equations" (a company's double name takes a hyphen: «Мерседес-Бенц», "Rolls-Royce")
_PAIR_AFTER = re.compile(r"[ \t]*[–—][ \t]*[A-ZА-ЯЁ][^\W\d_]+")
_PAIR_BEFORE = re.compile(r"[A-ZА-ЯЁ][^\W\d_]+[ \t]*[–—][ \t]*$")
_PAIR = re.compile(r"[A-ZА-ЯЁ][^\W\d_]+[ \t]*[–—][ \t]*[A-ZА-ЯЁ][^\W\d_]+")


def eponym(text: str, candidate: tuple[int, int, str], heads: frozenset[str], morph: Morph) -> bool:
    """A one-word name of a method's author: after the method's word in Russian («коэффициент
    корреляции Пирсона», «критерий Стьюдента»), before it in English ("the Pearson correlation"); or
    two names joined by a dash after a word in small letters in Russian, before one in English, that
    is no organisation's («задачи Штурма – Лиувилля», "Navier–Stokes equations"; not «концерн
    Daimler–Benz»)."""
    start, end, name = candidate
    paired = _PAIR.fullmatch(name.strip()) or " " not in name.strip() and (
        _PAIR_AFTER.match(text, end) or _PAIR_BEFORE.search(text, max(0, start - 40), start))
    if paired and not is_abbreviation(name.split()[0]):
        after = _PAIR_AFTER.match(text, end)
        stop = after.end() if after else end
        if has_cyrillic(name):
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before and before.group(1).islower() and lemma_of(before.group(1), morph) not in heads:
                return True
        elif (word := _WORD_AFTER.match(text, stop)) and lemma_of(word.group(1), morph) not in heads:
            return True
    if " " in name.strip() or is_abbreviation(name):
        return False
    if has_cyrillic(name):
        return method_before(text, start, morph)
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in word_set(ORG_WORDS, "eponym", lang="en") or _method_owned(text, end)


def _method_owned(text: str, end: int) -> bool:
    """Whether a possessive after the name owns a method a few words on ("Weymouth's generalized gas
    flow equation", "Egger's regression test")."""
    owned = _OWNS_WORDS.match(text, end)
    return owned is not None and any(w in word_set(ORG_WORDS, "eponym", lang="en") for w in owned.group(1).split())


def speaks(text: str, start: int) -> bool:
    """Whether a word of reporting stands right before a name: a body that speaks ("сообщает BBC",
    «по данным Reuters», "according to Eurostat", "told the BBC")."""
    return _words_before("speech").search(text, max(0, start - 30), start) is not None


# a site by its domain: "Lenta.ru", «baltinfo.ru», "NEWSru.com" (not a link's or an address's part)
_DOMAIN = re.compile(r"(?<![\w@./:-])([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,4}|рф|РФ))(?![\w/@-]|\.[^\W\d_])")


def sites(text: str, taken: list[tuple[int, int, str]], candidates: list[tuple[int, int, str]]
          ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Sites a news text names by their domain as a source that speaks, a word of reporting before or
    after them («сообщает baltinfo.ru», «Lenta.ru напоминает», "according to Politico.com"): a medium;
    none where a name is `taken` already. The sites, and the candidates that do not overlap them."""
    after = re.compile(rf"[ \t]+{any_word(ORG_WORDS, 'speech')}(?![^\W\d_])", re.I)
    named = Ranges(taken)
    found = [(m.start(1), m.end(1), m.group(1)) for m in _DOMAIN.finditer(text)
             if re.search(r"[^\W\d_]{2}", m.group(1).rpartition(".")[0]) and not named.overlaps(m.start(1), m.end(1))
             and (speaks(text, m.start(1)) or after.match(text, m.end(1)))]
    spoken = Ranges(found)
    return found, [c for c in candidates if not spoken.overlaps(c[0], c[1])]


# "Yandex, a search engine", "VK is the largest and most popular social network", «Яндекс — поисковая система»
_STANDARD_AFTER = re.compile(r"[ \t]*[/:-]?[ \t]*(?!(?:19|20)\d\d\b)\d{3,}|[ \t]+(?:codes?|standards?|стандарт\w*)\b")
_SLASHED = re.compile(r"/[A-ZА-ЯЁ]{2,}")


def registered(text: str, matches: list[Match[str]], scholarly: bool, company: Callable[[str], bool],
               heads: frozenset[str], morph: Morph) -> list[Match[str]]:
    """The registry's matches that name its bodies: not the letters of a standard ("ISO 27005"), of a
    model joined by a slash to others where the text never writes them alone ("ISO/OSI"; «МАГАТЭ/ИНПРО»
    beside «МАГАТЭ»), of the first part of another body's name ("EU-Japan Business Council"), a state
    described ("the Russian government") or a company's product ("Microsoft Excel"); nor letters the text also
    writes in the plural, a kind of thing ("CNN" beside "CNNs": convolutional networks, not the broadcaster); nor a
    name a hyphen joins to a capitalised word, another body's («Интерфакс-Украина», «Газпром-Медиа»)."""
    alone = {m.value for m in matches if not _SLASHED.match(text, m.end)}
    plural = {m.group(1) for m in _EN_PLURAL_SHORT.finditer(text) if m.group(1)}
    return [m for m in matches if not (
        is_abbreviation(text[m.start : m.end]) and (_STANDARD_AFTER.match(text, m.end) or m.value not in alone
                                                    or _opens_a_joined_name(text, m.end, heads, morph)
                                                    or text[m.start : m.end] in plural)
        or _HYPHEN_NAME_AFTER.match(text, m.end) and not is_abbreviation(text[m.start : m.end])
        or described_state(text, m.start, m.end, scholarly) or named_thing(text, m.start, m.end, company(m.value)))]


# a hyphen joining a registered name to a capitalised word without a space: another body named after it
# («Интерфакс-Украина», «Газпром-Медиа»)
_HYPHEN_NAME_AFTER = re.compile(r"-[A-ZА-ЯЁ][^\W\d_]+")
# a dash joining letters to capitalised words without a space: "EU-Japan Business Council", "US–Ukraine Foundation"
_JOINED_AFTER = re.compile(r"[-‐–][A-ZА-ЯЁ][\w’']*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-ZА-ЯЁ][\w’'-]*){0,4}")


def _opens_a_joined_name(text: str, end: int, heads: frozenset[str], morph: Morph) -> bool:
    """Whether the letters ending at `end` open, by a dash, another body's name, one with an organisation word."""
    joined = _JOINED_AFTER.match(text, end)
    return joined is not None and headed(joined.group(0)[1:], heads, morph)


def method_before(text: str, start: int, morph: Morph) -> bool:
    """Whether the word right before `start` names a method in Russian («корреляции», «уравнений»):
    the name after it is the method's author's («Пирсона», «Максвелла»)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and lemma_of(before.group(1).lower(), morph) in word_set(ORG_WORDS, "eponym", lang="ru")


def term_like(name: str) -> bool:
    """One Latin word, an abbreviation in capitals, or letters broken by signs (a formula's debris)."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) != 1 or len(name.split()) > 1:
        return len(words) > 1 and any(len(w) == 1 for w in words) and not re.search(r"[«\"]", name)
    word = words[0]
    return not has_cyrillic(word) or word.isupper()


def news_letters(text: str, start: int, name: str, morph: Morph) -> bool:
    """Whether a name is Russian letters in capitals that are no word in capitals («МТБЮ», «ГРУ»; not «НЕТ»,
    «ФАКТЫ») and follow no «по» (a method's or a standard's: «оценены по МНК», «по МСФО»): in a news
    report, not a scholarly article's terms, letters NER calls a body are one."""
    if not (has_cyrillic(name) and name.isupper() and len(name) >= 3 and name.isalpha()) \
            or re.search(r"(?<![^\W\d_])по[ \t]+$", text[max(0, start - 5):start]):
        return False
    low = name.lower()
    return not morph.known(low) or any("Abbr" in p.tag for p in morph.parse(low))


def owns(text: str, end: int) -> bool:
    """A possessive after the name and a word in small letters that names no method after it
    ("KPMG's table", "PwC's report"; not "Prisoner's Dilemma", "Egger's test"), or the name of a thing
    of its own ("CEPII's BACI", "Google's Gemini"; not "Student's T-test", "Fisher's Exact Test")."""
    owned = _OWNS.match(text, end)
    if owned is not None:
        # (a letter after it is a statistic's: "Pearson's r", "Cohen's d")
        return len(owned.group(1)) > 1 and owned.group(1) not in word_set(ORG_WORDS, "eponym") and not _method_owned(text, end)
    named = _OWNS_NAMED.match(text, end)
    return named is not None and not any(w.lower().rstrip("s") in word_set(ORG_WORDS, "eponym", lang="en")
                                         for w in re.findall(r"[^\W\d_]+", named.group(1)))


@cache
def _words_before(*kinds: str) -> re.Pattern[str]:
    """Words of these kinds of org_words.tsv right before a name, "the" or an opening quote between."""
    return re.compile(rf"(?<![^\W\d_]){any_word(ORG_WORDS, *kinds)}[ \t]+(?:the[ \t]+)?[«\"“„]?$", re.I)


def cited_act(text: str, start: int, end: int) -> bool:
    """Whether a name follows a provision's number («ст. 1482 | ГК», "Article 5 of the | Charter"): it is an act's,
    unless the act is the body's ("Article 25 of the | International Law Commission's Draft Articles")."""
    return not re.search(r"['’]s\b", text[start : end + 3]) and provisions.cites(text, start, "ru" if has_cyrillic(text[start:end]) else "en")


def acts(text: str, start: int, end: int) -> bool:
    """Whether the words right before a name make it the agent of a deed a body does to data or work
    ("provided by Eurostat", "funded by the INFN", «по заказу Минфина»), name a post in it or its
    people ("CEO of Spandana", «сотрудники «Газпрома»») or a stake in it ("shares in Tesco", also before
    the names listed with it: "shares in Tesco and Marks & Spencer"), or the words right after it its
    people ("Goldman Sachs analysts said"): a body acts."""
    listed = _LISTED_BEFORE.search(text, max(0, start - 60), start)  # "shares in Tesco and | Marks & Spencer"
    return any(_words_before("agent", "post", "stake").search(text, max(0, at - 40), at) is not None
               for at in (start, *([listed.start()] if listed else []))) or _staff_after().match(text, end) is not None


# the name before in a list of two or three: "Tesco and ", "Tesco, Asda and "
_LISTED_BEFORE = re.compile(r"(?<![\w&.'’-])[A-Z][\w&.'’-]*(?:[ \t]+[A-Z&][\w&.'’-]*){0,3}"
                            r"(?:,[ \t]+[A-Z][\w&.'’-]*(?:[ \t]+[A-Z&][\w&.'’-]*){0,3})?,?[ \t]+and[ \t]+$")


@cache
def _staff_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?-i:{any_word(ORG_WORDS, 'staff', lang='en')})(?![\w-])")


@cache
def _place_nouns() -> tuple[re.Pattern[str], ...]:
    return (re.compile(rf"([A-ZА-ЯЁ][\w'’-]+)[ \t]+{any_word(ORG_WORDS, 'place_noun', lang='en', whole=True)}(?![\w-])"),
            re.compile(rf"(?<![^\W\d_]){any_word(ORG_WORDS, 'place_noun', lang='ru')}[ \t]*[«\"“„]?([А-ЯЁ][а-яё-]+)"),
            re.compile(rf"(?<![^\W\d_])(?-i:{any_word(ORG_WORDS, 'place_of', lang='en')})[ \t]+of[ \t]+([A-Z][a-z'’-]+)(?![\w'’-]|[ \t]+[A-Z])"))


def named_places(text: str, morph: Morph) -> frozenset[str]:
    """The one-word names the text calls places by the noun it sets beside them, as lemmas: "Orel region",
    "Kursk and Orel regions", "Hubei province", "the city of Bendigo", «город Орёл», «в г. Курске», «заказник «Сервечь»»; alone elsewhere ("regional
    centers: Belgorod, Kursk, Orel") such a name is the place's, no body's."""
    # (not letters: "the ASEAN region", "the EU region" name the bloc's lands, the bloc stays a body)
    return frozenset(lemma_of(m.group(1), morph) for pattern in _place_nouns() for m in pattern.finditer(text)
                     if not m.group(1).isupper())


def posted(text: str, start: int) -> bool:
    """Whether the words right before a name name a post in a body or its people ("CEO of Spandana")."""
    return _words_before("post").search(text, max(0, start - 40), start) is not None


@cache
def caption_words() -> frozenset[str]:
    return frozenset(f.lower().rstrip(".") for f in forms(LABELS, "table", "figure", "cited", "division", "statement"))


def sign_or_label(text: str, start: int, end: int) -> bool:
    """A symbol of a formula whose word mixes Latin and Cyrillic letters («Yвх», «YКС»: a letter with
    its subscript) or that «где» / "where" introduces, or the label of a table, a figure, a part or a
    statement before its number («Fig. 8», "Table 2", «Рис. 3», "Hypothesis 5", «Глава 2», «Опр. 2.1») or of any
    series the text numbers ("Group 4" beside "Group 1"), or the holder
    of the rights the text prints ("© 2018 Elsevier B.V."), or letters a hyphen joins to a small word
    after them («NV-центр», "IT-based")."""
    name = text[start:end]
    mixed = any(has_latin(w) and has_cyrillic(w) for w in re.findall(r"[^\W\d_]+", name))
    labelled = _label_word(name)
    # a word cut short before a statement's number («Опр. 2.1.», "Thm. 3.2"): a label of its own
    cut = len(name) <= 6 and name.istitle() and re.match(r"\.[ \t]*\d+\.\d", text[end:end + 12]) is not None
    return mixed or cut or (labelled and re.match(r"\.?\s*\d", text[end:]) is not None) or _one_of_a_series(text, name) \
        or (_WHERE.search(text, max(0, start - 12), start) is not None and _DEFINED_AS.match(text, end) is not None) \
        or _RIGHTS.search(text, max(0, start - 90), start) is not None or _RESERVED.match(text, end) is not None \
        or (_COMPOUND.match(text, end) is not None and name.isupper()) \
        or _COMPOUND_NAME.fullmatch(name) is not None or _coded(text, name, end)


_CODE = re.compile(r"[A-ZА-ЯЁ]{1,6}-?\d{1,4}")  # «РТ1», "ISCO88", "RT-2"


def _coded(text: str, name: str, end: int) -> bool:
    """Capitals with a number glued to them, in the name or right after it ("ISCO|88", «РТ1»): a code, a
    model or a version, not a body."""
    return _CODE.fullmatch(name) is not None or (name[-1:].isupper() and text[end:end + 1].isdigit())


def _one_of_a_series(text: str, name: str) -> bool:
    """A word and a number that the text numbers again ("Group 4" of "Group 1" ... "Group 7", «Группа 2» of
    «Группа 1»): a member of a series the text counts, not a body."""
    m = re.fullmatch(r"([A-ZА-ЯЁ][a-zа-яё]{2,})\s+(\d{1,3})", name)
    return m is not None and re.search(rf"(?<![^\W\d_]){m.group(1)}\s+(?!{m.group(2)}(?!\d))\d{{1,3}}(?!\d)", text) is not None


# "© 2018 Elsevier B.V.", «© Иванов И. И., 2020»: the holder of the rights to the text, none of its facts
_RIGHTS = re.compile(r"(?:©|\([cC]\)|Copyright[ \t]*(?:©[ \t]*)?(?:19|20)\d\d)(?:[^.;:\n©]{0,50}"
                     r"|[^;:\n©]{0,70}\bpublished[ \t]+by[ \t]+)$")  # "© 2022 The Authors. WIREs ... published by"
# "r 2006 Elsevier B.V. All rights reserved.": the holder of the rights before the words, however the sign was read
_RESERVED = re.compile(r"[ \t.]*(?:All rights reserved|Все права защищены)")
# «NV-центр», «NV - центры», "IT-based": letters a hyphen joins to a small word modify it, a term's part
_COMPOUND = re.compile(r"(?:[-‐]|[ \t][-‐][ \t])[a-zа-яё]{2,}")
_COMPOUND_NAME = re.compile(r"[A-ZА-ЯЁ]{2,}(?:[-‐]|[ \t][-‐][ \t])[a-zа-яё]{2,}")
# «где Pпр – мощность ...», "where Pr is the power ...": a symbol of the formula above
_WHERE = re.compile(r"(?<![^\W\d_])(?:где|where)[ \t]+$", re.I)
_DEFINED_AS = re.compile(r"[ \t]*(?:[—–=-]|is\b|are\b|denotes\b|обозначает\b)")


@cache
def _shared_short() -> frozenset[str]:
    return frozenset(load_lines("org_shared_short.txt"))


def given_elsewhere(text: str, found: list[tuple[int, int, str]], facts: dict[str, Any], defined: dict[str, str],
                    rejected: set[str]) -> list[tuple[int, int, str]]:
    """The registry's matches but those of a short form the text gives to something else: one it
    defines for a term («индекс выявленных сравнительных преимуществ (RCA)»), or one other fields use
    as a term (data/org_shared_short.txt: "CES", "ICC") that stands alone, the organisation's longer
    name nowhere in the text and no definition giving the short form to it. An organisation left
    without a match leaves `facts`, so that NER's spans of the short form are read as any other."""
    shared = _shared_short()
    named_in_full = {key for start, end, key in found if len(text[start:end]) > 5 or " " in text[start:end]}
    kept = [(start, end, key) for start, end, key in found
            if text[start:end] not in rejected
            and not (text[start:end] in shared and key not in named_in_full and defined.get(text[start:end]) != key)]
    for key in {key for *_, key in found} - {key for *_, key in kept}:
        facts.pop(key, None)
    return kept


def quoted(text: str, start: int, end: int) -> bool:
    """Whether a span stands alone inside quotation marks, the way Russian sets off a proper name
    («Яблоко», «Ведомости»)."""
    return 0 < start and end < len(text) and text[start - 1] in "«\"“„" and text[end] in "»\"”“"


_QUOTED = re.compile(r"[«\"„“](?=\S)([^«»\"„“”\n]{1,80})(?<=\S)[»\"“”]")


def quoted_names(text: str) -> set[str]:
    """Everything the text sets in quotes, spaces made single; a quotation opens before a word and closes after one
    («," Natalukha told POLITICO. "» stands between two quotations)."""
    return {" ".join(m.group(1).split()) for m in _QUOTED.finditer(text)}


def outside_prose(text: str, candidate: tuple[int, int, str], apart: Ranges[tuple[int, int]], heads: frozenset[str],
                  morph: Morph) -> bool:
    """A name that stands in a heading, a title, a caption or rows of a table set as text, without an
    organisation word or quotes: the name of a section, of the article's subject, of a figure or of a
    row ("Data Preparation", «Методы исследования», "Tangible Assets and Payroll"), not of a body; or
    among the words of a chart, with one or not ("Low Agency")."""
    start, end, name = candidate
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    # (a section's number makes an organisation word in its heading a word of the section's name: "1.5 Paper
    # Organization", «2.3 Организация исследования»; a Russian headline with a verb is a sentence: «Глава МИД
    # Британии подал в отставку»)
    return (apart.covers(start, end) and (head_word(name, morph) not in heads or _SECTION_NUMBER.match(line))
            and not _a_sentence(line, morph)
            or _chart_words(text).covers(start, end)) and not quoted(text, start, end)


def _a_sentence(line: str, morph: Morph) -> bool:
    """Whether a Russian line has a verb in a personal form or the past: a headline, not a section's name."""
    return any(morph.parse(w.lower())[0].tag.POS == "VERB" for w in re.findall(r"(?<![\w-])[а-яё]{3,}(?![\w-])", line))


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-ZА-ЯЁ]")


@lru_cache(maxsize=4)
def _chart_words(text: str) -> Ranges[tuple[int, int]]:
    """Runs of five paragraphs or more of one to three words and no stop: the words of a chart the text
    layer keeps, its axes and legends ("Welfare Recipient", "Low Agency", "Low Experience", ...)."""
    spans = paragraphs(text)
    short = [len(text[s:e].split()) <= 3 and not re.search(r"[.!?;:,]\s*$", text[s:e]) for s, e in spans]
    runs, i = [], 0
    while i < len(spans):
        j = i
        while j < len(spans) and short[j]:
            j += 1
        if j - i >= 5:
            runs.append((spans[i][0], spans[j - 1][1]))
        i = max(j, i + 1)
    return Ranges(runs)


_LATIN_WORDS_AFTER = re.compile(r"[\s,–—-]*(?:[a-z][a-z'’-]*[\s,]+){2}")
_LATIN_WORDS_BEFORE = re.compile(r"(?:[a-z][a-z'’-]*\s+){2}$")


def in_english_phrase(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside words of English prose, whatever the language around: the English
    line of a bilingual caption in a Russian article ("Metrics of inter- and intra-regional migration")."""
    return bool(_LATIN_WORDS_AFTER.match(text, end) or _LATIN_WORDS_BEFORE.search(text, max(0, start - 40), start))


def described_state(text: str, start: int, end: int, scholarly: bool) -> bool:
    """An English registry name written as a description, a word of it in small letters ("the Russian
    government", "pro-Russian government activity"): in a scholarly article's prose a state's government
    so written is the state acting, not the body by name (news and official texts keep it)."""
    written = text[start:end]
    if has_cyrillic(written):
        return False
    if text[max(0, start - 1) : start] == "-":
        return True  # "pro-Russian government"
    joining = word_set(FUNCTION_WORDS, "definite", "preposition")  # "Bureau of Labor Statistics" is by name
    lower = [w for w in re.findall(r"[^\W\d_]+", re.sub(r"['’]s\b", "", written)) if w.islower() and w not in joining]
    return scholarly and bool(lower) and not any(w in word_set(FUNCTION_WORDS, "and", "or") for w in lower) \
        and len(lower) < len(written.split())


def common_words(name: str, heads: frozenset[str], morph: Morph) -> bool:
    """Words in small letters that name no one body: an idiom without an organisation word
    («за кадром», «под ключ»), or a kind of body in a place («компании в России», «банки в Китае», «самый
    популярный банк в России»);
    «министерство финансов» and «посольство США в России» stay."""
    words = name.strip("«»\"“”„ ").split()
    if not words or not words[0][:1].islower() or not has_cyrillic(words[0]):
        return False
    lemmas = [lemma_of(w.rpartition("-")[2], morph) for w in words]  # «пресс-служба»: «служба»
    bodies = heads | word_set(ORG_WORDS, "state_body", "of_country")  # («японский МИД», «руководство Грузии»)
    if not any(lemma in bodies for lemma in lemmas):
        return True
    # «компании в России», «самый популярный банк в России»: the kind's word, first or after a superlative, then
    # where such bodies are («российское посольство в Токио» is one body)
    ranked = lemma_of(words[0], morph) == "самый" or "Supr" in morph.parse(words[0])[0].tag
    return len(words) >= 3 and any(words[k] in ("в", "во", "на") and lemmas[k - 1] in heads and (k == 1 or ranked)
                                   for k in range(1, len(words)))


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def group_of_people(text: str, start: int, end: int, morph: Morph) -> bool:
    """Common words that end in people in the plural, capitalised only at the start, after a word for a group
    («группа «Сельскохозяйственные работники»», «группы «Философы, историки и политологи»»): a group of people
    a text sorts its data into, not a body («движение «Новые правые»», «Краснорубашечники» stay)."""
    before = re.search(r"([^\W\d_]+)[ \t]*[«\"“„]?$", text[max(0, start - 30):start])
    if before is None or lemma_of(before.group(1).lower(), morph) not in word_set(ORG_WORDS, "grouping"):
        return False
    words = text[start:end].strip("«»\"“”„ ").split()
    return bool(words) and words[0][:1].isupper() and _people_of_a_kind(words, morph)


def _people_of_a_kind(words: list[str], morph: Morph) -> bool:
    plain = [w.strip(",") for w in words if w.strip(",") not in ("и", "")]
    if not plain or any(w[:1].isupper() for w in plain[1:]) or not all(w.isalpha() and morph.known(w) for w in plain):
        return False
    parses = [morph.parse(w)[0] for w in plain]
    last = parses[-1].tag
    return not any(_PROPER & p.tag.grammemes for p in parses) and {"NOUN", "anim", "plur", "nomn"} <= last.grammemes


def common_compound(text: str, start: int, end: int, heads: frozenset[str], morph: Morph) -> bool:
    """One word as the text writes it, outside quotes, that ends in a common noun it declines after a
    hyphen: «Web-сайты», «Интернет-магазины», «IT-индустрии» name kinds of things, not a body («ИТАР-ТАСС»,
    «Газпром-медиа» in quotes stay)."""
    written = text[start:end]
    tail = written.rpartition("-")[2]
    return " " not in written and tail != written and not quoted(text, start, end) and _declined_noun(tail, morph) \
        and lemma_of(tail, morph) not in heads


def _declined_noun(word: str, morph: Morph) -> bool:
    """A Russian common noun in small letters that the dictionary knows and declines («сайты», «магазинов»;
    not «медиа», «тасс», «си» of «Газпром-медиа», «ИТАР-ТАСС», «Би-би-си»)."""
    if len(word) < 4 or not word[:1].islower() or not has_cyrillic(word):
        return False
    best = morph.parse(word)[0]
    return best.is_known and best.tag.POS == "NOUN" and "Fixd" not in best.tag and "Abbr" not in best.tag


def with_country_before(text: str, candidates: list[tuple[int, int, str]],
                        countries: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"the UK National Screening Committee": a country's short form between the article and a name is
    part of the name."""
    at = Ranges(countries)
    out = []
    for start, end, name in candidates:
        before = _COUNTRY_BEFORE.search(text, max(0, start - 12), start)
        if before and at.covers(before.start(1), before.end(1)) and not has_cyrillic(name):
            start, name = before.start(1), f"{before.group(1)} {name}"
        out.append((start, end, name))
    return out


_COUNTRY_BEFORE = re.compile(r"(?<![^\W\d_])[Tt]he[ \t]+([A-Z]{2,3})[ \t]+$")


_RU_BEFORE_SHORT = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё][а-яё]+)[ \t]+([А-ЯЁ]{2,6})(?![^\W\d_])")
# "NGOs", and "political action committees (PAC's)": an apostrophe's plural where a plural defines it
_EN_PLURAL_SHORT = re.compile(r"(?<![^\W\d_])([A-Z]{2,6})s(?![^\W\d_'’])|(?<=[a-z]s \()([A-Z]{2,6})['’]s\)")
_ATTRIBUTES = frozenset({"ADJF", "PRTF", "NUMR"})


def counted_short_forms(text: str, morph: Morph) -> set[str]:
    """Short forms the text writes as common nouns, for a kind of thing of which there are many:
    after a word in the plural that qualifies them («всех АЭС», «действующих АЭС», «двух НПЗ») or
    with the English plural ending ("NGOs", "SOEs", "NPPs"). One body is not counted: such a short
    form names a kind («АЭС Украины», "SOE exporters"), never an organisation of its own."""
    kinds = {m.group(1) or m.group(2) for m in _EN_PLURAL_SHORT.finditer(text)}
    legal = word_set(ORG_WORDS, "legal_form", lang="ru")
    for m in _RU_BEFORE_SHORT.finditer(text):
        short = m.group(2)
        if short in kinds or short.lower() in legal:
            continue
        parses = morph.parse(m.group(1).lower())
        readings = [p for p in parses if p.tag.POS in _ATTRIBUTES]
        if readings and readings[0] is parses[0] \
                and all(("plur" in p.tag or p.tag.POS == "NUMR") and "pssv" not in p.tag for p in readings):
            kinds.add(short)
    return kinds


def without_terms(text: str, candidates: list[tuple[int, int, str]], terms: set[str], heads: frozenset[str],
                  morph: Morph) -> list[tuple[int, int, str]]:
    """Names built on a short form the text defines for a thing («базовой станции (БС)», «системы
    радиозондирования (СР)») name things too, without an organisation word: «ПЭВМ БС», «СР «Полюс»»,
    and the quoted name such a short form introduces is that thing everywhere («Полюс»), as is a name
    that spells such a short form out («Анализ Грузопотоков (МСАГ)»)."""
    named_things: set[str] = set()
    kept = []
    for start, end, name in candidates:
        words = re.findall(r"[^\s«»\"“”„]+", name)
        before = re.search(r"(\S+)[ \t]+[«\"“„]?$", text[max(0, start - 30) : start])
        introduced_by = before is not None and before.group(1) in terms and quoted(text, start, end)
        defines = re.match(r"\s*\(([^()\s]+)\)", text[end : end + 30])  # «... Грузопотоков (МСАГ)»
        if introduced_by or ((any(re.sub(r"\d+$", "", w) in terms for w in words) or defines and defines.group(1) in terms)
                             and head_word(name, morph) not in heads):
            named_things.update({name, " ".join(w for w in words if w not in terms)})
            continue
        kept.append((start, end, name))
    return [c for c in kept if c[2] not in named_things]


def facility(text: str, start: int, end: int, morph: Morph) -> bool:
    """A plant's, a station's, an airport's or a border crossing's name: a word for one opens or closes it
    («Чернобыльская АЭС», «АЭС «Фукусима»», «МАПП Верхний Ларс», "the Fukushima nuclear power plant"), or stands
    right before or after it in small letters («аэропорта Шереметьево», «аэропорту «Домодедово»», "Heathrow airport"),
    and neither a legal form nor quotes without such a word before them make it an enterprise («ГСП «Чернобыльская
    АЭС»»)."""
    name = text[start:end].strip()
    words = [w.strip("«»\"“”„") for w in name.split()]
    if not words or legal_form().match(name):
        return False
    kinds = word_set(ORG_WORDS, "facility")
    beside = re.findall(r"([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+[«\"“„]?$", text[max(0, start - 30):start])[-1:]
    if quoted(text, start, end):  # in quotes, only a word for a facility right before it («аэропорту «Домодедово»»)
        return any(w.islower() and lemma_of(w, morph) in kinds for w in beside)
    beside += re.findall(r"^[ \t]+([a-z]+)\b", text[end:end + 30])
    # (a Russian word by its lemma: «Вашингтонского аэропорта», «Аэропорт | Шереметьево», «во Дворце молодёжи»)
    ends = {words[0], words[-1], *(w.lower() for w in beside)}
    return any(w.lower() in kinds or has_cyrillic(w) and lemma_of(w.lower(), morph) in kinds for w in ends) \
        or any(name.lower().endswith(" " + kind) for kind in kinds if " " in kind)


# a product's name after its maker's ("Microsoft Excel", "Google Scholar"): a capitalised word that is no legal
# form or word for a body
_PRODUCT = re.compile(r"[ \t]+([A-Z][A-Za-z-]*(?:[ \t]+[A-Z][A-Za-z-]*){0,2})")  # "Excel", "State Corporation"


def named_thing(text: str, start: int, end: int, company: bool) -> bool:
    """A registered name that names something else here: a company's product after its name (not its
    kind: "the Rosatom State Corporation"), or letters that a label before them makes a part's number
    ("Section IIB", «раздел IIB»)."""
    if company and (m := _PRODUCT.match(text, end)) and not _bodies_after() & set(m.group(1).split()):
        return True
    before = re.search(r"([^\W\d_]+)\.?\s*$", text[max(0, start - 20):start])
    return bool(before and _label_word(before.group(1)) and " " not in text[start:end] and is_abbreviation(text[start:end]))


def _label_word(written: str) -> bool:
    """The label of a table, a figure, a part or a statement, a Russian one in any case («Утверждением»,
    «разделе»: its stem)."""
    word = written.lower().rstrip(".")
    return word in caption_words() or (has_cyrillic(word) and " " not in word
                                        and any(len(w) > 4 and word.startswith(w[:-1]) for w in caption_words()))


@cache
def _bodies_after() -> frozenset[str]:
    """Words after a company's name that keep it a body: its legal form, a word for a body."""
    return frozenset(f.rstrip(".") for f in forms(ORG_WORDS, "legal_suffix", "body_after"))


_JOINERS = re.compile(r"(?i)(?:\s|,|;|and|or|и|или|the)*")


def only_places(text: str, candidate: tuple[int, int, str], places: list[tuple[int, int]]) -> bool:
    """A span made of places and the words that join them ("the Soviet Union and Romania", «Советского
    Союза и Румынии»): two places, no body."""
    start, end, _ = candidate
    inside = sorted((max(s, start), min(e, end)) for s, e in places if s < end and e > start)
    if len(inside) < 2:
        return False
    at, rest = start, []
    for s, e in inside:
        rest.append(text[at:s])
        at = max(at, e)
    rest.append(text[at:end])
    return all(_JOINERS.fullmatch(part) for part in rest)


def negated(text: str, start: int) -> bool:
    """Whether a name opens with "non-" or follows it: "non-European Union developed states" qualifies
    other things and names no body."""
    return "non-" in (text[max(0, start - 4) : start].lower(), text[start : start + 4].lower())
