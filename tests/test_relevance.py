"""Relevance: an article about customs or trade cooperation scores high and gets its directions; one
about something else scores low and gets none, whatever cue words its lists hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import analyze
from pipeline.digest.relevance import sentence_count
from pipeline.nlp.models import Models
from pipeline.record import Token
from pipeline.settings import Settings

# a paper about law firms' addresses, with one passing mention of trade and a list of "directions"
RU_LAW_FIRMS = """Адреса юридических фирм Москвы: опыт картографирования

Юридические фирмы Москвы концентрируются в нескольких деловых кварталах центра города. \
Мы собрали адреса 412 фирм по данным открытых реестров и нанесли их на карту. \
Большая часть фирм арендует офисы в бизнес-центрах класса А. \
Некоторые фирмы консультируют по вопросам международной торговли. Основные направления работы фирм включают:

- обмен информацией с клиентами;

- электронный документооборот с судами;

- совершенствование правил внутреннего распорядка.

Плотность фирм убывает от Садового кольца к окраинам.
"""

EN_LAW_FIRMS = """Where London's law firms are: a map of their addresses

Law firms in London cluster in a few districts of the City and Holborn. \
We collected the addresses of 380 firms from public registers and mapped them. \
Most firms rent offices in large buildings near the courts. \
A few firms advise clients on international trade law. The main directions of the firms' work include:

- the exchange of information with clients;

- electronic filing of documents with the courts;

- harmonisation of internal rules.

The density of firms falls with the distance from the Royal Courts of Justice.
"""

RU_SPORTS = """«Спартак» обыграл ЦСКА в московском дерби

В воскресенье «Спартак» победил ЦСКА со счётом 2:1 на своём стадионе. \
Первый гол забил Соболев на 12-й минуте, ответный мяч провёл Чалов. \
Победу красно-белым принёс удар Промеса в концовке матча. Главные задачи клуба на новый сезон:

- обмен информацией между тренерами молодёжных команд;

- цифровая платформа для болельщиков;

- модернизация стадиона и его инфраструктуры.

Следующий матч команда проведёт в Казани.
"""

EN_SPORTS = """Arsenal beat Chelsea in the London derby

On Sunday Arsenal beat Chelsea 2-1 at the Emirates Stadium. \
Saka scored in the 12th minute, Palmer equalised before the break, and Havertz won it late on. \
The club's main objectives for the new season are the following:

- information sharing between the coaches of the youth teams;

- a digital platform for the supporters;

- better transport infrastructure around the stadium.

The team plays its next match in Manchester.
"""


@pytest.mark.parametrize("text", [RU_LAW_FIRMS, EN_LAW_FIRMS, RU_SPORTS, EN_SPORTS],
                         ids=["ru-law-firms", "en-law-firms", "ru-sports", "en-sports"])
def test_an_article_not_about_customs_has_low_relevance_and_no_directions(text: str, models: Models) -> None:
    article = analyze(text, models=models)
    assert article.relevance < 0.1 < Settings().min_relevance
    assert article.directions == []
    ungated = analyze(text, models=models, settings=Settings(min_relevance=0.0))
    assert ungated.directions, "its lists would give directions: relevance is what keeps them out"


@pytest.mark.parametrize("name", ["eaeu_customs_cooperation.txt", "russia_belarus_customs.txt",
                                  "eaeu_customs_cooperation.pdf", "russia_belarus_customs.pdf"])
def test_the_sample_customs_articles_have_high_relevance(name: str, corpora: Path, models: Models) -> None:
    article = analyze(corpora / name, models=models)
    assert article.relevance >= 0.9
    assert len(article.directions) >= 5


RU_CUSTOMS_MEETING = "Таможенные органы двух стран провели совещание в Минске. Вчера участники обсуждали цифровизацию."
EN_CUSTOMS_MEETING = ("The customs services of the two countries met in Minsk. "
                      "Yesterday the delegates discussed digitalisation.")


@pytest.mark.parametrize(("text", "again"), [
    (RU_CUSTOMS_MEETING, " Сегодня о цифровизации говорили эксперты таможенной службы."),
    (EN_CUSTOMS_MEETING, " Today experts of the customs service spoke about digitalisation."),
])
def test_no_direction_from_one_passing_cue(text: str, again: str, models: Models) -> None:
    """A strong cue once in a plain sentence is a word that occurs; said twice it is a direction."""
    assert analyze(text + "\n", models=models).directions == []
    assert [d.id for d in analyze(text + again + "\n", models=models).directions] == ["digitalization"]


@pytest.mark.parametrize(("words", "count"), [
    (["таможенный", "орган"], 1.0), (["customs", "service"], 1.0),
    (["товарооборот", "вырасти"], 0.5), (["trade", "grow"], 0.5),
    (["important", "meeting"], 0.0), (["тариф", "на", "электроэнергия"], 0.5), (["матч", "команда"], 0.0),
    # a country's inner trade is no cooperation; a trade word away from the domestic one still counts
    (["розничный", "торговля", "расти"], 0.0), (["retail", "trade", "grow"], 0.0),
    (["товарооборот", "розничный", "торговый", "предприятие"], 0.0),
    (["розничный", "сеть", "открыть", "магазин", "а", "экспорт", "расти"], 0.5),
    (["retail", "sales", "rose", "while", "the", "exports", "fell"], 0.5),
])
def test_what_a_sentence_counts(words: list[str], count: float) -> None:
    tokens = [Token(w, 0, len(w), w) for w in words]
    assert sentence_count(tokens) == count
