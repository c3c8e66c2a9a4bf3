"""Ruled tables on real PDF pages: the characters and rules read from pdfminer's layout are pdfplumber's own,
and the tables found from them are those of the page."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.ingest.pdfchars import page_chars
from pipeline.ingest.pdftables import drawing_of, page_tables

ROOT = Path(__file__).resolve().parent.parent
CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "size", "width", "height")


@pytest.mark.parametrize(
    ("pdf", "page"),
    [
        ("corpora/russia_belarus_customs.pdf", 2),  # a ruled table of figures
        ("tests/data/journal_real/en_peerj_vespa.pdf", 3),  # figures and listings in frames
    ],
)
def test_characters_and_rules_are_those_pdfplumber_gives(pdf: str, page: int) -> None:
    with pdfplumber.open(ROOT / pdf) as document:
        drawn = drawing_of(document.pages[page - 1])
    with pdfplumber.open(ROOT / pdf) as document:
        plumber = document.pages[page - 1]
        assert drawn.chars == [{k: c[k] for k in CHAR_KEYS} for c in plumber.chars]
        assert drawn.edges == plumber.edges
        assert drawn.bbox == plumber.bbox


def test_a_ruled_table_of_figures_is_read_with_its_cells(corpora: Path) -> None:
    with pdfplumber.open(corpora / "russia_belarus_customs.pdf") as document:
        [(box, rows)] = page_tables(document.pages[1])
    x0, top, x1, bottom = box
    assert 0 < x0 < x1 and 0 < top < bottom
    assert rows[0][:4] == ["Показатель", "2022 г.", "2023 г.", "2024 г."]
    assert ["Экспорт", "21,4", "22,6", "24,5", "114,5", "108,4"] in rows


def test_frames_of_one_column_are_no_tables() -> None:
    with pdfplumber.open(ROOT / "tests" / "data" / "journal_real" / "en_peerj_vespa.pdf") as document:
        page = document.pages[2]
        assert page.find_tables()  # pdfplumber finds the frames
        assert page_tables(page) == []


@pytest.mark.parametrize(
    ("pdf", "pages"),
    [
        ("corpora/russia_belarus_customs.pdf", range(5)),
        ("tests/data/journal_real/en_peerj_vespa.pdf", range(3)),
        ("tests/data/journal/pdf/ru_transit_navigation_seals.ru_two_column.pdf", [0, 2]),
    ],
)
def test_characters_are_those_pdfplumber_gives(pdf: str, pages: range | list[int]) -> None:
    document = pdfium.PdfDocument(ROOT / pdf)
    with pdfplumber.open(ROOT / pdf) as plumber:
        for index in pages:
            page = document[index]
            ours = [c for c in page_chars(page, page.get_textpage()) if c["text"].strip()]
            theirs = [c for c in plumber.pages[index].chars if c["text"].strip()]
            assert [c["text"] for c in ours] == [c["text"] for c in theirs], f"page {index + 1}"
            for mine, their in zip(ours, theirs, strict=True):
                assert mine["upright"] is their["upright"]
                for key in ("x0", "top", "bottom", "size"):  # doctop: each page is read alone
                    assert mine[key] == pytest.approx(their[key], abs=0.1), (index + 1, their["text"], key)
                # the advance is read from pdfium's loose box, which reaches over a glyph's ink where it
                # overhangs (and is only the ink of a hyphen at a line's end): the middle that sends a
                # character to its cell moves by less than a point
                middle, their_middle = (mine["x0"] + mine["x1"]) / 2, (their["x0"] + their["x1"]) / 2
                assert middle == pytest.approx(their_middle, abs=1.0), (index + 1, their["text"])
