"""The date a legal act carries where it is named: «от 08.12.1999», «(2014г.)», "of 15 December 1950".

The date itself is read by the date grammar (`facts.dates.date_at`); here is only what leads to it.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import FUNCTION_WORDS, any_word
from ..dates import date_at
from .lexicon import ACT_WORDS

_CLOSE = re.compile(r"\s*\)")


def _words(*kinds: str) -> str:
    return any_word(ACT_WORDS, *kinds)


@cache
def _lead() -> re.Pattern[str]:
    """What leads from an act's name to its date: «от», «(», «, подписанный в Минске», "which was signed on the"."""
    signed = (
        rf"(?:(?:{_words('which')}\s+)?{_words('was')}\s+)?{_words('signed')}"
        rf"(?:\s+{_words('place')}\s+[A-ZА-ЯЁ][\w-]+)?\s+(?:{_words('on')}\s+)?(?:{any_word(FUNCTION_WORDS, 'definite')}\s+)?"
    )
    return re.compile(rf"\s*,?\s*(?:{_words('dated')}\s+|\(\s*|{signed})", re.I)


def date_after(text: str, pos: int) -> tuple[str, int] | None:
    """An ISO date (or year) written right after `pos`, and where it ends; None when there is none."""
    lead = _lead().match(text, pos)
    if lead is None:
        return None
    date = date_at(text, lead.end())
    if date is None:
        return None
    close = _CLOSE.match(text, date.end)
    return date.value, close.end() if close else date.end
