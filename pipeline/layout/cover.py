"""The pages before an article's own first page: a publisher's cover sheet, a volume's front pages, a
series' pages before a working paper's abstract; and a card the first page's foot sets before the keywords."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from ..ingest.repair import CONTENTS_LINE
from ..lexicon.cues import label
from ..nlp.lang import has_cyrillic
from ..record import Article
from . import front, zones

_SERIES_PAGES = 8  # the pages a series may print before a working paper's abstract
_SERIES_SHARE = 4  # how many times longer than the series' pages the article after them is at least
SENTENCE_END = re.compile(r"[а-яёa-z»)][.!?](?:\s+[A-ZА-ЯЁ]|\s*$)")  # a sentence's end after a word in small letters


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


def series_pages(texts: list[str], zone: range, page: Callable[[int], int]) -> int | None:
    """Where a working paper's or a report's own pages end and its series' pages begin, when the front
    matter runs over pages before the labelled abstract that opens the article (a copyright page, the
    series' or the institution's description): at the first paragraph of prose, in the abstract's
    script, on a page before the abstract's, among the first pages; else none. An unlabelled abstract
    stands right before its labelled translation, in the other script."""
    if not zone or zone.stop >= len(texts) or not zones.abstract_label().match(texts[zone.stop]):
        return None
    at = page(zone.stop)
    if at > _SERIES_PAGES or at < 2:
        return None
    script = has_cyrillic(texts[zone.stop])
    first = next((i for i in zone if page(i) < at and len(texts[i]) >= 200 and has_cyrillic(texts[i]) == script
                  and len(SENTENCE_END.findall(texts[i])) >= 2 and front.kind_of(texts[i]) is None), None)
    # the article after the abstract is many times longer than the pages before it (a summary after a body is not)
    if first is None or sum(map(len, texts[zone.stop:])) < _SERIES_SHARE * sum(map(len, texts[first:zone.stop])):
        return None
    return first


def cards_before_keywords(texts: list[str], body: int, reach: int) -> set[int]:
    """The paragraphs between the abstract and the keywords within `reach` that are addresses: a
    corresponding author's card at the foot of the first page, read before the keywords atop the next."""
    keyed = next((i for i in range(body, min(body + reach, len(texts))) if zones.keywords_label().match(texts[i])), body)
    return {i for i in range(body + 1, keyed) if len(texts[i]) < 300 and front.address(" ".join(texts[i].split()))}


_CONTENTS_BOX = 3  # entries a contents box lists at least
# an entry of contents: a numbered heading («I. Institutional Background», «B. First Year GPAs»), a page's
# number alone, or a heading ended by its page's number («V. Results 103», «REFERENCES 115»)
_ENTRY = re.compile(r"(?:(?:[IVXLC]{1,5}|[A-ZА-ЯЁ]|\d{1,2}(?:\.\d{1,2})*)\.\s+\S.{0,150}|\d{1,4}|\S.{1,120}?\s\d{1,4})")


@cache
def _contents_label() -> re.Pattern[str]:
    """«Содержание», "Contents" alone on a line."""
    return re.compile(rf"(?i:{label('contents')})\s*[.:]?")


def contents_box(texts: list[str], start: int, stop: int) -> range:
    """The paragraphs of a contents box on the article's first page, from its label («Содержание»,
    "Contents") over its entries (the title it may repeat first), when it lists three or more; else none."""
    at = next((i for i in range(start, stop) if _contents_label().fullmatch(texts[i].strip())), None)
    if at is None:
        return range(0)
    end = at + 1
    while end < min(len(texts), at + 3) and not _ENTRY.fullmatch(" ".join(texts[end].split())) and len(texts[end]) < 200:
        end += 1  # the article's title the box repeats over its entries
    while end < len(texts) and (_ENTRY.fullmatch(flat := " ".join(texts[end].split())) and not flat.endswith((".", ",", ";", ":"))
                                or front.kind_of(flat) in ("references", "appendix") and len(flat) < 40):
        end += 1
    return range(at, end) if end - at > _CONTENTS_BOX else range(0)
