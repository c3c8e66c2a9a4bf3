"""The body of each page as text, from its lines: running heads, footers and page numbers left out,
footnotes moved out, columns read in order, tables set without rules taken out, paragraphs marked by
blank lines.

Everything here is told by the place and type of a line (`pdflayout.Line`), never by its words alone.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from ..layout.byline import names_and_place
from ..layout.front import authors_of, cover_line, issue_line, kind_of
from ..lexicon.cues import label
from ..nlp.lang import mostly_cyrillic
from ..record import Footnote, Table
from .columns import column_of, find_columns, find_head_across, reading_order
from .grids import Grid, find_grids
from .lead import lead
from .pdflayout import Line, PageLines, body_size
from .repair import NUMBER_DASH
from .sidebar import front_gaps, main_then_side, side_labels


@dataclass
class Layout:
    """What the layout of a document tells: the body's text per page, the footnotes, a title."""

    pages: list[str]
    footnotes: list[Footnote]
    title: str | None
    dropped: int  # running heads, footers and page numbers left out
    tables: list[tuple[int, float, Table]]  # tables set without rules: page index, top, table
    lead: str | None = None  # a paragraph the first page sets apart under the title (`lead.lead`)
    margins: list[str] = field(default_factory=list)  # the running lines of the first two pages, left out


_PAGE_NUMBER = re.compile(r"[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page|стр\.?|с\.)\s*\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?",
                          re.I)
_GLUED = re.compile(r"\d{1,3}(?=[A-ZА-ЯЁ«\"(][a-zа-яё])")  # «2The administrations ...»: a note's number set close
_OPENING_MARK = re.compile(r"([0-9]{1,3}|[*∗†‡§¶]{1,3})\s*(?=\S)")
_NUMBERED_NOTE = re.compile(r"[0-9]{1,3}\s+[A-ZА-ЯЁ«\"][a-zа-яё]")  # «2 Постановление ...»: a note by its number
_UNREADABLE = 3.0  # points: a line set smaller is not meant to be read
_BAND = 0.09  # the share of the page's height at its top and at its foot where running heads stand
_SMALL = 0.92  # a line set smaller than this share of the body's size is not body text
_OVER_HEADS = 1.1  # a title the running heads repeat is set at least this much larger than they are
_DISPLAY = 1.3  # display type: a line set at least this much larger than the body


