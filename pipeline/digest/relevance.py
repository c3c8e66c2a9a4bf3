"""Relevance: how much an article is about customs or trade cooperation, from 0 to 1.

A sentence counts 1 when it has a customs word and 1/2 when it has only a trade word in a paragraph
that speaks of cooperation (a word of it, or a body or an act of cooperation the text names; the words
are `data/relevance_words.tsv`, in both languages): trade as a market is no cooperation. Each part of
the article gets a level: the title the count of its sentence; the body, and the abstracts with the
keywords, the share of their sentences that count, full at `FULL_SHARE`, and scaled down while they
count less than `FULL_COUNT` in all (one passing mention of trade does not make a short paper about
it). The parts are separate pieces of evidence: the body's level is the relevance, and the title and
the abstract each take away part (`HEAD_WEIGHT` of their level) of what it leaves short of 1:

    relevance = 1 - (1 - body) * (1 - HEAD_WEIGHT * title) * (1 - HEAD_WEIGHT * abstract)

So a paper that names trade once in passing stays near 0, one whose every fifth sentence names
customs is at 1, and a title or an abstract about customs lifts an article whose body says so
less often. Directions are given only from `Settings.min_relevance` up.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from ..context import Context
from ..data import load_words
from ..facts.countries import country_by_stem
from ..facts.organisations.registry import load_registry
from ..intervals import Ranges
from ..nlp.lang import fold
from ..record import Article, Token
from .cues import cue_named
from .enumerations import Unit, units

WORDS = "relevance_words.tsv"
FULL_SHARE = 0.2  # the share of counting sentences at which a part is wholly about customs or trade
FULL_COUNT = 2.0  # what a part's sentences must count in all (two with customs words, four with trade words) for that
TRADE = 0.5  # what a sentence with a trade word and no customs word counts
HEAD_WEIGHT = 0.5  # how much of the rest the title, and the abstract, take at their full level

COOPERATION_KINDS = frozenset({"international", "integration_union", "integration_body"})  # (organisations.jsonl)
COOPERATION_ACTS = frozenset({"treaty", "agreement", "convention", "protocol", "decision"})
_PART = {"title": "title", "abstract": "front", "keywords": "front"}
_SKIPPED = {"reference", "source_note", "table"}


@dataclass(frozen=True)
class _Words:
    """One kind of relevance words: whole words, and the beginnings of words written with a final *."""

    whole: frozenset[str]
    prefixes: tuple[str, ...]

    @cached_property
    def _starts(self) -> re.Pattern[str] | None:
        # the beginnings as one pattern over the keys a line each: one search a sentence, not one a word
        return re.compile("(?m)^(?:" + "|".join(map(re.escape, self.prefixes)) + ")") if self.prefixes else None

    def found(self, keys: set[str]) -> bool:
        if not self.whole.isdisjoint(keys):
            return True
        return self._starts is not None and self._starts.search("\n".join(keys)) is not None


@cache
def relevance_words() -> dict[str, _Words]:
    """The customs and the trade words, compiled once per process."""
    out = {}
    for kind, pairs in load_words(WORDS).items():
        forms = [fold(form) for _, form in pairs]
        out[kind] = _Words(frozenset(f for f in forms if not f.endswith("*")),
                           tuple(f[:-1] for f in forms if f.endswith("*")))
    return out


def sentence_count(tokens: list[Token], cooperating: bool = False) -> float:
    """What a sentence counts: 1 with a customs word, `TRADE` with a trade word only (one no domestic word
    stands within two words of: «розничная торговля» is none) where a word of cooperation, or a body
    states cooperate in or an act between them (`cooperating`: the WTO, the EAEU, NAFTA), says it is trade
    between partners, else 0: trade as a market or a variable ("import competition raised votes") is no
    cooperation."""
    return _count(word_keys(tokens), cooperating)


def _count(keys: list[set[str]], cooperating: bool) -> float:
    words = relevance_words()
    every = set().union(*keys)
    if words["customs"].found(every):
        return 1.0
    traded = [words["trade"].found(k) or words["supply"].found(k) for k in keys]
    if not any(traded) or not (cooperating or words["cooperation"].found(every)):
        return 0.0  # (most sentences: no word of either kind, and no word to weigh against one)
    domestic = [words["domestic"].found(k) for k in keys]
    return TRADE if any(t and not any(domestic[max(0, i - 2):i + 3]) for i, t in enumerate(traded)) else 0.0


def market_trade(keys: list[set[str]], cooperating: bool = False) -> bool:
    """Whether a sentence (its `word_keys`) speaks of trade as a market only: a trade word, and neither a
    customs word, nor a word of cooperation, nor a body or an act of cooperation (`cooperating`) ("tariffs
    on imports raised prices")."""
    words = relevance_words()
    every = set().union(*keys)
    return words["trade"].found(every) and not words["customs"].found(every) \
        and not cooperating and not words["cooperation"].found(every)


def word_keys(tokens: list[Token]) -> list[set[str]]:
    """Each token's lemma and text in lower case; a word the tokenizer cut at its hyphens ("co-operation":
    "co", "-", "operation") also as the whole word, at its last part."""
    keys = [set(t.folded) if t.text[:1].isalpha() else set() for t in tokens]
    for i in range(2, len(tokens)):
        a, dash, b = tokens[i - 2], tokens[i - 1], tokens[i]
        if dash.text == "-" and a.end == dash.start and dash.end == b.start and a.text[:1].isalpha():
            keys[i].add(fold(f"{a.text}-{b.text}"))
    return keys


def measure_relevance(article: Article, context: Context) -> Article:
    """Fill `relevance`; needs `sentences` (tokens with lemmas), `organisations` and `treaties` (with their
    mentions) and, when known, `blocks`."""
    counts: dict[str, list[float]] = {"title": [], "front": [], "body": []}
    pieces = units(article)
    keyed = [word_keys(piece.tokens) for piece in pieces]
    partners = between_partners(article, pieces, keyed)
    for piece, keys, cooperating in zip(pieces, keyed, partners, strict=True):
        if piece.kind not in _SKIPPED:
            count = _count(keys, cooperating)
            if not count and (cooperating or relevance_words()["cooperation"].found(set().union(*keys))) \
                    and cue_named(piece):
                count = TRADE  # «технический регламент Евразийского экономического союза»: a measure of cooperation
            counts[_PART.get(piece.kind, "body")].append(count)
    title = max(counts["title"], default=0.0)
    front, body = (_level(counts[part]) for part in ("front", "body"))
    short = (1.0 - body) * (1.0 - HEAD_WEIGHT * title) * (1.0 - HEAD_WEIGHT * front)
    article.relevance = round(1.0 - short, 3)
    return article


def between_partners(article: Article, pieces: list[Unit], keyed: list[list[set[str]]]) -> list[bool]:
    """Whether each piece speaks of cooperation: its block does (`cooperating_blocks`), or it names two states, by
    their names or their adjectives, whose trade is then between partners («поставки в Россию белорусского молока»,
    "exports of Belarusian dairy to Russia")."""
    cooperating = cooperating_blocks(article, pieces, keyed)
    countries = sorted((m.start, (m.fact_id or "").rpartition("-")[2]) for m in article.mentions if m.type == "COUNTRY")
    starts = [start for start, _ in countries]
    out = []
    for piece in pieces:
        named = {code for _, code in countries[bisect_left(starts, piece.start):bisect_left(starts, piece.end)]}
        named |= {code for t in piece.tokens if (code := _country_adjective(t.lemma))}
        out.append(piece.block in cooperating or len(named) >= 2)
    return out


_COUNTRY_ADJECTIVE = re.compile(r"([а-яё]{3,}?)[сц]кий|([a-z]{4,}?)(?:ian|an|ese|ish|i)")


@lru_cache(maxsize=4096)
def _country_adjective(lemma: str) -> str | None:
    """The ISO letters of the country an adjective names by its stem («белорусский», "belarusian" -> BY), if any."""
    m = _COUNTRY_ADJECTIVE.fullmatch(lemma)
    return country_by_stem(m.group(1) or m.group(2)) if m else None


def cooperating_blocks(article: Article, pieces: list[Unit], keyed: list[list[set[str]]] | None = None) -> set[int]:
    """The blocks (paragraphs, items, headings) that speak of cooperation: a word of it in one of their
    sentences, or a body or an act of cooperation they name (`cooperation_named`); trade in such a paragraph
    is trade between partners ("This was raised to 62.5% when NAFTA was enacted. ... tariffs on parts").
    `keyed`: the pieces' `word_keys`, where the caller has them."""
    words, named = relevance_words()["cooperation"], cooperation_named(article)
    keyed = keyed if keyed is not None else [word_keys(piece.tokens) for piece in pieces]
    return {piece.block for piece, keys in zip(pieces, keyed, strict=True)
            if named.overlaps(piece.start, piece.end) or words.found(set().union(*keys))}


def cooperation_named(article: Article, acts: bool = True) -> Ranges[tuple[int, int]]:
    """Where the text names a body states cooperate in (a registered international organisation, an
    integration union or its body: the WTO, the EAEU, the Eurasian Economic Commission) or, with `acts`, an act
    between states (a treaty, an agreement, a convention, a protocol, a decision: "NAFTA", «Договор о ЕАЭС»)."""
    ids = {o.id for o in article.organisations if o.registry_id in _cooperating_entries()} \
        | {t.id for t in article.treaties if acts and t.kind in COOPERATION_ACTS}
    return Ranges((m.start, m.end) for m in article.mentions if m.type in ("ORG", "TREATY") and m.fact_id in ids)


@cache
def _cooperating_entries() -> frozenset[str]:
    """The registry's ids of bodies states cooperate in (`COOPERATION_KINDS`), read once per process."""
    return frozenset(entry.id for entry in load_registry().values() if entry.kind in COOPERATION_KINDS)


def _level(counts: list[float]) -> float:
    """How wholly a part is about customs or trade, from what its sentences count."""
    if not counts:
        return 0.0
    total = sum(counts)
    return min(1.0, total / len(counts) / FULL_SHARE) * min(1.0, total / FULL_COUNT)
