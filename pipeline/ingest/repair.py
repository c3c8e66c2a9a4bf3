"""Repair of extracted text: one clean text with whole paragraphs, the coordinate system of every offset.

Takes the raw pages of a `Document`, drops running headers, footers and page numbers, mends words
hyphenated at line ends, joins lines broken inside paragraphs and normalises odd spaces, quotes and
dashes. Paragraphs (and list items, captions, table rows) are separated by a blank line.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..context import Context
from ..layout.front import cover_line
from ..lexicon.cues import label, list_marker
from ..nlp.lang import detect, has_cyrillic
from ..record import Article
from .keyword_lines import a_keyword_a_line, keywords_opening
from .spacing import spaced

if TYPE_CHECKING:
    from ..nlp.morph import Morph

log = logging.getLogger(__name__)

ANCHOR = "\ufffc"

_CHARS = str.maketrans({
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ", "\f": "\n", "\v": "\n",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    "\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2212": "-", "\u2015": "―",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LONE_CONTROL = re.compile(r"(?<= )[\x01\x03-\x08\x0e-\x1f](?= )")
_SOFT_BREAK = re.compile(r"[\u00ad\x02]\n")  # soft hyphen (or pdfium's mark for one) at a line end
_STAND_INS = "&¬=$!%\""  # glyphs a font may map its hyphen to
_PDFIUM_HYPHEN = re.compile(r"\ufffe\n?")  # pdfium's mark of a hyphen at a line end it has joined
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$", re.M)
# emphasis closes within its line and within 200 characters: an unclosed «**» looks no further, so
# text full of them costs its length, not its length squared
_MD_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:[^\n]{0,200}?\S)?)\1")
_SPACES = re.compile(r" {2,}")

_TERMINAL = tuple(".!?:;…")
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_NUMBER = re.compile(r"[-+]?\d[\d.,]*%?")
_HYPHEN_END = re.compile(r"([A-Za-zА-Яа-яЁё]+)-$")
_WORD_TAIL = 120  # characters at a line's end in which its last word is sought
_URL = re.compile(r"https?:|www\.|/")
_WORD_START = re.compile(r"([A-Za-zА-Яа-яЁё]+)")
_LONE_NUMBER = re.compile(r"\[\d{1,3}\]|\d{1,3}[.)]")


@dataclass
class _Line:
    text: str
    page: int
    blank_before: bool = False
    indented: bool = False
    trailing: bool = False


def clean(article: Article, context: Context) -> Article:
    """Fill `text`, `page_starts` and `tables` from the document's raw pages.

    `morph` (the shared `Morph`) tells real compounds from hyphenated words; without it a
    hyphen at a line end is dropped whenever the next line goes on in lower case.
    """
    document, morph = context.loaded(), context.models.morph
    pages = _stand_in_hyphens([normalise(p) for p in document.pages])
    if document.format == "pdf" and morph is not None:
        pages = [spaced(p, morph) for p in pages]  # «Представленырезультаты...»: words a line ran together
    if document.format == "md":
        pages = [_unmark(p) for p in pages]
    split = [p.split("\n") for p in pages]
    if document.page_count:
        split = strip_running(split, normalise(document.title) if document.title else None)
    lines = _lines(split)
    whole = document.format in ("docx", "html") or not _wrapped(lines)
    blanks = whole or _blank_lines_mark_paragraphs(lines)
    paragraphs = _paragraphs(lines, whole=whole, blanks=blanks)
    text, page_starts, anchors = _assemble(paragraphs, len(pages), morph)
    article.text = text
    if not text.strip():
        article.warnings.append("no text could be extracted (the document may need OCR)")
    article.page_starts = page_starts if document.page_count else []
    article.tables = list(document.tables)
    for number, table in enumerate(article.tables, 1):
        table.id = f"tbl-{number}"
        if number <= len(anchors):
            table.start = anchors[number - 1]
        elif table.page and article.page_starts:
            table.start = article.page_starts[table.page - 1]
    log.debug("%s: %d pages cleaned into %d blocks (%d characters)", document.path, len(pages),
              len(paragraphs), len(text))
    return article


def normalise(text: str) -> str:
    """Unify line ends, spaces, hyphens and quotes; drop control characters; mend soft hyphens."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_BREAK.sub("", text)
    text = _PDFIUM_HYPHEN.sub("-\n", text)
    text = text.translate(_CHARS)
    text = text.replace("\u00ad", "").replace("\x02", "")
    text = _LONE_CONTROL.sub("·", text)  # a separator the font cannot name ("Health data \x01 Compliance")
    # each rule only where its cheap sign is (a word of two scripts has a Latin letter beside a Cyrillic one)
    if _ACCENT_GLYPH.search(text):
        text = _SPACING_ACCENT.sub(_accented, text)
    if _SCRIPTS_MEET.search(text):
        text = _LOOKALIKE_IN_WORD.sub(lambda m: m.group(0).translate(_TO_CYRILLIC), text)
        text = _CYRILLIC_IN_WORD.sub(lambda m: m.group(0).translate(_TO_LATIN), text)
    if _LOOKALIKE_THEN_LATIN.search(text):
        text = _LOOKALIKE_BEFORE_LATIN.sub(lambda m: m.group(0).translate(_ALL_TO_LATIN), text)
    return _CONTROL.sub("", text)


