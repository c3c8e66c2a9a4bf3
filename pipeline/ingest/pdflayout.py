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
import struct
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import Any

import pypdfium2.raw as pdfium_c

from .ligatures import read_ligatures
from .pdfium_calls import (
    ANGLE_OF,
    CHAR_BOX,
    FONT_INFO,
    FONT_SIZE,
    LOOSE_BOX,
    MATRIX_OF,
    ORIGIN,
    TEXT_OBJECT,
    UNICODE_OF,
    WEIGHT_OF,
)
from .recode import SEPARATORS, recoded

_LINE_BREAKS = {0x0A, 0x0D}
_LIFTABLE = frozenset("0123456789*∗†‡")
_MARK = re.compile(r"[0-9*∗†‡§¶a-z,]{1,5}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}")
_CLOSING = set(".,;:)]»\"'!?")  # no space before them where a mark was taken off
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_LEFT, _ANGLE = attrgetter("left"), attrgetter("angle")  # (sort and test keys read in C: thousands of characters a page)


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
    alone: bool = False  # a paragraph of its own: a label moved in from the margin
    spaces: list[tuple[float, float]] = field(default_factory=list)  # where each space of `text` runs from and to
    # a drop cap opening the line, set down beside the lines under it: where it ends below the page's top,
    # and where the line's letters after it begin («G» of "Globalization" over three lines)
    drop: tuple[float, float] | None = None

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


@dataclass(slots=True)
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


def read_lines(textpage: Any, width: float, height: float,
               box: tuple[float, float, float, float] | None = None) -> PageLines:
    """Every line of a page's text layer, with raised marks taken off the words they follow; `box` is the
    part of the page shown (left, bottom, right, top, in the places the characters are given in)."""
    chars, width, height = _upright(_chars(textpage), width, height, box)
    _hyphens_read_as_commas(chars)
    groups = _groups(chars)
    mixed = _mixed(groups)
    _one_size_for_both_scripts(groups, mixed)
    _regular_weight(groups, mixed)
    lines = [line for group in groups for part in _split_at_gaps(sorted(group, key=_LEFT))
             if (line := _line(part, height)) is not None]
    read_ligatures(lines)
    for line in lines:
        line.text = recoded(line.text)
    return PageLines(width, height, _without_overprints(lines))


def _without_overprints(lines: list[Line]) -> list[Line]:
    """The lines less those drawn again over another one: a word processor's bold made by printing a
    line two or three times a hair apart ("Abstract" / "Abstract"), whole or in part, reads once."""
    kept: list[Line] = []
    by_row: dict[int, list[Line]] = {}  # the kept lines by their top, to the point
    for line in sorted(lines, key=lambda x: (-(x.x1 - x.x0), x.top)):  # the widest of a stack first
        near = [o for row in range(round(line.top) - 1, round(line.top) + 2) for o in by_row.get(row, ())]
        flat = " ".join(line.text.split())
        if any(abs(o.size - line.size) <= 0.1 * line.size and o.x0 - 1 <= line.x0 and line.x1 <= o.x1 + 1
               and flat in " ".join(o.text.split()) for o in near):
            continue
        kept.append(line)
        by_row.setdefault(round(line.top), []).append(line)
    order = {id(line): k for k, line in enumerate(lines)}
    return sorted(kept, key=lambda x: order[id(x)])


_MIXED_LINES = 3  # lines in both scripts a page needs to tell its fonts' metrics apart
_SAME_SIZE = 0.08  # a share of the size within which two scripts are set alike
_REGULAR, _HEAVY = 400, 700  # the weights of a regular and of a bold face
_BOLD = 600  # the weight from which a face is bold
_BOLDER = 50  # how much heavier than a script's usual weight its bold letters are at least


_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _mixed(groups: list[list[_Char]]) -> list[list[_Char]]:
    """The lines that set words of both scripts (five Cyrillic letters and three Latin ones at least)."""
    texts = ["".join([c.char for c in g]) for g in groups]
    page = "".join(texts)
    if not _CYRILLIC_LETTER.search(page) or not _LATIN_LETTER.search(page):
        return []  # (a page in one script: most)
    return [g for g, text in zip(groups, texts, strict=True)
            if len(_CYRILLIC_LETTER.findall(text)) >= 5 and len(_LATIN_LETTER.findall(text)) >= 3]


