"""Bidirectional-text controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C): they reorder what a
page or a spreadsheet shows, so names lose them and page text shows each one as a visible mark."""

from __future__ import annotations

import re
from typing import Any

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
NAME_FIELDS = ("name", "name_en", "title", "label", "subject", "abbreviation", "aliases", "parties")


def strip_bidi(text: str) -> str:
    """`text` without bidi controls."""
    return _BIDI.sub("", text)


def show_bidi(text: str) -> str:
    """`text` with each bidi control written out as a visible mark, e.g. «[U+202E]»."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def has_bidi(text: str) -> bool:
    """Whether `text` holds a bidi control."""
    return _BIDI.search(text) is not None


def strip_bidi_names(fact: Any) -> None:
    """Take bidi controls out of a fact's names and titles (strings and lists of strings), in place."""
    for name in NAME_FIELDS:
        value = getattr(fact, name, None)
        if isinstance(value, str):
            setattr(fact, name, strip_bidi(value))
        elif isinstance(value, list):
            setattr(fact, name, [strip_bidi(v) if isinstance(v, str) else v for v in value])