# an accent TeX set as a glyph of its own beside its letter ("Iva´n", "Rodr´ıguez", "Andre´s"): one letter
_COMBINING = {"´": "\u0301", "`": "\u0300", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c", "¸": "\u0327"}
_ACCENT_GLYPH = re.compile(f"[{''.join(_COMBINING)}]")
_SPACING_ACCENT = re.compile(rf"([^\W\d_])([{''.join(_COMBINING)}])([^\W\d_])")


def _accented(m: re.Match[str]) -> str:
    """The vowel beside the accent with it: the one before ("Iva´n", "Mu¨ller") or after ("Sch¨utze",
    "Rodr´ıguez"); between two consonants the glyph stays ("can´t" is an apostrophe)."""
    before, accent, after = m.group(1), _COMBINING[m.group(2)], m.group(3)
    for letter, at_left in ((before, True), (after, False)):
        if letter.lower() not in "aeiouyı":
            continue
        composed = unicodedata.normalize("NFC", ("i" if letter == "ı" else letter) + accent)
        if len(composed) == 1:
            return composed + after if at_left else before + composed
    return m.group(0)


# a Russian word with a Latin small letter that looks like a Cyrillic one («cлова» typed with a Latin «c»),
# which no label, dictionary or NER reads: the letter becomes the Cyrillic one
_LOOKALIKES = "aceopxy"
_TO_CYRILLIC = str.maketrans(_LOOKALIKES, "асеорху")
_LOOKALIKE_IN_WORD = re.compile(
    rf"(?<![^\W\d_])(?=[а-яёА-ЯЁ{_LOOKALIKES}]*[{_LOOKALIKES}])(?=(?:[{_LOOKALIKES}]*[а-яёА-ЯЁ]){{3}})"
    rf"[а-яёА-ЯЁ{_LOOKALIKES}]+(?![^\W\d_])")
# and an English word with a Cyrillic one («Kеywords» with a Cyrillic «е»)
_TO_LATIN = str.maketrans("асеорху", _LOOKALIKES)
_CYRILLIC_IN_WORD = re.compile(
    r"(?<![^\W\d_])(?=[a-zA-Zасеорху]*[асеорху])(?=(?:[асеорху]*[a-zA-Z]){3})[a-zA-Zасеорху]+(?![^\W\d_])")
# and one typed wholly in Cyrillic lookalikes before an English word («Кеу words:» of a Russian journal's
# English block): small letters among them, so no Russian abbreviation
_ALL_TO_LATIN = str.maketrans("АВСЕНКМОРТХасеорху", "ABCEHKMOPTXaceopxy")
_SCRIPTS_MEET = re.compile(r"[a-zA-Z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][a-zA-Z]")
_LOOKALIKE_THEN_LATIN = re.compile(r"[АВСЕНКМОРТХасеорху] [a-zA-Z]")
_LOOKALIKE_BEFORE_LATIN = re.compile(
    r"(?<![^\W\d_])(?=[АВСЕНКМОРТХ]*[асеорху])[АВСЕНКМОРТХасеорху]{3,}(?= [a-zA-Z]{3,}(?![^\W\d_]))")


def _stand_in_hyphens(pages: list[str]) -> list[str]:
    """A font that maps its hyphen to another glyph («необ&» / «ходимость», «научно&исследовательских», «оте$» / «чественной»,
    «КЛТ&40»): when words break at line ends on that glyph far more often than on the hyphen itself,
    the glyph is the hyphen wherever it stands between a letter and a letter or digit."""
    joined = "\n".join(pages)
    hyphens: int | None = None  # counted when a glyph first breaks words often enough to be asked about
    for glyph in _STAND_INS:
        # a glyph never at a line's end breaks no word: the text is not searched letter by letter for it
        if not re.search(rf"{re.escape(glyph)}[ \t]*\n", joined):
            continue
        breaks = len(re.findall(rf"[^\W\d_]{re.escape(glyph)}[ \t]*\n[ \t]*[^\W\d_]", joined))
        if breaks < 5:
            continue
        if hyphens is None:
            hyphens = len(re.findall(r"[^\W\d_]-[ \t]*\n", joined))
        # a straight quote stands for the hyphen only where nearly every one of them stands between letters
        # ("weapons"grade", «многокри"» / «териальное»): quotes in prose open and close after spaces
        if glyph == '"' and 10 * (breaks + len(re.findall(r'[^\W\d_]"[^\W\d_]', joined))) < 8 * joined.count('"'):
            continue
        if breaks > 2 * hyphens:
            inside = re.compile(rf"(?<=[^\W_])[ \t]?{re.escape(glyph)}(?=[^\W_])")
            broken = re.compile(rf"(?<=[^\W\d_]){re.escape(glyph)}(?:[ \t]*\n[ \t]*|[ \t]+)(?=[^\W_])")
            pages = [inside.sub("-", broken.sub("-\n", p)) for p in pages]
    return pages


def _unmark(text: str) -> str:
    """Markdown without heading marks and bold/italic stars; a heading stands alone between blank lines."""
    text = _MD_HEADING.sub(lambda m: f"\n{m.group(1)}\n", text)
    return _MD_EMPHASIS.sub(r"\2", text)


@cache
def _page_number() -> re.Pattern[str]:
    """A line that is a page number: «12», «– 12 –», «стр. 3 из 10», "Page 3 of 10", "3/10"."""
    return re.compile(
        rf"(?:[-–—]\s*)?\d{{1,4}}(?:\s*[-–—])?|{label('page')}\s*\d{{1,4}}(?:\s*(?:{label('page_of')}|/)\s*\d{{1,4}})?"
        r"|\d{1,4}\s*/\s*\d{1,4}",
        re.I,
    )


def strip_running(pages: list[list[str]], title: str | None = None) -> list[list[str]]:
    """Pages without running headers/footers (lines repeated at the top or bottom of many pages)
    and without lone page numbers there; the title the layout read on the first page stays there,
    though the journal repeats it over every other page."""
    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:3] + filled[-3:]))

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", "".join(line.split()).lower()).strip("#")

    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({key(lines[i]) for i in edges(lines)})
    threshold = max(3, len(pages) // 5)
    running = {k for k, n in seen.items() if n >= threshold and len(k) < 120} if len(pages) >= 3 else set()
    # the page the title stands on (after a cover sheet, the second): the lines right under the title
    # (its authors, whom the journal repeats over every other page) stay
    titled = key(title) if title else ""
    opening = max((n for n, lines in enumerate(pages[:2]) for i in edges(lines)[:3]
                   if len(key(lines[i])) > 10 and key(lines[i]) in titled), default=None)
    out = []
    for number, lines in enumerate(pages):
        drop = set()
        filled = [i for i, line in enumerate(lines) if line.strip()]
        under = -1
        if number == opening:
            under = next(i for i in filled if len(key(lines[i])) > 10 and key(lines[i]) in titled)
        for i in edges(lines):
            if key(lines[i]) in running and not (number == 0 and title and key(lines[i]) == key(title)) \
                    and not (under >= 0 and i > under and i in filled[:4]):
                drop.add(i)
        for end in (filled[:1], filled[-1:]):
            for i in end:
                if _page_number().fullmatch(lines[i].strip()):
                    drop.add(i)
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


def _lines(pages: list[list[str]]) -> list[_Line]:
    out: list[_Line] = []
    blank = False
    for number, lines in enumerate(pages, 1):
        for raw in lines:
            if not raw.strip():
                blank = True
                continue
            text = _SPACES.sub(" ", raw.strip())
            out.append(_Line(text, number, blank, raw.startswith(" "), raw.endswith(" ")))
            blank = False
    return out


def _wrapped(lines: list[_Line]) -> bool:
    """Whether the text was wrapped at a width (as PDFs and many TXT files are), not one line a paragraph.

    Short lines (titles, headings) say nothing; wrapped text has many long lines ending mid-sentence.
    """
    if not lines:
        return False
    lengths = sorted(len(line.text) for line in lines)
    full = lengths[int(len(lengths) * 0.8)]
    long = [line for line in lines[:-1] if len(line.text) >= 0.6 * full]
    if not long:
        return False
    open_ends = sum(not line.text.endswith(_TERMINAL) for line in long) / len(long)
    return full <= 160 and open_ends >= 0.3


def _blank_lines_mark_paragraphs(lines: list[_Line]) -> bool:
    """False for double spacing: nearly every line followed by a blank one, mostly in mid-sentence."""
    if sum(line.blank_before for line in lines) < 0.6 * len(lines):
        return True
    full = sorted(len(line.text) for line in lines)[int(len(lines) * 0.8)]
    before_blank = [a for a, b in zip(lines, lines[1:], strict=False) if b.blank_before and len(a.text) >= 0.6 * full]
    open_ends = sum(not line.text.endswith(_TERMINAL) for line in before_blank)
    return open_ends <= 0.5 * len(before_blank)


def _width(lines: list[_Line]) -> dict[int, int]:
    """A typical full line length per page (the whole text's when a page has few lines)."""
    def p80(values: list[int]) -> int:
        values = sorted(values)
        return values[int(len(values) * 0.8)] if values else 80

    overall = p80([len(line.text) for line in lines])
    by_page: dict[int, list[int]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(len(line.text))
    return {page: p80(v) if len(v) >= 8 else overall for page, v in by_page.items()}


_PIPE_ROW = re.compile(r"\S[ \t]+\|[ \t]+\S")
_BULLETS = "-–—•▪●◦*"


@lru_cache(maxsize=4096)  # (each line is asked again as the line before the next one)
def tabular(text: str) -> bool:
    """A line of a table set as text: mostly numbers, at least three of them; not a sentence, which ends with its
    stop and has words in small letters («Штраф 500 000 тенге и 20 000 сомов.», «Код 8703 23 908 9 облагается
    пошлиной 15%.»)."""
    words = text.split()
    numbers = sum(bool(_NUMBER.fullmatch(w.strip("()[];"))) for w in words)
    sentence = text.rstrip().endswith((".", "!", "?")) and sum((b := w.strip(".,;:!?()«»\"")).isalpha() and b.islower() and len(b) > 2 for w in words) >= 2
    return numbers >= 3 and numbers >= 0.4 * len(words) and not sentence


_LABEL_LINES = 3  # short lines a margin label or a journal's section head may set inside a broken word
_LABEL_WORDS = 4


def _label_inside_word(lines: list[_Line]) -> list[_Line]:
    """A word broken at a line's end whose rest comes after a few short lines in capitals (a journal's
    section head in the margin: «симплектическое многообра-» / «ТЕОРЕТИЧЕСКАЯ» / «И ЭКСПЕРИМЕНТАЛЬНАЯ
    ФИЗИКА» / «зие; ...»): those lines are read after the rest of the paragraph's line, not inside it."""
    out = list(lines)
    for i in range(len(out) - 2):
        if not _HYPHEN_END.search(out[i].text):
            continue
        for k in range(1, _LABEL_LINES + 1):
            if i + k + 1 >= len(out):
                break
            label = out[i + k]
            if label.page != out[i].page or len(label.text.split()) > _LABEL_WORDS \
                    or any(c.islower() for c in label.text):
                break
            rest = out[i + k + 1]
            if rest.text[:1].islower() and rest.page == out[i].page:
                out[i + 1 : i + k + 2] = [replace(rest, blank_before=False), *out[i + 1 : i + k + 1]]
                break
    return out


def _paragraphs(lines: list[_Line], whole: bool, blanks: bool) -> list[list[_Line]]:
    lines = _label_inside_word(lines)
    widths = _width(lines)
    rare_indent = sum(line.indented for line in lines) < 0.3 * len(lines)
    rare_trailing = sum(line.trailing for line in lines) < 0.3 * len(lines)
    out: list[list[_Line]] = []
    for line in lines:
        if not out or whole or _breaks(out[-1], line, widths[out[-1][-1].page], blanks,
                                       rare_indent, rare_trailing):
            out.append([line])
        else:
            out[-1].append(line)
    a_keyword_a_line(out)
    # a list's number set apart in a column of its own ("44." over "Grida M, Zeid M. A system ..."):
    # it opens the item beside it
    for i in range(len(out) - 2, -1, -1):
        if len(out[i]) == 1 and _LONE_NUMBER.fullmatch(out[i][0].text) and out[i + 1][0].page == out[i][0].page \
                and out[i + 1][0].text[:1].isalpha():
            out[i:i + 2] = [out[i] + out[i + 1]]
    return out


_WORD_OPENS = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]")  # a word with its capital, not a code ("L003120/1)")
_GOES_ON = re.compile(r"(?<![^\W\d_])(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at|и|в|на|с|по|для|из|к|о|от|при)$")
CONTENTS_LINE = re.compile(r"(?:\.\s?){5,}\s*\d{1,4}\s*$")  # a line of contents: «Предисловие . . . . . 5»
_RIGHTS = re.compile(r"©\s*(?:19|20)\d\d|\ball rights reserved\b|\bвсе права защищены\b", re.I)


