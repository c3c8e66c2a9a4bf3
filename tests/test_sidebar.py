"""The head of a first page as journals set it: a side column beside the abstract, above a body in two
columns (the editors and the correspondence of a Frontiers article, the article's history of an Elsevier
one), a journal's column beside the title (SAGE), a title in two large sizes over an abstract set larger
than the body. Typeset here from the articles of tests/data/journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shared_models

from pipeline import analyze
from pipeline.ingest.pdflayout import Line
from pipeline.ingest.sidebar import side_labels

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIDE = {
    "en": ["*Edited by:*", "Kerstin Lindqvist, Lund", "University, Sweden", "*Reviewed by:*", "Pedro Alvarez,",
           "University of Porto,", "Portugal", "*Correspondence:*", "Anna Berg, Faculty of", "Economics, 12 Harbour",
           "Road, Oslo, Norway"],
    "ru": ["*Информация о статье*", "Поступила: 14.03.2023", "Принята: 20.05.2023", "*Рецензенты:*",
           "Петров И. С., Уральский", "государственный", "университет", "*Для переписки:*", "Иванова А. Б.,",
           "ул. Садовая, 12, Москва"],
}


def _typst(text: str) -> str:
    """Text as a typst string in markup: nothing in it is read as markup."""
    return f"#{json.dumps(text, ensure_ascii=False)}"


def _names(description: dict, language: str) -> str:
    return ", ".join(a["name"][language] if isinstance(a["name"], dict) else a["name"] for a in description["authors"])


def _page(description: dict, language: str, head: str, out: Path, justify: bool = True) -> None:
    """Typeset `head` (typst markup) over the article's first six body paragraphs in two columns."""
    typst = pytest.importorskip("typst", reason="the typst wheel is not installed (it comes with pip install -e '.[dev]')")
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:6]
    body = "\n\n".join(_typst(p) for p in paragraphs)
    source = f"""#set page(width: 595pt, height: 842pt, margin: 50pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
{"#set par(justify: true)" if justify else ""}
{head}
#columns(2, gutter: 16pt)[{body}]
"""
    page = out.with_suffix(".typ")
    page.write_text(source, "utf-8")
    typst.compile(str(page), output=str(out), font_paths=[str(FONTS)], ignore_system_fonts=True)


