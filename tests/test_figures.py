from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline.facts.figures.tables import extract_table_figures
from pipeline.facts.figures.text import extract_figures, find_amounts
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.record import Article, Table

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def article(text: str) -> Article:
    return make_article(text)


def figures(text: str) -> list[tuple[str, float, str | None, str]]:
    """(text, value, unit, kind) of every figure found, without models."""
    a = extract_figures(article(text), context())
    return [(f.text, f.value, f.unit, f.kind) for f in a.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money, Russian
        ("составил 57,6 млрд. долларов (табл. 1)", [("57,6 млрд. долларов", 57.6e9, "USD", "money")]),
        ("проекты на 2,5 трлн рублей по коридору", [("2,5 трлн рублей", 2.5e12, "RUB", "money")]),
        ("в сумме 6,7 млрд российских рублей", [("6,7 млрд российских рублей", 6.7e9, "RUB", "money")]),
        ("расходы составят 4,9 млрд руб.", [("4,9 млрд руб.", 4.9e9, "RUB", "money")]),
        ("около 13 млрд долл. в нефтепереработку", [("13 млрд долл.", 13e9, "USD", "money")]),
        ("стоимость 1,2 млн евро", [("1,2 млн евро", 1.2e6, "EUR", "money")]),
        ("фонд € 3 млн", [("€ 3 млн", 3e6, "EUR", "money")]),
        ("300 млн белорусских рублей", [("300 млн белорусских рублей", 300e6, "BYN", "money")]),
        ("составлял 1,07 млрд «новых» белорусских рублей",
         [("1,07 млрд «новых» белорусских рублей", 1.07e9, "BYN", "money")]),
        ("бюджет 120 млрд тенге", [("120 млрд тенге", 120e9, "KZT", "money")]),
        ("кредит 5 млрд юаней", [("5 млрд юаней", 5e9, "CNY", "money")]),
        ("выделено 800 млн драм", [("800 млн драм", 800e6, "AMD", "money")]),
        ("поступило 2 млрд сомов", [("2 млрд сомов", 2e9, "KGS", "money")]),
        ("грузы стоимостью от $600 млрд».", [("$600 млрд", 600e9, "USD", "money")]),
        ("на сумму 1 234,5 тыс. долл. США", [("1 234,5 тыс. долл. США", 1234500.0, "USD", "money")]),
        # money, English
        ("a fund of $10 billion to deal", [("$10 billion", 10e9, "USD", "money")]),
        ("raised $10 bn last year", [("$10 bn", 10e9, "USD", "money")]),
        # the first sum of a range takes the scale of the second, in both languages; a larger one is no range's
        ("costs of between $3 and $5 billion", [("$3", 3e9, "USD", "money"), ("$5 billion", 5e9, "USD", "money")]),
        ("затраты от $2 до $4 млрд", [("$2", 2e9, "USD", "money"), ("$4 млрд", 4e9, "USD", "money")]),
        ("prices were $300 and $5 billion was spent", [("$300", 300.0, "USD", "money"), ("$5 billion", 5e9, "USD", "money")]),
        # an abbreviated scale glued to the number, in both languages
        ("seizures totalled €1.3bn last year", [("€1.3bn", 1.3e9, "EUR", "money")]),
        ("выручка составила 5млн руб. за год", [("5млн руб.", 5e6, "RUB", "money")]),
        ("it stood at US$ 66.2 billion.", [("US$ 66.2 billion", 66.2e9, "USD", "money")]),
        ("a grant of $250k was", [("$250k", 250e3, "USD", "money")]),
        ("contributed $7.5 billion and $1 billion respectively",
         [("$7.5 billion", 7.5e9, "USD", "money"), ("$1 billion", 1e9, "USD", "money")]),
        # a scaled number without a unit takes the currency just before it
        ("прогнозируется в сумме 6,7 млрд российских рублей; расходная часть составит 4,9 млрд).",
         [("6,7 млрд российских рублей", 6.7e9, "RUB", "money"), ("4,9 млрд", 4.9e9, "RUB", "money")]),
        # percentages, ratios, points
        ("прирост составил 8,5 %.", [("8,5 %", 8.5, "%", "percent")]),
        ("увеличение экспорта на 14,5% по сравнению", [("14,5%", 14.5, "%", "percent")]),
        ("немалых 50% — по сравнению", [("50%", 50.0, "%", "percent")]),
        ("by about 50 percent.", [("50 percent", 50.0, "%", "percent")]),
        ("about 50 % of trade", [("50 %", 50.0, "%", "percent")]),
        ("снизился более чем в 1,5 раза", [("1,5 раза", 1.5, "x", "ratio")]),
        ("доля выросла на 0,5 п.п.", [("0,5 п.п.", 0.5, "p.p.", "points")]),
        ("rose by 1.2 percentage points", [("1.2 percentage points", 1.2, "p.p.", "points")]),
        ("увеличился с 13 до 22%.", [("13", 13.0, "%", "percent"), ("22%", 22.0, "%", "percent")]),
        # quantities
        ("отправила 100 тыс. контейнеров из Китая", [("100 тыс. контейнеров", 100e3, "containers", "quantity")]),
        ("перевезено 2000 тонн груза", [("2000 тонн", 2000.0, "t", "quantity")]),
        ("handled 5 000 TEU", [("5 000 TEU", 5000.0, "TEU", "quantity")]),
        ("250 тыс. ДФЭ", [("250 тыс. ДФЭ", 250e3, "TEU", "quantity")]),
        ("оформлено 12 единиц техники", [("12 единиц", 12.0, "items", "quantity")]),
        ("совет из 42 членов", [("42 членов", 42.0, "members", "quantity")]),
        ("заняты свыше 124 тыс. человек.", [("124 тыс. человек", 124e3, "people", "quantity")]),
        ("comprising over 170 million people.", [("170 million people", 170e6, "people", "quantity")]),
        # a count whose subject is a measure that names its unit ("population": people)
        ("a population of 170 million.", [("170 million", 170e6, "people", "quantity")]),
        ("численность населения ЕАЭС — 184,7 млн.", [("184,7 млн", 184.7e6, "people", "quantity")]),
        ("a union of 183 million that trades in", [("183 million", 183e6, None, "quantity")]),
        # a verb after a count is no unit of it
        ("its population of 183 million accounts for 2.4% of the world.",
         [("183 million", 183e6, "people", "quantity"), ("2.4%", 2.4, "%", "percent")]),
        ("exports of 12 million amounts to little.", [("12 million", 12e6, None, "quantity")]),
        ("запретило 34 белорусским предприятиям", [("34 белорусским предприятиям", 34.0, "companies", "quantity")]),
        ("with the participation of 17 founding members.", [("17 founding members", 17.0, "members", "quantity")]),
        ("и 40-процентную долю", [("40-процентную", 40.0, "%", "percent")]),
        ("Russia - 40 votes", [("40 votes", 40.0, "votes", "quantity")]),
        ("в упомянутом пункте 20 Сочинской декларации", []),
        # not figures
        ("в 2024 году", []),
        ("сотрудничества народов. [4]", []),
        ("1. Гармонизация таможенного законодательства.", []),
        ("см. раздел 1.2 и с. 45", []),
        ("Article XVI (a) and Article 12", []),
        ("подписан 8 декабря 1999 г.", []),
        ("от 08.12.1999", []),
        ("телефон 8 (495) 123-45-67", []),
        ("занял 3-е место из 15", []),
        ("заседания проводятся 2 раза в год", []),
        ("№ 45 тонн", []),
        ("Экспорт 21,4 22,6 24,5", []),
        ("прошли 27—28 июня в Москве", []),
        ("During the 14 years, the EAEC", []),
        ("5 новых процентов", []),  # an adjective may only stand before a counted unit
    ],
)
def test_figures_in_text(text: str, expected: list[tuple[str, float, str | None, str]]) -> None:
    found = figures(text)
    assert [(t, u, k) for t, _, u, k in found] == [(t, u, k) for t, _, u, k in expected]
    assert [v for _, v, _, _ in found] == pytest.approx([v for _, v, _, _ in expected])


