"""Records for other systems: one JSON line per article, and one CSV per fact type (and one of mentions)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..facts.registry import EXPORTED, Listing
from .files import atomic_write

ARTICLE_COLUMNS = ("path", "name", "format", "pages", "sha256", "language", "title", "pipeline_version")


def article_row(record: dict[str, Any]) -> dict[str, Any]:
    """The article-level columns of a record."""
    source = record["source"]
    return {
        "path": source["path"], "name": source["name"], "format": source["format"],
        "pages": source.get("pages"), "sha256": source["sha256"], "language": record.get("language"),
        "title": record.get("title"), "pipeline_version": record.get("pipeline_version"),
    }


def fact_rows(record: dict[str, Any], listing: Listing) -> Iterator[dict[str, Any]]:
    """The rows of one table in a record, a numbered listing's rows numbered by their place in it."""
    for number, fact in enumerate(record.get(listing.key, []), start=1):
        row = {name: fact.get(name) for name, _ in listing.columns()}
        if listing.numbered:
            row["id"] = number
        yield row


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One record a line, written atomically."""
    atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(v.get("text", "") if isinstance(v, dict) else str(v) for v in value)
    return "" if value is None else value


def write_csv(folder: Path, records: list[dict[str, Any]], tables: Iterable[Listing] = EXPORTED) -> list[Path]:
    """`articles.csv` and one CSV per table of the exports in `folder` (UTF-8 with BOM, a header row)."""
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
