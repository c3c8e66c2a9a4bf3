"""Characters kept as pdfminer draws them: the values pdfplumber's `page.chars` gives, on every page of real
PDFs (one and two columns, Cyrillic and Latin, figures drawn as forms), and the layout keeps the rules."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfminer.layout import LTChar, LTCurve

from pipeline.ingest.minerpage import lay_out

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "size", "width", "height")


@pytest.mark.parametrize(
    "pdf",
    [
        "tests/data/journal_real/en_peerj_vespa.pdf",
        "tests/data/journal/pdf/ru_transit_navigation_seals.ru_two_column.pdf",
        "corpora/russia_belarus_customs.pdf",
    ],
)
def test_characters_are_those_pdfplumber_gives(pdf: str) -> None:
    with pdfplumber.open(ROOT / pdf) as document:
        ours = [lay_out(page)[1] for page in document.pages]
    with pdfplumber.open(ROOT / pdf) as document:
        for index, page in enumerate(document.pages):
            assert ours[index] == [{k: c[k] for k in KEYS} for c in page.chars], f"page {index + 1}"


def test_the_layout_keeps_the_rules_and_leaves_the_characters_out(corpora: Path) -> None:
    with pdfplumber.open(corpora / "russia_belarus_customs.pdf") as document:
        layout, chars = lay_out(document.pages[1])
    assert chars and not any(isinstance(obj, LTChar) for obj in layout)
    assert sum(isinstance(obj, LTCurve) for obj in layout) >= 4
