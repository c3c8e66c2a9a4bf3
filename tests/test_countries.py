"""Countries in any case and either language, one fact each; adjectives and cities are not countries."""

from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline.facts.countries import country_gazetteer, extract_countries, load_countries
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.record import Article

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _run(text: str, models: Models, language: str = "ru") -> Article:
    article = make_article(text, language=language)
    annotate(article, context())
    return extract_countries(article, context())


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Сотрудничество между Россией и Беларусью развивается.", "ru", {"RU": "Россия", "BY": "Беларусь"}),
        ("Товарооборот Российской Федерации с Республикой Беларусь вырос.", "ru", {"RU": "Россия", "BY": "Беларусь"}),
        ("Из Белоруссии в РФ поставляется молоко, а в РБ – нефть.", "ru", {"BY": "Беларусь", "RU": "Россия"}),
        ("Киргизия и Кыргызская Республика — одна страна, как КНР и Китай.", "ru", {"KG": "Кыргызстан", "CN": "Китай"}),
        ("Поставки в Соединённые Штаты Америки и Великобританию сократились.", "ru", {"US": "США", "GB": "Великобритания"}),
        ("Товары из Филиппин и Чада прошли таможню в Того.", "ru", {"PH": "Филиппины", "TD": "Чад", "TG": "Того"}),
        ("Russia and the Republic of Belarus signed the treaty with Kazakhstan.", "en", {"RU": "Russia", "BY": "Belarus", "KZ": "Kazakhstan"}),
        ("Imports from the USA, the UK and the People's Republic of China fell.", "en", {"US": "United States", "GB": "United Kingdom", "CN": "China"}),
        ("The Kyrgyz Republic joined the Russian Federation in the union.", "en", {"KG": "Kyrgyzstan", "RU": "Russia"}),
        # a country's official name as authors who write in a second language give it
        ("The Russia Federation and Brazil signed the BRICS memorandum.", "en", {"RU": "Russia", "BR": "Brazil"}),
        # letters with their points, before a word in small letters and at a sentence's end
        ("We forecast the U.S. quarterly real GDP growth rate, as in the U.K.", "en",
         {"US": "United States", "GB": "United Kingdom"}),
        # territories with a code of their own, customs territories apart from their states
        ("Profits booked in Bermuda, the Cayman Islands and the Isle of Man escape the tax.", "en",
         {"BM": "Bermuda", "KY": "Cayman Islands", "IM": "Isle of Man"}),
        ("Прибыль выводится на Бермудские острова, в Гибралтар и Пуэрто-Рико.", "ru",
         {"BM": "Бермуды", "GI": "Гибралтар", "PR": "Пуэрто-Рико"}),
        # the two Congos, the longer name written without its article
        ("Deaths in the Democratic Republic of Congo outnumbered those in the Republic of the Congo.", "en",
         {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo"}),
        ("Беженцы из Демократической Республики Конго прибыли в Республику Конго.", "ru",
         {"CD": "Демократическая Республика Конго", "CG": "Республика Конго"}),
    ],
)
def test_countries(text: str, language: str, expected: dict[str, str], models: Models) -> None:
    article = _run(text, models, language)
    assert {c.iso2: c.name for c in article.countries} == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a currency named after a country, and a country's name inside another name, name no country
        ("Экспорт в Казахстан составил 5 млн долл. США, импорт — 3 млрд долларов США.", "ru", {"KZ"}),
        ("Exports to Kenya reached US$ 5 million, or 2 million US dollars (constant 2005 US$).", "en", {"KE"}),
        ("The Uruguay Round ended in 1994; trade through the Panama Canal and Mexico City grew, as in Chile.", "en",
         {"CL"}),
        # a province or a part of a country named after another: "British Columbia", "New Mexico"
        ("Mines in British Columbia and New Mexico export gold; New Zealand imports it.", "en", {"NZ"}),
        ("Rich regions of Northern Italy and Northern Spain converge.", "en", {"IT", "ES"}),
        ("Месторождение в Британской Колумбии дало золото, а Новая Зеландия его купила.", "ru", {"NZ"}),
        # letters that a word in small letters follows: radio-frequency devices
        ("Table 1 compares tunable RF devices and RF filters made in Japan.", "en", {"JP"}),
        # such letters alone in a figure's legend, the country never named otherwise; named, they stand for it
        ("Climate hazards\n\nRF + D\n\nBovine\n\nRF + Thi\n\nForest loss to pasture in Brazil.", "en", {"BR"}),
        ("Russia joined the treaty; the RF Government signed it in Brazil.", "en", {"RU", "BR"}),
        # a street named after a country
        ("Traders sell along Somalia Drive and Congo Road in Monrovia, Liberia.", "en", {"LR"}),
    ],
)
def test_currencies_and_other_names_that_hold_a_countrys_name(text: str, language: str, expected: set[str],
                                                              models: Models) -> None:
    assert {c.iso2 for c in _run(text, models, language).countries} == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Российский и белорусский бизнес работает в Москве и Минске.", "ru"),
        ("Того же мнения придерживаются эксперты из Санкт-Петербурга.", "ru"),
        ("Латинская Америка и Юго-Восточная Азия наращивают торговлю.", "ru"),
        ("Russian and Belarusian firms opened offices in Brussels and Minsk.", "en"),
        ("The customs service told us about the new rules.", "en"),
        ("The firm moved from New Jersey to a new jersey factory.", "en"),
    ],
)
def test_no_countries(text: str, language: str, models: Models) -> None:
    assert _run(text, models, language).countries == []


