"""The paragraph a first page sets apart from the body under the title, without a label: the abstract
of journals that print none ("Nature" journals: bold across the page over two columns of body)."""

from __future__ import annotations

import re

from .pdflayout import Line, PageLines

_MIN_LINES = 3  # lines of the paragraph at least
_MIN_CHARS = 200


def lead(page: PageLines, size: float) -> str | None:
    """The text of the first run of lines under the page's large type (the title) set bold, or a
    little larger, than the body's regular type, and followed by lines of that type: prose of two
    sentences or more, ending with a full stop. None when the page has no such run."""
    lines = sorted(page.lines, key=lambda x: (round(x.top), x.x0))
    large = [x for x in lines if x.size >= 1.2 * size]
    if not large:
        return None
    below = [x for x in lines if x.top > max(x.bottom for x in large)]
    if sum(_is_body(x, size) for x in below) < 5:
        return None
    run: list[Line] = []
    for line in below:
        apart = line.bold or 1.03 * size <= line.size < 1.2 * size
        if apart and abs(line.size - (run[0].size if run else line.size)) <= 0.04 * line.size \
                and (not run or line.bold == run[0].bold and line.top - run[-1].bottom < 1.5 * line.size):
            run.append(line)
            continue
        if len(run) >= _MIN_LINES and _is_body(line, size):
            break
        run = [line] if apart else []
    if len(run) < _MIN_LINES:
        return None
    text = " ".join(" ".join(x.text for x in run).split())
    if len(text) < _MIN_CHARS or not text.endswith(".") or len(re.findall(r"[.!?]\s+[A-ZА-ЯЁ]", text)) < 1:
        return None
    return text


def _is_body(line: Line, size: float) -> bool:
    return abs(line.size - size) <= 0.04 * size and not line.bold
