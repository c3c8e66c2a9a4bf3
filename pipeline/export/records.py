"""Records for other systems: one JSON line per article, and one CSV per fact type."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from ..record import Country, DateFact, Direction, Figure, Mention, Organisation, Treaty
from .files import atomic_write

FACT_TYPES: dict[str, type] = {
    "organisations": Organisation,
    "countries": Country,
    "treaties": Treaty,
    "dates": DateFact,
    "figures": Figure,
    "directions": Direction,
    "mentions": Mention,
}

ARTICLE_COLUMNS = ("path", "name", "format", "pages", "sha256", "language", "title", "pipeline_version")


@cache
def fact_columns(kind: str) -> tuple[tuple[str, str], ...]:
    """The fields of one fact type with a plain type each: `int`, `float`, `list` or `str`."""
    columns = []
    for f in fields(FACT_TYPES[kind]):
        spelled = str(f.type)
        plain = ("list" if spelled.startswith("list") else "int" if spelled.startswith("int")
                 else "float" if spelled.startswith("float") else "str")
        columns.append((f.name, plain))
    return tuple(columns)


def article_row(record: dict[str, Any]) -> dict[str, Any]:
    """The article-level columns of a record."""
    source = record["source"]
    return {
        "path": source["path"], "name": source["name"], "format": source["format"],
        "pages": source.get("pages"), "sha256": source["sha256"], "language": record.get("language"),
        "title": record.get("title"), "pipeline_version": record.get("pipeline_version"),
    }


def fact_rows(record: dict[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    """The facts of one type in a record, mentions numbered by their place in text order."""
    for number, fact in enumerate(record.get(kind, []), start=1):
        row = {name: fact.get(name) for name, _ in fact_columns(kind)}
        if kind == "mentions":
            row["id"] = number
        yield row


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One record a line, written atomically."""
    atomic_write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(v.get("text", "") if isinstance(v, dict) else str(v) for v in value)
    return "" if value is None else value


def write_csv(folder: Path, records: list[dict[str, Any]]) -> list[Path]:
    """`articles.csv` and one CSV per fact type in `folder` (UTF-8 with BOM, a header row)."""
    written = [_write_table(folder / "articles.csv", list(ARTICLE_COLUMNS),
                            ([row[c] for c in ARTICLE_COLUMNS] for row in map(article_row, records)))]
    for kind in FACT_TYPES:
        names = [name for name, _ in fact_columns(kind)]
        if kind == "mentions":
            names.insert(0, "id")
        rows = ([r["source"]["name"], r["source"]["path"], *(row[n] for n in names)]
                for r in records for row in fact_rows(r, kind))
        written.append(_write_table(folder / f"{kind}.csv", ["article", "article_path", *names], rows))
    return written


def _write_table(path: Path, header: list[str], rows: Iterable[list[Any]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    atomic_write(path, "\ufeff" + buffer.getvalue())
    return path
