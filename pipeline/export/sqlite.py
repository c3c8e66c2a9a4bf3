"""The facts of all records in one SQLite database: a table per fact type (and one of mentions), keyed by
article and fact id; the tables, their columns and indexes come from the fact-type registry.

Writing a record again replaces that article's rows in one transaction, so re-runs never duplicate;
a re-run leaves the rows of articles it did not change as they are, unless the tables gained columns
or the confidence below which facts are left out changed since (then every article is written again).
The database is derived from the records alone: one that is damaged is moved aside and one made for
other tables is made again from the records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..facts.registry import EXPORTED, Listing
from .records import ARTICLE_COLUMNS, article_row, confident, fact_rows

log = logging.getLogger(__name__)

_SQL_TYPES = {"int": "INTEGER", "float": "REAL", "list": "TEXT", "str": "TEXT"}
_ARTICLE_TYPES = {"pages": "INTEGER", "relevance": "REAL"}  # the other article columns are TEXT


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def article_id(record: dict[str, Any]) -> str:
    """An article's key: one per input file and content (a digest of its path and the sha256 of its
    bytes), so that two copies of a file in two folders are two articles here as in every export."""
    source = record["source"]
    return hashlib.sha256(f"{source['path']}\n{source['sha256']}".encode()).hexdigest()


def schema_sql(tables: Iterable[Listing] = EXPORTED) -> list[str]:
    """The statements that create every table and index (idempotent)."""
    columns = ", ".join(f"{_q(c)} {_ARTICLE_TYPES.get(c, 'TEXT')}" for c in ARTICLE_COLUMNS)
    statements = [f"CREATE TABLE IF NOT EXISTS articles (article_id TEXT PRIMARY KEY, {columns})",
                  "CREATE INDEX IF NOT EXISTS articles_path ON articles(path)",
                  "CREATE TABLE IF NOT EXISTS exported (name TEXT PRIMARY KEY, value TEXT)"]
    for listing in tables:
        kind = listing.key
        body = ", ".join(f"{_q(name)} {_SQL_TYPES[plain]}" for name, plain in listing.columns())
        statements.append(
            f"CREATE TABLE IF NOT EXISTS {kind} (article_id TEXT NOT NULL REFERENCES articles(article_id), "
            f"{body}, PRIMARY KEY (article_id, id))")
        for column in listing.indexes:
            statements.append(f"CREATE INDEX IF NOT EXISTS {kind}_{column} ON {kind}({_q(column)})")
    return statements


def _value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_sqlite(path: Path, records: list[dict[str, Any]], refresh: bool = True,
                 tables: Iterable[Listing] = EXPORTED, min_confidence: float = 0.0, whole: bool = False) -> None:
    """Create or update the database at `path` with `records`, one transaction for all, without the
    facts below `min_confidence`.

    With `refresh` off, an article already stored from the same bytes, path and pipeline version
    keeps its rows: they are what the record would write again. With `whole` on, `records` are the
    whole corpus and the articles not among them leave the database. A file that is no SQLite
    database of these tables' making is moved aside (damaged) or made again (older tables).
    """
    listings = tuple(tables)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _write(path, records, refresh, listings, min_confidence, whole)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not _damaged(path):
            raise  # locked, read-only or a full disk: nothing wrong with the file itself
        aside = path.with_name(f"{path.name}.damaged-{datetime.now(UTC):%Y%m%dT%H%M%S%f}")
        log.warning("%s is damaged (%s); moved aside as %s and made again from the records", path, exc, aside.name)
        path.replace(aside)
        _write(path, records, True, listings, min_confidence, whole)


def _damaged(path: Path) -> bool:
    """Whether the file at `path` fails SQLite's own check of its structure."""
    try:
        db = sqlite3.connect(path)
        try:
            return db.execute("PRAGMA quick_check").fetchone() != ("ok",)
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return True


def _tables_digest(listings: tuple[Listing, ...]) -> str:
    return hashlib.sha256("\n".join(schema_sql(listings)).encode()).hexdigest()


