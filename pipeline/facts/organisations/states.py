"""A state's bodies that the adjective of its country names without a capital («японское правительство»,
«российское министерство финансов», "the Japanese government"), and bodies a place's adjective names with
one («Кольцовская таможня»)."""

from __future__ import annotations

import re
from functools import cache

from ...data import load_tsv
from ...intervals import Ranges
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import is_abbreviation, lemma_of
from ...nlp.morph import Morph
from ..countries import country_by_stem
from .names import ORG_WORDS, head_word, nominative

# a country's adjective in small letters and one more adjective, then a word: «японское правительство»,
# «российское министерство финансов»; "the Japanese government"
_RU_STATE = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё][а-яё]+)[сц]к(?:ий|ая|ое|ого|ой|ому|ым|ом|ую|им)(?:[ \t]+[а-яё]+(?:ый|ий|ой|ая|ое|ого|ому|ым|ом|ую|им))?"
                       r"[ \t]+(?P<head>[а-яё]+|МИД[а-я]{0,2})")
_EN_STATE = re.compile(r"(?<=\b[Tt]he )([A-Z][a-z]+?)(?:ese|ian|an|ish|i|ch)[ \t]+(?P<head>[a-z]+)\b")


def state_bodies(text: str, morph: Morph, english: bool = True) -> list[tuple[int, int, str]]:
    """A state's body that the adjective of its country names without a capital: the adjective, the
    body's word in the singular (data/org_words.tsv, state_body) and its words in the genitive
    («российское министерство финансов»), or "the Japanese government" (when `english`: a scholarly
    article's English prose speaks of "the Chinese government" as a description, not as a name)."""
    words = word_set(ORG_WORDS, "state_body")
    out = []
    for m in _RU_STATE.finditer(text):
        head = m.group("head")
        if lemma_of(head, morph) not in words or not any("sing" in p.tag for p in morph.parse(head.lower())[:1]) \
                or not _a_country(m.group(1)):
            continue
        end = m.end()
        for _ in range(3):  # «министерство | иностранных дел»
            nxt = re.match(r"[ \t]+([а-яё]+)", text[end:end + 40])
            if not nxt or not morph.is_case(nxt.group(1), "gent") \
                    or morph.parse(nxt.group(1))[0].tag.POS not in ("NOUN", "ADJF"):
                break
            end += nxt.end()
        out.append((m.start(), end, nominative(" ".join(text[m.start():end].split()), morph)))
    out += [(m.start(), m.end(), m.group(0)) for m in _EN_STATE.finditer(text)
            if english and m.group("head") in words and _a_country(m.group(1))]
    return out


# one or two words right before a country's name: «делегация | США», «шахматная федерация | Израиля»
_WORDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?P<adj>[А-ЯЁа-яё][а-яё]+)[ \t]+)?(?P<head>[А-ЯЁа-яё][а-яё]+)[ \t]+$")


def country_bodies(text: str, countries: list[tuple[int, int]], morph: Morph,
                   english: bool = True) -> list[tuple[int, int, str]]:
    """A state's body that a word in small letters names with its country's name in the genitive after
    it, where NER saw no name: «делегация США», «посольство Японии», «шахматная федерация Израиля»
    (data/org_words.tsv, state_body and of_country; an adjective before it that agrees with it goes
    into the name). A list of countries after the word names the body of each («федерациями Ирака,
    Сирии и Ливана»), each after the first at its country's name. A state body's word in the plural
    speaks of the states' institutions as a kind («палат парламентов России и Белоруссии»), and any
    plural before one country needs its adjective. In English (when `english`, as for `state_bodies`),
    the word in the singular and "of" before the country: "the delegation of Nepal"."""
    words = word_set(ORG_WORDS, "state_body", "of_country")
    spans = sorted(countries)
    out = [(m.start("head"), end, f"{m.group('head')} of {text[start:end]}") for start, end in spans
           if english and (m := _EN_WORD_BEFORE.search(text, max(0, start - 40), start)) and m.group("head") in words]
    for k, (start, end) in enumerate(spans):
        before = _body_word_before(text, start, words, morph)
        if before is None or not morph.is_case(text[start:end].split()[0], "gent"):
            continue
        begin, alone = before
        listed = spans[k:k + 1]
        while k + len(listed) < len(spans) and _LIST_JOIN.fullmatch(text, listed[-1][1], spans[k + len(listed)][0]) \
                and morph.is_case(text[slice(*spans[k + len(listed)])].split()[0], "gent"):
            listed.append(spans[k + len(listed)])
        if len(listed) > 1 or alone:
            words_before = " ".join(text[begin:start].split())
            out += [(begin if s == start else s, e, nominative(f"{words_before} {text[s:e]}", morph)) for s, e in listed]
    return out


