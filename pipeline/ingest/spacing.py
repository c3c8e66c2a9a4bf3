"""Russian words a PDF's text layer runs together without spaces (a line set with no gaps between
its words: «Представленырезультатыразработкиметодики»), parted again by the dictionary: the fewest words
it knows that make up the run, each of two letters or more but the one-letter prepositions and
conjunctions. A run the dictionary knows whole, or that no such parting covers, stays as it is."""

from __future__ import annotations

import re

from ..nlp.morph import Morph

_RUN = re.compile(r"(?<![^\W\d_])[А-ЯЁа-яё]{24,}(?![^\W\d_])")  # longer than almost any Russian word
_LONGEST = 24  # letters of one word at most
_ONE_LETTER = frozenset("вскиоуая")


def spaced(page: str, morph: Morph) -> str:
    """The page with each run of Russian words written together parted into its words."""
    return _RUN.sub(lambda m: _parted(m.group(0), morph), page)


def _parted(run: str, morph: Morph) -> str:
    low = run.lower()
    if morph.known(low):
        return run
    n = len(low)
    none = n + 1  # more words than letters: no parting found yet
    fewest = [0] + [none] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST), end):
            piece = low[start:end]
            if fewest[start] + 1 < fewest[end] and (len(piece) > 1 or piece in _ONE_LETTER) and morph.known(piece):
                fewest[end], back[end] = fewest[start] + 1, start
    if not 3 <= fewest[n] < none:
        return run
    cuts = []
    at = n
    while at > 0:
        cuts.append(back[at])
        at = back[at]
    bounds = sorted(cuts) + [n]
    return " ".join(run[a:b] for a, b in zip(bounds, bounds[1:], strict=False))
