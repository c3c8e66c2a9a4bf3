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
