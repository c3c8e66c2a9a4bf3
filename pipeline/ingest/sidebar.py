"""A narrow column set beside a wide block on a page whose text is otherwise in columns: the editors,
the correspondence and the article's history in a side column beside the abstract (Frontiers, Elsevier's
"ARTICLE INFO" beside "ABSTRACT"). The wide block's lines cross the gutter of the columns under it,
so a reading by rows would interleave the two, line by line; they are read one after the other."""

from __future__ import annotations

from .pdflayout import Line

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
            groups.append(side + run)
            i = j
        else:
            i += 1
    return groups