def test_mentions_replace_loc_spans(models: Models) -> None:
    article = _run("Между Россией и Беларусью подписано соглашение в Москве.", models)
    countries = [m for m in article.mentions if m.type == "COUNTRY"]
    assert [(m.text, m.fact_id) for m in countries] == [("Россией", "cty-RU"), ("Беларусью", "cty-BY")]
    spans = [(m.start, m.end) for m in article.mentions]
    assert len(spans) == len(set(spans))
    assert any(m.type == "LOC" and m.text == "Москве" for m in article.mentions)


def test_defined_short_name(models: Models) -> None:
    text = "Кыргызская Республика (далее – Республика) присоединилась к Союзу. Республика получила доступ к рынку."
    article = _run(text, models)
    forms = [m.text for m in article.mentions if m.fact_id == "cty-KG"]
    assert forms == ["Кыргызская Республика", "Республика", "Республика"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a country's short name the text defines for something else names no country anywhere in it
        ("The ions were guided by radio frequency (RF) fields. The RF amplitude was 300 V. Samples came from Germany.",
         "en", ["DE"]),
        ("Подходы основаны на алгоритме Unit Selection (US). Алгоритм US даёт речь высокого качества. Данные собраны во Франции.",
         "ru", ["FR"]),
        # defined for the country itself, it stays the country
        ("The United States (US) and China signed the deal. The US later withdrew.", "en", ["US", "CN"]),
        ("Российская Федерация (далее – РФ) подписала договор. РФ ратифицировала его.", "ru", ["RU"]),
    ],
)
def test_a_short_name_defined_for_something_else_is_no_country(text: str, language: str, expected: list[str],
                                                                models: Models) -> None:
    assert [c.iso2 for c in _run(text, models, language).countries] == expected


def test_country_list_is_complete() -> None:
    countries = load_countries()
    assert len(countries) >= 195
    assert {"RU", "BY", "KZ", "KG", "AM", "CN", "US", "DE", "VN", "IN", "BR"} <= set(countries)


def test_russia_belarus_corpus(models: Models) -> None:
    text = (CORPORA / "russia_belarus_customs.txt").read_text(encoding="utf-8")
    article = _run(text, models)
    assert {c.iso2 for c in article.countries} == {"RU", "BY", "DE", "IT"}
    belarus = {m.text.split()[-1] for m in article.mentions if m.fact_id == "cty-BY"}
    assert {"Беларусью", "Беларуси", "Белоруссии", "Belarus"} <= belarus


