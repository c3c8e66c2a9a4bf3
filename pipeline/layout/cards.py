"""An issue's page of abstracts cut with the article: one entry for each article of the issue, its
title, its authors and the journal's imprint on a bibliographic card, then its abstract ("Investigation
of ... Codes\\I.A. Chusov, A.S. Shelegov; Editorial board of journal «...» – Obninsk, 2011. – 8 pages,
1 table, 13 illustrations. – References, 8 titles.", «... – 8 с.: 1 табл., 13 ил. – Библиогр.: 8 назв.»).
The entry whose authors are the article's is its own; the others are other articles' and leave the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..nlp.lang import has_cyrillic
from ..record import Author

# the card's closing: pages, tables, illustrations, references counted
_CARD_END = re.compile(r"(?i)[–—-]\s*\d+\s*(?:pages?|p\.|с\.)[^\n]{0,80}?[–—-]\s*(?:References?|Bibliogr\w*|Библиогр\w*)"
                       r"|^\s*[–—-]?\s*(?:References?|Библиогр\w*)\.?\s*:?,?\s*\d+\s*(?:titles?|назв)")  # or its end alone
# where an entry opens: a title run into its authors after a backslash ("...Codes\I.A. Chusov"), or a
# catalogue number on a line of its own
_ENTRY_START = re.compile(r"\\\s*(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ]|^\s*(?:УДК|UDC)\s*[\d.:]")
_CATALOGUE = re.compile(r"\s*(?:УДК|UDC)\s*[\d.:]")
_INITIALLED = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,2}\s?([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’-]+)")
_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh",
                        "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia"})


def _key(surname: str) -> str:
    """A surname in Latin letters as transliterations agree on it: «Бахметьев», "Bakhmetyev" → "bahm"."""
    latin = surname.lower().translate(_LATIN)
    latin = re.sub(r"[^a-z]", "", latin).replace("kh", "h").replace("ts", "c").replace("y", "i").replace("j", "i")
    return latin[:4]


def _surnames(text: str) -> set[str]:
    return {_key(m.group(1)) for m in _INITIALLED.finditer(text)}


def foreign_entries(texts: list[str], body: int, drop: set[int], authors: list[Author],
                    page: Callable[[int], int]) -> set[int]:
    """The paragraphs after the body that hold other articles' entries of an issue's page of abstracts
    (`page`: the page of a paragraph): none when the page has fewer than two entries or none of them is
    the article's own."""
    ends = [i for i in range(body, len(texts)) if i not in drop and _CARD_END.search(texts[i])]
    language = has_cyrillic(texts[ends[0]]) if ends else False
    before_cards = texts[body:max(body + 1, ends[0] - 2)] if ends else []
    main = 2 * sum(len(t) for t in before_cards if has_cyrillic(t)) > sum(map(len, before_cards))  # by characters
    if len(ends) < 2 or language == main:
        return set()  # such a page is in the other language (a reference list's books in the body's are none)
    starts = []
    for end in ends:  # an entry opens where its card does, up to two paragraphs above its closing
        start = next((j for j in range(end, max(body, end - 3), -1) if _ENTRY_START.search(texts[j])), end)
        starts.append(start - 1 if start - 1 > body and _CATALOGUE.match(texts[start - 1]) else start)
    own_names = {_key(a.surname) for a in authors if a.surname}
    entries = [range(start, (starts[k + 1] if k + 1 < len(starts) else len(texts))) for k, start in enumerate(starts)]
    own = [k for k, start in enumerate(starts) if own_names & _surnames(" ".join(texts[start:ends[k] + 1]))]
    if len(own) != 1:
        return set()
    foreign = {i for k, entry in enumerate(entries) if k != own[0] for i in entry}
    # the page opens with the end of the entry before its first: prose in the cards' language on that page
    before = starts[0] - 1
    while before > body and before not in drop and page(before) == page(starts[0]) \
            and has_cyrillic(texts[before]) == language:
        foreign.add(before)
        before -= 1
    return foreign | set(range(starts[own[0]], ends[own[0]] + 1))
