"""Organisations only the tables name: the rows of a table whose caption opens by saying what its rows
are, or whose first column's header is that word (a table of parties, companies or banks: `kind` words of
`data/table_rows.tsv`), name an organisation each in their first column. Rows that sum or stand for the rest ("Total", «Итого»,
"Others"), numbers, countries, bare letters in capitals (an acronym the text never spells out) and a
word the text writes as a family of bodies ("Liberal": "liberal parties") are none; a name the text's
organisations already have is theirs."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ...context import Context
from ...layout.captions import caption
from ...lexicon.cues import any_word, word_set
from ...lexicon.gazetteer import split
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ...record import Article, Organisation, Table
from ..countries import country_gazetteer

_ROWS = "table_rows.tsv"
_MIN_ROWS = 3  # names in the first column at least
_WORDED = 0.8  # the share of the first column's cells that must be words, not numbers
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=\D)")  # a row's number before its name ("1 Acre")


@cache
def _kind() -> re.Pattern[str]:
    return re.compile(any_word(_ROWS, "kind", whole=True), re.I)


def organisations_in_tables(article: Article, context: Context) -> Article:
    """Add the organisations the tables of bodies name in their rows, counted once a cell."""
    morph = context.models.morph
    known = {_plain(name) for org in article.organisations for name in (org.name, org.abbreviation or "", *org.aliases) if name}
    counts: Counter[str] = Counter()
    for table in article.tables:
        # a name the text's organisations have is theirs, counted by the text's mentions
        counts.update(name for name in _row_names(table, morph) if _plain(name) not in known)
    if any(" " not in name for name in counts):
        # a word of one row the text writes in small letters or before a word for bodies names a family of
        # them, no body (rows "Liberal", "Catholic"; "liberal parties", "Catholic parties")
        families = {w.lower() for w in re.findall(r"[^\W\d_]+", article.text) if w.islower()} \
            | {m.group(1).lower() for m in re.finditer(rf"([^\W\d_]+)\s+{_kind().pattern}", article.text, re.I)}
        counts = Counter({name: n for name, n in counts.items() if " " in name or name.lower() not in families})
    lang = "en" if article.language == "en" else "ru"
    for k, (name, n) in enumerate(counts.items(), start=1):
        article.organisations.append(Organisation(
            id=f"org-table{k}", name=name, name_en=name if lang == "en" and not has_cyrillic(name) else None,
            mentions=n))
    return article


def _row_names(table: Table, morph: Morph) -> list[str]:
    """The names in a table's first column when its caption or that column's header says they are bodies."""
    # what the caption opens with (after its label), or the first column's header: "Party shares",
    # «Крупнейшие банки», "Bank"; not a word in passing ("Routes of legal companies' migration")
    label = caption().match(table.caption or "")  # "Table 4:", «Таблица 2 –»
    opening = " ".join((table.caption or "")[label.end() if label else 0:].split()[:3])
    kind = _kind().search(opening)
    if kind and any(w.lower() in word_set(_ROWS, "of") for w in opening[:kind.start()].split()):
        kind = None  # "Distribution of firm employment": the rows are of something else
    if not (kind or table.header and _kind().fullmatch(table.header[0].strip())):
        return []
    cells = [_NUMBER.sub("", row[0]).strip() for row in table.rows if row and row[0].strip()]
    names = [c for c in cells if _name(c, morph)]
    worded = [c for c in cells if sum(ch.isalpha() for ch in c) > sum(ch.isdigit() for ch in c)]
    if len(names) < _MIN_ROWS or len(worded) < _WORDED * len(cells):
        return []  # a column of numbers or codes is no column of names
    return [" ".join(c.split()) for c in names]


def _name(cell: str, morph: Morph) -> bool:
    """Whether a cell reads as a body's name: words with a capital, few digits, no closing word, no
    country, not bare capitals."""
    words = cell.split()
    if not 1 <= len(words) <= 10 or len(cell) > 100 or not cell[:1].isupper():
        return False
    if sum(c.isdigit() for c in cell) > 0.3 * len(cell) or re.fullmatch(r"[A-ZА-ЯЁ]{1,6}", cell):
        return False
    closing = word_set(_ROWS, "closing")
    if cell.lower() in closing or words[0].lower().rstrip(".:") in closing:
        return False
    return not any(m.start == 0 and m.end >= len(cell.rstrip(". ")) for m in country_gazetteer(morph).scan(split(cell, 0, morph)))


def _plain(name: str) -> str:
    return " ".join(re.sub(r"[«»\"“”'’.,]", " ", name).lower().split())
