"""The cues of the directions of cooperation (`data/directions.jsonl`): lemma sequences compiled once, and where
they match in a piece of the text. The directions weigh the matches by where they stand (`directions`); the relevance
counts a sentence that names a measure of cooperation by one (`relevance`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import load_jsonl
from ..errors import DataFileError
from ..intervals import Ranges
from ..nlp.lang import fold
from ..record import Token
from .enumerations import Unit

DATA = "directions.jsonl"
BODY = "{body}"  # a cue's step that any word of a body states cooperate in takes ("accession to | the WTO")
STRONG = 1.5
_STRENGTH = {"!": STRONG, "?": 0.4}
_GAP = re.compile(r"~(\d+)$")
_BARRIER = {".", ";", ":", "(", ")", "[", "]", "!", "?"}


@dataclass(frozen=True)
class Cue:
    """A lemma sequence that points at one direction."""

    direction: str
    steps: tuple[tuple[frozenset[str], int], ...]  # (alternatives, tokens it may skip before it)
    weight: float
    domain: bool = False  # counts only in a sentence about customs
    small: bool = False  # counts only written in small letters (a capital makes the words a body's name: "Customs Union")


@dataclass(frozen=True)
class Lexicon:
    """Everything the data file says: cues indexed by their first lemma, labels and context words."""

    index: dict[str, tuple[Cue, ...]]
    labels: dict[str, dict[str, str]]
    intro: frozenset[str]
    aim: frozenset[str]
    conclusion: tuple[str, ...]
    domain: tuple[str, ...]  # lemma prefixes that make a sentence one about customs


@dataclass
class Hit:
    direction: str
    value: float
    tokens: frozenset[int]


def cue_named(piece: Unit) -> bool:
    """Whether a piece names a direction by a cue of full weight that counts in any sentence."""
    lexicon = load_lexicon()
    return any(hit.value >= 1.0 for hit in hits(piece, lexicon, Ranges(), domain=False))


@cache
def direction_labels() -> dict[str, dict[str, str]]:
    """Direction id -> its label in each language, read without compiling the cues."""
    return {r["id"]: dict(r["label"]) for r in load_jsonl(DATA) if r.get("type") == "direction"}


@cache
def load_lexicon() -> Lexicon:
    """Compile the data file's cues once per process; a malformed record fails at start."""
    index: dict[str, list[Cue]] = {}
    labels: dict[str, dict[str, str]] = {}
    intro: set[str] = set()
    aim: set[str] = set()
    conclusion: list[str] = []
    domain: list[str] = []
    for record in load_jsonl(DATA):
        kind = record.get("type")
        if kind == "direction":
            try:
                labels[record["id"]] = {"ru": record["label"]["ru"], "en": record["label"]["en"]}
                cues = [compile_cue(record["id"], pattern) for pattern in record["cues"]]
            except (KeyError, TypeError, ValueError) as exc:
                raise DataFileError(f"{DATA}: direction {record.get('id')!r} is malformed ({exc})") from exc
            for cue in cues:
                for first in cue.steps[0][0]:
                    index.setdefault(first, []).append(cue)
        elif kind == "intro":
            intro.update(fold(w) for w in record["lemmas"])
        elif kind == "aim":
            aim.update(fold(w) for w in record["lemmas"])
        elif kind == "conclusion":
            conclusion.extend(p.lower() for p in record["phrases"])
        elif kind == "domain":
            domain.extend(fold(p) for p in record["prefixes"])
        else:
            raise DataFileError(
                f"{DATA}: expected a record of type direction, intro, aim, domain or conclusion, found {kind!r}"
            )
    return Lexicon(
        index={k: tuple(v) for k, v in index.items()},
        labels=labels,
        intro=frozenset(intro),
        aim=frozenset(aim),
        conclusion=tuple(conclusion),
        domain=tuple(domain),
    )


def compile_cue(direction: str, pattern: str) -> Cue:
    """Turn «гармонизация|унификация ~3 законодательство» into a `Cue`."""
    flags = pattern[: len(pattern) - len(pattern.lstrip("!?@_"))]
    weight = _STRENGTH.get(flags.replace("@", "").replace("_", "")[:1], 1.0)
    body = pattern[len(flags) :].split()
    steps: list[tuple[frozenset[str], int]] = []
    gap = 0
    for part in body:
        skip = _GAP.fullmatch(part)
        if skip:
            gap = int(skip.group(1))
            continue
        steps.append((frozenset(fold(w) for w in part.split("|")), gap))
        gap = 0
    if not steps:
        raise ValueError(f"empty cue {pattern!r}")
    return Cue(direction, tuple(steps), weight, "@" in flags, "_" in flags)


def _keys(token: Token, bodies: Ranges[tuple[int, int]]) -> tuple[str, ...]:
    return (*token.folded, BODY) if bodies.holds(token.start) else token.folded


def hits(piece: Unit, lexicon: Lexicon, bodies: Ranges[tuple[int, int]], domain: bool = True) -> list[Hit]:
    """The cue matches of one piece, overlapping ones resolved in favour of the longer match; a word of a body
    states cooperate in (`bodies`: the WTO, the EAEU, the GCC) is also `BODY`."""
    keys = [_keys(t, bodies) for t in piece.tokens]
    about_customs = any(key.startswith(lexicon.domain) for pair in keys for key in pair)
    found: list[tuple[Cue, tuple[int, ...]]] = []
    for i, pair in enumerate(keys):
        cues = {cue for key in set(pair) for cue in lexicon.index.get(key, ())}
        for cue in cues:
            if cue.domain and not (domain and about_customs):
                continue
            matched = _match(cue, keys, piece.tokens, i)
            if matched and cue.small and any(piece.tokens[k].text[:1].isupper() for k in matched):
                continue
            if matched and not _inside_the_body(cue, matched, piece.tokens, bodies):
                found.append((cue, matched))
    found.sort(key=lambda f: (-len(f[1]), -f[0].weight, f[1]))
    taken: set[int] = set()
    hits = []
    for cue, matched in found:
        if taken.intersection(matched):
            continue
        taken.update(matched)
        hits.append(Hit(cue.direction, cue.weight, frozenset(matched)))
    return hits


def _inside_the_body(cue: Cue, matched: tuple[int, ...], tokens: list[Token], bodies: Ranges[tuple[int, int]]) -> bool:
    """Whether a cue with a `BODY` step found its other words inside the body's name ("Gulf | Cooperation |
    Council" is no cooperation with the Gulf Cooperation Council)."""
    return any(BODY in alternatives for alternatives, _ in cue.steps) and any(
        bodies.holds(tokens[k].start) for (alternatives, _), k in zip(cue.steps, matched, strict=True) if BODY not in alternatives)


def _match(cue: Cue, keys: list[tuple[str, ...]], tokens: list[Token], first: int) -> tuple[int, ...] | None:
    """Token indices matching `cue` from token `first` on, or None."""
    matched = [first]
    position = first
    for alternatives, gap in cue.steps[1:]:
        index = position + 1
        while index <= position + 1 + gap and index < len(keys):
            if not alternatives.isdisjoint(keys[index]):
                break
            if tokens[index].text in _BARRIER:
                return None
            index += 1
        else:
            return None
        matched.append(index)
        position = index
    return tuple(matched)
