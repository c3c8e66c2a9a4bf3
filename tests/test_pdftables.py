"""Ruled tables on real PDF pages, read on pdfium alone: the characters are those pdfplumber gives, and
the tables found from pdfium's rules and characters are those pdfplumber reads from its own layout of
the page (pdfminer's), on pages as they are and on pages turned a quarter or moved in their media box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest

import pipeline.ingest.pdf as pdf_module
from pipeline.ingest import load
from pipeline.ingest.pdfchars import page_chars
from pipeline.ingest.pdftables import Found, _cell, page_tables, prose
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _plumber_tables(page: Any) -> list[Found]:
    """The tables of a pdfplumber page as pdfplumber reads them (its finder, its cells' characters),
    kept as `page_tables` keeps them, with their boxes from the page's top left."""
    x, y = page.bbox[:2]
    found = []
    for table in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
        rows = [[_cell(c) for c in row] for row in table.extract(x_tolerance=1.5)]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2 or prose(rows):
            continue
        x0, top, x1, bottom = table.bbox
        found.append(((x0 - x, top - y, x1 - x, bottom - y), rows))
    return found


def _pdfium_tables(pdf: Path, index: int) -> list[Found]:
    page = pdfium.PdfDocument(pdf)[index]
    return page_tables(page, page.get_textpage())


def _same(ours: list[Found], theirs: list[Found]) -> None:
    assert [rows for _box, rows in ours] == [rows for _box, rows in theirs]
    for (box, _rows), (their_box, _their_rows) in zip(ours, theirs, strict=True):
        assert box == pytest.approx(their_box, abs=0.01)


@pytest.mark.parametrize(
    ("folder", "name", "page"),
    [
        ("corpora", "russia_belarus_customs.pdf", 2),  # a ruled table of figures, Cyrillic
        ("shared_pdf", "ru_gdp_report_6_tables_3p.pdf", 1),  # three tables on a page
        ("shared_pdf", "ru_gdp_report_6_tables_3p.pdf", 2),
        ("shared_pdf", "table_nics_ruled_1p.pdf", 1),  # 25 columns of small figures
        ("shared_pdf", "ru_thesis_investment_attractiveness_55p.pdf", 52),
        ("shared_pdf", "en_tracemonkey_2col_14p.pdf", 7),  # a LaTeX table
    ],
)
def test_tables_are_those_pdfplumber_reads(request: pytest.FixtureRequest, folder: str, name: str,
                                           page: int) -> None:
    pdf = request.getfixturevalue(folder) / name
    with pdfplumber.open(pdf) as document:
        theirs = _plumber_tables(document.pages[page - 1])
    ours = _pdfium_tables(pdf, page - 1)
    assert ours
    _same(ours, theirs)


@pytest.mark.parametrize(
    ("rotation", "moved"),
    [(90, False), (180, False), (270, False), (0, True), (90, True)],
)
def test_a_page_turned_or_moved_in_its_media_box_gives_the_same_tables(corpora: Path, tmp_path: Path,
                                                                       rotation: int, moved: bool) -> None:
    document = pdfium.PdfDocument(corpora / "russia_belarus_customs.pdf")
    page = document[1]
    page.set_rotation(rotation)
    if moved:  # the media box reaches past the page's content on every side, its corner off the origin
        width, height = page.get_size()
        page.set_mediabox(-40, -30, width + 20, height + 50)
    pdf = tmp_path / "turned.pdf"
    document.save(pdf)
    with pdfplumber.open(pdf) as plumber:
        theirs = _plumber_tables(plumber.pages[1])
    ours = _pdfium_tables(pdf, 1)
    assert len(ours) == 1
    _same(ours, theirs)


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


def test_a_ruled_table_of_figures_is_read_with_its_cells(corpora: Path) -> None:
    [(box, rows)] = _pdfium_tables(corpora / "russia_belarus_customs.pdf", 1)
    x0, top, x1, bottom = box
    assert 0 < x0 < x1 and 0 < top < bottom
    assert rows[0][:4] == ["Показатель", "2022 г.", "2023 г.", "2024 г."]
    assert ["Экспорт", "21,4", "22,6", "24,5", "114,5", "108,4"] in rows


def test_frames_of_one_column_are_no_tables() -> None:
    pdf = ROOT / "tests" / "data" / "journal_real" / "en_peerj_vespa.pdf"
    with pdfplumber.open(pdf) as document:
        assert document.pages[2].find_tables()  # pdfplumber finds the frames
    assert _pdfium_tables(pdf, 2) == []


def test_a_page_whose_tables_cannot_be_read_is_read_on_with_a_warning(
        corpora: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(page: Any, textpage: Any) -> list[Found]:
        raise ValueError("damaged")

    monkeypatch.setattr(pdf_module, "page_tables", broken)
    document = load(corpora / "russia_belarus_customs.pdf", Settings())
    assert "page 2: tables could not be read (ValueError)" in document.warnings
    assert len(document.pages) == document.page_count == 5
    assert not any(table.header[:1] == ["Показатель"] for table in document.tables)  # the ruled one is not read


_PROSE_LINES = {
    "en": ["There are two types of U.S. sanctions: country-", "specific and activity-based sanctions. Sanctions fall",
           "into two categories, comprehensive and selective, by", "the activities of U.S. persons they restrict. Entity-",
           "based sanctions restrict the dealings of individu-", "als who engage in the activity the sanctions name.",
           "They are also known as list-based sanctions, drawn", "up on lists of Specially Designated Nationals."],
    "ru": ["Различают два вида санкций США: страновые и от-", "раслевые санкции. Санкции делятся на две группы,",
           "всеобъемлющие и избирательные, по деятельности", "лиц, которую они ограничивают. Санкции против лиц",
           "ограничивают сделки с теми, кто ведет деятель-", "ность, названную в санкциях. Их называют также",
           "списочными санкциями, поскольку они основаны на", "списках особо обозначенных граждан и компаний."],
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_lines_of_prose_a_grid_splits_into_cells_are_no_table(language: str) -> None:
    """A page of prose between a header's rules and a note's rule, its words set apart so that the grid the
    rules suggest splits some lines into cells: a printed line a row, going on in small letters."""
    lines = _PROSE_LINES[language]
    rows = [[line, "", ""] if k % 3 else [line[:20], "", line[20:]] for k, line in enumerate(lines)]
    assert prose(rows)


@pytest.mark.parametrize("rows", [
    [["Показатель", "2022 г.", "2023 г."], ["Экспорт", "21,4", "22,6"], ["Импорт", "18,2", "19,0"],
     ["повышение эффективности таможенного\nконтроля", "да", "да"], ["сокращение сроков выпуска\nтоваров", "нет", "да"],
     ["Сальдо", "3,2", "3,6"]],
    [["Measure", "2022", "2023"], ["number of declarations lodged\nelectronically", "1.2", "1.4"],
     ["share of goods released within\nfour hours", "0.61", "0.74"], ["Exports", "21.4", "22.6"],
     ["Imports", "18.2", "19.0"], ["Balance", "3.2", "3.6"]],
])
def test_a_table_whose_row_labels_open_in_small_letters_is_a_table(rows: list[list[str]]) -> None:
    assert not prose(rows)
