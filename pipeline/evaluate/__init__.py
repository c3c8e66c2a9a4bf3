"""Scores of article records against hand-made annotations: precision, recall and F1 per fact type.

Matching is per document and one-to-one: every (gold, prediction) pair that matches gets a score,
the best pairs are taken first, and each fact is used at most once. A prediction left over is a
false positive (also when it repeats an already matched fact), a gold fact left over a false
negative. Gold facts marked `"optional": true` are neither rewarded nor punished: a prediction
matched to one is not counted at all. A fact type missing from a gold file is not scored there.

Rules per type:
- organisations: any predicted name (`name`, `name_en`, `abbreviation`, `aliases`) equals any gold
  name after normalising case, quotes, dashes, spaces and «ё», and a Russian word's case ending
  (annotators copy a name in the case the text gives it, «министерства здравоохранения», records
  give it in the nominative);
- countries: `iso2`; dates: (`kind`, `value`, `end`); directions: `id`;
- figures: the same unit and a value within 0.5 % of the gold value; the gold unit `items` (a count
  of things with no unit of measure: «8 соглашений», "17 standards") is met by a quantity counted
  in a noun of its own, any unit that is not one of units.tsv's;
- treaties: the content-word stems of a gold title (or alias) and of a predicted title (or alias)
  overlap by at least 0.8 of the smaller set (a one-stem title must be equal), and the years agree
  when both are given. 0.8 rather than a looser 0.6 because titles in this field often differ by
  one telling word: «Treaty on the Eurasian Economic Union» and «... Community» share 3 of 4 stems. A stem is the lower-cased word with a Russian ending cut, then its first
  five letters; prepositions, conjunctions, articles, «год» and years are left out. Annotators differ
  on the provisions of an act («ст. 158 УК РФ», "Article 228 of the Criminal Code"): some list them as
  acts, others only the act. A predicted provision (`part_of` set) left over is no false positive when
  the act it belongs to is matched: it is a finer reading of a listed act, not a wrong one; nor is an
  act left over whose provision is matched (the listed provision read as a whole act too);
- a fact type without a rule of its own: every field the gold fact gives (but `optional`) equals the
  predicted one, strings after normalising.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..facts.registry import FACT_TYPES

TYPES = tuple(t.key for t in FACT_TYPES if t.scored)
TITLE_OVERLAP = 0.8
FIGURE_TOLERANCE = 0.005

_QUOTES = str.maketrans({c: '"' for c in "«»„“”‟″'’‘`"} | {c: "-" for c in "‐‑‒–—―"})
_WORD = re.compile(r"[^\W_]+", re.U)
_RUSSIAN_WORD = re.compile(r"[а-я]{4,}")
_STOP = frozenset(
    "о об обо по между на в во и с со для до от к а или при из за the of on and a an between for to in "
    "at by with its их год года году г гг".split()
)
_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ах ях ую юю ая яя ое ее ые ие ый ий ов ев а я о е у ю ы и ь й"
    .split(),
    key=len,
    reverse=True,
)
_PREFIX_HYPHEN = re.compile(r"\b([^\W\d_]{1,3})-(?=[^\W\d_])")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


class EvaluationError(Exception):
    """The records or the annotations cannot be used: the message names the file."""


def normalise(name: str) -> str:
    """A name for comparison: lower case, one kind of quote and dash, single spaces, е for ё."""
    text = name.translate(_QUOTES).lower().replace("ё", "е")
    return " ".join(text.split())


def stems(title: str) -> frozenset[str]:
    """The content-word stems of a title."""
    out = set()
    for word in _WORD.findall(_PREFIX_HYPHEN.sub(r"\1", normalise(title))):
        if word in _STOP or _YEAR.match(word):
            continue
        out.add(_without_ending(word)[:5])
    return frozenset(out)


def _without_ending(word: str) -> str:
    """A lower-cased Russian word of more than three letters without its case ending; others as they are."""
    if re.search("[а-я]", word) and len(word) > 3:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
    return word


def _undeclined(name: str) -> str:
    """A name compared without its quotes and its Russian words' case endings."""
    return _RUSSIAN_WORD.sub(lambda m: _without_ending(m.group()), _unquoted(name))


