"""Last stage: the countries named only inside the names of bodies left out, mentions in text order
with their pages, fact mention counts that agree, and every fact's confidence from the evidence
behind it (`confidence.py`)."""

from __future__ import annotations

import re
from collections import Counter

from ..context import Context
from ..intervals import Ranges
from ..lexicon.bidi import strip_bidi, strip_bidi_names
from ..lexicon.cues import word_set
from ..record import Article
from .confidence import weigh_facts
from .organisations.names import ORG_WORDS
from .registry import FACT_TYPES


def finish(article: Article, context: Context) -> Article:
    """Sort `mentions`, give each its page, set every fact's `mentions` from them, then its `confidence`;
    names and titles lose bidi controls (mentions keep the text as it stands).

    Needs the facts, their mentions, `blocks` (where a mention stands) and `relevance`.
    """
    _countries_of_bodies(article)
    article.mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    for m in article.mentions:
        m.page = article.page_at(m.start)
    counts = Counter(m.fact_id for m in article.mentions if m.fact_id)
    for fact_type in FACT_TYPES:
        if fact_type.mention is None:
            continue
        for fact in getattr(article, fact_type.key):
            strip_bidi_names(fact)
            unmentioned = (fact.mentions or 1) if fact_type.counted_once else fact.mentions
            fact.mentions = counts.get(fact.id, unmentioned) + getattr(fact, "footnote_mentions", 0)
    for fact_type in FACT_TYPES:
        if fact_type.mention is None:
            for fact in getattr(article, fact_type.key):
                strip_bidi_names(fact)
    if article.title:
        article.title = strip_bidi(article.title)
    article.titles = {lang: strip_bidi(title) for lang, title in article.titles.items()}
    weigh_facts(article, context.models.morph)
    return article


def _countries_of_bodies(article: Article) -> None:
    """Leave out a country every mention of which stands inside the name of a body other than a
    state's ("Peoples' Friendship University of Russia"), and that no footnote names: the article names
    the body, not the country. A state's body (a registered one, a government, a ministry: "the
    Government of Belgium", «ФТС России») speaks for its country, which it names."""
    states = word_set(ORG_WORDS, "state_body")
    other = {o.id for o in article.organisations if o.registry_id is None
             and not states & {w.lower() for w in re.findall(r"[^\W\d_]+", o.name)}}
    bodies = Ranges((m.start, m.end) for m in article.mentions if m.type == "ORG" and m.fact_id in other)
    if not bodies:
        return
    named = Counter(m.fact_id for m in article.mentions if m.type == "COUNTRY" and not bodies.covers(m.start, m.end))
    gone = {c.id for c in article.countries
            if not named[c.id] and not c.footnote_mentions and any(m.fact_id == c.id for m in article.mentions)}
    if gone:
        article.countries = [c for c in article.countries if c.id not in gone]
        article.mentions = [m for m in article.mentions if m.fact_id not in gone]
