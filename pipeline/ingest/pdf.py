"""PDF files: pypdfium2 reads every page's text, and the tables of pages drawn with rules.

A page's tables are looked for only when its path objects could draw a table (`ruled`), and read only
when its rules draw a grid of two rows and two columns (`lattice`), with pdfplumber's table finder on
pdfium's rules and characters (`pdftables`).
Library objects are turned into page strings and `Table` records here and go no further.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from ..record import Table
from ..settings import Settings
from .document import TABLE_ANCHOR, Document, describe_pages
from .lattice import Box
from .pages import compose
from .pdflayout import PageLines, read_lines
from .pdftables import Found, page_tables, read_tables

log = logging.getLogger(__name__)


_CID = re.compile(r"\(cid:\d+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_WORD = re.compile(r"\S+")
_LATIN_JUNK = re.compile(r"[a-zA-Z][\\^_`\[\]{}|~@][a-zA-Z]|[a-z][A-Z][a-z]")
# a Cyrillic text's bytes read as Latin-1 («Âû÷èñëèòåëüíîé»), or mixed with its letters by a font's own
# codes («ðИЗФШЮ»), or UTF-8's read so ("cafÃ©", "â€™"): no reader's text
_MOJIBAKE = re.compile(r"[\u00c0-\u00ff]{3}|[\u00c0-\u00ff][а-яёА-ЯЁ]|[а-яёА-ЯЁ][\u00c0-\u00ff]|Ã[\u0080-\u00bf]|â€")


def load_pdf(data: bytes, path: str, settings: Settings) -> Document:
    """Pages and tables of a PDF, pages without a usable text layer read by OCR as `settings.ocr` says.
    Raises `InputError` for encrypted, corrupt or empty files."""
    pdf = _open(data, path)
    try:
        count = len(pdf)
        if count == 0:
            raise InputError(path, "the PDF has no pages")
        if count > settings.max_pages:
            raise InputError(path, f"the PDF has {count} pages, more than the limit of {settings.max_pages}")
        read: list[PageLines] = []
        warnings: list[str] = []
        ruled_pages: dict[int, list[Found] | Exception] = {}  # the tables of pages drawn with rules
        unread: list[int] = []  # pages with content but no usable text
        empty = 0
        for index in range(count):
            lines, objects, found = _read_page(pdf, index, path, warnings)
            number = index + 1
            text = "\n".join(line.text for line in lines.lines)
            if shifted_cyrillic(text):
                for line in lines.lines:
                    line.text = read_back(line.text)
                text = "\n".join(line.text for line in lines.lines)
                warnings.append(f"page {number}: Cyrillic letters read back from a font that shifts their codes")
            if not text.strip():
                if objects:
                    warnings.append(f"page {number} has no text layer")
                    unread.append(index)
                else:
                    empty += 1
            elif unreadable(text):
                warnings.append(f"page {number}: text layer is unreadable (broken font encoding)")
                lines.lines = []
                unread.append(index)
            elif isinstance(found, Exception) or found:
                ruled_pages[index] = found
            read.append(lines)
        if empty == count:
            raise InputError(path, "the PDF has no content (its pages are empty)")
        scanned = _ocr(pdf, read, unread, settings, path, warnings)
        boxes: dict[int, list[Box]] = {}
        tables = read_tables({i: found for i, found in ruled_pages.items() if i + 1 not in scanned}, boxes, warnings)
    finally:
        pdf.close()
    layout = compose(read, boxes, TABLE_ANCHOR)
    tables = _in_page_order(tables, boxes, layout.tables)
    if layout.dropped:
        warnings.append(f"{layout.dropped} lines of running heads, footers and page numbers left out of the text")
    if layout.footnotes:
        pages_with = sorted({f.page for f in layout.footnotes if f.page})
        warnings.append(f"{len(layout.footnotes)} footnotes moved out of the text ({describe_pages(pages_with)})")
    pages = [scanned.get(number, text) for number, text in enumerate(layout.pages, 1)]
    return Document(path=path, data=data, format="pdf", pages=pages, page_count=count, tables=tables,
                    warnings=warnings, footnotes=layout.footnotes, title=layout.title, lead=layout.lead, margins=layout.margins,
                    ocr_pages=sorted(scanned))


def _ocr(pdf: Any, read: list[PageLines], unread: list[int], settings: Settings, path: str,
         warnings: list[str]) -> dict[int, str]:
    """The text OCR gives each page `settings.ocr` asks for, by page number; those pages' lines are
    left out of the layout."""
    if settings.ocr == "off":
        return {}
    wanted = unread if settings.ocr == "auto" else [i for i, page in enumerate(read) if page.lines or i in unread]
    if not wanted:
        return {}
    from .ocr import read_pages

    reading = read_pages(pdf, wanted, settings, path)
    warnings.extend(reading.warnings)
    for page in reading.pages:
        read[page.number - 1].lines = []
    return {page.number: page.text for page in reading.pages}


def _open(data: bytes, path: str) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise InputError(path, "the PDF is encrypted (a password is needed)") from exc
        raise InputError(path, f"not a readable PDF ({exc})") from exc


def _read_page(pdf: Any, index: int, path: str,
               warnings: list[str]) -> tuple[PageLines, int, list[Found] | Exception]:
    """The page's lines, its number of page objects, and the tables its rules draw (or the error that
    kept them from being read)."""
    try:
        page = pdf[index]
        width, height = page.get_size()  # get_mediabox() falls back to Letter when the box is inherited
        textpage = page.get_textpage()
        lines = read_lines(textpage, width, height, page.get_bbox())
        objects = 0
        paths = []
        for obj in page.get_objects(max_depth=3):
            objects += 1
            if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths.append(obj.get_bounds())
        found = _tables(page, textpage, path, index) if ruled(paths) else []
        textpage.close()
        page.close()
    except pdfium.PdfiumError as exc:
        log.warning("%s: page %d: %s", path, index + 1, exc)
        warnings.append(f"page {index + 1} could not be read ({exc})")
        return PageLines(0.0, 0.0, []), 0, []
    lines.rules = [(left, right, height - top) for left, bottom, right, top in paths
                   if right - left > 15 and top - bottom < 2]
    return lines, objects, found


def _tables(page: Any, textpage: Any, path: str, index: int) -> list[Found] | Exception:
    """The page's ruled tables (see `page_tables`), or the error that kept them from being read."""
    try:
        return page_tables(page, textpage)
    except Exception as exc:  # pdfium's paths and pdfplumber's finder fail in many ways on damaged files
        log.warning("%s: page %d: tables: %s", path, index + 1, exc)
        return exc


