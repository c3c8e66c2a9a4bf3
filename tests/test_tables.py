import pytest

from pipeline import analyze
from pipeline.ingest.tables import fit_header, settle_header, split_delimited
from pipeline.record import Table

ANCHOR = "\ufffc"

TSV = (
    "The table below compares the members.\n"
    "Country\tPopulation\tGDP 2012 (In Millions USD)\n"
    "Belarus\t9,459,000\t63,259\n"
    "Russia\t143,455,000\t2,021,960\n"
    "It shows the gap."
)


def test_tab_separated_lines_become_a_table_with_an_anchor_in_the_text() -> None:
    text, tables = split_delimited(TSV, ANCHOR)
    assert text.split("\n") == ["The table below compares the members.", ANCHOR, "It shows the gap."]
    assert tables[0].header == ["Country", "Population", "GDP 2012 (In Millions USD)"]
    assert tables[0].rows == [["Belarus", "9,459,000", "63,259"], ["Russia", "143,455,000", "2,021,960"]]


def test_markdown_pipe_table_loses_its_rule_line() -> None:
    md = "| Показатель | 2023 г. | 2024 г. |\n|---|---|---|\n| Экспорт | 22,6 | 24,5 |\n| Импорт | 30,5 | 33,1 |"
    text, tables = split_delimited(md, ANCHOR)
    assert text == ANCHOR
    assert tables[0].header == ["Показатель", "2023 г.", "2024 г."]
    assert len(tables[0].rows) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Одна строка\tс табуляцией среди прозы.\nИ обычная строка.",
        "a\tb\nc\td\te",  # widths differ
        "Цена | товар — обычная фраза с чертой.\nЕщё строка.",
    ],
)
def test_prose_is_not_a_table(text: str) -> None:
    assert split_delimited(text, ANCHOR) == (text, [])


def test_rows_of_numbers_only_have_no_header() -> None:
    _, tables = split_delimited("1\t2\n3\t4", ANCHOR)
    assert tables[0].header == [] and tables[0].rows == [["1", "2"], ["3", "4"]]


def test_merged_header_cell_spreads_over_its_sub_headers() -> None:
    table = Table(caption=None, header=["Показатель", "2022 г.", "2024 г. в % к", ""],
                  rows=[["", "", "2022 г.", "2023 г."], ["Экспорт", "21,4", "114,5", "108,4"]])
    settle_header(table)
    assert table.header == ["Показатель", "2022 г.", "2024 г. в % к 2022 г.", "2024 г. в % к 2023 г."]
    assert table.rows == [["Экспорт", "21,4", "114,5", "108,4"]]


def test_a_data_row_is_not_taken_for_a_header_row() -> None:
    table = Table(caption=None, header=["", "2011", "2012"], rows=[["", "59,735", "63,259"], ["x", "1", "2"]])
    settle_header(table)
    assert table.header == ["", "2011", "2012"] and len(table.rows) == 2


@pytest.mark.parametrize(
    ("pieces", "width", "expected"),
    [
        (["Показатель", "2023 г.", "2024 г. в % к", "2022 г.", "2023 г."], 4,
         ["Показатель", "2023 г.", "2024 г. в % к 2022 г.", "2024 г. в % к 2023 г."]),
        (["Item", "2020", "share of", "total", "exports"], 4, ["Item", "2020", "share of total", "share of exports"]),
        (["a", "b", "c d", "e"], 3, ["a", "b", "c d e"]),
        (["a", "b"], 3, ["a", "b"]),
    ],
)
def test_fit_header(pieces: list[str], width: int, expected: list[str]) -> None:
    assert fit_header(pieces, width) == expected


@pytest.mark.parametrize("name", ["russia_belarus_customs.txt", "russia_belarus_customs.pdf"])
def test_sample_table_cells_take_units_from_header_and_from_the_text_that_quotes_them(name: str) -> None:
    article = analyze(f"corpora/{name}")
    cells = {(f.row, f.column): f for f in article.figures if f.table is not None}
    turnover_2024 = next(f for (row, col), f in cells.items() if row == "Товарооборот" and col.startswith("2024 г."))
    assert (turnover_2024.value, turnover_2024.unit, turnover_2024.year) == (57.6e9, "USD", 2024)
    percent = [f for f in cells.values() if "%" in (f.column or "")]
    assert len(percent) == 6 and all(f.unit == "%" for f in percent)
    assert sorted(f.value for f in percent if f.row == "Импорт") == [108.5, 150.0]


