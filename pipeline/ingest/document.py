"""What a loader hands over: the file's bytes, raw page texts, tables and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Footnote, Table

TABLE_ANCHOR = "\ufffc"  # stands on its own line in a page's text where a table was taken out


@dataclass
class Document:
    """A loaded file before cleaning: one raw text per page (TXT, DOCX, HTML and MD have one page)."""

    path: str
    data: bytes
    format: str
    pages: list[str]
    page_count: int | None = None
    tables: list[Table] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)  # moved out of the pages' text
    title: str | None = None  # what the layout shows as the title (the largest type on the first page)
    lead: str | None = None  # a paragraph the first page sets apart under the title, without a label
    margins: list[str] = field(default_factory=list)  # the running heads and footers of the first two pages
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR


def describe_pages(numbers: list[int]) -> str:
    """Page numbers in words: "page 3", "pages 1-4", "pages 1-2, 5"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
    return f"page {text}" if len(numbers) == 1 else f"pages {text}"
