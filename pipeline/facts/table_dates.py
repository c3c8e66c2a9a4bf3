"""Dates in tables: the years that head columns or label rows («2022 г.», "2019"), the dates a cell
writes in full, and the years of a column of dates ("Date (in force)"), which are no figures."""

from __future__ import annotations

import re
from functools import cache

from ..context import Context
from ..ingest.tables import column_header
from ..lexicon.cues import any_word
from ..record import Article, DateFact, Table
from .dates import DATE_WORDS, find_dates

_YEAR_CELL = re.compile(r"\s*(1[89]\d\d|20\d\d)\s*(?:г\.?|гг\.?|год[а-я]*|year)?\s*", re.I)


@cache
def _time_column() -> re.Pattern[str]:
    return re.compile(any_word(DATE_WORDS, "time_column", whole=True), re.I)


def date_column(table: Table, j: int, width: int) -> bool:
    """Whether column `j` of a row `width` cells wide holds dates: its header names a time («Дата», "Year")."""
    return _time_column().search(column_header(table, j, width) or "") is not None


def _cells(table: Table) -> list[tuple[str, bool]]:
    """The cells of a table that may hold dates, each with whether a bare year in it is one: the header's, the
    row labels and the cells of a column of dates (bare years), and every other cell (full dates only)."""
    out = [(cell, True) for cell in table.header]
    for row in table.rows:
        out += [(cell, j == 0 or date_column(table, j, len(row))) for j, cell in enumerate(row)]
    return out


def extract_table_dates(article: Article, context: Context) -> Article:
    """Add the dates of `article.tables` to its dates, counted once a cell.

    Needs `tables` and the text's `dates`."""
    facts = {(d.kind, d.value, d.end): d for d in article.dates}
    for table in article.tables:
        for cell, years in _cells(table):
            found = [(d.kind, d.value, d.end_value, cell[d.start:d.end]) for d in find_dates(cell)]
            if not found and years and (m := _YEAR_CELL.fullmatch(cell)):
                found = [("point", m.group(1), None, cell.strip())]
            for kind, value, end, text in found:
                fact = facts.get((kind, value, end))
                if fact is None:
                    at = table.start or 0
                    fact = facts[(kind, value, end)] = DateFact(id=f"date-{len(facts) + 1}", text=text, kind=kind,
                                                                value=value, end=end, start=at, stop=at)
                    article.dates.append(fact)
                fact.mentions += 1
    return article
