"""The pipeline's scores on the two sample articles stay above a pinned floor per fact type, and
every gold annotation is well-formed and names a text that exists."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline import analyze
from pipeline.evaluate import TYPES, load_golds, score
from pipeline.nlp.models import Models
from pipeline.serialize import to_dict

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD = ROOT / "tests" / "gold"
EVAL_TEXTS = ROOT.parent / "shared" / "eval" / "texts"
ALL_GOLDS = sorted(GOLD.glob("*.gold.json")) + sorted((GOLD / "eval").glob("*.gold.json"))
DIRECTION_IDS = set(
    json.loads((ROOT / "pipeline" / "schema" / "article.schema.json").read_text("utf-8"))
    ["$defs"]["direction"]["properties"]["id"]["enum"]
)
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
UNIT = re.compile(r"^([A-Z]{3}|%|p\.p\.|x|[a-z]+)$")

# F1 a little below what the pipeline scored when the floor was pinned (1.0 for every type:
# the samples are small, so one lost fact fails the floor); raise it when the pipeline
# improves, never lower it to let a regression pass.
FLOORS = {
    "organisations": 0.97,
    "countries": 0.97,
    "treaties": 0.97,
    "dates": 0.97,
    "figures": 0.97,
    "directions": 0.97,
}


@pytest.fixture(scope="module")
def result(models: Models) -> dict[str, Any]:
    """Every sample article analysed once and scored against its annotation."""
    golds = load_golds(GOLD)
    records = [to_dict(analyze(CORPORA / f"{gold['name']}.txt", models=models)) for gold in golds]
    return score(records, golds)


def test_every_sample_has_an_annotation(result: dict[str, Any]) -> None:
    assert result["unpaired_records"] == []
    assert result["unpaired_golds"] == []
    assert result["overall"]["documents"] == len(list(CORPORA.glob("*.txt")))


@pytest.mark.parametrize("kind", TYPES)
def test_f1_stays_above_the_floor(result: dict[str, Any], kind: str) -> None:
    scores = result["types"][kind]
    assert scores["f1"] >= FLOORS[kind], (
        f"{kind}: F1 {scores['f1']:.3f} below the floor {FLOORS[kind]} "
        f"(P {scores['precision']:.3f}, R {scores['recall']:.3f}; "
        f"missed {[x for d in result['documents'] for x in d['types'][kind]['false_negatives']]}, "
        f"spurious {[x for d in result['documents'] for x in d['types'][kind]['false_positives']]})"
    )


def test_annotations_are_complete(result: dict[str, Any]) -> None:
    for document in result["documents"]:
        assert set(document["types"]) == set(TYPES), document["gold"]


@pytest.mark.parametrize("path", ALL_GOLDS, ids=lambda p: p.name)
def test_annotation_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text("utf-8"))
    assert gold["file"].rsplit(".", 1)[0] + ".gold.json" == path.name
    assert gold["language"] in {"ru", "en", "mixed"}
    assert set(TYPES) <= set(gold)
    for organisation in gold["organisations"]:
        assert organisation["names"] and all(n.strip() for n in organisation["names"])
    assert all(re.fullmatch("[A-Z]{2}", c["iso2"]) for c in gold["countries"])
    for treaty in gold["treaties"]:
        assert treaty["title"].strip()
        assert treaty.get("year") is None or 1800 < treaty["year"] < 2100
    for date in gold["dates"]:
        assert date["kind"] in {"point", "range", "deadline"}
        assert ISO_DATE.match(date["value"])
        assert (date["end"] is not None) == (date["kind"] == "range")
        assert date["end"] is None or (ISO_DATE.match(date["end"]) and date["end"] > date["value"])
    for figure in gold["figures"]:
        assert isinstance(figure["value"], float) and UNIT.match(figure["unit"]), figure
    assert {d["id"] for d in gold["directions"]} <= DIRECTION_IDS
    for kind in TYPES:
        assert all(isinstance(fact.get("optional", False), bool) for fact in gold[kind])
    for kind, key in (("countries", ("iso2",)), ("dates", ("kind", "value", "end")),
                      ("figures", ("value", "unit", "subject")), ("directions", ("id",))):
        keys = [tuple(fact.get(k) for k in key) for fact in gold[kind]]
        assert len(keys) == len(set(keys)), f"{kind} listed twice in {path.name}"


@pytest.mark.skipif(not EVAL_TEXTS.is_dir(), reason="the held-out texts are not on this machine")
def test_every_held_out_text_has_an_annotation() -> None:
    annotated = {json.loads(p.read_text("utf-8"))["file"] for p in (GOLD / "eval").glob("*.gold.json")}
    assert annotated == {p.name for p in EVAL_TEXTS.glob("*.txt")}
