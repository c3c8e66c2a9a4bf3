"""Render each corpora/*.txt into a multi-page PDF with a running header, page numbers and real tables.

The text keeps its line breaks, so the PDF path of the pipeline has to mend them again, drop the
header and the page numbers, and find a table («Таблица 1 ...» followed by rows of numbers) drawn
with ruling lines. Usage: python scripts/make_pdfs.py [corpora folder]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fpdf import FPDF

from pipeline.ingest.tables import line_cells

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HEADER = "Таможенное сотрудничество: сборник статей"
_CAPTION = re.compile(r"\s*(?:Таблица|Table)\s+\d+")
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("body", size=8)
        self.cell(0, 6, HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("body", size=9)
        self.cell(0, 10, str(self.page_no()), align="C")


def _is_row(line: str) -> bool:
    cells = line_cells(line)
    return len(cells) >= 3 and all(_NUMBER.fullmatch(c) for c in cells[1:])


def _table(pdf: FPDF, lines: list[str]) -> None:
    """Draw header lines and data rows as one ruled table; a short header line spans the last columns."""
    heads = [line_cells(x) for x in lines if not _is_row(x)]
    rows = [line_cells(x) for x in lines if _is_row(x)]
    width = max(len(r) for r in rows)
    pdf.set_font("body", size=9)
    with pdf.table(first_row_as_headings=False, line_height=6) as table:
        for index, head in enumerate(heads):
            row = table.row()
            if index > 0 or not head:
                for _ in range(width - len(head)):
                    row.cell("")
                for cell in head:
                    row.cell(cell)
                continue
            for cell in head[:-1]:
                row.cell(cell)
            row.cell(head[-1], colspan=width - len(head) + 1)
        for cells in rows:
            row = table.row()
            for cell in cells + [""] * (width - len(cells)):
                row.cell(cell)
    pdf.set_font("body", size=10)
    pdf.ln(3)


def render(source: Path, target: Path) -> int:
    """Write `target` from the text of `source`; returns its number of pages."""
    pdf = _Pdf(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("body", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("body", size=10)
    # the font has no tab glyph: tab-separated columns are set with spaces
    lines = [x.rstrip().expandtabs(4) for x in source.read_text("utf-8").splitlines() if x != ""]
    i = 0
    while i < len(lines):
        line = lines[i]
        if _CAPTION.match(line):
            pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
            block: list[str] = []
            i += 1
            while i < len(lines) and lines[i].strip() and (_is_row(lines[i]) or not block or
                                                           not any(_is_row(x) for x in block)):
                block.append(" ".join(lines[i].split()))
                i += 1
            if any(_is_row(x) for x in block):
                _table(pdf, block)
            else:
                for x in block:
                    pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
            continue
        if line.strip():
            pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
        i += 1
    pdf.output(str(target))
    return pdf.page_no()


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "corpora"
    if not FONT.is_file():
        print(f"error: the font {FONT} is missing; install fonts-dejavu-core (it has Cyrillic glyphs)",
              file=sys.stderr)
        return 1
    for source in sorted(folder.glob("*.txt")):
        target = source.with_suffix(".pdf")
        pages = render(source, target)
        print(f"{target} ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
