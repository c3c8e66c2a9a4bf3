"""Numbers as written in Russian and English text: digit groups, decimal marks, scale words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import load_tsv
from ..errors import DataFileError
from ..nlp.lang import CYRILLIC

# spaces that may group thousands: plain, no-break, narrow no-break, thin
GROUP_SPACES = " \u00a0\u202f\u2009"

NUMBER = (
    rf"(?<![\w.,])(?:\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)"
)
"""A written number: «1 234,5», «57,6», "66.2", "1,234,567", "2000"."""

NUMBER_RE = re.compile(NUMBER)


class NumberError(ValueError):
    """A string does not hold a number in a form this module reads."""


@cache
def number_words() -> dict[str, float]:
    """Numbers written as words («два», "three") and their values."""
    return {form.lower(): float(value) for form, value in load_tsv("number_words.tsv", 2)}


@cache
def word_number_pattern() -> str:
    """A regex alternation of the number words, whole words only."""
    return rf"(?<![^\W\d_])(?:{alternation(list(number_words()))})(?![^\W\d_])"


def parse_number(written: str, lang: str = "ru") -> float:
    """The value of a written number: «1 234,5» -> 1234.5; "1,234" is 1234 in English, 1.234 in Russian;
    «два» -> 2."""
    word = number_words().get(" ".join(written.lower().split()))  # "quarter of a": one space
    if word is not None:
        return word
    s = written.strip()
    for space in GROUP_SPACES:
        s = s.replace(space, "")
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit():
        raise NumberError(f"not a number: {written!r}")
    if "," in s and "." in s:
        # the last mark is the decimal one: "1,234.5" or «1.234,5»
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif s.count(",") > 1:
        s = s.replace(",", "")
    elif "," in s:
        whole, frac = s.split(",")
        s = whole + frac if lang == "en" and len(frac) == 3 else f"{whole}.{frac}"
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError as exc:
        raise NumberError(f"not a number: {written!r}") from exc


def lang_near(text: str, pos: int, window: int = 60) -> str:
    """The language of the words around `pos`: "ru" when Cyrillic letters outnumber Latin ones."""
    chunk = text[max(0, pos - window) : pos + window]
    cyr = len(CYRILLIC.findall(chunk))
    lat = len(re.findall(r"[a-z]", chunk, re.I))
    return "ru" if cyr >= lat and cyr else ("en" if lat else "ru")


def phrase_pattern(form: str, *, start: bool = True, end: bool = True) -> str:
    """A regex for a word-list form: words split by spaces, «*» any letters, a final «.» a dot.

    `start` and `end` keep it from starting or ending inside a word (where the form begins or ends
    with a letter or digit).
    """
    parts = []
    for word in form.split(" "):
        out = ""
        for ch in word:
            out += r"[^\W\d_]*" if ch == "*" else re.escape(ch)
        parts.append(out)
    pattern = r"\s+".join(parts)
    if end and (form[-1:].isalnum() or form.endswith("*")):
        pattern += r"(?![^\W_])"
    if start and form[:1].isalnum():
        pattern = r"(?<![^\W_])" + pattern
    return pattern


@cache
def form_regex(form: str) -> re.Pattern[str]:
    """`phrase_pattern(form)` compiled once, case ignored: to tell which form of a word list a written word is."""
    return re.compile(phrase_pattern(form), re.I)


@cache
def longest_first(rows: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """Word-list rows (form first) with the longest forms first, the order they are tried in."""
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def alternation(forms: Iterable[str], *, start: bool = True, end: bool = True) -> str:
    """One group matching any of the forms, longest first so «долл. США» beats «долл.»; as `phrase_pattern`."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    # a boundary all forms share is written once, outside the group: the same match, found far faster
    before = start and all(f[:1].isalnum() for f in ordered)
    after = end and all(f[-1:].isalnum() or f.endswith("*") for f in ordered)
    body = "|".join(phrase_pattern(f, start=start and not before, end=end and not after) for f in ordered)
    # so is a glance at the first letter before trying each form
    if ordered and not any(f.startswith("*") for f in ordered):
        body = "(?=[" + "".join(sorted({re.escape(f[0]) for f in ordered})) + "])(?:" + body + ")"
    return ("(?<![^\\W_])" if before else "") + "(?:" + body + ")" + ("(?![^\\W_])" if after else "")


@cache
def _scale_rows() -> tuple[tuple[str, float, bool], ...]:
    rows = []
    for form, multiplier, place in load_tsv("scales.tsv", 3, ((2, ("spaced", "attached")),)):
        try:
            rows.append((form, float(multiplier), place == "attached"))
        except ValueError as exc:
            raise DataFileError(f"scales.tsv: expected a number for {form!r}, found {multiplier!r}") from exc
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def scale_pattern() -> str:
    """A regex for the scale after a number, spaces before it included: « млрд.», "bn"; "m" and the
    abbreviations glued on too ("€3m", "$1.3bn", «5млн»)."""
    spaced = [form for form, _, attached in _scale_rows() if not attached]
    spelled = set(spelled_scales())
    glued = [form for form, _, attached in _scale_rows() if attached or form not in spelled]
    return rf"(?:(?<=\d){alternation(glued, start=False)}|\s*{alternation(spaced)})"


def spelled_scales() -> list[str]:
    """The scale words spelled out («миллион*», "billion*"), not abbreviated («млн», "bn")."""
    return [form for form, _, attached in _scale_rows()
            if not attached and len(form.strip("*.")) >= 5 and form.strip("*").isalpha()]


def scale_of(word: str) -> float:
    """The multiplier of a scale word as written («млрд.», "billion", "m"), 1.0 for none."""
    w = re.sub(r"\s+", " ", word.strip())
    if not w:
        return 1.0
    for form, multiplier, _ in _scale_rows():
        if form_regex(form).fullmatch(w):
            return multiplier
    raise NumberError(f"not a scale word: {word!r}")
