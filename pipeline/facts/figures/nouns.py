"""The nouns a count names: an English plural in small letters, alone or as the head of a compound after it; and
the count a scaled number compared with it carries on to."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word, word_set
from ...nlp.english import closed_words
from ...record import Figure

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


_CARRIED = 400  # characters over which a count's unit carries on to a scaled number compared with it


@cache
def _compared() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?i:{any_word('figure_words.tsv', 'base', 'from')})[ \u00a0]+(?:(?:the|a)[ \u00a0]+)?$")


def carried_counts(text: str, figures: list[Figure]) -> None:
    """A scaled number with no unit that the text compares with a count or a sum before it in its paragraph counts
    the same things: "1.36 billion shipments ... a nine-fold increase from | 153 million", «1,4 млн посылок ...
    против | 0,9 млн»."""
    last: Figure | None = None
    for figure in sorted((f for f in figures if f.start is not None), key=lambda f: f.start or 0):
        start = figure.start or 0
        if figure.unit is None and figure.kind == "quantity" and last is not None and last.stop is not None \
                and start - last.stop <= _CARRIED and "\n\n" not in text[last.stop:start] \
                and _compared().search(text, max(0, start - 40), start) and not figure.text.strip().isdigit():
            figure.unit, figure.kind = last.unit, last.kind
        if figure.unit is not None and figure.kind in ("quantity", "money"):
            last = figure