def _title_similarity(a: str, b: str) -> float:
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    smaller = min(len(sa), len(sb))
    if smaller == 1 and sa != sb:
        return 0.0
    overlap = shared / smaller
    return overlap + shared / len(sa | sb) / 10 if overlap >= TITLE_OVERLAP else 0.0


def _names(fact: dict[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = fact.get(key)
        if isinstance(value, str) and value.strip():
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str) and v.strip())
    return out


def _match_organisation(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    wanted = _names(gold, "names", "name", "abbreviation", "aliases")
    given = _names(pred, "name", "name_en", "abbreviation", "aliases")
    for form in (_unquoted, _undeclined):
        if {form(n) for n in wanted} & {form(n) for n in given}:
            return 1.0
    return 0.0


def _unquoted(name: str) -> str:
    """A name compared without its quotes, which annotators print or leave out («РИА «Новости»», "РИА Новости")."""
    return " ".join(normalise(name).replace('"', " ").split())


def _match_country(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    return 1.0 if str(gold.get("iso2", "")).upper() == str(pred.get("iso2", "")).upper() != "" else 0.0


def _match_treaty(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    gy, py = gold.get("year"), pred.get("year")
    if gy is not None and py is not None and int(gy) != int(py):
        return 0.0
    return max(
        (_title_similarity(g, p) for g in _names(gold, "title", "aliases") for p in _names(pred, "title", "aliases")),
        default=0.0,
    )


def _match_date(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    same = all(gold.get(k) == pred.get(k) for k in ("kind", "value")) and gold.get("end") == pred.get("end")
    return 1.0 if same else 0.0


def _match_figure(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    unit_g, unit_p = (gold.get("unit") or "").lower(), (pred.get("unit") or "").lower()
    counted = unit_g == "items" and pred.get("kind") == "quantity" and unit_p and unit_p not in _measures()
    if unit_g != unit_p and not counted:
        return 0.0
    try:
        g, p = float(gold["value"]), float(pred["value"])
    except (KeyError, TypeError, ValueError):
        return 0.0
    error = abs(p - g) / abs(g) if g else abs(p)
    return 1.0 - error if error <= FIGURE_TOLERANCE else 0.0


def _measures() -> frozenset[str]:
    """The units of units.tsv (t, km, companies, ...), in lower case."""
    from ..lexicon.vocabulary import units

    return frozenset(unit.lower() for _, unit, _ in units())


def _match_direction(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    return 1.0 if gold.get("id") == pred.get("id") else 0.0


def _match_fields(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    given = {k: v for k, v in gold.items() if k != "optional"}
    return 1.0 if given and all(_same(v, pred.get(k)) for k, v in given.items()) else 0.0


def _same(a: Any, b: Any) -> bool:
    return normalise(a) == normalise(b) if isinstance(a, str) and isinstance(b, str) else a == b


MATCHERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], float]] = {
    "organisations": _match_organisation,
    "countries": _match_country,
    "treaties": _match_treaty,
    "dates": _match_date,
    "figures": _match_figure,
    "directions": _match_direction,
}


def label(kind: str, fact: dict[str, Any]) -> str:
    """A short readable form of a fact, for lists of errors."""
    if kind == "organisations":
        return (_names(fact, "names", "name") or ["?"])[0]
    if kind == "countries":
        return str(fact.get("iso2"))
    if kind == "treaties":
        return f"{fact.get('title')} ({fact.get('year')})" if fact.get("year") else str(fact.get("title"))
    if kind == "dates":
        end = f"..{fact['end']}" if fact.get("end") else ""
        return f"{fact.get('kind')} {fact.get('value')}{end}"
    if kind == "figures":
        return f"{fact.get('value')} {fact.get('unit')}" + (f" «{fact['text']}»" if fact.get("text") else "")
    return str(fact.get("id"))


def match(kind: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """One document, one fact type: counts and the unmatched facts."""
    scorer = MATCHERS.get(kind, _match_fields)
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            score = scorer(g, p)
            if score > 0:
                pairs.append((-score, bool(g.get("optional")), i, j))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    tp = 0
    for _, optional, i, j in pairs:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        tp += not optional
    matched = {predicted[j].get("id") for j in used_pred} - {None}
    wholes = {predicted[j].get("part_of") for j in used_pred} - {None}  # the acts of matched provisions
    fps = [label(kind, p) for j, p in enumerate(predicted)
           if j not in used_pred and p.get("part_of") not in matched and p.get("id") not in wholes]
    fns = [label(kind, g) for i, g in enumerate(gold) if i not in used_gold and not g.get("optional")]
    return {"tp": tp, "fp": len(fps), "fn": len(fns), "false_positives": fps, "false_negatives": fns}


def _ratios(tp: int, fp: int, fn: int) -> dict[str, float]:
    if tp + fp + fn == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _stem(name: str) -> str:
    name = Path(name).name
    if name.endswith(".gold.json"):
        return name[: -len(".gold.json")]
    return Path(name).stem


def score(records: list[dict[str, Any]], golds: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged scores per fact type over every (record, gold) pair, with per-document rows.

    A record is paired with a gold annotation when its `source.name` without the suffix equals the
    gold's `name` (the gold file name without `.gold.json`, set by `load_golds`) or, failing that,
    its `file` without the suffix.
    """
    by_name: dict[str, list[dict[str, Any]]] = {}
    for gold in golds:
        by_name.setdefault(_stem(gold.get("name") or gold.get("file") or ""), []).append(gold)
    totals = {kind: {"tp": 0, "fp": 0, "fn": 0, "documents": 0} for kind in TYPES}
    documents = []
    paired_golds: set[int] = set()
    unpaired_records = []
    for record in records:
        name = (record.get("source") or {}).get("name") or ""
        matches = by_name.get(_stem(name), [])
        if not matches:
            unpaired_records.append(name)
        for gold in matches:
            paired_golds.add(id(gold))
            row: dict[str, Any] = {"record": name, "gold": _stem(gold.get("name") or gold.get("file") or ""),
                                   "types": {}}
            for kind in TYPES:
                if kind not in gold:
                    continue
                result = match(kind, list(gold[kind] or []), list(record.get(kind) or []))
                result.update(_ratios(result["tp"], result["fp"], result["fn"]))
                row["types"][kind] = result
                total = totals[kind]
                for key in ("tp", "fp", "fn"):
                    total[key] += result[key]
                total["documents"] += 1
            documents.append(row)
    types = {kind: {**t, **_ratios(t["tp"], t["fp"], t["fn"])} for kind, t in totals.items()}
    overall = {key: sum(t[key] for t in totals.values()) for key in ("tp", "fp", "fn")}
    return {
        "types": types,
        "overall": {**overall, **_ratios(overall["tp"], overall["fp"], overall["fn"]), "documents": len(documents)},
        "documents": documents,
        "unpaired_records": unpaired_records,
        "unpaired_golds": [_stem(g.get("name") or g.get("file") or "") for g in golds if id(g) not in paired_golds],
    }


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read as JSON ({exc})") from exc


def load_records(out: Path) -> list[dict[str, Any]]:
    """Every article record (a JSON object with `schema_version`) under `out`, recursively."""
    if not out.is_dir():
        raise EvaluationError(f"{out}: not a folder of records")
    records = []
    for path in sorted(out.rglob("*.json")):
        if path.name.endswith(".gold.json"):
            continue
        data = _read_json(path)
        if isinstance(data, dict) and "schema_version" in data:
            records.append(data)
    if not records:
        raise EvaluationError(f"{out}: no article records (*.json with a schema_version) found")
    return records


def load_golds(gold: Path) -> list[dict[str, Any]]:
    """Every annotation `*.gold.json` directly in `gold`, each with its `name` set from the file name."""
    if not gold.is_dir():
        raise EvaluationError(f"{gold}: not a folder of annotations")
    golds = []
    for path in sorted(gold.glob("*.gold.json")):
        data = _read_json(path)
        if not isinstance(data, dict):
            raise EvaluationError(f"{path}: expected a JSON object, found {type(data).__name__}")
        for kind in TYPES:
            if kind in data and not isinstance(data[kind], list):
                raise EvaluationError(f"{path}: {kind!r} should be a list, found {type(data[kind]).__name__}")
        golds.append({**data, "name": _stem(path.name)})
    if not golds:
        raise EvaluationError(f"{gold}: no annotations (*.gold.json) found")
    return golds


def _listed_facts(annotation: dict[str, Any], codes: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """A parts annotation's plain names as gold facts of the record's kinds (an organisation is a name
    or a list of its names; its `legal_acts` are the record's `treaties`; a country is its ISO code,
    found in `codes` by any name of countries.tsv, named in the text or only in its tables; a direction
    is its id, where the annotation gives the article's directions at all)."""
    from .structure import plain

    out: dict[str, list[dict[str, Any]]] = {}
    if annotation.get("organisations") is not None:
        out["organisations"] = [{"names": [*names, *map(bare_name, names)]}
                                for names in ([n] if isinstance(n, str) else n for n in annotation["organisations"])]
    if annotation.get("legal_acts") is not None:
        out["treaties"] = [{"title": n} for n in annotation["legal_acts"]]
    if annotation.get("directions") is not None:  # ids, or {"id", "optional"} where annotators could differ
        out["directions"] = [{"id": d} if isinstance(d, str) else {"id": d.get("id"), "optional": bool(d.get("optional"))}
                             for d in annotation["directions"]]
    if annotation.get("countries") is not None:
        named = [*annotation["countries"], *(annotation.get("countries_in_tables") or [])]
        # a country the text and its tables both name is one fact
        out["countries"] = [{"iso2": code} for code in dict.fromkeys(codes.get(plain(n), n) for n in named)]
    return out


_LEGAL_FORM = re.compile(r"^(?:ОАО|ЗАО|ПАО|АО|ООО|ФГУП|ФГБУ|ФГБОУ|ГУП|МУП|НАО|JSC|PJSC|LLC|Ltd|The)\s+"
                         r"|,?\s+(?:Inc|Corp|Co|Ltd|LLC|LLP|plc|PLC|AG|GmbH|S\.A|N\.V|B\.V)\.?$")
_OF_THE_COUNTRY = re.compile(r"\s+(?:РФ|России|Российской Федерации|of Russia|of the Russian Federation)$")


def bare_name(name: str) -> str:
    """A name without its legal form, its article, quotes and the country it belongs to («ОАО «Радий»»,
    «АО Радий», "The World Bank", "Nike, Inc.", «Министерство образования и науки РФ» and «... науки»), as annotators
    and records write them apart."""
    bare = _OF_THE_COUNTRY.sub("", _LEGAL_FORM.sub("", name.strip())).strip()
    return " ".join(re.sub(r"[«»\"“”„]", " ", bare).split())


def score_parts(out: Path, gold: Path) -> dict[str, Any]:
    """The parts of journal articles right (`structure.score`), and the facts their annotations list
    scored as the record's are: per type over all articles, and their macro F1. An annotation that keeps
    what only the footnotes name apart (`in_footnotes_only`) is scored against the record's facts; one
    that lists it with the rest, against those and the record's `noted` together."""
    from ..facts.countries import load_countries
    from .structure import plain, read_annotations, records_by_name, score_read

    records, annotations = records_by_name(out), read_annotations(gold)
    result = score_read(records, annotations)
    codes = {plain(name): entry.iso2 for entry in load_countries().values() for name in (entry.ru, entry.en, *entry.aliases)}
    per_article = {a["file"]: a for a in result["articles"]}
    totals: dict[str, dict[str, int]] = {}
    for annotation in annotations:
        record = records.get(annotation["file"])
        if record is None:
            continue
        for kind, facts in _listed_facts(annotation, codes).items():
            predicted = list(record.get(kind) or [])
            if "in_footnotes_only" not in annotation:  # an annotation that lists what only the notes name with the rest
                predicted += (record.get("noted") or {}).get(kind) or []
            if kind == "organisations":
                predicted = [{**p, "aliases": [*(p.get("aliases") or []), *(bare_name(n) for n in _names(p, "name", "name_en"))]}
                             for p in predicted]
            found = match(kind, facts, predicted)
            per_article[annotation["file"]]["facts"][kind] = {k: found[k] for k in ("false_positives", "false_negatives")}
            total = totals.setdefault(kind, {"tp": 0, "fp": 0, "fn": 0, "documents": 0})
            for key in ("tp", "fp", "fn"):
                total[key] += found[key]
            total["documents"] += 1
    result["facts"] = {kind: {**t, **_ratios(t["tp"], t["fp"], t["fn"])} for kind, t in totals.items()}
    scored = result["facts"].values()
    result["facts_macro_f1"] = sum(t["f1"] for t in scored) / len(scored) if scored else None
    return result


def table(result: dict[str, Any], verbose: bool = False, examples: int = 5) -> str:
    """The scores as a plain-text table, with a few errors per type when `verbose`."""
    lines = [f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'docs':>5}"]
    rows = [*result["types"].items(), ("overall", result["overall"])]
    for kind, t in rows:
        if not t["documents"]:
            lines.append(f"{kind:<14} {'-':>6} {'-':>6} {'-':>6} {'-':>5} {'-':>5} {'-':>5} {0:>5}")
            continue
        lines.append(f"{kind:<14} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f} "
                     f"{t['tp']:>5} {t['fp']:>5} {t['fn']:>5} {t['documents']:>5}")
    if verbose:
        for kind in TYPES:
            for side, key in (("false positives", "false_positives"), ("false negatives", "false_negatives")):
                seen = [f"{d['record']}: {x}" for d in result["documents"] for x in d["types"].get(kind, {}).get(key, [])]
                if seen:
                    lines.append(f"\n{kind}, {side} ({len(seen)}):")
                    lines.extend(f"  {x}" for x in seen[:examples])
    for key, what in (("unpaired_records", "records without annotation"), ("unpaired_golds", "annotations without record")):
        if result[key]:
            lines.append(f"\n{what}: {', '.join(result[key])}")
    return "\n".join(lines)


def main(out: Path, gold: Path, as_json: bool = False, verbose: bool = False, parts: bool = False) -> int:
    """`python -m pipeline eval OUT GOLD`: print the scores; 0 unless the input is unusable."""
    if parts:
        from .structure import table as parts_table

        found = score_parts(Path(out), Path(gold))
        if not found["cases"]:
            print(f"error: no record in {out} matches a parts annotation in {gold}", file=sys.stderr)
            return 2
        print(json.dumps(found, ensure_ascii=False, indent=2) if as_json else parts_table(found, verbose=verbose))
        return 0
    try:
        records = load_records(Path(out))
        golds = load_golds(Path(gold))
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score(records, golds)
    if not result["documents"]:
        print(f"error: no record in {out} matches an annotation in {gold} (records are paired with "
              "NAME.gold.json by their source file name without its suffix)", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(table(result, verbose=verbose))
    return 0
