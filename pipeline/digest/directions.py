"""Directions of cooperation: cue lemma sequences found in sentences, weighed by where the article puts them.

A cue only counts for as much as its context argues for it: an item of a list introduced as
directions, aims or problems weighs most; a sentence of aims or measures, the conclusion, the
abstract or the title less; a plain sentence little; a reference entry or a source note nothing.
A direction is kept when its weighed evidence passes a threshold, and one named in a single place
only when that place argues for it (`SINGLE`): a passing mention, even of a strong cue, is no
direction. An article not about customs or trade cooperation (its `relevance` below
`Settings.min_relevance`) has none.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..data import load_jsonl
from ..errors import DataFileError
from ..intervals import Ranges
from ..nlp.lang import fold
from ..record import Article, Direction, Evidence, Token
from .enumerations import Enumeration, Unit, find_enumerations, units
from .relevance import between_partners, cooperation_named, market_trade, word_keys

log = logging.getLogger(__name__)

DATA = "directions.jsonl"
THRESHOLD = 0.45  # weighed evidence a direction needs: a strong cue, or two sentences that name it
SCALE = 2.0  # raw evidence at which the score reaches 1 - 1/e
SINGLE = 0.5  # weighed evidence one piece must reach alone: a cue in an item, an aim, the title or the abstract

BODY = "{body}"  # a cue's step that any word of a body states cooperate in takes ("accession to | the WTO")
_STRENGTH = {"!": 1.5, "?": 0.4}
_GAP = re.compile(r"~(\d+)$")
_BARRIER = {".", ";", ":", "(", ")", "[", "]", "!", "?"}

# context weights
_DIRECTED_ITEM = 1.0  # item of a list introduced as directions, aims, problems
_ITEM = 0.6  # item of a list with no such introduction
_ITEM_TAIL = 0.7  # factor for the later sentences of a long item
_CONCLUSION = 0.8
_AIM = 0.6
_PLAIN = 0.3
_BLOCK = {"title": 0.8, "heading": 0.6, "abstract": 0.6, "keywords": 0.5, "caption": 0.3}
_SKIPPED = {"reference", "source_note", "table"}


@dataclass(frozen=True)
class Cue:
    """A lemma sequence that points at one direction."""

    direction: str
    steps: tuple[tuple[frozenset[str], int], ...]  # (alternatives, tokens it may skip before it)
    weight: float
    domain: bool = False  # counts only in a sentence about customs


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
class _Hit:
    direction: str
    value: float
    tokens: frozenset[int]


def extract_directions(article: Article, context: Context) -> Article:
    """Fill `directions`, strongest first.

    Needs `sentences` (tokens with lemmas), `relevance` and, when known, `blocks`; the lemmas carry
    all the morphology it uses.
    """
    if article.relevance < context.settings.min_relevance:
        log.debug("%s: relevance %.2f, no directions", article.source.name, article.relevance)
        article.directions = []
        return article
    lexicon = load_lexicon()
    pieces = [u for u in units(article) if u.kind not in _SKIPPED and _in_language(u, article.language)]
    enumerations = find_enumerations(article, pieces)
    spans = _item_spans(enumerations, lexicon)
    best: dict[str, dict[int, float]] = {}
    keyed = [word_keys(piece.tokens) for piece in pieces]
    partners = between_partners(article, pieces, keyed)
    bodies = cooperation_named(article, acts=False)
    for number, piece in enumerate(pieces):
        around = _context(article, piece, lexicon)
        # a sentence of trade as a market names no direction of cooperation ("tariffs on imports raised
        # prices"), unless it is an item of a list the text introduces as directions, or a strong cue names an
        # instrument of cooperation in it ("the Common External Tariff was approved")
        market = market_trade(keyed[number], partners[number])
        for hit in _hits(piece, lexicon, bodies):
            start = piece.tokens[min(hit.tokens)].start
            item = _item_weight(spans, start, piece)
            if market and item < _DIRECTED_ITEM * _ITEM_TAIL and hit.value < _STRENGTH["!"]:
                continue
            weight = max(item, around)
            value = hit.value * weight
            per_unit = best.setdefault(hit.direction, {})
            per_unit[number] = max(per_unit.get(number, 0.0), value)
    lang = "en" if article.language == "en" else "ru"
    directions = []
    for direction, per_unit in best.items():
        raw = sum(per_unit.values())
        if raw + 1e-9 < THRESHOLD or (len(per_unit) == 1 and raw + 1e-9 < SINGLE):
            log.debug("direction %s below threshold (%.2f in %d places)", direction, raw, len(per_unit))
            continue
        evidence = [
            Evidence(article.text[pieces[n].start : pieces[n].end], pieces[n].start, pieces[n].end)
            for n in sorted(per_unit)
        ]
        directions.append(
            Direction(
                id=direction,
                label=lexicon.labels[direction][lang],
                score=round(1.0 - math.exp(-raw / SCALE), 3),
                evidence=evidence,
                mentions=len(evidence),
            )
        )
    article.directions = sorted(directions, key=lambda d: (-d.score, d.id))
    return article


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
    flags = pattern[: len(pattern) - len(pattern.lstrip("!?@"))]
    weight = _STRENGTH.get(flags.replace("@", "")[:1], 1.0)
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
    return Cue(direction, tuple(steps), weight, "@" in flags)


def conclusion_marker(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with a marker of the article's own conclusion («Таким образом», "Overall")."""
    head = text.lstrip(" \t\n-–—«\"").lower()
    return any(head.startswith(p) and not head[len(p) : len(p) + 1].isalpha() for p in lexicon.conclusion)


