"""Golden records: the facts of each sample article (as TXT and as PDF) stay exactly as reviewed.

A change to what the pipeline extracts from the samples shows here as a readable diff. When the
change is an improvement, review the new facts and write them with
`pytest tests/test_golden.py --update-golden`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import analyze
from pipeline.nlp.models import Models
from pipeline.serialize import to_dict, validate

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = sorted(p.name for p in (ROOT / "corpora").iterdir() if p.suffix in (".txt", ".pdf"))


def facts(record: dict[str, Any]) -> dict[str, Any]:
    """What an analyst reads of a record: its facts (each with its confidence) without offsets, ids or counts."""
    return {
        "language": record["language"],
        "title": record["title"],
        "abstract_languages": sorted(record["abstract"]),
        "keywords": record["keywords"],
        "relevance": record["relevance"],
        "organisations": sorted(f"{o['name']} | {o['abbreviation']} | {o['name_en']}{_sure(o)}"
                                for o in record["organisations"]),
        "countries": sorted(f"{c['iso2']} {c['name']}{_sure(c)}" for c in record["countries"]),
        "treaties": sorted(f"{t['kind']}: {t['title']} ({t['date']}){_sure(t)}" for t in record["treaties"]),
        "dates": sorted(f"{d['kind']} {d['value']}..{d['end']} «{d['text']}»{_sure(d)}" for d in record["dates"]),
        "figures": sorted(
            f"{f['value']!r} {f['unit']} {f['kind']} | {f['subject']} | {f['year']}{_sure(f)}" for f in record["figures"]
        ),
        "tables": [{"caption": t["caption"], "header": t["header"], "rows": len(t["rows"])} for t in record["tables"]],
        "directions": [f"{d['id']}{_sure(d)}" for d in record["directions"]],
        "summary_sentences": len(record["summary"]),
    }


def _sure(fact: dict[str, Any]) -> str:
    """A fact's confidence, written after it."""
    return f" ~{fact['confidence']:.2f}"


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_record_matches_its_golden_facts(name: str, models: Models, request: pytest.FixtureRequest) -> None:
    record = to_dict(analyze(ROOT / "corpora" / name, models=models))
    validate(record)
    got = facts(record)
    path = GOLDEN / f"{name}.facts.json"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    expected = json.loads(path.read_text("utf-8"))
    assert got == expected
