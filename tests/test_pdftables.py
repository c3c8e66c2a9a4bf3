"""Ruled tables on real PDF pages: the characters and rules read from pdfminer's layout are pdfplumber's own,
and the tables found from them are those of the page."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

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
