"""The words that make a number an amount: currencies and units, read from their data files."""

from __future__ import annotations

from functools import cache

from ..data import load_tsv
from .numbers import alternation, scale_pattern

KINDS = ("money", "percent", "quantity", "ratio", "points")


@cache
def currencies() -> tuple[tuple[str, str, str], ...]:
    """(form, ISO code, before|after) rows of the currency word list."""
    return tuple((form, code, place) for form, code, place in load_tsv("currencies.tsv", 3, ((2, ("before", "after")),)))


def hundredths(code: str) -> tuple[str, float]:
    """A currency's code and what one of the word counts in it: "USD/100" (cents) is (USD, 0.01), "USD" (USD, 1)."""
    base, _, parts = code.partition("/")
    return base, 1.0 / int(parts) if parts else 1.0


@cache
def units() -> tuple[tuple[str, str, str], ...]:
    """(form, unit, kind) rows of the unit word list."""
    return tuple((form, unit, kind) for form, unit, kind in load_tsv("units.tsv", 3, ((2, KINDS),)))


@cache
def unit_words() -> str:
    """A regex for any unit, currency or scale word that may follow a number."""
    after = [form for form, _, place in currencies() if place == "after"]
    return alternation(after + [form for form, _, _ in units()]) + "|" + scale_pattern().removeprefix(r"\s*")