def _one_size_for_both_scripts(groups: list[list[_Char]], mixed: list[list[_Char]] | None = None) -> None:
    """Give Latin letters the size of the Cyrillic ones where the page's fonts for the two scripts
    differ in their ascent and descent (a Russian LaTeX text's T2A and OT1 fonts): within lines that mix
    the two, where both are set at one size, the Latin boxes run taller or shorter by one ratio, and a
    line of Latin words must not read as a change of type."""
    ratios = [_median([c.size for c in g if _latin(c.char)]) / _median([c.size for c in g if _cyrillic(c.char)])
              for g in (_mixed(groups) if mixed is None else mixed)]
    if len(ratios) < _MIXED_LINES:
        return
    ratio = _median(ratios)
    if abs(ratio - 1) <= _SAME_SIZE or sum(abs(r - ratio) <= _SAME_SIZE * ratio for r in ratios) < 0.7 * len(ratios):
        return
    for group in groups:
        word: list[_Char] = []
        for c in [*sorted(group, key=_LEFT), None]:
            if c is None or c.space_before or c.char.isspace():
                in_latin = any(_latin(x.char) for x in word) and not any(_cyrillic(x.char) for x in word)
                for x in word:  # a Latin word's figures and signs are of its font ("NS-3.")
                    if x.char.isascii() and (in_latin or x.char.isalpha()):
                        x.size /= ratio
                word = []
            if c is not None:
                word.append(c)


def _regular_weight(groups: list[list[_Char]], mixed: list[list[_Char]] | None = None) -> None:
    """Read a script's weights against its own usual weight where its font reports a heavy one for
    every letter while the other script's, in the same lines, reads regular (a Russian LaTeX text's
    Cyrillic font at 685, its Latin one at 0): its letters are bold only when heavier than usual, and a
    line does not read bold or not by how many of its words are Latin."""
    mixed = _mixed(groups) if mixed is None else mixed
    if len(mixed) < _MIXED_LINES:
        return
    for script, other in ((_cyrillic, _latin), (_latin, _cyrillic)):
        apart = sum(_median([float(c.weight) for c in g if script(c.char)]) >= _BOLD
                    > _median([float(c.weight) for c in g if other(c.char)]) for g in mixed)
        if apart < 0.7 * len(mixed):
            continue
        letters = [c for g in groups for c in g if script(c.char)]
        usual = _median([float(c.weight) for c in letters])
        for c in letters:
            c.weight = _HEAVY if c.weight >= usual + _BOLDER else _REGULAR


def _hyphens_read_as_commas(chars: list[_Char]) -> None:
    """Make hyphens of the commas a font's map gave for its hyphen («Государ,» at a line's end,
    «проектно,изыскательский»): such a comma between letters is as wide as a hyphen, about twice a
    real comma of the page."""
    at = [i for i, c in enumerate(chars) if c.char == "," and c.size > 0]
    if len(at) < 4:
        return
    widths = sorted((chars[i].right - chars[i].left) / chars[i].size for i in at)
    comma = widths[len(widths) // 4]  # the narrow commas are the page's real ones
    for i in at:
        if i == 0 or i + 1 == len(chars):
            continue
        c, before, after = chars[i], chars[i - 1], chars[i + 1]
        if (c.right - c.left) / c.size >= 1.6 * comma \
                and before.char.isalpha() and after.char.isalpha() \
                and (not after.space_before or after.char.islower()):
            c.char = "-"


# the codes `_chars` reads as a space before the next character: line breaks and every space but the separators
_BLANK_CODES = frozenset(_LINE_BREAKS) | frozenset(
    code for code in range(0x3001) if chr(code).isspace() and chr(code) not in SEPARATORS)


def code_points(handle: Any, unicode_of: Any = pdfium_c.FPDFText_GetUnicode) -> Iterator[tuple[int, int]]:
    """(index, code point) of every character of a pdfium text page (`handle`), in its order: a UTF-16
    pair of halves is one character, at its second half's index; a lone second half is U+FFFD."""
    count = pdfium_c.FPDFText_CountChars(handle)
    codes = list(map(unicode_of, repeat(handle, count), range(count)))  # (the loop in C: thousands a page)
    return enumerate(codes) if _HALVES.isdisjoint(codes) else _paired(codes)


_HALVES = frozenset(range(0xD800, 0xE000))  # the codes of the halves of a UTF-16 pair


def _paired(codes: list[int]) -> Iterator[tuple[int, int]]:
    """(index, code point) of codes that hold halves of UTF-16 pairs (see `code_points`)."""
    high = 0
    for index, code in enumerate(codes):
        if 0xD800 <= code < 0xDC00:  # the first half of a pair: the character is its second half's
            high = code
            continue
        if 0xDC00 <= code < 0xE000:
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00) if high else 0xFFFD
        high = 0
        yield index, code


