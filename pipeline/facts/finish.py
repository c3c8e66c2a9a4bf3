"""Last stage: mentions in text order with their pages, and fact mention counts that agree."""

from __future__ import annotations

from collections import Counter

from ..context import Context
from ..record import Article


def finish(article: Article, context: Context) -> Article:
    """Sort `mentions`, give each its page, and set every fact's `mentions` from them."""
    article.mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    for m in article.mentions:
        m.page = article.page_at(m.start)
    counts = Counter(m.fact_id for m in article.mentions if m.fact_id)
    for facts in (article.organisations, article.countries, article.treaties, article.dates):
        for fact in facts:
            fact.mentions = counts.get(fact.id, fact.mentions)
    for figure in article.figures:
        figure.mentions = counts.get(figure.id, figure.mentions or 1)
    return article
