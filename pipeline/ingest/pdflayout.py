"""The printed page as lines with their place and type size, read through pdfium's text layer.

A journal page is more than its body: running heads and footers, page numbers, footnotes under a
rule, superscript marks glued to words, two columns side by side. Each line keeps where it stands
and how large it is set, so that those parts can be told from the body by their place on the page
and their type, and the body read in column order.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from ..record import Footnote

_LINE_BREAKS = {0x0A, 0x0D}
_LIFTABLE = frozenset("0123456789*∗†‡")
_MARK = re.compile(r"[0-9*∗†‡§¶a-z,]{1,5}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}")
_CLOSING = set(".,;:)]»\"'!?")  # no space before them where a mark was taken off
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass
class Line:
    """One printed line: its text, box (points from the page's top left) and type size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    marks: list[str] = field(default_factory=list)  # raised marks taken off its words
    lead: str | None = None  # a raised mark that opens the line (a footnote's or an affiliation's)

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PageLines:
    """The lines of one page, in pdfium's order, and the page's size."""

    width: float
    height: float
    lines: list[Line]
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # horizontal rules: x0, x1, y from the top


@dataclass
class _Char:
    char: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    base: float  # the baseline: the y of the character's origin
    weight: int
    space_before: bool  # the text layer has a space (or a line break) before it
    angle: float  # radians, as pdfium rounds them: 0 for a line across an upright page
    lifted: bool = False  # a superscript figure drawn at the line's own size and baseline


def read_lines(textpage: Any, width: float, height: float) -> PageLines:
    """Every line of a page's text layer, with raised marks taken off the words they follow."""
    chars, width, height = _upright(_chars(textpage), width, height)
    groups = _groups(chars)
    lines = []
    for group in groups:
        for part in _split_at_gaps(sorted(group, key=lambda c: c.left)):
            line = _line(part, height)
            if line is not None:
                lines.append(line)
    return PageLines(width, height, lines)


def _chars(textpage: Any) -> list[_Char]:
    """The printed characters in pdfium's order; a line break it made shows as a space before."""
    handle = textpage.raw
    box = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    out: list[_Char] = []
    space = True
    high = 0
    for index in range(pdfium_c.FPDFText_CountChars(handle)):
        code = pdfium_c.FPDFText_GetUnicode(handle, index)
        if 0xD800 <= code < 0xDC00:  # the first half of a pair: the character is its second half's
            high = code
            continue
        if 0xDC00 <= code < 0xE000:
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00) if high else 0xFFFD
        high = 0
        # pdfium gives 2 for a hyphen it found at a line end; its text API writes that as U+FFFE,
        # which the repair stage reads as a hyphen to mend or keep
        char = "\ufffe" if code == 2 else chr(code) if 0 < code < 0x110000 else "\ufffd"
        if code in _LINE_BREAKS or char.isspace():
            space = True
            continue
        angle = round(pdfium_c.FPDFText_GetCharAngle(handle, index), 1)
        # the loose box spans the font's ascent to descent: its height is the type size as printed,
        # whatever mix of font size and text matrix set it
        pdfium_c.FPDFText_GetLooseCharBox(handle, index, box)
        pdfium_c.FPDFText_GetCharOrigin(handle, index, ox, oy)
        weight = pdfium_c.FPDFText_GetFontWeight(handle, index)
        lifted = False
        if char in _LIFTABLE:
            # a superscript from the font's own figures keeps the size and baseline of its line: only
            # the glyph's ink, small and high above the baseline, tells it
            pdfium_c.FPDFText_GetCharBox(handle, index, left, right, bottom, top)
            height = box.top - box.bottom
            lifted = bottom.value - oy.value >= 0.22 * height and top.value - bottom.value <= 0.45 * height
        out.append(_Char(char, box.left, box.right, box.bottom, box.top, box.top - box.bottom, oy.value, weight,
                         space, angle, lifted))
        space = False
    return out


