"""Dates, ranges of years and deadlines in Russian and English text, normalised to ISO.

A bare four-digit number is a year only with year context: a year word («г.», «году», "year"),
a month, a preposition that takes years ("in 1950", «в 2018», "since", "by"), parentheses,
or a range with another year; and never when a unit or scale follows («2000 тонн»).
The words are data: month names in `data/months.tsv`, year words, prepositions, range and deadline
words in `data/date_words.tsv`; the rules that put them together are here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..data import load_tsv
from ..intervals import Ranges, finditer_near, near
from ..lexicon.cues import FUNCTION_WORDS, any_word, number_label
from ..lexicon.numbers import alternation
from ..lexicon.vocabulary import unit_words, units
from ..record import Article, DateFact, Mention

FIRST_YEAR, LAST_YEAR = 1900, 2100

_YEAR = r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?![\w]|[.,]\d)"
_YEAR2 = r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?!\d|[.,]\d)"
_DASH = r"\s*[-–—]\s*"
DATE_WORDS = "date_words.tsv"


def _words(*kinds: str, whole: bool = False, end: bool = False) -> str:
    """A regex group for the words of these kinds of `date_words.tsv` (see `any_word`)."""
    return any_word(DATE_WORDS, *kinds, whole=whole, end=end)


@cache
def _year_word() -> str:
    """«г.», «гг.», «году», «годах», «годов» after a year, or «-м», «-го» glued to it."""
    return rf"(?:\s*{_words('year', end=True)}|{_words('year_suffix', end=True)})"


@dataclass
class DateSpan:
    """One date found in a text: where, how it reads, and its ISO value(s)."""

    start: int
    end: int
    kind: str
    value: str
    end_value: str | None = None


@cache
def months() -> dict[str, int]:
    """Month names as written (lower case) -> month number."""
    numbers = tuple(str(n) for n in range(1, 13))
    return {form.lower(): int(number) for form, number in load_tsv("months.tsv", 2, ((1, numbers),))}


@cache
def _grammar() -> dict[str, re.Pattern[str]]:
    """The rules of a date by name, in the order they are tried."""
    # any word here, kept only when months() knows it: far faster than an alternation of 100 forms
    month = r"(?<![^\W_])([^\W\d_]{3,9}\.?)"
    nth = f"(?:{_words('day_suffix')})?"
    day = rf"(?<![\w.,])(0?[1-9]|[12]\d|3[01]){nth}"
    year_word = _year_word()  # «г.», «году», «-м»
    opened = rf"{_words('range_from', whole=True)}\s+"
    to = rf"\s+{_words('range_to')}\s+"
    deadline = rf"{_words('deadline', whole=True)}\s+(?:{_words('period_part')}\s+)?"
    before_year = rf"{_words('before_year', whole=True)}\s+"
    rules = [
        ("dmy_numeric", rf"{day}\.(0?[1-9]|1[0-2])\.(1[89]\d\d|20\d\d)(?!\d){year_word}?"),
        # «от 05.05.17 № 870-р»: an act's date with the year in two figures, before its number
        ("dmy_short", rf"(?<=от\s){day}\.(0[1-9]|1[0-2])\.(\d\d)(?=\s*(?:г\.\s*)?(?:№|N\s?\d))"),
        ("iso", r"(?<![\w.])(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"),
        ("day_to_day", rf"{opened}{day}{to}(0?[1-9]|[12]\d|3[01])\s+{month}\s+{_YEAR2}{year_word}?"),
        ("month_to_month", rf"{opened}{month}{to}{month}\s+{_YEAR2}{year_word}?"),
        ("part_of_year", rf"(?<![\w-])({alternation(ordinals())})\s+(?:({_words('quarter')})|({_words('half')}))\s+"
                         rf"{_YEAR2}{year_word}?"),
        ("compact_part", rf"(?<![\w-])(?:Q([1-4])|([1-4])Q|H([12])|([12])H)\s?{_YEAR2}"),
        ("year_part", rf"(?<![\w-]){_words('year_part')}-{_YEAR2}(?![\w’'])"),  # (not "mid-1950s": a decade's part)
        ("day_range", rf"{day}{_DASH}(0?[1-9]|[12]\d|3[01])\s+{month}\s+{_YEAR2}{year_word}?"),
        ("dmy", rf"{day}\s+(?:of\s+)?{month},?\s+{_YEAR2}{year_word}?"),
        ("mdy", rf"{month}\s+(0?[1-9]|[12]\d|3[01]){nth},?\s+{_YEAR2}"),
        ("month_range", rf"{month}{_DASH}{month}\s+{_YEAR2}{year_word}?"),
        ("my", rf"{month}\s+{_YEAR2}{year_word}?"),
        ("decade", rf"{_YEAR2}{_words('decade')}(?:\s*{_words('year', end=True)})?"),
        # (a bracket opens a range of years as "from" does: "General Agreement on Tariffs and Trade (1949 to 1979)")
        ("from_to", rf"(?:{opened}|(?<=\())(?:{_YEAR2}(?:{year_word})?{to}{_YEAR2}{year_word}?)"),
        ("dash_range", rf"{_YEAR2}{_DASH}{_YEAR2}{year_word}?"),
        ("to_present", rf"{_YEAR2}{year_word}?{_DASH}{_words('present', whole=True)}"),  # "2016–present": since 2016
        ("deadline", rf"{deadline}{_YEAR2}{year_word}?"),
        ("year_word", rf"{_YEAR2}{year_word}"),
        ("pre_year", rf"{before_year}{_YEAR}"),
        ("paren_year", rf"\({_YEAR}\)"),
        # the layout makes a bare year a date: a whole cell of a delimited row ("Mercosur | 1991 | ..."), or the
        # year opening a list item or a line of a chronology («- 2010 Сообщество ...», «1994 — создан ...»)
        ("cell_year", rf"(?m)(?:(?<=[|\t])|^(?=[ \t]*\d{{4}}[ \t]*[|\t]))[ \t]*{_YEAR}[ \t]*(?=[|\t]|$)"),
        ("line_year", rf"(?m)^[ \t]*(?:[-•*–—][ \t]+){_YEAR}(?=[ \t]+[A-ZА-ЯЁ«\"“])|^[ \t]*{_YEAR}(?={_DASH}[A-ZА-ЯЁа-яё])"),
    ]
    flags = {"month_range": re.I, "my": re.I, "dmy": re.I, "mdy": re.I, "day_range": re.I, "day_to_day": re.I,
             "month_to_month": re.I, "part_of_year": re.I, "year_part": re.I, "to_present": re.I}
    return {name: re.compile(pattern, flags.get(name, 0)) for name, pattern in rules}


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit, scale or currency right after a number: then the number is an amount, not a year."""
    return re.compile(r"\s*(?:" + unit_words() + r")", re.I)


