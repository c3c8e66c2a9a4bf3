"""The one loader of the package's data files (gazetteers, cue words, registries)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import DataFileError


def _read(name: str) -> str:
    try:
        return resources.files("pipeline").joinpath("data", name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {name!r} is missing from the package") from exc


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Records of a JSON Lines data file, one object a line; `#` lines and blank lines skipped."""
    out = []
    for number, line in enumerate(_read(name).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{name}, line {number}: expected a JSON object, found {line[:60]!r} ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise DataFileError(f"{name}, line {number}: expected a JSON object, found {type(record).__name__}")
        out.append(record)
    return tuple(out)


@cache
def load_tsv(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file with exactly `columns` fields; `#` lines skipped."""
    rows = []
    for number, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = tuple(p.strip() for p in line.split("\t"))
        if len(parts) != columns:
            raise DataFileError(f"{name}, line {number}: expected {columns} tab-separated fields, found {len(parts)}")
        rows.append(parts)
    return tuple(rows)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a word-list data file; `#` lines skipped."""
    return tuple(
        line.strip() for line in _read(name).splitlines() if line.strip() and not line.startswith("#")
    )
