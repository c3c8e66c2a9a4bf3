"""A working paper's cover as economics series set it (NBER, CEPR, preprint series of Russian
universities): the series over the title in capitals, the authors a line each, the paper's number, the
institute and its postal address, then the date; the abstract on the next page. Typeset here from the
articles of tests/data/journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shared_models, typeset, typst_text

from pipeline import analyze

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
COVER = {
    "en": ("NBER WORKING PAPER SERIES", ["Karin Lindqvist", "Pedro Alvarez"], "Working Paper 30326",
           "http://www.nber.org/papers/w30326", "NATIONAL BUREAU OF ECONOMIC RESEARCH", "1050 Massachusetts Avenue",
           "Cambridge, MA 02138", "August 2022", "Abstract"),
    "ru": ("СЕРИЯ ПРЕПРИНТОВ", ["Елена Смирнова", "Павел Алексеев"], "Препринт WP7/2014/01",
           "http://www.hse.ru/wp/wp7", "НАЦИОНАЛЬНЫЙ ИССЛЕДОВАТЕЛЬСКИЙ УНИВЕРСИТЕТ", "ул. Мясницкая, 20",
           "Москва, 101000", "Август 2022", "Аннотация"),
}


def _typeset(description: dict, language: str, out: Path) -> None:
    series, authors, number, url, institute, street, town, date, label = COVER[language]
    cover = "\n#v(10pt)\n".join(typst_text(line) for line in [*authors, number, url, institute, street, town, date])
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:5]
    source = f"""#set page(width: 500pt, height: 700pt, margin: 56pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#align(center)[{typst_text(series)}
#v(16pt)
{typst_text(description["titles"][language].upper())}
#v(20pt)
{cover}]
#pagebreak()
#align(center)[*{label}*]
{typst_text(description["abstract"][language])}

{chr(10).join(chr(10) + typst_text(p) for p in paragraphs)}
"""
    typeset(source, out)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_a_working_papers_cover_gives_the_title_and_authors_without_the_series_and_the_address(
        tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    title = " ".join(description["titles"][language].split())
    assert " ".join(article.titles.get(language, "").split()).lower() == title.lower()
    assert [a.name for a in article.authors] == COVER[language][1]


SHEET = {
    "en": ("Author(s): {authors}", "Source: Journal of Customs Studies, Vol. 29, No. 4 (April 2016), pp. 1039-1071",
           "Stable URL: https://www.jstor.org/stable/43866043",
           "Your use of the JSTOR archive indicates your acceptance of the Terms & Conditions of Use."),
    "ru": ("Авторы: {authors}", "Источник: Вестник таможенной академии, 2016, № 4, с. 39-71",
           "Stable URL: https://www.jstor.org/stable/43866044",
           "Your use of the JSTOR archive indicates your acceptance of the Terms & Conditions of Use."),
}


def _typeset_with_sheet(description: dict, language: str, out: Path, byline: bool = True) -> None:
    """An archive's cover sheet (the title without its subtitle, "Author(s):", source, stable URL), then
    the article, with the journal's name as the running head of every page (and, `byline` False, whose
    page names no author)."""
    title = description["titles"][language]
    authors = COVER[language][1]
    sheet = "\n\n".join(typst_text(line.format(authors=", ".join(authors))) for line in SHEET[language])
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:8]
    names = "\n".join(typst_text(a) + " #linebreak()" for a in authors) if byline else ""
    source = f"""#set page(width: 500pt, height: 700pt, margin: 56pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#text(12pt)[{typst_text(title.split(":")[0])}]

{sheet}
#pagebreak()
#set page(header: align(center, text(8pt)[{typst_text(SHEET[language][1].split(",")[0].split(": ")[1])}]))
#align(center)[#text(8pt)[{typst_text(title)}]
#v(8pt)
{names}]
#v(12pt)
{typst_text(description["abstract"][language])}

