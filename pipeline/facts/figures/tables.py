"""Figures in tables: each numeric cell tied to its row and column headers.

The unit comes from the cell, its column header, its row label or the caption, in that order,
when one of them states it («млрд долл. США», «%»). Failing those, the surrounding text states it
when it quotes a cell with its unit («... достиг 57,6 млрд. долларов (табл. 1)» for the cell
«57,6»): the cells of that table with no unit of their own take that scale and unit. Otherwise
the unit stays unknown (None). The year comes from the first year in a column header.
"""

from __future__ import annotations

import re
from functools import cache

from ...context import Context
from ...ingest.tables import column_header
from ...lexicon.cues import any_word
from ...lexicon.numbers import (
    NUMBER,
    NumberError,
    alternation,
    form_regex,
    longest_first,
    parse_number,
    scale_of,
    scale_pattern,
)
from ...lexicon.vocabulary import currencies, hundredths, units
from ...nlp.lang import has_cyrillic
from ...nlp.models import Models
from ...record import Article, Figure, Table
from ..table_dates import date_column
from .subjects import implied_unit, subject_of
from .text import FIGURE_WORDS

_CELL = re.compile(rf"\s*(?P<sign>[-−–])?\s*(?P<num>{NUMBER})\s*(?P<pct>%)?\s*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_HEADER_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)


@cache
def _stated_pattern() -> re.Pattern[str]:
    after = alternation([form for form, _, place in currencies() if place == "after"])
    unit = alternation([form for form, _, _ in units()])
    return re.compile(rf"(?P<scale>{scale_pattern()}\s*)?(?:(?P<cur>{after})|(?P<unit>{unit}))", re.I)


def stated_unit(words: str | None) -> tuple[float, str, str] | None:
    """The (multiplier, unit, kind) a header or caption states: «млрд долл. США» -> (1e9, USD, money)."""
    if not words:
        return None
    for m in _stated_pattern().finditer(words):
        found = _stated(words, m)
        if found:
            return found
    return None


@cache
def _scale_after() -> re.Pattern[str]:
    return re.compile(r"\s*(" + scale_pattern() + ")", re.I)


@cache
def _unit_mark() -> re.Pattern[str]:
    """«, », «(», «в », "in " before a unit word: it names the unit of the cells."""
    return re.compile(rf"(?:[,(]|{any_word(FIGURE_WORDS, 'unit_mark', whole=True)})\s*$", re.I)


def _stated(words: str, m: re.Match[str]) -> tuple[float, str, str] | None:
    multiplier = scale_of(m.group("scale")) if m.group("scale") else 1.0
    trailing = _scale_after().match(words, m.end())
    if trailing and not m.group("scale"):  # "USD million"
        multiplier = scale_of(trailing.group(1))
    if m.group("cur"):
        code, part = hundredths(_find(currencies(), m.group("cur")))
        return multiplier * part, code, "money"
    written = re.sub(r"\s+", " ", m.group("unit").strip())
    for form, unit, kind in longest_first(units()):
        if not form_regex(form).fullmatch(written):
            continue
        if kind == "ratio":
            return None
        # a unit word names the unit of the cells only when set off as one: «, тыс. т», «(тонн)», "in %"
        if unit != "%" and not m.group("scale") and not _unit_mark().search(words, 0, m.start()):
            return None
        return multiplier, unit, kind
    return None


def _find(rows: tuple[tuple[str, str, str], ...], written: str) -> str:
    w = re.sub(r"\s+", " ", written.strip())
    for form, code, _ in longest_first(rows):
        if form_regex(form).fullmatch(w):
            return code
    raise NumberError(f"unknown currency {written!r}")


def extract_table_figures(article: Article, context: Context) -> Article:
    """Add a figure for each numeric cell of `tables`, numbered after the figures of the text.

    Needs `tables` and the text's `figures` (a cell the text quotes with its unit is not repeated).
    """
    models = context.models
    article.figures.extend(_table_figures(article, models, first=len(article.figures) + 1))
    return article


def _table_figures(article: Article, models: Models | None, first: int) -> list[Figure]:
    """Figures for the numeric cells of `article.tables`, numbered from fig-`first`."""
    out: list[Figure] = []
    quoted = [f for f in article.figures if f.start is not None and f.unit and f.kind in ("money", "quantity")]
    for index, table in enumerate(article.tables):
        cells = table_cells(article, models, table, index)
        _units_from_text(cells, quoted)
        out.extend(c for c in cells if not _told_in_text(c, quoted))
    for number, figure in enumerate(out, first):
        figure.id = f"fig-{number}"
    return out


def _units_from_text(cells: list[Figure], quoted: list[Figure]) -> None:
    """Give unit-less cells the scale and unit that text figures quoting them agree on."""
    bare = [c for c in cells if c.unit is None]
    found: set[tuple[float, str | None, str]] = set()
    matched = 0
    for cell in bare:
        hits = {
            (scale, figure.unit, figure.kind)
            for figure in quoted
            for scale in _SCALES
            if cell.value and abs(cell.value * scale - figure.value) <= 0.0005 * abs(figure.value)
        }
        matched += bool(hits)
        found |= hits
    # one coincidence is not a statement: two cells quoted with one and the same unit are
    if len(found) != 1 or matched < 2:
        return
    scale, unit, kind = found.pop()
    for cell in bare:
        cell.value = round(cell.value * scale, 6)
        cell.unit, cell.kind = unit, kind


def _told_in_text(cell: Figure, quoted: list[Figure]) -> bool:
    """Whether the text states this cell's fact; if so the text figure learns its table place."""
    for figure in quoted:
        same = (
            figure.table is None
            and figure.unit == cell.unit
            and abs(figure.value - cell.value) <= 1e-9 * max(1.0, abs(cell.value))
            and (None in (figure.year, cell.year) or figure.year == cell.year)
            and (None in (figure.subject, cell.subject) or figure.subject == cell.subject)
        )
        if same:
            figure.table, figure.row, figure.column = cell.table, cell.row, cell.column
            return True
    return False


def _per_head(table: Table, j: int, width: int) -> tuple[float, str, str] | None:
    """The currency of a column headed "per capita" («на душу населения») alone: the one the nearest column
    before it states for the measure it divides, without that column's scale ("GDP 2012 (In Millions USD)",
    "per capita": dollars a head)."""
    if not _per_head_words().match(column_header(table, j, width) or ""):
        return None
    for k in range(j - 1, 0, -1):
        stated = stated_unit(column_header(table, k, width))
        if stated is not None:
            return (1.0, stated[1], stated[2]) if stated[2] == "money" else None
    return None


@cache
def _per_head_words() -> re.Pattern[str]:
    return re.compile(rf"\s*{any_word(FIGURE_WORDS, 'per_head', whole=True)}\s*$", re.I)


def table_cells(article: Article, models: Models | None, table: Table, index: int) -> list[Figure]:
    """Figures for the numeric cells of one table (ids set by the caller)."""
    out: list[Figure] = []
    caption = " ".join(x for x in (table.caption, table.note) if x)
    lang = "ru" if has_cyrillic(caption + " ".join(table.header)) else "en"
    table_unit = stated_unit(caption)
    table_subject = subject_of(table.caption or "", models)
    for row in table.rows:
        if len(row) < 2:
            continue
        label = row[0].strip() or None
        row_unit = stated_unit(label)
        subject = subject_of(label or "", models) or table_subject or label
        for j, cell in enumerate(row[1:], 1):
            m = _CELL.fullmatch(cell)
            if not m or _YEAR.fullmatch(cell.strip()) and date_column(table, j, len(row)):
                continue  # (a year in a column of dates is a date)
            try:
                number = parse_number(m.group("num"), lang)
            except NumberError:
                continue
            if m.group("sign"):
                number = -number
            column = column_header(table, j, len(row))
            unit = (1.0, "%", "percent") if m.group("pct") else (
                stated_unit(column) or row_unit or table_unit or implied_unit(column) or implied_unit(label)
                or _per_head(table, j, len(row))
            )
            year = _HEADER_YEAR.search(column or "")
            multiplier, code, kind = unit if unit else (1.0, None, "quantity")
            out.append(
                Figure(
                    id="", text=cell.strip(), value=round(number * multiplier, 6), unit=code,
                    kind=kind, subject=subject, year=int(year.group(1)) if year else None,
                    mentions=1, table=index, row=label, column=column,
                )
            )
    return out
