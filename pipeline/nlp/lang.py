"""Language of a stretch of text, told by its letters; the one Cyrillic test and the one case-and-ё fold."""

from __future__ import annotations

import re

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
"""A Cyrillic letter of the Russian alphabet, either case."""
_LAT = re.compile(r"[A-Za-z]")


def has_cyrillic(text: str) -> bool:
    """Whether `text` holds a Russian letter."""
    return CYRILLIC.search(text) is not None


def has_latin(text: str) -> bool:
    """Whether `text` holds a Latin letter."""
    return _LAT.search(text) is not None


def mostly_cyrillic(text: str) -> bool:
    """Whether `text` holds more Russian letters than Latin ones (a line, a body: no threshold, unlike `detect`)."""
    return len(CYRILLIC.findall(text)) > len(_LAT.findall(text))


def fold(text: str) -> str:
    """`text` in lower case with «ё» as «е»: the form words are compared in."""
    return text.lower().replace("ё", "е")


def without_yo(text: str) -> str:
    """`text` with «ё» written «е», case kept: for words compared as written (ЕАЭС, Пётр)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def detect(text: str, default: str = "ru") -> str:
    """`ru` or `en`, by the share of Cyrillic among letters; `default` when there are none."""
    cyr = len(CYRILLIC.findall(text))
    lat = len(_LAT.findall(text))
    if cyr + lat == 0:
        return default
    return "ru" if cyr >= lat * 0.5 else "en"


def overall(sizes: dict[str, int]) -> str:
    """The article's language from characters per language: `ru`, `en` or `mixed`."""
    total = sum(sizes.values()) or 1
    main = max(sizes, key=lambda k: sizes[k]) if sizes else "ru"
    return main if sizes.get(main, 0) / total >= 0.8 else "mixed"