FILLER = " Об этом сообщило министерство, и эксперты согласились с его оценкой." * 8


@pytest.mark.parametrize(("text", "units"), [
    # a currency named in full carries on to its bare word right after it, into the next paragraph
    ("Поддержка составила 1,07 млрд белорусских рублей.\n\nНаибольшая сумма (243,9 млн рублей) ушла на займы.",
     ["BYN", "BYN"]),
    ("Revenue was 5 billion Hong Kong dollars in 2019 and 6 billion dollars in 2020.", ["HKD", "HKD"]),
    ("Экспорт составил 5 млн долларов США, а импорт — 3 млн долларов.", ["USD", "USD"]),
    # farther on, or two paragraphs away, the bare word is its own currency
    ("Поддержка составила 1,07 млрд белорусских рублей." + FILLER + " Россия выделила 2 млрд рублей.", ["BYN", "RUB"]),
    ("Revenue was 5 billion Hong Kong dollars.\n\nCosts rose.\n\nThe loan was 6 billion dollars.", ["HKD", "USD"]),
])
def test_a_currency_named_in_full_carries_on_to_its_bare_word(text: str, units: list[str]) -> None:
    assert [u for _, _, u, _ in figures(text)] == units


@pytest.mark.parametrize(
    ("text", "subject", "year"),
    [
        ("Так объём взаимной торговли между Россией и Беларусью в 2024 году составил 57,6 млрд. долларов.",
         "товарооборот", 2024),
        ("Экспорт в 2024 году составил 24,5 миллиарда долларов.", "экспорт", 2024),
        ("в 2016 году экспорт вырос на 8%.", "экспорт", 2016),
        ("Импорт показывает рост в 8,5% по сравнению с 2023 годом.", "импорт", None),
        ("Темпы роста ВВП России на уровне 3,6% к 2020 году.", "ВВП", 2020),
        ("At the end of 2013, trade stood at $66.2 billion.", "trade", 2013),
        ("Investment reached $3 billion in 2015.", "investment", 2015),
        ("Компания отправила 100 тыс. контейнеров.", None, None),
    ],
)
def test_subject_and_year(text: str, subject: str | None, year: int | None, models: Models) -> None:
    plain = extract_figures(article(text), context()).figures
    a = article(text)
    annotate(a, context())
    lemmatised = extract_figures(a, context()).figures
    for found in (plain, lemmatised):
        assert [(f.subject, f.year) for f in found] == [(subject, year)]


