"""Loading files: real PDFs (good, tabular and hostile), text encodings, DOCX, HTML, MD, limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import TABLE_ANCHOR, Document, load, load_string
from pipeline.ingest.pdf import read_back, ruled, shifted_cyrillic, unreadable
from pipeline.settings import Settings

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("name", "pages", "needle"),
    [
        ("ru_gov_decree_842_37p.pdf", 37, "ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ"),
        ("ru_thesis_investment_attractiveness_55p.pdf", 55, "РОССИЙСКАЯ АКАДЕМИЯ НАРОДНОГО ХОЗЯЙСТВА"),
        ("en_dpr_arxiv_2col_13p.pdf", 13, "Dense Passage Retrieval"),
        ("hostile_corrupt_flate_stream.pdf", 1, "Beautiful is better than ugly"),
        ("hostile_pdfminer_crash_bad_colorspace.pdf", 1, "Environmental Report"),
    ],
)
def test_pdf_text_per_page(shared_pdf: Path, name: str, pages: int, needle: str) -> None:
    document = load(shared_pdf / name, SETTINGS)
    assert document.format == "pdf"
    assert document.page_count == pages == len(document.pages)
    assert needle in document.pages[0]
    assert document.data == (shared_pdf / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("hostile_encrypted_password_test.pdf", "encrypted"),
        ("hostile_zero_pages.pdf", "no content"),
    ],
)
def test_hostile_pdf_gives_input_error(shared_pdf: Path, name: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load(shared_pdf / name, SETTINGS)
    assert name in str(caught.value) and message in str(caught.value)


def test_scanned_pdf_warns_each_page_without_text_layer(shared_pdf: Path) -> None:
    document = load(shared_pdf / "hostile_scanned_ru_image_only_4p.pdf", Settings(ocr="off"))
    assert document.warnings == [f"page {n} has no text layer" for n in range(1, 5)]
    assert not "".join(document.pages).strip()


def test_broken_tounicode_pages_are_left_out_with_a_warning(shared_pdf: Path) -> None:
    document = load(shared_pdf / "hostile_ru_broken_tounicode.pdf", Settings(ocr="off"))
    assert document.warnings == [
        "page 1: text layer is unreadable (broken font encoding)",
        "page 2: text layer is unreadable (broken font encoding)",
    ]
    assert document.pages == ["", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M]heh\\guc dh^_dk Jhkkbckdhc N_^_jZpbb hl\x14\x16bxgy IjbgylZ =hkm^Zjkl\\_gghc >mfhc", True),
        ("(cid:3)(cid:45)(cid:12) (cid:7)(cid:8) (cid:9)", True),
        ("Уголовный кодекс Российской Федерации от 13 июня 1996 года N 63-ФЗ", False),
        ("Dense Passage Retrieval for Open-Domain Question Answering (DPR), see arXiv:2004.04906", False),
        ("x ≈ sin x при x → 0; (x1 + x2)^2 = x1^2 + 2x1x2 + x2^2", False),
        # a Cyrillic text's codes read as Latin-1 letters, alone or among a font's own codes (a student's PDF)
        ("ЕМСЯþ КИТТФО ðИЗФШЮ ÿâëÿåòñÿ ФНТИРФУСМТПМ Ц РИЩМКðîé Âû÷èñëèòåëüíîé сМЫТПРП П ðИНЗФð", True),
        # UTF-8 read as Latin-1 in English
        ("The cafÃ© served coffee and the manager said itâ€™s fine. Weâ€™re done here, itâ€™s all.", True),
        # letters of the Latin-1 range in the words of other languages are text
        ("Les données ont été recueillies à Genève et à Zürich; Übergrößenträger, niño, São Paulo, Ålesund.", False),
    ],
)
def test_unreadable_text_layer(text: str, expected: bool) -> None:
    assert unreadable(text) is expected


@pytest.mark.parametrize(
    ("name", "tables", "pages"),
    [
        ("ru_gdp_report_6_tables_3p.pdf", 6, {1, 2}),
        ("table_nics_ruled_1p.pdf", 1, {1}),
        ("ru_gov_decree_842_37p.pdf", 0, set()),
    ],
)
def test_pdf_tables_with_their_pages(shared_pdf: Path, name: str, tables: int, pages: set[int]) -> None:
    document = load(shared_pdf / name, SETTINGS)
    assert len(document.tables) == tables
    assert {t.page for t in document.tables} == pages
    for table in document.tables:
        assert table.header and table.rows and table.caption is None
    assert sum(p.count(TABLE_ANCHOR) for p in document.pages) == tables


def test_ruled_table_cells(shared_pdf: Path) -> None:
    table = load(shared_pdf / "table_nics_ruled_1p.pdf", SETTINGS).tables[0]
    assert len(table.header) == 25
    assert table.header[0].startswith("NICS Firearm Background Checks")
    assert any(row[0].startswith("Alabama") for row in table.rows)


def test_sample_pdf_has_its_table_out_of_the_text(corpora: Path) -> None:
    document = load(corpora / "russia_belarus_customs.pdf", SETTINGS)
    assert document.page_count and document.page_count >= 3
    [table] = document.tables
    assert table.header[:4] == ["Показатель", "2022 г.", "2023 г.", "2024 г."]
    assert ["Экспорт", "21,4", "22,6", "24,5", "114,5", "108,4"] in table.rows
    page = document.pages[table.page - 1]
    assert TABLE_ANCHOR in page and "Товарооборот 43,4" not in page


def test_page_limit_and_size_limit(shared_pdf: Path) -> None:
    with pytest.raises(InputError, match="37 pages, more than the limit of 10"):
        load(shared_pdf / "ru_gov_decree_842_37p.pdf", Settings(max_pages=10))
    with pytest.raises(InputError, match="more than the limit of 0.1 MB"):
        load(shared_pdf / "ru_thesis_investment_attractiveness_55p.pdf", Settings(max_file_mb=0.1))


RU = "Евразийский экономический союз — «ЕАЭС».\nТаможенное сотрудничество развивается."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (RU.encode("utf-8"), RU),
        (b"\xef\xbb\xbf" + RU.encode("utf-8"), RU),
        (RU.encode("utf-16"), RU),
        (RU.encode("utf-16-le"), RU),
        (RU.encode("utf-16-be"), RU),
        (RU.encode("cp1251"), RU),
        (b"The World Customs Organization", "The World Customs Organization"),
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    document = load(path, SETTINGS)
    assert document.pages == [expected]
    assert document.format == "txt" and document.page_count is None


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_binary_bytes_are_not_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"image{suffix}"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError, match="not a text file"):
        load(path, SETTINGS)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.rtf", b"{\\rtf1 hello}", "unsupported file type '.rtf'"),
        ("a.txt", b"", "empty"),
        ("a.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("a.docx", b"PK\x03\x04 broken zip", "not a readable DOCX"),
    ],
)
def test_bad_files_give_input_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load(path, SETTINGS)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        load(tmp_path / "absent.txt", SETTINGS)


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading("Таможенное сотрудничество России и Беларуси", level=1)
    word.add_paragraph("Объём взаимной торговли в 2024 году составил 57,6 млрд. долларов.")
    grid = word.add_table(rows=2, cols=3)
    for i, value in enumerate(["Показатель", "2023 г.", "2024 г."]):
        grid.rows[0].cells[i].text = value
    for i, value in enumerate(["Экспорт", "22,6", "24,5"]):
        grid.rows[1].cells[i].text = value
    word.add_paragraph("Источник: составлено авторами.")
    path = tmp_path / "a.docx"
    word.save(str(path))
    document = load(path, SETTINGS)
    assert document.format == "docx" and document.page_count is None
    assert document.pages[0].split("\n\n") == [
        "Таможенное сотрудничество России и Беларуси",
        "Объём взаимной торговли в 2024 году составил 57,6 млрд. долларов.",
        TABLE_ANCHOR,
        "Источник: составлено авторами.",
    ]
    assert document.tables[0].header == ["Показатель", "2023 г.", "2024 г."]
    assert document.tables[0].rows == [["Экспорт", "22,6", "24,5"]]


def test_html_keeps_text_blocks_and_tables_and_drops_scripts(tmp_path: Path) -> None:
    page = """<html><head><title>Site</title><style>p {color: red}</style></head><body>
    <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <h1>EAEU Treaty ratified</h1>
    <p>The State Duma ratified the Treaty on the Eurasian Economic Union on&nbsp;3 October 2014.</p>
    <ul><li>common customs tariff</li><li>single window</li></ul>
    <table><tr><th>Year</th><th>Trade</th></tr><tr><td>2014</td><td>57.6</td></tr></table>
    <script>var x = "ratified";</script></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    document = load(path, SETTINGS)
    assert document.pages[0].split("\n\n") == [
        "EAEU Treaty ratified",
        "The State Duma ratified the Treaty on the Eurasian Economic Union on 3 October 2014.",
        "- common customs tariff",
        "- single window",
        TABLE_ANCHOR,
    ]
    assert document.tables[0].header == ["Year", "Trade"] and document.tables[0].rows == [["2014", "57.6"]]


