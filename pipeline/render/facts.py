"""The facts of an article as the article page shows them: a table per fact type, their counts, and the
words a mention's fact is given in; every fact type as the registry declares it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import singledispatch
from typing import Any

from markupsafe import Markup

from ..digest.cues import direction_labels
from ..facts.confidence import is_low
from ..facts.registry import MENTIONS_COLUMN, Column, FactType, on_page
from ..record import Article, Country, DateFact, Direction, Figure, Organisation, Treaty
from . import charts
from .ui import Words

_SCALES = {"ru": ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн")),
           "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))}
WIDE = 5  # a table of this many columns keeps its width and scrolls on a phone


def format_number(value: float, lang: str = "ru", digits: int = 2) -> str:
    """`value` with thousands separators and at most `digits` decimals, in the language's style."""
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if lang == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",")


def format_value(value: float, unit: str | None, lang: str = "ru") -> str:
    """A figure as a reader wants it: scaled to thousands of millions where large, with its unit."""
    style = "en" if lang == "en" else "ru"
    shown = format_number(value, style)
    for size, word in _SCALES[style]:
        if abs(value) >= size:
            shown = f"{format_number(value / size, style)} {word}"
            break
    if unit == "%":
        return f"{shown}\u00a0%"
    return f"{shown} {unit}" if unit else shown


def period(value: str, end: str | None) -> str:
    """A date, or a range from `value` to `end`."""
    return f"{value} – {end}" if end else value


def direction_name(direction_id: str, fallback: str, words: Words) -> str:
    """A direction's name in the interface's language; `fallback` for an id the taxonomy lacks."""
    return direction_labels().get(direction_id, {}).get(words.lang, fallback)


def number_style(article: Article) -> str:
    """The style numbers are written in for an article: English, or else Russian."""
    return "en" if article.language == "en" else "ru"


def first_mentions(article: Article) -> dict[str, str]:
    """fact id -> the anchor of its first mention in the text."""
    first: dict[str, str] = {}
    for i, m in enumerate(article.mentions):
        if m.fact_id and m.fact_id not in first:
            first[m.fact_id] = f"#m-{i}"
    return first


# ---------------------------------------------------------------- one fact in words


@singledispatch
def fact_title(fact: Any, article: Article, words: Words) -> str:
    """A fact in words, shown when one of its mentions is hovered or clicked: by default its table row."""
    for fact_type in on_page():
        if isinstance(fact, fact_type.record):
            cells = [_cell(c, fact, article, words) for c in fact_type.page_table() if c != MENTIONS_COLUMN]
            return " · ".join(c["text"] for c in cells if c["text"])
    return ""


@fact_title.register
def _(fact: Organisation, article: Article, words: Words) -> str:
    name = f"{fact.name} ({fact.abbreviation})" if fact.abbreviation and fact.abbreviation != fact.name else fact.name
    return " · ".join(p for p in (name, fact.name_en) if p and p != fact.name)


@fact_title.register
def _(fact: Country, article: Article, words: Words) -> str:
    return " · ".join(p for p in (fact.name, fact.name_en, fact.iso2) if p)


@fact_title.register
def _(fact: Treaty, article: Article, words: Words) -> str:
    return " · ".join(p for p in (fact.title, words(fact.kind), fact.date) if p)


@fact_title.register
def _(fact: DateFact, article: Article, words: Words) -> str:
    return f"{words(fact.kind)}: {period(fact.value, fact.end)}"


@fact_title.register
def _(fact: Figure, article: Article, words: Words) -> str:
    return " · ".join(p for p in (format_value(fact.value, fact.unit, number_style(article)), fact.subject,
                                   str(fact.year) if fact.year else None) if p)


@fact_title.register
def _(fact: Direction, article: Article, words: Words) -> str:
    return direction_name(fact.id, fact.label, words)


def fact_titles(article: Article, words: Words | None = None) -> dict[str, str]:
    """fact id -> the fact in words, for every fact of the article."""
    words = words or Words("en")
    return {fact.id: fact_title(fact, article, words) for t in on_page() for fact in getattr(article, t.key)}


# ---------------------------------------------------------------- the tables


def fact_counts(article: Article, words: Words) -> list[dict[str, Any]]:
    """How many facts of each type (and tables) the article has, in words."""
    counts = [(t.count_words, len(getattr(article, t.key))) for t in on_page()]
    counts.append((("table", "tables"), len(article.tables)))
    return [{"label": words.ngettext(*label, n), "n": n} for label, n in counts]


