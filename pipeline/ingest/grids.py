"""Tables set without rules, read from where their cells stand: rows of pieces on one line, most of
them numbers, one under the other; the row of words above them is the header."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lexicon.cues import label
from ..record import Table
from .pdflayout import Line
from .tables import years_in_order

_NUMBER = re.compile(r"[-+−–]?\(?\d[\d\s.,]*\)?\s?%?|[-–—]|н/д|n/a", re.I)


@dataclass
class Grid:
    """A table found on a page: the lines it takes (from `first` to `last` in reading order)."""

    first: int
    last: int
    table: Table


def rows_of(lines: list[Line]) -> list[list[int]]:
    """The lines, in reading order, gathered into rows: pieces side by side on one baseline."""
    rows: list[list[int]] = []
    for i, line in enumerate(lines):
        if rows:
            last = lines[rows[-1][-1]]
            if abs(line.top - last.top) < 0.4 * line.size and line.x0 > last.x1:
                rows[-1].append(i)
                continue
        rows.append([i])
    return rows


def _numeric(lines: list[Line], row: list[int]) -> bool:
    numbers = sum(bool(_NUMBER.fullmatch(lines[i].text.strip())) for i in row)
    return len(row) >= 3 and numbers >= 2 and numbers >= len(row) - 1


def _years(lines: list[Line], row: list[int]) -> bool:
    return years_in_order([lines[i].text for i in row])


def find_grids(lines: list[Line], page: int) -> list[Grid]:
    """Every run of two or more numeric rows of like width, with the row of words above as header."""
    lines, rows, ends = _fold_labels(lines, rows_of(lines))
    out: list[Grid] = []
    k = 0
    while k < len(rows):
        if not _numeric(lines, rows[k]):
            k += 1
            continue
        if _years(lines, rows[k]) and k + 1 < len(rows) and _numeric(lines, rows[k + 1]):
            header_row: list[int] | None = rows[k]  # «Группа 2019 2020 2021»: the years head the columns
            k += 1
        else:
            header_row = None
        m = k
        while m + 1 < len(rows) and _numeric(lines, rows[m + 1]) and abs(len(rows[m + 1]) - len(rows[k])) <= 1:
            m += 1
        if m > k:
            top = k
            header: list[str] = []
            if header_row is not None:
                top = k - 1
                header = [lines[i].text for i in header_row]
            elif k > 0 and len(rows[k - 1]) >= 2 and not _numeric(lines, rows[k - 1]) \
                    and len(rows[k - 1]) >= len(rows[k]) - 1:
                top = k - 1
                header = [lines[i].text for i in rows[k - 1]]
            if not header:  # the header's cells set close together run into lines across the columns
                top, header = _header_above(lines, rows, k, m)
            body = [[lines[i].text for i in row] for row in rows[k:m + 1]]
            out.append(Grid(rows[top][0], max(rows[m][-1], ends.get(m, -1)),
                            Table(caption=None, header=header, rows=body, page=page)))
        k = m + 1
    return out


def _fold_labels(lines: list[Line], rows: list[list[int]]) -> tuple[list[Line], list[list[int]], dict[int, int]]:
    """A row's label set on two lines («Без мер | контроля» beside «61,4 66,2 ...»): its second line,
    alone under the label and close to it, joins the label. The lines (the labels joined), the rows
    without such lines, and for a row whose label took one the index of that line."""
    out_lines = list(lines)
    out_rows: list[list[int]] = []
    ends: dict[int, int] = {}
    for row in rows:
        if out_rows and len(row) == 1 and len(out_rows[-1]) >= 3 and _numeric(out_lines, out_rows[-1]):
            label, line = out_lines[out_rows[-1][0]], lines[row[0]]
            if abs(line.x0 - label.x0) < 0.5 * line.size and line.top - label.bottom < 0.6 * line.size \
                    and not _NUMBER.fullmatch(line.text.strip()):
                out_lines[out_rows[-1][0]] = replace(label, text=f"{label.text} {line.text}", bottom=line.bottom,
                                                     spaces=[])
                ends[len(out_rows) - 1] = row[0]
                continue
        out_rows.append(row)
    return out_lines, out_rows, ends


_HEADER_ROWS = 3  # lines a header's cell takes at most


def _header_above(lines: list[Line], rows: list[list[int]], k: int, m: int) -> tuple[int, list[str]]:
    """The header over the numeric rows `k` to `m` when its cells stand so close that pieces of several run
    into one line ("Elements Exact, % Derivable, Missing," over "%" "%"), or its lines are read cell by
    cell: the lines right before the rows, within the table's width and a few lines above it, each piece
    going to the column whose middle is nearest its own, the pieces of a column joined top to bottom.
    (k, []) when there is no such header: the lines before are wider than the table, a caption's (set in
    the size of the label line above them), numbers, or far above."""
    full = [row for row in rows[k:m + 1] if len(row) == max(len(r) for r in rows[k:m + 1])]
    width = len(full[0])
    middles = [sorted((lines[row[j]].x0 + lines[row[j]].x1) / 2 for row in full)[len(full) // 2] for j in range(width)]
    size = sorted(lines[i].size for row in full for i in row)[len(full) * width // 2]
    left = min(lines[row[0]].x0 for row in rows[k:m + 1]) - 6
    right = max(lines[row[-1]].x1 for row in rows[k:m + 1]) + 6
    below = lines[rows[k][0]].top
    first = rows[k][0]
    # a caption's lines are set in its own size: those under its label line are no header
    labelled = next((lines[i] for i in range(first - 1, max(-1, first - 4 * _HEADER_ROWS), -1)
                     if _caption_label().match(lines[i].text)), None)
    cells: list[list[tuple[float, float, str]]] = [[] for _ in range(width)]
    start = first
    while start > 0 and first - start < 4 * _HEADER_ROWS:
        line = lines[start - 1]
        if line.x0 < left or line.x1 > right or abs(line.size - size) > 0.2 * size or line.bottom > below + 1 \
                or below - line.top > (_HEADER_ROWS + 0.5) * 1.4 * line.size or _NUMBER.fullmatch(line.text.strip()) \
                or labelled is not None and abs(line.size - labelled.size) < 0.15 \
                or start < first and abs(line.size - lines[first - 1].size) > 0.3:
            break  # a caption's line, a paragraph's, a number, a line far above or in another size than the header's
        start -= 1
        for piece, middle in _fragments(line):
            nearest = min(range(width), key=lambda j: abs(middles[j] - middle))
            cells[nearest].append((round(line.top), middle, piece))
    if start == first or sum(1 for c in cells if c) < 2:
        return k, []
    top = next(t for t in range(k, -1, -1) if rows[t][0] <= start)
    return top, [" ".join(w for _, _, w in sorted(c)) for c in cells]


@cache
def _caption_label() -> re.Pattern[str]:
    """«Таблица 2», "Table 1:" opening a caption's line."""
    return re.compile(rf"(?i:{label('table', 'figure')})\s*№?\s*\d")


def _fragments(line: Line) -> list[tuple[str, float]]:
    """The pieces of a line that stand apart by more than a word space, with the middle of each (the
    cells of a header run into one line): from where its spaces run, or, for a line whose spaces were not
    kept, each word, its letters taken as of like width."""
    words = line.text.split(" ")
    if len(line.spaces) != len(words) - 1:
        step = (line.x1 - line.x0) / max(len(line.text), 1)
        return [(w.group(), line.x0 + step * (w.start() + w.end()) / 2) for w in re.finditer(r"\S+", line.text)]
    out: list[tuple[str, float]] = []
    start, first = line.x0, 0
    for n, (left, right) in enumerate([*line.spaces, (line.x1, line.x1)]):
        if right - left > 0.5 * line.size or n == len(line.spaces):
            out.append((" ".join(words[first : n + 1]), (start + left) / 2))
            start, first = right, n + 1
    return [(text, middle) for text, middle in out if text]
