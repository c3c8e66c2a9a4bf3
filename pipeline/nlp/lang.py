"""Language of a stretch of text, told by its letters; the one Cyrillic test and the one case-and-ё fold."""

from __future__ import annotations

import re
import unicodedata

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
"""A Cyrillic letter of the Russian alphabet, either case."""
_LAT = re.compile(r"[A-Za-z]")
_CYRILLIC_RUN = re.compile(r"[А-Яа-яЁё]+")
_LAT_RUN = re.compile(r"[A-Za-z]+")


def _letters(run: re.Pattern[str], text: str) -> int:
    """How many letters of a kind `text` holds, counted by runs (a word is one match, not one a letter)."""
    return sum(map(len, run.findall(text)))


def has_cyrillic(text: str) -> bool:
    """Whether `text` holds a Russian letter."""
    return CYRILLIC.search(text) is not None


def has_latin(text: str) -> bool:
    """Whether `text` holds a Latin letter."""
    return _LAT.search(text) is not None


def mostly_cyrillic(text: str) -> bool:
    """Whether `text` holds more Russian letters than Latin ones (a line, a body: no threshold, unlike `detect`)."""
    return _letters(_CYRILLIC_RUN, text) > _letters(_LAT_RUN, text)


# letters of Cyrillic alphabets that Russian lacks, by the language they mark most: a block in one of
# these languages (a Kazakh abstract beside the Russian and English ones) is neither Russian nor English
_OTHER_CYRILLIC = (("kk", "әғқңөұүһӘҒҚҢӨҰҮҺ"), ("uk", "єїґЄЇҐ"), ("be", "ўЎ"), ("sr", "ђјљњћџЂЈЉЊЋЏ"),
                   ("uk", "іІ"))
_OTHER_LETTER = re.compile("[" + "".join(letters for _, letters in _OTHER_CYRILLIC) + "]")


def other_cyrillic(text: str) -> str | None:
    """The code of the Cyrillic language other than Russian `text` is written in (`kk`, `uk`, `be`,
    `sr`), told by the letters Russian lacks; None for Russian or text with few such letters (a
    Ukrainian surname in a Russian paragraph)."""
    marked = _OTHER_LETTER.findall(text)
    if len(marked) < 3 or len(marked) < 0.01 * _letters(_CYRILLIC_RUN, text):
        return None
    found = set(marked)
    return next(code for code, letters in _OTHER_CYRILLIC if found & set(letters))


def fold(text: str) -> str:
    """`text` in lower case with «ё» as «е»: the form words are compared in."""
    return text.lower().replace("ё", "е")


_UNMARKED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae",
                           "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i"})


def unmarked(text: str) -> str:
    """Latin letters without their marks, as a reference list may print a name its text marks
    ("Øvretveit" / "Ovretveit", "Müller" / "Muller"); Cyrillic as it is («й» keeps its breve)."""
    if text.isascii() or has_cyrillic(text):
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNMARKED)) if not unicodedata.combining(c))


def without_yo(text: str) -> str:
    """`text` with «ё» written «е», case kept: for words compared as written (ЕАЭС, Пётр)."""
    return text.replace("ё", "е").replace("Ё", "Е")


def detect(text: str, default: str = "ru") -> str:
    """`ru` or `en`, by the share of Cyrillic among letters; `default` when there are none."""
    cyr = _letters(_CYRILLIC_RUN, text)
    lat = _letters(_LAT_RUN, text)
    if cyr + lat == 0:
        return default
    return "ru" if cyr >= lat * 0.5 else "en"


def block_language(text: str, default: str = "ru") -> str:
    """`detect`, or the code of another Cyrillic language the block is written in (`other_cyrillic`)."""
    return other_cyrillic(text) or detect(text, default)


def overall(sizes: dict[str, int]) -> str:
    """The article's language from characters per language: `ru`, `en` or `mixed`."""
    total = sum(sizes.values()) or 1
    main = max(sizes, key=lambda k: sizes[k]) if sizes else "ru"
    return main if sizes.get(main, 0) / total >= 0.8 else "mixed"
