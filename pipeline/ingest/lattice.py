"""The grid a page's rules draw, read from pdfium's path objects: whether it holds a table of two rows
and two columns, as pdfplumber's table finder would see it, with text in it.

Laying a page out with pdfminer costs as much as all the rest of reading it, so a page goes to
pdfplumber only when its rules could give a table that is kept. The rules are cut as pdfminer cuts
a path (each subpath a line, a rectangle or a curve through its end points, a closing segment back to
its start) and turned with the page as pdfminer turns it; pdfplumber's finder then runs on them. A grid
no text object comes near (the bars of a chart, its labels outside) gives only empty rows, and no table.
"""

from __future__ import annotations

import ctypes
from typing import Any, cast

import pypdfium2.raw as pdfium_c

from .pdftables import Box, Drawing

Edge = dict[str, Any]
Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]

MAX_FORM_DEPTH = 15  # forms inside forms, as deep as a page is read for its objects
TEXT_MARGIN = 2.0  # points around a grid where text makes it worth reading: pdfminer's boxes of characters differ


def holds_table(page: Any) -> bool:
    """Whether the rules of a pdfium page draw a grid of at least two rows and two columns with some
    text in or near it (a chart's grid with its labels outside holds no table)."""
    from pdfplumber.table import TableFinder, TableSettings

    edges, texts = page_drawing(page)
    if not edges:
        return False
    finder = TableFinder(cast(Any, Drawing((0.0, 0.0, 0.0, 0.0), [], edges)), TableSettings.resolve(None))
    return any(len(table.rows) >= 2 and len(table.rows[0].cells) >= 2 and _near(table.bbox, texts)
               for table in finder.tables)


def _near(box: Box, texts: list[Box]) -> bool:
    x0, top, x1, bottom = box
    return any(left < x1 + TEXT_MARGIN and right > x0 - TEXT_MARGIN and high < bottom + TEXT_MARGIN
               and low > top - TEXT_MARGIN for left, high, right, low in texts)


def page_edges(page: Any) -> list[Edge]:
    """The horizontal and vertical edges of every painted path on a pdfium page, in pdfplumber's shape,
    with y growing down the page as it is shown (its /Rotate applied)."""
    return page_drawing(page)[0]


def page_drawing(page: Any) -> tuple[list[Edge], list[Box]]:
    """The page's edges (see `page_edges`) and the boxes of its text objects, in the same frame."""
    turn = _ROTATIONS[page.get_rotation() % 360]
    edges: list[Edge] = []
    texts: list[Box] = []
    kinds = [pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT]
    for obj in page.get_objects(filter=kinds, max_depth=MAX_FORM_DEPTH):
        placed: Matrix = (1, 0, 0, 1, 0, 0)  # a form's objects are placed by the form's own matrix
        form = obj.container
        while form is not None:
            placed = _times(placed, _matrix(form.raw))
            form = form.container
        placed = _times(placed, turn)
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            left, bottom, right, top = obj.get_bounds()  # in the space of the form that holds it
            corners = [_apply(placed, (x, y)) for x in (left, right) for y in (bottom, top)]
            texts.append((min(x for x, _ in corners), min(-y for _, y in corners),
                          max(x for x, _ in corners), max(-y for _, y in corners)))
            continue
        matrix = _times(_matrix(obj.raw), placed)
        for points, line in _subpaths(obj.raw):
            edges.extend(_edges([_apply(matrix, p) for p in points], line))
    return edges, texts


# pdfminer's turn of the page for each /Rotate, without its move to the media box's corner
_ROTATIONS: dict[int, Matrix] = {0: (1, 0, 0, 1, 0, 0), 90: (0, -1, 1, 0, 0, 0), 180: (-1, 0, 0, -1, 0, 0),
                                 270: (0, 1, -1, 0, 0, 0)}


def _matrix(raw: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, m):
        return (1, 0, 0, 1, 0, 0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """`m` then `n`, as PDF matrices compose."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, p: Point) -> Point:
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
    """Edges between consecutive points, y turned to grow downwards; one straight segment counts as
    vertical when it is not horizontal, as pdfplumber counts a line."""
    out = []
    lone = straight and len(set(points)) == 2
    for (x0, y0), (x1, y1) in zip(points, points[1:2] if lone else points[1:], strict=False):
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(-y0, -y1), max(-y0, -y1)
        if top == bottom:
            orientation: str | None = "h"
        elif x0 == x1 or lone:
            orientation = "v"
        else:
            continue
        out.append({"object_type": "edge", "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
                    "width": right - left, "height": bottom - top, "orientation": orientation})
    return out
