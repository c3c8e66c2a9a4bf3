"""Bills of the United States Congress and of state legislatures cited by their number alone: "a
program (HB 758)", "H.R. 2 passed the House". The number names one bill, titled as printed; a number
printed right before the bill's title ("H.R. 3080–United States Korea Free Trade Agreement Implementation
Act", "H.R. 3045 (to Implement ...)") is that title's, which names the act."""

from __future__ import annotations

import re

from .candidate import Candidate

_NUMBER = re.compile(r"(?<![\w.])(?P<chamber>H\.[ \t]?R\.|H\.[ \t]?B\.|S\.[ \t]?B\.|HB|SB|HR)[ \t]?(?P<number>\d{1,5})(?![\w/-])")
# what may follow a number that stands alone: a bracket or a point closing it, or words of the sentence
_ALONE = re.compile(r"[ \t]*(?:[).;]|,?[ \t]+(?!to\b|a[ \t]+bill\b)[a-z])")  # not its title: "HR5557 to reduce ..."


def find(text: str) -> list[Candidate]:
    """Every bill `text` cites by its number alone."""
    out = []
    for m in _NUMBER.finditer(text):
        if not _ALONE.match(text, m.end()):
            continue
        title = f"{m.group('chamber').replace(' ', '')} {m.group('number')}"
        out.append(Candidate(start=m.start(), end=m.end(), kind="law", title=title, core=title, lang="en",
                             number=m.group("number"), strong=True))
    return out
