"""Abbreviations and short names defined by the article itself."""

import pytest
from helpers import make_article

from pipeline.lexicon.abbreviations import learn_abbreviations
from pipeline.record import Article


def _article(text: str) -> Article:
    return make_article(text)


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Евразийский экономический союз (далее - ЕАЭС) – это международное объединение.", "ЕАЭС", "Евразийский экономический союз"),
        ("Сегодня сотрудничество Российской Федерации (далее – РФ) со странами Азии.", "РФ", "Российской Федерации"),
        ("партнерства между Союзом и Всемирной таможенной организацией (ВТамО).", "ВТамО", "Всемирной таможенной организацией"),
        ("ВТамО (Всемирная таможенная организация) объединяет таможенные службы.", "ВТамО", "Всемирная таможенная организация"),
        ("The World Customs Organization (WCO) is an intergovernmental body.", "WCO", "World Customs Organization"),
        ("Russia joined the Central Asian Economic Community (CAEC) in 2004.", "CAEC", "Central Asian Economic Community"),
        ("Договор о Евразийском экономическом союзе (далее — Договор) вступил в силу.", "Договор", None),
        ("the Eurasian Economic Union (hereinafter referred to as \"the Union\") was set up", "Union", None),
    ],
)
def test_definitions(text: str, short: str, long: str | None) -> None:
    definitions = learn_abbreviations(_article(text))
    assert [d.short for d in definitions] == [short]
    d = definitions[0]
    assert text[d.short_start : d.short_end] == short
    assert d.long(text) == long


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот вырос на 12 % (2014 г.) по сравнению с прошлым годом.",
        "Trade grew (see Table 2) in the first quarter.",
        "Сотрудничество (в широком смысле) охватывает многие сферы.",
    ],
)
def test_no_definition(text: str) -> None:
    assert learn_abbreviations(_article(text)) == []


@pytest.mark.parametrize(
    "text, short, long",
    [
        # a term's short form set right after its words, without brackets
        ("Отрезок линии передачи ЛП протяженностью d согласован с нагрузкой.", "ЛП", "линии передачи"),
        ("Мгновенная амплитудно-частотная характеристика АЧХ имеет неравномерность.", "АЧХ",
         "амплитудно-частотная характеристика"),
        ("The receiver locks a phase locked loop PLL to the reference.", "PLL", "phase locked loop"),
    ],
)
def test_terms_defined_without_brackets(text: str, short: str, long: str) -> None:
    definitions = learn_abbreviations(_article(text))
    assert [(d.short, d.long(text), d.unbracketed) for d in definitions] == [(short, long, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a name in capitals is no term: its short form after it is left to the bracketed definitions
        "Федеральная Таможенная Служба ФТС провела проверку.",
        "The report of the World Customs Organization WCO was published.",
        # the letters must start the words right before, one a word; a later use defines nothing
        "Сотрудничество стран ЕАЭС в таможенной сфере растёт.",
        "Отчёт ФТС получен, затем таможенная служба ФТС ответила.",
        "Trade within the EAEU grew as customs union members agreed.",
    ],
)
def test_no_term_defined_without_brackets(text: str) -> None:
    assert [d for d in learn_abbreviations(_article(text)) if d.unbracketed] == []


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        # a Roman numeral in brackets that spells none of the words before it numbers a company, and defines nothing
        ("The shares went to Shell Exploration and Production (LXXI) B.V. in May.", []),
        ("Акционером стала «Шелл Эксплорейшн энд Продакшн (LXXI) Б.В.» в мае.", []),
        # letters that spell the words before them stay a short form, Roman-looking or not
        ("Carbon dioxide emissions under the Clean Development Mechanism (CDM) fell.", ["CDM"]),
    ],
)
def test_a_roman_numeral_in_brackets_defines_no_short_form(text: str, defined: list[str]) -> None:
    assert [d.short for d in learn_abbreviations(_article(text))] == defined