def test_markdown_and_strings(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Заголовок\n\nТекст статьи.", encoding="utf-8")
    assert load(path, SETTINGS).format == "md"
    document = load_string("Текст статьи.", name="snippet")
    assert isinstance(document, Document)
    assert (document.path, document.format, document.pages) == ("snippet", "txt", ["Текст статьи."])


@pytest.mark.parametrize(
    ("name", "header", "first_row"),
    [
        ("ru_gdp_report_6_tables_3p.pdf", ["Государство", "Место", "ВВП (по ППС) за 2018 г."], ["Китай", "1", "25362"]),
        ("table_ca_warn_multipage_16p.pdf", ["Notice Date", "Effective", "Received"],
         ["06/22/2015", "03/25/2016", "07/01/2015"]),
    ],
)
def test_table_cells_keep_word_spaces_and_close_letter_spacing(shared_pdf: Path, name: str, header: list[str],
                                                               first_row: list[str]) -> None:
    table = load(shared_pdf / name, SETTINGS).tables[0]
    assert table.header[: len(header)] == header
    assert table.rows[0][: len(first_row)] == first_row


def test_text_around_tables_comes_from_the_page_text(shared_pdf: Path) -> None:
    page = load(shared_pdf / "ru_gdp_report_6_tables_3p.pdf", SETTINGS).pages[0]
    assert "Таблица 2 - ВВП (по ППС) в млрд. долл." in page
    assert page.count(TABLE_ANCHOR) == 3 and "25362" not in page


GRID = [(50, 700 - 20 * i, 400, 700.5 - 20 * i) for i in range(4)] + [(50 + 70 * i, 640, 50.5 + 70 * i, 700) for i in range(4)]


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (GRID, True),  # crossing rules
        ([(50, 700 - 15 * i, 400, 700.4 - 15 * i) for i in range(6)], True),  # rules-only table of one width
        ([(50 + 60 * i, 600, 100 + 60 * i, 620) for i in range(5)], True),  # cell boxes
        ([(50, 80, 200, 80.5)], False),  # a footnote separator
        ([(50, 700 - 40 * i, 100 + 50 * i, 700.5 - 40 * i) for i in range(6)], False),  # underlines of varying width
        ([(50, 700, 52, 710), (60, 700, 62, 705)], False),  # tick marks
    ],
)
def test_pages_that_may_hold_a_table(paths: list[tuple[float, float, float, float]], expected: bool) -> None:
    assert ruled(paths) is expected


