"""First pages as journals of law, politics and psychology set them, typeset here from the articles of
tests/data/journal: a title barely larger than the body that the running heads of later pages repeat;
a university repository's cover page before the article; a side column of correspondence, dates and
keywords beside the abstract, over a body in two columns; a drop cap opening the abstract and the body;
names in capitals, each with its university on the same line."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from helpers import FONTS, flat, journal_article, journal_paragraphs, shared_models, typeset, typst_text

from pipeline import analyze
from pipeline.ingest.pdflayout import read_lines

ARTICLES = [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")]
NAMES = {"en": ["John Smith", "Mary Jones"], "ru": ["Иван Петров", "Анна Сидорова"]}
PLACES = {"en": ["University of Aberdeen", "Erasmus University Rotterdam"],
          "ru": ["Московский государственный университет", "Санкт-Петербургский государственный университет"]}



@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_title_the_running_heads_repeat_is_the_title_though_set_near_the_bodys_size(
        tmp_path: Path, name: str, language: str) -> None:
    """A law review's first page: the title at the top, a hair larger than the body, the author's name in
    small capitals under it; every later page repeats the title as its running head in smaller type."""
    description = journal_article(name)
    title = " ".join(description["titles"][language].split()[:6])
    source = f"""#set page(width: 560pt, height: 700pt, margin: (x: 50pt, top: 40pt, bottom: 50pt),
  header: context {{ if counter(page).get().first() > 1 {{ align(center, text(8pt)[{typst_text(title)}]) }} }})
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true, first-line-indent: 18pt)
#text(10.4pt)[{typst_text(title)}]

#text(8pt)[{typst_text(NAMES[language][0].upper())}]

{journal_paragraphs(description, 3)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.titles.get(language)) == title
    assert [a.name for a in article.authors] == NAMES[language][:1]


COVERS = {
    # a university repository's page before the publisher's PDF (Kent, White Rose)
    # (the repository's name first, set large)
    "kent": ["Kent Academic Repository",
             "{authors} (2017) {title}. Journal of Customs Studies, 48 (3). pp. 320-335. ISSN 0046-2772.",
             "Downloaded from", "https://kar.kent.ac.uk/63244/ The University of Kent's Academic Repository KAR",
             "The version of record is available from", "https://doi.org/10.1002/jcs.2331", "This document version",
             "Publisher pdf", "Licence for this version", "CC BY (Attribution)", "Versions of research works",
             "Versions of Record", "If this version is the version of record, it is the same as the published version "
             "available on the publisher's web site. Cite as the published version.", "Enquiries",
             "If you have questions about this document contact ResearchSupport@kent.ac.uk."],
    "white_rose": ["White Rose Research Online", "This is a repository copy of {title}.",
                   "White Rose Research Online URL for this paper:",
                   "https://eprints.whiterose.ac.uk/123456/", "Version: Published Version", "Article:",
                   "{authors} (2017) {title}. Journal of Customs Studies, 48 (3). pp. 320-335. ISSN 0046-2772",
                   "https://doi.org/10.1002/jcs.2331", "Reuse", "This article is distributed under the terms of the "
                   "Creative Commons Attribution (CC BY) licence.", "Takedown", "If you consider content in White Rose "
                   "Research Online to be in breach of UK law, please notify us by emailing eprints@whiterose.ac.uk."],
}