def compose(pages: list[PageLines], tables: dict[int, list[tuple[float, float, float, float]]] | None = None,
            anchor: str = "\ufffc") -> Layout:
    """The body of each page as text in reading order, without running heads, footers, page
    numbers and footnotes; a blank line where the layout opens a gap; `anchor` where a table stood
    (`tables`: page index -> boxes (x0, top, x1, bottom))."""
    size = body_size(pages)
    running = _running_keys(pages, size)
    footnotes: list[Footnote] = []
    grid_tables: list[tuple[int, float, Table]] = []
    texts = []
    dropped = 0
    heads: list[Line] = []  # the running heads of later pages, which often repeat the title cut short
    margins: list[str] = []  # the running heads and footers of the article's first two pages (its DOI, its ISSN)
    # a publisher's or an archive's cover sheet before the article: the article's first page is the next
    first = 1 if len(pages) > 1 and any(cover_line(line.text) for line in pages[0].lines) else 0
    for index, page in enumerate(pages):
        kept = []
        # on the first page (and the article's, after a cover sheet) the head is what stands above the
        # title: author lines repeated as running heads on later pages stay where they are printed under it
        head = min((line.top for line in page.lines if line.size >= 1.2 * size), default=page.height) \
            if index in (0, first) else page.height
        alone = len(page.lines) == 1  # the only text of its page is its body, never a running head
        for line in page.lines:
            if line.size < _UNREADABLE:
                dropped += 1  # type too small to read: a publisher's hidden identifiers ("918951JODXXX10.1177/...")
                continue
            top_band = line.bottom <= head or index not in (0, first)
            if _in_band(line, page) and (top_band or line.top > page.height / 2) \
                    and (_PAGE_NUMBER.fullmatch(line.text) or (not alone and (
                        (_key(line.text) in running and not _title_of_heads(line, running, index in (0, first), size))
                        or (index > 0 and line.size < _SMALL * size and line.lead is None and _apart(line, page)
                            and kind_of(line.text) not in ("references", "back")
                            and not _part_label().fullmatch(line.text.strip()))))):  # a heading atop a page stays
                dropped += 1
                if index > 0 and line.top < page.height / 2:
                    heads.append(line)
                if index in (first, first + 1):
                    margins.append(line.text)
                continue
            kept.append(line)
        kept = side_labels(kept)
        head_across = find_head_across(kept, page) if kept else None
        columns = find_columns(kept, page, head_across)
        gaps = front_gaps(kept, page, size) if index == 0 else []
        if head_across is not None:  # the head as printed, the columns under it
            above = [line for line in kept if line.top <= head_across]
            ordered = (main_then_side(above, page.width, printed=True) or above) + reading_order(
                [line for line in kept if line.top > head_across], columns, [g for g in gaps if g > head_across])
        else:  # on the first page, the head above the first gap across it may have a side column of its own
            side = main_then_side([line for line in kept if gaps and line.bottom < gaps[0]], page.width)
            ordered = side + reading_order([x for x in kept if x.bottom >= gaps[0]], columns, gaps) if side \
                else reading_order(kept, columns, gaps)
        # the last note so far broken off at the foot of its page goes on at the foot of this one
        open_note = bool(footnotes) and footnotes[-1].page == index and not footnotes[-1].text.endswith(_CLOSED)
        body, notes = _footnotes(ordered, columns, page, size, open_note, index in (0, first))
        if notes and not notes[0][0] and footnotes and footnotes[-1].page == index:
            # the page's notes open with the end of the last note of the page before, without a mark
            footnotes[-1].text = _joined([footnotes[-1].text, notes.pop(0)[1]])
        footnotes.extend(Footnote(mark, text, index + 1) for mark, text in notes)
        boxes = (tables or {}).get(index, [])
        grids = [g for g in find_grids(body, index + 1) if not any(_inside(body[g.first], box) for box in boxes)]
        grid_tables.extend((index, body[g.first].top, g.table) for g in grids)
        texts.append(_text(body, columns, boxes, grids, anchor, size if index > 0 else 0.0))
    title = next((t for t in (_title(page, size, heads) for page in pages[first:first + 2]) if t), None)
    return Layout(texts, footnotes, title, dropped, grid_tables, lead(pages[first], size) if first < len(pages) else None,
                  margins)


def _apart(line: Line, page: PageLines) -> bool:
    """Whether a line stands apart from the text above and below it (lines beside it aside), as a
    running head does."""
    gaps = [max(other.top - line.bottom, line.top - other.bottom) for other in page.lines
            if other is not line and other.x0 < line.x1 and line.x0 < other.x1]
    return not gaps or min(gaps) > 0.8 * line.size


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()).lower())


def _title_of_heads(line: Line, running: dict[str, float], first: bool, size: float) -> bool:
    """Whether a line of the article's first page the running heads repeat is its title: set larger than
    they are and than the body (a title of the body's size, which the heads of later pages repeat)."""
    return first and line.size >= max(_OVER_HEADS * running[_key(line.text)], size)


def _in_band(line: Line, page: PageLines) -> bool:
    return line.bottom < _BAND * page.height * 1.4 or line.top > (1 - _BAND) * page.height


def _running_keys(pages: list[PageLines], size: float) -> dict[str, float]:
    """Lines standing at the top or the foot of two or more pages, numbers aside, with the smallest type
    they are set in; the only line of a page does not count."""
    seen: Counter[str] = Counter()
    sizes: dict[str, float] = {}
    for page in pages:
        if len(page.lines) < 2:
            continue
        banded = {_key(line.text): line.size for line in page.lines if _in_band(line, page) and len(line.text) < 150}
        seen.update(banded.keys())
        for key, type_size in banded.items():
            sizes[key] = min(sizes.get(key, type_size), type_size)
    return {key: sizes[key] for key, n in seen.items() if n >= 2 and key.strip("#")}