_HEAVY_NAME = re.compile(r"(?i)bold|black|heavy|semibold|demi")  # "TimesNewRoman,Bold", "OfficinaSerifC-Bold"


def _weight_by_name(handle: Any, index: int, buffer: Any, flags: Any) -> int:
    """A character's weight from its font's name, where the font reports none (pdfium gives -1 for many
    embedded bold faces, "Times New Roman,Bold", "Taz-ExtraBold", and 0 for the standard ones)."""
    FONT_INFO(handle, index, buffer, len(buffer), flags)
    return _HEAVY if _HEAVY_NAME.search(buffer.value.decode("latin-1")) else _REGULAR


_RECTF = struct.Struct("4f")  # an FS_RECTF (left, top, right, bottom), read in one call


def _chars(textpage: Any) -> list[_Char]:
    """The printed characters in pdfium's order; a line break it made shows as a space before."""
    handle = textpage.raw
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ink_left, ink_right, ink_bottom, ink_top = (ctypes.c_double() for _ in range(4))
    box_at, matrix_at, ox_at, oy_at = ctypes.byref(box), ctypes.byref(matrix), ctypes.byref(ox), ctypes.byref(oy)
    ink_at = tuple(ctypes.byref(v) for v in (ink_left, ink_right, ink_bottom, ink_top))
    # pdfium's functions and the loop's helpers bound to local names: a page has thousands of characters
    unicode_of, angle_of, matrix_of, loose_box, origin, weight_of, object_of = (
        UNICODE_OF, ANGLE_OF, MATRIX_OF, LOOSE_BOX, ORIGIN, WEIGHT_OF, TEXT_OBJECT)
    font_size_of, sqrt = FONT_SIZE, math.sqrt
    blank, liftable, make, read_box = _BLANK_CODES, _LIFTABLE, _Char, _RECTF.unpack_from
    name, name_flags = ctypes.create_string_buffer(128), ctypes.byref(ctypes.c_int())
    out: list[_Char] = []
    append = out.append
    runs: list[tuple[int, float]] = []  # where a run of one loose height begins, and that height to the font's size
    loose = -1.0
    space = True
    # a character's angle and weight are its text object's (pdfium reads them off the object's matrix and
    # font): asked again only where the object changes, and for each character pdfium made up (no object)
    last_object: int | None = None
    angle, weight = 0.0, 0
    for index, code in code_points(handle, unicode_of):
        if code in blank:  # a line break or a space (not an information separator: see `recoded`)
            space = True
            continue
        # pdfium gives 2 for a hyphen it found at a line end; its text API writes that as U+FFFE,
        # which the repair stage reads as a hyphen to mend or keep
        char = "\ufffe" if code == 2 else chr(code) if 0 < code < 0x110000 else "\ufffd"
        text_object = object_of(handle, index)
        if text_object is None or text_object != last_object:
            last_object = text_object
            angle = angle_of(handle, index)
            if angle:
                angle = round(angle, 1)
                # pdfium gives an angle to letters slanted by a shear (an italic the typesetter made from
                # an upright font): with the baseline level they are upright
                matrix_of(handle, index, matrix_at)
                if matrix.a > 0 and abs(matrix.b) < 1e-3 * matrix.a:
                    angle = 0.0
            weight = weight_of(handle, index)
            if weight <= 0:  # (-1 or 0: the font tells none)
                weight = _weight_by_name(handle, index, name, name_flags)
        # the loose box spans the font's ascent to descent: the height of the line the letter sets, its type
        # size as printed; but fonts draw it differently (STIX half as high again as Myriad at one size): the
        # font's size by the text's scale tells them apart (see below), where the two agree within that (a
        # Type 3 font's size may tell nothing)
        loose_box(handle, index, box_at)
        origin(handle, index, ox_at, oy_at)
        lifted = False
        left, t, right, b = read_box(box)
        if t - b != loose:  # (asked again only where the loose height changes: a run of one font and size)
            loose = t - b
            matrix_of(handle, index, matrix_at)
            size = font_size_of(handle, index) * sqrt(matrix.c * matrix.c + matrix.d * matrix.d)
            runs.append((len(out), loose / size if 0.6 * size <= loose <= 1.8 * size else 0.0))
        if char in liftable:
            # a superscript from the font's own figures keeps the size and baseline of its line: only
            # the glyph's ink, small and high above the baseline, tells it
            CHAR_BOX(handle, index, *ink_at)
            height = t - b
            lifted = ink_bottom.value - oy.value >= 0.22 * height and ink_top.value - ink_bottom.value <= 0.45 * height
        append(make(char, left, right, b, t, loose, oy.value, weight, space, angle, lifted))
        space = False
    _measured(out, runs)
    return out