@pytest.mark.parametrize("cover", list(COVERS))
@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_repositorys_cover_page_is_no_part_of_the_article(tmp_path: Path, name: str, language: str, cover: str) -> None:
    """The cover page a university repository puts before the publisher's PDF: the title, authors and
    abstract come from the article's own first page, and nothing of the cover reaches the text."""
    description = journal_article(name)
    title = flat(description["titles"][language])
    names = NAMES[language]
    lines = [line.format(authors=" and ".join(names), title=title) for line in COVERS[cover]]
    source = f"""#set page(width: 500pt, height: 700pt, margin: 56pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#text(20pt)[*{typst_text(lines[0])}*]

#text(9pt)[{chr(10).join(chr(10) + typst_text(line) for line in lines[1:])}]
#pagebreak()
#text(15pt)[*{typst_text(title)}*]

{typst_text(", ".join(names))}

#text(9pt)[{typst_text(description["abstract"][language])}]

{journal_paragraphs(description, 2)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.titles.get(language)) == title
    assert [a.name for a in article.authors] == names
    assert flat(article.abstract.get(language))[:80] in flat(description["abstract"][language])[:120]
    assert "repository" not in article.text.lower() and "Takedown" not in article.text


SIDE = {
    "en": ["Correspondence", "{name}, Department of Economics,", "University of Aberdeen, Dunbar Street,",
           "Aberdeen AB24 3QY, United Kingdom.", "E-mail: j.smith@example.org", "", "Received: 28 July 2021",
           "Accepted: 9 August 2022", "", "Keywords: {keywords}", "", "The study was carried out within the",
           "framework of a project of the", "Institute for Trade and Border Studies;", "the data are available",
           "from the authors upon request."],
    "ru": ["Для корреспонденции", "{name}, кафедра таможенного дела,", "Московский государственный университет,",
           "Ленинские горы, 1, Москва, 119991.", "E-mail: i.petrov@example.ru", "", "Поступила: 28 июля 2021",
           "Принята: 9 августа 2022", "", "Ключевые слова: {keywords}", "", "Исследование выполнено в рамках",
           "проекта Института торговли", "и пограничных исследований;", "данные предоставляются",
           "авторами по запросу."],
}


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_side_column_beside_the_abstract_is_read_apart_from_it(tmp_path: Path, name: str, language: str) -> None:
    """A psychology journal's first page: the correspondence, the dates, the keywords and a note in a narrow
    column at the left, the abstract beside it over most of the width, and the body in two columns under
    both: the abstract is read whole, neither the side column's lines inside it nor it inside them."""
    description = journal_article(name)
    title = flat(description["titles"][language])
    names = NAMES[language]
    keywords = ", ".join(description["keywords"][language][:4])
    side = "\n".join(typst_text(line.format(name=names[0], keywords=keywords)) + " #linebreak()" if line else "#v(6pt)"
                     for line in SIDE[language])
    label = "Abstract" if language == "en" else "Аннотация"
    abstract = description["abstract"][language].split(". ", 1)[1]  # (without the structured abstract's first label)
    source = f"""#set page(width: 595pt, height: 842pt, margin: (x: 54pt, top: 60pt, bottom: 60pt))
#set text(font: "DejaVu Serif", size: 8.6pt, lang: "{language}")
#set par(justify: true)
#text(14pt)[{typst_text(title)}]

#text(9pt)[{typst_text(" & ".join(names))}]
#v(24pt)
#grid(columns: (140pt, 1fr), column-gutter: 18pt, text(6.8pt)[{side}],
  [#text(9pt)[*{label}*] #linebreak() {typst_text(abstract)}])
#v(14pt)
#columns(2, gutter: 18pt)[{journal_paragraphs(description, 3)}]
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.abstract.get(language)) == flat(abstract)
    assert [a.name for a in article.authors] == names
    assert article.keywords.get(language, [])[:4] == description["keywords"][language][:4]


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_drop_cap_and_names_in_capitals_each_with_a_university(tmp_path: Path, name: str, language: str) -> None:
    """A political science review's first page: the names in capitals each with the university beside
    them on one line, an abstract opened by a drop cap three lines high, and the body's first paragraph
    opened by another: each paragraph reads whole, its first word whole."""
    description = journal_article(name)
    title = flat(description["titles"][language])
    abstract = ". ".join(flat(description["abstract"][language]).split(". ")[1:4]) + "."
    body = next(p for section in description["body"] for p in section["paragraphs"] if isinstance(p, str))
    byline = "\n\n".join(f"{typst_text(n.upper())} #h(8pt) #emph[{typst_text(p)}]"
                         for n, p in zip(NAMES[language], PLACES[language], strict=True))

    def dropped(text: str, width: str, words: int) -> str:
        """The paragraph opened by a drop cap: its first words beside the cap, the rest under it."""
        head, tail = " ".join(text.split()[:words]), " ".join(text.split()[words:])
        return f"""#grid(columns: (auto, 1fr), column-gutter: 2pt,
  text(30pt, top-edge: "cap-height", bottom-edge: "baseline")[{typst_text(head[0])}],
  [{typst_text(head[1:])} #linebreak(justify: true)])
#v(-0.65em + 1pt)
{typst_text(tail)}"""

    source = f"""#set page(width: 612pt, height: 792pt, margin: 62pt)
#set text(font: "DejaVu Serif", size: 9.3pt, lang: "{language}")
#set par(justify: true, leading: 0.55em)
#text(16pt)[*{typst_text(title)}*]

{byline}
#v(8pt)
#pad(x: 24pt)[#emph[{dropped(abstract, "400pt", 32)}]]
#v(14pt)
#columns(2, gutter: 18pt)[{dropped(body, "200pt", 16)}

{journal_paragraphs(description, 2)}]
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == NAMES[language]
    assert article.affiliations == PLACES[language]
    assert flat(article.abstract.get(language)) == abstract
    assert flat(body) in flat(article.text)


