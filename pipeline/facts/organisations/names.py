"""What the two organisation modules both ask of a name: its head word, its language, its articles."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import FUNCTION_WORDS, forms, in_cases, word_set
from ...lexicon.gazetteer import is_abbreviation, lemma_of
from ...lexicon.numbers import alternation
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph

ORG_WORDS = "org_words.tsv"


def en_prepositions() -> frozenset[str]:
    """The words before which an English name's head stands: "of", "for", "between"."""
    return word_set(ORG_WORDS, "preposition")


@cache
def leading_the() -> re.Pattern[str]:
    """"the", "The", "THE" opening a name."""
    the = in_cases(forms(FUNCTION_WORDS, "definite"), upper=True)
    return re.compile(rf"^{alternation(the, start=False, end=False)}\s+")


def head_word(name: str, morph: Morph) -> str | None:
    """The lemma of a name's head: the first Russian noun, or the last English word before a preposition."""
    words = re.findall(r"[^\W\d_]+", leading_the().sub("", name))
    if not words:
        return None
    if has_cyrillic(name):
        for word in words:
            if is_abbreviation(word):
                continue
            if any(p.tag.POS == "NOUN" for p in morph.parse(word.lower())[:2]):
                return lemma_of(word, morph)
        return None
    head = words[0]
    for word in words:
        if word.lower() in en_prepositions():
            break
        head = word
    return None if is_abbreviation(head) else head.lower()