def test_cyrillic_a_font_shifted_among_latin_letters_is_read_back() -> None:
    """Some word processors' PDFs map the Cyrillic alphabet 0x1D6 code points low and the small Latin
    letters 0x3B9 high; a page mostly so written is read back, a phonetic transcription is not."""
    page = "ɋɨɞɟɪɠɚɧɢɟ ɫɬɚɬɶɢ\nɆɨɞɟɥɶ RED (RanНom Earlв DОtОМtТon) ɞɥɹ ɦɚɪɲɪɭɬɢɡɚɬɨɪɚ"
    assert shifted_cyrillic(page)
    assert [read_back(line) for line in page.split("\n")] == [
        "Содержание статьи", "Модель RED (Random Early Detection) для маршрутизатора"]
    assert not shifted_cyrillic("Модель RED для маршрутизатора: английское слово [ˈɹɛd] читается так.")
    assert not shifted_cyrillic("The word is pronounced [ˈɹɛd ˈɐlɜːt] in British English and the model is RED.")
    assert read_back("Cистема and Кеу") == "Cистема and Кеу"  # homoglyphs mixed by hand stay as written


def _pdf_whose_hyphen_reads_as_comma(lines: list[str], path: Path) -> Path:
    """A one-page PDF in a cp1251 font whose map gives its hyphen (0x2D) as a comma, its hyphen drawn
    twice as wide as its comma, as a font of some Russian journals does."""
    widths = [278] * 224  # codes 32 to 255
    widths[ord(",") - 32], widths[ord("-") - 32] = 190, 360
    widths[0xC0 - 32 :] = [500] * 64
    pairs = [f"<{b:02X}> <{ord(bytes([b]).decode('cp1251')):04X}>" for b in range(0xC0, 0x100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(pairs) + 1} beginbfchar <2D> <002C> {' '.join(pairs)} endbfchar "
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    text = b"".join(b"(" + line.encode("cp1251") + b") Tj T*\n" for line in lines)
    content = b"BT /F1 11 Tf 72 720 Td 14 TL\n" + text + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths ["
        + " ".join(map(str, widths)).encode() + b"] /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    path.write_bytes(_pdf_of(objects))
    return path


def _pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects, numbered from 1 (the catalogue first), with its cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["State-of-the-art methods, which the World Customs Organi-", "zation recommends, cut the time, and the",
          "risk-based controls, as the authors show, work well."],
         "State-of-the-art methods, which the World Customs Organi-\nzation recommends, cut the time, and the\n"
         "risk-based controls, as the authors show, work well."),
        (["На базе ФГУП «Горно-химический комбинат», как и Государ-", "ственной корпорации, идут работы, а",
          "проектно-изыскательский институт, по данным, готов."],
         "На базе ФГУП «Горно-химический комбинат», как и Государ-\nственной корпорации, идут работы, а\n"
         "проектно-изыскательский институт, по данным, готов."),
    ],
)
def test_a_hyphen_a_fonts_map_gives_as_a_comma_is_read_by_its_width(tmp_path: Path, lines: list[str],
                                                                     expected: str) -> None:
    """A comma as wide as a hyphen between letters, or ending a line before a small letter, is the
    hyphen; the page's real commas, narrow, stay."""
    document = load(_pdf_whose_hyphen_reads_as_comma(lines, tmp_path / "x.pdf"), Settings())
    assert document.pages == [expected]


