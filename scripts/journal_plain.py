"""Write each journal-layout article description as the plain text a TXT file would hold: titles,
abstracts and keywords with their labels, then the body's headings, paragraphs and tables (tab
separated), without footnotes and without the apparatus. The pipeline's reading of a typeset PDF is
compared with its reading of this text.

Usage: python scripts/journal_plain.py OUTDIR [tests/data/journal]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from typeset_journal import plain_text  # noqa: E402

LABELS = {"ru": ("Аннотация.", "Ключевые слова:"), "en": ("Abstract.", "Keywords:")}


def plain(article: dict[str, Any]) -> str:
    """The article as plain text, the main language's block first."""
    langs = ["ru", "en"] if article["language"] == "ru" else ["en"]
    parts: list[str] = []
    for lang in langs:
        abstract, keywords = LABELS[lang]
        parts += [article["titles"][lang], f"{abstract} {article['abstract'][lang]}",
                  f"{keywords} {', '.join(article['keywords'][lang])}"]
    for section in article["body"]:
        parts.append(section["heading"])
        for paragraph in section["paragraphs"]:
            if isinstance(paragraph, str):
                parts.append(plain_text(paragraph))
                continue
            table = paragraph["table"]
            rows = ["\t".join(table["header"]), *("\t".join(row) for row in table["rows"])]
            parts += [table["caption"], "\n".join(rows)] + ([table["note"]] if table.get("note") else [])
    return "\n\n".join(" ".join(p.split()) if "\t" not in p else p for p in parts) + "\n"


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    folder = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent / "tests/data/journal"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text("utf-8"))
        (out / f"{path.stem}.txt").write_text(plain(article), "utf-8")
        print(out / f"{path.stem}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
