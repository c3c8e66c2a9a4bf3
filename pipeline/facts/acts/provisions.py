"""Provisions of a named act: «ст. 158 УК РФ», «части 1 статьи 12.8 КоАП РФ», «статьи 7 и 8 Договора о ЕАЭС»,
"Article 228 of the Criminal Code", "Art. 116 of the current Criminal Code of Russia", "Section 232 of the
Trade Expansion Act", and after the act "the Criminal Code (articles 228–234)", «УК РФ (ст. 159.6)».

Each provision is a legal act of its own, `part_of` the act it belongs to, its number in `provision` and
its title the act's with the provision («Уголовный кодекс Российской Федерации, статья 158»); the act
itself stays one act. A list («статьи 7 и 8») gives one provision a number, a range («228–234») one for
the range. A provision of no act the text names ("Article 5", «статья 7 настоящего Соглашения», a
section of the article itself) is none: only a naming with a title of its own carries provisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...lexicon.cues import FUNCTION_WORDS, any_word, forms
from .lexicon import ACT_WORDS

_UNITS = ("article", "section", "clause", "annex")
_NUMBER = r"(?:\d{1,4}(?:\.\d{1,3})*(?:-\d{1,3})?(?![\d.]\d)|[IVXLC]{1,6}(?![\w]))(?:\s?\([a-z0-9]{1,3}\))*"
_RANGE = r"\s*[–—]\s*|\s+to\s+"
_WINDOW = 120  # characters before an act searched for its provision


@dataclass(frozen=True)
class Provision:
    """One provision written with a naming of an act: where its words stand, its unit and number."""

    start: int
    end: int
    unit: str  # article | section | clause | annex
    number: str  # «158», "228–234", "XXIV"
    phrase: tuple[int, int]  # the words of the whole citation, the act's name with them


@cache
def _list_gap() -> str:
    """What separates the numbers of a list: a comma, «и», "and", "or"."""
    return rf"\s*,\s*|\s+{any_word(FUNCTION_WORDS, 'and', 'or')}\s+"


@cache
def _numbers() -> str:
    """Numbers of a list or a range; each may repeat the unit's word («статьи 7 и статьей 8»)."""
    return rf"{_NUMBER}(?:(?:(?:{_list_gap()})(?:(?i:{_plain_units()})\s?)?|{_RANGE}){_NUMBER})*"


@cache
def _unit(lang: str | None) -> str:
    """The words of a provision's unit, each unit a named group; of one language, or of all."""
    return "|".join(rf"(?P<{unit}>{any_word(ACT_WORDS, unit, lang=lang)})" for unit in _UNITS
                    if forms(ACT_WORDS, unit, lang=lang))


@cache
def _before(lang: str) -> re.Pattern[str]:
    """A provision right before an act's name, at the end of the text searched."""
    part = any_word(ACT_WORDS, "part", lang=lang)
    parts = rf"(?:(?i:{part})\s?{_NUMBER}\s*,?\s*(?:of\s+)?)*"
    link = r"\s+(?:of|in|under)\s+(?:the\s+)?(?:[a-z]+\s+)?" if lang == "en" else r"\s+"
    return re.compile(rf"(?<![\w.]){parts}(?i:{_unit(lang)})\s?(?P<numbers>{_numbers()}){link}$")


@cache
def _after() -> re.Pattern[str]:
    """A provision in brackets or after a comma right after an act's name: "(articles 228–234)"."""
    return re.compile(rf"\s*[(,]\s*(?i:{_unit(None)})\s?(?P<numbers>{_numbers()})(?=\s*[),;.])")


@cache
def _plain_units() -> str:
    """The words of any unit or part of an act, both languages, without groups."""
    return "|".join(any_word(ACT_WORDS, unit) for unit in (*_UNITS, "part") if forms(ACT_WORDS, unit))


@cache
def _opening() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_plain_units()})\s?{_NUMBER}")


def opens(text: str, at: int) -> bool:
    """Whether a provision's words open at `at` («ст. 5», "Article 3"): a title does not go on over them."""
    return _opening().match(text, at) is not None


def cites(text: str, start: int, lang: str) -> bool:
    """Whether a provision's words end right before `start` («ст. 1482 | ГК», "Article 5 of the | Code"): what
    stands there is an act's name."""
    return _before(lang).search(text, max(0, start - _WINDOW), start) is not None


def _unit_of(m: re.Match[str]) -> str:
    return next(unit for unit in _UNITS if m.groupdict().get(unit))


def _split(numbers: str) -> list[tuple[int, int, str]]:
    """The numbers of a list with their offsets, a range kept whole: "228 and 228.1" → 228, 228.1."""
    out, at = [], 0
    for gap in [*re.finditer(_list_gap(), numbers), None]:
        stop = gap.start() if gap else len(numbers)
        piece = numbers[at:stop]
        if piece.strip():
            unit = re.match(rf"(?i:{_plain_units()})\s?", piece)
            number = piece[unit.end():] if unit else piece
            out.append((at + (unit.end() if unit else 0), stop, re.sub(_RANGE, "–", " ".join(number.split()))))
        at = gap.end() if gap else stop
    return out


def _provisions(m: re.Match[str], first: int, phrase: tuple[int, int]) -> list[Provision]:
    """One provision a number of `m`'s list; the first one's words start at `first`."""
    base = m.start("numbers")
    return [Provision(first if i == 0 else base + a, base + b, _unit_of(m), number, phrase)
            for i, (a, b, number) in enumerate(_split(m.group("numbers")))]


def find(text: str, start: int, end: int, lang: str) -> list[Provision]:
    """The provisions written with the naming of an act at `start`:`end` of `text`."""
    out: list[Provision] = []
    window = max(0, start - _WINDOW)
    m = _before(lang).search(text, window, start)
    if m is not None:
        out += _provisions(m, m.start(), (m.start(), end))
    m = _after().match(text, end, min(len(text), end + _WINDOW))
    if m is not None:
        close = m.end() + 1 if text.startswith(")", m.end()) and "(" in m.group(0) else m.end()
        out += _provisions(m, m.start(_unit_of(m)), (start, close))
    return out


def title(act_title: str, provision: Provision, plural: Callable[[str], str]) -> str:
    """The provision's title: the act's, then the unit's word (plural for a range) and the number
    («..., статья 158», "..., Articles 228–234"), in the language of the act's title."""
    lang = "ru" if re.search("[а-яё]", act_title, re.I) else "en"
    unit = (forms(ACT_WORDS, provision.unit, lang=lang) or forms(ACT_WORDS, provision.unit))[0]
    if "–" in provision.number:
        unit = plural(unit)
    return f"{act_title}, {unit} {provision.number}"