def _pdf_in_two_faces(lines: list[tuple[bool, str]]) -> bytes:
    """A one-page PDF of lines (bold or not, text) in the standard Helvetica and Helvetica-Bold, whose
    descriptors give no weight (pdfium reports 0), through a cp1251 map so that Cyrillic reads too."""
    pairs = [f"<{b:02X}> <{ord(bytes([b]).decode('cp1251')):04X}>" for b in range(0xC0, 0x100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def /CMapType 2 def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(pairs)} beginbfchar {' '.join(pairs)} endbfchar "
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    widths = b" ".join(b"500" for _ in range(224))
    text = b"".join(b"/F%d 11 Tf (%s) Tj T*\n" % (2 if bold else 1, line.encode("cp1251")) for bold, line in lines)
    content = b"BT 72 720 Td 16 TL\n" + text + b"ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] /ToUnicode 6 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
        b"/Contents 7 0 R >>",
        font % (b"Helvetica", widths),
        font % (b"Helvetica-Bold", widths),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    return _pdf_of(objects)


@pytest.mark.parametrize(
    "lines",
    [
        [(True, "Customs transit in the Union"), (False, "The body of the article in its regular face.")],
        [(True, "Таможенный транзит в Союзе"), (False, "Текст статьи набран обычным начертанием.")],
    ],
)
def test_pdf_a_bold_face_whose_font_gives_no_weight_reads_bold(lines: list[tuple[bool, str]]) -> None:
    """pdfium reports no weight (0 or -1) for the standard faces and many embedded bold ones; the
    font's name tells it ("Helvetica-Bold", "Times New Roman,Bold")."""
    import pypdfium2 as pdfium

    from pipeline.ingest.pdflayout import read_lines

    page = pdfium.PdfDocument(_pdf_in_two_faces(lines))[0]
    read = read_lines(page.get_textpage(), *page.get_size()).lines
    assert [(line.bold, line.text) for line in read] == lines


@pytest.mark.parametrize(("line", "read"), [
    # a font that maps its Windows-1252 quotes to C1 codes, and gives the Unicode quote after some of them
    ("provide an opportunity to reflect on the WTO\x92’s legacy", "provide an opportunity to reflect on the WTO’s legacy"),
    ("admits that \x91‘[i]t is hard to tell\x92’", "admits that ‘[i]t is hard to tell’"),
    ("the so-called \x93single window\x94 \x96 a platform", "the so-called “single window” – a platform"),
    ("так называемое \x93единое окно\x94 \x97 платформа", "так называемое “единое окно” — платформа"),
    # other codes stay for the byline to read (an icon after a name)
    ("Шарль де Голль,\x8e Иван Сидоров", "Шарль де Голль,\x8e Иван Сидоров"),
])
def test_quotes_a_font_maps_to_control_codes_are_read_as_quotes(line: str, read: str) -> None:
    from pipeline.ingest.pdflayout import recoded

    assert recoded(line) == read