def _footnotes(lines: list[Line], columns: list[tuple[float, float]], page: PageLines,
               size: float, open_note: bool = False, first_page: bool = False) -> tuple[list[Line], list[tuple[str, str]]]:
    """The body lines, and the (mark, text) of each footnote at the foot of a column or page: small
    type under a short rule below the column's body, or, with no rule, small type below a gap
    whose opening marks the body on that page refers to, or that goes on with the note the page
    before broke off (`open_note`)."""
    marks = {m for line in lines for m in line.marks}
    lines = _marks_set_apart(lines, marks, size)
    notes: list[tuple[str, list[str]]] = []
    body: list[Line] = []
    foot: set[int] = set()
    contact = page.height + 1  # where a contact's note under the body opens
    body_bottom = max((line.bottom for line in lines if line.size >= _SMALL * size
                       and not _PAGE_NUMBER.fullmatch(line.text.strip())), default=page.height)
    at = [column_of(line, columns) for line in lines]  # each line's column
    for column in set(at):
        here = [i for i, c in enumerate(at) if c == column]
        a, b = columns[column] if column is not None else (0.0, page.width)
        rule = min((y for x0, x1, y in page.rules if a - 4 <= x0 and x1 <= b + 4 and x1 - x0 < 0.6 * (b - a)
                    and y > 0.45 * page.height), default=None)
        if rule is not None:
            below = [i for i in here if lines[i].top >= rule - 1 and lines[i].size < _SMALL * size]
            if below and all(lines[i].top >= rule - 1 for i in here if i > below[0]):
                foot.update(below)
                continue
        last_body = max((i for i in here if lines[i].size >= _SMALL * size
                         and not _PAGE_NUMBER.fullmatch(lines[i].text.strip())), default=-1)
        start = None
        taken: list[int] = []
        if below := _notes_under_body(lines, [i for i in here if i > last_body], last_body, marks, page, size,
                                      b - a, open_note, first_page):
            start, taken, here = below[0], below, []
        for k, i in enumerate(here):
            line = lines[i]
            if line.size >= _SMALL * size or line.top < 0.5 * page.height:
                continue
            gap = line.top - lines[here[k - 1]].bottom > line.size if k > 0 else True
            # a block of small type that closes the column (no line of the body's size below it), after a
            # gap, opening with a number and a word («2 Постановление ...», "3 The data ..."): notes whose
            # marks in the body were not raised
            # or opening with a contact's label ("Corresponding author:", «Автор для переписки»): the note
            # a first page sets under the body, the abstract often running on over the page
            closing = start is None and k > 0 and (_NUMBERED_NOTE.match(line.text) is not None
                                                   or _contact_label().match(line.text) is not None) \
                and not any(lines[j].size >= _SMALL * size and lines[j].top > line.top for j in here)
            if i < last_body and not closing and start is None:
                continue
            mark = _mark_of(line)
            # notes set across the columns, under the body of both: the first may have lost its mark
            under = line.top > body_bottom + size and any(_mark_of(lines[j]) in marks for j in here[k:])
            if start is None and gap and (mark in marks and k > 0 or under or closing):
                start = i
            if start is not None:
                taken.append(i)
        # small type that holds a label of the article's parts is its abstract and keywords, set smaller
        # than the body under the front matter («Ключевые слова: ...»), no notes
        if not any(_labelled_part().match(lines[i].text) for i in taken):
            foot.update(taken)
        elif start is not None:
            start = None
        if start is not None and _contact_label().match(lines[start].text):
            contact = min(contact, lines[start].top)
    # such a note goes on in lines set across the columns' gutter ("J Stillwell, University of Leeds, ...")
    foot.update(i for i, line in enumerate(lines) if line.top >= contact - 1 and line.size < _SMALL * size
                and at[i] is None)
    for i, line in enumerate(lines):
        if i not in foot:
            body.append(line)
            continue
        opening = None if line.lead is not None else _OPENING_MARK.match(line.text)
        if line.lead is not None or (opening and (opening.group(1) in marks or _GLUED.match(line.text)
                                                  or _NUMBERED_NOTE.match(line.text))):
            mark = line.lead if line.lead is not None else opening.group(1) if opening else ""
            notes.append((mark, [line.text[opening.end():] if opening else line.text]))
        elif notes:
            notes[-1][1].append(line.text)
        else:
            notes.append(("", [line.text]))
    return body, [(mark, _joined(parts)) for mark, parts in notes]