def _breaks(paragraph: list[_Line], line: _Line, width: int, blanks: bool, rare_indent: bool,
            rare_trailing: bool) -> bool:
    """Whether `line` starts a new block after the lines of `paragraph`."""
    prev = paragraph[-1]
    text, before = line.text, prev.text
    if ANCHOR in (text, before):
        return True
    if _HYPHEN_END.search(before) and text[:1].islower():
        # a word broken at a line's end, though the layout set a gap after it («Гар-» / «вардском») or
        # the line is full of figures («... 50% Фран-» / «ции, 88% Японии ...»)
        return False
    if tabular(text) or tabular(before) or _PIPE_ROW.search(text) or _PIPE_ROW.search(before):
        return True  # (a row of cells a bar divides, "Mercosur | 1991-11-29", is a line of its own)
    if text[:1] in _BULLETS and text[:2] == paragraph[0].text[:2] and list_marker().match(text):
        return True  # the next item of a list its first line opened with the same bullet
    if blanks and line.blank_before and not (before.endswith(",") and keywords_opening().match(paragraph[0].text)):
        return True  # but a gap inside a list of keywords broken after a comma («..., RED,» / «GRED, DSRED, ...»)
    if line.page != prev.page and (_RIGHTS.search(before) or cover_line(paragraph[0].text)):
        # the rights line at a page's foot ends there, and so does a cover sheet's line ("This content was
        # downloaded from ... at 15:02"): the next page goes on with the body or opens the article
        return True
    ends = _ends_sentence(before)
    upper = text[:1].isupper() or text[:1].isdigit() or text[:1] in "«\"'[("
    head = paragraph[0].text
    # (short for the lines above it: a narrow column's keywords run on over lines all shorter than the page's;
    # the lines are measured only under such a label, not for every line of a long paragraph)
    if upper and (_caption().match(head) or keywords_opening().match(head)) and (
            ends or len(before) < 0.8 * (max(len(x.text) for x in paragraph) if len(paragraph) > 1 else width)):
        return True
    if (list_marker().match(text) or _NUMBERED_HEADING.match(text)) and (ends or len(before) < 0.8 * width):
        return True
    if _cue().match(text) and (ends or len(before) < 0.8 * width or _labelled().match(text) or _label_alone().fullmatch(text)):
        return True
    if not upper or _GOES_ON.search(before):
        return False  # a line that ends with an article, a preposition or a conjunction goes on ("... member of" / "Congress")
    if CONTENTS_LINE.search(before):
        return True  # a line of contents ends with its page number («Предисловие . . . . . 5»)
    if line.page != prev.page and not before.endswith((",", "-", "–", "—", "/", "(")) and _WORD_OPENS.match(text) \
            and len(before) < 0.7 * (max(len(x.text) for x in paragraph[:-1]) if len(paragraph) > 1 else width):
        return True  # a page's last line, short, closes its block: a justified paragraph runs on in a full line
    if ends and (len(before) < 0.8 * width or line.page != prev.page or _switches_language(before, text) or (rare_trailing and prev.trailing) or (rare_indent and line.indented)):
        return True
    return len(before) < 0.6 * width and not before.endswith((",", "-", "–", "—"))


