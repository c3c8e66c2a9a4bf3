"""Confidence: every fact gets one in [0, 1], higher for stronger evidence, in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import make_article

from pipeline import analyze, to_dict
from pipeline.facts.confidence import LOW, direction_base, is_low, weigh_facts
from pipeline.facts.registry import FACT_TYPES
from pipeline.nlp.models import Models
from pipeline.nlp.morph import Morph
from pipeline.record import Article, Block, Mention, Organisation
from pipeline.serialize import validate


def _named(fact: Any) -> str:
    return str(getattr(fact, "name", None) or getattr(fact, "title", None) or fact.text)


def confidence_of(article: Article, key: str, name: str) -> float:
    """The confidence of the one fact of type `key` whose name, title or text is `name`."""
    found = [f.confidence for f in getattr(article, key) if _named(f) == name]
    assert len(found) == 1, (name, [_named(f) for f in getattr(article, key)])
    return found[0]


# (text, fact type, the fact with stronger evidence, the fact with weaker evidence)
CASES = [
    # organisations: the registry over a name the NER alone gave
    ("Евразийская экономическая комиссия провела встречу с руководством компании «Северсталь» и банка «Открытие».",
     "organisations", "Евразийская экономическая комиссия", "Северсталь"),
    ("The World Customs Organization and the Centre for Integration Studies (CIS-X) signed a memorandum. "
     "The CIS-X later met Acme Widgets Holdings in Geneva.",
     "organisations", "World Customs Organization", "Acme Widgets Holdings"),
    # organisations: a name the text defines by an abbreviation over one the NER alone gave
    ("The World Customs Organization and the Centre for Integration Studies (CIS-X) signed a memorandum. "
     "The CIS-X later met Acme Widgets Holdings in Geneva.",
     "organisations", "Centre for Integration Studies", "Acme Widgets Holdings"),
    # organisations: a name headed by an organisation word over a bare one
    ("Евразийская экономическая комиссия и Министерство финансов Республики Беларусь обсудили с «Северсталью» "
     "поставки.", "organisations", "Министерство финансов Республики Беларусь", "Северсталь"),
    # countries: a name over a short form only
    ("Россия и РБ подписали соглашение о сотрудничестве.", "countries", "Россия", "Беларусь"),
    ("Russia and the USA signed an agreement on cooperation.", "countries", "Russia", "United States"),
    # legal acts: the registry, a date and parties over a bare naming
    ("Договор о Евразийском экономическом союзе от 29 мая 2014 года подписали Беларусь, Казахстан и Россия. "
     "Стороны также упомянули Соглашение о сотрудничестве в области образования.",
     "treaties", "Договор о Евразийском экономическом союзе", "Соглашение о сотрудничестве в области образования"),
    ("The Treaty on the Eurasian Economic Union of 29 May 2014 was signed by Belarus, Kazakhstan and Russia. "
     "The parties also mentioned an Agreement on Cultural Cooperation.",
     "treaties", "Treaty on the Eurasian Economic Union", "Agreement on Cultural Cooperation"),
    # dates: a full date over a year, a year said to be one over a bare one
    ("Соглашение подписано 8 декабря 1999 г., а в 2005 году (2006) стороны продолжили работу.",
     "dates", "8 декабря 1999 г.", "2005 году"),
    ("Соглашение подписано 8 декабря 1999 г., а в 2005 году (2006) стороны продолжили работу.",
     "dates", "2005 году", "2006"),
    ("The agreement was signed on 15 December 1950; the work on it began in 1947 (1948).",
     "dates", "15 December 1950", "1947"),
    ("The agreement was signed on 15 December 1950; the work on it began in 1947 (1948).",
     "dates", "1947", "1948"),
    # figures: money with its subject over a quantity without a unit
    ("В 2019 году товарооборот между странами составил 57,6 млрд долларов. Отправлено ещё 300 тыс.",
     "figures", "57,6 млрд долларов", "300 тыс"),
    ("In 2019 trade between the countries reached USD 57.6 billion. They shipped 300 thousand.",
     "figures", "USD 57.6 billion", "300 thousand"),
]


@pytest.mark.parametrize(("text", "key", "stronger", "weaker"), CASES)
def test_stronger_evidence_gives_higher_confidence(text: str, key: str, stronger: str, weaker: str,
                                                   models: Models) -> None:
    article = analyze(text + "\n", models=models)
    assert confidence_of(article, key, stronger) > confidence_of(article, key, weaker)


def test_a_direction_with_more_evidence_is_surer(models: Models) -> None:
    text = ("The main directions of cooperation between the two customs services are the following:\n\n"
            "- the fight against smuggling and customs fraud;\n\n- joint customs control at the common border posts.\n\n"
            "Overall, the fight against smuggling remains the first concern of both services.\n")
    article = analyze(text, models=models)
    confidence = {d.id: d.confidence for d in article.directions}
    assert confidence["enforcement"] > confidence["joint_control"] >= 0.5
    assert direction_base(0.9) > direction_base(0.2) >= 0.5


def test_more_mentions_and_a_place_in_prose_raise_confidence(morph: Morph) -> None:
    heading = "Комитет по делам молодёжи"
    text = f"{heading}\n\nКомитет по туризму и Комитет по спорту провели встречу. Комитет по туризму её открыл."
    article = make_article(text, blocks=[Block("heading", 0, len(heading)),
                                         Block("paragraph", len(heading) + 2, len(text))])
    names = {"org-1": "Комитет по туризму", "org-2": "Комитет по спорту", "org-3": heading}
    article.mentions = [Mention("ORG", name, start, start + len(name), fact_id=fact_id)
                        for fact_id, name in names.items() for start in _offsets(text, name)]
    article.organisations = [Organisation(id=fact_id, name=name, mentions=len(_offsets(text, name)))
                             for fact_id, name in names.items()]
    weigh_facts(article, morph)
    tourism, sport, in_heading = (o.confidence for o in article.organisations)
    assert tourism > sport > in_heading
    assert is_low(in_heading) and not is_low(sport) and LOW == 0.5


def _offsets(text: str, name: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(name, i)]


@pytest.mark.parametrize("name", ["eaeu_customs_cooperation.txt", "russia_belarus_customs.txt",
                                  "eaeu_customs_cooperation.pdf"])
def test_every_fact_of_a_sample_has_a_confidence_in_range(name: str, corpora: Path, models: Models) -> None:
    record = to_dict(analyze(corpora / name, models=models))
    validate(record)
    facts = [f for t in FACT_TYPES for f in record[t.key]]
    assert facts
    assert all(0.0 <= f["confidence"] <= 1.0 for f in facts)
    assert all(f["confidence"] > 0.0 for f in facts), "every fact of the pipeline has its confidence set"