def _notes_under_body(lines: list[Line], tail: list[int], last_body: int, marks: set[str], page: PageLines,
                      size: float, width: float, open_note: bool, first_page: bool) -> list[int]:
    """The notes of a law review, higher than half the page, among the small type under a column's body
    (`tail`, prose the column's `width`, not a table's cells): after a gap, from the note the page before
    broke off (`open_note`: a page may hold nothing else), or from the first mark the body refers to and
    the small type above it set close to it or, past the article's first page (whose small type may be
    its front matter), in the page's lower half (a note from the page before, one whose mark the body
    does not raise); small type above them (an abstract under the title) stays. None found: []."""
    if not tail or any(lines[i].size >= _SMALL * size for i in tail) \
            or sum(lines[i].x1 - lines[i].x0 >= 0.6 * width for i in tail) < 0.7 * len(tail):
        return []
    if open_note:
        first = 0
    else:
        found = next((k for k, i in enumerate(tail) if _mark_of(lines[i]) in marks), None) if last_body >= 0 else None
        if found is None:
            return []
        first = found
        while first and (lines[tail[first]].top - lines[tail[first - 1]].bottom <= lines[tail[first]].size
                         or not first_page and lines[tail[first - 1]].top >= 0.5 * page.height):
            first -= 1
    opening = lines[tail[first]]
    above = lines[tail[first - 1]] if first else lines[last_body] if last_body >= 0 else None
    if above is not None and (opening.top < 0.25 * page.height or opening.top - above.bottom <= opening.size):
        return []
    return tail[first:]


@cache
def _part_label() -> re.Pattern[str]:
    """A line that labels a part of the article alone: «Аннотация», "Keywords:", «1. Введение», or the
    article's type set in the title's type over it ("Letter", «Научная статья»)."""
    return re.compile(rf"(?:\d{{1,2}}\.?\s+)?(?i:{label('abstract', 'keywords', 'introduction', 'article_type')})\s*[.:]?")


@cache
def _labelled_part() -> re.Pattern[str]:
    """A line that opens with the label of an abstract or keywords («Ключевые слова: ...», "Keywords:")."""
    return re.compile(rf"(?i:{label('abstract', 'keywords')})\s*(?:[.:—–-]|$)")


@cache
def _contact_label() -> re.Pattern[str]:
    """The label that opens the corresponding author's note a first page sets under its body."""
    return re.compile(rf"(?i:{label('contact')})(?![^\W\d_])")


def _mark_of(line: Line) -> str | None:
    """The raised mark or the number that opens a line."""
    opening = _OPENING_MARK.match(line.text)
    return line.lead if line.lead is not None else opening.group(1) if opening else None


def _marks_set_apart(lines: list[Line], marks: set[str], size: float) -> list[Line]:
    """A note's mark the layout set as a line of its own, beside the note's first line (a mark in
    the margin): the mark opens that line, the nearest to its right on the same baseline."""
    led: dict[int, str] = {}
    gone: set[int] = set()
    for i, line in enumerate(lines):
        if line.text.strip() not in marks or line.size >= _SMALL * size:
            continue
        beside = [j for j, other in enumerate(lines) if j != i and other.lead is None and j not in led
                  and abs(other.top - line.top) < size and other.x0 >= line.x1 - 1 and other.size > line.size]
        if beside:
            j = min(beside, key=lambda k: lines[k].x0)
            led[j] = line.text.strip()
            gone.add(i)
    return [replace(line, lead=led[j]) if j in led else line for j, line in enumerate(lines) if j not in gone]


