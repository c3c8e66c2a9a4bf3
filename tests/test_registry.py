"""The fact-type registry: it covers every fact list of the record, the JSON Schema describes every field
it declares, the exports' columns are the record's fields, and a new fact type flows to every export
and to the article page with no other change."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import pytest

from pipeline.evaluate import match
from pipeline.export.records import write_csv
from pipeline.export.sqlite import write_sqlite
from pipeline.facts import registry
from pipeline.facts.registry import EXPORTED, FACT_TYPES, MARKS, Colour, FactType, Listing, record_columns
from pipeline.record import Article, Source
from pipeline.render.report import article_view, render_article
from pipeline.render.ui import _messages
from pipeline.serialize import schema
from pipeline.settings import Settings

SOURCE = {"path": "a.txt", "name": "a.txt", "sha256": "0" * 64, "format": "txt", "pages": None}
INTERNAL = {"sentences", "masked", "recased", "extra"}  # fields of `Article` that are never written


def _records_in(record: type) -> dict[str, tuple[type, bool]]:
    """The fields of a record class holding a record (False) or a list of records (True)."""
    out = {}
    for name, hint in get_type_hints(record).items():
        listed = get_origin(hint) is list
        inner = get_args(hint)[0] if listed else hint
        if isinstance(inner, type) and is_dataclass(inner):
            out[name] = (inner, listed)
    return out


def test_every_fact_list_of_the_record_is_registered() -> None:
    facts = {name: inner for name, (inner, listed) in _records_in(Article).items()
             if listed and {"id", "mentions"} <= {f.name for f in fields(inner)}}
    assert facts == {t.key: t.record for t in FACT_TYPES}
    assert len({t.key for t in EXPORTED}) == len(EXPORTED)
    assert len({t.section for t in FACT_TYPES}) == len({t.rank for t in FACT_TYPES}) == len(FACT_TYPES)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema()["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _properties(node: dict[str, Any]) -> dict[str, Any]:
    node = _resolve(node)
    out = dict(node.get("properties", {}))
    for part in node.get("allOf", []):
        out.update(_properties(part))
    return out


def _undescribed(node: dict[str, Any], record: type, where: str) -> list[str]:
    """The fields of `record` (and of the records inside it) that the schema node does not describe."""
    described = _properties(node)
    missing = [f"{where}.{f.name}" for f in fields(record) if f.name not in described and f.name not in INTERNAL]
    for name, (inner, listed) in _records_in(record).items():
        if name in described:
            child = _resolve(described[name])
            missing += _undescribed(child["items"] if listed else child, inner, f"{where}.{name}")
    return missing


def test_the_schema_describes_every_field_of_every_registered_record() -> None:
    for listing in EXPORTED:
        assert _resolve(schema()["properties"][listing.key])["type"] == "array", listing.key
        assert _undescribed(schema()["properties"][listing.key]["items"], listing.record, listing.key) == []
    assert _undescribed(schema(), Article, "article") == [], "and every other field the record writes"


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def _sqlite_columns(db: Path, table: str) -> list[str]:
    with sqlite3.connect(db) as con:
        return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]


def _sqlite_indexes(db: Path, table: str) -> set[str]:
    with sqlite3.connect(db) as con:
        return {row[1] for row in con.execute(f"PRAGMA index_list({table})") if not row[1].startswith("sqlite_")}


@pytest.mark.parametrize("listing", EXPORTED, ids=lambda t: t.key)
def test_csv_and_sqlite_columns_are_the_record_fields(listing: Listing, tmp_path: Path) -> None:
    names = [f.name for f in fields(listing.record)]
    extras = ["id"] if listing.numbered else []
    write_csv(tmp_path, [{"source": SOURCE}])
    assert _header(tmp_path / f"{listing.key}.csv") == ["article", "article_path", *extras, *names]
    write_sqlite(tmp_path / "facts.sqlite", [{"source": SOURCE}])
    assert _sqlite_columns(tmp_path / "facts.sqlite", listing.key) == ["article_id", *extras, *names]
    assert _sqlite_indexes(tmp_path / "facts.sqlite", listing.key) == {f"{listing.key}_{c}" for c in listing.indexes}
    assert set(listing.indexes) <= {*extras, *names}


def test_every_word_the_registry_puts_on_a_page_has_its_russian() -> None:
    russian = _messages("ru")
    wanted = {m.label for m in MARKS}  # a fact type's label names its mentions
    for t in FACT_TYPES:
        wanted |= {t.plural, t.header, t.empty, "|".join(t.count_words)}
        if t.card != "own":
            wanted |= {c.label for c in t.page_table()}
    assert sorted(wanted - set(russian)) == []


# ---------------------------------------------------------------- a new fact type


@dataclass
class Port:
    id: str
    name: str
    code: str | None = None
    berths: int | None = None
    operators: list[str] = field(default_factory=list)
    mentions: int = 0


# a throw-away type, its key one no real type will take
PORTS = FactType(key="test_ports", record=Port, mention="TEST_PORT", label="Port", plural="Ports", rank=99,
                 colour=Colour("test-port", "#eeeeee", "#333333"), indexes=("code",))


@dataclass
class PortArticle(Article):
    test_ports: list[Port] = field(default_factory=list)


def _port_record() -> dict[str, Any]:
    return {"source": SOURCE, "test_ports": [{"id": "port-1", "name": "Усть-Луга", "code": "RUULU", "berths": 4,
                                         "operators": ["A", "B"], "mentions": 2}]}


def test_a_new_fact_type_gets_its_csv_and_sqlite_table(tmp_path: Path) -> None:
    tables = (*EXPORTED, PORTS)
    written = write_csv(tmp_path, [_port_record()], tables)
    assert tmp_path / "test_ports.csv" in written
    with (tmp_path / "test_ports.csv").open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row == {"article": "a.txt", "article_path": "a.txt", "id": "port-1", "name": "Усть-Луга",
                   "code": "RUULU", "berths": "4", "operators": "A; B", "mentions": "2"}
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, [_port_record()], tables=tables)
    write_sqlite(db, [_port_record()], tables=tables)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT id, berths, operators FROM test_ports").fetchall() == [("port-1", 4, '["A", "B"]')]
        assert dict(con.execute("SELECT name, type FROM pragma_table_info('test_ports')"))["berths"] == "INTEGER"
    assert _sqlite_indexes(db, "test_ports") == {"test_ports_code"}
    assert record_columns(Port) == (("id", "str"), ("name", "str"), ("code", "str"), ("berths", "int"),
                                    ("operators", "list"), ("mentions", "int"))


def test_a_new_fact_type_gets_a_table_on_the_article_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "FACT_TYPES", (*FACT_TYPES, PORTS))
    article = PortArticle(source=Source(**SOURCE), test_ports=[Port("port-1", "Усть-Луга", "RUULU", 4, ["A"], 2)])
    view = article_view(article)
    (ports,) = [s for g in view["facts"] for s in g["sections"] if s["id"] == "test_ports"]
    assert [c["label"] for c in ports["columns"]] == ["Name", "Code", "Berths", "Operators", "Mentions"]
    assert [c["text"] for c in ports["rows"][0]] == ["Усть-Луга", "RUULU", "4", "A", "2"]
    assert {"label": "port", "n": 1} in view["counts"]
    page = render_article(article, Settings(ui_language="en"))
    assert '<section class="card" id="test_ports">' in page and '<a href="#test_ports">Ports</a>' in page


def test_a_new_fact_type_is_scored_by_the_fields_its_annotation_gives() -> None:
    gold = [{"name": "Усть Луга", "code": "RUULU"}, {"name": "Мурманск", "optional": True}]
    predicted = [{"name": "усть луга", "code": "RUULU", "berths": 4}, {"name": "Мурманск"}, {"name": "Ванино"}]
    result = match("test_ports", gold, predicted)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)