def test_repeated_figure_is_one_fact_with_more_mentions() -> None:
    a = extract_figures(article("Импорт вырос на 8,5%. Рост импорта на 8,5% сохранился. Экспорт вырос на 8,5%."), context())
    assert [(f.id, f.value, f.subject, f.mentions) for f in a.figures] == [
        ("fig-1", 8.5, "импорт", 2),
        ("fig-2", 8.5, "экспорт", 1),
    ]
    assert [(m.type, m.text, m.fact_id) for m in a.mentions] == [
        ("FIGURE", "8,5%", "fig-1"), ("FIGURE", "8,5%", "fig-1"), ("FIGURE", "8,5%", "fig-2"),
    ]
    assert all(a.text[m.start : m.end] == m.text for m in a.mentions)


def test_repeat_without_subject_joins_the_fact_and_fills_its_year() -> None:
    a = extract_figures(article("РЖД запустит проекты на 2,5 трлн рублей. Проекты на 2,5 трлн рублей к 2030 году."), context())
    assert [(f.value, f.unit, f.year, f.mentions) for f in a.figures] == [(2.5e12, "RUB", 2030, 2)]


def test_equal_numbers_in_one_sentence_are_different_facts() -> None:
    a = extract_figures(article("Голоса: Россия — 40 голосов, Беларусь — 15 голосов, Казахстан — 15 голосов."), context())
    assert [(f.value, f.unit, f.mentions) for f in a.figures] == [(40, "votes", 1), (15, "votes", 1), (15, "votes", 1)]