NOTES = {
    "en": "See the Agreement on the Application of Sanitary and Phytosanitary Measures, art. 3.1, and the "
          "Agreement on Technical Barriers to Trade, arts. 2.4 and 11.2 (stating that members shall use international "
          "standards as a basis for their technical regulations); see also Steve Miller, 'Standards and the Trading "
          "System' (2003) 38 Tex. Int'l L. J. 469 at 474, and the sources cited there, which trace the rule to the "
          "Tokyo Round codes and to the practice of the contracting parties in the decades before the Uruguay Round.",
    "ru": "См.: Соглашение по применению санитарных и фитосанитарных мер, ст. 3.1, а также Соглашение по "
          "техническим барьерам в торговле, ст. 2.4 и 11.2 (члены используют международные стандарты как основу "
          "своих технических регламентов); см. также: Миронов С. В. Стандарты и торговая система // Журнал "
          "международного права. 2003. № 38. С. 469–474, и указанные там источники, которые возводят правило к "
          "кодексам Токийского раунда и к практике договаривающихся сторон в десятилетия до Уругвайского раунда.",
}


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_law_reviews_long_notes_without_a_rule_are_notes(tmp_path: Path, name: str, language: str) -> None:
    """A law review sets its notes under the body without a rule, a little smaller and indented, and they
    take half a page and more: all of them are notes, and the agreements they cite are no facts of the text;
    the abstract in their type under the title is none."""
    description = journal_article(name)
    paragraphs = [p for section in description["body"] for p in section["paragraphs"] if isinstance(p, str)][:6]
    # (an abstract under the title in the notes' type; each note closed by a word of its own: lines
    # repeated at the foot of pages are footers)
    abstract = ". ".join(flat(description["abstract"][language]).split(". ")[1:4]) + "."
    notes = [f"{NOTES[language]} {place}." for place in ("Geneva", "Bali", "Nairobi", "Doha", "Cancun", "Seattle")]
    body = "\n\n".join(f"{typst_text(p)}#footnote[{typst_text(n)}]" for p, n in zip(paragraphs, notes, strict=False))
    source = f"""#set page(width: 432pt, height: 648pt, margin: (x: 90pt, top: 50pt, bottom: 50pt))
#set text(font: "DejaVu Serif", size: 11.4pt, lang: "{language}")
#set par(justify: true, first-line-indent: 36pt)
#set footnote.entry(separator: none, indent: 18pt, gap: 0.5em)
#show footnote.entry: set text(10.2pt)
#text(16pt)[{typst_text(flat(description["titles"][language]))}]

#text(10.2pt)[{typst_text(abstract)}]

{body}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert len(article.footnotes) == len(paragraphs)
    assert [flat(note.text) for note in article.footnotes] == notes[:len(paragraphs)]
    assert flat(article.abstract.get(language)) == abstract
    assert not any("Phytosanitary" in t.title or "фитосанитарных" in t.title for t in article.treaties)


@pytest.mark.parametrize(("first", "beside", "read"), [
    ("Globalization and automation have", 123.1, "Globalization and automation have"),
    ("In Janesville: An American Story,", 123.1, "In Janesville: An American Story,"),
    ("ВРоссии в 90-х годах прошлого века", 123.1, "В России в 90-х годах прошлого века"),
    # the lines beside the cap begin left of the first line's letters: a space was set after the cap
    ("Acasualty of deindustrialization", 119.0, "A casualty of deindustrialization"),
    ("Атаможенный союз как форма", 119.0, "А таможенный союз как форма"),
])
def test_a_drop_cap_opens_its_word_or_stands_as_one(first: str, beside: float, read: str) -> None:
    """The letters after a drop cap begin a hair right of it: the cap opens their word, unless the lines
    beside the cap begin further left (a space after the cap) or a capital opens the next word."""
    from pipeline.ingest.pages import _after_drop_cap
    from pipeline.ingest.pdflayout import Line

    lines = [Line(first, 86.0, 523.0, 142.5, 151.9, 9.3, drop=(180.9, 123.1)),
             Line("manufacturing jobs, yielding", beside, 522.0, 153.5, 162.9, 9.3),
             Line("Coupling insights from economic", beside, 522.0, 164.5, 173.8, 9.3),
             Line("groups in society may construe", 85.8, 522.0, 175.4, 184.8, 9.3)]
    assert _after_drop_cap(lines, 0) == read


JOURNALS = {"en": "International Review of Customs Administration", "ru": "Вестник Российской таможенной академии"}


def _tall_face(folder: Path) -> Path:
    """DejaVu Serif with its ascent and descent half as high again, as some faces (STIX) are drawn: their
    lines stand higher than others' at one size."""
    ttlib = pytest.importorskip("fontTools.ttLib", reason="fontTools comes with fpdf2 (pip install -e '.[dev]')")
    font = ttlib.TTFont(str(FONTS / "DejaVuSerif.ttf"))
    for table, fields in (("hhea", ("ascent", "descent")),
                          ("OS/2", ("sTypoAscender", "sTypoDescender", "usWinAscent", "usWinDescent"))):
        for name in fields:
            setattr(font[table], name, int(getattr(font[table], name) * 1.5))
    font.save(str(folder / "TallSerif.ttf"))
    return folder / "TallSerif.ttf"


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_type_sizes_compare_across_fonts_whose_letters_stand_apart_differently(
        tmp_path: Path, name: str, language: str) -> None:
    """A title set larger in a face of usual ascent and descent (DejaVu), over a body set in one whose are
    tall, under the journal's name: the title's lines stand no higher than the body's, and yet it is set
    larger, and is the title."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 comes with pip install -e '.[dev]'")
    description = journal_article(name)
    title = flat(description["titles"][language])
    label = "Abstract" if language == "en" else "Аннотация"
    pdf = fpdf.FPDF(format=(500, 700), unit="pt")
    pdf.set_margins(56, 56)
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Tall", fname=str(_tall_face(tmp_path)))
    for face, size, text in [("DejaVu", 8, JOURNALS[language]), ("DejaVu", 8, "https://doi.org/10.1007/s42001-023-00205-y"),
                             ("DejaVu", 13, title), ("DejaVu", 10, " · ".join(NAMES[language])),
                             ("Tall", 10, f"{label}. {description['abstract'][language].split('. ', 1)[1]}"),
                             *[("Tall", 10, p) for p in [p for section in description["body"] for p in section["paragraphs"]
                                                        if isinstance(p, str)][:2]]]:
        pdf.set_font(face, size=size)
        pdf.multi_cell(0, size * 1.3, text, align="J" if size == 10 and face == "Tall" else "L")
        pdf.ln(size * 0.8)
    out = tmp_path / f"{name}.pdf"
    pdf.output(str(out))
    page = pypdfium2.PdfDocument(out)[0]
    lines = read_lines(page.get_textpage(), *page.get_size()).lines
    title_size = next(x.size for x in lines if x.text.startswith(title[:20]))
    body_size = next(x.size for x in lines if x.text.startswith(label))
    assert title_size > 1.2 * body_size
    article = analyze(out, models=shared_models())
    assert flat(article.titles.get(language)) == title
    assert [a.name for a in article.authors] == NAMES[language]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Publication, Publication", "Elements of the Paper"),
        ("Таможенный союз", "Структура статьи и методы"),
    ],
)
def test_a_title_of_two_words_set_far_larger_than_the_headings_is_the_title(title: str, heading: str) -> None:
    """A title of two words at the page's top, half as large again as a heading of three words or more lower on
    the page: the title, though a rubric of one or two words is none."""
    from pipeline.ingest.pages import _title
    from pipeline.ingest.pdflayout import Line, PageLines

    lines = [Line(title, 97.0, 336.0, -4.0, 19.0, 22.9, bold=True),
             Line("Gary King, Harvard University", 97.0, 269.0, 33.0, 49.0, 15.4),
             Line("Introduction", 97.0, 163.0, 78.0, 92.0, 13.7, bold=True)]
    lines += [Line("body text of the article goes on here at its usual size", 97.0, 258.0, 98.0 + 10.5 * k,
                   108.0 + 10.5 * k, 10.6) for k in range(30)]
    lines.append(Line(heading, 456.0, 579.0, 469.0, 483.0, 13.7, bold=True))
    assert _title(PageLines(648.0, 792.0, lines), 10.6) == title


OTHER_NAMES = {"en": ["Джон Смит", "Мэри Джонс"], "ru": ["I. Petrov", "A. Sidorova"]}


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_box_of_the_other_languages_front_matter_beside_this_ones(tmp_path: Path, name: str, language: str) -> None:
    """A Russian journal's first page: the other language's title, names, abstract and keywords in a box at the
    left, this language's names (each with the place under it), abstract and keywords at the right, and the
    body in two columns under both: the names are the body's script, and the body begins after the keywords."""
    description = journal_article(name)
    other = "ru" if language == "en" else "en"
    # (an English article of a Russian journal: the Russian block of the other sample stands for its own)
    aside = description if other in description["abstract"] else journal_article(next(n for n, lang in ARTICLES if lang == other))
    labels = {"en": ("Abstract.", "Keywords:"), "ru": ("Аннотация.", "Ключевые слова:")}

    def block(lang: str, names: list[str]) -> str:
        source = description if lang == language else aside
        cards = " #v(4pt) ".join(f"*{typst_text(n)}* #linebreak() #emph[{typst_text(p)}]"
                                 for n, p in zip(names, PLACES[lang], strict=True))
        abstract = ". ".join(flat(source["abstract"][lang]).split(". ")[:4]) + "."
        keywords = ", ".join(source["keywords"][lang][:4])
        return (f"#align(right)[{cards}] #v(6pt) #emph[{labels[lang][0]}] {typst_text(abstract)} #v(6pt) "
                f"#emph[{labels[lang][1]}] {typst_text(keywords)}")

    source = f"""#set page(width: 595pt, height: 842pt, margin: (x: 42pt, top: 44pt, bottom: 60pt))
#set text(font: "DejaVu Serif", size: 8.4pt, lang: "{language}")
#set par(justify: true)
#align(right)[#text(15pt)[*{typst_text(flat(description["titles"][language]))}*]]
#v(10pt)
#set par(justify: false)
#grid(columns: (1fr, 1fr), column-gutter: 18pt,
  box(stroke: 0.5pt, inset: 8pt)[#text(11pt)[*{typst_text(flat(aside["titles"][other]))}*] #v(4pt)
  {block(other, OTHER_NAMES[language])}],
  [{block(language, NAMES[language])}])
#v(12pt)
#set par(justify: true)
#columns(2, gutter: 18pt)[{journal_paragraphs(description, 3)}]
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == NAMES[language]
    assert article.keywords.get(language, [])[:4] == description["keywords"][language][:4]
    first = flat(next(p for section in description["body"] for p in section["paragraphs"] if isinstance(p, str)))
    text = flat(article.text)
    assert first[:60] in text and text.index(first[:60]) > max(text.find(n) for n in NAMES[language])


def test_a_byline_set_in_the_titles_type_is_no_part_of_the_title(tmp_path: Path) -> None:
    """A student law journal sets "by" and the author's name, a line each, in the title's large type under it."""
    description = journal_article("en_aeo_mutual_recognition")
    title = "IMPACT OF DUMPING AND HEALTH CARE"
    source = f"""#set page(width: 595pt, height: 842pt, margin: 60pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "en")
