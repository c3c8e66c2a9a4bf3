"""The date a legal act carries where it is named: «от 08.12.1999», «(2014г.)», "of 15 December 1950"."""

from __future__ import annotations

import re

_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")

_YEAR = r"(?:1[89]|20)\d\d"
_NUMERIC = rf"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})"
_RU_WORDS = rf"(?P<rd>\d{{1,2}})\s+(?P<rm>[а-яё]+)\s+(?P<ry>{_YEAR})"
_EN_DM = rf"(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<em>[A-Za-z]+),?\s+(?P<ey>{_YEAR})"
_EN_MD = rf"(?P<fm>[A-Za-z]+)\s+(?P<fd>\d{{1,2}}),\s+(?P<fy>{_YEAR})"
_BARE = rf"(?P<by>{_YEAR})"
_RU_YEAR_WORD = r"(?:\s*(?:г\.|гг\.|г(?![а-яё])|года|году))?"
_DATE = rf"(?:{_NUMERIC}|{_RU_WORDS}|{_EN_DM}|{_EN_MD}|{_BARE}){_RU_YEAR_WORD}"

AFTER = re.compile(
    rf"""\s*,?\s*(?:
        (?:от|of|dated)\s+
      | \(\s*
      | (?:(?:which\s+|that\s+)?(?:was|were|has\s+been|had\s+been)\s+|был[аио]?\s+)?
        (?:подписанн\w*|подписан[аоы]?|принят\w*|заключ[её]нн\w*|утвержд[её]нн\w*|signed|adopted|concluded|done)
        (?:\s+(?:at|in|в|г\.)\s+[A-ZА-ЯЁ][\w-]+)?\s+(?:on\s+|in\s+|в\s+)?(?:the\s+)?
    ){_DATE}(?:\s*\))?""",
    re.X | re.I,
)


def date_after(text: str, pos: int) -> tuple[str, int] | None:
    """An ISO date (or year) written right after `pos`, and where it ends; None when there is none."""
    m = AFTER.match(text, pos)
    if not m:
        return None
    iso = _iso(m)
    return (iso, m.end()) if iso else None


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y"]:
        return _ymd(int(g["y"]), int(g["m"]), int(g["d"]))
    if g["ry"]:
        month = _month(g["rm"].lower(), _RU_MONTHS)
        return _ymd(int(g["ry"]), month, int(g["rd"])) if month else None
    if g["ey"]:
        month = _month(g["em"].lower(), _EN_MONTHS, whole=True)
        return _ymd(int(g["ey"]), month, int(g["ed"])) if month else None
    if g["fy"]:
        month = _month(g["fm"].lower(), _EN_MONTHS, whole=True)
        return _ymd(int(g["fy"]), month, int(g["fd"])) if month else None
    return g["by"]


def _month(word: str, names: tuple[str, ...], whole: bool = False) -> int | None:
    for number, name in enumerate(names, 1):
        if (word == name or (len(word) >= 3 and name.startswith(word))) if whole else (
            word.startswith(name) and len(word) - len(name) <= 2
        ):
            return number
    return None


def _ymd(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
