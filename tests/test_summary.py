"""The extractive summary: a few real sentences of the main language, conclusions first, never fragments."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline import analyze
from pipeline.digest.directions import extract_directions
from pipeline.digest.relevance import measure_relevance
from pipeline.digest.summary import summarise
from pipeline.layout.structure import structure
from pipeline.nlp.annotate import annotate
from pipeline.nlp.lang import detect
from pipeline.nlp.models import Models
from pipeline.record import Article
from pipeline.settings import Settings


def analyse(text: str, models: Models, sentences: int = 4) -> Article:
    article = make_article(text)
    structure(article, context())
    annotate(article, context())
    measure_relevance(article, context())
    extract_directions(article, context())
    return summarise(article, context(Settings(summary_sentences=sentences)))


def sample(name: str, corpora: Path, models: Models) -> Article:
    """A sample article through the whole pipeline."""
    return analyze(corpora / name, models=models)


def excluded_spans(article: Article) -> list[tuple[int, int]]:
    kinds = ("heading", "caption", "list_item", "reference", "keywords", "title", "source_note", "table")
    return [(b.start, b.end) for b in article.blocks_of(*kinds)]


def check_summary(article: Article, language: str) -> None:
    """3 to 5 sentences, each a piece of the text outside headings, lists, captions and references."""
    assert 3 <= len(article.summary) <= 5
    offsets = []
    for sentence in article.summary:
        start = article.text.find(sentence)
        assert start >= 0, sentence
        assert not any(s < start + len(sentence) and start < e for s, e in excluded_spans(article)), sentence
        assert detect(sentence) == language, sentence
        assert sentence[0].isupper() and sentence[-1] in ".!»\"" and len(sentence) >= 50
        offsets.append(start)
    assert offsets == sorted(offsets)


ENGLISH = """Customs Cooperation in the Eurasian Economic Union

Abstract. The article examines how the customs services of the Eurasian Economic Union cooperate. It shows that joint control and the exchange of electronic data have shortened the clearance of goods at the internal borders.

Keywords: customs cooperation, EAEU, risk management, transit.

1. Introduction

The Eurasian Economic Union was established by the Treaty signed in Astana on 29 May 2014. Its member states share a single customs territory and apply the Customs Code of the Union since 1 January 2018.

Trade between the member states reached 61.5 billion US dollars in 2021, which is 31 percent more than in 2020. The share of goods cleared electronically grew over the same period.

The main directions of customs cooperation are the following:

- joint customs control at the external border;

- exchange of information between the customs services;

- development of risk management systems.

Table 1. Mutual trade of the member states, 2019-2021

Source: Eurasian Economic Commission.

The Eurasian Economic Commission coordinates the work of the national customs services. It prepares the decisions of the Council and monitors how the member states apply them.

In conclusion, the customs services of the Union have moved from separate national procedures to common rules and shared information systems. Further progress depends on the digital transit system that the Commission plans to launch by 2025.

References

1. Smith J. Customs unions and trade facilitation. Journal of World Trade, 2019, vol. 53, pp. 1-20.

2. Ivanova A. The Customs Code of the EAEU: first results. Moscow, 2020.
"""


def test_english_article_gets_an_english_summary(models: Models) -> None:
    article = analyse(ENGLISH, models)
    check_summary(article, "en")
    assert len(article.summary) == 4
    assert any(s.startswith("In conclusion, the customs services") for s in article.summary)


def test_the_abstract_gives_its_key_sentence(models: Models) -> None:
    article = analyse(ENGLISH, models)
    abstract = article.abstract.get("en", "") or article.text[article.blocks_of("abstract")[0].start :]
    assert sum(s in abstract for s in article.summary) == 1


@pytest.mark.parametrize(("wanted", "expected"), [(3, 3), (5, 5), (1, 3), (9, 5)])
def test_the_number_of_sentences_stays_between_three_and_five(wanted: int, expected: int, models: Models) -> None:
    assert len(analyse(ENGLISH, models, wanted).summary) == expected


MIXED = """Аннотация. В статье рассматриваются итоги сотрудничества таможенных служб России и Беларуси в 2024 году.

