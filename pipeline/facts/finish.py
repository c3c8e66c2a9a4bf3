"""Last stage: mentions in text order with their pages, fact mention counts that agree, and every
fact's confidence from the evidence behind it (`confidence.py`)."""

from __future__ import annotations

from collections import Counter

from ..context import Context
from ..record import Article
from .confidence import weigh_facts
from .registry import FACT_TYPES


def finish(article: Article, context: Context) -> Article:
    """Sort `mentions`, give each its page, set every fact's `mentions` from them, then its `confidence`.

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
            unmentioned = (fact.mentions or 1) if fact_type.counted_once else fact.mentions
            fact.mentions = counts.get(fact.id, unmentioned)
    weigh_facts(article, context.models.morph)
    return article
