"""The shortcuts the PDF path takes for speed give what the full reading gives: code points read in one
call a page, a line's letters joined run by run, control codes read only in lines that hold them, and the
tests of paragraphs that ask for a word, a sign or a first letter first (a rights line's words, an e-mail's
"@", the letters the marks of a work's description open with)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.ingest.lattice import bounds
from pipeline.ingest.pdfchars import _shown
from pipeline.ingest.pdflayout import Line, PageLines, _Char, _line, _paired, code_points
from pipeline.ingest.recode import recoded
from pipeline.ingest.sidebar import front_gaps
from pipeline.layout import references
from pipeline.layout.front import author_note, contact, kind_of
from pipeline.layout.references import bibliographic, is_entry
from pipeline.layout.support import support_statement

SAMPLE_PDF = Path(__file__).resolve().parent.parent / "corpora" / "eaeu_customs_cooperation.pdf"


def test_code_points_read_at_once_are_those_read_one_by_one() -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(SAMPLE_PDF)
    try:
        page = pdf[0]
        textpage = page.get_textpage()  # (held: the page and its text page live while their handle is read)
        handle = textpage.raw
        one_by_one = [(i, pdfium_c.FPDFText_GetUnicode(handle, i)) for i in range(pdfium_c.FPDFText_CountChars(handle))]
        assert one_by_one and list(code_points(handle)) == one_by_one
    finally:
        pdf.close()


def test_halves_of_a_pair_are_one_character_and_a_lone_second_half_is_unknown() -> None:
    codes = [0x41, 0xD83D, 0xDE00, 0xDC00, 0x42, 0xD800]
    assert list(_paired(codes)) == [(0, 0x41), (2, 0x1F600), (3, 0xFFFD), (4, 0x42)]


def _chars(pieces: list[tuple[str, str]]) -> list[_Char]:
    """Characters of a line from (text, kind) pieces: "up" raised and small, "space" after a space of the
    text layer, "drop" a drop cap, "gap" a gap of so many points, "" the line's own letters."""
    out, x = [], 100.0
    for text, kind in pieces:
        if kind == "gap":
            x += float(text)
            continue
        for k, letter in enumerate(text):
            if kind == "up":
                out.append(_Char(letter, x, x + 3.0, 706.0, 713.0, 7.0, 707.0, 400, False, 0.0))
                x += 3.0
            elif kind == "drop":
                out.append(_Char(letter, x, x + 20.0, 680.0, 715.0, 35.0, 682.0, 400, False, 0.0))
                x += 20.0
            else:
                out.append(_Char(letter, x, x + 5.5, 700.0, 711.9, 11.9, 702.0, 400, kind == "space" and k == 0, 0.0))
                x += 5.5
    return out


