"""Last stage: mentions in text order with their pages, fact mention counts that agree, and every
fact's confidence from the evidence behind it (`confidence.py`)."""

from __future__ import annotations

from collections import Counter

from ..context import Context
from ..lexicon.bidi import strip_bidi, strip_bidi_names
from ..record import Article
from .confidence import weigh_facts
from .registry import FACT_TYPES


def finish(article: Article, context: Context) -> Article:
    """Sort `mentions`, give each its page, set every fact's `mentions` from them, then its `confidence`;
    names and titles lose bidi controls (mentions keep the text as it stands).

    Needs the facts, their mentions, `blocks` (where a mention stands) and `relevance`.
    """
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
