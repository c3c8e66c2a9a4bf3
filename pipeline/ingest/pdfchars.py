"""A PDF page's characters read from pdfium's text page, each as the dict pdfplumber gives it, in the
frame of the page's rules (`lattice.frame`).

pdfplumber's table cells take the characters whose middle falls inside them and join them into words
by the gaps between their boxes, so each character gets the box pdfminer draws for it: along the
baseline from its origin for its advance, across it from the font's descent for the font size.
pdfium's loose box spans the advance too, but from the descent to the ascent and around the glyph's
ink; the advance is read from it, the rest from the character's origin, its matrix and its font.
Characters pdfium makes up (the spaces and line breaks it puts between words and lines) are left out:
the gaps between the boxes tell the words apart, as they do for pdfplumber.
"""

from __future__ import annotations

import ctypes
import struct
from typing import Any

import pypdfium2.raw as pdfium_c

from .lattice import Box, Matrix, Point, frame
from .pdfium_calls import FONT_SIZE, IS_GENERATED, LOOSE_BOX, MATRIX_OF, ORIGIN, TEXT_OBJECT, UNICODE_OF
from .pdflayout import code_points

Char = dict[str, Any]
Rect = tuple[float, float, float, float]  # left, bottom, right, top: points in the page's space, y up

_HYPHEN = 2  # pdfium's code for a hyphen it found at a line's end


def page_chars(page: Any, textpage: Any) -> list[Char]:
    """The characters of a pdfium page in its text page's order, with the values of pdfplumber's
    `page.chars` (text, x0, x1, top, bottom, doctop, upright, size, width, height), in points from the
    page's top left as it is shown."""
    shown = frame(page)
    handle = textpage.raw
    loose, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    loose_at, matrix_at, x_at, y_at = ctypes.byref(loose), ctypes.byref(matrix), ctypes.byref(x), ctypes.byref(y)
    # pdfium's functions bound once, most without ctypes' conversion of each argument: a page of tables has
    # thousands of characters
    generated, unicode_of, loose_box, origin_of, matrix_of, size_of, object_of = (
        IS_GENERATED, UNICODE_OF, LOOSE_BOX, ORIGIN, MATRIX_OF, FONT_SIZE, TEXT_OBJECT)
    metrics: dict[int | None, tuple[float, float] | None] = {}  # each text object's font, for one point of size
    uprights: dict[tuple[float, float, float, float], bool] = {}  # (the characters of a text object share a matrix)
    read_four = _FOUR.unpack_from
    out: list[Char] = []
    for index, code in code_points(handle, unicode_of):
        if generated(handle, index) == 1:
            continue
        text = "-" if code == _HYPHEN else chr(code) if 0 < code < 0x110000 else "\ufffd"
        loose_box(handle, index, loose_at)
        left, high, right, low = read_four(loose)
        box = (left, low, right, high)  # pdfium's own, where nothing tells better
        upright = True
        if matrix_of(handle, index, matrix_at):
            m = read_four(matrix)
            if m not in uprights:
                uprights[m] = _upright(m, shown)
            upright = uprights[m]
            key = object_of(handle, index)
            if key not in metrics:
                metrics[key] = _font_metrics(pdfium_c.FPDFText_GetTextObject(handle, index))
            font = metrics[key]
            if font is not None and (m[0] or m[1]):
                origin_of(handle, index, x_at, y_at)
                box = _advance_box(box, (x.value, y.value), m, size_of(handle, index), font)
        x0, top, x1, bottom = _shown(shown, box)  # the frame turns a page by quarters
        out.append({"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                    "upright": upright, "size": bottom - top, "width": x1 - x0, "height": bottom - top})
    return out


_FOUR = struct.Struct("4f")  # an FS_RECTF (left, top, right, bottom), or an FS_MATRIX's first four numbers (a, b, c, d)


def _shown(shown: Matrix, box: Rect) -> Box:
    """A box (left, bottom, right, top) in the page's space as (x0, top, x1, bottom) in the frame: `lattice.bounds`
    of its two corners, written out (thousands of characters a page)."""
    a, b, c, d, e, f = shown
    left, bottom, right, top = box
    x_low, y_low = a * left + c * bottom + e, b * left + d * bottom + f
    x_high, y_high = a * right + c * top + e, b * right + d * top + f
    return min(x_low, x_high), min(y_low, y_high), max(x_low, x_high), max(y_low, y_high)


def _upright(m: tuple[float, float, float, float], shown: Matrix) -> bool:
    """Whether a character set by the matrix stands upright as pdfminer tells it, on the page as shown
    (where y grows down: pdfminer's y grows up)."""
    a, b, c, d = m
    sa, sb, sc, sd = shown[:4]
    a2, b2, c2, d2 = a * sa + b * sc, a * sb + b * sd, c * sa + d * sc, c * sb + d * sd
    return a2 * d2 < 0 and b2 * c2 >= 0


def _font_metrics(obj: Any) -> tuple[float, float] | None:
    """The ascent and descent of a text object's font for a size of one point, or None when pdfium
    gives none."""
    font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
    if not font:
        return None
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    if not (pdfium_c.FPDFFont_GetAscent(font, 1.0, ascent) and pdfium_c.FPDFFont_GetDescent(font, 1.0, descent)):
        return None
    return ascent.value, descent.value


def _advance_box(loose: Rect, origin: Point, m: tuple[float, float, float, float], size: float,
                 font: tuple[float, float]) -> Rect:
    """pdfminer's box of a character in the page's space (left, bottom, right, top): its advance along
    the baseline from the origin, the font size across it from the descent. The advance is the loose
    box's reach beyond the origin, less what its ascent and descent add along the baseline when the
    matrix slants."""
    left, bottom, right, top = loose
    a, b, c, d = m
    ascent, descent = font[0] * size, font[1] * size
    x, y = origin
    if abs(a) >= abs(b):  # the baseline runs across the page
        ahead = right - x - max(c * descent, c * ascent) if a > 0 else left - x - min(c * descent, c * ascent)
        advance = max(ahead / a, 0.0)
    else:
        ahead = top - y - max(d * descent, d * ascent) if b > 0 else bottom - y - min(d * descent, d * ascent)
        advance = max(ahead / b, 0.0)
    low, high = descent, descent + size
    # (the four corners, written out: thousands of characters a page)
    xs = (x + a * 0.0 + c * low, x + a * 0.0 + c * high, x + a * advance + c * low, x + a * advance + c * high)
    ys = (y + b * 0.0 + d * low, y + b * 0.0 + d * high, y + b * advance + d * low, y + b * advance + d * high)
    return min(xs), min(ys), max(xs), max(ys)
