"""The English nouns a count names: a plural in small letters, alone or as the head of a compound after it."""

from __future__ import annotations

import re

from ...lexicon.cues import word_set
from ...nlp.english import closed_words

# an English noun in the plural after the count's word: the head of a compound ("1,500 customs | officers",
# "75 member | states")
HEAD_AFTER = re.compile(r"[ \u00a0]+([a-z]{3,})\b(?![-'’])")

_WORD = re.compile(r"[ \u00a0]+([a-z]{2,})\b(?![-'’])")
_COMPOUND = 3  # words before the head at most: "4 million | de minimis | shipments"


def plural_noun(word: str, periods: frozenset[str]) -> bool:
    """Whether an English word in small letters reads as a plural noun: "-s", not "-ss", "-us", "-is",
    no function word and no period of time."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in closed_words() \
        and word not in periods and word[:-1] not in periods


def compound_head(text: str, at: int, periods: frozenset[str]) -> tuple[str, int] | None:
    """The plural noun closing the words in small letters right after `at` that a scaled number counts, and
    where it ends: a compound of up to three words before it, two of them perhaps joined by "and" or "or"
    ("4 million | de minimis shipments", "20 million | dangerous or illicit items"), or None where a function
    word comes first ("309 million | so far")."""
    joined = word_set("figure_words.tsv", "joined", lang="en")
    before = 0
    while (m := _WORD.match(text, at)) is not None:
        word, at = m.group(1), m.end()
        if word in joined and before and before < _COMPOUND:
            continue
        if word in closed_words() or before > _COMPOUND:
            return None
        if before and plural_noun(word, periods):
            return word, at
        before += 1
    return None
