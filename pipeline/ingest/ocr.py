"""OCR of PDF pages with Tesseract (through pytesseract): pages with no text layer, or one that is junk.

Each page is rendered with pypdfium2 at a scan's resolution, cleaned (`scan.prepare`) and read in the
settings' languages with Tesseract's automatic page segmentation, which keeps the reading order of
columns. pytesseract's tables and errors become `PageText` records and warnings here and go no further.
"""

from __future__ import annotations

import logging
import math
import os
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pypdfium2 as pdfium
import pytesseract
from PIL import Image

from ..settings import Settings
from .document import describe_pages
from .scan import prepare

log = logging.getLogger(__name__)

OCR_SHARE = 0.8  # of the file's time limit OCR may take: the stages after loading need the rest
DEBIAN_PACKAGE = "tesseract-ocr"
_RULES = frozenset("|¦_")  # ruling lines and frame edges that Tesseract reads as "words"
# words Tesseract is this unsure of (of 100) are nearly always specks, stamps and signatures read as
# letters; the words of the page's print score far above it, even on grainy scans
JUNK = 30.0
LINE_MARGIN = 30.0  # a line whose words score this much below the page's mean is not print
PARAGRAPH_GAP = 0.8  # of a line's height: white space between two lines that makes a paragraph break
MAX_PIXELS = 35_000_000  # a page larger than A2 at the settings' resolution is rendered at a lower one


@dataclass
class PageText:
    """What Tesseract read on one page: its text, and the mean confidence (0..100) of its words."""

    number: int
    text: str
    confidence: float | None  # None when no word was found
    words: int = 0


