"""An English name that runs on over a table's columns: the name, the country, the kind of body, read
as one line ("Deutsche Bank Germany Bank")."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import word_set
from ...lexicon.numbers import alternation
from ...nlp.lang import has_cyrillic
from ..countries import load_countries
from .names import ORG_WORDS


@cache
def _country_after_name() -> re.Pattern[str]:
    names = [entry.en for entry in load_countries().values() if " " not in entry.en or entry.en.istitle()]
    return re.compile(rf"(?<=[^\W\d_])[ \t]+{alternation(names)}(?:[ \t]+(?P<rest>[A-Z][a-z]+))?$")


def country_column(name: str, heads: frozenset[str]) -> int | None:
    """Where an English name that runs on over a table's columns ends: before a country's name that no
    preposition introduces and after which comes no more than a kind of body ("Deutsche Bank Germany Bank",
    "Barclays United Kingdom Bank"; "Bank of England", "Air France" and "Bank Austria" stay whole)."""
    if has_cyrillic(name) or len(name.split()) < 3:
        return None
    m = _country_after_name().search(name)
    if m is None or not m.group("rest") or m.group("rest").lower() not in heads:
        return None
    before = name[:m.start()].split()
    if not before or before[-1].lower() in word_set(ORG_WORDS, "connector") or before[-1].lower() in ("the", "and", "&"):
        return None
    return m.start()
