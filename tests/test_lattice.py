"""The grid of a page's rules read from pdfium: it holds a table where pdfplumber's finder, reading the
same page through pdfminer, finds one of two rows and two columns with text in it, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.ingest.lattice import holds_table, page_edges

ROOT = Path(__file__).resolve().parent.parent


def _plumber_grid(page: pdfplumber.page.Page) -> bool:
    return any(len(t.rows) >= 2 and len(t.rows[0].cells) >= 2 for t in page.find_tables())


@pytest.mark.parametrize(
    "pdf",
    [
        "corpora/russia_belarus_customs.pdf",  # a ruled table of figures
        "corpora/eaeu_customs_cooperation.pdf",
        "tests/data/journal_real/en_peerj_vespa.pdf",  # frames around figures and listings, one column each
        "tests/data/journal/pdf/ru_risk_management_aeo.ru_boxed_abstract.pdf",  # an abstract in a frame
    ],
)
def test_a_grid_is_found_on_the_pages_pdfplumber_finds_one(pdf: str) -> None:
    document = pdfium.PdfDocument(ROOT / pdf)
    with pdfplumber.open(ROOT / pdf) as plumber:
        for index, page in enumerate(plumber.pages):
            assert holds_table(document[index]) is _plumber_grid(page), f"page {index + 1}"


def test_rules_are_horizontal_or_vertical_edges() -> None:
    document = pdfium.PdfDocument(ROOT / "corpora" / "russia_belarus_customs.pdf")
    edges = page_edges(document[1])
    assert {e["orientation"] for e in edges} == {"h", "v"}
    for edge in edges:
        assert edge["x0"] <= edge["x1"] and edge["top"] <= edge["bottom"]
        assert edge["width"] == 0 if edge["orientation"] == "v" else edge["height"] == 0


def test_a_page_of_text_has_no_grid() -> None:
    document = pdfium.PdfDocument(ROOT / "tests" / "data" / "journal_real" / "en_peerj_vespa.pdf")
    assert holds_table(document[0]) is False
    assert holds_table(document[2]) is False  # frames of one column each: pdfplumber finds them, none is kept


def test_a_charts_grid_with_its_labels_outside_holds_no_table(shared_pdf: Path) -> None:
    pdf = shared_pdf / "en_tracemonkey_2col_14p.pdf"
    with pdfplumber.open(pdf) as plumber:
        assert _plumber_grid(plumber.pages[9])  # pdfplumber finds the bars' grid, every cell of it empty
    assert holds_table(pdfium.PdfDocument(pdf)[9]) is False
    assert holds_table(pdfium.PdfDocument(pdf)[6]) is True  # a table of the same paper
