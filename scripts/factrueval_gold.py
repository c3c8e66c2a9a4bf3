"""Texts and organisation annotations of factRuEval-2016 in the form `pipeline eval` reads.

factRuEval-2016 (github.com/dialogue-evaluation/factRuEval-2016, MIT licence) is a Russian news
and essay corpus annotated by the organisers of the Dialogue evaluation: mentions of persons,
locations and organisations (`*.objects`), and the entities they refer to with normalised names
(`*.coref`). Each entity whose mentions are all of type Org becomes one gold organisation; its
names are the normalised `name` values (with the `descriptor` before them, «журнал Театр и
искусство», as another wording) and the mentions as written. LocOrg entities (a country or a city
acting as a body: «Россия заявила») are places to this pipeline and are left out.

The corpus marks no legal acts. For a split whose acts were annotated by hand here
(tests/data/factrueval_acts/<split>.jsonl, see the README there), each document's gold also lists
them, so that legal acts are scored on news texts too.

Usage: python scripts/factrueval_gold.py FACTRUEVAL_FOLDER/testset OUT_FOLDER
Writes OUT_FOLDER/texts/NAME.txt and OUT_FOLDER/gold/NAME.gold.json for every document.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _objects(path: Path) -> dict[str, tuple[str, str]]:
    """Object id -> (type, the mention as written)."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        head, _, written = line.partition(" # ")
        fields = head.split()
        if len(fields) >= 2:
            out[fields[0]] = (fields[1], written.strip())
    return out


def _entities(path: Path) -> list[tuple[list[str], dict[str, list[str]]]]:
    """(object ids, attributes) of each entity of a coreference file."""
    out = []
    for block in path.read_text("utf-8").split("\n\n"):
        lines = [x for x in block.splitlines() if x.strip()]
        if not lines:
            continue
        ids = lines[0].split()[1:]
        attributes: dict[str, list[str]] = {}
        for line in lines[1:]:
            key, _, value = line.strip().partition(" ")
            attributes.setdefault(key, []).append(value.strip())
        out.append((ids, attributes))
    return out


def _object_spans(path: Path) -> dict[str, tuple[int, int]]:
    """Span id -> (start, end) in the text, from a `*.spans` file (id, type, start, length, ...)."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[2].isdigit() and fields[3].isdigit():
            out[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
    return out


def _unlinked(folder: Path, name: str, objects: dict[str, tuple[str, str]], linked: set[str]) -> list[str]:
    """The organisation mentions no entity of the coreference file takes in, each as the text writes it
    (the objects file lists a mention's words out of order: «Японии Правительство»)."""
    spans = _object_spans(folder / f"{name}.spans")
    text = (folder / f"{name}.txt").read_text("utf-8")
    out = []
    for line in (folder / f"{name}.objects").read_text("utf-8").splitlines():
        fields = line.partition(" # ")[0].split()
        if len(fields) >= 3 and fields[1] == "Org" and fields[0] not in linked:
            at = [spans[i] for i in fields[2:] if i in spans]
            if at:
                out.append(" ".join(text[min(s for s, _ in at):max(e for _, e in at)].split()))
    return out


def organisations(folder: Path, name: str) -> list[dict[str, list[str]]]:
    """The gold organisations of one document: the entities of the coreference file whose mentions are
    all organisations, and each organisation mention no entity takes in as one of its own."""
    objects = _objects(folder / f"{name}.objects")
    gold = []
    entities = _entities(folder / f"{name}.coref")
    gold += [{"names": [n]} for n in dict.fromkeys(_unlinked(folder, name, objects, {i for ids, _ in entities for i in ids}))]
    for ids, attributes in entities:
        kinds = {objects[i][0] for i in ids if i in objects}
        if kinds != {"Org"}:
            continue
        names = list(attributes.get("name", []))
        names += [f"{d} {n}" for d in attributes.get("descriptor", []) for n in attributes.get("name", [])]
        names += [objects[i][1] for i in ids if i in objects]
        unique = list(dict.fromkeys(n for n in names if n))
        if unique:
            gold.append({"names": unique})
    return gold


ACTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "factrueval_acts"


def legal_acts(split: str, folder: Path = ACTS) -> dict[str, list[dict[str, object]]]:
    """File name -> its gold legal acts, where the split's acts were annotated; else empty."""
    path = folder / f"{split}.jsonl"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["file"]] = [{"title": a["title"], "aliases": a.get("aliases", []), "optional": bool(a.get("optional"))}
                                for a in row["legal_acts"]]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write(__doc__ or "")
        return 2
    source, out = Path(argv[0]), Path(argv[1])
    if not source.is_dir():
        sys.stderr.write(f"error: {source} is not a folder of factRuEval-2016 documents\n")
        return 2
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    count = 0
    acts = legal_acts(source.name)
    for text in sorted(source.glob("*.txt")):
        if not (source / f"{text.stem}.coref").exists():
            continue
        (out / "texts" / text.name).write_text(text.read_text("utf-8"), "utf-8")
        record: dict[str, object] = {"file": text.name, "language": "ru", "organisations": organisations(source, text.stem)}
        if acts:
            record["treaties"] = acts.get(text.name, [])
        (out / "gold" / f"{text.stem}.gold.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
        count += 1
    print(f"{count} documents written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
