"""The multilateral agreements trade and customs articles cite most (the WTO's agreements, the dispute
settlement understanding, the climate and investment conventions) are read by the names articles give
them in both languages and reported under one registered title each."""

from __future__ import annotations

import pytest
from helpers import context, make_article

from pipeline.facts.acts.extract import extract_treaties
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models


def _titles(text: str, language: str) -> list[str]:
    article = make_article(text, language=language)
    annotate(article, context())
    return [t.title for t in extract_treaties(article, context()).treaties]


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Duties were imposed under the Anti-Dumping Agreement after the investigation.", "en",
         "Agreement on Implementation of Article VI of the General Agreement on Tariffs and Trade 1994"),
        ("Пошлины введены в соответствии с Антидемпинговым соглашением ВТО после расследования.", "ru",
         "Соглашение по применению статьи VI ГАТТ 1994"),
        ("Panels are formed under the Dispute Settlement Understanding within weeks.", "en",
         "Understanding on Rules and Procedures Governing the Settlement of Disputes"),
        ("Стороны сослались на Парижское соглашение по климату.", "ru", "Парижское соглашение"),
        # the WTO's founding agreement by the name the press gives it
        ("Согласно уставу ВТО новый член принимается с согласия всех.", "ru",
         "Марракешское соглашение об учреждении Всемирной торговой организации"),
        ("Under the WTO Charter a new member is admitted with the consent of all.", "en",
         "Marrakesh Agreement Establishing the World Trade Organization"),
        ("The Oslo Accords set up an interim authority.", "en", "Oslo Accords"),
        ("The ICSID Convention governs the arbitration.", "en",
         "Convention on the Settlement of Investment Disputes between States and Nationals of Other States"),
    ],
)
def test_a_registered_agreement_is_read_by_the_name_an_article_gives_it(models: Models, text: str, language: str,
                                                                         title: str) -> None:
    assert title in _titles(text, language)


def test_containers_counted_in_teu_name_no_treaty(models: Models) -> None:
    """"TEU" in a customs text counts containers; the Treaty on European Union is read by its name."""
    assert _titles("The port handled 2 million TEU in 2019.", "en") == []
