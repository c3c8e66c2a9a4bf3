"""Records for other systems: one JSON line per article, and one CSV per fact type (and one of mentions).

A CSV cell that a spreadsheet would read as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a
carriage return) gets a leading apostrophe, and no CSV cell keeps a bidi control; JSON stays as it is.

The exports may leave out facts of low confidence (`min_confidence`, with their mentions); the
record of each file keeps every fact.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..facts.registry import EXPORTED, FACT_TYPES, Listing
from ..lexicon.bidi import strip_bidi
from .files import atomic_write

ARTICLE_COLUMNS = ("path", "name", "format", "pages", "sha256", "language", "title", "relevance", "pipeline_version")


def article_row(record: dict[str, Any]) -> dict[str, Any]:
    """The article-level columns of a record."""
    source = record["source"]
    return {
        "path": source["path"], "name": source["name"], "format": source["format"],
        "pages": source.get("pages"), "sha256": source["sha256"], "language": record.get("language"),
        "title": record.get("title"), "relevance": record.get("relevance"),
        "pipeline_version": record.get("pipeline_version"),
    }


def fact_rows(record: dict[str, Any], listing: Listing) -> Iterator[dict[str, Any]]:
    """The rows of one table in a record, a numbered listing's rows numbered by their place in it."""
    for number, fact in enumerate(record.get(listing.key, []), start=1):
        row = {name: fact.get(name) for name, _ in listing.columns()}
        if listing.numbered:
            row["id"] = number
        yield row


def confident(record: dict[str, Any], min_confidence: float) -> dict[str, Any]:
    """The record without its facts below `min_confidence` and their mentions (itself when nothing is below)."""
    if min_confidence <= 0.0:
        return record
    out = dict(record)
    dropped: set[str] = set()
    for fact_type in FACT_TYPES:
        facts = record.get(fact_type.key, [])
        out[fact_type.key] = [f for f in facts if f.get("confidence", 1.0) >= min_confidence]
        dropped.update(f["id"] for f in facts if f.get("confidence", 1.0) < min_confidence)
    if dropped:
        out["mentions"] = [m for m in record.get("mentions", []) if m.get("fact_id") not in dropped]
    return out


def write_jsonl(path: Path, records: Iterable[dict[str, Any]], min_confidence: float = 0.0) -> None:
    """One record a line, written atomically, without the facts below `min_confidence`."""
    atomic_write(path, "".join(json.dumps(confident(r, min_confidence), ensure_ascii=False) + "\n"
                               for r in records))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(v.get("text", "") if isinstance(v, dict) else str(v) for v in value)
    if value is None:
        return ""
    return safe_cell(value) if isinstance(value, str) else value


def safe_cell(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it: no bidi controls, and a leading apostrophe
    when it would start a formula."""
    text = strip_bidi(text)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def write_csv(folder: Path, records: list[dict[str, Any]], tables: Iterable[Listing] = EXPORTED,
              min_confidence: float = 0.0) -> list[Path]:
    """`articles.csv` and one CSV per table of the exports in `folder` (UTF-8 with BOM, a header row),
    without the facts below `min_confidence`."""
    records = [confident(r, min_confidence) for r in records]
    written = [_write_table(folder / "articles.csv", list(ARTICLE_COLUMNS),
                            ([row[c] for c in ARTICLE_COLUMNS] for row in map(article_row, records)))]
    for listing in tables:
        names = [name for name, _ in listing.columns()]
        rows = ([r["source"]["name"], r["source"]["path"], *(row[n] for n in names)]
                for r in records for row in fact_rows(r, listing))
        written.append(_write_table(folder / f"{listing.key}.csv", ["article", "article_path", *names], rows))
    return written


def _write_table(path: Path, header: list[str], rows: Iterable[list[Any]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    atomic_write(path, "\ufeff" + buffer.getvalue())
    return path
