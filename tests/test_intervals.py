"""Ranges answers exactly what a scan of every range answers, on ranges of every shape."""

from __future__ import annotations

import random

from pipeline.intervals import Ranges


def _random_ranges(rng: random.Random, n: int, size: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        start = rng.randrange(size)
        out.append((start, start + rng.choice([0, 1, 2, 5, 30, rng.randrange(size)])))
    return out


def test_every_question_agrees_with_a_scan_of_all_ranges() -> None:
    rng = random.Random(7)
    for _ in range(200):
        pairs = _random_ranges(rng, rng.randrange(0, 40), 100)
        ranges = Ranges(pairs)
        for _ in range(30):
            a = rng.randrange(-5, 110)
            b = a + rng.choice([0, 1, 3, 20])
            assert sorted(ranges.overlapping(a, b)) == sorted(p for p in pairs if p[0] < b and a < p[1])
            assert ranges.overlaps(a, b) == any(p[0] < b and a < p[1] for p in pairs)
            assert sorted(ranges.covering(a, b)) == sorted(p for p in pairs if p[0] <= a and b <= p[1])
            assert ranges.covers(a, b) == any(p[0] <= a and b <= p[1] for p in pairs)
            assert ranges.holds(a) == any(p[0] <= a < p[1] for p in pairs)


def test_objects_with_start_and_end_are_read_as_ranges() -> None:
    from pipeline.record import Mention

    mentions = [Mention("ORG", "ФТС России", 10, 20), Mention("LOC", "Беларусь", 30, 38)]
    ranges = Ranges(mentions)
    assert [m.text for m in ranges.overlapping(15, 35)] == ["ФТС России", "Беларусь"]
    assert ranges.covering(31, 33)[0].type == "LOC"
    assert not ranges.overlaps(20, 30)
