"""Abbreviations and short names an article defines for itself, in Russian and English.

Three shapes are learned: «полное имя (далее – ЕАЭС)» / "full name (hereinafter 'the Union')",
«полное имя (ЕАЭС)» / "World Customs Organization (WCO)", and «ВТамО (Всемирная таможенная
организация)». The long form of an abbreviation is found by aligning its letters with the words
before it (Schwartz and Hearst's algorithm); for an explicit «далее» definition the long form is
whatever name ends right before the parenthesis, which the caller decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..record import Article
from .cues import FUNCTION_WORDS, any_word
from .gazetteer import is_abbreviation

DEFINITIONS = "definitions.tsv"

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_BARE = re.compile(r"^\s*[«\"“]?(?P<short>[^\W\d_][\w.\-]*(?:\s[^\W\d_][\w.\-]*)?)[»\"”]?\s*$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)\s*$")
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n\s*\n")
_MAX_WORDS = 12


@cache
def definition_lead() -> str:
    """What opens a definition in brackets: «далее – », «далее по тексту: », "hereinafter referred to as "."""
    words = [rf"(?:{any_word(DEFINITIONS, kind)}\s*)?" for kind in ("also", "called")]
    return rf"{any_word(DEFINITIONS, 'hereinafter')}\s*{''.join(words)}(?:[-–—:]\s*)?"


@cache
def _explicit() -> re.Pattern[str]:
    """The inside of «(далее – ЕАЭС)», "(hereinafter 'the Union')", with the short name."""
    return re.compile(
        rf"^\s*{definition_lead()}[«\"“'‘]?(?P<short>[^«»\"“”'‘’]{{1,40}}?)[»\"”'’]?\s*$", re.I
    )


@cache
def _article() -> re.Pattern[str]:
    """An English article before a short name ("the Union")."""
    return re.compile(rf"^{any_word(FUNCTION_WORDS, 'definite', 'indefinite')}\s+", re.I)


@dataclass(frozen=True)
class Definition:
    """«long (short)»: offsets of both in `Article.text`; `long_start` is None when not aligned."""

    short: str
    short_start: int
    short_end: int
    long_end: int
    long_start: int | None = None
    explicit: bool = False
    unbracketed: bool = False  # «линии передачи ЛП»: the short form set right after the words, no brackets

    def long(self, text: str) -> str | None:
        """The long form as written, or None when its start is unknown."""
        return None if self.long_start is None else text[self.long_start : self.long_end]


def learn_abbreviations(article: Article) -> list[Definition]:
    """Every definition of an abbreviation or short name in the article's text, in text order."""
    text = article.text
    found: list[Definition] = []
    for m in _PAREN.finditer(text):
        long_end = _strip_back(text, m.start())
        inner, inner_start = m.group(1), m.start(1)
        explicit = _explicit().match(inner)
        if explicit:
            short = _article().sub("", explicit.group("short")).strip()
            start = inner_start + explicit.start("short") + explicit.group("short").find(short)
            if short and len(short.split()) <= 4:
                found.append(
                    Definition(
                        short,
                        start,
                        start + len(short),
                        long_end,
                        _align(short, text, long_end) if is_abbreviation(short) else None,
                        True,
                    )
                )
            continue
        bare = _BARE.match(inner)
        if bare and is_abbreviation(bare.group("short")):
            short = bare.group("short")
            start = inner_start + bare.start("short")
            long_start = _align(short, text, long_end)
            if long_start is None and " " in short and is_abbreviation(short.split()[0]):
                # «ФСТЭК России», «МВД РФ»: the letters are the first word's, the place is added
                long_start = _align(short.split()[0], text, long_end)
            if long_start is None and cyrillic_lookalike(short) != short:
                long_start = _align(cyrillic_lookalike(short), text, long_end)  # «соединения (CC)»
            if long_start is None and _ROMAN.fullmatch(short) and len(short) >= 3:
                continue  # "Shell Exploration and Production (LXXI) B.V.": a number, no short form
            found.append(Definition(short, start, start + len(short), long_end, long_start))
            continue
        before = _WORD_BEFORE.search(text, max(0, long_end - 40), long_end)
        if before and is_abbreviation(before.group(1)) and not _BARE.match(inner):
            long_text = inner.strip()
            lead = inner.find(long_text)
            if _long_form(before.group(1), long_text) == long_text:
                found.append(
                    Definition(
                        before.group(1),
                        before.start(1),
                        before.end(1),
                        inner_start + lead + len(long_text),
                        inner_start + lead,
                    )
                )
    found += _known_as(text)
    return sorted(found + _set_after(text, found), key=lambda d: d.short_start)


_LETTERS = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # a Roman numeral
_CAPITALS = re.compile(r"(?<![\w(«\"“/.-])([A-ZА-ЯЁ]{2,5})(?![\w-])")


