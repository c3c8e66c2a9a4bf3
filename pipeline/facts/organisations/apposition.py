"""What an apposition after a name says it is: "X, a company", "X, one of India's fastest growing MFIs",
«X — социальная сеть». A noun of bodies (`described` of data/org_words.tsv) in it is evidence for a name
NER offered; one that heads it makes a name a body whatever NER called it."""

from __future__ import annotations

import itertools
import re

from ...lexicon.cues import word_set
from ...lexicon.gazetteer import lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .names import ORG_WORDS, sentence_opener

_APPOSITION = re.compile(r"(?:,[ \t]+(?:a|an|the|one[ \t]+of(?:[ \t]+the)?)|[ \t]+(?:is|was)[ \t]+(?:a|an|the|one[ \t]+of(?:[ \t]+the)?)"
                         r"|,?[ \t]+[—–-]|,(?=[ \t]+[а-яё]))((?:[ \t]+[^\W\d_][\w'’-]*){1,6})")


def described(text: str, end: int, morph: Morph) -> bool:
    """Whether the words right after a name say in apposition what body it is: a noun of bodies
    (`described` of `data/org_words.tsv`) within six words after "X, a ...", "X is the ..." or «X — ...»,
    before any other punctuation ("TikTok, a growing social media platform", "Spandana, one of India's fastest
    growing MFIs", «ВКонтакте — социальная сеть»)."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    lang = "ru" if has_cyrillic(m.group(1)) else "en"
    nouns = word_set(ORG_WORDS, "described", lang=lang)
    return any((lemma_of(w.lower(), morph) if lang == "ru" else w.lower().removesuffix("s")) in nouns for w in words
               if not w.endswith(("'s", "’s")))


# a capitalised name, not opening a sentence with one word ("Moreover, a company ..." is no name)
_DESCRIBED_NAME = re.compile(r"(?<![\w&.'’-])([A-ZА-ЯЁ][\w&'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w&'’-]*){0,3})(?=,[ \t]+(?:a|an|the|one)[ \t]|[ \t]+(?:is|was)[ \t]+(?:a|an|the|one)[ \t]|,?[ \t]+[—–-][ \t])")


def described_names(text: str, morph: Morph) -> list[tuple[int, int, str]]:
    """Names an apposition says are bodies of a kind, whatever NER called them ("Spandana, one
    of India's fastest growing MFIs", "Compartamos, a large Mexican MFI", «Спандана — крупная микрофинансовая
    организация»): the apposition's head is the body's noun, not a post before it («Эдуард Мишлен, одному из
    президентов группы компаний Michelin»)."""
    out = []
    for m in _DESCRIBED_NAME.finditer(text):
        opening = m.start() == 0 or re.search(r"(?:[.!?]\s+|\n)$", text[max(0, m.start() - 3) : m.start()])
        lead = sentence_opener().match(m.group(1))  # "In China, a ...": the sentence's word, then a place
        if lead or opening and " " not in m.group(1) or not described(text, m.end(), morph) \
                or not _headed_by_a_body(text, m.end(), morph):
            continue
        out.append((m.start(), m.end(), m.group(1)))
    return out




_FIRST_OF = frozenset({"один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "из"})


def _headed_by_a_body(text: str, end: int, morph: Morph) -> bool:
    """Whether the apposition after a name is headed by a noun of bodies: in Russian its first noun, in
    English the last word before a preposition ("one of India's fastest growing MFIs | at the time")."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    if has_cyrillic(m.group(1)):
        # in Russian after a dash, the first noun in the nominative («— крупная микрофинансовая организация»;
        # a comma opens clauses as often: «Лиувилля, ассоциированной с оператором»)
        if not re.match(r",?[ \t]+[—–-]", m.group(0)):
            return False
        nouns = [w for w in words if w.lower() not in _FIRST_OF and morph.parse(w.lower())[0].tag.POS == "NOUN"
                 and not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(w.lower())[:3])]
        return bool(nouns) and morph.parse(nouns[0].lower())[0].tag.case == "nomn" \
            and lemma_of(nouns[0].lower(), morph) in word_set(ORG_WORDS, "described", lang="ru")
    chunk = list(itertools.takewhile(lambda w: w.lower() not in _EN_BREAKS, words))
    return bool(chunk) and chunk[-1].lower().removesuffix("s") in word_set(ORG_WORDS, "described", lang="en")


_EN_BREAKS = frozenset({"of", "in", "at", "for", "with", "that", "which", "who", "on", "from", "by", "and", "to"})
