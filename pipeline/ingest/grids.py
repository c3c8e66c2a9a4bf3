"""Tables set without rules, read from where their cells stand: rows of pieces on one line, most of
them numbers, one under the other; the row of words above them is the header."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    rows = rows_of(lines)
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
            body = [[lines[i].text for i in row] for row in rows[k:m + 1]]
            out.append(Grid(rows[top][0], rows[m][-1], Table(caption=None, header=header, rows=body, page=page)))
        k = m + 1
    return out
