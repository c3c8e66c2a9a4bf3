"""Write the Russian customs news texts that tests/data/customs_news annotates, from a clone of
mannefedov/ru_kw_eval_datasets (its data/*.jsonlines.zip), as `make eval` reads them:

    python scripts/customs_news.py CLONE OUT    ->  OUT/customs_unseen/texts/*.txt, OUT/customs_unseen2/texts/*.txt,
                                                    OUT/customs_unseen3/texts/*.txt, OUT/customs_unseen4/texts/*.txt,
                                                    OUT/customs_unseen5/texts/*.txt, OUT/customs_unseen6/texts/*.txt

Each text is the record's title, a blank line, its lead when it has one and a blank line, then its body, with
line ends made plain and the body's trailing blanks cut."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

RECORDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "customs_news" / "records.tsv"
FOLDERS = {"news1": "customs_unseen", "news2": "customs_unseen2", "news3": "customs_unseen3",
           "news4": "customs_unseen4", "news5": "customs_unseen5",
           "news6": "customs_unseen6"}  # (where `make eval` looks, under CUSTOMS_NEWS)


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _lines(clone: Path, name: str) -> list[str]:
    with zipfile.ZipFile(clone / "data" / f"{name}.jsonlines.zip") as archive:
        inner = next(n for n in archive.namelist() if n.endswith(".jsonlines"))
        return archive.read(inner).decode("utf-8").split("\n")  # (not splitlines: a record may hold U+2028)


def main(clone: Path, out: Path) -> None:
    cache: dict[str, list[str]] = {}
    for row in RECORDS.read_text("utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        group, stem, name, index = row.split("\t")
        record = json.loads(cache.setdefault(name, _lines(clone, name))[int(index)])
        parts = [_plain(record["title"]).strip()]
        if lead := _plain(record.get("summary") or "").strip():
            parts.append(lead)
        parts.append(_plain(record["content"]).rstrip() + "\n")
        target = out / FOLDERS[group] / "texts" / f"{stem}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n\n".join(parts), "utf-8")
        print(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
