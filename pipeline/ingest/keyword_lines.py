"""Keywords as the repair stage meets them: the label that opens them, and a list set a keyword a line
under its label alone, which the lines' lengths cannot tell from a paragraph."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol, TypeVar

from ..lexicon.cues import label


class _Lined(Protocol):
    text: str


L = TypeVar("L", bound=_Lined)


@cache
def keywords_opening() -> re.Pattern[str]:
    """«Ключевые слова:», "Keywords.": the keywords open with it."""
    return re.compile(rf"{label('keywords')}\s*[:.—–-]", re.I)


def a_keyword_a_line(paragraphs: list[list[L]]) -> None:
    """Under a keywords label alone on its line, lines that each open with a capital and hold no comma or
    semicolon are a keyword each («Ключевые слова:» / «Система управления рисками» / «Уполномоченный
    экономический оператор» / «Таможенный кодекс ЕАЭС»), however long the one before."""
    i = 0
    while i < len(paragraphs) - 1:
        if len(paragraphs[i]) == 1 and keywords_opening().fullmatch(paragraphs[i][0].text.strip()):
            j = i + 1
            while j < len(paragraphs) and all(line.text[:1].isupper() and len(line.text) < 60
                                              and not re.search(r"[,;.]$|[,;]\s", line.text) for line in paragraphs[j]):
                paragraphs[j:j + 1] = [[line] for line in paragraphs[j]]
                j += 1
            i = j
        else:
            i += 1
