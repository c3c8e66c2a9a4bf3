"""Standards named by the letters of their body and their number: «ГОСТ Р 52872-2019», «ГОСТ 7.0.5-2008»,
«ТР ТС 021/2011», "ISO/IEC 25010", "ISO 9001:2015", "IEC 62443-3-3". Each is an act of kind `other`,
titled as printed; the year after the number, where there is one, is its year."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word
from .candidate import Candidate
from .lexicon import ACT_WORDS


@cache
def _standard() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![^\W\d_/]){any_word(ACT_WORDS, 'standard')}\s?(?P<number>\d+(?:[./]\d+)*(?:[-–:]\d+(?:[./]\d+)*)*)"
        r"(?![\w/])(?![-–][^\W\d_])"  # not a part of a word: "the IEEE 118-bus system"
    )


def find(text: str) -> list[Candidate]:
    """Every naming of a standard in `text`."""
    out = []
    for m in _standard().finditer(text):
        title = " ".join(m.group(0).split()).replace("–", "-")
        year = re.search(r"[-–:/]((?:19|20)\d\d)$", m.group("number"))
        lang = "ru" if re.search("[А-ЯЁа-яё]", title) else "en"
        cand = Candidate(start=m.start(), end=m.end(), kind="other", title=title, lang=lang, strong=True,
                         core=title, number=m.group("number"))
        cand.date = year.group(1) if year else None
        out.append(cand)
    return out


def opens(text: str) -> bool:
    """Whether `text` is the naming of a standard."""
    return _standard().fullmatch(" ".join(text.split())) is not None