def _body_word_before(text: str, start: int, words: frozenset[str], morph: Morph) -> tuple[int, bool] | None:
    """Where the words for a body before a country's name at `start` begin, and whether they may name
    it before that one country alone (a word in the singular, or a plural with its adjective); None
    where no such word stands there in small letters (or with the capital that opens a sentence), or
    where a state body's word is in the plural."""
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if m is not None and m.group("adj") and m.group("head")[0].isupper():
        m = _WORDS_BEFORE.search(text, m.start("head"), start)  # «Палаты | Делегация США»: the capital opens the name
    if m is None or (lemma := lemma_of(m.group("head").lower(), morph)) not in words \
            or m.group(0)[0].isupper() and not _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
        return None
    nouns = [p.tag for p in morph.parse(m.group("head").lower()) if p.tag.POS == "NOUN"]
    singular = any(t.number == "sing" for t in nouns)
    if lemma in word_set(ORG_WORDS, "state_body") and not singular:
        return None
    readings = morph.parse(m.group("adj").lower()) if m.group("adj") else []
    adjective = bool(readings) and not m.group("head")[0].isupper() and all(p.tag.POS != "COMP" for p in readings) \
        and any(p.tag.POS == "ADJF" and "Apro" not in p.tag and p.tag.case == t.case and p.tag.number == t.number
                for p in readings[:1] for t in nouns)  # (not «Эта | федерация Ливана», nor «позднее | правительство»)
    return (m.start() if adjective else m.start("head")), singular or adjective


_EN_WORD_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?P<head>[a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_LIST_JOIN = re.compile(r"(?:[ \t]*,)?[ \t]+(?:и[ \t]+)?|[ \t]*,[ \t]*")


def _a_country(stem: str) -> bool:
    """Whether an adjective's stem is a country's («япон» of «японский», "Japan" of "Japanese")."""
    return country_by_stem(stem) is not None


# a word with a capital and up to three words in small letters after it («Уральское таможенное управление»)
_RU_PLACED = re.compile(r"(?<![^\W\d_])(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?P<rest>(?:[ \t]+[а-яё]+(?![^\W\d_])){1,3})")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|\n\s*)(?:[«\"—–•▪·*-]|\d{1,2}[.)])?\s*$")
_QUOTE_BEFORE = re.compile(r"[«\"„“]\s?$")
_NAME_AFTER = re.compile(r"[ \t]+(?:[«\"„“]|[A-Za-z])")
_RELATIONAL = re.compile(r"([А-ЯЁа-яё-]+?)[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|им|их|ими)")


def place_bodies(text: str, places: Ranges[tuple[int, int]], named: Ranges[tuple[int, int, str]],
                 morph: Morph) -> list[tuple[int, int, str]]:
    """Russian bodies that the adjective of their place or their own adjective names with a capital:
    the adjective, up to two more in small letters and a word for a body its place names
    (data/org_words.tsv, placed) in the singular they agree with («Кольцовская таможня», «Уральское
    таможенное управление», «Лондонская полиция»). At the start of a sentence or a list's line, where
    any word has a capital, only an adjective of a place that is no country's: one NER reads as a place
    (`places`), the dictionary marks as a place's or does not know, or whose place the text names
    inside a sentence («Шереметьевская таможня сообщила», «Лондонская полиция ...» and «в Лондоне»;
    not «Новая таможня», «Юридические компании», «Китайская таможня»). A span that overlaps a name
    found (`named`) is left to that name; one that opens a title in quotes or describes the name after
    it («Российский фонд DST», «Московская компания «Вега»») names no body of its own."""
    out = []
    heads = word_set(ORG_WORDS, "placed", lang="ru")
    for m in _RU_PLACED.finditer(text):
        adjective = m.group("adj")
        if _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()) and not _of_a_place(
                adjective, places.overlaps(m.start(), m.end("adj")), text, morph):
            continue
        words = list(re.finditer(r"[а-яё]+", m.group("rest")))
        at = next((i for i, w in enumerate(words) if lemma_of(w.group(), morph) in heads), None)
        if at is None or not all(_agree(w, words[at].group(), morph)
                                 for w in [adjective.lower(), *(x.group() for x in words[:at])]):
            continue
        end = m.start("rest") + words[at].end()
        if named.overlaps(m.start(), end) or _QUOTE_BEFORE.search(text, max(0, m.start() - 2), m.start()) \
                or _NAME_AFTER.match(text, end):
            continue  # «программы «Гражданское общество ...»», «Российский фонд DST»: a title, a name described
        out.append((m.start(), end, nominative(" ".join(text[m.start():end].split()), morph)))
    return out