def _typeset(description: dict, language: str, out: Path) -> None:
    side = " \\\n".join(line if line.startswith("*") else _typst(line) for line in SIDE[language])
    _page(description, language, f"""#align(center, text(15pt, weight: "bold")[{_typst(description["titles"][language])}])
#align(center)[{_typst(_names(description, language))}]
#v(14pt)
#grid(columns: (120pt, 1fr), column-gutter: 16pt,
  text(8pt)[{side}],
  [{_typst(description["abstract"][language])}])
#v(14pt)""", out)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_the_abstract_beside_a_side_column_is_read_whole(tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    flat = " ".join(article.text.split())
    abstract = " ".join(description["abstract"][language].split())
    words = abstract.split()
    # the abstract's first and last words, in order and unbroken by the side column's lines
    assert " ".join(words[:25]) in flat
    assert " ".join(words[-25:]) in flat
    side_words = {w.strip(",.:*") for line in SIDE[language] for w in line.split() if len(w.strip(",.:*")) > 3}
    start = flat.index(" ".join(words[:25]))
    inside = set(flat[start:start + len(abstract)].split())
    assert not side_words & {w.strip(",.:*") for w in inside}


JOURNAL_SIDE = {
    "en": ["Journal of Customs Studies", "2023, Vol. 9(2) 14–31", "© The Author(s) 2023", "Reprints and permissions:",
           "journals.example.org/permissions", "DOI: 10.5555/jcs.2023.0914"],
    "ru": ["Вестник таможенного дела", "2023, Т. 9, № 2, с. 14–31", "© Авторы, 2023", "Перепечатка только",
           "с разрешения редакции", "DOI: 10.5555/vtd.2023.0914"],
}


def _typeset_with_journal_beside_title(description: dict, language: str, out: Path) -> None:
    side = " \\\n".join(_typst(line) for line in JOURNAL_SIDE[language])
    _page(description, language, f"""#grid(columns: (1fr, 130pt), column-gutter: 20pt,
  par(leading: 14pt, text(17pt)[{_typst(description["titles"][language])}]),
  text(7.5pt)[{side}])
#v(24pt)
{_typst(_names(description, language))}
#v(24pt)
{_typst(description["abstract"][language])}
#v(14pt)""", out)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_a_title_beside_the_journals_column_is_read_whole(tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset_with_journal_beside_title(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    title = " ".join(description["titles"][language].split())
    assert " ".join(article.titles.get(language, "").split()).lower() == title.lower()
    assert " ".join(title.split()[-4:]) in " ".join(article.text.split())


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_a_title_in_two_sizes_over_a_large_abstract(tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    words = description["titles"][language].split()
    first, second = " ".join(words[:2]), " ".join(words[2:6])
    pdf = tmp_path / "article.pdf"
    _page(description, language, f"""#text(17pt, weight: "bold")[{_typst(first)}] \\
#text(20pt, weight: "bold")[{_typst(second)}]
#v(12pt)
#align(right)[{_typst(description["authors"][0]["name"][language])}]
#v(12pt)
#text(13pt)[{_typst(description["abstract"][language])}]
#v(12pt)""", pdf, justify=False)
    article = analyze(pdf, models=shared_models())
    assert " ".join(article.titles.get(language, "").split()) == f"{first} {second}"


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_a_margin_label_level_with_the_abstracts_first_line_opens_it(tmp_path: Path, name: str, language: str) -> None:
    """"abstract" set in the margin on the baseline of the abstract's first line (Pediatrics): the text
    layer runs it on to that line; it is read before the abstract, which is found whole."""
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    word = "abstract" if language == "en" else "аннотация"
    pdf = tmp_path / f"{name}.pdf"
    _page(description, language, f"""#align(center, text(15pt, weight: "bold")[{_typst(description["titles"][language])}])
#align(center)[{_typst(_names(description, language))}]
#v(14pt)
#block(width: 330pt)[#place(top + left, dx: 350pt, text(10pt)[{word}]){_typst(description["abstract"][language])}]
#v(14pt)""", pdf)
    article = analyze(pdf, models=shared_models())
    words = " ".join(description["abstract"][language].split()).split()
    abstract = " ".join(article.abstract.get(language, "").split())
    assert " ".join(words[-12:]) in abstract and word not in abstract.lower()


def _prose(top: float, x0: float = 50.0, x1: float = 280.0) -> Line:
    return Line("customs officers check the goods at the border post", x0, x1, top, top + 9, 9.0)


def test_a_margin_label_is_told_from_a_columns_heading_and_a_rows_next_label() -> None:
    """"abstract" right of a full line of the text block with nothing under it is a margin label, read
    before that line; "References" heading the next column and "ABSTRACT" beside "ARTICLE INFO" in a row
    stay where they are."""
    left = [_prose(100 + 12 * k) for k in range(10)]
    label = Line("abstract", 300, 340, 100, 109, 9.0)
    moved = side_labels([left[0], label, *left[1:]])
    assert moved[0].text == "abstract" and moved[0].alone and moved[1] is left[0]
    right = [_prose(112 + 12 * k, 300, 530) for k in range(9)]
    heading = Line("References", 300, 350, 100, 109, 9.0)
    assert side_labels([left[0], heading, *left[1:], *right]) == [left[0], heading, *left[1:], *right]
    row = [Line("ARTICLE INFO", 50, 120, 90, 99, 9.0), Line("ABSTRACT", 300, 350, 90, 99, 9.0)]
    assert side_labels([*row, *left, *right]) == [*row, *left, *right]