RU_TABLE = Table(
    caption="Таблица 1. - Товарооборот России и Беларуси в 2022-2024гг., млрд долл. США",
    header=["Показатель", "2022 г.", "2023 г.", "2024 г.", "2024г. в % к 2022 г."],
    rows=[["Товарооборот", "43,4", "53,1", "57,6", "132,7"], ["Экспорт", "21,4", "22,6", "24,5", "114,5"]],
)
EN_TABLE = Table(caption="Table 2. Trade of the Union", header=["2015", "2016"],
                 rows=[["Exports", "1,234", "5.5%"], ["Imports", "–", "7"]])


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (RU_TABLE, [
            ("43,4", 43.4e9, "USD", "money", "товарооборот", 2022, "Товарооборот", "2022 г."),
            ("53,1", 53.1e9, "USD", "money", "товарооборот", 2023, "Товарооборот", "2023 г."),
            ("57,6", 57.6e9, "USD", "money", "товарооборот", 2024, "Товарооборот", "2024 г."),
            ("132,7", 132.7, "%", "percent", "товарооборот", 2024, "Товарооборот", "2024г. в % к 2022 г."),
            ("21,4", 21.4e9, "USD", "money", "экспорт", 2022, "Экспорт", "2022 г."),
            ("22,6", 22.6e9, "USD", "money", "экспорт", 2023, "Экспорт", "2023 г."),
            ("24,5", 24.5e9, "USD", "money", "экспорт", 2024, "Экспорт", "2024 г."),
            ("114,5", 114.5, "%", "percent", "экспорт", 2024, "Экспорт", "2024г. в % к 2022 г."),
        ]),
        # no unit stated: the unit stays unknown; a cell's own «%» still counts
        (EN_TABLE, [
            ("1,234", 1234.0, None, "quantity", "exports", 2015, "Exports", "2015"),
            ("5.5%", 5.5, "%", "percent", "exports", 2016, "Exports", "2016"),
            ("7", 7.0, None, "quantity", "imports", 2016, "Imports", "2016"),
        ]),
    ],
)
def test_table_cells(table: Table, expected: list[tuple]) -> None:
    a = article("")
    a.tables.append(table)
    found = extract_table_figures(extract_figures(a, context()), context()).figures
    assert [(f.text, f.unit, f.kind, f.subject, f.year, f.row, f.column) for f in found] == [
        (t, u, k, s, y, r, c) for t, _, u, k, s, y, r, c in expected
    ]
    assert [f.value for f in found] == pytest.approx([v for _, v, *_ in expected])
    assert all(f.table == 0 and f.start is None for f in found)
    assert [f.id for f in found] == [f"fig-{i}" for i in range(1, len(found) + 1)]


def test_table_without_unit_in_caption_keeps_unit_unknown() -> None:
    a = article("")
    a.tables.append(Table(caption="Таблица 1. Товарооборот стран ЕАЭС", header=["2023"], rows=[["Армения", "5,1"]]))
    (figure,) = extract_table_figures(extract_figures(a, context()), context()).figures
    assert (figure.unit, figure.subject, figure.row, figure.year) == (None, "товарооборот", "Армения", 2023)


def test_sample_article_russia_belarus(models: Models) -> None:
    a = article((CORPORA / "russia_belarus_customs.txt").read_text("utf-8"))
    annotate(a, context())
    extract_figures(a, context())
    extract_table_figures(a, context())
    facts = {(f.value, f.unit, f.kind, f.subject, f.year) for f in a.figures}
    assert (57.6e9, "USD", "money", "товарооборот", 2024) in facts
    # «объём взаимной торговли» and «товарооборот» name one measure: the repeated figure is one fact
    assert len([f for f in a.figures if f.value == 57.6e9 and f.table is None]) == 1
    assert (24.5e9, "USD", "money", "экспорт", 2024) in facts
    assert (8.4, "%", "percent", "экспорт", None) in facts
    assert (50.0, "%", "percent", "импорт", None) in facts
    # years, reference markers, list numbers and the bare table numbers are not figures
    assert all(f.unit for f in a.figures)
    assert not any(f.value in (2022, 2023, 2024, 1, 2, 3, 4) for f in a.figures)


def test_sample_article_eaeu_has_no_figures() -> None:
    text = (CORPORA / "eaeu_customs_cooperation.txt").read_text("utf-8")
    assert find_amounts(text) == []


def test_sentence_break_after_an_abbreviation_does_not_cut_a_figure() -> None:
    # a naive splitter ends a sentence at «тыс.» before a capital; the unit must stay with its number
    assert figures("Порт принял 250 тыс. ДФЭ за год.") == [("250 тыс. ДФЭ", 250e3, "TEU", "quantity")]