@cache
def _caption() -> re.Pattern[str]:
    """«Таблица 1», "Fig. 2": a caption opens with it."""
    return re.compile(rf"{label('table', 'figure')}\s*\d+", re.I)


@cache
def _labelled() -> re.Pattern[str]:
    """A label and its colon at a line's start: «Для цитирования:», "Keywords:" open a block whatever ends before."""
    return re.compile(rf"{label('abstract', 'keywords', 'citation', 'received')}\s*:", re.I)


@cache
def _label_alone() -> re.Pattern[str]:
    """An abstract's or keywords' label as the whole line ("Keywords" atop a page after a note's address)."""
    return re.compile(rf"{label('abstract', 'keywords')}\s*[:.]?", re.I)


@cache
def _cue() -> re.Pattern[str]:
    """A label that opens a block of its own: abstract, keywords, caption, source note."""
    return re.compile(rf"(?:{label('abstract', 'keywords')}|{_caption().pattern}|{label('source')}\s*:"
                      rf"|{label('citation', 'received')}\s*:)", re.I)


def _switches_language(before: str, text: str) -> bool:
    """Whether two lines are in different languages (a Russian abstract followed by an English one)."""
    if len(before.split()) < 3 or len(text.split()) < 3:
        return False
    return detect(before) != detect(text)