_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d|2100|\d\d\.\d\d\.\d\d(?!\d)")
_REACH = 100  # no date of the grammar reads further than this before its first year or after its last


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateSpan]:
    """Every date in `text[start:end]`, earliest first, longest reading kept where readings overlap."""
    end = len(text) if end is None else end
    found: list[DateSpan] = []
    windows = near(text, _ANY_YEAR, _REACH, start, end)  # every rule of the grammar holds a year
    for name, pattern in _grammar().items():
        for m in finditer_near(pattern, text, windows):
            span = _read(name, m)
            if span is None or _is_amount(text, span):
                continue
            found.append(_as_compared(text, span))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[DateSpan] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    kept = _listed_years(text, kept, start, end)
    kept = _of_the_same_year(text, kept, start, end)
    return [_as_deadline(text, span) for span in _join_ranges(text, kept)]


_SAME_YEAR = re.compile(r"(?i)(?<![^\W\d_])([^\W\d_]{3,9})\s+(?:того\s+же\s+года|of\s+the\s+same\s+year|that\s+same\s+year)")


def _of_the_same_year(text: str, kept: list[DateSpan], start: int, end: int) -> list[DateSpan]:
    """A month «того же года», "of the same year": in the year of the date just before it («В марте 2015-го ... В
    сентябре того же года» is September 2015)."""
    added = []
    for m in _SAME_YEAR.finditer(text, start, end):
        month = months().get(_norm(m.group(1)))
        before = [d for d in kept if d.end <= m.start()]
        if month is not None and before and m.start() - before[-1].end < 400:
            year = (before[-1].end_value or before[-1].value)[:4] if before[-1].kind == "range" else before[-1].value[:4]
            added.append(DateSpan(m.start(), m.end(), "point", f"{year}-{month:02d}"))
    return sorted(kept + added, key=lambda d: d.start) if added else kept