def _measured(chars: list[_Char], runs: list[tuple[int, float]]) -> None:
    """The sizes of the runs of a font drawn much shorter for its size than the page's usual font (a title in
    Myriad over a body in STIX) given in the usual font's loose height, not to look smaller than they are;
    the others keep their own loose height (a face drawn taller, a bold title in capitals at the body's
    size, looks as large as it is meant to)."""
    if not runs:
        return
    ends = [start for start, _ in runs[1:]] + [len(chars)]
    spans = [(start, end, ratio) for (start, ratio), end in zip(runs, ends, strict=True) if ratio]
    if not spans:
        return
    counts: Counter[float] = Counter()
    for start, end, ratio in spans:
        counts[ratio] += end - start
    ordered, half, seen = sorted(counts), sum(counts.values()) / 2, 0
    usual = next(r for r in ordered if (seen := seen + counts[r]) >= half)  # the median, by characters
    for start, end, ratio in spans:
        if ratio < (1 - _FACE_APART) * usual:
            for c in chars[start:end]:
                c.size *= usual / ratio


def _upright(chars: list[_Char], width: float, height: float,
             box: tuple[float, float, float, float] | None = None) -> tuple[list[_Char], float, float]:
    """The characters on the page set at its usual angle, turned so that their lines run left to right
    (a page rotated a quarter turn); those set at another angle (a stamp up the margin) or off the page
    are left out."""
    if not chars:
        return chars, width, height
    if not any(map(_ANGLE, chars)):
        return chars, width, height  # (most pages: every character upright, none to leave out)
    # what lies off the page at an angle is never printed (a platform's download stamp up the margin beside
    # it; upright text a tight crop box cuts stays); the page may be turned, its size given as shown while the
    # characters keep the unturned page's places
    left, bottom, right, top = box or (0.0, 0.0, max(width, height), max(width, height))
    shown = [c for c in chars if not c.angle or left <= (c.left + c.right) / 2 <= right and bottom <= (c.bottom + c.top) / 2 <= top]
    if len(shown) >= len(chars) / 2:  # (unless the page's box is set apart from its text: then it tells nothing)
        chars = shown
    if not chars:
        return chars, width, height
    angle = Counter(map(_ANGLE, chars)).most_common(1)[0][0]
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
    line: list[_Char] = []  # the line being gathered
    # (the line's first and last characters' places held as numbers: thousands of characters a page)
    first_top = first_bottom = last_left = last_size = 0.0
    base = size = 0.0
    largest = 0.0  # the largest size in the line being gathered
    for c in chars:
        c_size = c.size
        if line:
            larger = c_size if c_size > last_size else last_size
            if c.left >= last_left - 0.3 * (larger if larger > 1.0 else 1.0):  # onward
                if largest <= 0.85 * c_size and c.bottom < first_top and first_bottom < c.top + 0.5 * c_size:
                    line.append(c)  # a raised mark came first: the line it opens goes on here
                    last_left, last_size = c.left, c_size
                    base, size, largest = c.base, c_size, c_size
                    continue
                small = c_size <= 0.85 * size
                shift = abs(c.base - base)
                if shift <= 0.5 * (size if size > 1.0 else 1.0) \
                        or (small and c.top > base - 0.3 * size and c.bottom < base + size):
                    line.append(c)
                    last_left, last_size = c.left, c_size
                    if c_size > largest:
                        largest = c_size
                    if not small:
                        base, size = c.base, (c_size if c_size > size else size) if shift < 0.1 * size else c_size
                    continue
        line = [c]
        groups.append(line)
        first_top, first_bottom, last_left, last_size = c.top, c.bottom, c.left, c_size
        base, size, largest = c.base, c_size, c_size
    return _rejoined(groups)