@pytest.mark.parametrize(
    ("header", "unit"),
    [("Population", "people"), ("Население, чел.", "people"), ("GDP per capita", None), ("Populist votes", None)],
)
def test_a_column_named_by_its_measure_implies_its_unit(header: str, unit: str | None) -> None:
    from pipeline.facts.figures.subjects import implied_unit

    found = implied_unit(header)
    assert (found[1] if found else None) == unit


def test_population_column_of_a_tab_separated_table_counts_people() -> None:
    article = analyze("Members of the community.\n" + TSV.split("\n", 1)[1])
    people = [f for f in article.figures if f.column == "Population"]
    assert [(f.value, f.unit, f.row) for f in people] == [(9459000.0, "people", "Belarus"),
                                                          (143455000.0, "people", "Russia")]
    gdp = next(f for f in article.figures if f.row == "Russia" and f.column.startswith("GDP"))
    assert (gdp.value, gdp.unit, gdp.year) == (2021960e6, "USD", 2012)


@pytest.mark.parametrize(("text", "expected"), [
    ("Country\tGDP 2012 (In Millions USD)\tper capita\nBelarus\t63,259\t6,739\nRussia\t2,021,960\t14,247\n",
     [(6739.0, "USD"), (14247.0, "USD")]),
    ("Страна\tВВП, млн долл. США\tна душу населения\nБеларусь\t63 259\t6 739\nРоссия\t2 021 960\t14 247\n",
     [(6739.0, "USD"), (14247.0, "USD")]),
    # a column before it in people, not money, gives the column per head no unit
    ("Country\tPopulation (thousand people)\tper capita\nBelarus\t9,459\t6,739\nRussia\t143,455\t14,247\n",
     [(6739.0, None), (14247.0, None)]),
])
def test_a_column_per_head_takes_the_currency_without_the_scale(text: str, expected: list[tuple[float, str | None]]) -> None:
    article = analyze("Economic data.\n\n" + text)
    per_head = [(f.value, f.unit) for f in article.figures if f.column in ("per capita", "на душу населения")]
    assert per_head == expected


def test_a_cell_the_text_also_states_is_one_fact_with_its_table_place() -> None:
    article = analyze("corpora/russia_belarus_customs.txt")
    turnover = [f for f in article.figures if f.value == 57.6e9 and f.unit == "USD"]
    assert len(turnover) == 1
    assert turnover[0].start is not None and turnover[0].row == "Товарооборот"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a framed abstract whose rules cut it into one row a line
        ([["", "Аннотация. В статье представлена технология создания набора данных о субъектах"],
          ["малого и среднего предпринимательства (МСП) в России на основе открытых данных", ""],
          ["Федеральной налоговой службы. Получаемый набор данных охватывает всю территорию", ""]], True),
        ([["Abstract. The recent global survey described staff rostering and organisation as", ""],
          ["significant operational challenges during the pandemic in clinical laboratories", ""]], True),
        # tables: several filled cells a row, or short cells
        ([["Год", "Экспорт", "Импорт"], ["2019", "0,83", "0,95"], ["2020", "0,82", "0,95"]], False),
        ([["Code"], ["U"], ["O"], ["P"]], False),
    ],
)
def test_a_frame_around_lines_of_text_is_not_a_table(rows: list[list[str]], expected: bool) -> None:
    from pipeline.ingest.pdftables import prose

    assert prose(rows) is expected


@pytest.mark.parametrize(
    ("title", "header", "unit"),
    [
        ("Распределение деклараций по результатам контроля, %", "Группа\t2019\t2020", "%"),
        ("Share of declarations by the result of control, %", "Group\t2019\t2020", "%"),
    ],
)
def test_a_text_tables_title_line_above_it_is_its_caption(title: str, header: str, unit: str) -> None:
    """The line right above a table that ends no sentence titles it (as a plain text sets a table's
    title without «Таблица 1»), and the unit it gives holds for the cells."""
    body = f"{header}\nA\t61,4\t66,2\nB\t31,8\t28,3"
    article = analyze(f"Введение в тему.\n\n{title}\n\n{body}\n\nИтоги работы." if title[0] in "Р"
                      else f"An introduction.\n\n{title}\n\n{body}\n\nThe results.")
    assert [t.caption for t in article.tables] == [title]
    assert {f.unit for f in article.figures if f.row in ("A", "B")} == {unit}
    # a sentence above a table is no title of it
    prose = analyze(f"An introduction.\n\nThe table below compares the groups.\n\n{body}\n\nThe results.")
    assert [t.caption for t in prose.tables] == [None]


@pytest.mark.parametrize(("label", "title"), [("Таблица 1", "Распределение деклараций по результатам контроля, %"),
                                              ("Table 1", "Share of declarations by the result of control, %")])