@pytest.mark.parametrize(
    ("pieces", "text", "marks", "lead", "spaces"),
    [
        ([("word", ""), ("1", "up"), (",", ""), ("next", "space")], "word, next", ["1"], None, [(130.5, 130.5)]),
        ([("trade", ""), ("12", "up"), ("growth", "space")], "trade growth", ["12"], None, [(127.5, 133.5)]),
        ([("3", "up"), ("Note", ""), ("text", "space")], "Note text", [], "3", [(125.0, 125.0)]),
        ([("area", ""), ("5", "gap"), ("м", ""), ("²", "up"), ("here", "space")], "area м here", ["2"], None,
         [(122.0, 127.0), (132.5, 135.5)]),
        ([("Customs", ""), ("3", "gap"), ("union", ""), ("0.3", "gap"), ("Treaty", "")], "Customs unionTreaty", [], None,
         [(138.5, 141.5)]),
        ([("G", "drop"), ("lobal", ""), ("trade", "space")], "Global trade", [], None, [(147.5, 147.5)]),
        ([("a", ""), ("1", "up"), ("b", "space"), ("*", "up"), (".", "")], "a b.", ["1", "*"], None, [(105.5, 108.5)]),
    ],
)
def test_a_lines_letters_joined_run_by_run_around_its_raised_marks(
        pieces: list[tuple[str, str]], text: str, marks: list[str], lead: str | None,
        spaces: list[tuple[float, float]]) -> None:
    line = _line(_chars(pieces), 842.0)
    assert line is not None
    assert (line.text, line.marks, line.lead, line.spaces) == (text, marks, lead, spaces)


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("plain line of text", "plain line of text"), ("Société Güçeri", "Société Güçeri"), ("tab\there", "tab\there"),
        ("E\x1dmail", "E-mail"), ("word\x1c", "word-"), ("сис\x13", "сис-"), ("ядерно\x13энергетических", "ядерно-энергетических"),
        ("WTO\x92’s", "WTO’s"), ("\x93quoted\x94", "“quoted”"), ("\uf0b7 item", "• item"), ("3\uf02d2", "3-2"),
        ("A\x1brmacion", "Armacion"), ("Health data \x01 Compliance", "Health data \x01 Compliance"),
        ("A B S T R A C T", "ABSTRACT"), ("А Н Н О Т А Ц И Я", "АННОТАЦИЯ"), ("ÏÓ‰ÂÎ¸ Ò ÏÓ‰ÂÎ¸˛", "модель с моделью"),
    ],
)
def test_control_codes_are_read_only_in_lines_that_hold_them(shown: str, read: str) -> None:
    assert recoded(shown) == read


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("© 2023 Elsevier Ltd. All rights reserved.", "rights"), ("Copyright held by the owner/author(s).", "rights"),
        ("This is an open access article under the Creative Commons Attribution license.", "rights"),
        ("No part may be reproduced without written permission of the publisher.", "rights"),
        ("Все права защищены", "rights"), ("2021 Smith", "rights"), ("c 2018 Springer Nature", "rights"),
        ("Trade grew fast. © 2019 The Authors. Published by Elsevier B.V.", "rights"),
        # prose a rights line ends, or that speaks of copyright, is no rights line
        ("We study trade. " * 20 + "© 2020 Published by Elsevier Ltd.", None),
        ("A short line about copyright law in Russia", None), ("Customs cooperation (c) 2019 Ivanov", None),
        ("Received 3 May 2020; accepted 1 June 2020", "received"), ("References", "references"),
        ("12.00.03 – Гражданское право", "catalogue"),
    ],
)
def test_a_rights_line_is_sought_by_its_words_first(paragraph: str, kind: str | None) -> None:
    kind_of.cache_clear()
    assert kind_of(paragraph) == kind


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("— канд. техн. наук, доцент кафедры", True), ("Ivan Petrov, PhD, E-mail: ivan@mail.ru", True),
        ("— доктор экон. наук; E-mail: petrov@mail.ru", True),
        ("Ivanov I.I., канд. экон. наук, E-mail: a@b.ru Petrov P.P., д-р экон. наук, E-mail: c@d.ru " * 3, True),
        ("Professor of Economics at the University", False), ("", False), ("A long note " * 40, False),
        ("Petrov — professor@ and more", False),
    ],
)
def test_a_note_on_an_author_without_an_email_needs_its_dash_and_post(paragraph: str, expected: bool) -> None:
    author_note.cache_clear()
    assert author_note(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Address: Moscow, 101000, ul. Myasnitskaya, 20. E-mail: a@b.ru", True),
        ("Адрес: Москва, ул. Мира, 32. E-mail: x@y.ru", True),
        ("Institute of Economics, 6 Gagarinskaya Street, Saint Petersburg 191187, Russian Federation", True),
        ("Correspondence: the author thanks everybody a lot for this", False), ("We write to a@b.ru about trade", False),
    ],
)
def test_a_labelled_address_is_sought_by_its_colon_and_email_first(paragraph: str, expected: bool) -> None:
    contact.cache_clear()
    assert contact(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("This work was supported by the Russian Science Foundation, grant № 22-28-00456.", True),
        ("Работа выполнена при поддержке РНФ, грант № 22-28-00456.", True),
        ("A.D. is supported by grant ANR-11-LABX-0005-01 and thanks colleagues.", True),
        ("* This publication was made possible by a grant from the Foundation.", True),
        ("Trade grew by 5% in 2019.", False),
    ],
)
def test_a_note_of_support_is_sought_by_the_article_speaking_of_itself_first(paragraph: str, expected: bool) -> None:
    support_statement.cache_clear()
    assert support_statement(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Smith, J. A. (2019). Trade. Journal, 3(2), 1-10.", True), ("OECD, 2018. Trade Policy.", True),
        ("x" * 1300 + " 2019", False), ("Trade grew in 2019 a lot.", False),
    ],
)
def test_a_long_paragraph_is_no_entry_before_its_marks_are_sought(paragraph: str, expected: bool) -> None:
    is_entry.cache_clear()
    assert is_entry(paragraph) is expected


@pytest.mark.parametrize("shown", [(1, 0, 0, -1, 0, 842), (0, -1, -1, 0, 842, 595), (-1, 0, 0, 1, 595, 0),
                                   (0, 1, 1, 0, 0, 0)])
def test_a_characters_box_in_the_frame_is_that_of_its_two_corners(shown: tuple[float, ...]) -> None:
    for box in [(10.0, 700.0, 15.5, 712.0), (300.25, 20.5, 299.75, 31.0)]:
        assert _shown(shown, box) == bounds(shown, [box[:2], box[2:]])


def _at(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> Line:
    return Line(text, x0, x1, top, top + size, size)


def test_the_lowest_bottom_above_a_gap_kept_as_the_lines_are_read() -> None:
    lines = [_at("Head", 50, 500, 60, 20), _at("a", 50, 300, 500), _at("b", 50, 300, 512), _at("c", 50, 300, 600),
             _at("Across the page", 40, 560, 640)]
    assert front_gaps(lines, PageLines(600, 800, lines), 10.0) == [625.0]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ivanov I.I. Customs // Vestnik. 2012. – № 2. – С. 79–85.", True),
        ("Smith J. (2019). Trade. Journal of Trade, 3(2), pp. 1–10. doi: 10.1000/xyz", True),
        ("World Bank. Working Paper No. 5. Available at: http://wb.org/x (accessed 1 May 2020)", True),
        ("Петров П. Таможня. М.: Наука, 2015. 200 с. URL: http://x.ru (дата обращения: 01.02.2020)", True),
        ("In: Brown A. (Eds.) Trade, University Press, Vol. 3, Ch. 2", True),
        ("Trade grew in 2019 by 5% (see Table 1), as the customs union expected.", False),
    ],
)
def test_the_marks_of_a_works_description_are_those_found_without_their_first_letters_asked(
        paragraph: str, expected: bool) -> None:
    for fast in (references._SURE_MARKS, references._WORK_MARKS, references._ENTRY_LIKE):
        whole = re.compile(fast.pattern[fast.pattern.index("])") + 2:])  # the marks without the letters they open with
        assert fast.findall(paragraph) == whole.findall(paragraph)
    bibliographic.cache_clear()
    assert bibliographic(paragraph) is expected
