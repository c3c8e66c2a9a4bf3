"""The reference list and the citations that point into it: read, parsed and kept apart from the body.

A reference list is numbered («1.», "[1]"), author-year ("Smith, J., 2019. ...") or ГОСТ-style
(«Иванов И. И. Название // Журнал. 2019. № 3. С. 5–10»); a Russian article often prints it twice,
the second time transliterated. In-text citations ([12], [Иванов, 2015], (Smith et al., 2019)) are
found so that nothing inside them is read as a fact of the article.
"""

from __future__ import annotations

import re

from ..record import Reference

_NUMBERED = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)\]]")
_URL = re.compile(r"https?://\S+|www\.\S+")
_UP = r"[A-ZА-ЯЁ]"
_LOW = r"[a-zа-яёäöüßéèçñ'’\-]"
_AUTHOR = re.compile(
    rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,?\s+(?:{_UP}\.\s?){{1,3}}"  # Иванов И. И. / Smith, J. A.
    rf"|(?:{_UP}\.\s?){{1,3}}\s?{_UP}{_LOW}+"  # И. И. Иванов / J. A. Smith
)
_ENTRY_LIKE = re.compile(
    rf"//|\bС\.\s?\d|\bс\.\s?\d|\bpp?\.\s?\d|\bVol\.|\bТ\.\s?\d|№\s?\d|\bNo\.\s?\d|\(\d{{4}}\)|\b(?:19|20)\d\d\b|"
    rf"{_DOI.pattern}|https?://",
)
CITATION = re.compile(
    r"\[\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*(?:\s*,\s*(?:с|p|pp|С)\.\s*\d+(?:[–-]\d+)?)?\s*\]"  # [3], [1, 2], [3, с. 5]
    r"|\[[^\[\]\n]{2,120}?(?:1[89]|20)\d\d[a-zа-я]?(?:\s*,\s*(?:с|p|pp|С)\.\s*\d+(?:[–-]\d+)?)?\s*\]"  # [Иванов, 2015]
    r"|\((?:(?:see|cf\.|см\.)\s+)?(?:[A-ZА-ЯЁ][^()\n]{1,100}?,?\s+(?:1[89]|20)\d\d[a-z]?"  # (Smith et al., 2019)
    r"(?:\s*[;,]\s*[A-ZА-ЯЁ][^()\n]{1,100}?,?\s+(?:1[89]|20)\d\d[a-z]?)*)\)"
)


def is_entry(paragraph: str) -> bool:
    """Whether a paragraph reads as an entry of a reference list."""
    text = paragraph.strip()
    if _NUMBERED.match(text) and len(text) > 15:
        return True
    return bool(_ENTRY_LIKE.search(text)) and bool(_AUTHOR.search(text[:120]) or _URL.search(text))


def entries(paragraphs: list[str]) -> list[str]:
    """The entries of a reference list from its paragraphs: an entry may run over several
    paragraphs, and several numbered entries may have been joined into one."""
    out: list[str] = []
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        pieces = re.split(r"\s(?=(?:\[\d{1,3}\]|\d{1,3}\.)\s+[A-ZА-ЯЁ])", text) if _NUMBERED.match(text) else [text]
        for piece in pieces:
            if out and not _NUMBERED.match(piece) and not _starts_entry(piece):
                out[-1] = f"{out[-1]} {piece}"
            else:
                out.append(piece)
    return [e for e in out if len(e) > 10]


def _starts_entry(text: str) -> bool:
    return bool(_AUTHOR.match(text)) or bool(re.match(rf"{_UP}{_LOW}+,\s+{_UP}", text))


def parse(entry: str) -> Reference:
    """What can be read off one entry: its authors, title, year and DOI."""
    text = _NUMBERED.sub("", entry).strip()
    doi = _DOI.search(text)
    years = [int(y) for y in _YEAR.findall(_URL.sub("", text))]
    authors = []
    at = 0
    while True:
        m = _AUTHOR.match(text, at)
        if not m:
            break
        authors.append(" ".join(m.group(0).rstrip(", ").split()))
        at = m.end()
        sep = re.match(r"\s*(?:,|;|&|and|и)\s*", text[at:])
        if not sep:
            break
        at += sep.end()
    rest = text[at:].lstrip(" ,.;")
    rest = re.sub(r"^\(?(?:1[89]|20)\d\d[a-z]?\)?[.,]?\s*", "", rest)
    title = re.split(r"\s//\s|\.\s(?=[A-ZА-ЯЁ][^.]{0,80}(?:\d|№|Vol|Т\.))|\s[—–]\s|\.\s*(?:In|В)\s*:|\.\s*$", rest, maxsplit=1)[0]
    title = title.strip(" .,;") or None
    return Reference(text=entry, authors=authors, title=title if title and len(title) > 3 else None,
                     year=years[0] if years else None, doi=doi.group(0) if doi else None)


def citations(text: str) -> list[tuple[int, int]]:
    """Where in-text citations stand in `text`."""
    return [(m.start(), m.end()) for m in CITATION.finditer(text)]
