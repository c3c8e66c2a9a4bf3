from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline.facts.dates import extract_dates, find_dates
from pipeline.record import Article

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def article(text: str) -> Article:
    return make_article(text)


def dates(text: str) -> list[tuple[str, str, str, str | None]]:
    """(text, kind, value, end) of every date found."""
    return [(text[d.start : d.end], d.kind, d.value, d.end_value) for d in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points, Russian
        ("договор от 08.12.1999 «О создании союзного государства»", [("08.12.1999", "point", "1999-12-08", None)]),
        ("подписан 8 декабря 1999 г. в Москве", [("8 декабря 1999 г.", "point", "1999-12-08", None)]),
        ("Договором о ЕАЭС (2014г.), международное", [("2014г.", "point", "2014", None)]),
        ("в 2014г. был подписан", [("2014г.", "point", "2014", None)]),
        ("объём торговли в 2024 году составил", [("2024 году", "point", "2024", None)]),
        ("вступил в силу 30 июня 2017 года", [("30 июня 2017 года", "point", "2017-06-30", None)]),
        ("в январе 2017 г. объём вырос", [("январе 2017 г.", "point", "2017-01", None)]),
        ("(январь 2016 к январю 2017 года)",
         [("январь 2016", "point", "2016-01", None), ("январю 2017 года", "point", "2017-01", None)]),
        ("и в 2018 Таможенный кодекс ЕАЭС", [("2018", "point", "2018", None)]),
        ("в 1990-х годах", [("1990-х годах", "range", "1990", "1999")]),
        # a quarter or a half of a year, a range of days or months, a part of a year, in both languages
        ("экспорт в I квартале 2024 г. вырос", [("I квартале 2024 г.", "range", "2024-01", "2024-03")]),
        ("в первом полугодии 2023 года", [("первом полугодии 2023 года", "range", "2023-01", "2023-06")]),
        ("exports in the third quarter of 2023 and in H1 2024 grew",
         [("third quarter of 2023", "range", "2023-07", "2023-09"), ("H1 2024", "range", "2024-01", "2024-06")]),
        ("in Q4 2022", [("Q4 2022", "range", "2022-10", "2022-12")]),
        ("учения прошли с 1 по 15 марта 2023 г.", [("с 1 по 15 марта 2023 г.", "range", "2023-03-01", "2023-03-15")]),
        ("talks ran from 1 to 15 March 2023", [("from 1 to 15 March 2023", "range", "2023-03-01", "2023-03-15")]),
        ("с января по март 2024 года", [("с января по март 2024 года", "range", "2024-01", "2024-03")]),
        ("between March and May 2023", [("between March and May 2023", "range", "2023-03", "2023-05")]),
        ("the rules changed in mid-2024", [("mid-2024", "point", "2024", None)]),
        # no third half of a year
        ("в третьем полугодии 2023 года", [("2023 года", "point", "2023", None)]),
        # points, English
        ("signed on 3 October 2014 in Minsk", [("3 October 2014", "point", "2014-10-03", None)]),
        ("on October 3, 2014, Putin signed", [("October 3, 2014", "point", "2014-10-03", None)]),
        ("in force from 1 January 2015.", [("1 January 2015", "point", "2015-01-01", None)]),
        ("(December 15th, 1950) in the English", [("December 15th, 1950", "point", "1950-12-15", None)]),
        ("adopted in 1950 of the Convention", [("1950", "point", "1950", None)]),
        ("In 1952, the council met", [("1952", "point", "1952", None)]),
        ("in the late 1990s", [("1990s", "range", "1990", "1999")]),
        ("a top priority from Spring 2008, when", [("2008", "point", "2008", None)]),
        ("the effects of the 2008 financial crisis", [("2008", "point", "2008", None)]),
        ("the 2002, 2007 and 2012 editions of the HS", [("2002", "point", "2002", None),
                                                        ("2007", "point", "2007", None),
                                                        ("2012", "point", "2012", None)]),
        ("в 2015, 2016 и 2017 годах", [("2015", "point", "2015", None), ("2016", "point", "2016", None),
                                       ("2017 годах", "point", "2017", None)]),
        # ranges
        ("Товарооборот России и Беларуси в 2022-2024гг. [4]", [("2022-2024гг.", "range", "2022", "2024")]),
        ("СЭЗ, созданных с 2010 по 2015 гг.;", [("с 2010 по 2015 гг.", "range", "2010", "2015")]),
        ("в 2016–2017 годах", [("2016–2017 годах", "range", "2016", "2017")]),
        ("Прошедший 19–20 мая 2016 года саммит", [("19–20 мая 2016 года", "range", "2016-05-19", "2016-05-20")]),
        ("за январь — сентябрь 2016 года", [("январь — сентябрь 2016 года", "range", "2016-01", "2016-09")]),
        ("a regional organisation 2000–2014 which", [("2000–2014", "range", "2000", "2014")]),
        ("from 2010 to 2015 the trade grew", [("from 2010 to 2015", "range", "2010", "2015")]),
        ("between 2000 and 2014 which", [("between 2000 and 2014", "range", "2000", "2014")]),
        ("from November 1947 to June 1950.", [("from November 1947 to June 1950", "range", "1947-11", "1950-06")]),
        ("Минск, с 1996-го и до конца 2015 года находившийся",
         [("с 1996-го и до конца 2015 года", "range", "1996", "2015")]),
        # deadlines
        ("Стратегия сотрудничества до 2025 года.", [("до 2025 года", "deadline", "2025", None)]),
        ("зону свободной торговли к 2030 г.", [("к 2030 г.", "deadline", "2030", None)]),
        ("до конца 2016 года", [("до конца 2016 года", "deadline", "2016", None)]),
        ("to be reached by 2030.", [("by 2030", "deadline", "2030", None)]),
        # a month of the same year as the date before it
        ("В марте 2015-го инициативу озвучили, в сентябре того же года её поддержали.",
         [("марте 2015-го", "point", "2015-03", None), ("сентябре того же года", "point", "2015-09", None)]),
        ("It was announced in March 2015 and backed in September of the same year.",
         [("March 2015", "point", "2015-03", None), ("September of the same year", "point", "2015-09", None)]),
        # an act's date with its year in two figures, before its number (Russian style of citing acts)
        ("распоряжением Правительства РФ от 05.05.17 № 870-р", [("05.05.17", "point", "2017-05-05", None)]),
        ("версия 1.05.17 и телефон 12.05.17", []),
        # the part of the year after «к», "by": «к началу 2009 года», "by early 2009"
        ("а к началу 2009 года – до 50 евро", [("к началу 2009 года", "deadline", "2009", None)]),
        ("К концу 2027 года рынок будет создан.", [("К концу 2027 года", "deadline", "2027", None)]),
        ("duties rise by early 2009, and by the middle of 2027 they fall.",
         [("by early 2009", "deadline", "2009", None), ("by the middle of 2027", "deadline", "2027", None)]),
        ("valid until 2025.", [("until 2025", "deadline", "2025", None)]),
        ("open for signature until 31st March, 1951.", [("until 31st March, 1951", "deadline", "1951-03-31", None)]),
        # a base of comparison is a point, not a deadline
        ("2024г. в % к 2022 г.", [("2024г.", "point", "2024", None), ("2022 г.", "point", "2022", None)]),
        # the year a figure is for; a year "through" which something runs is a deadline
        ("Its PPP for 2011 was high.", [("2011", "point", "2011", None)]),
        ("ВВП за 2011 год вырос.", [("2011 год", "point", "2011", None)]),
        ("purchases valued at $750 billion through 2028", [("through 2028", "deadline", "2028", None)]),
        # a year and a dash before a word for now: the start of what goes on, a point
        ("Chile (2016–present) joined.", [("2016", "point", "2016", None)]),
        ("Председатель (2016 — н. в.) выступил.", [("2016", "point", "2016", None)]),
        # a word a currency's name opens is no currency after a year ("Europe" is no "euro", «драматические» no «драм»)
        ("In 2010 European customs changed.", [("2010", "point", "2010", None)]),
        ("В 2015 драматические события изменили рынок.", [("2015", "point", "2015", None)]),
        # a year a date's word opens stays one before a word of things counted; a word a unit opens is no unit
        ("В 2015 компания вышла на рынок, а в 2017 тоннель открыли.",
         [("2015", "point", "2015", None), ("2017", "point", "2017", None)]),
        ("In 2019 companies grew and in 2012 member states agreed.",
         [("2019", "point", "2019", None), ("2012", "point", "2012", None)]),
        # the layout makes a bare year a date: a whole cell of a row the bar or a tab divides, the year opening a
        # list item before a name or a line of a chronology before a dash
        ("Mercosur | 1991 | WT/COMTD/1\nSACU | 1910\nEAC | 2005-01-01 | WT/14",
         [("1991", "point", "1991", None), ("1910", "point", "1910", None), ("2005-01-01", "point", "2005-01-01", None)]),
        ("ЕАЭС\t2015\tМосква\nЕС\t1993\tБрюссель",
         [("2015", "point", "2015", None), ("1993", "point", "1993", None)]),
        ("- 2010 Southern African Development Community\n- 2015 Arab Customs Union\n- 1950 members left",
         [("2010", "point", "2010", None), ("2015", "point", "2015", None)]),
        ("1994 — создан Таможенный союз.\n• 2010 Таможенный союз трёх государств\n- 1950 человек",
         [("1994", "point", "1994", None), ("2010", "point", "2010", None)]),
        # a bracket opens a range of years as "from" does; "founded" a year; "deadline of" a deadline; a part of a decade
        # is the decade
        ("Rounds under the GATT (1949 to 1979) cut tariffs.", [("1949 to 1979", "range", "1949", "1979")]),
        ("The World Bank (founded 1944) lent.", [("1944", "point", "1944", None)]),
        ("The original deadline of 1 January 2005 was missed.",
         [("deadline of 1 January 2005", "deadline", "2005-01-01", None)]),
        ("In the mid-1950s talks failed.", [("1950s", "range", "1950", "1959")]),
        ("В середине 1950-х годов переговоры сорвались.", [("1950-х годов", "range", "1950", "1959")]),
        # not dates
        ("food for 2000 people", []),
        ("достиг рекордных 57,6 млрд. долларов", []),
        ("перевезено 2000 тонн груза", []),
        ("в 2000 тонн", []),
        ("сотрудничества народов. [4]", []),
        ("Article XVI (a). The Council", []),
        ("1. Гармонизация таможенного законодательства.", []),
        ("see pp. 1990-2000 for details", []),
        ("the fund of 1950 members", []),
        ("Bare 1950 alone and 2030 too.", []),
        ("телефон 8 (495) 123-45-67", []),
        ("в 1,5 раза, с 13 до 22%", []),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


def test_repeated_dates_are_mentions_of_one_fact() -> None:
    a = extract_dates(article("В 2024 году экспорт вырос. По итогам 2024 года и в 2024 году импорт до 2025 года."), context())
    assert [(d.id, d.kind, d.value, d.mentions) for d in a.dates] == [
        ("date-1", "point", "2024", 3),
        ("date-2", "deadline", "2025", 1),
    ]
    assert [(m.type, m.text, m.fact_id) for m in a.mentions] == [
        ("DATE", "2024 году", "date-1"),
        ("DATE", "2024 года", "date-1"),
        ("DATE", "2024 году", "date-1"),
        ("DATE", "до 2025 года", "date-2"),
    ]
    first = a.dates[0]
    assert a.text[first.start : first.stop] == first.text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("russia_belarus_customs.txt", {("point", "1999-12-08", None), ("range", "2022", "2024"),
                                        ("point", "2024", None), ("point", "2022", None)}),
        ("eaeu_customs_cooperation.txt", {("point", "2014", None), ("deadline", "2025", None),
                                          ("point", "2017", None), ("point", "2018", None)}),
    ],
)
def test_sample_articles(name: str, expected: set[tuple[str, str, str | None]]) -> None:
    a = extract_dates(article((CORPORA / name).read_text("utf-8")), context())
    found = {(d.kind, d.value, d.end) for d in a.dates}
    assert expected <= found
    # reference markers, list numbers and table figures are not dates
    assert all(1900 <= int(d.value[:4]) <= 2100 for d in a.dates)
    assert not any(m.text.strip("[]").isdigit() and len(m.text) < 4 for m in a.mentions)


def test_year_word_followed_by_a_unit_like_word_is_still_a_year() -> None:
    # «компания» looks like the unit «компаний»; after «года» the number is a year all the same
    assert dates("Еще с 2006 года компания имеет завод") == [("2006 года", "point", "2006", None)]


def test_percent_base_year_is_not_a_deadline_but_a_target_is() -> None:
    assert dates("Темпы роста 3,6% к 2020 году") == [("к 2020 году", "deadline", "2020", None)]
    assert dates("2024г. в % к 2022 г.")[1] == ("2022 г.", "point", "2022", None)
