"""Write a parts annotation (`<pdf>.gold.json`) for each typeset journal PDF from the description it
was typeset from, in the form `python -m pipeline eval --parts` reads.

Usage: python scripts/journal_gold.py [tests/data/journal]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def annotation(pdf: str, article: dict, prints: list[str] | None = None) -> dict:
    """The parts the PDF shows; keywords only where the layout `prints` them (all when not given)."""
    lang = article["language"]
    langs = ["ru", "en"] if lang == "ru" else ["en"]
    gold = {
        "file": pdf,
        "language": lang,
        "titles": {k: article["titles"][k] for k in langs},
        "authors": [a["name"][lang] for a in article["authors"]],
        "affiliations": [a[lang] if isinstance(a, dict) else a for a in article["affiliations"]],
        "abstract_starts": {k: " ".join(article["abstract"][k].split()[:8]) for k in langs},
        "keywords": {k: article["keywords"][k] for k in langs},
        "identifiers": {"udc": article.get("udc"), "doi": article.get("doi"),
                        "issn": article["journal"].get("issn")},
        "references": len(article["references"]),
    }
    if prints is not None and "keywords" not in prints:
        del gold["keywords"]
    return gold


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "tests/data/journal"
    for sub in ("pdf", "cut"):  # the layouts, and the page-range cuts opening with the article before
        if not (folder / sub / "manifest.json").exists():
            continue
        for entry in json.loads((folder / sub / "manifest.json").read_text("utf-8")):
            article = json.loads((folder / entry["article"]).read_text("utf-8"))
            target = folder / sub / f"{entry['pdf']}.gold.json"
            target.write_text(json.dumps(annotation(entry["pdf"], article, entry.get("prints")), ensure_ascii=False, indent=1) + "\n", "utf-8")
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
