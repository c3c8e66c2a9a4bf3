"""The columns of a page and the order its lines are read in: the gutters between narrow lines, a head
across them on a first page, bands cut by lines or white space across the page, each read column by
column, lines level in a column left first, and a side column beside a wide block read apart."""

from __future__ import annotations

from .pdflayout import Line, PageLines
from .sidebar import side_by_side


def find_columns(lines: list[Line], page: PageLines, head: float | None = None) -> list[tuple[float, float]]:
    """The page's columns as (left, right) ranges, found from the gutters between narrow lines (under
    `head`, where a head across the gutter ends: see `find_head_across`)."""
    if not lines:
        return [(0.0, page.width)]
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    # columns of about equal width, else a wide column with a sidebar beside it (an abstract in two
    # thirds of the page and its key points in the third)
    for share, reach in ((0.62, 0.0), (0.75, 0.25)):  # a sidebar is a column when it runs down the page, not a box
        narrow = [line for line in lines if line.x1 - line.x0 < share * (right - left) and len(line.text) > 15
                  and (head is None or line.top > head)]
        if len(narrow) >= 8 and (head is not None or len(narrow) >= 0.35 * len(lines)) \
                and (columns := gutters(narrow, left, right, reach * page.height)):
            return columns
    return [(left, right)]


def gutters(narrow: list[Line], left: float, right: float, reach: float = 0.0) -> list[tuple[float, float]]:
    """The columns between `left` and `right` that the gutters between narrow lines make, each with
    three lines or more running down at least `reach` points, or none."""
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
    held = [[line for line in narrow if a <= line.middle < b] for a, b in columns]
    if len(columns) < 2 or any(len(these) < 3 or max(x.bottom for x in these) - min(x.top for x in these) < reach
                               for these in held):
        return []
    return columns


def find_head_across(lines: list[Line], page: PageLines) -> float | None:
    """Where a first page's head ends when its short lines (a masthead, the title, names over a wide
    abstract) cross the gutter so often that the page's lines as a whole show no columns, while
    the lines under its last wide line do: the head is read as printed, the columns under it."""
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    last = max((line for line in lines if line.x1 - line.x0 >= 0.62 * (right - left) and len(line.text) > 15
                and line.top < page.height / 2), key=lambda line: line.bottom, default=None)
    if last is None:
        return None
    head = _head_run_on(lines, last)
    narrow = [line for line in lines if line.x1 - line.x0 < 0.62 * (right - left) and len(line.text) > 15]
    under = [line for line in narrow if line.top > head]
    if len(narrow) >= 8 and len(narrow) >= 0.35 * len(lines) and gutters(narrow, left, right):
        return None  # the columns show without it
    if len(under) < 8 or len(under) < 0.35 * sum(1 for line in lines if line.top > head):
        return None
    return head


def _head_run_on(lines: list[Line], last: Line) -> float:
    """Where a head whose last wide line is `last` ends: under the wide paragraph's last line, shorter, and
    under the lines a side column beside it runs on with ("Keywords:" / "Deforestation" / "Nigeria" at the
    left of an abstract that ends above them)."""
    head = last.bottom
    beside = [line for line in lines if line.top < head and line.bottom > last.top - 2 * last.size
              and (line.x1 < last.x0 - 4 or line.x0 > last.x1 + 4)]
    edges = {round(line.x0) for line in beside}
    side = max((line.bottom for line in beside), default=head)
    for line in sorted(lines, key=lambda line: line.top):
        if line.top <= head - 0.3 * line.size:
            continue
        if line.top - head < 0.8 * line.size and abs(line.x0 - last.x0) <= 2:
            head = max(head, line.bottom)
        elif line.top - side < 0.8 * line.size and any(abs(line.x0 - x) <= 2 for x in edges):
            side = line.bottom
            head = max(head, side)
    return head


def column_of(line: Line, columns: list[tuple[float, float]]) -> int | None:
    """The column a line sits in, or None when it spans a gutter."""
    for i, (a, b) in enumerate(columns):
        if line.x0 >= a - 4 and line.x1 <= b + 4:
            return i
    return None


def reading_order(lines: list[Line], columns: list[tuple[float, float]], cuts: list[float] | None = None) -> list[Line]:
    """Lines across the whole width cut the page into bands, and so does white space across it
    (`cuts`); each band is read column by column. Lines standing in the row of a line across the
    gutter (a grid of author cards) are read with it."""
    if len(columns) < 2:
        return lines
    cuts = sorted(cuts or [])
    out: list[Line] = []
    band: list[Line] = []
    row: list[Line] = []

    def flush_band() -> None:
        # (lines level in one column, left first: a side column's name beside a heading of the body)
        out.extend(level_left_first(sorted(band, key=lambda line: (column_of(line, columns) or 0, line.top)), columns))
        band.clear()

    def flush_row() -> None:
        out.extend(sorted(row, key=lambda line: (round(line.top / max(line.size, 1.0)), line.x0)))
        row.clear()

    grouped = {id(line): group for group in side_by_side(lines, {id(x) for x in lines if column_of(x, columns) is None})
               for line in group}
    read: set[int] = set()
    for line in sorted(lines, key=lambda line: line.top):
        if id(line) in grouped:  # a side column beside a wide block: the one, then the other
            if id(line) not in read:
                flush_row()
                flush_band()
                out.extend(grouped[id(line)])
                read.update(id(x) for x in grouped[id(line)])
            continue
        while cuts and line.top > cuts[0]:
            cuts.pop(0)
            flush_row()
            flush_band()
        overlaps = bool(row) and line.top < max(r.bottom for r in row) - 0.3 * line.size
        if overlaps:
            row.append(line)
        elif column_of(line, columns) is None:
            flush_row()
            flush_band()
            row.append(line)
        else:
            flush_row()
            band.append(line)
    flush_row()
    flush_band()
    return out


def level_left_first(lines: list[Line], columns: list[tuple[float, float]]) -> list[Line]:
    """Lines in column and top order, those of one column standing level (tops within a third of a line)
    read left first: a side column's name beside a heading of the body."""
    out: list[Line] = []
    row: list[Line] = []
    for line in lines:
        if row and (column_of(line, columns) != column_of(row[0], columns)
                    or line.top - row[0].top > 0.3 * min(line.size, row[0].size)):
            out += sorted(row, key=lambda x: x.x0) if len(row) > 1 else row
            row = []
        row.append(line)
    return out + (sorted(row, key=lambda x: x.x0) if len(row) > 1 else row)
