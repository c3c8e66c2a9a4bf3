"""Acts of the European Union cited by their number: "Regulation (EU) No 952/2013", "Council
Regulation (EEC) No 2913/92", "Directive 2006/112/EC", "Commission Implementing Decision (EU)
2019/1020", «Регламент Совета (ЕЭС) № 2913/92», «Директива 2006/112/ЕС». Each is an act of kind
`decision`, titled as printed (a Russian kind word in the nominative); the year its number holds is
its year."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word
from .candidate import Candidate
from .lexicon import ACT_WORDS
from .when import date_after

# a Russian kind word in any case, and its nominative
_RUSSIAN_KINDS = {"регламент": "Регламент", "директив": "Директива", "решени": "Решение"}


@cache
def _citation() -> re.Pattern[str]:
    union = any_word(ACT_WORDS, "union")
    issuer = any_word(ACT_WORDS, "issuer", whole=True)
    number = rf"(?P<number>\d{{1,4}}/\d{{2,4}}(?:/{union})?)(?![\w/])"
    english = (rf"(?:{issuer}\s+)?(?:(?:Implementing|Delegated)\s+)?(?P<kind>Regulation|Directive|Decision)"
               rf"\s*(?:\({union}\)\s*)?(?:No\.?\s*)?{number}")
    russian = (rf"(?:(?:Имплементационн|Исполнительн|Делегированн)[а-я]{{2,3}}\s+)?"
               rf"(?P<ru>Регламент|Директив|Решени)[а-я]{{0,3}}(?:\s+{issuer})?\s*(?:\({union}\)\s*)?(?:№\s*)?"
               + number.replace("number", "ru_number"))
    return re.compile(rf"(?<![^\W\d_])(?:{english}|{russian})")


def find(text: str) -> list[Candidate]:
    """Every citation of a Union act by its number in `text`."""
    out = []
    for m in _citation().finditer(text):
        title = " ".join(m.group(0).split())
        lang = "en"
        if m.group("ru"):
            lang = "ru"
            stem = m.group("ru")
            word = re.match(r"[а-я]*", text[m.end("ru"):])
            title = title.replace(stem + (word.group(0) if word else ""), _RUSSIAN_KINDS[stem.lower()], 1)
            title = title[0].upper() + title[1:]
        number = m.group("number") or m.group("ru_number")
        cand = Candidate(start=m.start(), end=m.end(), kind="decision", title=title, lang=lang, strong=True,
                         core=title, number=number)
        when = date_after(text, m.end())  # "of 2 December 2014", «от 12 октября 1992 г.»
        cand.date = when[0] if when else _year(number)
        out.append(cand)
    return out


def _year(number: str) -> str | None:
    """The year of a Union act's number: "952/2013" and "2006/112/EC" give theirs, "2913/92" 1992."""
    parts = number.split("/")
    if len(parts[0]) == 4 and parts[0][:2] in ("19", "20"):
        return parts[0]
    if len(parts[1]) == 4:
        return parts[1]
    if len(parts[1]) == 2 and parts[1].isdigit():
        return ("19" if int(parts[1]) > 50 else "20") + parts[1]
    return None
