"""Which of many character ranges meet a given range, in logarithmic time rather than by a scan.

Facts are found as ranges of the text, and most stages ask of each new range whether an earlier
one overlaps it, covers it or holds a position. Scanning every earlier range makes a text with
many mentions cost the square of its length; `Ranges` keeps them sorted by start, with the
furthest end reached so far, so that a question looks only at the ranges near it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
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
        self._bounds = bounds
        keyed = sorted(((bounds(x), n, x) for n, x in enumerate(items)), key=lambda k: (k[0], k[1]))
        self._keys = [(b[0], b[1], n) for b, n, _ in keyed]
        self._items = [x for _, _, x in keyed]
        self._added = len(self._items)
        self._reach: list[int] = []  # the largest end among the first i + 1 ranges
        self._valid = 0  # how many leading entries of `_reach` are right

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def add(self, item: T) -> None:
        """Take one more range; cheap when ranges come in order of their starts, as they mostly do."""
        start, end = self._bounds(item)
        key = (start, end, self._added)
        self._added += 1
        at = bisect_right(self._keys, key)
        self._keys.insert(at, key)
        self._items.insert(at, item)
        self._valid = min(self._valid, at)

    def _candidates(self, first_end: int, strict: bool, last_start: int, start_strict: bool) -> Iterator[int]:
        """Indexes of ranges whose end passes `first_end` (> when strict, else >=) and whose start is
        before `last_start` (< when start_strict, else <=)."""
        self._refresh()
        low = (bisect_right if strict else bisect_left)(self._reach, first_end)
        high = (bisect_left if start_strict else bisect_right)(self._keys, (last_start,) if start_strict
                                                                else (last_start, float("inf")))
        for i in range(low, high):
            end = self._keys[i][1]
            if end > first_end if strict else end >= first_end:
                yield i

    def _refresh(self) -> None:
        if self._valid == len(self._keys):
            return
        del self._reach[self._valid :]
        reach = self._reach[-1] if self._reach else -1
        for start_end in self._keys[self._valid :]:
            reach = max(reach, start_end[1])
            self._reach.append(reach)
        self._valid = len(self._keys)

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
