"""Scores of journal articles against annotations of their parts and of the facts of their body.

An annotation (`<file>.gold.json`) gives `titles` {language: title}, `authors` [names],
`abstract_starts` {language: the abstract's first words} and `keywords` {language: [keywords]}.
Each part of each article is one case, right or wrong; the score is the share of cases right. An
abstract is right when it starts with the annotated words, a run-in label of the abstract
("Background.", «Цель:») on either side left aside.

It may also list, as plain names, the `organisations`, `countries` and `legal_acts` that the title,
abstracts and body name (not the apparatus): `evaluate.score_parts` scores these as the record's
facts are.
"""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

PARTS = ("title", "abstract", "keywords", "authors")
_RUN_IN = re.compile(r"^\w+(?:\s\w+){0,2}\s*[.:]\s+")  # "Background. ", «Цель исследования: »


def plain(text: str) -> str:
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
    return (plain(surname), plain(others[0])[:1] if others else "")


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
        out["title"] = SequenceMatcher(None, plain(found), plain(titles[main])).ratio() >= 0.9
    for lang, start in (gold.get("abstract_starts") or {}).items():
        if start:
            found = record.get("abstract", {}).get(lang, "")
            out[f"abstract:{lang}"] = any(plain(f).startswith(plain(g)[:40]) and plain(g)
                                          for f in (found, _RUN_IN.sub("", found)) if f
                                          for g in (start, _RUN_IN.sub("", start)))
    for lang, words in (gold.get("keywords") or {}).items():
        if words:
            found = {plain(w) for w in record.get("keywords", {}).get(lang, [])}
            out[f"keywords:{lang}"] = _f1({plain(w) for w in words}, found) >= 0.8
    names = gold.get("authors") or []
    if names:
        found = {_name_key(a["name"]) for a in record.get("authors", [])}
        out["authors"] = _f1({_name_key(n) for n in names}, found) >= 0.8
    return out


def records_by_name(out: Path) -> dict[str, dict[str, Any]]:
    """Every article record under `out` by its source file's name."""
    records = {}
    for path in out.rglob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and "schema_version" in data:
            records[data["source"]["name"]] = data
    return records


def read_annotations(gold: Path) -> list[dict[str, Any]]:
    return [json.loads(path.read_text("utf-8")) for path in sorted(gold.glob("*.gold.json"))]


def score(out: Path, gold: Path) -> dict[str, Any]:
    """Share of parts right over every annotated article whose record is in `out`."""
    return score_read(records_by_name(out), read_annotations(gold))


def score_read(records: dict[str, dict[str, Any]], annotations: list[dict[str, Any]]) -> dict[str, Any]:
    """`score` of records (by source file name) and annotations already read."""
    per_part: dict[str, list[bool]] = {part: [] for part in PARTS}
    articles = []
    for annotation in annotations:
        record = records.get(annotation["file"])
        if record is None:
            continue
        result = cases(record, annotation)
        articles.append({"file": annotation["file"], "cases": result, "facts": {}})
        for name, right in result.items():
            per_part[name.split(":")[0]].append(right)
    every = [right for values in per_part.values() for right in values]
    return {
        "facts": {},
        "facts_macro_f1": None,
        "articles": articles,
        "parts": {part: (sum(v) / len(v) if v else None, len(v)) for part, v in per_part.items()},
        "overall": sum(every) / len(every) if every else None,
        "cases": len(every),
    }


def table(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"{'part':10} {'right':>6} {'cases':>6}"]
    for part, (share, n) in result["parts"].items():
        lines.append(f"{part:10} {'-' if share is None else f'{share:.2f}':>6} {n:>6}")
    overall = result["overall"]
    lines.append(f"{'overall':10} {'-' if overall is None else f'{overall:.2f}':>6} {result['cases']:>6}")
    for article in result["articles"]:
        wrong = [name for name, right in article["cases"].items() if not right]
        if wrong:
            lines.append(f"  {article['file']}: wrong {', '.join(wrong)}")
    if result.get("facts"):
        lines.append(f"\n{'facts':14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'docs':>5}")
        for kind, t in result["facts"].items():
            lines.append(f"{kind:14} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f} "
                         f"{t['tp']:>5} {t['fp']:>5} {t['fn']:>5} {t['documents']:>5}")
        lines.append(f"{'macro F1':14} {result['facts_macro_f1']:>20.3f}")
    if verbose:
        for article in result["articles"]:
            for kind, found in article["facts"].items():
                for side, key in (("false +", "false_positives"), ("false -", "false_negatives")):
                    if found[key]:
                        lines.append(f"  {article['file']} {kind} {side}: {'; '.join(found[key])}")
    return "\n".join(lines)