@dataclass
class Reading:
    """The pages read by OCR, and what the reader should know about the others."""

    pages: list[PageText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_pages(pdf: Any, indices: list[int], settings: Settings, path: str) -> Reading:
    """The pages at `indices` (0-based) of an open pypdfium2 document, read by Tesseract within the
    file's share of the time limit; the warnings name the pages read and their mean confidence, or
    why pages could not be read and what to install."""
    reading = Reading()
    numbers = [i + 1 for i in indices]
    languages, problem = usable_languages(settings.tesseract, settings.ocr_languages)
    if problem:
        unread = describe_pages(numbers)
        reading.warnings.append(problem if languages else f"{unread} not read by OCR: {problem}")
    if not languages:
        return reading
    _one_thread()
    deadline = time.monotonic() + OCR_SHARE * settings.timeout_s
    for index in indices:
        number, left = index + 1, deadline - time.monotonic()
        if left <= 0:
            unread = describe_pages([n for n in numbers if n >= number])
            reading.warnings.append(f"{unread} not read by OCR: the time limit of {settings.timeout_s:g} s "
                                    "was reached (raise it with --timeout)")
            break
        limit = min(left, settings.ocr_page_timeout_s)
        try:
            image, dpi = render(pdf, index, settings.ocr_dpi)
            reading.pages.append(_read_image(image, dpi, number, "+".join(languages), settings.tesseract, limit))
        except pdfium.PdfiumError as exc:
            reading.warnings.append(f"page {number} could not be rendered for OCR ({exc})")
        except pytesseract.TesseractError as exc:
            log.warning("%s: page %d: Tesseract: %s", path, number, exc.message)
            reading.warnings.append(f"page {number} could not be read by OCR (Tesseract: {exc.message})")
        except RuntimeError as exc:
            if "timeout" not in str(exc):
                raise
            # pytesseract's own time-out: it has ended the Tesseract process
            reading.warnings.append(f"page {number} not read by OCR: Tesseract took more than {limit:.0f} s")
    reading.warnings.extend(_summary(reading.pages))
    return reading


def render(pdf: Any, index: int, dpi: int) -> tuple[Image.Image, int]:
    """The page at `index` as a greyscale image at `dpi` dots per inch (less for a page larger than
    `MAX_PIXELS` at that resolution), and the resolution it was rendered at."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        dpi = min(dpi, int(72 * math.sqrt(MAX_PIXELS / max(1.0, width * height))))
        return page.render(scale=dpi / 72, grayscale=True).to_pil(), dpi
    finally:
        page.close()


def _read_image(image: Image.Image, dpi: int, number: int, languages: str, binary: str, timeout: float) -> PageText:
    """One page image read by Tesseract, a line of text for each line of print, in Tesseract's reading order.

    Raises `pytesseract.TesseractError` when Tesseract fails on the image and `RuntimeError` when it
    takes longer than `timeout` seconds.
    """
    _use(binary)
    data = pytesseract.image_to_data(prepare(image), lang=languages, config=f"--dpi {dpi}",
                                     timeout=max(1, round(timeout)), output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], _Line] = {}
    for block, paragraph, row, word, confidence, top, height in zip(
            data["block_num"], data["par_num"], data["line_num"], data["text"], data["conf"], data["top"],
            data["height"], strict=True):
        word = str(word).strip()
        if not word or set(word) <= _RULES or 0 <= float(confidence) < JUNK:
            continue
        line = lines.setdefault((block, paragraph, row), _Line([], [], top, top + height))
        line.words.append(word)
        line.confidences.append(max(0.0, float(confidence)))
        line.top, line.bottom = min(line.top, top), max(line.bottom, top + height)
    kept = _print(list(lines.values()))
    confidences = [c for line in kept for c in line.confidences]
    mean = sum(confidences) / len(confidences) if confidences else None
    return PageText(number, _text(kept), mean, len(confidences))


@dataclass
class _Line:
    words: list[str]
    confidences: list[float]
    top: int
    bottom: int

    @property
    def confidence(self) -> float:
        return sum(self.confidences) / len(self.confidences)


def _print(lines: list[_Line]) -> list[_Line]:
    """The lines of the page's print: without the lines Tesseract is far less sure of than of the page
    as a whole, which are stamps, signatures and handwriting read as letters."""
    words = [c for line in lines for c in line.confidences]
    if not words:
        return []
    floor = sum(words) / len(words) - LINE_MARGIN
    return [line for line in lines if line.confidence >= floor]


def _text(lines: list[_Line]) -> str:
    """The lines of a page, a blank line where the print leaves a gap of a line or more between two.

    Tesseract's own paragraphs are not used: it often makes a paragraph's short last line one of its
    own. A column's first line sits above the last of the column before, so a paragraph running on into
    the next column is not cut: the repair stage joins it as it joins the lines of a text layer.
    """
    if not lines:
        return ""
    heights = sorted(line.bottom - line.top for line in lines)
    gap = PARAGRAPH_GAP * heights[len(heights) // 2]
    out = [" ".join(lines[0].words)]
    for before, line in zip(lines, lines[1:], strict=False):
        if line.top - before.bottom > gap:
            out.append("")
        out.append(" ".join(line.words))
    return "\n".join(out)


@cache
def tesseract_languages(binary: str) -> frozenset[str] | None:
    """The languages Tesseract at `binary` has data for; None when it cannot be run."""
    _use(binary)
    try:
        pytesseract.get_tesseract_version()
        return frozenset(pytesseract.get_languages())
    except (pytesseract.TesseractNotFoundError, OSError, SystemExit):  # SystemExit: a version it cannot parse
        return None


def usable_languages(binary: str, wanted: tuple[str, ...]) -> tuple[list[str], str | None]:
    """The languages of `wanted` Tesseract can read, and what to install for the others (None when
    nothing is missing). Without the first language, the main one of the articles, none are usable."""
    installed = tesseract_languages(binary)
    if installed is None:
        where = "is not installed" if binary == Settings.tesseract else f"was not found at {binary}"
        packages = " ".join([DEBIAN_PACKAGE, *(_package(code) for code in wanted)])
        return [], f"Tesseract {where} (install the Debian packages {packages})"
    missing = [code for code in wanted if code not in installed]
    if not missing:
        return list(wanted), None
    plural = "s" if len(missing) > 1 else ""
    advice = (f"Tesseract has no data for {', '.join(missing)} (install the Debian package{plural} "
              f"{' '.join(_package(code) for code in missing)})")
    if wanted[0] in missing:
        return [], advice
    present = [code for code in wanted if code in installed]
    return present, f"{advice}: pages read by OCR in {'+'.join(present)} only"


def _summary(read: list[PageText]) -> list[str]:
    """Warnings naming the pages read by OCR with their mean confidence, and those where it found no text."""
    out = []
    found = [p for p in read if p.confidence is not None]
    if found:
        mean = sum((p.confidence or 0.0) * p.words for p in found) / sum(p.words for p in found)
        out.append(f"{describe_pages([p.number for p in found])} read by OCR, mean confidence {mean:.0f}%")
    blank = [p.number for p in read if p.confidence is None]
    if blank:
        out.append(f"{describe_pages(blank)} read by OCR: no text found")
    return out


def _package(code: str) -> str:
    """The Debian package holding Tesseract's data for a language: rus -> tesseract-ocr-rus."""
    return f"{DEBIAN_PACKAGE}-{code.lower().replace('_', '-')}"


def _use(binary: str) -> None:
    # pytesseract names its binary in a module variable, not in each call
    pytesseract.pytesseract.tesseract_cmd = binary


def _one_thread() -> None:
    # Tesseract's OpenMP threads spin against each other and against the other workers: on a shared
    # machine one thread reads a page several times faster than all cores do. A limit set by the user stays.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
