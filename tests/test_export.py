"""Exports for other systems: JSON Lines of valid records, CSV per fact type that spreadsheets open."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from batch_texts import EN, RU, RU_OLD_CODE

from pipeline import analyze, to_dict
from pipeline.cli import main
from pipeline.export.records import confident, write_csv, write_jsonl
from pipeline.facts.registry import EXPORTED, FACT_TYPES
from pipeline.nlp.models import Models
from pipeline.serialize import validate

pytestmark = pytest.mark.slow

TABLES = [t.key for t in EXPORTED]  # a CSV file and a SQLite table each


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Records of three real articles, analysed from files named after them."""
    folder = tmp_path_factory.mktemp("articles")
    models = Models()
    out = []
    for name, text in (("ru.txt", RU), ("en.txt", EN), ("old_code.txt", RU_OLD_CODE)):
        (folder / name).write_text(text, "utf-8")
        out.append(to_dict(analyze(folder / name, models=models)))
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()), "a BOM so spreadsheets read UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_jsonl_has_one_valid_record_a_line(records: list[dict[str, Any]], tmp_path: Path) -> None:
    write_jsonl(tmp_path / "records.jsonl", records)
    lines = (tmp_path / "records.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == len(records)
    for line, record in zip(lines, records, strict=True):
        data = json.loads(line)
        validate(data)
        assert data == record
    assert "Таможенный кодекс" in lines[0], "Cyrillic kept as is, not escaped"


def test_csv_per_fact_type_with_header_and_article_column(records: list[dict[str, Any]],
                                                          tmp_path: Path) -> None:
    written = write_csv(tmp_path, records)
    assert sorted(p.name for p in written) == sorted(["articles.csv", *(f"{k}.csv" for k in TABLES)])
    articles = _read_csv(tmp_path / "articles.csv")
    assert [a["name"] for a in articles] == ["ru.txt", "en.txt", "old_code.txt"]
    assert [a["language"] for a in articles] == ["ru", "en", "ru"]
    for kind in TABLES:
        rows = _read_csv(tmp_path / f"{kind}.csv")
        assert len(rows) == sum(len(r[kind]) for r in records), kind
    treaties = _read_csv(tmp_path / "treaties.csv")
    assert {(t["article"], t["title"]) for t in treaties} >= {
        ("ru.txt", "Таможенный кодекс Евразийского экономического союза"),
        ("en.txt", "Customs Code of the Eurasian Economic Union"),
        ("old_code.txt", "Таможенный кодекс Таможенного союза"),
    }
    countries = _read_csv(tmp_path / "countries.csv")
    assert {c["iso2"] for c in countries if c["article"] == "en.txt"} >= {"RU", "KZ"}
    mentions = _read_csv(tmp_path / "mentions.csv")
    first = records[0]
    for row in (m for m in mentions if m["article"] == "ru.txt"):
        assert first["text"][int(row["start"]):int(row["end"])] == row["text"]


@pytest.mark.parametrize("kind, column, value", [
    ("organisations", "aliases", ["ЕАЭС", "EAEU"]),
    ("treaties", "parties", ["Беларусь", "Казахстан", "Россия"]),
])
def test_lists_become_one_readable_cell(kind: str, column: str, value: list[str], tmp_path: Path) -> None:
    source = {"path": "a.txt", "name": "a.txt", "sha256": "0" * 64, "format": "txt", "pages": None}
    fact = {"id": "x-1", "name": "n", "title": "t", column: value}
    write_csv(tmp_path, [{"source": source, kind: [fact]}])
    (row,) = _read_csv(tmp_path / f"{kind}.csv")
    assert row[column] == "; ".join(value)
    assert row["article"] == "a.txt" and row["id"] == "x-1"


def test_confident_leaves_out_the_facts_below_and_their_mentions(records: list[dict[str, Any]]) -> None:
    record = records[1]
    assert confident(record, 0.0) is record
    kept = confident(record, 0.9)
    validate(kept)
    dropped = {f["id"] for t in FACT_TYPES for f in record[t.key] if f["confidence"] < 0.9}
    assert dropped, "the article has facts of lower confidence"
    for fact_type in FACT_TYPES:
        assert [f["id"] for f in kept[fact_type.key]] == [
            f["id"] for f in record[fact_type.key] if f["confidence"] >= 0.9]
    assert not {m["fact_id"] for m in kept["mentions"]} & dropped
    assert len(kept["mentions"]) < len(record["mentions"])
    assert record == records[1] and len(record["organisations"]) >= len(kept["organisations"])


def test_min_confidence_leaves_facts_out_of_the_exports_not_the_records(tmp_path: Path) -> None:
    """`--min-confidence`: records.jsonl, the CSV files and SQLite lose the facts below it; each file's record keeps them."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.txt").write_text(EN + "\nThe delegates later met Acme Widgets Holdings in Geneva.\n", "utf-8")
    out = tmp_path / "out"
    status = main(["run", str(folder), "-o", str(out), "--no-html", "--no-progress", "--jobs", "1",
                   "--min-confidence", "0.65"])
    assert status == 0
    record = json.loads((out / "en.txt.json").read_text("utf-8"))
    low = [o["name"] for o in record["organisations"] if o["confidence"] < 0.65]
    assert "Acme Widgets Holdings" in low
    (line,) = (out / "records.jsonl").read_text("utf-8").splitlines()
    exported = json.loads(line)
    assert all(f["confidence"] >= 0.65 for t in FACT_TYPES for f in exported[t.key])
    names = [row["name"] for row in _read_csv(out / "csv" / "organisations.csv")]
    assert names and not set(low) & set(names)
    with sqlite3.connect(out / "facts.sqlite") as con:
        stored = [row[0] for row in con.execute("SELECT name FROM organisations")]
    assert sorted(stored) == sorted(names)
    assert len(record["organisations"]) == len(names) + len(low)


def test_a_min_confidence_outside_0_to_1_stops_at_start(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "x", "-o", "y", "--min-confidence", "1.5"])
    assert "expected a number from 0 to 1, found 1.5" in capsys.readouterr().err