def _of_a_place(adjective: str, placed: bool, text: str, morph: Morph) -> bool:
    """Whether an adjective in «-ский» names a place that is no country, by NER's reading, the dictionary's
    mark or its not knowing the word, or the place's name elsewhere in the text («Лондонская» and «в Лондоне»)."""
    relational = _RELATIONAL.fullmatch(adjective)
    low = adjective.lower()
    return relational is not None and not _a_country(stem := relational.group(1)) \
        and (placed or not morph.known(low) or any("Geox" in p.tag for p in morph.parse(low)[:1])
             or _named_inside_a_sentence(stem, text))


def _named_inside_a_sentence(stem: str, text: str) -> bool:
    """Whether the text writes a name on an adjective's stem, with a case ending at most, inside a
    sentence, where its capital is its own («в Лондоне» for «Лондонская»)."""
    if len(stem) < 4:
        return False
    forms = re.finditer(rf"(?<![^\W\d_]){re.escape(stem)}(?!ск)[а-яё]{{0,3}}(?![^\W\d_])", text)
    return any(not _SENTENCE_START.search(text, max(0, n.start() - 6), n.start()) for n in forms)


def _agree(adjective: str, noun: str, morph: Morph) -> bool:
    """Whether some reading of `adjective` is an adjective in the case and gender of a reading of `noun`
    as a noun in the singular."""
    nouns = [p.tag for p in morph.parse(noun) if p.tag.POS == "NOUN"]
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == t.case and t.number == "sing" == p.tag.number
               and p.tag.gender == t.gender for p in morph.parse(adjective) for t in nouns)


@cache
def _periphrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((tuple(words.split()), short) for words, short in load_tsv("periphrases.tsv", 2))


@cache
def short_names() -> frozenset[str]:
    """The short names data/periphrases.tsv gives for descriptions («МИД», «Минобороны»)."""
    return frozenset(short for _, short in _periphrases())


def periphrased(name: str, morph: Morph) -> str | None:
    """A Russian name that opens with a state body's description (data/periphrases.tsv), written with the
    body's short name instead, after the adjective of its country if any: «внешнеполитическое ведомство
    Великобритании» -> «МИД Великобритании», «японское дипломатическое ведомство» -> «японское МИД» (its
    words' lemmas those of «японский МИД»); None for any other name."""
    words = name.split()
    lead = 1 if words and (relational := _RELATIONAL.fullmatch(words[0].lower())) and _a_country(relational.group(1)) else 0
    for description, short in _periphrases():
        span = words[lead:lead + len(description)]
        if len(span) == len(description) and tuple(lemma_of(w.lower(), morph) for w in span) == description:
            return " ".join([*words[:lead], short, *words[lead + len(description):]])
    return None


def a_state(name: str, morph: Morph) -> bool:
    """Whether a name is a state's, past or present, its head a word for a state (data/org_words.tsv, state):
    «Третий рейх», «Османская империя», "the Ottoman Empire", "Kingdom of Hawaii": a place, no body."""
    head, words = head_word(name, morph), name.split()
    if not words or is_abbreviation(words[0]):
        return False  # «МИД | Соединенного Королевства»: the body the letters name, of the state
    return head is not None and lemma_of(head, morph) in _state_words(morph)


@cache
def _state_words(morph: Morph) -> frozenset[str]:
    """Lemmas of the words for a state (data/org_words.tsv, state)."""
    return frozenset(lemma_of(w, morph) for w in word_set(ORG_WORDS, "state"))
