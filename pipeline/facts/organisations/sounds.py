"""One organisation the article names in Cyrillic and in Latin letters («Фэйсбук» and "Facebook",
«Твиттер» and "Twitter"): names that sound alike."""

from __future__ import annotations

import re
from functools import cache

from ...data import load_tsv
from ...nlp.lang import has_cyrillic, has_latin
from .records import Fact

_VOWELS = re.compile(r"[aeiouy]")
_MIN_CONSONANTS = 3  # «Эппл» and "Apple" sound as "pl" and "pl", as would many short words


@cache
def _rows() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The spellings of data/sounds.tsv: the Russian letters' and the English ones'."""
    rows = [(letters, plain) for letters, plain in load_tsv("sounds.tsv", 2)]
    return tuple(r for r in rows if has_cyrillic(r[0])), tuple(r for r in rows if not has_cyrillic(r[0]))


def sound(name: str) -> str:
    """The consonants a name written in one alphabet sounds with, in plain Latin letters, each once in a
    row: «Майкрософт» and "Microsoft" both "mkrsft"."""
    cyrillic, latin = _rows()
    spelt = "".join(re.findall(r"[^\W\d_]+", name.lower()))
    for letters, plain in cyrillic if has_cyrillic(spelt) else latin:
        spelt = spelt.replace(letters, plain)
    return _VOWELS.sub("", re.sub(r"(.)\1+", r"\1", spelt))


def transliterated(facts: dict[str, Fact]) -> list[tuple[str, str]]:
    """(key, target): an organisation named only in Cyrillic letters, not in capitals, that sounds as the
    name in Latin letters of exactly one other («Фэйсбук» and the registry's Meta, which "Facebook" names)."""
    latin: dict[str, set[str]] = {}
    for key, fact in facts.items():
        for name in [*fact.names, *(fact.entry.names() if fact.entry else ())]:
            if has_latin(name) and not has_cyrillic(name) and not name.isupper():
                latin.setdefault(sound(name), set()).add(key)
    out = []
    for key, fact in facts.items():
        sounds = {sound(n) for n in fact.names if not n.isupper()}
        if fact.entry is not None or not fact.names or not all(has_cyrillic(n) and not has_latin(n) for n in fact.names) \
                or len(sounds) != 1:
            continue
        targets = latin.get(heard := sounds.pop(), set()) - {key}
        if len(heard) >= _MIN_CONSONANTS and len(targets) == 1:
            out.append((key, targets.pop()))
    return out
