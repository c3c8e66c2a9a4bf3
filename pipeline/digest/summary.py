"""An extractive summary: a few of the article's own sentences, its conclusions and its densest facts first."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..facts.registry import fact_mentions
from ..intervals import Ranges
from ..lexicon.cues import any_word, label
from ..record import Article
from .cues import Lexicon, load_lexicon
from .directions import conclusion_marker
from .enumerations import Unit, units

log = logging.getLogger(__name__)

MIN_SENTENCES, MAX_SENTENCES = 3, 5
MIN_CHARS, MAX_CHARS = 50, 450
MIN_WORDS, MAX_WORDS = 7, 70
SIMILAR = 0.5  # share of lemmas two chosen sentences may have in common

_KINDS = ("paragraph", "abstract")
_FACTS = fact_mentions()
QUOTES = "quotes.tsv"

# what raises a sentence's claim to the summary
_CONCLUSION = 3.0
_FACT = 0.4
_FACTS_CAP = 2.0
_DIRECTION = 0.5
_DIRECTIONS_CAP = 1.5
_CENTRAL = 1.5
_AIM = 0.3


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    lemmas: frozenset[str]
    kind: str
    score: float = 0.0
    key: bool = False  # the abstract's key sentence, always kept


def summarise(article: Article, context: Context) -> Article:
    """Fill `summary` with `settings.summary_sentences` (3 to 5) sentences of the text, in text order.

    Needs `sentences` and, when known, `blocks`, `mentions` and `directions`.
    """
    settings = context.settings
    lexicon = load_lexicon()
    wanted = min(MAX_SENTENCES, max(MIN_SENTENCES, settings.summary_sentences))
    language = "ru" if article.language == "mixed" else article.language
    candidates = [c for c in (_candidate(article, u) for u in units(article) if u.lang == language) if c]
    if not candidates:
        article.summary = []
        return article
    _score(article, candidates, lexicon)
    chosen = [c for c in candidates if c.key]
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.start)):
        if len(chosen) == wanted:
            break
        if candidate.key or any(_overlap(candidate.lemmas, c.lemmas) > SIMILAR for c in chosen):
            continue
        chosen.append(candidate)
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.start)):
        if len(chosen) >= min(wanted, MIN_SENTENCES):
            break
        if candidate not in chosen:
            chosen.append(candidate)
    article.summary = [c.text for c in sorted(chosen, key=lambda c: c.start)]
    log.debug("summary of %d sentences from %d candidates", len(chosen), len(candidates))
    return article


def _candidate(article: Article, unit: Unit) -> _Candidate | None:
    """The unit as a summary candidate, or None when it cannot be one (fragment, heading, list, ...)."""
    if unit.kind not in _KINDS:
        return None
    start = unit.start
    text = article.text[unit.start : unit.end]
    opening = _label().match(text) if unit.kind == "abstract" else None
    if opening:
        start += opening.end()
        text = text[opening.end() :]
    text = text.strip()
    words = [t for t in unit.tokens if t.start >= start and any(ch.isalpha() for ch in t.text)]
    if not (MIN_CHARS <= len(text) <= MAX_CHARS and MIN_WORDS <= len(words) <= MAX_WORDS):
        return None
    if not (text[0].isupper() or text[0] in "«\"") or _keywords().search(text) or _unfinished(text):
        return None
    lemmas = frozenset(t.lemma for t in words if len(t.text) > 3)
    start = article.text.index(text, start)
    return _Candidate(start, start + len(text), text, lemmas, unit.kind)


@cache
def _label() -> re.Pattern[str]:
    """The label an abstract opens with («Аннотация.», "Abstract:")."""
    return re.compile(rf"{label('abstract')}\s*[.:—–-]?\s*", re.I)


@cache
def _keywords() -> re.Pattern[str]:
    return re.compile(rf"{label('keywords')}\b", re.I)


@cache
def _attribution() -> re.Pattern[str]:
    """«..., — сказал он»: the end of a quotation and who said it."""
    return re.compile(rf"[,!?]\s*[—–]\s*(?:\w+\s+){{0,2}}?{any_word(QUOTES, 'said')}", re.I)


def _unfinished(text: str) -> bool:
    """A fragment: a lead-in to a list, a question, a cut-off teaser, or a piece of a quotation."""
    attribution = _attribution().search(text)
    return (
        text[-1] in ":;,?"
        or text.endswith(("...", "…"))
        or text.count("«") != text.count("»")
        or text.count('"') % 2 == 1
        or (attribution is not None and not re.search("[«\"“]", text[: attribution.start()]))
    )


def _score(article: Article, candidates: list[_Candidate], lexicon: Lexicon) -> None:
    """Give every candidate its score: conclusions, facts, directions, centrality, the abstract's key."""
    body = [c for c in candidates if c.kind != "abstract"]
    frequency = Counter(lemma for c in body for lemma in c.lemmas)
    top = max(frequency.values(), default=1)
    facts = sorted(m.start for m in article.mentions if m.type in _FACTS)
    evidence = Ranges((e.start, e.end) for d in article.directions for e in d.evidence)
    for c in candidates:
        if conclusion_marker(c.text, lexicon):
            c.score += _CONCLUSION
        c.score += min(_FACTS_CAP, _FACT * (bisect_left(facts, c.end) - bisect_left(facts, c.start)))
        c.score += min(_DIRECTIONS_CAP, _DIRECTION * len(evidence.overlapping(c.start, c.end)))
        c.score += _CENTRAL * _centrality(c, frequency, top)
        if any(lemma in lexicon.aim for lemma in c.lemmas):
            c.score += _AIM
    abstract = [c for c in candidates if c.kind == "abstract"]
    if abstract:
        key = max(abstract, key=lambda c: (sum(frequency[lemma] > 1 for lemma in c.lemmas), -c.start))
        key.key = True


def _centrality(candidate: _Candidate, frequency: Counter[str], top: int) -> float:
    """How much of the rest of the article a sentence's words recur in, 0..1."""
    if not candidate.lemmas:
        return 0.0
    return sum(frequency[lemma] for lemma in candidate.lemmas) / (len(candidate.lemmas) * top)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))