_FULL_DATES = ("dmy_numeric", "dmy", "mdy")


_LONE_YEAR = re.compile(_YEAR2)


@cache
def _year_word_after() -> re.Pattern[str]:
    return re.compile(_year_word())


def date_at(text: str, pos: int) -> DateSpan | None:
    """The date written right at `pos`, with a year word after it: a full one («08.12.1999»,
    «8 декабря 1999 г.», "December 15, 1950") or a year («2014г.»); None when none starts there."""
    grammar = _grammar()
    for name in _FULL_DATES:
        m = grammar[name].match(text, pos)
        span = _read(name, m) if m else None
        if span is not None:
            break
    else:
        bare = _LONE_YEAR.match(text, pos)
        if bare is None:
            return None
        span = DateSpan(pos, bare.end(), "point", bare.group(1))
    after = _year_word_after().match(text, span.end)
    return DateSpan(span.start, after.end(), span.kind, span.value) if after else span


_BARE_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?![\w]|[.,]\d)")


@dataclass(frozen=True)
class _Cues:
    """What the words around dates tell, compiled once."""

    list_gap: re.Pattern[str]  # between listed years: «, », « и », " or "
    join: re.Pattern[str]  # between the two ends of a range: « по », " to ", «–»
    also: re.Pattern[str]  # between a point and the deadline closing its range: « и », ", and "
    opened: re.Pattern[str]  # before the first end of a range: «с », "from ", "between "
    until: re.Pattern[str]  # before a full date that is a deadline: «до », "not later than the end of "
    compared: re.Pattern[str]  # before the base of a comparison: «в % », «по сравнению »


@cache
def _cues() -> _Cues:
    return _Cues(
        list_gap=re.compile(rf"\s*(?:,|,?\s+{any_word(FUNCTION_WORDS, 'and', 'or')})\s*", re.I),
        join=re.compile(rf"\s*(?:{_words('range_to')}|[-–—])\s*", re.I),
        also=re.compile(rf"\s*(?:,|{any_word(FUNCTION_WORDS, 'and')})?\s*", re.I),
        opened=re.compile(rf"{_words('range_from', whole=True)}\s+$", re.I),
        until=re.compile(rf"{_words('deadline_date', whole=True)}\s+(?:{_words('period_part')}\s+)?$", re.I),
        compared=re.compile(rf"(?:(?<![\d\s])\s*%|{_words('compared')})\s*$", re.I),
    )


def _listed_years(text: str, spans: list[DateSpan], start: int, end: int) -> list[DateSpan]:
    """Bare years listed next to a year: "the 2002, 2007 and 2012 editions", «2015, 2016 и 2017 годах».

    A bare year joins the year printed next to it across a list gap only, so each looks at its two
    neighbours among the years (found in logarithmic time); a chain grows one year a round."""
    taken = Ranges(spans)
    bare = [m for m in _BARE_YEAR.finditer(text, start, end) if not taken.holds(m.start())]
    if not bare or not spans:
        return spans
    years = sorted((s for s in spans if s.kind == "point" and len(s.value) == 4), key=lambda s: s.start)
    joined: list[DateSpan] = []
    while bare:
        starts, ends = [s.start for s in years], sorted((s.end, n) for n, s in enumerate(years))
        waiting: list[re.Match[str]] = []
        new: list[re.Match[str]] = []
        for m in bare:
            after = bisect_left(starts, m.end())
            before = ends[i][1] if (i := bisect_right(ends, (m.start(), len(years))) - 1) >= 0 else None
            left = after < len(years) and _cues().list_gap.fullmatch(text, m.end(), years[after].start) \
                and text[years[after].start : years[after].start + 4].isdigit()
            right = before is not None and _cues().list_gap.fullmatch(text, years[before].end, m.start()) \
                and text[years[before].end - 4 : years[before].end].isdigit()
            (new if left or right else waiting).append(m)
        if not new:
            break
        added = [DateSpan(m.start(), m.end(), "point", m.group(1)) for m in new]
        joined += added
        years = sorted([*years, *added], key=lambda s: s.start)
        bare = waiting
    return sorted([*spans, *joined], key=lambda s: s.start)