def _write(path: Path, records: list[dict[str, Any]], refresh: bool, listings: tuple[Listing, ...],
           min_confidence: float, whole: bool) -> None:
    db = sqlite3.connect(path)
    try:
        with db:
            made_for = _made_for(db)
            if made_for is not None and made_for != _tables_digest(listings):
                _drop_all(db)  # tables of another version: the records make them again
            for statement in schema_sql(listings):
                db.execute(statement)
            grown = _add_new_columns(db, listings)
            db.execute("INSERT OR REPLACE INTO exported VALUES ('tables', ?)", (_tables_digest(listings),))
            last = db.execute("SELECT value FROM exported WHERE name = 'min_confidence'").fetchone()
            db.execute("INSERT OR REPLACE INTO exported VALUES ('min_confidence', ?)", (repr(min_confidence),))
            refresh = refresh or grown or (float(last[0]) if last else 0.0) != min_confidence
            stored = set() if refresh else set(db.execute(
                "SELECT article_id, path, pipeline_version FROM articles"))
            for record in records:
                if (article_id(record), record["source"]["path"], record.get("pipeline_version")) not in stored:
                    _replace_article(db, confident(record, min_confidence), listings)
            if whole:
                _keep_only(db, {article_id(r) for r in records}, listings)
    finally:
        db.close()


def _made_for(db: sqlite3.Connection) -> str | None:
    """The digest of the tables the database was made with: '' when it has tables but no digest, None when new."""
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names:
        return None
    if "exported" in names:
        row = db.execute("SELECT value FROM exported WHERE name = 'tables'").fetchone()
        if row:
            return str(row[0])
    return ""


def _drop_all(db: sqlite3.Connection) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        db.execute(f"DROP TABLE IF EXISTS {_q(name)}")


def _keep_only(db: sqlite3.Connection, keys: set[str], listings: tuple[Listing, ...]) -> None:
    """Remove the articles (and their rows) whose keys are not in `keys`."""
    gone = [(row[0],) for row in db.execute("SELECT article_id FROM articles") if row[0] not in keys]
    for kind in (*(t.key for t in listings), "articles"):
        db.executemany(f"DELETE FROM {kind} WHERE article_id = ?", gone)


def _add_new_columns(db: sqlite3.Connection, listings: tuple[Listing, ...]) -> bool:
    """Give the tables made by an earlier version the columns the records have gained since; whether any had to."""
    wanted = [("articles", [(c, _ARTICLE_TYPES.get(c, "TEXT")) for c in ARTICLE_COLUMNS])]
    wanted += [(t.key, [(name, _SQL_TYPES[plain]) for name, plain in t.columns()]) for t in listings]
    grown = False
    for table, columns in wanted:
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, sql_type in columns:
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {_q(name)} {sql_type}")
                grown = True
    return grown


def _replace_article(db: sqlite3.Connection, record: dict[str, Any], listings: tuple[Listing, ...]) -> None:
    """Delete the article's old rows (by key, or by path when its bytes changed), then insert."""
    key = article_id(record)
    old = {key} | {row[0] for row in db.execute("SELECT article_id FROM articles WHERE path = ?",
                                                 (record["source"]["path"],))}
    for kind in (*(t.key for t in listings), "articles"):
        db.executemany(f"DELETE FROM {kind} WHERE article_id = ?", [(k,) for k in old])
    row = article_row(record)
    names = ["article_id", *ARTICLE_COLUMNS]
    db.execute(f"INSERT INTO articles ({', '.join(map(_q, names))}) VALUES ({', '.join('?' * len(names))})",
               [key, *(row[c] for c in ARTICLE_COLUMNS)])
    for listing in listings:
        rows = list(fact_rows(record, listing))
        if not rows:
            continue
        columns = list(rows[0])
        db.executemany(
            f"INSERT OR REPLACE INTO {listing.key} (article_id, {', '.join(map(_q, columns))}) "
            f"VALUES (?, {', '.join('?' * len(columns))})",
            [[key, *(_value(r[c]) for c in columns)] for r in rows])
