"""Provisions of named acts: each its own act, `part_of` the act, with its number; never one of no act."""

import pytest
from helpers import context, make_article

from pipeline.facts.acts.extract import extract_treaties
from pipeline.nlp.annotate import annotate
from pipeline.record import Article


def _run(text: str, language: str) -> Article:
    article = make_article(text, language=language)
    annotate(article, context())
    return extract_treaties(article, context())


def _provisions(article: Article) -> list[tuple[str, str | None, str]]:
    """(provision's title, its number, the title of the act it is part of)."""
    titles = {t.id: t.title for t in article.treaties}
    return [(t.title, t.provision, titles[t.part_of]) for t in article.treaties if t.part_of]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ответственность за контрабанду наличных денег установлена ст. 200.1 УК РФ.", "ru",
         [("Уголовный кодекс Российской Федерации, статья 200.1", "200.1", "Уголовный кодекс Российской Федерации")]),
        ("Порядок определён пунктом 3 статьи 7 и статьей 8 Таможенного кодекса ЕАЭС.", "ru",
         [("Таможенный кодекс Евразийского экономического союза, статья 7", "7",
           "Таможенный кодекс Евразийского экономического союза"),
          ("Таможенный кодекс Евразийского экономического союза, статья 8", "8",
           "Таможенный кодекс Евразийского экономического союза")]),
        ("Составы предусмотрены Уголовным кодексом Российской Федерации (ст. 226.1).", "ru",
         [("Уголовный кодекс Российской Федерации, статья 226.1", "226.1", "Уголовный кодекс Российской Федерации")]),
        ("Сроки установлены статьями 25–27 Договора о ЕАЭС.", "ru",
         [("Договор о Евразийском экономическом союзе, статьи 25–27", "25–27", "Договор о Евразийском экономическом союзе")]),
        ("Smuggling is punished under Articles 226.1 and 229.1 of the Criminal Code of the Russian Federation.", "en",
         [("Criminal Code of the Russian Federation, Article 226.1", "226.1", "Criminal Code of the Russian Federation"),
          ("Criminal Code of the Russian Federation, Article 229.1", "229.1", "Criminal Code of the Russian Federation")]),
        ("Customs unions are allowed by Article XXIV of the GATT.", "en",
         [("General Agreement on Tariffs and Trade, Article XXIV", "XXIV", "General Agreement on Tariffs and Trade")]),
        ("The duties were imposed under Section 232 of the Trade Expansion Act of 1962.", "en",
         [("Trade Expansion Act, Section 232", "232", "Trade Expansion Act")]),
        ("Drug offences are punishable under the Criminal Code (articles 228–234).", "en",
         [("Criminal Code, Articles 228–234", "228–234", "Criminal Code")]),
    ],
)
def test_provisions_of_named_acts(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    article = _run(text, language)
    assert _provisions(article) == expected
    assert all(m.fact_id for m in article.mentions if m.type == "TREATY")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Согласно статье 5 настоящего Соглашения стороны обмениваются сведениями.", "ru"),
        ("В разделе 3 статьи описаны данные, а в статье 4 — результаты.", "ru"),
        ("Under Article 5 of this Agreement the Parties exchange information.", "en"),
        ("Section 3 of this paper describes the data; Table 2 of the Appendix gives the results.", "en"),
    ],
)
def test_no_provision_without_a_named_act(text: str, language: str) -> None:
    assert _provisions(_run(text, language)) == []


def test_a_provision_names_the_act_once_and_counts_its_citations() -> None:
    article = _run("По ст. 158 УК РФ возбуждено 10 дел, по ст. 158 УК РФ осуждены 5 человек, "
                   "по ст. 159 УК РФ — ещё 3.", "ru")
    codes = [t for t in article.treaties if t.part_of is None]
    provisions = {t.provision: t for t in article.treaties if t.part_of}
    assert [c.title for c in codes] == ["Уголовный кодекс Российской Федерации"]
    assert sorted(provisions) == ["158", "159"]
    cited = [m for m in article.mentions if m.fact_id == provisions["158"].id]
    assert [m.text for m in cited] == ["ст. 158", "ст. 158"]


def test_a_code_cited_by_its_articles_is_an_act() -> None:
    """"the Criminal Code" alone could be any code; one whose articles are cited is an act."""
    cited = _run("Possession is punished under Article 228 of the Criminal Code. The Criminal Code was amended.", "en")
    assert [t.title for t in cited.treaties if t.part_of is None] == ["Criminal Code"]
    code = next(t for t in cited.treaties if t.part_of is None)
    assert len([m for m in cited.mentions if m.fact_id == code.id]) == 2
    alone = _run("The Criminal Code was amended in 2016.", "en")
    assert alone.treaties == []


@pytest.mark.parametrize(
    ("text", "language", "act", "short", "provision"),
    [
        ("Порядок установлен Лесным кодексом Российской Федерации (далее – ЛКРФ). Согласно ст. 29 ЛКРФ "
         "заготовка разрешена.", "ru", "Лесной кодекс Российской Федерации", "ЛКРФ", "29"),
        ("The rules follow the Customs Code of the Union (CCU); Article 7 of the CCU sets the terms.", "en",
         "Customs Code of the Union", "CCU", "7"),
        ("Assault (Art. 116 of the current Criminal Code of Russia; hereafter we will refer to the Criminal Code of "
         "Russia as CC) was reframed, and reoffenders incur a criminal offence (Art 116.1 of CC).", "en",
         "Criminal Code of the Russian Federation", "CC", "116.1"),
    ],
)
def test_a_short_name_the_text_gives_an_act_names_it_after(text: str, language: str, act: str, short: str,
                                                           provision: str) -> None:
    article = _run(text, language)
    whole = next(t for t in article.treaties if t.part_of is None)
    assert whole.title == act and short in whole.aliases
    assert provision in {t.provision for t in article.treaties if t.part_of == whole.id}
    assert not any(o.name == short for o in article.organisations)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Governments comply with criteria established under Annex III of the Emissions Trading Directive, including the "
         "cap. The Emissions Trading Directive was formally adopted later.", "en",
         [("Emissions Trading Directive, Annex III", "III", "Emissions Trading Directive")]),
        ("Требования приложения III Директивы 2003/87/ЕС выполняются.", "ru",
         [("Директива 2003/87/ЕС, приложение III", "III", "Директива 2003/87/ЕС")]),
    ],
)
def test_an_annex_is_a_provision_and_makes_its_act_one(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    article = _run(text, language)
    assert _provisions(article) == expected
    act = next(t for t in article.treaties if t.part_of is None)
    assert len([m for m in article.mentions if m.fact_id == act.id]) == (2 if language == "en" else 1)
