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
    """What an analyst reads of a record: its facts without offsets, ids or counts."""
    return {
        "language": record["language"],
        "title": record["title"],
        "abstract_languages": sorted(record["abstract"]),
        "keywords": record["keywords"],
        "organisations": sorted(f"{o['name']} | {o['abbreviation']} | {o['name_en']}" for o in record["organisations"]),
        "countries": sorted(f"{c['iso2']} {c['name']}" for c in record["countries"]),
        "treaties": sorted(f"{t['kind']}: {t['title']} ({t['date']})" for t in record["treaties"]),
        "dates": sorted(f"{d['kind']} {d['value']}..{d['end']} «{d['text']}»" for d in record["dates"]),
        "figures": sorted(
            f"{f['value']!r} {f['unit']} {f['kind']} | {f['subject']} | {f['year']}" for f in record["figures"]
        ),
        "tables": [{"caption": t["caption"], "header": t["header"], "rows": len(t["rows"])} for t in record["tables"]],
        "directions": [d["id"] for d in record["directions"]],
        "summary_sentences": len(record["summary"]),
    }


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
