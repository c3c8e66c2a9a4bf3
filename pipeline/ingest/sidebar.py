"""A narrow column set beside a wide block on a page whose text is otherwise in columns: the editors,
the correspondence and the article's history in a side column beside the abstract (Frontiers, Elsevier's
"ARTICLE INFO" beside "ABSTRACT"). The wide block's lines cross the gutter of the columns under it,
so a reading by rows would interleave the two, line by line; they are read one after the other. And a
label set in the margin beside the part it names ("Abstract" outside the text block), read right
before the part's first line."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from functools import cache

from ..lexicon.cues import label
from .pdflayout import Line, PageLines

_RUN = 3  # lines of the wide block at least
_SIDE = 2  # lines of the side column at least
_ALIGN = 24.0  # points a wide block's lines may start apart (a first line indented)


def side_by_side(lines: list[Line], across: set[int]) -> list[list[Line]]:
    """Groups of lines to read as one, in the order given: each a side column (its lines top down),
    then the wide block beside it (top down). `across` holds the ids of the lines that cross a gutter;
    a run of three of them or more, all starting right of two lines or more that stand level with
    them, is such a block."""
    ordered = sorted(lines, key=lambda line: line.top)
    groups: list[list[Line]] = []
    i = 0
    while i < len(ordered):
        if id(ordered[i]) not in across:
            i += 1
            continue
        run = [ordered[i]]
        j = i + 1
        edge = ordered[i].x0
        side: list[Line] = []
        while j < len(ordered):
            line = ordered[j]
            if id(line) in across and abs(line.x0 - edge) <= _ALIGN and line.x0 > min(x.x1 for x in side or [line]) - 4:
                run.append(line)
                edge = min(edge, line.x0)
            elif line.x1 < edge - 4 and line.top < run[-1].bottom + 2 * line.size:
                side.append(line)
            else:
                break
            j += 1
        above = [line for line in ordered[max(0, i - 3):i] if line.top >= run[0].top - line.size]  # level, a little higher
        side = [line for line in above + side if line.x1 < edge - 4 and line.top <= run[-1].bottom]
        if len(run) >= _RUN and len(side) >= _SIDE:
            taken = {id(x) for x in side + run}
            # the block's label right above it ("Abstract") and the side column's lines over and under
            # the block, while they follow on ("Correspondence" over it, a note running on under it)
            for line in reversed(ordered[:i]):
                if id(line) in taken:
                    continue
                if line.bottom < min(x.top for x in side + run) - 2 * line.size:
                    break
                if abs(line.x0 - edge) <= _ALIGN and line.x0 > max(x.x1 for x in side):
                    run.insert(0, line)
                elif line.x1 < edge - 4 and line.x0 <= max(x.x0 for x in side) + _ALIGN:
                    side.insert(0, line)
                else:
                    break
                taken.add(id(line))
            j = max(k for k in range(i, j) if id(ordered[k]) in taken) + 1  # (side lines under the block were left)
            while j < len(ordered) and ordered[j].x1 < edge - 4 and ordered[j].top - side[-1].bottom < 2 * ordered[j].size:
                side.append(ordered[j])
                j += 1
            groups.append(sorted(side, key=lambda x: x.top) + sorted(run, key=lambda x: x.top))
            i = j
        else:
            i += 1
    return groups


def main_then_side(lines: list[Line], width: float, printed: bool = False) -> list[Line] | None:
    """The lines of a page's head in reading order when a narrow column stands beside the title or the
    abstract (a journal's name, volume, rights and DOI at the right of a SAGE title; the editors at the
    left of an abstract): the main lines of that stretch, then the side column's. With `printed`, the
    lines keep the order they are given in (a producer's order, good but for the two mixed), else the
    others go top down. None without such a column, or when the given order keeps the two apart."""
    ordered = sorted(lines, key=lambda line: line.top)
    for side in _side_columns(ordered, width):
        sides = set(map(id, side))
        top, bottom = min(x.top for x in side), max(x.bottom for x in side)
        level = [x for x in ordered if id(x) not in sides and x.top < bottom and x.bottom > top]
        if len(level) < _SIDE:
            continue
        for x in ordered:  # the main lines go on under the side column, as the paragraph does (below the last)
            if x.top > level[-1].top and id(x) not in sides and abs(x.x0 - level[0].x0) <= _ALIGN \
                    and x.top - level[-1].bottom < 1.5 * x.size:
                level.append(x)
        given = lines if printed else ordered
        mains = set(map(id, level))
        at_main = [i for i, x in enumerate(given) if id(x) in mains]
        at_side = [i for i, x in enumerate(given) if id(x) in sides]
        if printed and (max(at_side) < min(at_main) or max(at_main) < min(at_side)):
            return None  # printed one after the other already
        first = min(at_main + at_side)
        rest = [x for x in given if id(x) not in mains | sides]
        before = sum(1 for x in given[:first] if id(x) not in mains | sides)
        return rest[:before] + [x for x in given if id(x) in mains] + [x for x in given if id(x) in sides] + rest[before:]
    return None


def _side_columns(ordered: list[Line], width: float) -> list[list[Line]]:
    """Runs of three lines or more that share an edge in the outer third of the page, with no other
    line level with them crossing that edge: a column at the right (same left edge) or at the left
    (lines ending before the edge)."""
    out = []
    for edge in sorted({round(x.x0) for x in ordered if x.x0 > 0.6 * width}):
        for aligned in _stretches([x for x in ordered if abs(x.x0 - edge) <= 3]):
            top, bottom = min(x.top for x in aligned), max(x.bottom for x in aligned)
            level = [x for x in ordered if x.top < bottom and x.bottom > top]
            side = [x for x in level if x.x0 >= edge - 3]  # with what stands right of the edge (a logo's words)
            if all(x.x1 < edge - 4 for x in level if x.x0 < edge - 3):
                out.append(side)
    for edge in sorted({round(x.x1) for x in ordered if x.x1 < 0.4 * width}, reverse=True):
        for aligned in _stretches([x for x in ordered if abs(x.x1 - edge) <= 1 or x.x1 < edge and x.x0 < 0.4 * width]):
            top, bottom = min(x.top for x in aligned), max(x.bottom for x in aligned)
            level = [x for x in ordered if x.top < bottom and x.bottom > top]
            side = [x for x in level if x.x1 <= edge + 1]
            if len(side) >= _RUN and all(x.x0 > edge + 4 for x in level if x.x1 > edge + 1):
                out.append(side)
    return out


def _stretches(aligned: list[Line]) -> list[list[Line]]:
    """The lines sharing an edge, top down, in stretches of three or more that no gap of three lines'
    height breaks: a side column is one such stretch (a label far above it, on the same edge, is not of it)."""
    out: list[list[Line]] = []
    for line in aligned:
        if out and line.top - out[-1][-1].bottom <= 3 * max(line.size, out[-1][-1].size):
            out[-1].append(line)
        else:
            out.append([line])
    return [stretch for stretch in out if len(stretch) >= _RUN]


_ACROSS = 0.7  # the share of the page's width a line across the page spans at least


def front_gaps(lines: list[Line], page: PageLines, size: float) -> list[float]:
    """Heights in the upper part of a first page where white space runs across the whole width: the
    front matter (a row of author cards) ends there, above the columns."""
    upper = sorted((line for line in lines if line.top < 0.45 * page.height), key=lambda line: line.top)
    out = []
    reach = None
    for line in upper:
        if reach is not None and line.top - reach > 2 * size:
            out.append((reach + line.top) / 2)
        reach = line.bottom if reach is None else max(reach, line.bottom)
    # lower down, only where the lines under the gap run across the page: the front matter, set beside
    # a side column, ends there and the body begins across the whole width (Wiley's first pages)
    ordered = sorted(lines, key=lambda line: line.top)
    above: float | None = None  # the lowest bottom of the lines before (kept as the loop goes: a page has a hundred)
    for k, line in enumerate(ordered):
        if k and (above is None or ordered[k - 1].bottom > above):
            above = ordered[k - 1].bottom
        if above is None or line.top < 0.45 * page.height or line.top - above <= 2 * size \
                or any(x.x1 - x.x0 >= _ACROSS * page.width for x in ordered[:k] if x.top > 0.45 * page.height):
            continue
        if any(x.x1 - x.x0 >= _ACROSS * page.width for x in ordered[k:] if x.top < line.top + 4 * size):
            out.append((above + line.top) / 2)
            break
    # further down, where the keywords closed the front matter above (a box of the other language's front
    # matter beside this one's, over the body's two columns): the white space across the page under them
    below: tuple[float, bool] | None = None  # the lowest bottom so far, and whether keywords stood above it
    for line in ordered:
        if line.top > _KEYWORDS_BAND * page.height:
            break
        labelled = _keywords_label().match(line.text.strip()) is not None
        if below is not None and line.top - below[0] > 0.8 * size and below[1] and line.top >= 0.45 * page.height \
                and not labelled:  # (not over the other language's keywords)
            out.append((below[0] + line.top) / 2)
            break
        below = (line.bottom if below is None else max(below[0], line.bottom), labelled or below is not None and below[1])
    # rows of three or more author cards side by side across the gutter: each run of such rows is read
    # apart, above the columns (the cards of its left half, then of its right half)
    rows: list[list[Line]] = []
    for line in upper:
        if rows and abs(line.top - rows[-1][0].top) < 0.3 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    middle = page.width / 2
    cards = [len(row) >= 3 and min(line.x0 for line in row) < middle < max(line.x1 for line in row)
             and all(line.x1 - line.x0 < 0.3 * page.width for line in row) for row in rows]
    out += [max(line.bottom for line in row) + 0.5 * size for k, row in enumerate(rows)
            if cards[k] and (k + 1 == len(rows) or not cards[k + 1])]
    return sorted(out)


_LABEL_WORDS = 3  # words of a label set in the margin at most
_KEYWORDS_BAND = 0.75  # of a first page's height: the front matter may end with its keywords this far down


def side_labels(lines: list[Line]) -> list[Line]:
    """A label set in the margin beside the part it names, level with the part's first line ("Abstract",
    "Keywords", "References", «Литература» outside the text block): read right before that line, at its
    left edge. A margin line with another margin line right above or below it is a note of the margin
    («Статья поступила / в редакцию ...»), not a label, and stays where it is."""
    prose = [line for line in lines if len(line.text.split()) >= 5]
    if len(prose) < 8:
        return lines
    lines = _labels_run_on(lines, prose)
    prose = [line for line in lines if len(line.text.split()) >= 5]
    left, right = min(line.x0 for line in prose), max(line.x1 for line in prose)  # the text block
    edge = statistics.median(line.x1 for line in prose)  # where most lines of prose end
    margin = [i for i, line in enumerate(lines) if (line.x1 < left - 4 or line.x0 > right + 4 or _right_of_a_line(line, lines, edge))
              and len(line.text.split()) <= _LABEL_WORDS and any(c.isalpha() for c in line.text)]
    moved: dict[int, Line] = {}  # the line a label goes before -> the label
    gone: set[int] = set()  # where the labels stood
    for i in margin:
        label = lines[i]
        if any(j != i and abs(lines[j].top - label.top) < 1.5 * label.size for j in margin):
            continue
        beside = [j for j, line in enumerate(lines) if j not in margin and left - 4 <= line.x0 and line.x1 <= right + 4
                  and abs(line.top - label.top) < 0.8 * max(line.size, label.size)]
        if beside:
            j = min(beside, key=lambda k: abs(lines[k].top - label.top))
            if j not in moved:
                line = lines[j]
                moved[j] = replace(label, x0=line.x0, x1=line.x0 + (label.x1 - label.x0),
                                   top=line.top - 0.2, bottom=line.top - 0.1, alone=True)
                gone.add(i)
    if not moved:
        return lines
    out: list[Line] = []
    for j, line in enumerate(lines):
        if j in moved:
            out.append(moved[j])
        if j not in gone:
            out.append(line)
    return out


def _labels_run_on(lines: list[Line], prose: list[Line]) -> list[Line]:
    """A label in the margin that the text layer ran on to the end of a line of the text block ("... the
    use of noncombustible    abstract"): a label word past the right edge most lines of prose keep, after
    a gap wider than a space, is read right before that line, at its left edge."""
    edge = statistics.median(line.x1 for line in prose)
    out = []
    for line in lines:
        gap = line.spaces[-1] if line.spaces else None
        tail = line.text.rsplit(" ", 1)[-1] if gap else ""
        if gap is None or gap[0] < edge - 2 or gap[1] - gap[0] < 0.6 * line.size or len(line.text.split()) < 5 \
                or not _margin_label().fullmatch(tail):
            out.append(line)
            continue
        out.append(replace(line, text=tail, x1=line.x0 + (line.x1 - gap[1]), top=line.top - 0.2, bottom=line.top - 0.1,
                           spaces=[], alone=True))
        out.append(replace(line, text=line.text[: -len(tail)].rstrip(), x1=gap[0], spaces=line.spaces[:-1]))
    return out


def _right_of_a_line(label: Line, lines: list[Line], edge: float) -> bool:
    """A label word set past the right edge where most lines of prose end, level with one such full
    line and nothing else ("Authorised economic operator (AEO) programmes ...      abstract"); not a
    label heading the next column of a row ("ARTICLE INFO    ABSTRACT")."""
    if label.x0 < edge + label.size or not _margin_label().fullmatch(label.text.strip()):
        return False
    level = [o for o in lines if o is not label and abs(o.top - label.top) < 0.8 * max(o.size, label.size)]
    # a column's heading has its column's lines under it, at its left edge ("References" over the entries)
    column = any(o is not label and abs(o.x0 - label.x0) < label.size and 0 < o.top - label.top < 4 * label.size
                 for o in lines)
    return len(level) == 1 and abs(level[0].x1 - edge) < 2 * label.size and not column


@cache
def _keywords_label() -> re.Pattern[str]:
    return re.compile(rf"(?i:{label('keywords')})\s*[.:—–-]")


@cache
def _margin_label() -> re.Pattern[str]:
    return re.compile(rf"(?i:{label('abstract', 'keywords', 'references')})")
