"""The head of a first page as journals set it: a side column beside the abstract, above a body in two
columns (the editors and the correspondence of a Frontiers article, the article's history of an Elsevier
one), a journal's column beside the title (SAGE), a title in two large sizes over an abstract set larger
than the body. Typeset here from the articles of tests/data/journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shared_models, typeset, typst_text

from pipeline import analyze
from pipeline.ingest.pdflayout import Line
from pipeline.ingest.sidebar import side_labels

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
SIDE = {
    "en": ["*Edited by:*", "Kerstin Lindqvist, Lund", "University, Sweden", "*Reviewed by:*", "Pedro Alvarez,",
           "University of Porto,", "Portugal", "*Correspondence:*", "Anna Berg, Faculty of", "Economics, 12 Harbour",
           "Road, Oslo, Norway"],
    "ru": ["*Информация о статье*", "Поступила: 14.03.2023", "Принята: 20.05.2023", "*Рецензенты:*",
           "Петров И. С., Уральский", "государственный", "университет", "*Для переписки:*", "Иванова А. Б.,",
           "ул. Садовая, 12, Москва"],
}


def _names(description: dict, language: str) -> str:
    return ", ".join(a["name"][language] if isinstance(a["name"], dict) else a["name"] for a in description["authors"])


def _page(description: dict, language: str, head: str, out: Path, justify: bool = True) -> None:
    """Typeset `head` (typst markup) over the article's first six body paragraphs in two columns."""
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:6]
    body = "\n\n".join(typst_text(p) for p in paragraphs)
    source = f"""#set page(width: 595pt, height: 842pt, margin: 50pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
{"#set par(justify: true)" if justify else ""}
{head}
#columns(2, gutter: 16pt)[{body}]
"""
    typeset(source, out)


def _typeset(description: dict, language: str, out: Path) -> None:
    side = " \\\n".join(line if line.startswith("*") else typst_text(line) for line in SIDE[language])
    _page(description, language, f"""#align(center, text(15pt, weight: "bold")[{typst_text(description["titles"][language])}])
#align(center)[{typst_text(_names(description, language))}]
#v(14pt)
#grid(columns: (120pt, 1fr), column-gutter: 16pt,
  text(8pt)[{side}],
  [{typst_text(description["abstract"][language])}])
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
    side = " \\\n".join(typst_text(line) for line in JOURNAL_SIDE[language])
    _page(description, language, f"""#grid(columns: (1fr, 130pt), column-gutter: 20pt,
  par(leading: 14pt, text(17pt)[{typst_text(description["titles"][language])}]),
  text(7.5pt)[{side}])
