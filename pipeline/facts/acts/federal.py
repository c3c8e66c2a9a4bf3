"""Russian federal laws cited by their number alone, as lawyers and the press write them: «нарушил
152-ФЗ», «требования ФЗ-44», "under 115-FZ". A number with the letters ФЗ (FZ) names one federal
law; it is titled «Федеральный закон № 152-ФЗ» ("Federal Law No. 152-FZ"), which is also how the
law's full naming is titled, so that the two wordings are one act."""

from __future__ import annotations

import re

from .candidate import Candidate

# «152-ФЗ», «ФЗ-152», "115-FZ"; not inside a longer code («N 152-ФЗ-1», «ФЗ-152/3»)
_SIGN_BEFORE = re.compile(r"(?:№|\bN|\bNo\.?|\bNr\.?)\s*$")
_NUMBER = re.compile(r"(?<![\w№/-])(?:(?P<before>\d{1,4})[-‑–](?P<ru>ФЗ|FZ)|(?P<ru2>ФЗ|FZ)[-‑–](?P<after>\d{1,4}))(?![\w/-])")


def find(text: str) -> list[Candidate]:
    """Every federal law `text` cites by its number alone."""
    out = []
    for m in _NUMBER.finditer(text):
        if _SIGN_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # «Федеральный закон ... № 152-ФЗ», "Federal Law 'About Police' N 3-FZ": a full naming's number
        letters = m.group("ru") or m.group("ru2")
        number = f"{m.group('before') or m.group('after')}-{letters}"
        title = f"Федеральный закон № {number}" if letters == "ФЗ" else f"Federal Law No. {number}"
        out.append(Candidate(start=m.start(), end=m.end(), kind="law", title=title, core=title,
                             lang="ru" if letters == "ФЗ" else "en", number=number, strong=True))
    return out


def number_of(title_key: frozenset[str]) -> str | None:
    """The number of the federal law a title's key names («152-фз» of «закон № 152-ФЗ», "Federal Law
    No. 152-FZ"), or None: two titles with one such number name one law, however else they differ."""
    numbers = {m.group(1) for w in title_key if (m := _KEYED.fullmatch(w))}
    return numbers.pop() if len(numbers) == 1 else None


_KEYED = re.compile(r"(\d{1,4})-(?:фз|fz)")
