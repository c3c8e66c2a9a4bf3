"""The grid a page's rules draw, read from pdfium's path objects: whether it holds a table of two rows
and two columns, as pdfplumber's table finder would see it, with text in it.

The rules are cut as pdfminer cuts a path (each subpath a line, a rectangle or a curve through its end
points, a closing segment back to its start) and turned with the page as pdfminer turns it, then set in
points from the top left of the page's media box as pdfplumber sets them; pdfplumber's finder then runs on
them. A grid no text object comes near (the bars of a chart, its labels outside) gives only empty rows,
and no table; the tables of a page that holds one are read from the same drawing (`pdftables`).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any, cast

import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # x0, top, x1, bottom: points from the page's top left
Edge = dict[str, Any]
Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]

MAX_FORM_DEPTH = 15  # forms inside forms, as deep as a page is read for its objects
TEXT_MARGIN = 2.0  # points around a grid where text makes it worth reading: the boxes of characters differ


@dataclass
class Drawing:
    """What pdfplumber's table finder reads of a page (`bbox`, `edges`) and the boxes of its text objects,
    in points from the page's top left."""

    bbox: Box
    edges: list[Edge]
    texts: list[Box]


def holds_table(page: Any) -> bool:
    """Whether the rules of a pdfium page draw a grid of at least two rows and two columns with some
    text in or near it (a chart's grid with its labels outside holds no table)."""
    return bool(grid_tables(page_drawing(page)))


def grid_tables(drawing: Drawing) -> list[Any]:
    """The tables pdfplumber's finder sees in the drawing's rules, when one of them is a grid that
    could hold a table (see `holds_table`); none otherwise."""
    from pdfplumber.table import TableFinder, TableSettings

    if not drawing.edges:
        return []
    finder = TableFinder(cast(Any, drawing), TableSettings.resolve(None))  # it reads `bbox` and `edges` of a page
    tables = finder.tables
    if any(len(table.rows) >= 2 and len(table.rows[0].cells) >= 2 and _near(table.bbox, drawing.texts)
           for table in tables):
        return tables
    return []


def _near(box: Box, texts: list[Box]) -> bool:
    x0, top, x1, bottom = box
    return any(left < x1 + TEXT_MARGIN and right > x0 - TEXT_MARGIN and high < bottom + TEXT_MARGIN
               and low > top - TEXT_MARGIN for left, high, right, low in texts)


def page_edges(page: Any) -> list[Edge]:
    """The horizontal and vertical edges of every painted path on a pdfium page, in pdfplumber's shape,
    in points from the page's top left as it is shown (its /Rotate applied)."""
    return page_drawing(page).edges


def page_drawing(page: Any) -> Drawing:
    """The page's edges (see `page_edges`) and the boxes of its text objects, in the same frame."""
    shown = frame(page)
    edges: list[Edge] = []
    texts: list[Box] = []
    kinds = [pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT]
    for obj in page.get_objects(filter=kinds, max_depth=MAX_FORM_DEPTH):
        placed: Matrix = (1, 0, 0, 1, 0, 0)  # a form's objects are placed by the form's own matrix
        form = obj.container
        while form is not None:
            placed = times(placed, _matrix(form.raw))
            form = form.container
        placed = times(placed, shown)
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            left, bottom, right, top = obj.get_bounds()  # in the space of the form that holds it
            texts.append(bounds(placed, [(x, y) for x in (left, right) for y in (bottom, top)]))
            continue
        matrix = times(_matrix(obj.raw), placed)
        for points, line in _subpaths(obj.raw):
            edges.extend(_edges([apply(matrix, p) for p in points], line))
    return Drawing(bounds(shown, _corners(_media_box(page))), edges, texts)


def frame(page: Any) -> Matrix:
    """The matrix from a pdfium page's space to points from its top left as it is shown: turned for its
    /Rotate as pdfminer turns it, y growing down, the media box's top left corner at (0, 0), as
    pdfplumber sets a page's objects."""
    turned = times(_ROTATIONS[page.get_rotation() % 360], _FLIP)
    left, top, _right, _bottom = bounds(turned, _corners(_media_box(page)))
    return times(turned, (1, 0, 0, 1, -left, -top))


def bounds(matrix: Matrix, points: list[Point]) -> Box:
    """The box (x0, top, x1, bottom) around the points placed by the matrix."""
    placed = [apply(matrix, p) for p in points]
    xs, ys = [x for x, _ in placed], [y for _, y in placed]
    return min(xs), min(ys), max(xs), max(ys)


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """The page's media box (left, bottom, right, top); pdfium reads it only from the page's own
    dictionary, and a box the page inherits is the one pdfium shows it in (its crop box within it)."""
    return cast(tuple[float, float, float, float], page.get_mediabox(fallback_ok=False) or page.get_bbox())


def _corners(box: tuple[float, float, float, float]) -> list[Point]:
    left, bottom, right, top = box
    return [(x, y) for x in (left, right) for y in (bottom, top)]


# pdfminer's turn of the page for each /Rotate, without its move to the media box's corner
_ROTATIONS: dict[int, Matrix] = {0: (1, 0, 0, 1, 0, 0), 90: (0, -1, 1, 0, 0, 0), 180: (-1, 0, 0, -1, 0, 0),
                                 270: (0, 1, -1, 0, 0, 0)}
_FLIP: Matrix = (1, 0, 0, -1, 0, 0)  # y growing down the page


def _matrix(raw: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def times(m: Matrix, n: Matrix) -> Matrix:
    """`m` then `n`, as PDF matrices compose."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def apply(m: Matrix, p: Point) -> Point:
    """The point placed by the matrix."""
    x, y = p
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _subpaths(raw: Any) -> list[tuple[list[Point], bool]]:
    """Each subpath's end points (a curve's control points left out, its closing point added), and
    whether it is one straight segment (pdfminer makes a line of it)."""
    out: list[tuple[list[Point], bool]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[Point] = []
    straight = True
    bezier = 0
    for index in range(pdfium_c.FPDFPath_CountSegments(raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw, index)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if len(points) > 1:
                out.append((points, straight))
            points, straight, bezier = [(x.value, y.value)], True, 0
            continue
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            straight = False
            bezier += 1
            if bezier % 3:  # the two control points of a curve
                continue
        if not points:  # no subpath begun: pdfminer paints nothing of it
            continue
        points.append((x.value, y.value))
        if pdfium_c.FPDFPathSegment_GetClose(segment) and points[-1] != points[0]:
            points.append(points[0])
    if len(points) > 1:
        out.append((points, straight))
    return out


def _edges(points: list[Point], straight: bool) -> list[Edge]:
    """Edges between consecutive points (y growing down); one straight segment counts as vertical when
    it is not horizontal, as pdfplumber counts a line."""
    out = []
    lone = straight and len(set(points)) == 2
    for (x0, y0), (x1, y1) in zip(points, points[1:2] if lone else points[1:], strict=False):
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        if top == bottom:
            orientation: str | None = "h"
        elif x0 == x1 or lone:
            orientation = "v"
        else:
            continue
        out.append({"object_type": "edge", "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
                    "width": right - left, "height": bottom - top, "orientation": orientation})
    return out
