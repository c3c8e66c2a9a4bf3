"""What the two organisation modules both ask of a name: its head word, its language, its articles."""

from __future__ import annotations

import re

from ...lexicon.gazetteer import is_abbreviation, lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph

EN_PREPOSITIONS = frozenset("of on for in and the to at between".split())
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def head_word(name: str, morph: Morph) -> str | None:
    """The lemma of a name's head: the first Russian noun, or the last English word before a preposition."""
    words = re.findall(r"[^\W\d_]+", LEADING_THE.sub("", name))
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
        if word.lower() in EN_PREPOSITIONS:
            break
        head = word
    return None if is_abbreviation(head) else head.lower()