_LINE_END_HYPHENS = ("-", "\u2010", "\u2011", "\ufffe", "\xad")  # a hyphen, the two of Unicode, pdfium's mark of one, a soft one
_CLOSED = (".", "!", "?", ")", "»", '"', "”", "’")  # how a note's last sentence ends


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith(_LINE_END_HYPHENS) and part[:1].islower():
            text = text.rstrip("".join(_LINE_END_HYPHENS)) + part
        elif NUMBER_DASH.search(text[-12:]) and part[:1].isdigit():
            text += part  # a range broken after its dash ("2007–" / "2021")
        else:
            text = f"{text} {part}" if text else part
    return text.strip()


def _text(lines: list[Line], columns: list[tuple[float, float]],
          tables: list[tuple[float, float, float, float]], grids: list[Grid], anchor: str, size: float) -> str:
    """Lines as text: a blank line where a gap, a change of type or a table opens; an indented
    first line keeps a leading space, as paragraph breaks are told by it. Lines set larger than the
    page's usual type, one under the other, are one title or heading; past the first page (where a
    title may be set at the body's size over an abstract in small type) also larger than the
    document's body (`size`): a page of small type (a figure's labels, a table) does not make its body
    lines display type."""
    out: list[str] = []
    pitch, typical = _pitch(lines)
    at = [column_of(line, columns) for line in lines]  # each line's column
    leading = _leading(lines, at)
    # in justified text only a paragraph's last line ends short of the column; ragged text says nothing
    full = [line for line, c in zip(lines, at, strict=True) if c is not None and line.x1 >= columns[c][1] - line.size]
    justified = len(full) >= 0.6 * len(lines) and len(lines) >= 8
    prev: Line | None = None
    prev_column: int | None = None
    placed: set[int] = set()
    in_grid = {i: g for g in grids for i in range(g.first, g.last + 1)}
    for i, line in enumerate(lines):
        if i in in_grid:
            if i == in_grid[i].first:
                out.extend(["", anchor, ""])
            prev = None
            continue
        box = next((k for k, t in enumerate(tables) if _inside(line, t)), None)
        if box is not None:
            if box not in placed:
                placed.add(box)
                out.extend(["", anchor, ""])
            prev = None
            continue
        column = at[i]
        if prev is not None:
            # (from a line across the columns down to the columns under it, or back: one flow, whose gaps tell)
            same_column = column == prev_column or (column is None or prev_column is None) and line.top > prev.bottom
            gap = line.top - prev.top
            space = line.top - prev.bottom
            scale = max(1.0, min(line.size, prev.size) / typical)  # large type is set with more leading
            right = columns[column][1] if column is not None else max(c[1] for c in columns)
            ended = justified and prev.x1 < right - 3 * prev.size and prev.text.endswith((".", "!", "?", ":")) \
                and prev_column is not None and (line.text[:1].isupper() or line.text[:1].isdigit())
            if (same_column and (gap > 1.7 * pitch * scale or space > leading + 0.5 * min(line.size, prev.size)
                                 or ended)) \
                    or abs(line.size - prev.size) > 0.05 * prev.size \
                    or line.bold != prev.bold and not (line.bold and prev.x1 >= right - 3 * prev.size
                                                       and not prev.text.endswith((".", "!", "?", ":", ";"))) \
                    or line.lead is not None or line.alone or prev.alone:
                out.append("")  # a raised mark opening a line opens an affiliation or a note
            elif same_column and min(line.size, prev.size) >= 1.15 * max(typical, size) and out and out[-1]:
                # lines of display type set together are one title or heading, however short each is
                out[-1] = out[-1][:-1] + line.text if out[-1].endswith("\ufffe") else _joined([out[-1], line.text])
                prev, prev_column = line, column
                continue
        if line.lead is not None:
            out.append(f"{line.lead} {line.text}")
            prev, prev_column = line, column
            continue
        out.append((" " if _indented(lines, i, at) else "") + _after_drop_cap(lines, i))
        prev, prev_column = line, column
    return "\n".join(out)


