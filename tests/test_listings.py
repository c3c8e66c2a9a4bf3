"""Code, queries and data printed in an article are read for no facts; prose, lists and notes are."""

from __future__ import annotations

import pytest
from helpers import shared_models

from pipeline import analyze
from pipeline.layout.listings import listing


@pytest.mark.parametrize(
    "paragraph",
    [
        # data a program stores, in either language
        '"_id" : ObjectId("5a036851e972"), "name" : "Плов", "cuisine" : "Узбекистан", "cost" : 300',
        '{"country": "Germany", "importer": "Siemens AG", "value": 1200}',
        # a query and code
        "MATCH (g:Group), (g)-[r]-(p:Person) WHERE p.vkId = {0} RETURN g as group, COUNT(r) AS rating",
        "queue[rob] = reverse(queue[rob][0 : t - 1])",
        "for (i = 0; i < n; i++) {\n  total += price[i];\n}",
        "def tariff(code):\n    rates = {'RU': 0.05, 'KZ': 0.04}\n    return rates[code]",
    ],
)
def test_listings_are_told_by_their_syntax(paragraph: str) -> None:
    assert listing(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # prose with citations, in either language
        "Таможенный союз ЕАЭС объединяет Россию, Беларусь и Казахстан [1, 2]; его кодекс действует с 2018 г. [3].",
        "The World Customs Organization [4] adopted the SAFE Framework [5], [6] in 2005.",
        # a list of names parted by semicolons, a legal list ended by semicolons
        "Russia; Belarus; Kazakhstan; Armenia; Kyrgyzstan",
        "- Федеральный закон от 27.11.2010 № 311-ФЗ;\n- Таможенный кодекс ЕАЭС;\n- Решение Комиссии № 257;",
        # a note defining abbreviations, a formula in a sentence
        "Note. WTO = World Trade Organization; EU = European Union; CI = confidence interval.",
        "Ставка пошлины t = 5 %, а объём импорта составил 1,2 млрд долларов.",
    ],
)
def test_prose_lists_and_notes_are_no_listings(paragraph: str) -> None:
    assert not listing(paragraph)


@pytest.mark.parametrize(
    ("listed", "prose", "country"),
    [
        ('Пример записи в базе:\n\n"name" : "Плов", "cuisine" : "Узбекистан", "calories" : 650\n\n'
         "Запись хранит рецепт.",
         "Рецепт плова пришёл из Узбекистана, где его готовят на праздники.", "Узбекистан"),
        ('A record of the store reads:\n\n{"origin": "Germany", "qty": 12, "price": 7.5}\n\n'
         "The store keeps one such record a shipment.",
         "The shipment came from Germany and was cleared in two days.", "Germany"),
    ],
)
def test_a_country_in_a_listing_is_no_fact_of_the_article(listed: str, prose: str, country: str) -> None:
    models = shared_models()
    coded = analyze(listed, models=models)
    assert country not in [c.name for c in coded.countries]
    assert any("code or data" in w for w in coded.warnings)
    assert country in coded.text  # the listing stays in the text
    assert country in [c.name for c in analyze(prose, models=models).countries]
