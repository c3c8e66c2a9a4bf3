"""The pages before an article's own first page: a publisher's cover sheet, a volume's front pages."""

from __future__ import annotations

from collections import Counter

from ..ingest.repair import CONTENTS_LINE
from ..record import Article
from . import front, zones


def cover_sheet(article: Article, paragraphs: list[tuple[int, int]]) -> range:
    """The paragraphs of the first page when it is a cover sheet ("To cite this article:", "Stable URL:")
    and the article goes on after it; else none."""
    if len(article.page_starts) < 2 or not article.page_starts[1]:
        return range(0)
    first = [i for i, (start, _) in enumerate(paragraphs) if start < article.page_starts[1]]
    if not first or len(first) == len(paragraphs) \
            or not any(front.cover_line(article.text[paragraphs[i][0]:paragraphs[i][1]]) for i in first):
        return range(0)
    return range(0, first[-1] + 1)


def volume_front(article: Article, paragraphs: list[tuple[int, int]]) -> range:
    """The pages of a volume before an article cut from it (the title page, the imprint, the contents):
    through the last of the opening pages with lines of contents, when no page after them has such
    lines and the page after them opens an article with its abstract or keywords; else none."""
    pages = len(article.page_starts)
    if pages < 4:
        return range(0)

    def page(i: int) -> int:
        return article.page_at(paragraphs[i][0]) or 1

    texts = [article.text[s:e] for s, e in paragraphs]
    leaders = Counter(page(i) for i in range(len(paragraphs)) if CONTENTS_LINE.search(texts[i]))
    last = next((n for n in range(1, min(5, pages)) if leaders[n] >= 2), None)  # the contents open early
    while last is not None and leaders[last + 1] >= 2:
        last += 1  # and run on over as many pages as the volume needs
    if last is None or last >= pages - 1 or any(n > last and count >= 2 for n, count in leaders.items()):
        return range(0)
    end = max(i for i in range(len(paragraphs)) if page(i) <= last) + 1
    labelled = any((zones.abstract_label().match(texts[i]) or zones.keywords_label().match(texts[i]))
                   for i in range(end, len(paragraphs)) if page(i) == last + 1)
    return range(0, end) if labelled else range(0)