#v(24pt)
{typst_text(_names(description, language))}
#v(24pt)
{typst_text(description["abstract"][language])}
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
    _page(description, language, f"""#text(17pt, weight: "bold")[{typst_text(first)}] \\
#text(20pt, weight: "bold")[{typst_text(second)}]
#v(12pt)
#align(right)[{typst_text(description["authors"][0]["name"][language])}]
#v(12pt)
#text(13pt)[{typst_text(description["abstract"][language])}]
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
    _page(description, language, f"""#align(center, text(15pt, weight: "bold")[{typst_text(description["titles"][language])}])
#align(center)[{typst_text(_names(description, language))}]
#v(14pt)
#block(width: 330pt)[#place(top + left, dx: 350pt, text(10pt)[{word}]){typst_text(description["abstract"][language])}]
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


def test_a_body_across_the_page_under_a_side_column_is_read_after_the_column_beside_it() -> None:
    """Wiley's first page (its geometry as printed): the correspondence note in a narrow column beside
    the abstract and the keywords, then the body across the whole page; its first heading, set narrow at
    the left edge, is read after the abstract's column, not inside it."""
    from pipeline.ingest.pages import compose
    from pipeline.ingest.pdflayout import PageLines

    def line(text: str, x0: float, x1: float, top: float, size: float = 10.0, bold: bool = False) -> Line:
        return Line(text, x0, x1, top, top + 0.8 * size, size, bold)

    head = [line("ORIGINAL ARTICLE", 46, 161, 70, 9.0, True),
            line("Political systems, regime memory, and economic freedom", 46, 539, 110, 17.9, True),
            line("Peter Calcagno | Anna Smith | Todd Jones", 46, 536, 153, 12.0, True),
            line("1 Department of Economics, College of Charleston, Charleston, USA", 49, 333, 180, 8.0),
            line("2 Department of Economics, Ball State University, Muncie, USA", 49, 293, 195, 8.0)]
    side = [line(t, 46, 185, 259 + 11 * k, 8.0) for k, t in enumerate(
        ["Correspondence", "Anna Smith, Department of", "Economics, College of", "Charleston, 66 George Street,",
         "USA.", "Email: smith@college.edu"])]
    abstract = [line("Abstract", 211, 251, 265, 10.0, True)] + [line(t, 211, 543, 280 + 15 * k) for k, t in enumerate(
        ["We expand on the economic research about regime types, culture, in-", "stitutions, and economic freedom, "
         "with the development of a unique", "measure of regime memory and examine the generational effect of past",
         "regimes on a country's level of economic freedom. Using a panel of",
         "countries between 1970 and 2015 we follow the literature and argue",
         "that institutions can be fast and slow-moving. We find that regime"])] + [
        line("memory matters for historically democratic countries.", 211, 382, 385)]
    keywords = [line("KEYWORDS", 211, 269, 411, 8.0, True), line("culture, economic freedom, memory, regime", 211, 419, 422, 8.5),
                line("JEL CLASSIFICATION", 211, 322, 446, 8.0, True), line("B15, O17, O43, P1, P16", 211, 296, 457, 8.5)]
    body = [line("1 | INTRODUCTION", 46, 173, 490, 12.0, True)] + [
        line("After the fall of the Berlin Wall and the collapse of the Soviet Union, many hoped that the", 46, 550,
             518 + 13 * k) for k in range(9)]
    page = PageLines(595.0, 782.0, [*head, *side, *abstract, *keywords, *body])
    text = compose([page]).pages[0]
    assert text.index("democratic countries") < text.index("KEYWORDS") < text.index("INTRODUCTION") < text.index("After the")


def test_an_abstract_set_smaller_than_the_body_under_the_front_matter_is_no_footnote() -> None:
    """A first page whose front matter is set in the body's large type and whose abstract, keywords and
    marked places of the other language's block are set smaller under it: the abstract stays text, though
    the places carry the marks the front matter used."""
    from pipeline.ingest.pages import compose
    from pipeline.ingest.pdflayout import PageLines

    def line(text: str, top: float, size: float, lead: str | None = None) -> Line:
        return Line(text, 68, 527, top, top + 0.8 * size, size, lead=lead)

    front = [line("ОПРЕДЕЛЕНИЕ ДЛИН ТРЕЩИН ГИДРОРАЗРЫВА ПЛАСТА", 132, 15.5),
             Line("К.А. Поташев, А.А. Ураимов, А.Б. Мазо", 68, 527, 206, 218, 15.5, marks=["1", "2"]),
             line("Институт математики и механики, КФУ", 241, 15.5, lead="1"),
             line("Казанский государственный энергетический университет", 259, 15.5, lead="2"),
             line("Работа выполнена при финансовой поддержке центра в рамках задания.", 328, 15.5)]
    small = [line(t, 430 + 15.3 * k, 13.3) for k, t in enumerate(
        ["Дана постановка и экономичный алгоритм решения обратной задачи интерпрета-",
         "ции трассерных исследований длин трещин многозонного гидроразрыва пласта.",
         "Ключевые слова: гидроразрыв пласта, трассерные исследования, обратная задача."])]
    places = [line("Institute of Mathematics and Mechanics, Kazan Federal University", 750, 13.3, lead="1"),
              line("Kazan State Power Engineering University", 765, 13.3, lead="2")]
    body = [Line("Трещины гидроразрыва рассматриваются в работе подробно и с разных сторон.", 68, 527,
                 100 + 20 * k, 112 + 20 * k, 15.5) for k in range(30)]
    pages = [PageLines(595.0, 842.0, [*front, *small, *places]), PageLines(595.0, 842.0, body)]
    layout = compose(pages)
    assert "Ключевые слова: гидроразрыв" in layout.pages[0] and "Дана постановка" in layout.pages[0]
    assert not any("Дана постановка" in note.text for note in layout.footnotes)


def test_a_rule_drawn_with_a_symbol_fonts_glyphs_is_no_line() -> None:
    from pipeline.ingest.pdflayout import _Char, _line

    def chars(text: str) -> list[_Char]:
        return [_Char(c, 10.0 * k, 10.0 * k + 9, 700, 712, 12.0, 702, 400, False, 0.0) for k, c in enumerate(text)]

    assert _line(chars("\uf0be" * 30), 842.0) is None
    found = _line(chars("\uf0b7 Trade grows"), 842.0)
    assert found is not None and "Trade grows" in found.text