def _rejoined(groups: list[list[_Char]]) -> list[list[_Char]]:
    """Pieces on one baseline, of one size and close side by side, as one line (a line drawn in
    two runs, the second one first)."""
    out: list[list[_Char]] = []
    medians: list[tuple[float, float]] = []  # each line's size and baseline, kept while it grows
    for group in groups:
        size, base = _median([c.size for c in group]), _median([c.base for c in group])
        for at in range(max(0, len(out) - 3), len(out)):
            other = out[at]
            o_size, o_base = medians[at]
            if abs(o_size - size) > 0.1 * size or abs(o_base - base) > 0.25 * size:
                continue
            left, right = min(c.left for c in group), max(c.right for c in group)
            o_left, o_right = min(c.left for c in other), max(c.right for c in other)
            gap = max(left - o_right, o_left - right)
            if 0 <= gap < 1.5 * size or (gap < 0 and (right <= o_left + size or left >= o_right - size)):
                other.extend(group)
                medians[at] = (_median([c.size for c in other]), _median([c.base for c in other]))
                break
        else:
            out.append(group)
            medians.append((size, base))
    return out


def _median(values: list[float]) -> float:
    """The median of a non-empty list (as `statistics.median`, without its cost on thousands of lines)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


_LIST_NUMBER = re.compile(r"\[\d{1,3}\]|\d{1,3}[.)]")  # "12.", "[3]", "4)"


def _split_at_gaps(chars: list[_Char]) -> list[list[_Char]]:
    """One line cut where a gap as wide as a column gutter opens (two columns side by side); not
    after a list's number alone, which hangs out of the entry it opens by up to three letters' width
    ("2. | Franco L, et al: ...")."""
    parts: list[list[_Char]] = []
    part: list[_Char] = []
    last: _Char | None = None
    for c in chars:
        # (written out, not with max(): thousands of characters a page)
        if last is not None and (gap := c.left - last.right) > 1.5 and gap > 1.5 * (larger := c.size if c.size > last.size else last.size) \
                and not (gap < 3 * larger and len(part) <= 5 and _LIST_NUMBER.fullmatch("".join(x.char for x in part))):
            parts.append(part)
            part = []
        part.append(c)
        last = c
    if part:
        parts.append(part)
    return parts


_FACE_APART = 0.15  # a font whose loose height for its size is this share below the page's usual one is drawn apart
_DROP_CAP = 2.0  # times the line's type size a drop cap is set in at least


def _space_between(prev: _Char, c: _Char) -> bool:
    """Whether a space stands between two characters of a line: the text layer has one, or a gap a quarter
    of the type size wide; a gap between a small letter and a capital is a space even when narrow ("Maha
    Abdelhaq" set tight): inside a word such letters touch ("McDonald")."""
    gap = c.left - prev.right
    larger = c.size if c.size > prev.size else prev.size
    return c.space_before or gap > 0.25 * larger or (gap > 0.04 * larger and prev.char.islower() and c.char.isupper())


def _words(chars: list[_Char], spaces: list[tuple[float, float]]) -> str:
    """The text of characters set one after another, a space where `_space_between` tells one (its test
    written out: thousands of characters a page); where each space runs from and to goes to `spaces`."""
    prev = chars[0]
    text = prev.char
    for c in chars[1:]:
        larger = c.size if c.size > prev.size else prev.size
        if c.space_before or (gap := c.left - prev.right) > 0.25 * larger \
                or (gap > 0.04 * larger and prev.char.islower() and c.char.isupper()):
            text += " "
            spaces.append((prev.right, c.left))
        text += c.char
        prev = c
    return text


def _line(chars: list[_Char], height: float) -> Line | None:
    """A `Line` from its characters, left to right; raised small characters after a word become its marks."""
    size = _median([c.size for c in chars])
    full, small, high = 0.9 * size, 0.85 * size, 0.2 * size  # (worked out once: a line has dozens of characters)
    base = _median([c.base for c in chars if c.size >= full])
    raised = [(c.size <= small and c.base - base >= high and c.char not in "-\ufffe") or c.lifted for c in chars]
    text = ""
    marks: list[str] = []
    spaces: list[tuple[float, float]] = []
    lead: str | None = None
    i = 0
    prev: _Char | None = None
    drop = None
    if len(chars) > 2 and chars[0].size >= _DROP_CAP * size and chars[0].char.isalpha() and not raised[1]:
        # a drop cap: the word goes on after it (the gap the design sets reads as no space: see
        # `pages`), and the line is as high as its letters
        drop = (height - chars[0].bottom, chars[1].left)
        raised[0] = True  # (out of the line's box)
        text, prev, i = chars[0].char + chars[1].char, chars[1], 2
    while i < len(chars):
        c = chars[i]
        if not raised[i]:  # a run of the line's own letters, up to the next raised character
            j = raised.index(True, i) if True in raised[i:] else len(chars)
            if text and prev is not None and _space_between(prev, c) \
                    and not (prev is not chars[i - 1] and c.char in _CLOSING):
                text += " "
                spaces.append((prev.right, c.left))
            text += _words(chars[i:j], spaces)
            prev = chars[j - 1]
            i = j
            continue
        j = i
        while j < len(chars) and raised[j]:
            j += 1
        mark = "".join(x.char for x in chars[i:j]).translate(_SUPERSCRIPTS)
        if not _MARK.fullmatch(mark):
            if text and c.space_before:
                spaces.append((prev.right if prev is not None else c.left, c.left))
            text += ("" if not text else " " if c.space_before else "") + mark  # «м²», a formula
        elif not text:
            lead = mark
        else:
            marks.append(mark)
        i = j
    body = ([c for c, r in zip(chars, raised, strict=True) if not r] or chars) if True in raised else chars
    text = text.strip(" ")  # an information separator at the end stands for a hyphen (see `recoded`)
    if not text or all("\ue000" <= c <= "\uf8ff" or c == " " for c in text):
        return None  # (a rule drawn with a symbol font's glyphs, which have no letters of their own)
    return Line(
        text=text,
        x0=chars[0].left if drop else min([c.left for c in body]),  # (lists, not generators: a page has a hundred lines)
        x1=max([c.right for c in body]),
        top=height - max([c.top for c in body]),
        bottom=height - min([c.bottom for c in body]),
        size=round(size, 1),
        bold=len([c for c in chars if c.weight >= _BOLD]) > 0.8 * len(chars),
        marks=marks,
        lead=lead,
        spaces=spaces,
        drop=drop,
    )


def body_size(pages: list[PageLines]) -> float:
    """The type size the document's body is set in: of the sizes most of its letters are set in, the
    largest (a short article's references and notes in smaller type may outweigh its body)."""
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            counts[round(line.size * 2) / 2] += len(line.text)
    if not counts:
        return 10.0
    most = counts.most_common(1)[0][1]
    return max(size for size, letters in counts.items() if letters >= 0.6 * most)
