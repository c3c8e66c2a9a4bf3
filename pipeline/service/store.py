"""The service's store: a folder in the batch's output layout, article records as JSON and their facts in
facts.sqlite, so a batch's output folder can be served as it is and the records the service makes join it.

A record the service makes is named by the sha256 of its bytes (`<sha256>.json`), never by what the client
called the file. Queries run over the SQLite tables the batch writes (`export/sqlite.py`).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

from ..batch.runner import SQLITE, load_records
from ..export.files import atomic_write
from ..export.sqlite import write_sqlite

log = logging.getLogger(__name__)

SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_LISTED = 500  # the most records one query hands back

# one condition per filter: the article has a fact that matches (names case-folded, substrings)
_FILTERS = {
    "organisation": """EXISTS (SELECT 1 FROM organisations o WHERE o.article_id = a.article_id AND instr(fold(
        o.name || ' ' || coalesce(o.abbreviation, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.aliases, '')),
        :organisation) > 0)""",
    "treaty": """EXISTS (SELECT 1 FROM treaties t WHERE t.article_id = a.article_id AND instr(fold(
        t.title || ' ' || coalesce(t.aliases, '')), :treaty) > 0)""",
    "direction": "EXISTS (SELECT 1 FROM directions d WHERE d.article_id = a.article_id AND d.id = :direction)",
    "year": """(EXISTS (SELECT 1 FROM treaties t WHERE t.article_id = a.article_id AND t.year = :year)
        OR EXISTS (SELECT 1 FROM dates d WHERE d.article_id = a.article_id
                   AND CAST(substr(d.value, 1, 4) AS INTEGER) <= :year
                   AND CAST(substr(coalesce(d."end", d.value), 1, 4) AS INTEGER) >= :year))""",
}


def _fold(text: Any) -> str:
    return str(text).casefold() if text is not None else ""


class Store:
    """Records by sha256 and queries over their facts, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / SQLITE
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()  # one writer at a time; readers have their own connections
        self._paths: dict[str, Path] = {}
        records = []
        for rel, record in load_records(folder):
            self._paths[record["source"]["sha256"]] = folder / rel
            records.append(record)
        if records and not self.database.exists():
            write_sqlite(self.database, records, refresh=True)
        log.info("store %s: %d records", folder, len(self._paths))

    def __len__(self) -> int:
        return len(self._paths)

    def get(self, sha256: str) -> dict[str, Any] | None:
        """The stored record of the document with these bytes, or None."""
        path = self._paths.get(sha256)
        if path is None:
            return None
        try:
            record: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            log.warning("the record %s cannot be read", path)
            return None
        return record

    def put(self, record: dict[str, Any]) -> None:
        """Keep a record the service made: its JSON written atomically, its facts in the database."""
        sha256 = record["source"]["sha256"]
        if not SHA256.fullmatch(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        path = self.folder / f"{sha256}.json"
        with self._lock:
            atomic_write(path, json.dumps(record, ensure_ascii=False, indent=2))
            write_sqlite(self.database, [record], refresh=True)
            self._paths[sha256] = path

    def find(self, limit: int = 100, **filters: Any) -> list[dict[str, Any]]:
        """The stored records whose facts match every filter given (`organisation`, `treaty`: a part of a
        name, any case; `direction`: an id; `year`: a year a date or legal act of the article falls in)."""
        given = {k: v for k, v in filters.items() if v not in (None, "")}
        unknown = set(given) - set(_FILTERS)
        if unknown:
            raise ValueError(f"unknown filters: {', '.join(sorted(unknown))}")
        if not self.database.exists():
            return []
        where = " AND ".join(_FILTERS[k] for k in given) or "1"
        params = {k: (_fold(v) if k in ("organisation", "treaty") else v) for k, v in given.items()}
        params["limit"] = min(max(1, limit), MAX_LISTED)
        db = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
        try:
            db.create_function("fold", 1, _fold, deterministic=True)
            rows = db.execute(f"SELECT DISTINCT a.sha256 FROM articles a WHERE {where} "
                              "ORDER BY a.sha256 LIMIT :limit", params).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise
        finally:
            db.close()
        found = (self.get(sha256) for (sha256,) in rows)
        return [record for record in found if record is not None]
