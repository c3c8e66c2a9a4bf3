"""HTML reports: escaping, well-formed highlights, number formatting, corpus comparisons, charts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import context
from markupsafe import Markup

from pipeline.record import (
    Article,
    Block,
    Country,
    DateFact,
    Direction,
    Evidence,
    Figure,
    Mention,
    Organisation,
    Source,
    Table,
    Treaty,
)
from pipeline.render import charts
from pipeline.render.highlight import nest
from pipeline.render.report import (
    article_view,
    corpus_view,
    environment,
    format_value,
    render_article,
    render_corpus,
    render_view,
)
from pipeline.settings import Settings

SCRIPT = "<script>alert(1)</script>"
QUOTED = '"quotes" & <b>tags</b>'
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Balance(HTMLParser):
    """Checks that every element closes in the order it opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.extend(v for k, v in attrs if k == "id" and v)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def balanced(page: str) -> Balance:
    parser = Balance()
    parser.feed(page)
    parser.close()
    assert parser.problems == []
    assert parser.stack == []
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    return parser


def source(name: str = "x.txt", pages: int | None = None) -> Source:
    return Source(path=f"corpora/{name}", name=name, sha256="0" * 64, format="txt", pages=pages)


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def hostile_article() -> Article:
    """Markup and a script inside mentions, titles, facts and a table; overlapping and nested mentions."""
    text = (f"Договор о Евразийском экономическом союзе {SCRIPT} подписан 29.05.2014.\n\n"
            f"Евразийский экономический союз {QUOTED} (ЕАЭС) объединяет Россию и Беларусь.\n\n"
            "Товарооборот в 2024 году составил 57,6 млрд долларов.")
    act = span(text, "Договор о Евразийском экономическом союзе " + SCRIPT)
    org_in_act = span(text, "Евразийском экономическом союзе")
    crossing = span(text, f"союзе {SCRIPT} подписан")
    org = span(text, "Евразийский экономический союз " + QUOTED)
    abbr = span(text, "ЕАЭС")
    date = span(text, "29.05.2014")
    fig = span(text, "57,6 млрд долларов")
    first_break = text.index("\n\n")
    return Article(
        source=source("hostile.txt", pages=2), text=text, title=f"Title {SCRIPT} {QUOTED}",
        abstract={"ru": f"Аннотация {SCRIPT}"}, keywords={"ru": [QUOTED]}, summary=[f"Итог {SCRIPT}"],
        warnings=[f"page 2 has no text layer {SCRIPT}"],
        organisations=[Organisation("org-1", f"Евразийский экономический союз {QUOTED}", "Eurasian Economic Union",
                                    "ЕАЭС", mentions=3)],
        countries=[Country("cty-RU", "Россия", "RU", "Russia", mentions=1)],
        treaties=[Treaty("act-1", f"Договор о ЕАЭС {SCRIPT}", "treaty", "2014-05-29", 2014, [QUOTED], mentions=1)],
        dates=[DateFact("date-1", "29.05.2014", "point", "2014-05-29", mentions=1)],
        figures=[Figure("fig-1", "57,6 млрд долларов", 57.6e9, "USD", "money", f"товарооборот {SCRIPT}", 2024,
                        mentions=1)],
        tables=[Table(f"Таблица {SCRIPT}", ["Показатель", QUOTED], [["Товарооборот", SCRIPT]], start=len(text))],
        directions=[Direction("legislation", f"Право {QUOTED}", 0.8,
                              [Evidence(text[: first_break], 0, first_break)])],
        mentions=[
            Mention("TREATY", "", *act, fact_id="act-1"),
            Mention("ORG", "", *org_in_act, fact_id="org-1"),
            Mention("PER", "", *crossing),
            Mention("DATE", "", *date, fact_id="date-1"),
            Mention("ORG", "", *org, fact_id="org-1"),
            Mention("ORG", "", *abbr, fact_id="org-1"),
            Mention("FIGURE", "", *fig, fact_id="fig-1"),
        ],
        page_starts=[0, text.index("Товарооборот")],
    )


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(ui_language="en")  # the assertions below read the English interface


