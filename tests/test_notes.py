"""Facts of the footnotes: a note of prose gives its organisations and legal acts, a work's description
or a note of table cells gives none, and a country only a note names is not the article's (it stands
apart, with the organisations and acts only notes name)."""

import pytest
from helpers import context, make_article

from pipeline.analysis import STAGES, run_stages
from pipeline.facts.notes import prose
from pipeline.record import Article, Footnote

_AFTER_PARTS = tuple(s for s in STAGES if s.name not in ("repair", "parts"))


def _read(text: str, notes: list[str], language: str) -> Article:
    article = make_article(text, language=language)
    article.footnotes = [Footnote(str(n), note, 2) for n, note in enumerate(notes, 1)]
    return run_stages(article, context(), _AFTER_PARTS)


@pytest.mark.parametrize(
    ("language", "body", "notes", "acts", "organisations"),
    [
        ("ru",
         "Россия и Казахстан развивают торговлю и сотрудничество в области образования. Министерство просвещения "
         "Российской Федерации готовит новые программы для школ.",
         ["Новый закон «Об образовании», принятый в 2012 г., изменил систему; данные собирает Федеральная служба "
          "государственной статистики.",
          "Иванов И. И. Таможенное право. М.: Издательство Юрайт, 2015. С. 45.",
          "Некоторые страны (например, Греция и Португалия) теряют от этого меньше других."],
         {"«Об образовании»"}, {"Федеральная служба государственной статистики"}),
        ("en",
         "The United States and China trade a great deal, and the World Trade Organization watches over the rules "
         "they agreed on.",
         ["The Dominican Republic–Central America Free Trade Agreement entered into force in 2006; the data come "
          "from the Bureau of Labor Statistics.",
          "Smith, J. (2015). Trade policy and elections. Journal of Politics, 77(2), 1-15. doi:10.1086/123",
          "Some countries (e.g., Greece, Portugal) see lower welfare gains after retaliation."],
         {"Dominican Republic–Central America Free Trade Agreement"}, {"Bureau of Labor Statistics"}),
    ],
)
def test_a_note_of_prose_gives_its_acts_and_organisations(language: str, body: str, notes: list[str],
                                                         acts: set[str], organisations: set[str]) -> None:
    article = _read(body, notes, language)
    noted_acts = {t.title: t for t in article.noted.treaties}
    noted_orgs = {o.name: o for o in article.noted.organisations}
    assert len(noted_acts) == len(acts) and all(any(a in title for title in noted_acts) for a in acts)
    assert organisations <= set(noted_orgs)
    assert not any("Юрайт" in name or "Journal" in name for name in noted_orgs)  # a work's description
    assert {c.iso2 for c in article.countries}.isdisjoint({"GR", "PT"})  # examples in passing: apart
    assert {"GR", "PT"} <= {c.iso2 for c in article.noted.countries}
    for fact in [*noted_acts.values(), *noted_orgs.values()]:
        assert fact.mentions == fact.footnote_mentions >= 1 and 0 < fact.confidence < 1
        assert not any(m.fact_id == fact.id for m in article.mentions)  # no offsets into the body's text
    # the article's own facts come from its title, abstracts and body
    body_only = run_stages(make_article(body, language=language), context(), _AFTER_PARTS)
    assert {o.name for o in article.organisations} == {o.name for o in body_only.organisations}
    assert {t.title for t in article.treaties} == {t.title for t in body_only.treaties}


@pytest.mark.parametrize(
    ("note", "is_prose"),
    [
        ("Новый закон «Об образовании», принятый в 2012 г., устраняет уровень начального образования.", True),
        ("We treat EU members as independent tariff setters in the model.", True),
        ("Иванов И. И. Таможенное право. М.: Юрайт, 2015. С. 45.", False),
        ("https://github.com/dmlc/xgboost/blob/master/doc/parameter.rst", False),
        ("0,38 O Государственное управление 0,12 0,45 1,2 3,4 5,6", False),
        ("Incumbents −0.016 −0.001 0.006 −0.021 Net entry Adders 0.017 0.002", False),
        ("© 2023 The Authors. Published by Elsevier Ltd.", False),
        ("Board of Governors of the Federal Reserve System, 20th and C ST NW, Washington, DC 20551. Email: j.p@frb.gov", False),
        ("Центральный банк Российской Федерации, отдел исследований, Москва. Эл. почта: ivanov@cbr.ru, тел. 123", False),
        ("Final follow-up of the screening study was published in the surgical journal https://doi.org/10.1002/bjs.8897", False),
        ("Department of Economics, University of Exeter, Exeter, United Kingdom", False),
        ("Кафедра таможенного дела, Российская таможенная академия, город Люберцы", False),
    ],
)
def test_which_notes_are_prose(note: str, is_prose: bool) -> None:
    assert prose(Footnote("1", note, 3)) is is_prose


@pytest.mark.parametrize("note", [
    "We thank the Tobin Center for Economic Policy for its support of the survey and the seminar audiences.",
    "Авторы благодарят Институт экономической политики за помощь в сборе данных и обсуждение результатов.",
])
def test_thanks_are_no_prose(note: str) -> None:
    assert not prose(Footnote("1", note, 5))


@pytest.mark.parametrize("note", [
    "Pierce is a professor at the University of Tennessee, where he works on the models of trade.",
    "Иванов работает в Центре исследований экономической политики и занимается вопросами торговли.",
])
def test_a_note_naming_an_institution_under_the_first_page_is_the_authors(note: str) -> None:
    assert not prose(Footnote("1", note, 1))
    assert prose(Footnote("1", note, 4))


@pytest.mark.parametrize(("language", "body", "note", "name"), [
    ("ru", "Федеральная таможенная служба России опубликовала данные о торговле за год. Их анализ приведён ниже.",
     "Данные Федеральной таможенной службы России уточнялись дважды в течение года.", "Федеральная таможенная служба"),
    ("en", "The World Customs Organization published the data on trade for the year. Their analysis follows below.",
     "The data of the World Customs Organization were revised twice during the year.", "World Customs Organization"),
])
def test_a_body_fact_a_note_names_again_counts_the_notes_mention(language: str, body: str, note: str, name: str) -> None:
    article = _read(body, [note], language)
    fact = next(o for o in article.organisations if o.name == name)
    assert fact.footnote_mentions == 1 and fact.mentions == 2 and not article.noted.organisations


@pytest.mark.parametrize(
    ("language", "body", "note", "act"),
    [
        ("ru", "Таможенные органы выявили больше случаев контрабанды, чем годом ранее.",
         "Ответственность за неё установлена ст. 226.1 Уголовного кодекса Российской Федерации.",
         "Уголовный кодекс Российской Федерации"),
        ("en", "Customs officers found more cases of smuggling than a year before.",
         "Smuggling is punished under Article 226.1 of the Criminal Code of the Russian Federation.",
         "Criminal Code of the Russian Federation"),
    ],
)
def test_a_provision_only_a_note_cites_points_to_its_act_among_the_noted(language: str, body: str, note: str,
                                                                          act: str) -> None:
    article = _read(body, [note], language)
    noted = {t.id: t for t in article.noted.treaties}
    provisions = [t for t in noted.values() if t.part_of]
    assert [t.provision for t in provisions] == ["226.1"] and not article.treaties
    assert noted[provisions[0].part_of].title == act
