"""Score the organisations and legal acts of records made from journal PDFs against the lists their
parts annotations give (`organisations`, `legal_acts` in FILE.gold.json): precision, recall, F1.

Usage: python scripts/journal_facts.py OUT GOLD
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pipeline.evaluate import match


def _organisation(written: str | list[str]) -> dict:
    """An annotated name «Полное имя (ABBR)» or "Name (note)" as the name and its bracketed alias; a list of
    names as one organisation's names."""
    if isinstance(written, list):
        return {"names": written}
    m = re.match(r"(.*?)\s*\(([^()]*)\)\s*(.*)$", written)
    if not m:
        return {"name": written}
    return {"name": (m.group(1) + " " + m.group(3)).strip(), "aliases": [m.group(2)]}


def main(argv: list[str]) -> int:
    out, gold = Path(argv[1]), Path(argv[2])
    records = {}
    for path in out.glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and "schema_version" in data:
            records[data["source"]["name"]] = data
    totals = {"organisations": [0, 0, 0], "treaties": [0, 0, 0]}
    for path in sorted(gold.glob("*.gold.json")):
        annotation = json.loads(path.read_text("utf-8"))
        record = records.get(annotation["file"])
        if record is None:
            continue
        wanted = {"organisations": [_organisation(n) for n in annotation.get("organisations") or []],
                  "treaties": [{"title": t} for t in annotation.get("legal_acts") or []]}
        for kind, facts in wanted.items():
            m = match(kind, facts, record[kind])
            for k, v in enumerate((m["tp"], m["fp"], m["fn"])):
                totals[kind][k] += v
            if "-v" in argv and (m["false_positives"] or m["false_negatives"]):
                print(f"  {annotation['file']} {kind}: extra {m['false_positives'][:8]} missed {m['false_negatives'][:6]}")
    for kind, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:14} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp} fp {fp} fn {fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