def test_record_with_figures_and_dates_matches_the_schema() -> None:
    from pipeline.facts.dates import extract_dates
    from pipeline.facts.finish import finish
    from pipeline.serialize import to_dict, validate

    a = article((CORPORA / "russia_belarus_customs.txt").read_text("utf-8"))
    a.tables.append(RU_TABLE)
    extract_dates(a, context())
    extract_figures(a, context())
    extract_table_figures(a, context())
    finish(a, context())
    validate(to_dict(a))
    assert {f.kind for f in a.figures} == {"money", "percent"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Экспорт вырос в два раза по сравнению с 2015 годом.", [(2.0, "x", "ratio")]),
        ("Бюджет составит два миллиарда рублей.", [(2e9, "RUB", "money")]),
        ("Trade grew three times over the decade.", [(3.0, "x", "ratio")]),
        ("The fund holds ten billion dollars.", [(1e10, "USD", "money")]),
        # counting words are not figures, nor «раз» without «в» before it
        ("Две страны подписали соглашение.", []),
        ("Three members joined the union.", []),
        ("Комиссия собирается два раза в год.", []),
        ("The Committee shall meet not less than four times a year.", []),
        ("The council met 3 times a year.", []),
        # a spelled-out scale stands for one of it after «до», «около», "a", ...; abbreviations never do
        ("Пропускная способность терминала вырастет до миллиона контейнеров.", [(1e6, "containers", "quantity")]),
        ("Через пункт пропуска прошло около полутора миллионов тонн грузов.", [(1.5e6, "t", "quantity")]),
        ("Investment in the corridor exceeded a billion dollars.", [(1e9, "USD", "money")]),
        ("Штраф составит до млн рублей.", []),
        ("Склад находится в полутора километрах от границы.", []),
        # a fraction of a scale word, «пол» glued to it; a fraction of anything else is no figure
        ("Проект стоил четверть миллиарда долларов, а ремонт — полмиллиона рублей.",
         [(2.5e8, "USD", "money"), (5e5, "RUB", "money")]),
        ("The project cost a quarter of a billion dollars and half a million euros went to repairs.",
         [(2.5e8, "USD", "money"), (5e5, "EUR", "money")]),
        ("Треть бюджета ушла на ремонт, и пол в зале покрыли плиткой.", []),
        ("A third of the budget went to repairs.", []),
        # a currency's ISO code before the number; without a scale or a sum the letters are a measure's as often
        ("Revenue reached SEK 4.2 billion and fees CHF 300, while the IRR 0.1 target and TRY 5 were missed.", [
            (4.2e9, "SEK", "money"), (300.0, "CHF", "money")]),
        ("Выручка составила KZT 5 млрд, а IRR 0,1 не достигнут.", [(5e9, "KZT", "money")]),
        # a size of data in the unit it is written in
        ("The archive is 2.5 GB and the file is 340 KB.", [(2.5, "GB", "quantity"), (340.0, "KB", "quantity")]),
        ("Объём базы — 3,5 Тб, файл весит 200 Мб.", [(3.5, "TB", "quantity"), (200.0, "MB", "quantity")]),
        # the unit of a figure carries to a scaled number after it in the same sentence
        ("Компания перевезла 100 тыс. тонн, а к 2030 году рассчитывает перевозить до миллиона.",
         [(1e5, "t", "quantity"), (1e6, "t", "quantity")]),
        ("Компания перевезла 100 тыс. тонн. К 2030 году число сотрудников вырастет до тысячи.",
         [(1e5, "t", "quantity"), (1e3, None, "quantity")]),
    ],
)
def test_numbers_written_as_words(text: str, expected: list[tuple[float, str, str]]) -> None:
    a = article(text)
    extract_figures(a, context())
    assert [(f.value, f.unit, f.kind) for f in a.figures] == expected