def test_a_caption_of_its_label_alone_takes_the_title_under_it(label: str, title: str) -> None:
    article = analyze(f"An introduction.\n\n{label}\n\n{title}\n\nGroup\t2019\t2020\nA\t61,4\t66,2\nB\t31,8\t28,3\n\nThe end.")
    assert [t.caption for t in article.tables] == [f"{label} {title}"]
    assert {f.unit for f in article.figures if f.row in ("A", "B")} == {"%"}


@pytest.mark.parametrize(("text", "dates", "figures"), [
    ("Страна\t2019 г.\t2020 г.\nКитай\t120\t130\n\n| Союз | Год вступления | Члены |\n|---|---|---|\n| ЕАЭС | 2015 | 5 |\n",
     {"2019", "2020", "2015"}, [120.0, 130.0, 5.0]),
    ("Country\t2019\t2020\nChina\t120\t130\n\n| Union | Date (in force) | Members |\n|---|---|---|\n| EAEU | 2015 | 5 |\n",
     {"2019", "2020", "2015"}, [120.0, 130.0, 5.0]),
])
def test_years_heading_a_table_or_filling_a_column_of_dates_are_dates_not_figures(
        text: str, dates: set[str], figures: list[float]) -> None:
    article = analyze("Trade data.\n\n" + text)
    assert {d.value for d in article.dates} == dates
    assert [f.value for f in article.figures] == figures


@pytest.mark.parametrize("text", [
    "Current\n\nAgreement | Date (in force)\nAndean Community (CAN) | 1988-05-25\nEU (EUCU) | 1958\n∟ EU–Andorra | 1991\n\n"
    "Defunct\n\n- Customs and Economic Union of Central Africa (UDEAC) – superseded by CEMAC, a union of six states in all\n"
    "- 1925 French Customs Union over the Saar Basin\n",
    "Действующие\n\nСоюз | Дата\nАндское сообщество (CAN) | 1988-05-25\nЕС (EUCU) | 1958\n∟ ЕС–Андорра | 1991\n\n"
    "Прекратившие\n\n- Таможенный и экономический союз Центральной Африки (UDEAC) – его сменило CEMAC, союз шести государств\n"
    "- 1925 Французский таможенный союз в Сааре\n",
])
def test_rows_a_bar_divides_and_items_of_one_bullet_stay_lines_of_their_own(text: str) -> None:
    article = analyze(text)
    lines = [article.block_text(b) for b in article.blocks]
    assert sum(" | " in line for line in lines) == 4 and all(line.count(" | ") == 1 for line in lines if " | " in line)
    assert sum(line.startswith("- ") for line in lines) == 2
    assert {"1958", "1991", "1925"} <= {d.value for d in article.dates}


@pytest.mark.parametrize(("text", "header", "accession", "people", "area"), [
    ("The members of the association.\n\nState | Accession | Population\n(2021) | Area (km2) | Capital\n"
     "Iceland | 1 January 1970 | 370,335 | 103,000 | Reykjavík\nNorway | 3 May 1960 | 5,403,021 | 385,155 | Oslo\n\n"
     "All four take part in the single market.",
     ["State", "Accession", "Population (2021)", "Area (km2)", "Capital"], "1 January 1970", [370335.0, 5403021.0],
     [103000.0, 385155.0]),
    ("Члены ассоциации.\n\nГосударство | Вступление | Население (2021) | Площадь (км2) | Столица\n"
     "Исландия | 1 января 1970 | 370 335 | 103 000 | Рейкьявик\nНорвегия | 3 мая 1960 | 5 403 021 | 385 155 | Осло\n\n"
     "Все четыре участвуют в едином рынке.",
     ["Государство", "Вступление", "Население (2021)", "Площадь (км2)", "Столица"], "1 января 1970", [370335.0, 5403021.0],
     [103000.0, 385155.0]),
])
def test_rows_a_bar_divides_are_a_table_under_a_header_of_as_many_cells(text: str, header: list[str], accession: str,
                                                                        people: list[float], area: list[float]) -> None:
    """Rows of cells a bar divides with no caption and no rule line under the header (a table pasted as text) are a
    table; its header is the line above with as many cells, or two lines when the header ran over; a date in a cell
    stays one cell, and the cells take the units their column headers state."""
    article = analyze(text)
    assert [t.header for t in article.tables] == [header]
    assert article.tables[0].rows[0][1] == accession
    assert [f.value for f in article.figures if f.unit == "people"] == people
    assert [f.value for f in article.figures if f.unit == "km2"] == area
