"""The words that make a number an amount: currencies and units, read from their data files."""

from __future__ import annotations

from functools import cache

from ..data import load_tsv
from ..errors import DataFileError
from .numbers import alternation, scale_pattern

KINDS = ("money", "percent", "quantity", "ratio", "points")


@cache
def currencies() -> tuple[tuple[str, str, str], ...]:
    """(form, ISO code, before|after) rows of the currency word list."""
    rows = tuple((form, code, place) for form, code, place in load_tsv("currencies.tsv", 3))
    for form, _, place in rows:
        if place not in ("before", "after"):
            raise DataFileError(f"currencies.tsv: expected 'before' or 'after' for {form!r}, found {place!r}")
    return rows


@cache
def units() -> tuple[tuple[str, str, str], ...]:
    """(form, unit, kind) rows of the unit word list."""
    rows = tuple((form, unit, kind) for form, unit, kind in load_tsv("units.tsv", 3))
    for form, _, kind in rows:
        if kind not in KINDS:
            raise DataFileError(f"units.tsv: expected a kind of {KINDS} for {form!r}, found {kind!r}")
    return rows


@cache
def unit_words() -> str:
    """A regex for any unit, currency or scale word that may follow a number."""
    after = [form for form, _, place in currencies() if place == "after"]
    return alternation(after + [form for form, _, _ in units()]) + "|" + scale_pattern().removeprefix(r"\s*")