def _after_drop_cap(lines: list[Line], i: int) -> str:
    """A line's text; after a drop cap a space where the line's letters begin further right than the lines
    beside the cap do ("A | casualty", where "G|lobalization" and "I|n" begin level with them), or where
    a word with its own capital follows the cap («В России»)."""
    line = lines[i]
    if line.drop is None:
        return line.text
    beside = [x.x0 for x in lines[i + 1:i + 4] if x.top < line.drop[0] and x.x0 > line.x0 + line.size]
    if beside and min(beside) < line.drop[1] - 0.15 * line.size or line.text[1:2].isupper() and line.text[2:3].islower():
        return f"{line.text[0]} {line.text[1:]}"
    return line.text


def _indented(lines: list[Line], i: int, at: list[int | None]) -> bool:
    """Whether a line starts further right than the lines around it in its column (`at`: each line's), by an
    indent's width."""
    line = lines[i]
    around = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and at[j] == at[i]]
    if not around or (i > 0 and lines[i - 1].text.endswith(_LINE_END_HYPHENS)):
        return False
    if any(x.drop and x.drop[0] > line.top and abs(line.x0 - x.drop[1]) < line.size for x in lines[max(0, i - 4):i]):
        return False  # beside a drop cap
    aligned = any(abs(line.x1 - x.x1) < line.size for x in around)  # centred lines move both edges
    return aligned and line.size * 0.8 < line.x0 - min(x.x0 for x in around) < line.size * 5


def _inside(line: Line, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 - 2 <= line.middle <= x1 + 2 and top - 2 <= (line.top + line.bottom) / 2 <= bottom + 2


def _leading(lines: list[Line], at: list[int | None]) -> float:
    """The usual white space between one line's box and the next one's in a column (`at`: each line's)."""
    gaps = [b.top - a.bottom for a, b, column, next_column in zip(lines, lines[1:], at, at[1:], strict=False)
            if column == next_column and abs(a.size - b.size) < 0.5
            and -a.size < b.top - a.bottom < 2 * a.size]
    return statistics.median(gaps) if gaps else 0.0


def _pitch(lines: list[Line]) -> tuple[float, float]:
    """The usual distance from one line's top to the next one's in running text, and its type size."""
    pairs = [(b.top - a.top, a.size) for a, b in zip(lines, lines[1:], strict=False)
             if 0 < b.top - a.top < 3 * a.size and abs(a.size - b.size) < 0.5]
    if not pairs:
        return 14.0, 10.0
    return statistics.median(p for p, _ in pairs), statistics.median(s for _, s in pairs)


# the authors a running head names before the title («Кулябов Д. С., Королькова А. В. Необходимость ...»,
# "Smith J., Lee K. et al. Customs ...")
_AUTHORS_FIRST = re.compile(r"^(?:[A-ZА-ЯЁ][\w'’-]+\s+(?:[A-ZА-ЯЁ]\.\s?){1,2}(?:,\s*|\s+(?:и|and)\s+|\s*(?:и\s+др|et\s+al)\.\s*)?)+")


def _plain(text: str) -> str:
    """A line's words in small letters without quotes, points and marks at the end, for comparing a
    running head with a title."""
    return " ".join(re.sub(r"[«»\"“”„.…]+", " ", text).lower().split()).rstrip(" .,:;*1234567890")


def _repeated(text: str, this: Line, page: PageLines) -> bool:
    """Whether a short line above this one holds its words, and a little more: the journal's name
    in the running head over its masthead ("Journal of International Economics 157 (2025) 104138"
    over "Journal of International Economics"). A citation line that repeats the title lower on the
    page is no such line."""
    flat = " ".join(text.split())
    return len(flat) >= 10 and any(line is not this and line.top < this.top and len(line.text) < 2 * len(flat) + 30
                                   and flat in " ".join(line.text.split()) for line in page.lines)


_NUMBERED = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZА-ЯЁ][a-zа-яё]")


