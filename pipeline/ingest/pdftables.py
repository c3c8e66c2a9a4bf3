"""Tables drawn with rules on PDF pages: pdfminer lays the page out, pdfplumber's table finder reads its
ruling lines, and each cell takes the characters whose middle falls inside it.

pdfplumber turns every object of a page into a dict of all its attributes before it looks for tables;
on a page of tables that costs as much as laying the page out. Here the characters are kept as pdfminer
draws them (`minerpage`) and the rules read from its layout, with the few values the finder and the cell
texts use, the same values pdfplumber computes. Library objects are turned into `Table` records here and go no further.
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, cast

from ..record import Table

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom: points from the page's top left

_CID = re.compile(r"\(cid:\d+\)")


def read_tables(data: bytes, path: str, candidates: list[int], boxes: dict[int, list[Box]],
                warnings: list[str]) -> list[Table]:
    """Tables on the candidate pages (0-based), in page order; `boxes` gets where each stands on its page."""
    import pdfplumber

    tables: list[Table] = []
    try:
        plumber = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds of errors on damaged files
        warnings.append(f"tables could not be read ({type(exc).__name__})")
        return tables
    with plumber:
        for index in candidates:
            try:
                found = page_tables(plumber.pages[index])
            except Exception as exc:  # one bad page must not lose the others
                log.warning("%s: page %d: tables: %s", path, index + 1, exc)
                warnings.append(f"page {index + 1}: tables could not be read ({type(exc).__name__})")
                continue
            if found:
                boxes[index] = [box for box, _rows in found]
            tables.extend(Table(caption=None, header=rows[0], rows=rows[1:], page=index + 1) for _box, rows in found)
    return tables


def page_tables(page: Any) -> list[tuple[Box, list[list[str]]]]:
    """A pdfplumber page's tables: (x0, top, x1, bottom) from the page's top left, and rows of cell texts.

    A ruled box around running text (an abstract in a frame) is not a table."""
    from pdfplumber.table import TableFinder, TableSettings

    drawn = drawing_of(page)
    found = []
    x, y = page.bbox[0], page.bbox[1]
    chars = _CharsByHeight(drawn.chars)
    finder = TableFinder(cast(Any, drawn), TableSettings.resolve(None))  # it reads `bbox` and `edges` of a page
    for table in sorted(finder.tables, key=lambda t: t.bbox[1]):
        rows = [[_cell(c) for c in row] for row in chars.extract(table)]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2 or prose(rows):
            continue
        x0, top, x1, bottom = table.bbox
        found.append(((x0 - x, top - y, x1 - x, bottom - y), rows))
    return found


@dataclass
class Drawing:
    """What pdfplumber's table finder reads of a page (`bbox`, `edges`) and the characters the cells take,
    as pdfplumber's `Page` gives them."""

    bbox: Box
    chars: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)


def drawing_of(page: Any) -> Drawing:
    """The characters and ruling edges of a pdfplumber page, read from pdfminer's layout of it.

    The values are those of `page.chars` and `page.edges`, in their order: characters keep the keys the
    cell texts read, and the few lines, rectangles and curves go through pdfplumber's own conversion."""
    from pdfminer.layout import LTContainer, LTCurve
    from pdfplumber import utils

    from .minerpage import lay_out

    layout, chars = lay_out(page)
    paths: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": []}
    stack = [iter(layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTContainer):  # a form drawn on the page: its objects in their place
            stack.append(iter(obj._objs))
        elif isinstance(obj, LTCurve):
            made = page.process_object(obj)
            paths[made["object_type"]].append(made)
    edges = [utils.line_to_edge(line) for line in paths["line"]]
    edges += [edge for rect in paths["rect"] for edge in utils.rect_to_edges(rect)]
    edges += [edge for curve in paths["curve"] for edge in utils.curve_to_edges(curve)]
    return Drawing(page.bbox, chars, edges)


class _CharsByHeight:
    """A page's characters ordered by the middle of their height, so that a table's row finds its own
    by bisection: pdfplumber's `Table.extract` tests every character of the page against every row and
    cell, which costs most of the time of a page of tables. The cell texts are the same."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        self.chars = chars
        self.mids = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
        self.keys = [m for m, _ in self.mids]

    def extract(self, table: Any) -> list[list[str | None]]:
        from pdfplumber.utils import extract_text

        out: list[list[str | None]] = []
        for row in table.rows:
            x0, top, x1, bottom = row.bbox
            # in the page's order, as pdfplumber keeps them
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
    # lines of one text, one a row, in one column: a paragraph in a frame that rules split into rows
    one_column = all(sum(1 for c in row if c) <= 1 for row in rows)
    return sum(len(c) > 120 for c in cells) >= max(1, len(cells) // 3) \
        or (one_column and sum(map(len, cells)) / len(cells) > 40)


def _cell(value: str | None) -> str:
    """A cell's text on one line; letter-spaced text («0 3 / 2 5 / 2 0 16») closed up."""
    words = _CID.sub(" ", value or "").split()
    if len(words) >= 4 and sum(len(w) == 1 for w in words) >= 0.7 * len(words):
        return "".join(words)
    return " ".join(words)