def _upright(chars: list[_Char], width: float, height: float) -> tuple[list[_Char], float, float]:
    """The characters set at the page's usual angle, turned so that their lines run left to right
    (a page rotated a quarter turn); those set at another angle (a stamp up the margin) are left out."""
    if not chars:
        return chars, width, height
    angle = Counter(c.angle for c in chars).most_common(1)[0][0]
    chars = [c for c in chars if c.angle == angle]
    if not angle:
        return chars, width, height
    turns = round(angle / (math.pi / 2)) % 4  # pdfium measures clockwise; pages turn by quarters
    cos, sin = round(math.cos(-turns * math.pi / 2)), round(math.sin(-turns * math.pi / 2))

    def turn(x: float, y: float) -> tuple[float, float]:
        return x * cos + y * sin, -x * sin + y * cos

    corners = [turn(x, y) for x in (0.0, width) for y in (0.0, height)]
    dx, dy = min(x for x, _ in corners), min(y for _, y in corners)
    out = []
    for c in chars:
        points = [turn(x, y) for x in (c.left, c.right) for y in (c.bottom, c.top)]
        xs, ys = [x - dx for x, _ in points], [y - dy for _, y in points]
        base = turn(c.left, c.base)[1] - dy
        out.append(_Char(c.char, min(xs), max(xs), min(ys), max(ys), max(ys) - min(ys), base, c.weight,
                         c.space_before, 0.0, c.lifted))
    width = max(x for x, _ in corners) - dx
    return out, width, max(y for _, y in corners) - dy


def _groups(chars: list[_Char]) -> list[list[_Char]]:
    """Characters gathered into lines: a new line where the baseline moves by more than half a
    letter or the text turns back to the left (raised and lowered small characters stay with the
    line they follow); pieces of one line drawn apart are joined again."""
    groups: list[list[_Char]] = []
    base = size = 0.0
    for c in chars:
        if groups:
            last = groups[-1][-1]
            onward = c.left >= last.left - 0.3 * max(c.size, last.size, 1.0)
            if onward and all(x.size <= 0.85 * c.size for x in groups[-1]) and c.bottom < groups[-1][0].top \
                    and groups[-1][0].bottom < c.top + 0.5 * c.size:
                groups[-1].append(c)  # a raised mark came first: the line it opens goes on here
                base, size = c.base, c.size
                continue
            small = c.size <= 0.85 * size
            overlaps = c.top > base - 0.3 * size and c.bottom < base + size
            if onward and (abs(c.base - base) <= 0.5 * max(size, 1.0) or (small and overlaps)):
                groups[-1].append(c)
                if not small:
                    base, size = c.base, max(size, c.size) if abs(c.base - base) < 0.1 * size else c.size
                continue
        groups.append([c])
        base, size = c.base, c.size
    return _rejoined(groups)


def _rejoined(groups: list[list[_Char]]) -> list[list[_Char]]:
    """Pieces on one baseline, of one size and close side by side, as one line (a line drawn in
    two runs, the second one first)."""
    out: list[list[_Char]] = []
    for group in groups:
        size = statistics.median(c.size for c in group)
        base = statistics.median(c.base for c in group)
        for other in out[-3:]:
            o_size = statistics.median(c.size for c in other)
            if abs(o_size - size) > 0.1 * size or abs(statistics.median(c.base for c in other) - base) > 0.25 * size:
                continue
            left, right = min(c.left for c in group), max(c.right for c in group)
            o_left, o_right = min(c.left for c in other), max(c.right for c in other)
            gap = max(left - o_right, o_left - right)
            if 0 <= gap < 1.5 * size or (gap < 0 and (right <= o_left + size or left >= o_right - size)):
                other.extend(group)
                break
        else:
            out.append(group)
    return out


def _split_at_gaps(chars: list[_Char]) -> list[list[_Char]]:
    """One line cut where a gap as wide as a column gutter opens (two columns side by side)."""
    parts: list[list[_Char]] = [[]]
    for c in chars:
        last = parts[-1][-1] if parts[-1] else None
        if last is not None and c.left - last.right > 1.5 * max(c.size, last.size, 1.0):
            parts.append([])
        parts[-1].append(c)
    return [p for p in parts if p]


def _line(chars: list[_Char], height: float) -> Line | None:
    """A `Line` from its characters, left to right; raised small characters after a word become its marks."""
    size = statistics.median(c.size for c in chars)
    base = statistics.median(c.base for c in chars if c.size >= 0.9 * size)
    raised = [(c.size <= 0.85 * size and c.base - base >= 0.2 * size and c.char not in "-\ufffe") or c.lifted
              for c in chars]
    text = ""
    marks: list[str] = []
    lead: str | None = None
    i = 0
    prev: _Char | None = None
    while i < len(chars):
        c = chars[i]
        if not raised[i]:
            if text and prev is not None and (c.space_before or c.left - prev.right > 0.25 * max(c.size, prev.size)) \
                    and not (prev is not chars[i - 1] and c.char in _CLOSING):
                text += " "
            text += c.char
            prev = c
            i += 1
            continue
        j = i
        while j < len(chars) and raised[j]:
            j += 1
        mark = "".join(x.char for x in chars[i:j]).translate(_SUPERSCRIPTS)
        if not _MARK.fullmatch(mark):
            text += ("" if not text else " " if c.space_before else "") + mark  # «м²», a formula
        elif not text:
            lead = mark
        else:
            marks.append(mark)
        i = j
    body = [c for c, r in zip(chars, raised, strict=True) if not r] or chars
    text = text.strip()
    if not text:
        return None
    return Line(
        text=text,
        x0=min(c.left for c in body),
        x1=max(c.right for c in body),
        top=height - max(c.top for c in body),
        bottom=height - min(c.bottom for c in body),
        size=round(size, 1),
        bold=sum(c.weight >= 600 for c in chars) > 0.8 * len(chars),
        marks=marks,
        lead=lead,
    )