@pytest.mark.parametrize(
    ("text", "language", "rows", "expected"),
    [
        ("Доходы выросли во всех странах Союза, как видно из таблицы.", "ru",
         [["Армения", "1,2"], ["Кыргызстан", "0,4"], ["Итого", "1,6"]], {"AM": 1, "KG": 1}),
        ("Revenues rose in Germany and across the Union, as the table shows.", "en",
         [["Germany", "13.3"], ["Austria", "3.1"], ["Denmark", "1.8"], ["Total", "18.2"]], {"DE": 1, "AT": 1, "DK": 1}),
    ],
)
def test_countries_only_a_table_names(text: str, language: str, rows: list[list[str]], expected: dict[str, int],
                                      models: Models) -> None:
    """A table of countries names countries the text does not: each is a fact, counted once a cell."""
    from pipeline.record import Table

    article = make_article(text, language=language, tables=[Table(caption=None, header=[], rows=rows)])
    annotate(article, context())
    found = extract_countries(article, context()).countries
    named_in_text = {m.fact_id for m in article.mentions if m.type == "COUNTRY"}
    assert {c.iso2 for c in found} == set(expected)
    assert {c.iso2: c.mentions for c in found if c.id not in named_in_text} == \
        {iso2: n for iso2, n in expected.items() if f"cty-{iso2}" not in named_in_text}
    assert named_in_text == ({"cty-DE"} if language == "en" else set())


@pytest.mark.parametrize(
    ("text", "language", "rows"),
    [
        ("We compare a random forest (RF) with a decision tree (DT) on the data of Germany.", "en",
         [["Model", "Accuracy"], ["RF", "0.97"], ["DT", "0.91"]]),
        ("Сравниваются алгоритм Unit Selection (US) и скрытые марковские модели на данных Германии.", "ru",
         [["Метод", "Оценка"], ["US", "3,9"], ["СММ", "3,5"]]),
    ],
)
def test_a_short_name_defined_for_something_else_is_no_country_in_the_tables_either(
        text: str, language: str, rows: list[list[str]], models: Models) -> None:
    from pipeline.record import Table

    article = make_article(text, language=language, tables=[Table(caption=None, header=[], rows=rows)])
    annotate(article, context())
    assert [c.iso2 for c in extract_countries(article, context()).countries] == ["DE"]


@pytest.mark.parametrize(
    ("text", "iso2"),
    [("The former Soviet Union and the USSR republics traded with Finland.", "SU"),
     ("Во времена СССР торговля шла через Совет экономической взаимопомощи.", "SU")],
)
def test_a_state_that_no_longer_exists_is_a_country_not_a_body(text: str, iso2: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert iso2 in {c.iso2 for c in article.countries}
    assert not any("Soviet" in o.name or "СССР" in o.name for o in article.organisations)



@pytest.mark.parametrize(
    "text, language, short",
    [
        ("Россия впервые открыла свою Миссию в Либерии (РМЛ) в 2003 году. РМЛ работала до 2018 года.", "ru", "РМЛ"),
        ("The bank opened its Office in Kenya (OK) in 2003. OK closed in 2018.", "en", "OK"),
    ],
)
def test_a_short_form_defined_for_a_thing_whose_name_ends_with_a_country_is_no_country(
        text: str, language: str, short: str, models: Models) -> None:
    article = _run(text, models, language)
    assert not any(m.type == "COUNTRY" and m.text == short for m in article.mentions)


@pytest.mark.parametrize(
    ("forms", "iso2"),
    [
        # a country's name that is also a case of another place's name: its own reading («Ливан», not «Ливаны»)
        (["Ливан", "Ливана", "Ливане", "Ливаном"], "LB"),
        (["Чад", "Чада"], "TD"),
        (["Филиппины", "Филиппин", "Филиппинах"], "PH"),
    ],
)
def test_every_case_of_a_countrys_name_looks_the_country_up(models: Models, forms: list[str], iso2: str) -> None:
    gazetteer = country_gazetteer(models.morph)
    assert [gazetteer.lookup(form) for form in forms] == [iso2] * len(forms)
