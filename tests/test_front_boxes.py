"""First pages whose front matter sits in boxes and columns of its own, typeset here from the articles of
tests/data/journal: an article-info column of codes and keywords a line each that runs on under the
abstract beside it, with notes across the body's gutter at the page's foot; names in capitals with
initials, each over its university, before the title; an article's own contents box under its title,
then the byline and an abstract without a label; an abstract without a label over keywords set apart
by bars, over a body without a heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import flat, journal_article, journal_paragraphs, shared_models, typeset, typst_text

from pipeline import analyze

ARTICLES = [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")]
NAMES = {"en": ["John A. Smith", "Mary Jones"], "ru": ["Иван А. Петров", "Анна Сидорова"]}
PLACES = {"en": ["University of Aberdeen", "Erasmus University Rotterdam"],
          "ru": ["Московский государственный университет", "Санкт-Петербургский государственный университет"]}
LABELS = {
    "en": {"info": "ARTICLE INFO", "codes": "JEL classification:", "keywords": "Keywords:", "abstract": "ABSTRACT",
           "contents": "Contents", "by": "By", "references": "REFERENCES",
           "notes": ["E-mail addresses: j.smith@abdn.ac.uk (J. Smith), m.jones@eur.nl (M. Jones).",
                     "Received 18 June 2024; Received in revised form 11 July 2025; Accepted 19 July 2025"]},
    "ru": {"info": "ИНФОРМАЦИЯ О СТАТЬЕ", "codes": "Классификация JEL:", "keywords": "Ключевые слова:",
           "abstract": "АННОТАЦИЯ", "contents": "Содержание", "by": "Авторы:", "references": "СПИСОК ЛИТЕРАТУРЫ",
           "notes": ["Адреса электронной почты: i.petrov@msu.ru (И. Петров), a.sidorova@spbu.ru (А. Сидорова).",
                     "Поступила в редакцию 18 июня 2024 г.; после доработки 11 июля 2025 г.; принята 19 июля 2025 г."]},
}
HEADINGS = {"en": ["Institutional background", "Theoretical background", "Data", "Empirical strategy", "Results"],
            "ru": ["Институциональные условия", "Теоретические основы", "Данные", "Эмпирическая стратегия",
                   "Результаты"]}



def _abstract(description: dict, language: str, sentences: int) -> str:
    return ". ".join(flat(description["abstract"][language]).split(". ")[1:sentences + 1]) + "."


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_an_article_info_column_runs_on_under_the_abstract_beside_it(tmp_path: Path, name: str, language: str) -> None:
    """An economics journal's first page: codes and keywords a line each in a narrow column at the left, the
    column longer than the abstract beside it, the body in two columns under both, and notes and dates at the
    page's foot as wide as most of the page: the keywords are read whole and in order, the abstract whole.
    (Keywords in small letters a line each would run together: nothing but the line's end sets them apart.)"""
    description = journal_article(name)
    labels = LABELS[language]
    keywords = [k[:1].upper() + k[1:] for k in description["keywords"][language][:4]]  # each opening with a capital
    abstract = _abstract(description, language, 3)
    codes = " #linebreak()\n".join(typst_text(x) for x in [labels["codes"], "F13", "F15", "H87"])
    side = codes + " #v(4pt)\n" + " #linebreak()\n".join(typst_text(x) for x in [labels["keywords"], *keywords])
    source = f"""#set page(width: 595pt, height: 794pt, margin: (x: 38pt, top: 50pt, bottom: 40pt))
#set text(font: "DejaVu Serif", size: 7.4pt, lang: "{language}")
#set par(justify: true)
#text(12.5pt)[*{typst_text(flat(description["titles"][language]))}*]

#text(9.8pt)[{typst_text(", ".join(NAMES[language]))}]
#v(14pt)
#grid(columns: (140pt, 1fr), column-gutter: 24pt,
  [#text(8.4pt)[*{typst_text(labels["info"])}*] #v(8pt) #text(5.9pt)[{side}]],
  [#text(8.4pt)[*{typst_text(labels["abstract"])}*] #v(8pt) #text(6.7pt)[{typst_text(abstract)}]])
#v(30pt)
#columns(2, gutter: 18pt)[{journal_paragraphs(description, 2)}]
#place(bottom + left, box(width: 300pt)[#text(6.7pt)[{typst_text(labels["notes"][0])} #linebreak()
{typst_text(labels["notes"][1])}]])
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert article.keywords.get(language) == keywords
    assert flat(article.abstract.get(language)) == abstract


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_names_in_capitals_with_initials_each_over_a_university_before_the_title(
        tmp_path: Path, name: str, language: str) -> None:
    """A legislative studies journal's first page: each author's name in capitals, one with an initial, on a
    line over the author's university, and the title under them: both are the authors."""
    description = journal_article(name)
    cards = "\n\n".join(f"#text(10pt)[{typst_text(n.upper())}] #linebreak() #emph[{typst_text(p)}]"
                        for n, p in zip(NAMES[language], PLACES[language], strict=True))
    abstract = _abstract(description, language, 3)
    source = f"""#set page(width: 612pt, height: 792pt, margin: 72pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#align(center)[{cards}

#v(18pt)
#text(15pt)[{typst_text(flat(description["titles"][language]))}]]
#v(12pt)
#pad(x: 30pt)[#text(9pt)[{typst_text(abstract)}]]
#v(12pt)
{journal_paragraphs(description, 2)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == NAMES[language]


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_an_articles_own_contents_box_is_no_front_matter_and_no_body(tmp_path: Path, name: str, language: str) -> None:
    """An economics journal's first page: the title, a box listing the article's contents (the title again,
    numbered headings with their pages, the references), the byline after "By" and an abstract without a
    label: the names are the authors, the abstract is found, and no heading of the box is read as a name, an
    affiliation or a part of the body."""
    description = journal_article(name)
    labels = LABELS[language]
    title = flat(description["titles"][language])
    abstract = _abstract(description, language, 3)
    numerals = ["I", "II", "III", "IV", "V"]
    entries = " #linebreak()\n".join(f"{n}. {typst_text(h)} #h(1fr) {96 + 3 * k}"
                                     for k, (n, h) in enumerate(zip(numerals, HEADINGS[language], strict=True)))
    source = f"""#set page(width: 612pt, height: 792pt, margin: 72pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#text(15pt)[*{typst_text(title)}*]
#v(10pt)
#box(stroke: 0.5pt, inset: 8pt, width: 200pt)[#text(8pt)[*{typst_text(labels["contents"])}* #linebreak()
#emph[{typst_text(title)}] #linebreak()
{entries} #linebreak()
{typst_text(labels["references"])} #h(1fr) 115]]
#v(10pt)
#align(center)[{typst_text(labels["by"])} {typst_text(" " + " and ".join(NAMES[language]) if language == "en" else " " + ", ".join(NAMES[language]))}]
#v(10pt)
#pad(x: 30pt)[#text(9pt)[{typst_text(abstract)}]]
#v(12pt)
{journal_paragraphs(description, 2)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == NAMES[language]
    assert article.affiliations == []
    assert flat(article.abstract.get(language)) == abstract
    assert not any(f"{n}. {h}" in article.text for n, h in zip(numerals, HEADINGS[language], strict=True))


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_an_abstract_without_a_label_over_keywords_set_apart_by_bars(tmp_path: Path, name: str, language: str) -> None:
    """A science journal's first page: the title, the names, their places, the abstract in bold without a
    label, the keywords set apart by bars without a label, and the body without a first heading: the
    abstract and the keywords are found."""
    description = journal_article(name)
    abstract = _abstract(description, language, 3)
    keywords = description["keywords"][language][:3]
    source = f"""#set page(width: 612pt, height: 792pt, margin: 60pt)
#set text(font: "DejaVu Serif", size: 9pt, lang: "{language}")
#set par(justify: true)
#text(17pt)[*{typst_text(flat(description["titles"][language]))}*]

#text(10pt)[{typst_text(", ".join(NAMES[language]))}]

#text(7pt)[{typst_text(PLACES[language][0])}]
#v(10pt)
#text(9.5pt)[*{typst_text(abstract)}*]

#text(8pt)[{typst_text(" | ".join(keywords))}]
#v(10pt)
#columns(2, gutter: 14pt)[{journal_paragraphs(description, 2)}]
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.abstract.get(language)) == abstract
    assert article.keywords.get(language) == keywords