def body_size(pages: list[PageLines]) -> float:
    """The type size most of the document's letters are set in."""
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            counts[round(line.size * 2) / 2] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


@dataclass
class Layout:
    """What the layout of a document tells: the body's text per page, the footnotes, a title."""

    pages: list[str]
    footnotes: list[Footnote]
    title: str | None
    dropped: int  # running heads, footers and page numbers left out


_PAGE_NUMBER = re.compile(r"[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page|стр\.?|с\.)\s*\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?",
                          re.I)
_GLUED = re.compile(r"\d{1,2}(?=[A-ZА-ЯЁ«\"(][a-zа-яё])")  # «2The administrations ...»: a note's number set close
_OPENING_MARK = re.compile(r"([0-9]{1,2}|[*∗†‡§¶]{1,3})\s*(?=\S)")
_BAND = 0.09  # the share of the page's height at its top and at its foot where running heads stand
_SMALL = 0.92  # a line set smaller than this share of the body's size is not body text


def compose(pages: list[PageLines], tables: dict[int, list[tuple[float, float, float, float]]] | None = None,
            anchor: str = "\ufffc") -> Layout:
    """The body of each page as text in reading order, without running heads, footers, page
    numbers and footnotes; a blank line where the layout opens a gap; `anchor` where a table stood
    (`tables`: page index -> boxes (x0, top, x1, bottom))."""
    size = body_size(pages)
    running = _running_keys(pages, size)
    footnotes: list[Footnote] = []
    texts = []
    dropped = 0
    for index, page in enumerate(pages):
        kept = []
        # on the first page the head is what stands above the title: author lines repeated as
        # running heads on later pages stay where they are printed under it
        head = min((line.top for line in page.lines if line.size >= 1.2 * size), default=page.height) \
            if index == 0 else page.height
        for line in page.lines:
            top_band = line.bottom <= head or index > 0
            if _in_band(line, page) and (top_band or line.top > page.height / 2) \
                    and (_key(line.text) in running or _PAGE_NUMBER.fullmatch(line.text)
                         or (index > 0 and line.size < _SMALL * size and line.lead is None and _apart(line, page))):
                dropped += 1
                continue
            kept.append(line)
        columns = _columns(kept, page)
        ordered = _reading_order(kept, columns)
        body, notes = _footnotes(ordered, columns, page, size)
        footnotes.extend(Footnote(mark, text, index + 1) for mark, text in notes)
        texts.append(_text(body, columns, (tables or {}).get(index, []), anchor))
    return Layout(texts, footnotes, _title(pages[0], size) if pages else None, dropped)


def _apart(line: Line, page: PageLines) -> bool:
    """Whether a line stands apart from the text above and below it (lines beside it aside), as a
    running head does."""
    gaps = [max(other.top - line.bottom, line.top - other.bottom) for other in page.lines
            if other is not line and other.x0 < line.x1 and line.x0 < other.x1]
    return not gaps or min(gaps) > 0.8 * line.size


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()).lower())


def _in_band(line: Line, page: PageLines) -> bool:
    return line.bottom < _BAND * page.height * 1.4 or line.top > (1 - _BAND) * page.height


