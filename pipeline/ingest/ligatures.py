"""Ligatures a font maps to control codes without a Unicode map: TeX fonts print "ff", "fi", "fl",
"ffi" and "ffl" as one glyph each, and pdfium reads such glyphs of some fonts as codes 0x0B-0x0F or
0x1B-0x1F ("e\\x1dects", "\\x1bnd", "o\\x1ccial"). On a page, each code is read as the ligature that
makes known English words (`data/ligature_words.txt`) of the words it stands in; a code no word so
reads stays for the reader of hyphens (`pdflayout.recoded`: «E\\x1dmail»)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import TYPE_CHECKING

from ..data import load_lines
from ..nlp.lang import has_cyrillic

if TYPE_CHECKING:
    from .pdflayout import Line

_CODES = "\x0b\x0c\x0e\x0f\x1b\x1c\x1d\x1e\x1f"
_ANY = re.compile(f"[{_CODES}]")
_WORD = re.compile(f"[A-Za-z{_CODES}]*[{_CODES}][A-Za-z{_CODES}]*")
_LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "al", "ally", "ness", "ment", "ments", "ity", "ities", "ive")
_SURE = 0.8  # the share of a code's words the leading ligature must read for the rest to follow it


@cache
def _known() -> frozenset[str]:
    return frozenset(load_lines("ligature_words.txt"))


def _english(word: str) -> bool:
    """Whether a word is a known English one, or one with a known stem and a usual ending."""
    known = _known()
    word = word.lower()
    return word in known or any(word.endswith(e) and (word[:-len(e)] in known or word[:-len(e)] + "e" in known)
                                for e in _ENDINGS)


def read_ligatures(lines: list[Line]) -> None:
    """Read the ligature codes of a page's lines of Latin letters, in place."""
    latin = [line for line in lines if _ANY.search(line.text) and not has_cyrillic(line.text)]
    if not latin:
        return
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    words: Counter[str] = Counter()  # the words each code stands in alone
    for line in latin:
        for m in _WORD.finditer(line.text):
            codes = {c for c in m.group(0) if c in _CODES}
            if len(codes) == 1:
                code = codes.pop()
                words[code] += 1
                votes[code].update(lig for lig in _LIGATURES if _english(m.group(0).replace(code, lig)))
    reading = {code: ligature for code, counts in votes.items() for ligature, n in counts.most_common(1)}
    if not reading:
        return
    # where most of a code's words read as words by one ligature, the code is that ligature everywhere
    # ("o\x1cceholders" with "o\x1ccial" and "a\x1crmative"); elsewhere only in the words it makes
    sure = {code for code, ligature in reading.items() if votes[code][ligature] >= _SURE * words[code]}

    def read(m: re.Match[str]) -> str:
        word = m.group(0)
        for code, ligature in reading.items():
            if code in word and (code in sure or _english(word.replace(code, ligature))):
                word = word.replace(code, ligature)
        return word

    for line in latin:
        line.text = _WORD.sub(read, line.text)