def ruled(paths: list[tuple[float, float, float, float]]) -> bool:
    """Whether path objects (left, bottom, right, top) could draw a table: crossing horizontal and
    vertical rules, several cell boxes, or many horizontal rules of one width (rules-only tables)."""
    across = down = boxes = 0
    widths: Counter[tuple[int, int]] = Counter()
    for left, bottom, right, top in paths:
        width, height = right - left, top - bottom
        if width > 15 and height < 3:
            across += 1
            widths[(round(left / 3), round(right / 3))] += 1
        elif height > 15 and width < 3:
            down += 1
        elif width > 15 and height > 8:
            boxes += 1
    aligned = max(widths.values(), default=0)
    return (across >= 2 and down >= 2) or boxes >= 4 or aligned >= 6


# a font whose map puts the Cyrillic alphabet 0x1D6 code points low, among Latin and phonetic letters
# («ɋɨɞɟɪɠɚɧɢɟ» for «Содержание»): a known fault of some word processors' PDF export
_SHIFT = 0x1D6
_SHIFTED = {code: code + _SHIFT for code in (*range(0x410 - _SHIFT, 0x450 - _SHIFT), 0x401 - _SHIFT, 0x451 - _SHIFT)}
_SHIFTED_LETTER = re.compile("[" + "".join(re.escape(chr(code)) for code in _SHIFTED) + "]")
_LETTER = re.compile(r"[^\W\d_]")


# its Latin companion puts small Latin letters 0x3B9 code points high, among the Cyrillic ones
# ("RanНom Earlв" for "Random Early"): read back in a word that mixes the two alphabets
_LATIN_SHIFT = 0x3B9
_MIXED = re.compile(r"(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[а-яА-ЯёЁ])[^\W\d_]+")


def _latin_back(word: re.Match[str]) -> str:
    back = "".join(chr(ord(ch) - _LATIN_SHIFT) if "\u0400" <= ch <= "\u04ff" else ch for ch in word.group(0))
    return back if back.isascii() and back.isalpha() else word.group(0)


def read_back(line: str) -> str:
    """A line of a page `shifted_cyrillic` found, its letters read back («ɋɨɞɟɪɠɚɧɢɟ» → «Содержание»)."""
    return _MIXED.sub(_latin_back, line.translate(_SHIFTED))


def shifted_cyrillic(text: str) -> bool:
    """Whether a page's letters are mostly Cyrillic shifted so (a phonetic text has a few such letters)."""
    shifted = len(_SHIFTED_LETTER.findall(text))
    return shifted >= 20 and shifted >= 0.3 * len(_LETTER.findall(text))


def unreadable(text: str) -> bool:
    """Whether a page's text is junk from a font with a broken ToUnicode map (cid codes, Latin gibberish,
    a Cyrillic text's codes read as Latin-1 letters)."""
    if not _junk(text):
        return False  # (most pages: no word of them is junk)
    words = _WORD.findall(text)
    return bool(words) and sum(map(_junk, words)) / len(words) > 0.25


def _junk(text: str) -> bool:
    """Whether a word (or a page, to know whether any of its words may be) holds what a broken map makes."""
    return "\ufffd" in text or any(p.search(text) for p in (_CID, _CONTROL, _LATIN_JUNK, _MOJIBAKE))


def _in_page_order(ruled: list[Table], boxes: dict[int, list[Box]],
                   unruled: list[tuple[int, float, Table]]) -> list[Table]:
    """Tables drawn with rules and tables set without them, in the order their anchors stand."""
    placed = [(index, box[1], table) for index, found in sorted(boxes.items()) for box, table in
              zip(found, [t for t in ruled if t.page == index + 1], strict=False)]
    placed += unruled
    return [table for _, _, table in sorted(placed, key=lambda x: (x[0], x[1]))]
