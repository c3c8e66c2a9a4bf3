"""Scores of the parts of journal articles against annotations: title, abstracts, keywords, authors.

An annotation (`<file>.gold.json`) gives `titles` {language: title}, `authors` [names],
`abstract_starts` {language: the abstract's first words} and `keywords` {language: [keywords]}.
Each part of each article is one case, right or wrong; the score is the share of cases right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

PARTS = ("title", "abstract", "keywords", "authors")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("й", "\0").replace("Й", "\1"))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\0", "й").replace("\1", "Й")
    text = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _name_key(name: str) -> tuple[str, str]:
    """A person as (surname, first initial), however the name is printed."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    full = [w for w in words if len(w) > 1]
    if not full:
        return ("", "")
    surname = full[-1] if len(full) >= 2 and len(full[-1]) > 1 and not re.search(r"(вич|вна|ична)$", full[-1]) \
        else full[0]
    if len(full) == 3 and re.search(r"(вич|вна|ична)$", full[1]):
        surname = full[2]  # «Анна Сергеевна Петрова»
    elif len(full) == 3 and re.search(r"(вич|вна|ична)$", full[2]):
        surname = full[0]  # «Петрова Анна Сергеевна»
    others = [w for w in words if w != surname]
    return (_plain(surname), _plain(others[0])[:1] if others else "")


def _f1(gold: set[Any], found: set[Any]) -> float:
    if not gold and not found:
        return 1.0
    hits = len(gold & found)
    return 0.0 if not hits else 2 * hits / (len(gold) + len(found))


def cases(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """Each annotated part of one article: right or wrong."""
    out: dict[str, bool] = {}
    main = gold.get("language") or record.get("language") or "ru"
    titles = gold.get("titles") or {}
    if titles.get(main):
        found = record.get("titles", {}).get(main) or record.get("title") or ""
        out["title"] = SequenceMatcher(None, _plain(found), _plain(titles[main])).ratio() >= 0.9
    for lang, start in (gold.get("abstract_starts") or {}).items():
        if start:
            found = _plain(record.get("abstract", {}).get(lang, ""))
            out[f"abstract:{lang}"] = bool(found) and found.startswith(_plain(start)[:40])
    for lang, words in (gold.get("keywords") or {}).items():
        if words:
            found = {_plain(w) for w in record.get("keywords", {}).get(lang, [])}
            out[f"keywords:{lang}"] = _f1({_plain(w) for w in words}, found) >= 0.8
    names = gold.get("authors") or []
    if names:
        found = {_name_key(a["name"]) for a in record.get("authors", [])}
        out["authors"] = _f1({_name_key(n) for n in names}, found) >= 0.8
    return out


def score(out: Path, gold: Path) -> dict[str, Any]:
    """Share of parts right over every annotated article whose record is in `out`."""
    records = {}
    for path in out.rglob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and "schema_version" in data:
            records[data["source"]["name"]] = data
    per_part: dict[str, list[bool]] = {part: [] for part in PARTS}
    articles = []
    for path in sorted(gold.glob("*.gold.json")):
        annotation = json.loads(path.read_text("utf-8"))
        record = records.get(annotation["file"])
        if record is None:
            continue
        result = cases(record, annotation)
        articles.append({"file": annotation["file"], "cases": result})
        for name, right in result.items():
            per_part[name.split(":")[0]].append(right)
    every = [right for values in per_part.values() for right in values]
    return {
        "articles": articles,
        "parts": {part: (sum(v) / len(v) if v else None, len(v)) for part, v in per_part.items()},
        "overall": sum(every) / len(every) if every else None,
        "cases": len(every),
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'part':10} {'right':>6} {'cases':>6}"]
    for part, (share, n) in result["parts"].items():
        lines.append(f"{part:10} {'-' if share is None else f'{share:.2f}':>6} {n:>6}")
    overall = result["overall"]
    lines.append(f"{'overall':10} {'-' if overall is None else f'{overall:.2f}':>6} {result['cases']:>6}")
    for article in result["articles"]:
        wrong = [name for name, right in article["cases"].items() if not right]
        if wrong:
            lines.append(f"  {article['file']}: wrong {', '.join(wrong)}")
    return "\n".join(lines)