# a name's other name given after it and a comma without brackets: "the West African Economic and Monetary Union,
# generally referred in English to by its French acronym UEMOA and alternatively as WAEMU", «..., также известный как ЕАЭС»
_KNOWN_AS = re.compile(
    r",\s+(?:(?:also|generally|commonly|often|widely|better|formerly|также|иначе|более)\s+)?"
    r"(?:(?:known|referred(?:\s+[A-Za-z]+){0,3}?\s+to)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:as|by\s+(?:its|the)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:acronym|abbreviation|initials|name))|известн(?:ый|ая|ое|ые)\s+как|сокращённо|сокращенно)\s+[«\"“]?"
    r"(?P<short>[A-ZА-ЯЁ][\w.&-]*(?:\s[A-ZА-ЯЁ][\w.&-]*){0,3})")
_ALTERNATIVELY = re.compile(r"(?:\s*\([^()\n]{0,80}\))?[^,;.()]{0,60}?\s+(?:and\s+)?(?:alternatively|also)\s+as\s+(?P<short>[A-Z][\w.&-]*)")


def _known_as(text: str) -> list[Definition]:
    """The other names a text gives a name after a comma, without brackets ("..., also known as the EAEU")."""
    out = []
    for m in _KNOWN_AS.finditer(text):
        out.append(Definition(m.group("short"), m.start("short"), m.end("short"), m.start(), explicit=True))
        if more := _ALTERNATIVELY.match(text, m.end()):
            out.append(Definition(more.group("short"), more.start("short"), more.end("short"), m.start(), explicit=True))
    return out


def _set_after(text: str, found: list[Definition]) -> list[Definition]:
    """Terms given their short form without brackets, right after the words it stands for, in small
    letters, one word (or a hyphenated part) a letter: «линии передачи ЛП», «детекторную секцию ДС»,
    «амплитудно-частотная характеристика АЧХ», "a phase locked loop PLL". Only a short form's first
    use can define it, and only one the text does not define otherwise."""
    seen = {d.short for d in found}
    out = []
    for m in _CAPITALS.finditer(text):
        short = m.group(1)
        if short in seen:
            continue
        seen.add(short)
        base = max(0, m.start() - 30 * len(short))
        words = list(_LETTERS.finditer(text, base, m.start()))[-len(short) :]
        if len(words) < len(short) or not re.fullmatch(r"\s+", text[words[-1].end() : m.start()]):
            continue
        spelt = all(w.group()[0] == letter.lower() and w.group().islower() and len(w.group()) > 2
                    for w, letter in zip(words, short, strict=True))
        if spelt and all(re.fullmatch(r"\s+|-", text[a.end() : b.start()]) for a, b in pairwise(words)):
            out.append(Definition(short, m.start(1), m.end(1), words[-1].end(), words[0].start(), unbracketed=True))
    return out


_LOOKALIKES = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")


_LATIN_LOOKALIKES = {cyrillic: latin for latin, cyrillic in _LOOKALIKES.items()}


def one_script(text: str) -> str:
    """A text in one script with the letters a text layer gave in the other for their twins made its own ("А.
    Sokolov" with a Cyrillic «А», «A. В. Иванов» with a Latin "A"): a stray letter in five of the other script."""
    cyrillic = sum(1 for c in text if "а" <= c.lower() <= "я" or c in "ёЁ")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if cyrillic and latin > 5 * cyrillic:
        return text.translate(_LATIN_LOOKALIKES)
    if latin and cyrillic > 5 * latin:
        return text.translate(_LOOKALIKES)
    return text


def cyrillic_lookalike(name: str) -> str:
    """A short form in capitals with its Latin letters that look Cyrillic made Cyrillic («CC» -> «СС»)."""
    return name.translate(_LOOKALIKES) if is_abbreviation(name) and len(name) <= 8 else name


def _strip_back(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \t\n\r\u00a0":
        end -= 1
    return end


def _align(short: str, text: str, long_end: int) -> int | None:
    """Where the long form of `short` that ends at `long_end` starts, or None."""
    window_start = max(0, long_end - 400)
    ends = list(_SENTENCE_END.finditer(text, window_start, long_end))
    if ends:
        window_start = ends[-1].end()
    window = text[window_start:long_end]
    words = list(re.finditer(r"\S+", window))
    limit = min(len(short) + 5, len(short) * 2, _MAX_WORDS)
    if not words:
        return None
    words = words[-limit:]
    candidate = window[words[0].start() :]
    long_form = _long_form(short, candidate)
    if long_form is None:
        return None
    return window_start + words[0].start() + len(candidate) - len(long_form)


def _long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of `candidate` that contains the letters of `short` in order
    with its first letter starting a word (Schwartz and Hearst, 2003)."""
    s = len(short) - 1
    c = len(candidate) - 1
    while s >= 0:
        ch = short[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while c >= 0 and (
            candidate[c].lower() != ch or (s == 0 and c > 0 and candidate[c - 1].isalnum())
        ):
            c -= 1
        if c < 0:
            return None
        c -= 1
        s -= 1
    start = max(candidate.rfind(" ", 0, c + 1), candidate.rfind("\n", 0, c + 1)) + 1
    tail = candidate[start:]
    if not tail[:1].isalnum() and tail[:1] not in "«\"“":
        return None
    return tail