@cache
def _citation_end() -> re.Pattern[str]:
    """A closing citation: «[5]», «(табл. 1)», "(Fig. 2)"."""
    return re.compile(rf"\s*(?:\[[^\]]{{1,20}}\]|\(\s*{label('cited')}[^)]{{0,20}}\))$", re.I)


def _ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence, looking past a closing citation such as «[5]» or «(табл. 1)»."""
    line = _citation_end().sub("", line) or line
    return line.endswith(_TERMINAL) or line.endswith((".)", ".»", '."', "?»", "!»"))


def _assemble(paragraphs: list[list[_Line]], page_count: int, morph: Morph | None) -> tuple[str, list[int], list[int]]:
    """The text, where each page begins in it, and where each table anchor stood."""
    parts: list[str] = []
    size = 0
    starts: dict[int, int] = {}
    anchors: list[int] = []
    # the words in capitals the document writes whole: one of them broken at a line's end is mended
    # («МАГА-» + «ТЭ», «НИ-» + «КИЭТ»), while «ИТАР-ТАСС» and «РФ-ФЭИ» keep their hyphen
    written = "\n".join(line.text for paragraph in paragraphs for line in paragraph)
    capitals = frozenset(_CAPITALS.findall(written))
    # and the Latin words it writes, alone or as compounds: "electrical-" + "power" keeps its hyphen when the
    # document writes "electrical" and "power" and never "electricalpower"
    latin = _LatinWords(frozenset(w.lower() for w in _LATIN_WORD.findall(written)),
                        frozenset(w.lower() for w in _LATIN_COMPOUND.findall(written)))
    for paragraph in paragraphs:
        if paragraph[0].text == ANCHOR:
            anchors.append(size + 2 if parts else 0)
            starts.setdefault(paragraph[0].page, size)
            continue
        if parts:
            parts.append("\n\n")
            size += 2
        text = ""
        for line in paragraph:
            if not text:
                starts.setdefault(line.page, size)
                text = line.text
                continue
            joined = join(text, line.text, morph, capitals, latin)
            starts.setdefault(line.page, size + len(joined) - len(line.text))
            text = joined
        parts.append(text)
        size += len(text)
    full = "".join(parts)
    anchors = [min(a, len(full)) for a in anchors]
    page_starts = []
    last = 0
    for page in range(1, page_count + 1):
        last = max(last, starts.get(page, last))
        page_starts.append(last)
    return full, page_starts, anchors


_NUMBER_HYPHEN = re.compile(r"(?<![\w-])\d+-$")
NUMBER_DASH = re.compile(r"(?<![\w-])\d+[–—]$")  # a number and a dash set close to it, at a line's end
_CODE_START = re.compile(r"(?:[A-ZА-ЯЁ]{1,4}|[а-яёa-z]{1,2}|\d+)(?![^\W\d_])")
_CAPITALS = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{4,}(?![\w-])")


@dataclass(frozen=True)
class _LatinWords:
    """The Latin words a document writes alone and its hyphenated compounds, in lower case."""

    alone: frozenset[str]
    compounds: frozenset[str]

    def compound(self, head: str, tail: str) -> bool:
        """Whether «head-» + «tail» at a line's end is a compound the document keeps apart: written so
        elsewhere, or, never written whole, made of two words it writes alone ("electrical-power")."""
        head, tail = head.lower(), tail.lower()
        if f"{head}-{tail}" in self.compounds:
            return True
        return head + tail not in self.alone and len(head) >= 4 and head in self.alone and tail in self.alone


_LATIN_WORD = re.compile(r"(?<![\w-])(?<!-\n)[A-Za-z]{2,}(?![\w-])")  # (not the rest of a word broken at a line's end)
_LATIN_COMPOUND = re.compile(r"(?<![\w-])[A-Za-z]+-[A-Za-z]+(?![\w-])")


def join(first: str, second: str, morph: Morph | None = None, capitals: frozenset[str] = frozenset(),
         latin: _LatinWords | None = None) -> str:
    """Two lines of one paragraph as one, mending a word hyphenated across the break (and a word in
    capitals broken so, when the document writes it whole: `capitals`), not a Latin compound the
    document keeps apart (`latin`)."""
    # the hyphen rule is anchored at the end: only the last word is looked at, never the whole
    # paragraph built so far (which would make joining a long paragraph cost its length squared)
    tail = first[-_WORD_TAIL:] if first.endswith("-") else ""
    found = _HYPHEN_END.search(tail) if tail else None
    at = len(first) - len(tail) + found.start() if found else 0
    end = found
    start = _WORD_START.match(second)
    if end and start and at > 0 and first[at - 1] == "-":
        # a compound broken inside its last part: «свинцово-вис-» + «мут», «бизнес-про-» + «цессов»
        whole = morph is not None and _known(end.group(1) + start.group(1), morph)
        return first[:-1] + second if whole else first + second
    if end and start:
        head, tail = end.group(1), start.group(1)
        if _URL.search(first.rsplit(" ", 1)[-1]):
            return first + second
        if second[start.end():start.end() + 1] == "-" and len(tail) <= 3:
            # a chain of words with hyphens broken at one, a little word after it: "difference-" + "in-differences",
            # "state-" + "of-the-art" (a word broken inside goes on with more letters: "dif-" + "ference-in-...")
            return first + second
        if latin is not None and not has_cyrillic(head + tail) and latin.compound(head, tail):
            return first + second
        if dehyphenate(head, tail, morph) or (head + tail).isupper() and _whole_in_capitals(head + tail, morph, capitals, latin):
            return first[:-1] + second
        return first + second
    if end and second[:1].isdigit():
        return first + second  # a name and its number broken at the hyphen: «ВВЭР-» + «1000», "COVID-" + "19"
    if _NUMBER_HYPHEN.search(first[-12:]) and _CODE_START.match(second):
        return first + second  # a number and its letters: «№ 289-» + «ФЗ», «1234-» + «р», "2019-" + "2020"
    if NUMBER_DASH.search(first[-12:]) and second[:1].isdigit():
        return first + second  # a range broken after its dash: "2007–" + "2021", «5—» + «7 %»
    return f"{first} {second}"


def _whole_in_capitals(word: str, morph: Morph | None, capitals: frozenset[str], latin: _LatinWords | None) -> bool:
    """Whether a word in capitals broken at a line's end is one word: the document writes it whole, in
    capitals or in small letters («УПОЛНОМОЧЕН-» + «НОГО», "CUS-" + "TOMS"), or the dictionary knows it."""
    return word in capitals or (latin is not None and word.lower() in latin.alone) \
        or (morph is not None and _known(word, morph))


def dehyphenate(head: str, tail: str, morph: Morph | None = None) -> bool:
    """Whether «head-» + «tail» is one word split at a line end rather than a compound like «научно-технический»."""
    if not tail[:1].islower() or len(head) >= 2 and head.isupper():
        return False  # (a word in capitals does not go on in small letters: «МОРЖАКОВ-» + «ген. директор», «ЕАЭС-» + «страны»)
    if morph is None:
        return True
    if _known(head + tail, morph):
        return True
    # a head of two or three letters that is a word by chance («То», «ал») before a tail that is
    # none («пэнергобизнес», «килированные»): a rare word or a name broken early
    return not _known(head, morph) or (len(head) <= 3 and has_cyrillic(tail) and not _known(tail, morph))


def _known(word: str, morph: Morph) -> bool:
    if not has_cyrillic(word):
        return False
    return any(p.is_known for p in morph.parse(word.lower()))
