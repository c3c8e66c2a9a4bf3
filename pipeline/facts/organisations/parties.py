"""Political parties English prose names with the word "party" in small letters after the capitalised
name ("membership in the Democratic party", "the Labour party's leader"): the name and the word are
one body, though NER seldom tags it. A country's adjective before the word describes a party of that
country ("the Chinese party"), and a word opening the sentence is no name ("Third party ...")."""

from __future__ import annotations

import re

from .names import of_a_country

_PARTY = re.compile(r"(?<=\bthe )(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+party\b")


def small_party_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every party named "the Democratic party"."""
    out = []
    for m in _PARTY.finditer(text):
        words = m.group("name").split()
        if any(of_a_country(word) for word in words):
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out
