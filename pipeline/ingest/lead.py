"""The paragraph a first page sets apart from the body under the title, without a label: the abstract
of journals that print none ("Nature" journals: bold across the page over two columns of body; others
set it smaller than the body, or across the page over the body's two columns)."""

from __future__ import annotations

import re
from statistics import median

from .pdflayout import Line, PageLines

_MIN_LINES = 3  # lines of the paragraph at least
_MIN_CHARS = 200
_ONE_SENTENCE = 250  # characters a paragraph of one sentence has at least to be an abstract
_ABOVE = 6  # lines of the body's type between the title and the paragraph at most (names, places)


def lead(page: PageLines, size: float) -> str | None:
    """The text of the first run of lines under the page's large type (the title) set apart from the
    body's regular type (bold, larger, smaller, or across the page where the body runs in columns),
    lines of a side column beside it skipped, and followed by lines of that type: prose ending with a full stop, of two sentences or
    one long one. None when the page has no such run."""
    lines = sorted(page.lines, key=lambda x: (round(x.top), x.x0))
    upper = [x.size for x in lines if x.top < 0.6 * page.height]
    # the title's type: the largest of the page's upper part, and what comes near it
    large = [x for x in lines if x.size >= 1.2 * size and x.size >= 0.6 * max(upper, default=0)]
    if not large:
        return None
    below = [x for x in lines if x.top > max(x.bottom for x in large)]
    body = [x for x in below if _is_body(x, size)]
    if len(body) < 5:
        return None
    column = median(x.x1 - x.x0 for x in body)
    across = column < 0.45 * page.width  # the body runs in columns: a line across them is set apart

    def apart(line: Line) -> bool:
        return line.bold or 1.03 * size <= line.size or 0.75 * size <= line.size <= 0.94 * size \
            or across and line.x1 - line.x0 > 1.4 * column

    run: list[Line] = []
    found = None  # the paragraph, once read: a lead when the body's type follows it
    plain = 0  # lines of the body's type before it
    for line in below:
        if run and found is None and (line.x1 < run[0].x0 or line.x0 > run[0].x1) \
                and line.x1 - line.x0 < 0.6 * (run[0].x1 - run[0].x0):
            continue  # a narrower side column beside the paragraph ("Received: 16 June 2022")
        if found is None and (line.top > page.height / 2 and not run or plain > _ABOVE):
            return None  # the body has begun: a caption or a note set apart further down is no lead
        if apart(line) and (not run or _goes_on(run, line)):
            run.append(line)
            continue
        if len(run) >= _MIN_LINES and run[0].x0 - 2 <= line.x0 <= run[0].x0 + 2 and _goes_on(run, line, True) \
                and not " ".join(x.text for x in run).rstrip().endswith("."):
            run.append(line)  # the paragraph's last line, short of the others' measure
            continue
        if found is None and len(run) >= _MIN_LINES:
            found = _prose(run)  # the keywords may come between it and the body
        if found is not None and _is_body(line, size):
            return found
        plain += _is_body(line, size) and not run and found is None
        run = [line] if apart(line) else []
    return None


def _goes_on(run: list[Line], line: Line, closing: bool = False) -> bool:
    """Whether a line goes on with the run above it: its type and close under it."""
    first = run[0]
    return abs(line.size - first.size) <= 0.04 * line.size and line.bold == first.bold \
        and line.top - run[-1].bottom < 1.5 * line.size and (closing or line.top > run[-1].top)


def _prose(run: list[Line]) -> str | None:
    text = " ".join(" ".join(x.text for x in run).split())
    sentences = len(re.findall(r"[.!?]\s+[A-ZА-ЯЁ]", text)) + 1
    if len(text) < _MIN_CHARS or not text.endswith(".") or sentences < 2 and len(text) < _ONE_SENTENCE:
        return None
    return text


def _is_body(line: Line, size: float) -> bool:
    return abs(line.size - size) <= 0.04 * size and not line.bold


def opens(lead_text: str, paragraph: str) -> bool:
    """Whether a paragraph of the text begins as the lead does (letters and digits alike)."""
    return re.sub(r"\W+", "", paragraph).startswith(re.sub(r"\W+", "", lead_text)[:60])
