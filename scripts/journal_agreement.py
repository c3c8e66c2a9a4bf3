"""How far the facts read from each typeset journal PDF agree with those read from the plain text
of the same article (scripts/journal_plain.py): F1 per fact type over the fourteen PDFs, the plain
text's facts standing as the annotation.

Usage: python scripts/journal_agreement.py PLAIN_OUT PDF_OUT [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.evaluate import match
from pipeline.facts.registry import FACT_TYPES

MANIFEST = Path(__file__).resolve().parent.parent / "tests/data/journal/pdf/manifest.json"


def main(argv: list[str]) -> int:
    plain, pdfs = Path(argv[1]), Path(argv[2])
    totals = {t.key: [0, 0, 0] for t in FACT_TYPES}
    for entry in json.loads(MANIFEST.read_text("utf-8")):
        text = json.loads((plain / f"{entry['article'][:-5]}.txt.json").read_text("utf-8"))
        pdf = json.loads((pdfs / f"{entry['pdf']}.json").read_text("utf-8"))
        for kind in totals:
            m = match(kind, text[kind], pdf[kind])
            for k, v in enumerate((m["tp"], m["fp"], m["fn"])):
                totals[kind][k] += v
            if "-v" in argv and (m["false_positives"] or m["false_negatives"]):
                print(f"  {entry['pdf']} {kind}: only in the PDF {m['false_positives'][:5]}, "
                      f"only in the text {m['false_negatives'][:5]}")
    scores = []
    for kind, (tp, fp, fn) in totals.items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        scores.append(f1)
        print(f"{kind:14} F1 {f1:.3f}  same {tp}, only in the PDF {fp}, only in the text {fn}")
    print(f"{'macro':14} F1 {sum(scores) / len(scores):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
