"""Where the reference lists stand among an article's paragraphs: after their heading up to their last
entry, on after a float the layout set inside them, at the text's end without a heading; and the
label lines (abstract, keywords) and headings that end them."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.cues import label
from ..nlp.lang import has_cyrillic
from . import front, references
from .captions import caption

LABEL_MARK = r"(?:[ \t]?\d|[*∗†‡])?"  # a note's mark on a label («Ключевые слова1», "Keywords 1" as the layer reads it)


@cache
def opening_heading(*kinds: str) -> re.Pattern[str]:
    """A heading the body opens with, numbered or not («Введение», "1. Introduction"; with "background"
    among `kinds`, "Background" too), to be matched whole."""
    return re.compile(rf"(?:\d{{1,2}}\.?\s+)?(?i:{label(*kinds)})\s*\.?")


@cache
def abstract_label() -> re.Pattern[str]:
    """«Аннотация.», "Abstract:", the label alone, or the label before the text's first capital; not a line of
    contents ("Abstract . . . . . 4")."""
    return re.compile(rf"(?:\d{{1,2}}\.?\s+)?(?i:{label('abstract')}){LABEL_MARK}{_NO_LEADER}(?:\s*[.:—–-]|\s*$|\s+(?=[A-ZА-ЯЁ]))")


@cache
def keywords_label() -> re.Pattern[str]:
    return re.compile(rf"(?i:{label('keywords')}){LABEL_MARK}{_NO_LEADER}\s*(?:[.:—–-]|$)")


_NO_LEADER = r"(?!\s*(?:\.\s?){3})"  # the dots that lead a line of contents to its page


def unheaded_list(texts: list[str], body: int, drop: set[int]) -> list[str]:
    """A reference list whose heading the file lost: the paragraphs that close the text (before the tables
    and figures a journal sets after the list), at least five of which read as entries and 60% of them
    from each one on to the end (the others are entries broken at a page end); they leave the text."""
    tail = [i for i in range(body + 1, len(texts)) if i not in drop]
    entry = _EntryFlags([texts[i] for i in tail])  # read from the end, as far as the list goes
    start, hits, seen = len(texts), 0, 0
    floats = _floats_at_end([texts[i] for i in tail])
    tail = tail[:floats]
    for k in range(len(tail) - 1, -1, -1):
        hits, seen = hits + entry[k], seen + 1
        if entry[k] and hits >= 0.6 * seen:
            start = tail[k]
        elif hits < 0.6 * seen - 2:
            break
    # the list ends with its last entry: what follows it (the other language's abstract and keywords
    # after a Russian article's list) is no part of it
    last = max((i for k, i in enumerate(tail) if i >= start and entry[k]), default=start)
    for i in (i for i in tail if i > last):
        if not _continues(texts[i]):
            break
        last = i  # the end of the last entry, broken off at a page's end
    zone = [i for i in tail if start <= i <= last]
    if sum(entry[k] for k, i in enumerate(tail) if i >= start) < 5:
        return []
    # with no heading, numbers alone make no list: a third of its paragraphs read as entries without theirs (the
    # numbered terms closing a joint statement, the articles of an agreement do not)
    unnumbered = _EntryFlags([references.without_number(texts[i]) for i in zone])  # (entries broken in two count)
    if sum(unnumbered.all()) < max(3, len(zone) / 3):
        return []
    drop.update(zone)
    return [texts[i] for i in zone]


def _floats_at_end(texts: list[str]) -> int:
    """Where the tables and figures set after the list at the text's end begin (as some journals set them):
    the first caption after the last paragraph that reads as an entry; `len(texts)` if none."""
    cut = len(texts)
    for k in range(len(texts) - 1, -1, -1):
        text = texts[k].strip()
        if caption().match(text):
            cut = k
        elif references.is_entry(text) and not references.source_label().match(text):
            break
    return cut


def without_transliterations(lists: list[list[str]]) -> list[list[str]]:
    """The reference lists but a list in Latin letters that repeats a Cyrillic one before it entry for
    entry (the transliterated «References» of a Russian journal): as many entries, give or take a
    quarter."""
    def cyrillic_share(paragraphs: list[str]) -> float:
        return sum(map(has_cyrillic, paragraphs)) / len(paragraphs) if paragraphs else 0.0

    kept: list[tuple[list[str], int, float]] = []  # a list, its number of entries, its share in Cyrillic
    for paragraphs in lists:
        size, share = len(references.entries(paragraphs)), cyrillic_share(paragraphs)
        if not any(earlier_share >= 0.3 and share < 0.1 and 0.75 * earlier_size <= size <= 1.25 * earlier_size
                   for _, earlier_size, earlier_share in kept):
            kept.append((paragraphs, size, share))
    return [paragraphs for paragraphs, _, _ in kept]


def reference_zone(texts: list[str], start: int) -> range:
    """The paragraphs of a reference list after its heading: up to the next label, or heading that
    neither is nor comes before an entry, and there up to the last entry after which at least 60% of
    the paragraphs read as entries (the others are entries broken at a page or column end, or
    entries of an odd style). When the columns set the heading before the body's last paragraphs,
    the list opens with its first number a few paragraphs on, and the paragraphs before stay."""
    zone = zone_from(texts, start)
    if zone:
        return zone
    first = next((j for j in range(start, min(start + 8, len(texts))) if references.number(texts[j]) == 1), None)
    return zone if first is None else zone_from(texts, first)


def zone_from(texts: list[str], start: int) -> range:
    entry = _EntryFlags(texts[start:]).all() + [False]
    end = start
    number = 0  # the last number of a numbered list: a piece of an entry set like a heading
    # ("10.1109/dasc/picom/") does not end the list when the next numbers follow it
    while end < len(texts) and front.kind_of(texts[end]) is None and not is_label(texts[end]) \
            and not (heading(texts[end]) and not entry[end - start] and not entry[end + 1 - start]
                     and not (number and any(references.number(t) in range(number + 1, number + 3)
                                             for t in texts[end + 1:end + 4]))):
        number = references.number(texts[end]) or number
        end += 1
    stop = start
    hits = 0
    for seen, j in enumerate(range(start, end), 1):
        hits += entry[j - start]
        if (entry[j - start] or _continues(texts[j])) and hits >= 0.6 * seen:
            stop = j + 1
    return range(start, stop)


def list_goes_on(texts: list[str], zone: range) -> range | None:
    """Where a numbered list goes on after something the layout set inside it (a formula, a figure, a
    table): within the next 150 paragraphs, an entry with the next number (or the next two numbers), and
    the list from there; an unnumbered list, where three entries follow in a row (`_entries_go_on`)."""
    last = max((n for j in zone if (n := references.number(texts[j])) is not None), default=None)
    if last is None:
        return _entries_go_on(texts, zone.stop)
    for j in range(zone.stop, min(len(texts), zone.stop + 150)):
        if references.number(texts[j]) == last + 1 and (references.is_entry(references.without_number(texts[j]))
                                                         or any(references.number(t) == last + 2 for t in texts[j + 1:j + 4])):
            rest = zone_from(texts, j)
            return rest or None
    return None


def is_label(text: str) -> bool:
    return bool(abstract_label().match(text) or keywords_label().match(text))


def heading(text: str) -> bool:
    flat = text.strip()
    return len(flat) < 100 and "\n" not in flat and not flat.endswith((".", ",", ";", ":"))


def _entries_go_on(texts: list[str], stop: int) -> range | None:
    """Where a list of unnumbered entries goes on after paragraphs the layout set inside it (the end
    of the body a page break put after its first entries, a figure): within the next 40 paragraphs,
    three entries in a row before any other reference list's heading, and the list from there."""
    ahead = texts[stop:stop + 40]
    flags = _EntryFlags(ahead)
    for k in range(len(ahead) - 2):
        if front.kind_of(ahead[k]) == "references":
            return None
        if flags.alone_entry(k) and flags.alone_entry(k + 1) and flags.alone_entry(k + 2):
            return zone_from(texts, stop + k) or None
    return None