def _running_keys(pages: list[PageLines], size: float) -> set[str]:
    """Lines standing at the top or the foot of two or more pages, numbers aside."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(line.text) for line in page.lines if _in_band(line, page) and len(line.text) < 150})
    return {key for key, n in seen.items() if n >= 2 and key.strip("#")}


def _columns(lines: list[Line], page: PageLines) -> list[tuple[float, float]]:
    """The page's columns as (left, right) ranges, found from the gutters between narrow lines."""
    if not lines:
        return [(0.0, page.width)]
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    narrow = [line for line in lines if line.x1 - line.x0 < 0.62 * (right - left) and len(line.text) > 15]
    if len(narrow) < 8 or len(narrow) < 0.35 * len(lines):
        return [(left, right)]
    cover = [0] * (int(right - left) + 2)
    for line in narrow:
        for x in range(int(line.x0 - left), int(line.x1 - left) + 1):
            cover[x] += 1
    gutters = []
    x = 0
    while x < len(cover):
        if cover[x] <= max(2, len(narrow) // 16):
            start = x
            while x < len(cover) and cover[x] <= max(2, len(narrow) // 16):
                x += 1
            if start > 0 and x < len(cover) - 1 and x - start >= 6:
                gutters.append(left + (start + x) / 2)
        x += 1
    edges = [left, *gutters, right]
    columns = list(zip(edges, edges[1:], strict=False))
    counts = [sum(1 for line in narrow if a <= line.middle < b) for a, b in columns]
    if len(columns) < 2 or min(counts) < 3:
        return [(left, right)]
    return columns


def _column_of(line: Line, columns: list[tuple[float, float]]) -> int | None:
    """The column a line sits in, or None when it spans a gutter."""
    for i, (a, b) in enumerate(columns):
        if line.x0 >= a - 4 and line.x1 <= b + 4:
            return i
    return None


def _reading_order(lines: list[Line], columns: list[tuple[float, float]]) -> list[Line]:
    """Lines across the whole width cut the page into bands; each band is read column by column. Lines
    standing in the row of a line across the gutter (a grid of author cards) are read with it."""
    if len(columns) < 2:
        return lines
    out: list[Line] = []
    band: list[Line] = []
    row: list[Line] = []

    def flush_band() -> None:
        out.extend(sorted(band, key=lambda line: (_column_of(line, columns) or 0, line.top)))
        band.clear()

    def flush_row() -> None:
        out.extend(sorted(row, key=lambda line: (round(line.top / max(line.size, 1.0)), line.x0)))
        row.clear()

    for line in sorted(lines, key=lambda line: line.top):
        overlaps = bool(row) and line.top < max(r.bottom for r in row) - 0.3 * line.size
        if overlaps:
            row.append(line)
        elif _column_of(line, columns) is None:
            flush_row()
            flush_band()
            row.append(line)
        else:
            flush_row()
            band.append(line)
    flush_row()
    flush_band()
    return out


def _footnotes(lines: list[Line], columns: list[tuple[float, float]], page: PageLines,
               size: float) -> tuple[list[Line], list[tuple[str, str]]]:
    """The body lines, and the (mark, text) of each footnote at the foot of a column or page: small
    type under a short rule below the column's body, or, with no rule, small type below a gap
    whose opening marks the body on that page refers to."""
    marks = {m for line in lines for m in line.marks}
    notes: list[tuple[str, list[str]]] = []
    body: list[Line] = []
    foot: set[int] = set()
    for column in {_column_of(line, columns) for line in lines}:
        here = [i for i, line in enumerate(lines) if _column_of(line, columns) == column]
        a, b = columns[column] if column is not None else (0.0, page.width)
        rule = min((y for x0, x1, y in page.rules if a - 4 <= x0 and x1 <= b + 4 and x1 - x0 < 0.6 * (b - a)
                    and y > 0.45 * page.height), default=None)
        if rule is not None:
            below = [i for i in here if lines[i].top >= rule - 1 and lines[i].size < _SMALL * size]
            if below and all(lines[i].top >= rule - 1 for i in here if i > below[0]):
                foot.update(below)
                continue
        last_body = max((i for i in here if lines[i].size >= _SMALL * size), default=-1)
        start = None
        for k, i in enumerate(here):
            line = lines[i]
            if i < last_body or line.size >= _SMALL * size or line.top < 0.5 * page.height:
                continue
            opening = _OPENING_MARK.match(line.text)
            mark = line.lead if line.lead is not None else opening.group(1) if opening else None
            if start is None and mark in marks and k > 0 and line.top - lines[here[k - 1]].bottom > line.size:
                start = i
            if start is not None:
                foot.add(i)
    for i, line in enumerate(lines):
        if i not in foot:
            body.append(line)
            continue
        opening = None if line.lead is not None else _OPENING_MARK.match(line.text)
        if line.lead is not None or (opening and (opening.group(1) in marks or _GLUED.match(line.text))):
            mark = line.lead if line.lead is not None else opening.group(1) if opening else ""
            notes.append((mark, [line.text[opening.end():] if opening else line.text]))
        elif notes:
            notes[-1][1].append(line.text)
        else:
            notes.append(("", [line.text]))
    return body, [(mark, _joined(parts)) for mark, parts in notes]


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith(("-", "\ufffe")) and part[:1].islower():
            text = text.rstrip("-\ufffe") + part
        else:
            text = f"{text} {part}" if text else part
    return text.strip()


def _text(lines: list[Line], columns: list[tuple[float, float]],
          tables: list[tuple[float, float, float, float]], anchor: str) -> str:
    """Lines as text: a blank line where a gap, a change of type or a table opens; an indented
    first line keeps a leading space, as paragraph breaks are told by it."""
    out: list[str] = []
    pitch, typical = _pitch(lines)
    leading = _leading(lines, columns)
    # in justified text only a paragraph's last line ends short of the column; ragged text says nothing
    full = [line for line in lines if (c := _column_of(line, columns)) is not None and line.x1 >= columns[c][1] - line.size]
    justified = len(full) >= 0.6 * len(lines) and len(lines) >= 8
    prev: Line | None = None
    placed: set[int] = set()
    for i, line in enumerate(lines):
        box = next((k for k, t in enumerate(tables) if _inside(line, t)), None)
        if box is not None:
            if box not in placed:
                placed.add(box)
                out.extend(["", anchor, ""])
            prev = None
            continue
        column = _column_of(line, columns)
        if prev is not None:
            same_column = column == _column_of(prev, columns)
            gap = line.top - prev.top
            space = line.top - prev.bottom
            scale = max(1.0, min(line.size, prev.size) / typical)  # large type is set with more leading
            right = columns[column][1] if column is not None else max(c[1] for c in columns)
            ended = justified and prev.x1 < right - 3 * prev.size and prev.text.endswith((".", "!", "?", ":")) \
                and _column_of(prev, columns) is not None and (line.text[:1].isupper() or line.text[:1].isdigit())
            if (same_column and (gap > 1.7 * pitch * scale or space > leading + 0.5 * min(line.size, prev.size)
                                 or ended)) \
                    or abs(line.size - prev.size) > 0.05 * prev.size or line.bold != prev.bold \
                    or line.lead is not None:
                out.append("")  # a raised mark opening a line opens an affiliation or a note
            elif same_column and min(line.size, prev.size) >= 1.15 * typical and out and out[-1]:
                # lines of display type set together are one title or heading, however short each is
                out[-1] = out[-1][:-1] + line.text if out[-1].endswith("\ufffe") else f"{out[-1]} {line.text}"
                prev = line
                continue
        if line.lead is not None:
            out.append(f"{line.lead} {line.text}")
            prev = line
            continue
        out.append((" " if _indented(lines, i, columns) else "") + line.text)
        prev = line
    return "\n".join(out)


def _indented(lines: list[Line], i: int, columns: list[tuple[float, float]]) -> bool:
    """Whether a line starts further right than the lines around it in its column, by an indent's width."""
    line = lines[i]
    column = _column_of(line, columns)
    around = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and _column_of(lines[j], columns) == column]
    if not around or (i > 0 and lines[i - 1].text.endswith(("-", "\ufffe"))):
        return False
    aligned = any(abs(line.x1 - x.x1) < line.size for x in around)  # centred lines move both edges
    return aligned and line.size * 0.8 < line.x0 - min(x.x0 for x in around) < line.size * 5


def _inside(line: Line, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 - 2 <= line.middle <= x1 + 2 and top - 2 <= (line.top + line.bottom) / 2 <= bottom + 2


def _leading(lines: list[Line], columns: list[tuple[float, float]]) -> float:
    """The usual white space between one line's box and the next one's in a column."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)
            if _column_of(a, columns) == _column_of(b, columns) and abs(a.size - b.size) < 0.5
            and -a.size < b.top - a.bottom < 2 * a.size]
    return statistics.median(gaps) if gaps else 0.0


def _pitch(lines: list[Line]) -> tuple[float, float]:
    """The usual distance from one line's top to the next one's in running text, and its type size."""
    pairs = [(b.top - a.top, a.size) for a, b in zip(lines, lines[1:], strict=False)
             if 0 < b.top - a.top < 3 * a.size and abs(a.size - b.size) < 0.5]
    if not pairs:
        return 14.0, 10.0
    return statistics.median(p for p, _ in pairs), statistics.median(s for _, s in pairs)


def _title(page: PageLines, size: float) -> str | None:
    """The lines set in the largest type in the upper part of the first page, when it is larger than the body."""
    upper = sorted((line for line in page.lines if line.top < 0.6 * page.height and len(line.text) > 1),
                   key=lambda line: line.top)
    if not upper:
        return None
    largest = max(line.size for line in upper)
    if largest < 1.2 * size:
        return None
    lines = [line for line in upper if line.size >= 0.95 * largest]
    first = upper.index(lines[0])
    run = []
    for line in upper[first:]:
        if line.size < 0.95 * largest:
            break
        run.append(line.text)
    title = " ".join(run).strip()
    return title if len(title) >= 4 and not title.isdigit() else None
