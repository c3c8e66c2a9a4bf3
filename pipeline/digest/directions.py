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

from ..context import Context
from ..record import Article, Direction, Evidence
from .cues import STRONG, Lexicon, hits, load_lexicon
from .enumerations import Enumeration, Unit, find_enumerations, units
from .relevance import between_partners, cooperation_named, market_trade, word_keys

log = logging.getLogger(__name__)

THRESHOLD = 0.45  # weighed evidence a direction needs: a strong cue, or two sentences that name it
SCALE = 2.0  # raw evidence at which the score reaches 1 - 1/e
SINGLE = 0.5  # weighed evidence one piece must reach alone: a cue in an item, an aim, the title or the abstract


# context weights
_DIRECTED_ITEM = 1.0  # item of a list introduced as directions, aims, problems
_ITEM = 0.6  # item of a list with no such introduction
_ITEM_TAIL = 0.7  # factor for the later sentences of a long item
_CONCLUSION = 0.8
_AIM = 0.6
_PLAIN = 0.3
_BLOCK = {"title": 0.8, "heading": 0.6, "abstract": 0.6, "keywords": 0.5, "caption": 0.3}
_SKIPPED = {"reference", "source_note", "table"}


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
        for hit in hits(piece, lexicon, bodies):
            start = piece.tokens[min(hit.tokens)].start
            item = _item_weight(spans, start, piece)
            if market and item < _DIRECTED_ITEM * _ITEM_TAIL and hit.value < STRONG:
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


def conclusion_marker(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with a marker of the article's own conclusion («Таким образом», "Overall")."""
    head = text.lstrip(" \t\n-–—«\"").lower()
    return any(head.startswith(p) and not head[len(p) : len(p) + 1].isalpha() for p in lexicon.conclusion)


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
