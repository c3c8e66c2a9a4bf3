"""A PDF page laid out by pdfminer, its characters kept as the few values pdfplumber gives them.

pdfminer makes an object of every character and pdfplumber then copies each into a dict of all its
attributes; a page of tables has thousands. Here each character becomes its dict as it is drawn, with
the box pdfminer's `LTChar` computes (advance and font size from the font's descent, through the text
matrix) and pdfplumber's turn of it to the page's top left. Lines, rectangles and curves stay pdfminer
objects in the layout, for pdfplumber to turn into edges.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTPage
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.utils import Matrix, apply_matrix_rect
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

Char = dict[str, Any]


def lay_out(page: Any) -> tuple[LTPage, list[Char]]:
    """pdfminer's layout of a pdfplumber page, and its characters with the values of `page.chars`
    (text, x0, x1, top, bottom, doctop, upright, size, width, height), in their order."""
    from pdfplumber.utils.exceptions import PdfminerException

    mb_x0, mb_top = page.mediabox[:2]
    device = _Device(page.pdf.rsrcmgr, page.page_number, page.height, mb_x0, mb_top, page.initial_doctop)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as exc:  # as pdfplumber's own layout reports pdfminer's errors
        raise PdfminerException(exc) from exc
    return device.get_result(), device.chars


class _Device(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's page aggregator (which marks each object with its marked-content tag) keeping the
    characters out of the layout, each as its dict."""

    def __init__(self, rsrcmgr: Any, pageno: int, height: float, mb_x0: float, mb_top: float,
                 doctop: float) -> None:
        super().__init__(rsrcmgr, pageno=pageno, laparams=None)
        self.height, self.mb_x0, self.mb_top, self.doctop = height, mb_x0, mb_top, doctop
        self.chars: list[Char] = []

    def render_char(self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int,
                    ncs: PDFColorSpace, graphicstate: PDFGraphicState) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        adv: float = font.char_width(cid) * fontsize * scaling
        vertical = font.is_vertical()
        if vertical:
            disp = font.char_disp(cid)
            assert isinstance(disp, tuple)  # a vertical font moves each character by (vx, vy), as pdfminer asserts
            vx, vy = disp
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            box = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = font.get_descent() * fontsize
            box = (0, descent + rise, adv, descent + rise + fontsize)
        a, b, c, d, _e, _f = matrix
        x0, y0, x1, y1 = apply_matrix_rect(matrix, box)
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        width, height = x1 - x0, y1 - y0
        top = (self.height - y1) + self.mb_top
        if self.mb_x0 != 0:
            x0, x1 = x0 + self.mb_x0, x1 + self.mb_x0
        self.chars.append({"text": text, "x0": x0, "x1": x1, "top": top, "bottom": (self.height - y0) + self.mb_top,
                           "doctop": self.doctop + top, "upright": a * d * scaling > 0 and b * c <= 0,
                           "size": width if vertical else height, "width": width, "height": height})
        return adv