Abstract. The article considers the results of customs cooperation between Russia and Belarus in 2024.

Россия и Беларусь в 2024 году подписали протокол о совместном таможенном контроле на общей границе. Протокол вступил в силу 1 июля 2024 года.

Товарооборот двух стран в 2024 году составил 57,6 млрд долларов, что на 8,5 % больше, чем годом ранее.

Ключевые задачи сотрудничества:

- обмен информацией о перемещаемых товарах;

- борьба с контрабандой.

Стороны договорились, что цифровые сервисы ФТС России и ГТК Беларуси будут обмениваться данными в режиме реального времени.

Да.

Таким образом, сотрудничество таможенных служб двух государств стало основой их экономической интеграции в рамках Союзного государства.
"""


def test_russian_article_keeps_to_russian_and_prefers_its_conclusion(models: Models) -> None:
    article = analyse(MIXED, models, 3)
    check_summary(article, "ru")
    assert article.summary[-1].startswith("Таким образом, сотрудничество")
    assert "Да." not in article.summary


@pytest.mark.parametrize(
    "text",
    [
        "Ключевые задачи сотрудничества:",
        "«Мы обсуждаем это уже давно, — сказал министр.",
        "Теперь остались вопросы по большей части политические, — сказала глава ведомства Ольга Петрова.",
        "Почему таможенные службы двух стран так долго не могли договориться о совместном контроле?",
        "Как сообщили в ведомстве, поставки продукции приостановлены до выяснения обстоятельств...",
    ],
)
def test_fragments_never_enter_the_summary(text: str, models: Models) -> None:
    body = (
        "Таможенные службы двух стран подписали соглашение о совместном контроле на границе в 2023 году.\n\n"
        f"{text}\n\n"
        "Соглашение предусматривает обмен информацией о товарах и транспортных средствах.\n\n"
        "Таким образом, сотрудничество таможенных служб вышло на новый уровень."
    )
    article = analyse(body, models, 5)
    assert text not in article.summary
    assert len(article.summary) == 3


def test_russia_belarus_sample_summary(corpora: Path, models: Models) -> None:
    article = sample("russia_belarus_customs.txt", corpora, models)
    check_summary(article, "ru")
    assert sum(s.startswith(("Таким образом", "В целом")) for s in article.summary) >= 2
    assert article.summary[0].startswith("Перспективы развития межгосударственного сотрудничества")


def test_eaeu_sample_summary(corpora: Path, models: Models) -> None:
    article = sample("eaeu_customs_cooperation.txt", corpora, models)
    check_summary(article, "ru")
    assert article.summary[-1].startswith("Таким образом, можно сделать вывод")


def test_an_article_without_sentences_has_no_summary(models: Models) -> None:
    assert analyse("Таблица 1", models).summary == []


FACTS = """Совместная работа таможенных служб двух стран идёт спокойно и планомерно уже несколько лет.

Представители Федеральной таможенной службы, Евразийской экономической комиссии, Министерства финансов и Национального банка Республики Беларусь обсудили в Минске итоги года.

Сотрудники таможенных постов на границе всё чаще проверяют грузы вместе с коллегами.

Погода в день встречи была солнечной, и участники много гуляли по набережной реки.

Опыт таможенных постов показывает, что совместные проверки грузов экономят время перевозчиков.

Перевозчики грузов говорят, что на границе стало меньше очередей и простоев.
"""


def test_sentences_dense_in_facts_are_preferred(models: Models) -> None:
    article = analyse(FACTS, models, 3)
    dense = next(s for s in article.text.split("\n\n") if s.startswith("Представители"))
    organisations = [m for m in article.mentions if m.type == "ORG" and m.start >= article.text.index(dense)]
    assert len(organisations) >= 3
    assert dense in article.summary