#set par(justify: true)
#align(center)[#text(14pt)[*{title}*]]
#v(16pt)
#align(center)[#text(14.5pt)[by]]
#v(16pt)
#align(center)[#text(14.5pt)[Sheikh Shadab Rana]]
#v(12pt)
*ABSTRACT*

{typst_text(flat(description["abstract"]["en"]))}

{journal_paragraphs(description, 3)}
"""
    pdf = tmp_path / "byline.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert article.titles.get("en") == title
    assert [a.name for a in article.authors] == ["Sheikh Shadab Rana"]


RUBRICS = {"en": "Sustainable Economic Growth: Challenges and Opportunities",
           "ru": "Устойчивый экономический рост: вызовы и возможности"}


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_rubric_the_running_heads_repeat_over_the_title_is_no_title(tmp_path: Path, name: str, language: str) -> None:
    """An international organisations journal sets its rubric in the largest type at the top of the first
    page and repeats it as the running head of later pages; the title stands under it in display type of
    its own, the names under the title."""
    description = journal_article(name)
    title = flat(description["titles"][language])
    rubric = RUBRICS[language]
    source = f"""#set page(width: 524pt, height: 746pt, margin: (x: 56pt, top: 60pt, bottom: 50pt),
  header: context {{ if counter(page).get().first() > 1 {{ align(center, text(6.7pt)[{typst_text(rubric.upper())}]) }} }})
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#text(22pt)[{typst_text(rubric)}]