def _join_ranges(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """Two points joined as a range: "from November 1947 to June 1950", «с 1 по 5 мая 2016 г.»."""
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        if b is not None and a.kind == "point" and b.kind == "deadline" and a.value < b.value:
            # «с 1996-го и до конца 2015 года», "from 2010 until 2015": the deadline closes a range
            opened = _cues().opened.search(text, max(0, a.start - 12), a.start)
            if opened and _cues().also.fullmatch(text, a.end, b.start):
                out.append(DateSpan(opened.start(), b.end, "range", a.value, b.value))
                i += 2
                continue
        if b is not None and a.kind == b.kind == "point" and a.value < b.value:
            between = _cues().join.fullmatch(text, a.end, b.start)
            opened = _cues().opened.search(text, max(0, a.start - 12), a.start)
            if between is not None and _joins(between.group().strip().lower(), opened):
                start = opened.start() if opened else a.start
                out.append(DateSpan(start, b.end, "range", a.value, b.value))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _joins(word: str, opened: re.Match[str] | None) -> bool:
    if word in ("-", "–", "—"):
        return True
    if word == "and":
        return opened is not None and opened.group().lower().startswith("between")
    return opened is not None


def _as_deadline(text: str, span: DateSpan) -> DateSpan:
    """A full date after «до», "by", "until" is a deadline: "until 31st March, 1951"."""
    if span.kind != "point":
        return span
    m = _cues().until.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return span
    return DateSpan(m.start(), span.end, "deadline", span.value)


def _is_amount(text: str, span: DateSpan) -> bool:
    """A year-like number that is an amount («2000 тонн»), a page or a number label, not a date; a year a date's
    word opens stays one before a word of things counted («В 2015 компания вышла ...», "In 2019 companies grew")."""
    if text[span.end - 1].isdigit() and (unit := _unit_after().match(text, span.end)):
        counted = unit.group().strip()  # («в 2000 компаниях»: the case «в» gives a count, no year)
        return not (_counted().fullmatch(counted) and not counted.endswith(("ах", "ях"))
                    and _time_before().search(text, max(0, span.start - 8), span.start))
    return bool(number_label().search(text, max(0, span.start - 8), span.start))


@cache
def _counted() -> re.Pattern[str]:
    """The units of things counted (companies, members, wagons, people), not measured (tonnes, euros, per cent)."""
    measured = {"%", "p.p.", "t", "km", "km2", "kg", "TEU", "x", "B", "KB", "MB", "GB", "TB", "PB"}
    return re.compile(alternation([form for form, unit, kind in units() if kind == "quantity" and unit not in measured]), re.I)


@cache
def _time_before() -> re.Pattern[str]:
    """A word of time right before a year that no count of things takes (date_words.tsv time_before)."""
    return re.compile(rf"{_words('time_before', whole=True)}\s+$")


def _as_compared(text: str, span: DateSpan) -> DateSpan:
    """«в % к 2022 г.» names a base year to compare with, not a deadline: read it as a point."""
    if span.kind == "deadline" and _cues().compared.search(text, max(0, span.start - 30), span.start):
        year = re.search(r"\d{4}", text[span.start : span.end])
        if year:
            return DateSpan(span.start + year.start(), span.end, "point", span.value)
    return span


_MONTH_RULES = {"day_range": (2,), "day_to_day": (2,), "dmy": (1,), "mdy": (0,), "month_range": (0, 1),
                "month_to_month": (0, 1), "my": (0,)}


def _read(name: str, m: re.Match[str]) -> DateSpan | None:
    g = m.groups()
    s, e = m.span()
    if any(_norm(g[i]) not in months() for i in _MONTH_RULES.get(name, ())):
        return None
    if name == "dmy_numeric":
        return DateSpan(s, e, "point", f"{g[2]}-{int(g[1]):02d}-{int(g[0]):02d}")
    if name == "dmy_short":  # (a year in two figures of this century up to its thirties, else of the last)
        return DateSpan(s, e, "point", f"{'20' if int(g[2]) <= 40 else '19'}{g[2]}-{int(g[1]):02d}-{int(g[0]):02d}")
    if name == "iso":
        return DateSpan(s, e, "point", f"{g[0]}-{g[1]}-{g[2]}")
    if name in ("part_of_year", "compact_part"):
        if name == "part_of_year":
            number, quarter, year = ordinals()[_norm(g[0])], g[1] is not None, g[3]
        else:
            number, quarter, year = int(next(x for x in g[:4] if x)), bool(g[0] or g[1]), g[4]
        if not quarter and number > 2:
            return None
        months_in = 3 if quarter else 6
        first = (number - 1) * months_in + 1
        return DateSpan(s, e, "range", f"{year}-{first:02d}", f"{year}-{first + months_in - 1:02d}")
    if name == "year_part":
        return DateSpan(s, e, "point", g[0])
    if name in ("day_range", "day_to_day"):
        month = months()[_norm(g[2])]
        first, last = int(g[0]), int(g[1])
        if last <= first:
            return None
        return DateSpan(s, e, "range", f"{g[3]}-{month:02d}-{first:02d}", f"{g[3]}-{month:02d}-{last:02d}")
    if name == "dmy":
        return DateSpan(s, e, "point", f"{g[2]}-{months()[_norm(g[1])]:02d}-{int(g[0]):02d}")
    if name == "mdy":
        return DateSpan(s, e, "point", f"{g[2]}-{months()[_norm(g[0])]:02d}-{int(g[1]):02d}")
    if name == "my":
        return DateSpan(s, e, "point", f"{g[1]}-{months()[_norm(g[0])]:02d}")
    if name in ("month_range", "month_to_month"):
        first, last = months()[_norm(g[0])], months()[_norm(g[1])]
        if last <= first:
            return None
        return DateSpan(s, e, "range", f"{g[2]}-{first:02d}", f"{g[2]}-{last:02d}")
    if name == "decade":
        year = int(g[0])
        if year % 10:
            return None
        return DateSpan(s, e, "range", str(year), str(year + 9))
    if name in ("from_to", "dash_range"):
        first, last = int(g[0]), int(g[1])
        if not first < last <= first + 100:
            return None
        return DateSpan(s, e, "range", str(first), str(last))
    if name == "deadline":
        return DateSpan(s, e, "deadline", g[0])
    if name == "year_word":
        return DateSpan(s, e, "point", g[0])
    if name == "to_present":
        return DateSpan(m.start(1), m.end(1), "point", g[0])
    if name == "line_year":
        year = next(x for x in g if x)
        return DateSpan(m.start(1) if g[0] else m.start(2), m.end(1) if g[0] else m.end(2), "point", year)
    if name in ("pre_year", "paren_year", "cell_year"):
        return DateSpan(m.start(1), m.end(1), "point", g[0])
    return None


@cache
def ordinals() -> dict[str, int]:
    """The ordinal numbers of the parts of a year as written, in lower case: «первом» -> 1, "III" -> 3."""
    return {form.lower(): int(number) for form, number in load_tsv("ordinals.tsv", 2, ((1, ("1", "2", "3", "4")),))}


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def extract_dates(article: Article, context: Context) -> Article:
    """Fill `dates` (one fact per distinct kind/value/end) and add a DATE mention for each occurrence.

    Needs `text`.
    """
    facts: dict[tuple[str, str, str | None], DateFact] = {}
    for span in find_dates(article.content):
        key = (span.kind, span.value, span.end_value)
        fact = facts.get(key)
        if fact is None:
            fact = DateFact(
                id=f"date-{len(facts) + 1}",
                text=article.text[span.start : span.end],
                kind=span.kind,
                value=span.value,
                end=span.end_value,
                start=span.start,
                stop=span.end,
            )
            facts[key] = fact
        fact.mentions += 1
        article.mentions.append(
            Mention(
                type="DATE",
                text=article.text[span.start : span.end],
                start=span.start,
                end=span.end,
                page=article.page_at(span.start),
                fact_id=fact.id,
            )
        )
    article.dates.extend(facts.values())
    return article
