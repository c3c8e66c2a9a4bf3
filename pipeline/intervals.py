"""Which of many character ranges meet a given range, in logarithmic time rather than by a scan.

Facts are found as ranges of the text, and most stages ask of each new range whether an earlier
one overlaps it, covers it or holds a position. Scanning every earlier range makes a text with
many mentions cost the square of its length; `Ranges` keeps them sorted by start, with the
furthest end reached so far, so that a question looks only at the ranges near it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def _bounds(item: Any) -> tuple[int, int]:
    """The (start, end) of a pair, or of an object with `start` and `end`."""
    if isinstance(item, tuple):
        return item[0], item[1]
    return item.start, item.end


class Ranges(Generic[T]):
    """Half-open ranges [start, end), each carried by an item; `bounds` reads an item's range
    (by default a pair's first two values, or an object's `start` and `end`)."""

    def __init__(self, items: Iterable[T] = (), bounds: Callable[[T], tuple[int, int]] = _bounds) -> None:
        keyed = sorted(((bounds(x), n, x) for n, x in enumerate(items)), key=lambda k: (k[0], k[1]))
        self._keys = [(b[0], b[1], n) for b, n, _ in keyed]
        self._items = [x for _, _, x in keyed]
        self._reach = list(accumulate((end for _, end, _ in self._keys), max))  # the largest end so far

    def _candidates(self, first_end: int, strict: bool, last_start: int, start_strict: bool) -> Iterator[int]:
        """Indexes of ranges whose end passes `first_end` (> when strict, else >=) and whose start is
        before `last_start` (< when start_strict, else <=)."""
        low = (bisect_right if strict else bisect_left)(self._reach, first_end)
        high = (bisect_left if start_strict else bisect_right)(self._keys, (last_start,) if start_strict
                                                                else (last_start, float("inf")))
        for i in range(low, high):
            end = self._keys[i][1]
            if end > first_end if strict else end >= first_end:
                yield i

    def overlapping(self, start: int, end: int) -> list[T]:
        """The ranges that share at least one character with [start, end)."""
        return [self._items[i] for i in self._candidates(start, True, end, True)]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any range shares at least one character with [start, end)."""
        return next(self._candidates(start, True, end, True), None) is not None

    def covering(self, start: int, end: int) -> list[T]:
        """The ranges that hold all of [start, end)."""
        return [self._items[i] for i in self._candidates(end, False, start, False)]

    def covers(self, start: int, end: int) -> bool:
        """Whether some range holds all of [start, end)."""
        return next(self._candidates(end, False, start, False), None) is not None

    def holds(self, position: int) -> bool:
        """Whether some range holds the character at `position`."""
        return self.overlaps(position, position + 1)


def near(text: str, anchor: re.Pattern[str], reach: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The stretches of `text[start:end]` within `reach` characters of a match of `anchor`, overlapping ones
    joined. A pattern every match of which holds an anchor no further than `reach` from its ends finds
    the same matches scanning these alone (`finditer_near`) as scanning the whole text, at the cost
    of the anchor's scan: a date's rules its year, a citation its number in brackets."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text, start, end):
        low, high = max(start, m.start() - reach), min(end, m.end() + reach)
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
    return out


def finditer_near(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` inside the stretches `near` gave, in text order."""
    for low, high in windows:
        yield from pattern.finditer(text, low, high)
