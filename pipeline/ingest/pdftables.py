"""Tables drawn with rules on PDF pages, read on pdfium alone: pdfplumber's table finder reads the rules
of the page's path objects (`lattice`), and each cell takes the characters of pdfium's text page
(`pdfchars`) whose middle falls inside it.

A page's drawing is read once: the finder's tables tell whether its rules draw a grid that could hold a
table, and only then are its characters read and the cells filled. Rules and characters stand in one
frame, points from the top left of the page as it is shown. Library objects are turned into `Table`
records here and go no further.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from ..record import Table
from .lattice import Box, grid_tables, page_drawing
from .pdfchars import Char, page_chars
from .pdflayout import recoded

Found = tuple[Box, list[list[str]]]  # where a table stands on its page, and its rows of cell texts


def read_tables(pages: dict[int, list[Found] | Exception], boxes: dict[int, list[Box]],
                warnings: list[str]) -> list[Table]:
    """The tables found on each page (0-based), in page order; `boxes` gets where each stands on its page,
    and a page whose tables could not be read a warning naming the error."""
    tables: list[Table] = []
    for index, found in sorted(pages.items()):
        if isinstance(found, Exception):
            warnings.append(f"page {index + 1}: tables could not be read ({type(found).__name__})")
            continue
        if found:
            boxes[index] = [box for box, _rows in found]
        tables.extend(Table(caption=None, header=rows[0], rows=rows[1:], page=index + 1) for _box, rows in found)
    return tables


def page_tables(page: Any, textpage: Any) -> list[Found]:
    """A pdfium page's tables: (x0, top, x1, bottom) from the page's top left, and rows of cell texts;
    none when its rules draw no grid that could hold one (see `lattice.holds_table`).

    A ruled box around running text (an abstract in a frame) is not a table."""
    found: list[Found] = []
    tables = grid_tables(page_drawing(page))
    if not tables:
        return found
    chars = _CharsByHeight(page_chars(page, textpage))
    for table in sorted(tables, key=lambda t: t.bbox[1]):
        rows = [[_cell(c) for c in row] for row in chars.extract(table)]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2 or prose(rows):
            continue
        found.append((table.bbox, rows))
    return found


class _CharsByHeight:
    """A page's characters ordered by the middle of their height, so that a table's row finds its own
    by bisection: pdfplumber's `Table.extract` tests every character of the page against every row and
    cell, which costs most of the time of a page of tables. The cell texts are the same."""

    def __init__(self, chars: list[Char]) -> None:
        self.chars = chars
        self.mids = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
        self.keys = [m for m, _ in self.mids]

    def extract(self, table: Any) -> list[list[str | None]]:
        from pdfplumber.utils import extract_text

        out: list[list[str | None]] = []
        for row in table.rows:
            x0, top, x1, bottom = row.bbox
            # in the text page's order, as pdfplumber keeps a page's characters
            taken = sorted(i for _, i in self.mids[bisect_left(self.keys, top) : bisect_left(self.keys, bottom)])
            in_row = [c for c in (self.chars[i] for i in taken) if x0 <= (c["x0"] + c["x1"]) / 2 < x1]
            cells: list[str | None] = []
            for cell in row.cells:
                if cell is None:
                    cells.append(None)
                    continue
                left, high, right, low = cell
                inside = [c for c in in_row if left <= (c["x0"] + c["x1"]) / 2 < right
                          and high <= (c["top"] + c["bottom"]) / 2 < low]
                cells.append(extract_text(inside, x_tolerance=1.5) if inside else "")
            out.append(cells)
        return out


def prose(rows: list[list[str]]) -> bool:
    """Cells of running text, as a frame drawn around paragraphs gives, not the cells of a table."""
    cells = [c for row in rows for c in row if c]
    if not cells:
        return False
    # lines of one text, one a row, in one column: a paragraph in a frame that rules split into rows (a row or
    # two with a note's number or a word apart aside: a page of prose between a header's rules and a note's)
    one_column = sum(1 for row in rows if sum(1 for c in row if c) <= 1) >= 0.75 * len(rows)
    # or a printed line a row, most of them a line's width of unwrapped text, and the lines going on in small
    # letters from the row above (a page of prose between a header's rules and a note's, its words apart)
    # (in the table's first column: not the long cells of a column right of merged ones)
    at = [next(k for k, c in enumerate(row) if c) for row in rows if any(row)]
    firsts = [row[k] for row, k in zip((r for r in rows if any(r)), at, strict=True)]
    lines = sum(1 for c, k in zip(firsts, at, strict=True) if len(c) >= 35 and "\n" not in c and k == min(at)) \
        >= 0.6 * len(firsts) and sum(1 for c in firsts if c[:1].islower()) >= 0.4 * len(firsts)
    return sum(len(c) > 120 for c in cells) >= max(1, len(cells) // 3) \
        or (one_column and sum(map(len, cells)) / len(cells) > 40) or (len(rows) >= 6 and lines)


def _cell(value: str | None) -> str:
    """A cell's text on one line, its fonts' control codes read as the page's lines read them (hyphens,
    or nothing); letter-spaced text («0 3 / 2 5 / 2 0 16») closed up."""
    words = recoded(value or "").split()
    if len(words) >= 4 and sum(len(w) == 1 for w in words) >= 0.7 * len(words):
        return "".join(words)
    return " ".join(words)
