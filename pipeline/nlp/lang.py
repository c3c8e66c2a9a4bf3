"""Language of a stretch of text, told by its letters."""

from __future__ import annotations

import re

_CYR = re.compile(r"[А-Яа-яЁё]")
_LAT = re.compile(r"[A-Za-z]")


def detect(text: str, default: str = "ru") -> str:
    """`ru` or `en`, by the share of Cyrillic among letters; `default` when there are none."""
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    if cyr + lat == 0:
        return default
    return "ru" if cyr >= lat * 0.5 else "en"


def overall(sizes: dict[str, int]) -> str:
    """The article's language from characters per language: `ru`, `en` or `mixed`."""
    total = sum(sizes.values()) or 1
    main = max(sizes, key=lambda k: sizes[k]) if sizes else "ru"
    return main if sizes.get(main, 0) / total >= 0.8 else "mixed"
