"""Texts and organisation annotations of the BSNLP shared task's Russian news in the form `pipeline eval`
reads.

The BSNLP shared task on multilingual named entity recognition (bsnlp.cs.helsinki.fi; the 2019 and 2021
data as kept in github.com/UL-FRI-Zitnik/BSNLP-2021-Shared-Task, `data/datasets/bsnlp/`) annotates news
articles on one topic each (Brexit, Nord Stream, Ryanair, Asia Bibi, ...) by document: every distinct
form a named entity is written in, once, with its base form, its type (PER, LOC, ORG, PRO, EVT) and a
cross-lingual identifier. Each identifier typed ORG in a document becomes one gold organisation; its
names are the forms as written and their base forms. A raw file opens with four lines (identifier,
language, date, address) before the title and the body; the text written out is the title and body.

Usage: python scripts/bsnlp_gold.py BSNLP_FOLDER OUT_FOLDER [TOPIC ...]
BSNLP_FOLDER holds one folder per topic with `raw/ru/*.txt` and `annotated/ru/*.out`; without TOPIC every
topic is read. Writes OUT_FOLDER/texts/TOPIC-NAME.txt and OUT_FOLDER/gold/TOPIC-NAME.gold.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER_LINES = 4  # identifier, language, date, address


def organisations(annotation: str) -> list[dict[str, list[str]]]:
    """The gold organisations of one document's annotation file (its first line is the document's id)."""
    by_id: dict[str, list[str]] = {}
    for line in annotation.splitlines()[1:]:
        fields = [f.strip().strip('"').strip() for f in line.split("\t")]
        if len(fields) < 4 or fields[2] != "ORG":
            continue
        by_id.setdefault(fields[3], []).extend(n for n in fields[:2] if n)
    return [{"names": list(dict.fromkeys(names))} for names in by_id.values() if names]


def text_of(raw: str) -> str:
    """The title and body of a raw file, without its header lines."""
    return "\n".join(raw.splitlines()[HEADER_LINES:]).strip() + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write(__doc__ or "")
        return 2
    source, out, topics = Path(argv[0]), Path(argv[1]), argv[2:]
    if not source.is_dir():
        sys.stderr.write(f"error: {source} is not a folder of BSNLP topics\n")
        return 2
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    count = 0
    for topic in sorted(p for p in source.iterdir() if p.is_dir() and (not topics or p.name in topics)):
        for annotated in sorted((topic / "annotated" / "ru").glob("*.out")):
            raw = topic / "raw" / "ru" / f"{annotated.stem}.txt"
            if not raw.exists():
                sys.stderr.write(f"{annotated}: no raw text {raw.name}; left out\n")
                continue
            name = f"{topic.name}-{annotated.stem.replace('.', '_')}"
            (out / "texts" / f"{name}.txt").write_text(text_of(raw.read_text("utf-8")), "utf-8")
            record = {"file": f"{name}.txt", "language": "ru",
                      "organisations": organisations(annotated.read_text("utf-8"))}
            (out / "gold" / f"{name}.gold.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
            count += 1
    print(f"{count} documents written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