def test_templates_are_autoescaped(settings: Settings) -> None:
    env = environment(str(settings.templates_dir))
    for name in ("article.html.j2", "index.html.j2", "base.html.j2"):
        assert env.autoescape(name) is True
    assert env.from_string("{{ x }}").render(x=SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_article_page_escapes_document_text(settings: Settings) -> None:
    page = render_article(hostile_article(), settings)
    assert "<script>alert" not in page
    assert "<b>tags</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;quotes&#34; &amp; &lt;b&gt;tags&lt;/b&gt;" in page
    text = "".join(balanced(page).text)
    assert f"Title {SCRIPT} {QUOTED}" in text
    assert f"page 2 has no text layer {SCRIPT}" in text


def test_overlapping_mentions_give_well_formed_markup(settings: Settings) -> None:
    article = hostile_article()
    parsed = balanced(render_article(article, settings))
    for i in range(len(article.mentions)):
        assert f"m-{i}" in parsed.ids
    assert "ev-1" in parsed.ids
    body = "".join(parsed.text)
    assert article.text.split("\n\n")[1] in body


def test_mention_shows_its_canonical_fact(settings: Settings) -> None:
    view = article_view(hostile_article())
    marks = [n for b in view["body"] if "nodes" in b for n in _walk(b["nodes"]) if n.get("kind") == "mention"]
    abbr = next(m for m in marks if m.get("id") == "m-5")
    assert abbr["title"] == (f"Organisation: Евразийский экономический союз {QUOTED} (ЕАЭС) · "
                             "Eurasian Economic Union")
    assert abbr["cls"] == "ent-org" and abbr["fact"] == "org-1"


def _walk(nodes: list[dict]) -> list[dict]:
    out = []
    for n in nodes:
        out.append(n)
        out.extend(_walk(n.get("c", [])))
    return out


@pytest.mark.parametrize("spans, expected", [
    # nested: the inner span sits inside the outer one
    ([(0, 10, 2, "a"), (2, 5, 2, "b")], ["a[", "t:01", "b[", "t:234", "]", "t:56789", "]"]),
    # crossing: the later span is split at the end of the earlier one, both halves kept
    ([(0, 5, 2, "a"), (3, 8, 2, "b")], ["a[", "t:012", "b[", "t:34", "]", "]", "b[", "t:567", "]", "t:89"]),
    # a point inside a span and one at a span's start, which goes before it
    ([(2, 6, 2, "a"), (4, 4, 0, "p"), (2, 2, 0, "q")],
     ["t:01", "q[", "]", "a[", "t:23", "p[", "]", "t:45", "]", "t:6789"]),
    # spans of one extent: the lower rank is outside
    ([(1, 3, 2, "m"), (1, 3, 1, "e")], ["t:0", "e[", "m[", "t:12", "]", "]", "t:3456789"]),
])
def test_nest(spans: list[tuple[int, int, int, str]], expected: list[str]) -> None:
    text = "0123456789"
    tree = nest([(s, e, r, {"kind": k}) for s, e, r, k in spans], 0, len(text), text)

    def flat(nodes: list[dict]) -> list[str]:
        out = []
        for n in nodes:
            if "t" in n:
                out.append("t:" + n["t"])
            else:
                out += [n["kind"] + "[", *flat(n["c"]), "]"]
        return out

    assert flat(tree) == expected


def test_split_mention_keeps_its_anchor_once() -> None:
    text = "0123456789"
    tree = nest([(0, 5, 2, {"kind": "a"}), (3, 8, 2, {"kind": "b", "id": "m-1"})], 0, 10, text)
    ids = [n.get("id") for n in _walk(tree) if n.get("kind") == "b"]
    assert ids == ["m-1", None]


@pytest.mark.parametrize("value, unit, lang, expected", [
    (57.6e9, "USD", "ru", "57,6 млрд USD"),
    (57.6e9, "USD", "en", "57.6 bn USD"),
    (8.5, "%", "ru", "8,5\u00a0%"),
    (8.5, "%", "en", "8.5\u00a0%"),
    (1_250_000.0, "RUB", "ru", "1,25 млн RUB"),
    (12_500.0, "t", "ru", "12\u202f500 t"),
    (12_500.0, "t", "en", "12,500 t"),
    (2.0, None, "en", "2"),
])
def test_format_value(value: float, unit: str | None, lang: str, expected: str) -> None:
    assert format_value(value, unit, lang) == expected


def figure_article(name: str, *figures: tuple[str, int | None, float, str]) -> Article:
    return Article(source=source(name), title=name,
                   figures=[Figure(f"fig-{i}", f"{v}", v, u, "money", s, y) for i, (s, y, v, u) in enumerate(figures, 1)])


def test_corpus_flags_figures_that_disagree() -> None:
    a = figure_article("a.txt", ("товарооборот", 2024, 57.6e9, "USD"), ("экспорт", 2024, 24.5e9, "USD"),
                       ("импорт", 2024, 33.1e9, "USD"), ("рост", 2023, 8.5, "%"))
    b = figure_article("b.txt", ("Товарооборот", 2024, 55.0e9, "USD"),   # differs by 4.5 %: flagged
                       ("экспорт", 2024, 24.6e9, "USD"),                  # within 1 %: agrees
                       ("импорт", 2023, 30.5e9, "USD"),                   # another year
                       ("рост", 2023, 8.5e9, "RUB"))                      # another unit
    c = figure_article("c.txt", ("импорт", 2024, 33.1e9, "USD"), ("импорт", 2024, 40.0e9, "USD"))
    view = corpus_view([a, b, c], [], {"corpora/a.txt": "a.txt.html"})
    flagged = {(d["subject"].casefold(), d["year"]) for d in view["disputes"]}
    assert flagged == {("товарооборот", 2024), ("импорт", 2024)}
    dispute = next(d for d in view["disputes"] if d["subject"].casefold() == "товарооборот")
    assert {e["article"]["title"] for e in dispute["entries"]} == {"a.txt", "b.txt"}
    assert sum(f["disputed"] for f in view["figures"]) == 5


def test_figures_of_one_article_do_not_disagree_with_each_other() -> None:
    a = figure_article("a.txt", ("товарооборот", 2024, 57.6e9, "USD"), ("товарооборот", 2024, 43.4e9, "USD"))
    assert corpus_view([a], [], {})["disputes"] == []


def test_corpus_groups_acts_and_organisations_across_articles(settings: Settings) -> None:
    eaeu = Organisation("org-1", "Евразийский экономический союз", "Eurasian Economic Union", "ЕАЭС",
                        registry_id="eaeu", mentions=4)
    ru = Article(source=source("ru.txt"), title="Статья", language="ru", organisations=[eaeu],
                 treaties=[Treaty("act-1", "Договор о Евразийском экономическом союзе", "treaty", "2014-05-29",
                                  aliases=["Договор о ЕАЭС"]),
                           Treaty("act-2", "Таможенный кодекс ЕАЭС", "code")])
    en = Article(source=source("en.txt"), title="Article", language="en",
                 organisations=[Organisation("org-1", "Eurasian Economic Union", "Eurasian Economic Union", "EAEU",
                                             registry_id="eaeu", mentions=2)],
                 treaties=[Treaty("act-1", "Treaty on the EAEU", "treaty", aliases=["Договор о ЕАЭС"])])
    view = corpus_view([ru, en], [{"file": "bad.pdf", "stage": "ingest", "message": SCRIPT}],
                       {"corpora/ru.txt": "ru.txt.html", "corpora/en.txt": "en.txt.html"})
    assert len(view["acts"]) == 1
    assert {view["acts"][0]["title"], *view["acts"][0]["also"]} == {
        "Договор о Евразийском экономическом союзе", "Treaty on the EAEU"}
    assert [a["href"] for a in view["acts"][0]["articles"]] == ["en.txt.html", "ru.txt.html"]
    assert view["organisations"][0]["mentions"] == 6 and len(view["organisations"][0]["articles"]) == 2
    page = render_corpus([ru, en], [{"file": "bad.pdf", "stage": "ingest", "message": SCRIPT}], settings,
                         {"corpora/ru.txt": "ru.txt.html"})
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    balanced(page)


def test_article_without_pages_tables_or_directions_renders(settings: Settings) -> None:
    text = "Россия и Беларусь развивают таможенное сотрудничество.\n\nВторой абзац без блоков."
    article = Article(source=source("plain.txt"), text=text,
                      mentions=[Mention("COUNTRY", "Россия", 0, 6, fact_id="cty-RU")],
                      countries=[Country("cty-RU", "Россия", "RU", "Russia", mentions=1)])
    page = render_article(article, settings)
    parsed = balanced(page)
    assert "No directions found." in page and 'class="page-break"' not in page and "<table>" in page
    assert "Второй абзац без блоков." in "".join(parsed.text)
    assert page.count('class="paragraph"') == 2


def test_blocks_lists_tables_and_page_marks_are_kept(settings: Settings) -> None:
    text = ("Введение\n\nКлючевые аспекты сотрудничества включают:\n\n1. Гармонизация законодательства.\n\n"
            "2. Совместный таможенный контроль.\n\nТаблица 1. Товарооборот\n\nПо итогам 2024 года рост.")
    blocks = [Block("heading", *span(text, "Введение")),
              Block("paragraph", *span(text, "Ключевые аспекты сотрудничества включают:")),
              Block("list_item", *span(text, "1. Гармонизация законодательства.")),
              Block("list_item", *span(text, "2. Совместный таможенный контроль.")),
              Block("caption", *span(text, "Таблица 1. Товарооборот")),
              Block("paragraph", *span(text, "По итогам 2024 года рост."))]
    page_two = text.index("Совместный")
    article = Article(source=source("s.txt", pages=2), text=text, blocks=blocks, page_starts=[0, page_two],
                      tables=[Table("Таблица 1. Товарооборот", ["Показатель", "2024 г."], [["Экспорт", "24,5"]],
                                    start=text.index("По итогам"))],
                      figures=[Figure("fig-1", "24,5", 24.5e9, "USD", "money", "экспорт", 2024, table=0,
                                      row="Экспорт", column="2024 г.")])
    view = article_view(article)
    kinds = [b["kind"] for b in view["body"]]
    assert kinds == ["page", "heading", "paragraph", "list", "caption", "data_table", "paragraph"]
    assert len(view["body"][3]["items"]) == 2
    assert view["body"][5]["rows"][0][1]["figure"].startswith("24,5 млрд USD")
    page = render_article(article, settings)
    balanced(page)
    assert page.count('class="page-mark"') == 2  # one in the text before «Совместный», one in the legend
    assert "<h3" in page and "<ul>" in page and 'class="cell-fig"' in page


def test_template_renders_a_hand_made_corpus_view(settings: Settings) -> None:
    view = {
        "articles": [{"n": 1, "title": "Статья <i>", "href": "a.html", "file": "a.pdf", "language": "ru", "pages": 3,
                      "acts": 1, "organisations": 2, "countries": 2, "dates": 0, "figures": 0, "warnings": 1,
                      "directions": ["Информационный обмен"]}],
        "counted": [{"key": k, "label": k.title()} for k in ("acts", "organisations", "countries", "dates", "figures")],
        "failures": [], "acts": [], "organisations": [], "organisation_chart": Markup(""), "matrix": Markup(""),
        "timeline": Markup(""), "figures": [], "disputes": [],
        "totals": {"articles": 1, "failures": 0, "figures": 0, "acts": 1}, "ui": "en",
    }
    page = render_view("index.html.j2", view, settings)
    balanced(page)
    assert '<a href="a.html">Статья &lt;i&gt;</a>' in page
    assert "1 warning<" in page and "Информационный обмен" in page
    assert "could not be analysed" not in page


def test_charts_escape_their_labels() -> None:
    bars = charts.bar_chart([(SCRIPT, 3.0), ("ЕАЭС", 1.0)], f"Chart {QUOTED}")
    matrix = charts.heat_matrix([SCRIPT], ["1", "2"], [[0.5, 0.0]], "matrix", column_titles=[QUOTED, "b"])
    line = charts.timeline([charts.Event(2014.4, SCRIPT), charts.Event(2022, "range", end=2024, lane=1)],
                           ["a", "b"], "timeline")
    for chart in (bars, matrix, line):
        assert "<script>" not in chart and "<b>" not in chart
        balanced(str(chart))
    assert matrix.count("<rect") == 2 and line.count("<circle") == 1 and "&lt;script&gt;" in line


@pytest.mark.slow
def test_real_record_renders(settings: Settings, corpora: Path) -> None:
    from pipeline import analyze

    article = analyze(corpora / "russia_belarus_customs.pdf", settings)
    parsed = balanced(render_article(article, settings))
    anchors = set(parsed.ids)
    spans: dict[tuple[int, int], set[str]] = {}
    for i, m in enumerate(article.mentions):
        spans.setdefault((m.start, m.end), set()).add(f"m-{i}")
    assert article.mentions and all(ids & anchors for ids in spans.values())
    body = " ".join(re.sub(r"p\.\u00a0\d+", "", "".join(parsed.text)).split())
    for block in article.blocks:
        assert " ".join(article.block_text(block).split()) in body
    links = {article.source.path: "a.html"}
    balanced(render_corpus([article], [], settings, links))


# ---------------------------------------------------------------- the interface in Russian


def _template_messages() -> set[str]:
    """Every literal message the templates pass to `_()` or `ngettext()` (a plural as `singular|plural`)."""
    found: set[str] = set()
    for path in Path(Settings().templates_dir).glob("*.j2"):
        text = path.read_text("utf-8")
        found.update("|".join(m) for m in re.findall(r'ngettext\("([^"]*)", "([^"]*)"', text))
        found.update(re.findall(r'(?<![\w])_\("([^"]*)"', text))
    return found


def test_every_message_of_the_interface_has_its_russian_with_the_same_placeholders() -> None:
    from pipeline.data import load_tsv
    from pipeline.render.highlight import ENTITY_LABELS
    from pipeline.render.report import LANGUAGES
    from pipeline.render.ui import _messages

    russian = _messages("ru")
    kinds = {kind for _, _, kind in load_tsv("act_kinds.tsv", 3) if kind not in ("refer", "self")}
    wanted = (_template_messages() | set(LANGUAGES.values()) | set(ENTITY_LABELS.values()) | kinds
              | {"point", "range", "deadline", "money", "percent", "quantity"})
    assert len(_template_messages()) > 60
    assert sorted(wanted - set(russian)) == []
    for english, forms in russian.items():
        plural = "|" in english
        assert len(forms) == (3 if plural else 1), english
        for form in forms:
            singular = english.split("|")[0]
            assert sorted(re.findall(r"%\(\w+\)d|%%", form)) == sorted(re.findall(r"%\(\w+\)d|%%", singular)), english


@pytest.mark.parametrize("n, form", [(1, 0), (21, 0), (101, 0), (2, 1), (4, 1), (23, 1), (5, 2), (11, 2),
                                     (12, 2), (14, 2), (25, 2), (111, 2), (112, 2), (0, 2)])
def test_russian_plural_forms(n: int, form: int) -> None:
    from pipeline.render.ui import russian_plural

    assert russian_plural(n) == form


def test_the_interface_speaks_the_articles_language_unless_told() -> None:
    from pipeline.render.ui import Words, page_language

    assert page_language("auto", ["ru"]) == "ru" and page_language("auto", ["en"]) == "en"
    assert page_language("auto", ["en", "ru", "mixed"]) == "ru" and page_language("auto", []) == "ru"
    assert page_language("en", ["ru"]) == "en"
    words = Words("ru")
    assert words.ngettext("%(num)d article", "%(num)d articles", 3) == "%(num)d статьи"
    assert words("a message nobody translated") == "a message nobody translated"
    assert Words("en").ngettext("table", "tables", 2) == "tables"


def test_a_russian_article_gets_a_russian_page_and_stays_escaped() -> None:
    article = hostile_article()
    article.language = "ru"
    article.treaties[0].kind = SCRIPT  # a record read back from disk may hold anything
    page = render_article(article, Settings())
    balanced(page)
    assert '<html lang="ru">' in page
    for heading in ("Правовые акты", "Организации", "Показатели", "Направления сотрудничества", "Текст"):
        assert f">{heading}</h2>" in page
    assert "Legal acts" not in page and "Organisations" not in page
    assert "<b>1</b><span>правовой акт</span>" in page and "<b>0</b><span>направлений</span>" not in page
    assert "<script>alert" not in page.split("<script>\n(function")[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</span>" in page  # the kind, translated where known, escaped
    english = render_article(article, Settings(ui_language="en"))
    assert ">Legal acts</h2>" in english and "Правовые акты" not in english


def test_the_corpus_report_speaks_the_language_of_most_articles(settings: Settings) -> None:
    ru, en = hostile_article(), hostile_article()
    ru.language, en.language = "ru", "en"
    russian = render_corpus([ru, ru, en], [{"file": "x.pdf", "stage": "ingest", "message": "no text"}],
                            Settings(), {})
    balanced(russian)
    assert '<html lang="ru">' in russian and "Сводный отчёт" in russian
    assert "1 файл не удалось разобрать" in russian and ">чтение<" in russian
    english = render_corpus([ru, en, en], [], Settings(), {})
    assert '<html lang="en">' in english and "Corpus report" in english and "Сводный отчёт" not in english


def test_a_corpus_too_large_for_a_row_each_counts_articles_instead(settings: Settings) -> None:
    from pipeline.digest.cues import direction_labels
    from pipeline.render.report import MAX_ARTICLES_ONE_BY_ONE

    articles = []
    for n in range(MAX_ARTICLES_ONE_BY_ONE + 5):
        article = Article(source=source(f"a{n:03d}.txt"), text="x", language="en", title=f"Article {n}")
        article.directions = [Direction("legislation", "Harmonising customs legislation", 0.9, [])]
        if n % 3 == 0:
            article.directions.append(Direction("risk_management", "Risk management", 0.5, []))
        article.dates = [DateFact("date-1", "2014", "point", "2014"),
                         DateFact("date-2", "2022-2024", "range", "2022", end="2024")] if n < 10 else []
        articles.append(article)
    page = render_corpus(articles, [], settings, {})
    balanced(page)
    assert "Too many articles for a column each" in page and "Too many articles for a row each" in page
    names = direction_labels()
    assert f"{names['legislation']['en']}: 45" in page and f"{names['risk_management']['en']}: 15" in page
    for year, n in ((2014, 10), (2022, 10), (2023, 10), (2024, 10)):
        assert f"<title>{year}: {n} articles</title>" in page
    assert "<title>2015:" not in page
    small = render_corpus(articles[:3], [], settings, {})
    assert "Columns are the article numbers above" in small and "one row per article" in small


@pytest.mark.parametrize(
    ("header", "rows", "caption"),
    [
        (["2022", "2023"], [["Экспорт", "22,6", "24,5"], ["Импорт", "30,5", "33,1"]], "Таблица 1. Товарооборот, млрд долл. США"),
        (["2022", "2023"], [["Exports", "22.6", "24.5"], ["Imports", "30.5", "33.1"]], "Table 1. Trade, USD billion"),
    ],
)
def test_table_header_one_cell_short_puts_each_figure_tooltip_on_its_own_cell(
    header: list[str], rows: list[list[str]], caption: str
) -> None:
    """A header that leaves out the label column: the figure of each cell is shown on that cell."""
    from pipeline.facts.figures.tables import extract_table_figures

    article = Article(source=source(), text="x", tables=[Table(caption, header, rows, start=1)])
    extract_table_figures(article, context())
    view = article_view(article)
    table = next(b for b in view["body"] if b["kind"] == "data_table")
    for row, shown in zip(rows, table["rows"], strict=True):
        for j, cell in enumerate(shown[1:], 1):
            figure = next(f for f in article.figures if f.row == row[0] and f.column == header[j - 1])
            assert figure.text == row[j]
            assert figure.year == int(header[j - 1])
            assert cell["figure"].endswith(f"· {header[j - 1]}"), cell


def test_facts_of_low_confidence_are_shown_apart(settings: Settings) -> None:
    text = f"Евразийская экономическая комиссия и {SCRIPT} Ромашка подписали меморандум."
    sure = Organisation("org-1", "Евразийская экономическая комиссия", mentions=1, confidence=0.9)
    unsure = Organisation("org-2", f"Ромашка {QUOTED}", mentions=1, confidence=0.3)
    directions = [Direction("legislation", "Law", 0.9, confidence=0.95),
                  Direction("payments", "Payments", 0.2, confidence=0.4)]
    article = Article(source=source(), text=text, language="ru", organisations=[sure, unsure],
                      directions=directions, relevance=0.82)
    view = article_view(article)
    (orgs,) = [s for g in view["facts"] for s in g["sections"] if s["id"] == "organisations"]
    assert orgs["low"] == {1: "0.30"}
    page = render_article(article, settings)
    balanced(page)
    assert page.count('<tr class="low" title="low confidence 0.30">') == 1
    assert "Facts in grey are of low confidence." in page
    assert page.count('class="direction low" title="low confidence 0.40"') == 1
    assert "Relevance 0.82" in page and SCRIPT not in page
    russian = render_article(article, Settings(ui_language="ru"))
    assert 'title="низкая уверенность 0.30"' in russian and "Релевантность 0.82" in russian


def test_what_only_the_notes_name_is_listed_and_escaped(settings: Settings) -> None:
    """The page lists under the footnotes the organisations and acts only they name, as text."""
    from pipeline.record import Footnote, Noted, Organisation, Treaty

    article = hostile_article()
    article.footnotes = [Footnote("1", f"A note naming a body {SCRIPT}", 2)]
    article.noted = Noted(organisations=[Organisation(id="org-note1", name=f"Body {SCRIPT}", mentions=1,
                                                      footnote_mentions=1)],
                          treaties=[Treaty(id="trt-note2", title=f"Act {QUOTED}", mentions=1, footnote_mentions=1)])
    page = render_article(article, settings)
    assert "<script>alert" not in page and "<b>tags</b>" not in page
    text = "".join(balanced(page).text)
    assert f"Body {SCRIPT}; Act {QUOTED}" in text and not balanced(page).problems