class _EntryFlags:
    """Whether each paragraph reads as a reference entry, or as part of one the layout broke over two
    paragraphs ("Fratiglioni, L., Paillard-Borg, S. and Winblad, B." / "(2004). An active ..."); each
    read when asked."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.alone: dict[int, bool] = {}
        self.joined: dict[int, bool] = {}

    def alone_entry(self, i: int) -> bool:
        """Whether paragraph `i` reads as an entry by itself."""
        if i not in self.alone:
            self.alone[i] = references.is_entry(self.texts[i])
        return self.alone[i]

    def _joined(self, i: int) -> bool:  # paragraphs i and i + 1 as one
        if i not in self.joined:
            self.joined[i] = references.is_entry(f"{self.texts[i]} {self.texts[i + 1]}")
        return self.joined[i]

    def __getitem__(self, i: int) -> bool:
        return self.alone_entry(i) or (i + 1 < len(self.texts) and not self.alone_entry(i + 1) and self._joined(i)) \
            or (i > 0 and not self.alone_entry(i - 1) and self._joined(i - 1))

    def all(self) -> list[bool]:
        return [self[i] for i in range(len(self.texts))]


def _continues(text: str) -> bool:
    """A piece of a reference entry broken off its start (a page break inside the list)."""
    flat = text.strip()
    return len(flat) < 300 and flat[:1].islower()


_WORK_ID = re.compile(r"(?i)\bdoi\b|https?://|^\s*\[\d+\]")


def worded(text: str) -> bool:
    """Whether a line could be a title: words, mostly, and no reference's number or work's address
    ("[27] R.P. Mildren ...", "DOI: ...", "AID-JSFA603%3E3.0.CO;2-1")."""
    letters = sum(c.isalpha() or c.isspace() for c in text)
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= 2 and letters >= 0.8 * len(text) and not _WORK_ID.search(text)
