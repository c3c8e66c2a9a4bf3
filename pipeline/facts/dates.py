"""Dates, ranges of years and deadlines in Russian and English text, normalised to ISO.

A bare four-digit number is a year only with year context: a year word («г.», «году», "year"),
a month, a preposition that takes years ("in 1950", «в 2018», "since", "by"), parentheses,
or a range with another year; and never when a unit or scale follows («2000 тонн»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..data import load_tsv
from ..lexicon.vocabulary import unit_words
from ..record import Article, DateFact, Mention

FIRST_YEAR, LAST_YEAR = 1900, 2100

_YEAR = r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?![\w]|[.,]\d)"
_YEAR2 = r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?!\d|[.,]\d)"
_DASH = r"\s*[-–—]\s*"
# «г.», «гг.», «году», «годах», «годов», «-м», "year"
_YEAR_WORD = (
    r"(?:\s*(?:гг?\.|гг?(?![^\W_])|год(?:а|у|ом|ах|ов|ы)?(?![^\W_]))|-(?:м|го|й|е)(?![^\W_])"
    r")"
)
_PRE_YEAR = (
    r"(?<![^\W_])(?:[Вв]о?|[Сс]о?|[Ии]н|[Ii]n|[Ss]ince|of|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|year|"
    r"[Uu]ntil|till|[Bb]y|the|fiscal|early|late|mid|end of|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+"
)
_FROM = r"(?<![^\W_])(?:[Сс]|[Сс]о|from|From|between|Between)\s+"
_TO = r"\s+(?:по|до|to|and|until|till|through)\s+"
_DEADLINE = r"(?<![^\W_])(?:до|к|ко|by|By|until|Until|till|no later than|не позднее)\s+(?:(?:конца|начала|середины|the end of|end of)\s+)?"


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
    return {form.lower(): int(number) for form, number in load_tsv("months.tsv", 2)}


@cache
def _grammar() -> list[tuple[str, re.Pattern[str]]]:
    # any word here, kept only when months() knows it: far faster than an alternation of 100 forms
    month = r"(?<![^\W_])([^\W\d_]{3,9}\.?)"
    day = r"(?<![\w.,])(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    rules = [
        ("dmy_numeric", rf"{day}\.(0?[1-9]|1[0-2])\.(1[89]\d\d|20\d\d)(?!\d)(?:\s*(?:г\.|года|году))?"),
        ("iso", r"(?<![\w.])(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"),
        ("day_range", rf"{day}{_DASH}(0?[1-9]|[12]\d|3[01])\s+{month}\s+{_YEAR2}{_YEAR_WORD}?"),
        ("dmy", rf"{day}\s+(?:of\s+)?{month},?\s+{_YEAR2}{_YEAR_WORD}?"),
        ("mdy", rf"{month}\s+(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+{_YEAR2}"),
        ("month_range", rf"{month}{_DASH}{month}\s+{_YEAR2}{_YEAR_WORD}?"),
        ("my", rf"{month}\s+{_YEAR2}{_YEAR_WORD}?"),
        ("decade", rf"{_YEAR2}(?:-х|-е|s)(?:\s*(?:гг\.|годов|годах|годы))?"),
        ("from_to", rf"{_FROM}{_YEAR2}(?:{_YEAR_WORD})?{_TO}{_YEAR2}{_YEAR_WORD}?"),
        ("dash_range", rf"{_YEAR2}{_DASH}{_YEAR2}{_YEAR_WORD}?"),
        ("deadline", rf"{_DEADLINE}{_YEAR2}{_YEAR_WORD}?"),
        ("year_word", rf"{_YEAR2}{_YEAR_WORD}"),
        ("pre_year", rf"{_PRE_YEAR}{_YEAR}"),
        ("paren_year", rf"\({_YEAR}\)"),
    ]
    flags = {"month_range": re.I, "my": re.I, "dmy": re.I, "mdy": re.I, "day_range": re.I}
    return [(name, re.compile(pattern, flags.get(name, 0))) for name, pattern in rules]


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit, scale or currency right after a number: then the number is an amount, not a year."""
    return re.compile(r"\s*(?:" + unit_words() + r")", re.I)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateSpan]:
    """Every date in `text[start:end]`, earliest first, longest reading kept where readings overlap."""
    end = len(text) if end is None else end
    found: list[DateSpan] = []
    for name, pattern in _grammar():
        for m in pattern.finditer(text, start, end):
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
    return [_as_deadline(text, span) for span in _join_ranges(text, kept)]


_BARE_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d|2100)(?![\w]|[.,]\d)")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|и|или))\s*", re.I)