def _keys(token: Token, bodies: Ranges[tuple[int, int]]) -> tuple[str, ...]:
    return (*token.folded, BODY) if bodies.holds(token.start) else token.folded


def _hits(piece: Unit, lexicon: Lexicon, bodies: Ranges[tuple[int, int]]) -> list[_Hit]:
    """The cue matches of one piece, overlapping ones resolved in favour of the longer match; a word of a body
    states cooperate in (`bodies`: the WTO, the EAEU, the GCC) is also `BODY`."""
    keys = [_keys(t, bodies) for t in piece.tokens]
    about_customs = any(key.startswith(lexicon.domain) for pair in keys for key in pair)
    found: list[tuple[Cue, tuple[int, ...]]] = []
    for i, pair in enumerate(keys):
        cues = {cue for key in set(pair) for cue in lexicon.index.get(key, ())}
        for cue in cues:
            if cue.domain and not about_customs:
                continue
            matched = _match(cue, keys, piece.tokens, i)
            if matched:
                found.append((cue, matched))
    found.sort(key=lambda f: (-len(f[1]), -f[0].weight, f[1]))
    taken: set[int] = set()
    hits = []
    for cue, matched in found:
        if taken.intersection(matched):
            continue
        taken.update(matched)
        hits.append(_Hit(cue.direction, cue.weight, frozenset(matched)))
    return hits


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


def _item_spans(enumerations: list[Enumeration], lexicon: Lexicon) -> list[tuple[int, int, float]]:
    """(start, end, weight) of every enumeration item; directed lists weigh more."""
    out: list[tuple[int, int, float]] = []
    for enumeration in enumerations:
        directed = enumeration.intro is not None and any(
            t.folded[0] in lexicon.intro for t in enumeration.intro.tokens
        )
        if enumeration.kind == "colon" and not directed:
            continue
        weight = _DIRECTED_ITEM if directed else _ITEM
        out.extend((start, end, weight) for start, end in enumeration.items)
    return out


def _item_weight(spans: list[tuple[int, int, float]], offset: int, piece: Unit) -> float:
    for start, end, weight in spans:
        if start <= offset < end:
            return weight if piece.first or piece.start <= start else weight * _ITEM_TAIL
    return 0.0


def _context(article: Article, piece: Unit, lexicon: Lexicon) -> float:
    """How strongly the place of a piece argues for what it names, outside enumerations."""
    if piece.kind in _BLOCK:
        return _BLOCK[piece.kind]
    if conclusion_marker(article.text[piece.start : piece.end], lexicon):
        return _CONCLUSION
    if any(t.folded[0] in lexicon.aim for t in piece.tokens):
        return _AIM
    return _PLAIN


def _in_language(piece: Unit, language: str) -> bool:
    return language == "mixed" or piece.lang == language