def _title(page: PageLines, size: float, head_lines: Sequence[Line] = ()) -> str | None:
    """The title of the first page: among the runs of lines set larger than the body in its upper
    part (bold ones a little larger will do), the one the running heads of later pages repeat (whole or
    cut short: «Об электронном научном издании...»), else the largest of those three words long or more
    (a rubric of one or two words set larger still is no title), bold before plain at one size."""
    heads = [h.text for h in head_lines]
    echoes = {_plain(h) for h in (*heads, *(_AUTHORS_FIRST.sub("", h) for h in heads)) if len(_plain(h)) >= 15}
    # a title in the band of the running heads, set larger than they are (the heads repeat it)
    over_heads = _OVER_HEADS * min((h.size for h in head_lines), default=page.height)
    # running heads cut short («Применение модифицированного расстояния Хаусдорфа…») may hold more than the title's first line
    cut = {_plain(h) for h in heads if h.rstrip().endswith(("…", "...", ". . ."))}
    upper = sorted((line for line in page.lines if line.top < 0.6 * page.height and len(line.text) > 1),
                   key=lambda line: line.top)
    runs: list[list[Line]] = []
    echoing: Line | None = None  # the last line of a run the running heads repeat
    for line in upper:
        if _part_label().fullmatch(line.text.strip()):
            runs.append([])  # «Аннотация», "Abstract" set in the title's type under it closes the title
            continue
        # a line the running heads repeat, set larger than the body below the page's head, is the title's,
        # and so are the lines of its size and face under it (a running head may hold two lines of the title)
        plain = _plain(line.text)
        echo = line.size > size and (not _in_band(line, page) or line.size >= over_heads) and (
            any(plain.startswith(h) for h in echoes) or len(plain) >= 15 and any(h.startswith(plain) for h in cut)
            or echoing is not None and abs(echoing.size - line.size) <= 0.04 * line.size and echoing.bold == line.bold
            and runs and runs[-1] and runs[-1][-1] is echoing)
        echoing = line if echo else None
        if not echo and (line.size < (1.1 if line.bold else 1.2) * size or _repeated(line.text, line, page)) \
                or (len(line.text) < 200 and re.search(r"[,\d*∗†‡]|\b(?:and|и)\b|\b[A-ZА-ЯЁ]\.", line.text)
                    and (authors_of(line.text.rstrip(" ,")) or names_and_place(line.text))):
            # (a line of names broken after a comma, or names with their place: "Gary King, Harvard University")
            # body type, the authors' names set as large as the title, or the journal's name in its
            # masthead, printed again in the running head above it; names without a comma, an "and", an
            # initial or a mark are no proof (a title's line "Knowledge-Based Cybersecurity Risk Assessment")
            if runs and runs[-1] and (line.x0 >= runs[-1][-1].x1 or line.x1 <= runs[-1][-1].x0):
                continue  # a line of a sidebar beside the title ("2020, Vol. 50(4) 378–391") does not break it
            runs.append([])
            continue
        above = runs[-1][-1] if runs and runs[-1] else None
        if above is not None and mostly_cyrillic(above.text) == mostly_cyrillic(line.text) and (
                abs(above.size - line.size) <= 0.04 * line.size and above.bold == line.bold
                or above.bold and line.bold and min(above.size, line.size) >= 1.5 * size  # a title in two large sizes
                and abs(above.size - line.size) <= 0.25 * line.size and line.top - above.bottom < line.size):
            runs[-1].append(line)
        else:
            runs.append([line])
    order = {id(line): k for k, line in enumerate(upper)}

    def masthead(run: list[Line]) -> bool:
        """The journal's name over its issue, within three small lines ("Journal of Statistical
        Software" / "JSS" / "January 2007, Volume 18, Issue 3."), however large."""
        below = upper[order[id(run[-1])] + 1 : order[id(run[-1])] + 4]
        return any(issue_line(line.text) for line in itertools.takewhile(lambda line: line.size < 1.2 * size, below))

    # a publisher's identifiers run together ("918951JODXXX10.1177/0022042620918951Journal of Drug Issues")
    # nor is the journal's line with its year and issue at the head of the page, however large
    # nor a numbered heading of the body set larger than the title («3 Описание системы», "2.1 Data")
    candidates = [run for run in runs if run and not masthead(run) and not _NUMBERED.match(run[0].text)
                  and not re.search(r"\S{30,}|\b10\.\d{4,9}/", " ".join(line.text for line in run))
                  and not (_in_band(run[0], page) and issue_line(" ".join(line.text for line in run)))]
    if not candidates:
        return None

    def echoed(run: list[Line]) -> bool:
        """Whether a running head repeats the run, whole or cut short, below the head of the first page."""
        text = _plain(" ".join(line.text for line in run))
        return not _in_band(run[0], page) and any(text.startswith(head) for head in echoes)

    # a title of two words stands out by its size: half as large again as any longer run ("Publication, Publication"
    # over "Elements of the Paper"), not a rubric or an article's type over its title
    longer = max((run[0].size for run in candidates if len(" ".join(line.text for line in run).split()) >= 3), default=0.0)

    def weight(run: list[Line]) -> tuple[bool, bool, float, bool]:
        text = " ".join(line.text for line in run)
        words = text.split()
        long_enough = len(words) >= 3 or len(words) == 2 and run[0].size >= 1.5 * longer and kind_of(text) is None
        return echoed(run), long_enough, round(run[0].size / 0.5) * 0.5, run[0].bold

    best = max(candidates, key=weight)
    at = last = next(i for i, run in enumerate(runs) if run is best)
    # a rubric the running heads repeat over the title in display type of its own, right under it
    # ("Sustainable Economic Growth: Challenges and Opportunities" / "Identification of Priorities for ...")
    # (not a title's first part whose subtitle follows: "Trade Wars:" / "The Economics of Retaliation")
    repeats = {_plain(h) for h in heads}

    def repeated(run: list[Line]) -> bool:
        return _plain(_joined([line.text.strip() for line in run])) in repeats

    if repeated(best) and not best[-1].text.rstrip().endswith(":") and at + 1 < len(runs) and (under := runs[at + 1]) \
            and under in candidates and weight(under)[1] and under[0].size >= _DISPLAY * size \
            and under[0].top - best[-1].bottom < 2 * under[0].size and not repeated(under) \
            and not authors_of(_joined([line.text.strip() for line in under])):  # (not the names under the title)
        best, at, last = under, at + 1, at + 1
    # a title that goes on in small letters from the line above, set in another face at about its size
    # ("Iron deficiency anaemia can be improved after" / "eradication of Helicobacter pylori")
    while at > 0 and runs[at - 1] and best[0].text[:1].islower() \
            and abs(runs[at - 1][-1].size - best[0].size) <= 0.15 * best[0].size \
            and best[0].top - runs[at - 1][-1].top <= 2 * best[0].size:
        best = runs[at - 1] + best
        at -= 1
    for run in runs[last + 1:]:
        # a title set in two sizes: the smaller lines right under it that go on in small letters
        # («Упрощенная математическая модель» / «синхронного двигателя ...», "A Model" / "of the Motor")
        if not run or not run[0].text[:1].islower() or mostly_cyrillic(run[0].text) != mostly_cyrillic(best[0].text) \
                or run[0].top - best[-1].top > 3 * best[-1].size:
            break
        best = best + run
    # a title low on a cover page runs on below the upper part in its size and face
    for line in sorted((line for line in page.lines if line.top >= 0.6 * page.height), key=lambda line: line.top):
        if abs(line.size - best[-1].size) > 0.04 * line.size or line.bold != best[-1].bold \
                or not 0 <= line.top - best[-1].bottom < line.size:
            break
        best = best + [line]
    title = _joined([line.text.strip() for line in best])  # a word broken over its lines as the body joins it
    return title if len(title) >= 4 and not title.isdigit() else None