def _listed_years(text: str, spans: list[DateSpan], start: int, end: int) -> list[DateSpan]:
    """Bare years listed next to a year: "the 2002, 2007 and 2012 editions", «2015, 2016 и 2017 годах»."""
    bare = [m for m in _BARE_YEAR.finditer(text, start, end) if not any(s.start <= m.start() < s.end for s in spans)]
    if not bare or not spans:
        return spans
    found = list(spans)
    grew = True
    while grew:
        grew = False
        for m in bare:
            if any(s.start <= m.start() < s.end for s in found):
                continue
            for s in found:
                if s.kind != "point" or len(s.value) != 4:
                    continue
                left = _LIST_GAP.fullmatch(text, m.end(), s.start) and text[s.start : s.start + 4].isdigit()
                right = _LIST_GAP.fullmatch(text, s.end, m.start()) and text[s.end - 4 : s.end].isdigit()
                if left or right:
                    found.append(DateSpan(m.start(), m.end(), "point", m.group(1)))
                    grew = True
                    break
    return sorted(found, key=lambda s: s.start)


_JOIN = re.compile(r"\s*(?:to|until|till|through|and|по|до|[-–—])\s*", re.I)
_AND = re.compile(r"\s*(?:,|и|and)?\s*", re.I)
_OPEN = re.compile(r"(?<![^\W_])(?:from|between|с|со)\s+$", re.I)
_UNTIL = re.compile(
    r"(?<![^\W_])(?:до|by|until|till|not later than|no later than|не позднее)\s+"
    r"(?:(?:конца|начала|середины|the end of|end of)\s+)?$",
    re.I,
)


def _join_ranges(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """Two points joined as a range: "from November 1947 to June 1950", «с 1 по 5 мая 2016 г.»."""
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        if b is not None and a.kind == "point" and b.kind == "deadline" and a.value < b.value:
            # «с 1996-го и до конца 2015 года», "from 2010 until 2015": the deadline closes a range
            opened = _OPEN.search(text, max(0, a.start - 12), a.start)
            if opened and _AND.fullmatch(text, a.end, b.start):
                out.append(DateSpan(opened.start(), b.end, "range", a.value, b.value))
                i += 2
                continue
        if b is not None and a.kind == b.kind == "point" and a.value < b.value:
            between = _JOIN.fullmatch(text, a.end, b.start)
            opened = _OPEN.search(text, max(0, a.start - 12), a.start)
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
    m = _UNTIL.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return span
    return DateSpan(m.start(), span.end, "deadline", span.value)


_PAGES_BEFORE = re.compile(r"(?:(?<![^\W_])(?:pp?|[сС]|стр|[Рр]ис|[Тт]абл)\.|№|No\.?)\s*$")
_COMPARED_BEFORE = re.compile(r"(?:(?<![\d\s])\s*%|в\s+процентах|по сравнению|в сравнении|compared|relative)\s*$", re.I)


def _is_amount(text: str, span: DateSpan) -> bool:
    """A year-like number that is an amount («2000 тонн»), a page or a number label, not a date."""
    if text[span.end - 1].isdigit() and _unit_after().match(text, span.end):
        return True
    return bool(_PAGES_BEFORE.search(text, max(0, span.start - 8), span.start))


def _as_compared(text: str, span: DateSpan) -> DateSpan:
    """«в % к 2022 г.» names a base year to compare with, not a deadline: read it as a point."""
    if span.kind == "deadline" and _COMPARED_BEFORE.search(text, max(0, span.start - 30), span.start):
        year = re.search(r"\d{4}", text[span.start : span.end])
        if year:
            return DateSpan(span.start + year.start(), span.end, "point", span.value)
    return span


_MONTH_RULES = {"day_range": (2,), "dmy": (1,), "mdy": (0,), "month_range": (0, 1), "my": (0,)}


def _read(name: str, m: re.Match[str]) -> DateSpan | None:
    g = m.groups()
    s, e = m.span()
    if any(_norm(g[i]) not in months() for i in _MONTH_RULES.get(name, ())):
        return None
    if name == "dmy_numeric":
        return DateSpan(s, e, "point", f"{g[2]}-{int(g[1]):02d}-{int(g[0]):02d}")
    if name == "iso":
        return DateSpan(s, e, "point", f"{g[0]}-{g[1]}-{g[2]}")
    if name == "day_range":
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
    if name == "month_range":
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
    if name in ("pre_year", "paren_year"):
        return DateSpan(m.start(1), m.end(1), "point", g[0])
    return None


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def extract_dates(article: Article, context: Context) -> Article:
    """Fill `dates` (one fact per distinct kind/value/end) and add a DATE mention for each occurrence.

    Needs `text`.
    """
    facts: dict[tuple[str, str, str | None], DateFact] = {}
    for span in find_dates(article.text):
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
