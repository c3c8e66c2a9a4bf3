"""The SQLite store: one table per fact type, indexed, queried in one statement, updated in place."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from batch_texts import EN, RU, RU_OLD_CODE

from pipeline import analyze, to_dict
from pipeline.export.sqlite import article_id, write_sqlite
from pipeline.facts.registry import EXPORTED
from pipeline.nlp.models import Models

pytestmark = pytest.mark.slow

TABLES = [t.key for t in EXPORTED]  # a CSV file and a SQLite table each

CITES_EAEU_CUSTOMS_CODE = """
    SELECT DISTINCT a.name FROM articles a JOIN treaties t ON t.article_id = a.article_id
    WHERE t.kind = 'code'
      AND (t.title LIKE '%Евразийского экономического союза%' OR t.title LIKE '%Eurasian Economic Union%'
           OR t.aliases LIKE '%ЕАЭС%' OR t.aliases LIKE '%EAEU%')
    ORDER BY a.name
"""


@pytest.fixture(scope="module")
def models() -> Models:
    return Models()


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory, models: Models) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("articles")
    out = []
    for name, text in (("ru.txt", RU), ("en.txt", EN), ("old_code.txt", RU_OLD_CODE)):
        (folder / name).write_text(text, "utf-8")
        out.append(to_dict(analyze(folder / name, models=models)))
    return out


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", *TABLES)}


def test_tables_indexes_and_rows(records: list[dict[str, Any]], tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    counts = _counts(db)
    assert counts["articles"] == 3
    for kind in TABLES:
        assert counts[kind] == sum(len(r[kind]) for r in records), kind
    with sqlite3.connect(db) as con:
        indexes = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"organisations_name", "treaties_title", "countries_iso2"} <= indexes
        plan = " ".join(str(r) for r in con.execute(
            "EXPLAIN QUERY PLAN SELECT article_id FROM countries WHERE iso2 = 'BY'"))
        assert "countries_iso2" in plan
        aliases = con.execute("SELECT aliases FROM organisations WHERE aliases != '[]' LIMIT 1").fetchone()
        assert isinstance(json.loads(aliases[0]), list)


def test_which_articles_cite_the_eaeu_customs_code(records: list[dict[str, Any]], tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    with sqlite3.connect(db) as con:
        names = [row[0] for row in con.execute(CITES_EAEU_CUSTOMS_CODE)]
    assert names == ["en.txt", "ru.txt"]


def test_rewriting_updates_in_place_without_duplicates(records: list[dict[str, Any]], models: Models,
                                                       tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    before = _counts(db)
    write_sqlite(db, records)
    assert _counts(db) == before
    path = Path(records[2]["source"]["path"])
    path.write_text(RU_OLD_CODE.replace("1 июля 2010 года", "1 июля 2010 года, а затем в 2018 году"), "utf-8")
    changed = to_dict(analyze(path, models=models))
    write_sqlite(db, [changed])
    after = _counts(db)
    assert after["articles"] == 3
    assert after["dates"] == before["dates"] - len(records[2]["dates"]) + len(changed["dates"])
    with sqlite3.connect(db) as con:
        (sha,) = con.execute("SELECT sha256 FROM articles WHERE name = 'old_code.txt'").fetchone()
    assert sha == changed["source"]["sha256"] != records[2]["source"]["sha256"]


def _rowids(db: Path, record: dict[str, Any]) -> list[int]:
    with sqlite3.connect(db) as con:
        return [row[0] for row in con.execute("SELECT rowid FROM mentions WHERE article_id = ? ORDER BY rowid",
                                              (article_id(record),))]


def test_an_update_without_refresh_leaves_current_articles_alone(records: list[dict[str, Any]],
                                                                 tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records[:2])
    before = _counts(db)
    kept = _rowids(db, records[0])
    assert kept
    write_sqlite(db, records, refresh=False)
    assert _rowids(db, records[0]) == kept
    assert _counts(db)["articles"] == before["articles"] + 1
    stale = dict(records[1], pipeline_version="0.0.1")
    write_sqlite(db, [stale], refresh=False)
    with sqlite3.connect(db) as con:
        (version,) = con.execute("SELECT pipeline_version FROM articles WHERE article_id = ?",
                                 (article_id(stale),)).fetchone()
    assert version == "0.0.1"
    write_sqlite(db, records[:1])
    assert _rowids(db, records[0]) != kept
    assert _counts(db)["articles"] == before["articles"] + 1


def test_copies_of_one_file_in_two_folders_are_two_articles(records: list[dict[str, Any]], tmp_path: Path) -> None:
    copy = json.loads(json.dumps(records[0]))
    copy["source"]["path"] = "elsewhere/" + copy["source"]["name"]
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, [records[0], copy])
    with sqlite3.connect(db) as con:
        paths = sorted(row[0] for row in con.execute("SELECT path FROM articles"))
        per_article = con.execute("SELECT count(DISTINCT article_id) FROM mentions").fetchone()[0]
    assert paths == sorted([records[0]["source"]["path"], copy["source"]["path"]])
    assert per_article == 2


def test_a_database_of_an_earlier_version_gains_the_new_columns(records: list[dict[str, Any]],
                                                                  tmp_path: Path) -> None:
    """A store written before facts had a confidence (and articles a relevance) is brought up to date in place."""
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    with sqlite3.connect(db) as con:
        for table in ("organisations", "countries", "treaties", "dates", "figures", "directions"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
        con.execute("ALTER TABLE articles DROP COLUMN relevance")
    write_sqlite(db, records, refresh=False)
    with sqlite3.connect(db) as con:
        missing = con.execute("SELECT count(*) FROM organisations WHERE confidence IS NULL").fetchone()[0]
        relevance = [row[0] for row in con.execute("SELECT relevance FROM articles")]
    assert missing == 0 and len(relevance) == 3 and all(r is not None for r in relevance)


def test_a_new_min_confidence_rewrites_the_rows_without_refresh(records: list[dict[str, Any]],
                                                                tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    everything = _counts(db)
    write_sqlite(db, records, refresh=False, min_confidence=0.9)
    sure = _counts(db)
    assert sure["articles"] == 3
    for kind in ("organisations", "dates", "figures"):
        assert sure[kind] == sum(1 for r in records for f in r[kind] if f["confidence"] >= 0.9), kind
    assert sure["mentions"] < everything["mentions"]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT min(confidence) FROM organisations").fetchone()[0] >= 0.9
    write_sqlite(db, records, refresh=False)
    assert _counts(db) == everything


def test_a_damaged_database_is_moved_aside_and_made_again(records: list[dict[str, Any]], tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    whole = _counts(db)
    garbage = b"SQLite format 3\x00" + bytes(range(256)) * 40
    db.write_bytes(garbage)
    write_sqlite(db, records, refresh=False)
    assert _counts(db) == whole
    [aside] = tmp_path.glob("facts.sqlite.damaged-*")
    assert aside.read_bytes() == garbage


def test_a_database_of_an_older_schema_is_made_again_from_the_records(records: list[dict[str, Any]],
                                                                       tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE articles (article_id TEXT PRIMARY KEY, path TEXT)")
        con.execute("CREATE TABLE dates (article_id TEXT, id TEXT, text TEXT, PRIMARY KEY (article_id, id))")
        con.execute("INSERT INTO articles VALUES ('gone', 'gone.txt')")
    con.close()
    write_sqlite(db, records, refresh=False)
    fresh = tmp_path / "fresh.sqlite"
    write_sqlite(fresh, records)
    assert _counts(db) == _counts(fresh)
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_whole_corpus_update_removes_the_articles_not_in_it(records: list[dict[str, Any]], tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    write_sqlite(db, records)
    for refresh in (False, True):
        write_sqlite(db, records[:2], refresh=refresh, whole=True)
        with sqlite3.connect(db) as con:
            names = sorted(row[0] for row in con.execute("SELECT name FROM articles"))
            orphans = con.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN "
                                  "(SELECT article_id FROM articles)").fetchone()[0]
        assert names == ["en.txt", "ru.txt"] and orphans == 0