def test_equal_values_in_the_lines_of_a_list_are_different_facts(models: Models) -> None:
    from pipeline import analyze

    text = ("Voting in the council\n\nEach member state has a number of votes in the council:\n\n"
            "Armenia - 10 votes\n\nBelarus - 10 votes\n\nKazakhstan - 20 votes\n\nDecisions need two thirds of the votes.")
    article = analyze(text, models=models)
    assert [(f.text, f.mentions) for f in article.figures] == [("10 votes", 1), ("10 votes", 1), ("20 votes", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before a noun it governs counts that noun, in both languages
        ("В опросе участвовали 12 500 фермеров и 43 депутата.",
         [("12 500 фермеров", 12500.0, "фермеры"), ("43 депутата", 43.0, "депутаты")]),
        ("Заявку подал 31 экспортёр.", [("31 экспортёр", 31.0, "экспортёры")]),
        ("The strike involved 7,200 dockers and 310 lorries.",
         [("7,200 dockers", 7200.0, "dockers"), ("310 lorries", 310.0, "lorries")]),
        ("Some 2.3 billion travellers crossed the borders.", [("2.3 billion travellers", 2.3e9, "travellers")]),
        # after a scale word the noun is in the genitive plural, whatever the number; one adjective may
        # stand before it, and the count does not borrow the unit of the figure before it
        ("Аэропорт обслужил 1,5 млн пассажиров и 12 тыс. иностранных граждан.",
         [("1,5 млн пассажиров", 1.5e6, "пассажиры"), ("12 тыс. иностранных граждан", 12000.0, "people")]),
        ("Через пункт прошло 1,2 млн тонн грузов и 250 тыс. транспортных средств.",
         [("1,2 млн тонн", 1.2e6, "t"), ("250 тыс. транспортных средств", 250000.0, "средства")]),
        ("The port handled 1.2 million tonnes and 9,000 armed soldiers guarded it.",
         [("1.2 million tonnes", 1.2e6, "t"), ("9,000 armed soldiers", 9000.0, "soldiers")]),
        # two adjectives, joined or not, may stand between a scaled number and its noun; in English also a
        # compound of words in small letters; a function word after the number ends it without a unit
        ("Ежедневно поступает более 4 млн мелких почтовых отправлений, изъято 20 млн опасных или запрещённых "
         "предметов. Всего 309 млн за год.",
         [("4 млн мелких почтовых отправлений", 4e6, "отправления"),
          ("20 млн опасных или запрещённых предметов", 20e6, "предметы"), ("309 млн", 309e6, None)]),
        ("Officers process over 4 million de minimis shipments a day and seized 20 million dangerous or illicit "
         "items. There were 309 million so far this year.",
         [("4 million de minimis shipments", 4e6, "shipments"),
          ("20 million dangerous or illicit items", 20e6, "items"), ("309 million", 309e6, None)]),
        # an English noun before the counted one modifies it: the unit is the compound's head
        ("Some 1,500 customs officers checked 400 trade agreements; 12 firms employ them.",
         [("1,500 customs officers", 1500.0, "officers"), ("400 trade agreements", 400.0, "agreements"),
          ("12 firms", 12.0, "firms")]),
        ("Two-thirds of the 164 WTO members and 12 Russian regions joined; in 2019 Russian firms did not.",
         [("164 WTO members", 164.0, "members"), ("12 Russian regions", 12.0, "regions")]),
        # after a preposition that governs it the number and its noun are in the genitive plural, in both languages
        ("Срок выпуска сокращён до 4 часов, в пилоте участвовали около 30 компаний.",
         [("4 часов", 4.0, "часы"), ("30 компаний", 30.0, "companies")]),
        ("Release now takes up to 4 hours, and some 30 companies took part.",
         [("4 hours", 4.0, "hours"), ("30 companies", 30.0, "companies")]),
        ("Осуждено 34 человека.", [("34 человека", 34.0, "people")]),
        # a counted noun units.tsv names is that unit in any case («в 80 странах» as «80 стран»), in both languages
        ("Продукцию покупают в 80 странах мира, соглашение подписали в 27 государствах.",
         [("80 странах", 80.0, "countries"), ("27 государствах", 27.0, "countries")]),
        ("The goods are sold in 80 countries; 27 states signed the pact.",
         [("80 countries", 80.0, "countries"), ("27 states", 27.0, "countries")]),
        # a bare number counts what the count next to it counts: an aside in brackets, a part, a whole
        ("Возбуждено 233 (в 2016 году – 274) уголовных дела.",
         [("233 (в 2016 году – 274) уголовных дела", 233.0, "дела"), ("274", 274.0, "дела")]),
        ("Осуждено 34 человека, из них к лишению свободы – 8; данные даст 21 страна из 73 подписавших.",
         [("34 человека", 34.0, "people"), ("8", 8.0, "people"), ("21 страна", 21.0, "countries"),
          ("73", 73.0, "countries")]),
        ("Officers opened 233 (274 in 2016) cases.", [("233 (274 in 2016) cases", 233.0, "cases"), ("274", 274.0, "cases")]),
        ("There were 34 people convicted, of whom 8 were jailed; only 21 of 73 countries will report.",
         [("34 people", 34.0, "people"), ("8", 8.0, "people"), ("21", 21.0, "countries"),
          ("73 countries", 73.0, "countries")]),
        # inhabitants are people, areas are square kilometres; a compound or letters may stand before the noun
        ("В союзе 183 млн жителей на площади 20 млн кв. км.", [("183 млн жителей", 183e6, "people"),
                                                                ("20 млн кв. км", 20e6, "km2")]),
        ("The union has 183 million inhabitants over 20 million km2; 4.6 billion low-value parcels reached the 27 EU "
         "member states.", [("183 million inhabitants", 183e6, "people"), ("20 million km2", 20e6, "km2"),
                            ("4.6 billion low-value parcels", 4.6e9, "parcels"), ("27 EU member states", 27.0, "members")]),
        # lengths in kilometres, written whole or short, in both languages
        ("Граница тянется на 1200 километров, из них 300 км по реке.",
         [("1200 километров", 1200.0, "km"), ("300 км", 300.0, "km")]),
        ("The border runs for 1,200 kilometres, 300 km of them along a river.",
         [("1,200 kilometres", 1200.0, "km"), ("300 km", 300.0, "km")]),
        # citizens are people; a stock index moves by points (not the points of a plan's checkpoints)
        ("Проследовало 350 тысяч россиян, индекс упал на 723 пункта, открыто 5 пунктов пропуска.",
         [("350 тысяч россиян", 350e3, "people"), ("723 пункта", 723.0, "points"), ("5 пунктов пропуска", 5.0, "checkpoints")]),
        ("Some 350,000 citizens crossed, the index fell 723 points.",
         [("350,000 citizens", 350e3, "people"), ("723 points", 723.0, "points")]),
        # a scaled number compared with a count before it in its paragraph counts the same things (not one in the next
        # paragraph)
        ("In 2024, 1.36 billion shipments entered. That marks a nine-fold increase from 153 million in 2015.\n\n"
         "Against 2 million, they say.",
         [("1.36 billion shipments", 1.36e9, "shipments"), ("153 million", 153e6, "shipments"),
          ("2 million", 2e6, None)]),
        ("Через границу прошло 1,4 млн посылок против 0,9 млн годом ранее.",
         [("1,4 млн посылок", 1.4e6, "посылки"), ("0,9 млн", 0.9e6, "посылки")]),
        # litres by their names in both languages
        ("Экспорт достиг 40 млн литров.", [("40 млн литров", 40e6, "l")]),
        ("Exports reached 40 million liters, or 384,000 litres a day.",
         [("40 million liters", 40e6, "l"), ("384,000 litres", 384e3, "l")]),
        # refugees and migrants are people; oil is counted in barrels
        ("Страна приняла 1,1 млн беженцев и 20 тыс. мигрантов, добыча достигла 10,98 млн баррелей в день.",
         [("1,1 млн беженцев", 1.1e6, "people"), ("20 тыс. мигрантов", 20e3, "people"),
          ("10,98 млн баррелей", 10.98e6, "barrels")]),
        ("The country took in 1.1 million refugees and 20,000 migrants; output reached 9 million barrels a day.",
         [("1.1 million refugees", 1.1e6, "people"), ("20,000 migrants", 20e3, "people"),
          ("9 million barrels", 9e6, "barrels")]),
        # the one of a rate's denominator is no figure
        ("Нефть стоила 70 долларов за 1 баррель, построен 1 завод.", [("1 завод", 1.0, "заводы")]),
        ("Oil cost 70 dollars per 1 barrel, and 2 plants were built.", [("2 plants", 2.0, "plants")]),
        # two adjectives joined by «и», "and" may stand before the counted noun
        ("Отчитались 120 малых и средних предприятий.", [("120 малых и средних предприятий", 120.0, "companies")]),
        ("The union has 12 founding and associated members.", [("12 founding and associated members", 12.0, "members")]),
        # English adjectives in -ous, -ive, -ful, -able, -ible before the counted noun (Russian ones are read by the dictionary)
        ("Officers found 5 expensive cars and 3 thousand dangerous goods.",
         [("5 expensive cars", 5.0, "cars"), ("3 thousand dangerous goods", 3000.0, "goods")]),
        # an ordinal, a year or a label is no part and no whole
        ("Он занял 3-е место из 15 стран в 2019 году; 5 стран из 2020 года.", [("15 стран", 15.0, "countries"),
                                                                            ("5 стран", 5.0, "countries")]),
        # words the number does not govern, labels, years and days count nothing
        ("Согласно пункту 4 статьи 12 закона, в 2021 году 3 марта.", []),
        ("До 5 статьи Договора, до 2025 года, до 15 мая.", []),
        ("Article 9 provides that in 2019 officers met on 3 May.", []),
    ],
)
def test_counts_take_the_noun_as_their_unit(text: str, expected: list[tuple[str, float, str]]) -> None:
    a = article(text)
    annotate(a, context())
    found = extract_figures(a, context()).figures
    assert [(f.text, f.value, f.unit) for f in found if f.kind == "quantity"] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Норвегия выделила 40 млн норвежских крон.", 40e6, "NOK"),
        ("Грант составил 2 млрд тенге.", 2e9, "KZT"),
        ("Штраф — 15 000 гривен.", 15000.0, "UAH"),
        ("The fund paid 3 million Swedish kronor.", 3e6, "SEK"),
        ("Fees reached 90 million Hong Kong dollars.", 90e6, "HKD"),
        ("Imports cost 4.5 billion rupees.", 4.5e9, "INR"),
        # a hundredth of a currency by its own name
        ("Авокадо подорожает на 50 центов.", 0.5, "USD"),
        ("Проезд подорожал на 30 копеек.", 0.3, "RUB"),
        ("A litre costs 20 cents more.", 0.2, "USD"),
        ("The stamp now costs 10 pence.", 0.1, "GBP"),
    ],
)
def test_currencies_by_their_names_in_both_languages(text: str, value: float, unit: str) -> None:
    assert [(f[1], f[2], f[3]) for f in figures(text)] == [(value, unit, "money")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the currency after a bracket is that of the sums before it and inside it
        ("Объём операций составил 324 млрд (в 2016 году – 521 млрд, в 2015-м – 600 млрд) руб.",
         [(324e9, "RUB"), (521e9, "RUB"), (600e9, "RUB")]),
        ("Cash withdrawals reached 324 billion (521 billion in 2016) roubles.", [(324e9, "RUB"), (521e9, "RUB")]),
        # a sum joined by «и», "and" to the next takes its currency
        ("Ущерб составил около 39 млрд и 23,9 млрд руб. соответственно.", [(39e9, "RUB"), (23.9e9, "RUB")]),
        ("Damage reached 39 billion and 23.9 billion roubles respectively.", [(39e9, "RUB"), (23.9e9, "RUB")]),
        # a word that is a ratio by itself
        ("Поставки выросли вдвое, а экспорт — втрое; вдвоём они справились.", [(2.0, "x"), (3.0, "x")]),
        ("Supplies grew twofold and exports threefold.", [(2.0, "x"), (3.0, "x")]),
        ("Отмечено удвоение поставок и утроение экспорта.", [(2.0, "x"), (3.0, "x")]),
        ("Parcels came in, a doubling from 2023 and a tripling from 2022.", [(2.0, "x"), (3.0, "x")]),
        # lengths of time in days and weeks are measured; years and months (ages, distances in time) are not
        ("Поезд идёт 10–12 дней, проверка займёт до 9 суток, а виза выдаётся на 2 недели; ему 17 лет.",
         [(10.0, "days"), (12.0, "days"), (9.0, "days"), (2.0, "weeks")]),
        ("The train takes 10 to 12 days, checks take up to 9 days and a visa lasts 2 weeks; he is 17 years old.",
         [(10.0, "days"), (12.0, "days"), (9.0, "days"), (2.0, "weeks")]),
        # a percentage written as an adjective
        ("США ввели 25-процентную пошлину на сталь.", [(25.0, "%")]),
        ("The US imposed a 25-percent duty on steel.", [(25.0, "%")]),
    ],
)
def test_units_that_the_words_around_a_number_give(text: str, expected: list[tuple[float, str]]) -> None:
    a = article(text)
    annotate(a, context())
    assert [(f.value, f.unit) for f in extract_figures(a, context()).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bare second end of a range after a sum its sign opens; a year before a sign is no sum
    ("Бутылка будет стоить $15—16 (сейчас около $12), в 2016 $5 платили.",
     [(15.0, "USD"), (16.0, "USD"), (12.0, "USD"), (5.0, "USD")]),
    ("A bottle will cost €15–16 (now about €12); in 2016 €5 was paid.",
     [(15.0, "EUR"), (16.0, "EUR"), (12.0, "EUR"), (5.0, "EUR")]),
    # a unit of two words is not one word's unit after an adjective
    ("Доля выросла на 7 процентных пунктов, индекс — на 3 пункта.", [(7.0, "p.p."), (3.0, "points")]),
    ("The share rose 7 percentage points, the index 3 points.", [(7.0, "p.p."), (3.0, "points")]),
])
def test_both_ends_of_a_range_of_money_and_units_of_two_words(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Нефть стоила 70 долларов за 1 баррель, а рост ускорится на 1% в год.", [(70.0, "USD"), (1.0, "%")]),
    ("Oil cost 70 dollars per 1 barrel, and Russia accounts for 1% of world trade.", [(70.0, "USD"), (1.0, "%")]),
])
def test_one_percent_is_no_rates_denominator(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f[1], f[2]) for f in figures(text)] == expected
