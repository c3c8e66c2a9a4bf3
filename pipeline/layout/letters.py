"""Character classes of the letters of names: every capital and small letter of the Latin and Cyrillic
alphabets, accented ones too (Sundström, Baraké, Łukasz, Đorđević, Ґудзь)."""

from __future__ import annotations

import re


def _letters(case: str) -> str:
    """A character class of the Latin letters (accented ones of European languages too) and the
    Cyrillic letters of one case, written as ranges where they run on (a class of hundreds of single
    letters makes every pattern built on it slow to compile)."""
    points = [c for c in [*range(0x41, 0x180), *range(0x400, 0x460), 0x490, 0x491] if getattr(chr(c), case)()]
    runs: list[list[int]] = []
    for c in points:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]"


UPPER = _letters("isupper")
LOWER = _letters("islower")