#text(16pt)[{typst_text(title)}]

#text(11pt)[_{typst_text(", ".join(NAMES[language]))}_]

{journal_paragraphs(description, 4)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.titles.get(language)) == title


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_title_the_running_heads_repeat_over_a_row_of_names_stays_the_title(tmp_path: Path, name: str,
                                                                               language: str) -> None:
    """A conference layout repeats the title in its running heads; the names under it, side by side in type
    a little larger than the body, are no title of their own."""
    description = journal_article(name)
    title = " ".join(description["titles"][language].split()[:5])
    names = "#h(24pt)".join(typst_text(n) for n in NAMES[language])
    source = f"""#set page(width: 612pt, height: 792pt, margin: (x: 54pt, top: 60pt, bottom: 50pt),
  header: context {{ if counter(page).get().first() > 1 {{ text(7pt)[{typst_text(title)}] }} }})
#set text(font: "DejaVu Serif", size: 8.6pt, lang: "{language}")
#set par(justify: true)
#align(center)[#text(16pt)[*{typst_text(title)}*]]
#v(6pt)
#align(center)[#text(12pt)[{names}]]

{journal_paragraphs(description, 4)}

{journal_paragraphs(description, 4)}
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert flat(article.titles.get(language)) == title


SIGNED = {"en": ("WILL REARDEN", "Will Rearden", "J.D. Candidate, Saint Louis University School of Law, 2007."),
          "ru": ("ИВАН ПЕТРОВ", "Иван Петров", "Аспирант кафедры таможенного дела, Московский государственный университет.")}


@pytest.mark.parametrize(("name", "language"), ARTICLES)
def test_a_name_signing_the_body_at_its_end_is_its_author(tmp_path: Path, name: str, language: str) -> None:
    """A law review's student note: the title in capitals, no byline, and the author's name in capitals under
    the last paragraph, with a starred note that says who the author is."""
    description = journal_article(name)
    title = " ".join(description["titles"][language].split()[:8]).upper()
    signature, author, note = SIGNED[language]
    source = f"""#set page(width: 612pt, height: 792pt, margin: 72pt)
#set text(font: "DejaVu Serif", size: 11pt, lang: "{language}")
#set par(justify: true)
#align(center)[*{typst_text(title)}*]

{journal_paragraphs(description, 3)}

#align(right)[{typst_text(signature)}#footnote(numbering: "*")[{typst_text(note)}]]
"""
    pdf = tmp_path / f"{name}.pdf"
    typeset(source, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == [author]
    assert signature not in article.text
