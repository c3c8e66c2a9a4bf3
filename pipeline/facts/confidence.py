"""How sure the pipeline is of each fact: `confidence` in [0, 1], from the evidence behind it.

Computed here, in one place, by the finish stage: by then every fact's mentions are counted and
placed, and the evidence each extractor relies on is on the record itself (a registry id, a
defined abbreviation, the precision of a date, the unit and subject of a figure, a direction's
score), so the whole scale reads as one table and the extractors stay as they are.

A fact (a direction aside: see its row) starts from the base its evidence gives, gains
`PER_MENTION` for each mention after the first (at most `MENTION_BONUS`), and loses `HEADING_ONLY`
when every mention stands in a title, heading, caption or keywords: the rules were written on running prose, and a heading is
a fragment without the sentence that would confirm it. One only the footnotes name loses `NOTES_ONLY`: a note
is read without the body's definitions and context.

| fact | evidence | base |
| --- | --- | --- |
| organisation | in the registry | 0.90 |
| | defined in the text by an abbreviation («... (далее – ЦИИ)», "... (WCO)") | 0.75 |
| | a name headed by an organisation word (министерство, council, bank) | 0.60 |
| | a name the NER or the capitalisation alone gave | 0.45 |
| country | a name of the gazetteer | 0.90 |
| | only ever a short form («РФ», "USA", a defined «РБ») | 0.75 |
| legal act | a naming with its kind word | 0.50 |
| | + an act of the registry / + its date / + its parties / kind `other` | +0.30 / +0.10 / +0.05 / −0.10 |
| date | a full date | 0.95 |
| | a month and year | 0.85 |
| | a year (or years) with a word saying so («2019 году», «до 2025 года», "in 1950") | 0.80 |
| | a bare year: in brackets, listed beside a year, or a range of bare years | 0.65 |
| figure | money or a percentage | 0.80 |
| | another kind of figure, or a quantity with its unit | 0.70 |
| | a quantity without a unit | 0.50 |
| | + what it measures / + its year | +0.10 / +0.05 |
| direction | (0.5 + 0.5 × its score) × (0.5 + 0.5 × the article's relevance): a direction that passed its | |
| | threshold starts at half, its score fills the rest, an article barely about customs halves it | |

Below `LOW` a fact counts as one of low confidence: the pages show it apart.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cache

from ..data import load_lines
from ..lexicon.cues import any_word
from ..lexicon.gazetteer import is_abbreviation, lemma_of
from ..nlp.morph import Morph
from ..record import Article, Country, DateFact, Figure, Organisation, Treaty
from .acts.lexicon import registry
from .organisations.names import head_word

LOW = 0.5  # below it a fact is one of low confidence
PER_MENTION = 0.05
MENTION_BONUS = 0.10
HEADING_ONLY = 0.15
NOTES_ONLY = 0.10

ORG_REGISTRY, ORG_DEFINED, ORG_HEADED, ORG_NAME = 0.90, 0.75, 0.60, 0.45
COUNTRY_NAME, COUNTRY_SHORT = 0.90, 0.75
ACT_NAMED, ACT_REGISTRY, ACT_DATED, ACT_PARTIES, ACT_OTHER = 0.50, 0.30, 0.10, 0.05, -0.10
DATE_DAY, DATE_MONTH, DATE_YEAR_WORD, DATE_YEAR = 0.95, 0.85, 0.80, 0.65
FIGURE_MONEY, FIGURE_UNIT, FIGURE_BARE, FIGURE_SUBJECT, FIGURE_YEAR = 0.80, 0.70, 0.50, 0.10, 0.05

_HEADINGS = frozenset({"title", "heading", "caption", "keywords"})
_LOOKBEHIND = 16  # characters before a date where the word that makes a bare year one stands


def weigh_facts(article: Article, morph: Morph) -> None:
    """Set `confidence` on every fact of the article; needs its mention counts, mentions and blocks."""
    texts: dict[str, list[str]] = defaultdict(list)
    in_prose: set[str] = set()
    blocks = sorted(article.blocks, key=lambda b: b.start)
    starts = [b.start for b in blocks]
    for m in article.mentions:
        if m.fact_id is None:
            continue
        texts[m.fact_id].append(m.text)
        at = bisect.bisect_right(starts, m.start) - 1
        if at < 0 or blocks[at].kind not in _HEADINGS or m.start >= blocks[at].end:
            in_prose.add(m.fact_id)

    def support(fact_id: str, mentions: int) -> float:
        bonus = min(MENTION_BONUS, PER_MENTION * max(0, mentions - 1))
        placed = 0.0 if fact_id in in_prose or fact_id not in texts else -HEADING_ONLY
        return bonus + placed

    def noted(fact: Organisation | Country | Treaty) -> float:
        return -NOTES_ONLY if fact.footnote_mentions and fact.footnote_mentions >= fact.mentions else 0.0

    for o in (*article.organisations, *article.noted.organisations):
        o.confidence = _clamp(organisation_base(o, morph) + support(o.id, o.mentions) + noted(o))
    for c in (*article.countries, *article.noted.countries):
        c.confidence = _clamp(country_base(c, texts.get(c.id, [])) + support(c.id, c.mentions) + noted(c))
    for t in (*article.treaties, *article.noted.treaties):
        t.confidence = _clamp(treaty_base(t) + support(t.id, t.mentions) + noted(t))
    for d in article.dates:
        before = article.text[max(0, d.start - _LOOKBEHIND) : d.start]
        d.confidence = _clamp(date_base(d, before) + support(d.id, d.mentions))
    for f in article.figures:
        f.confidence = _clamp(figure_base(f) + support(f.id, f.mentions))
    for direction in article.directions:
        direction.confidence = _clamp(direction_base(direction.score) * (0.5 + 0.5 * article.relevance))


def organisation_base(fact: Organisation, morph: Morph) -> float:
    """Registry, a definition in the text, an organisation word at its head, or a bare name."""
    if fact.registry_id:
        return ORG_REGISTRY
    if fact.abbreviation:  # outside the registry, an abbreviation is one the article defines
        return ORG_DEFINED
    head = head_word(fact.name, morph)
    return ORG_HEADED if head is not None and head in _org_heads(morph) else ORG_NAME


def country_base(fact: Country, written: list[str]) -> float:
    """A name of the gazetteer, or only ever a short form."""
    short = bool(written) and all(len(w.split()) == 1 and is_abbreviation(w.strip()) for w in written)
    return COUNTRY_SHORT if short else COUNTRY_NAME


def treaty_base(fact: Treaty) -> float:
    """A naming with its kind word, more with the registry, a date and parties behind it."""
    base = ACT_NAMED
    if fact.title in _registry_titles():
        base += ACT_REGISTRY
    if fact.date:
        base += ACT_DATED
    if fact.parties:
        base += ACT_PARTIES
    if fact.kind == "other":
        base += ACT_OTHER
    return base


def date_base(fact: DateFact, before: str = "") -> float:
    """By how precisely the date is written: a day, a month, a year said to be one, a bare year.

    `before` is the text just before its first occurrence, where «в», "in", "since" may stand."""
    value = fact.end or fact.value
    if len(fact.value) == 10 or len(value) == 10:
        return DATE_DAY
    if len(fact.value) == 7 or len(value) == 7:
        return DATE_MONTH
    said = any(ch.isalpha() for ch in fact.text) or _year_before().search(before) is not None
    return DATE_YEAR_WORD if said else DATE_YEAR


def figure_base(fact: Figure) -> float:
    """By its kind and unit, more when the text says what it measures and for which year."""
    if fact.kind in ("money", "percent"):
        base = FIGURE_MONEY
    elif fact.unit or fact.kind != "quantity":
        base = FIGURE_UNIT
    else:
        base = FIGURE_BARE
    if fact.subject:
        base += FIGURE_SUBJECT
    if fact.year:
        base += FIGURE_YEAR
    return base


def direction_base(score: float) -> float:
    """A kept direction is at least even odds; its score (the weight of its evidence) fills the rest."""
    return 0.5 + 0.5 * score


def is_low(confidence: float) -> bool:
    """Whether a fact of this confidence is one the pages show apart."""
    return confidence < LOW


@cache
def _year_before() -> re.Pattern[str]:
    """A word that makes the bare year after it a date («в», "since"), right before it."""
    return re.compile(rf"{any_word('date_words.tsv', 'before_year', whole=True)}\s+\Z")


@cache
def _org_heads(morph: Morph) -> frozenset[str]:
    return frozenset(lemma_of(w, morph) for w in load_lines("org_heads.txt"))


@cache
def _registry_titles() -> frozenset[str]:
    """The canonical titles of the registry's acts: a legal act bearing one is a registry act."""
    return frozenset(t for act in registry() for t in (act.title_ru, act.title_en))


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 2)