def fact_sections(article: Article, words: Words) -> list[dict[str, Any]]:
    """The article page's fact tables in their order, grouped in rows: two half cards share one."""
    first = first_mentions(article)
    groups: list[dict[str, Any]] = []
    for fact_type in on_page():
        if fact_type.card == "own":
            continue
        section = _section(fact_type, article, words, first)
        last = groups[-1] if groups else None
        if fact_type.card == "half" and last and last["grid"] and len(last["sections"]) < 2:
            last["sections"].append(section)
        else:
            groups.append({"grid": fact_type.card == "half", "sections": [section]})
    return groups


def _section(fact_type: FactType, article: Article, words: Words, first: dict[str, str]) -> dict[str, Any]:
    columns = fact_type.page_table()
    facts = sorted_facts(fact_type, article)
    chart = CHARTS[fact_type.chart](facts, words) if fact_type.chart else None
    return {
        "id": fact_type.section, "heading": words(fact_type.plural), "empty": words(fact_type.empty),
        "columns": [{"label": words(c.label), "num": c.cls == "num"} for c in columns],
        "wide": len(columns) >= WIDE, "chart": chart,
        "rows": [[_cell(c, f, article, words, first.get(f.id, "")) for c in columns] for f in facts],
        # row -> confidence, for the facts of low confidence (a fact type without one has none)
        "low": {i: f"{c:.2f}" for i, f in enumerate(facts) if is_low(c := getattr(f, "confidence", 1.0))},
    }


def sorted_facts(fact_type: FactType, article: Article) -> list[Any]:
    """The facts of one type in the order of its table."""
    facts = list(getattr(article, fact_type.key))
    for name in reversed(fact_type.sort):  # one stable sort a field, the last field first
        facts.sort(key=_by(name.lstrip("-")), reverse=name.startswith("-"))
    return facts


def _by(name: str) -> Callable[[Any], Any]:
    """The sort key of a fact by one field, an absent value before any other."""
    def key(fact: Any) -> tuple[bool, Any]:
        value = getattr(fact, name)
        return (value is not None, "" if value is None else value)
    return key


def _cell(column: Column, fact: Any, article: Article, words: Words, href: str = "") -> dict[str, str]:
    """One cell of a fact table: its text, and what the template needs to write it."""
    values: list[Any] = [getattr(fact, name, None) for name in column.fields]
    cell = {"show": column.show, "cls": column.cls, "text": "", "href": "", "title": "", "also": "", "aside": ""}
    if column.show == "kind":
        cell["text"] = words(str(values[0]))
    elif column.show == "list":
        cell["text"] = ", ".join(map(str, values[0] or []))
    elif column.show == "period":
        cell["text"] = period(*values)
    elif column.show == "amount":
        lang = number_style(article)
        value, unit = values
        cell["text"] = format_value(value, unit, lang)
        cell["title"] = f"{format_number(value, lang, 4)} {unit or ''}"
    elif column.show == "origin":
        cell["text"] = _origin(article, *values)
    else:
        cell["text"] = next((str(v) for v in values if v is not None and v != ""), "")
        cell["href"] = href if column.show == "link" else ""
    if column.also:
        cell["also"] = "; ".join(getattr(fact, column.also) or [])
    if column.aside:
        aside = getattr(fact, column.aside) or ""
        cell["aside"] = aside if aside != cell["text"] else ""
    return cell


def _origin(article: Article, table: int | None, row: str | None, column: str | None) -> str:
    """The table cell a fact was read from: «Таблица 2: экспорт × 2024»."""
    if table is None or not 0 <= table < len(article.tables):
        return ""
    source = article.tables[table]
    numbered = re.match(r"(?:таблица|table)\s*\d+", source.caption or "", re.I)
    name = numbered.group(0) if numbered else charts.shorten(source.caption or source.id or f"table {table + 1}", 40)
    cell = " × ".join(p for p in (row, column) if p)
    return f"{name}: {cell}" if cell else name


def _timeline(dates: list[DateFact], words: Words) -> Markup:
    """The article's dates on one axis, a row each, labelled as the text writes them."""
    placed: list[tuple[DateFact, float]] = []
    for d in dates:
        start = charts.year_of(d.value)
        if start is not None:
            placed.append((d, start))
    events = [charts.Event(start, f"{d.text} ({words(d.kind)}: {period(d.value, d.end)})", end=charts.year_of(d.end),
                           lane=i, deadline=d.kind == "deadline") for i, (d, start) in enumerate(placed)]
    return charts.timeline(events, [d.text for d, _ in placed], words("Dates in the article on a time axis"),
                           lane_height=24)


# the charts a fact type may name to be drawn above its table
CHARTS: dict[str, Callable[[list[Any], Words], Markup]] = {"timeline": _timeline}