{chr(10).join(chr(10) + typst_text(p) for p in paragraphs)}
"""
    typeset(source, out)


@pytest.mark.parametrize("byline", [True, False])
@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_an_archives_cover_sheet_names_the_article_and_its_authors(
        tmp_path: Path, name: str, language: str, byline: bool) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset_with_sheet(description, language, pdf, byline)
    article = analyze(pdf, models=shared_models())
    title = " ".join(description["titles"][language].split())
    assert ":" in title and " ".join(article.titles.get(language, "").split()) == title  # with its subtitle
    assert [a.name for a in article.authors] == COVER[language][1]
    assert "jstor" not in article.text.lower()


SERIES = {
    "en": ("Centre for Border Studies", "Trade Governance Programme",
           "This text may be downloaded for personal research purposes only. Any additional reproduction for other "
           "purposes, in hard copy or electronically, requires the consent of the authors. If cited or quoted, "
           "reference should be made to the full name of the authors, the title, the series and the year.",
           "ISSN 2311-0457", "Printed in Norway, March 2021",
           "The Centre for Border Studies, founded in 1998, develops comparative research on the major issues of "
           "border management. Its Trade Governance Programme works with the Nordic Council of Customs Directors "
           "and the Baltic Academy of Border Management. The research agenda is set by the Board of the Centre "
           "and is continuously evolving with the agenda of the partner organisations."),
    "ru": ("Центр пограничных исследований", "Программа торгового управления",
           "Текст может быть загружен только для личных исследовательских целей. Любое иное воспроизведение, на "
           "бумаге или в электронном виде, требует согласия авторов. При цитировании указываются полные имена "
           "авторов, название работы, серия и год.",
           "ISSN 2311-0457", "Отпечатано в Норвегии, март 2021",
           "Центр пограничных исследований, основанный в 1998 году, ведёт сравнительные исследования проблем "
           "пограничного управления. Его программа торгового управления сотрудничает с Северным советом "
           "таможенных директоров и Балтийской академией пограничного управления. Повестку исследований "
           "определяет Правление центра, и она меняется вместе с повесткой партнёрских организаций."),
}


def _typeset_series(description: dict, language: str, out: Path) -> None:
    """A series' working paper: a cover with the title low on it in three lines, the title page, the
    imprint (rights, ISSN, the printer), the series' page about its centre, then the abstract's page
    with its label and the paper."""
    centre, programme, rights, issn, printed, about = SERIES[language]
    title = typst_text(description["titles"][language])
    authors = " and ".join(COVER[language][1]) if language == "en" else " и ".join(COVER[language][1])
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:8]
    source = f"""#set page(width: 500pt, height: 700pt, margin: 56pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
{typst_text(centre)} #linebreak() {typst_text(programme)}
#v(300pt)
#block(width: 380pt)[#set par(justify: false)
#text(16pt, hyphenate: false)[{title}]]
#v(60pt)
#text(13pt)[{typst_text(authors)}]
#pagebreak()
#align(center)[#text(14pt)[{title}] #v(12pt) {typst_text(authors)}]
#pagebreak()
{typst_text(rights)}

{typst_text(issn)}

{typst_text(printed)}
#pagebreak()
#text(12pt)[{typst_text(centre)}]

{typst_text(about)}
#pagebreak()
#align(center)[*{COVER[language][-1]}*]
{typst_text(description["abstract"][language])}

{chr(10).join(chr(10) + typst_text(p) for p in paragraphs)}
"""
    typeset(source, out)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_a_series_pages_before_the_abstract_are_no_part_of_the_paper(tmp_path: Path, name: str, language: str) -> None:
    """The rights, the imprint and the page about the series' centre between the title and the
    labelled abstract give neither text nor facts; the ISSN they print is the paper's, and the title low
    on the cover is read whole."""
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset_series(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    title = " ".join(description["titles"][language].split())
    assert " ".join(article.titles.get(language, "").split()) == title
    assert [a.name for a in article.authors] == COVER[language][1]
    assert SERIES[language][5][:40] not in " ".join(article.text.split())
    assert SERIES[language][2][:40] not in " ".join(article.text.split())
    assert not [o.name for o in article.organisations if "order" in o.name.lower() or "оверн" in o.name.lower()
                or "Academ" in o.name or "академ" in o.name.lower()]
    assert not [c.name for c in article.countries if c.name == "Norway"]
    assert article.identifiers["issn"] == "2311-0457"
    assert description["abstract"][language][20:80] in " ".join(article.abstract.get(language, "").split())
