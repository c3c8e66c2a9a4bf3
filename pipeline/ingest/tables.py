"""Tables in shape: delimited text lines read as tables, and headers that span two rows settled."""

from __future__ import annotations

import re

from ..record import Table

_YEAR_LABEL = re.compile(r"(?:1[89]\d\d|20\d\d)\s*(?:г\.?|гг\.?|год[а-я]*|year)?", re.I)
_DIGIT = re.compile(r"\d")
_NUMERIC = re.compile(r"[-+−–]?\s*\d[\d\s.,\u00a0\u202f]*%?")
_CELL_NUMBER = re.compile(r"[-+]?\d[\d.,]*%?(?:г\.?)?")
_MD_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
# a header cell that ends in a preposition («2024 г. в % к», "share of") governs the cells under it
_DANGLING = re.compile(r"(?:^|\s)(?:к|в|по|от|на|против|to|of|vs\.?|versus|in)\s*$", re.I)


def _cells(line: str) -> list[str] | None:
    """Cells of a tab-separated or Markdown pipe line, None for a line of prose."""
    if "\t" in line:
        return [c.strip() for c in line.strip("\n").split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return bar_cells(stripped)
    return None


def bar_cells(line: str) -> list[str]:
    """The cells bars divide a line into, the bars at its edges aside ("| EAEU | 2015 |", "Iceland | 370,335")."""
    return [" ".join(cell.split()) for cell in line.strip().removeprefix("|").removesuffix("|").split("|")]


def split_delimited(text: str, anchor: str) -> tuple[str, list[Table]]:
    """Runs of two or more tab-separated (or Markdown pipe) lines of equal width become tables.

    Each run is replaced in the text by a line holding `anchor`; the first line is the header
    when it holds fewer numbers than the lines below it.
    """
    lines = text.split("\n")
    out: list[str] = []
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        first = _cells(lines[i])
        j = i + 1
        run = [first] if first and len(first) >= 2 else []
        while run and j < len(lines):
            if _MD_RULE.fullmatch(lines[j].strip()):
                j += 1
                continue
            cells = _cells(lines[j])
            if not cells or len(cells) != len(run[0]):
                break
            run.append(cells)
            j += 1
        if len(run) < 2:
            out.append(lines[i])
            i += 1
            continue
        headed = _numbers(run[0]) < max(_numbers(r) for r in run[1:]) or years_in_order(run[0])
        header, rows = (run[0], run[1:]) if headed else ([], run)
        tables.append(Table(caption=None, header=header, rows=rows, page=None))
        out.append(anchor)
        i = j
    return "\n".join(out), tables


def years_in_order(cells: list[str]) -> bool:
    """A row whose numbers are years in rising order («Группа 2019 2020 2021»): it heads columns of years."""
    numbers = [c.strip() for c in cells if _NUMERIC.fullmatch(c.strip())]
    return len(numbers) >= 2 and all(re.fullmatch(r"(?:19|20)\d\d", n) for n in numbers) and numbers == sorted(numbers)


def _numbers(cells: list[str]) -> int:
    return sum(1 for c in cells if _NUMERIC.fullmatch(c.strip()))


def line_cells(text: str) -> list[str]:
    """A table line set as text, as cells: the leading words (a row label), then each number with
    the words that follow it («2022 г.», «57,6 %»)."""
    label: list[str] = []
    cells: list[str] = []
    for word in text.split():
        if _CELL_NUMBER.fullmatch(word):
            cells.append(word)
        elif cells:
            cells[-1] += f" {word}"
        else:
            label.append(word)
    return ([" ".join(label)] if label else []) + cells


def column_header(table: Table, j: int, width: int) -> str | None:
    """The header of cell `j` of a row `width` cells wide, or None; a header one cell shorter than
    its rows (the usual shape in text files) leaves out the label column."""
    header = table.header
    if len(header) == width:
        return header[j] or None
    if len(header) == width - 1:
        return header[j - 1] or None if j > 0 else None
    return header[j] if j < len(header) and header[j] else None


def fit_header(pieces: list[str], width: int) -> list[str]:
    """Header pieces read off a text line, fitted to `width` columns.

    A piece ending in a preposition spans the columns whose sub-headers follow it on the next
    line: «2024 г. в % к» + «2022 г.», «2023 г.» -> «2024 г. в % к 2022 г.», «2024 г. в % к 2023 г.».
    """
    if len(pieces) <= width:
        return pieces
    for k, piece in enumerate(pieces):
        subs = pieces[k + 1 :]
        if _DANGLING.search(piece) and k + len(subs) == width:
            return pieces[:k] + [f"{piece} {sub}" for sub in subs]
    return pieces[: width - 1] + [" ".join(pieces[width - 1 :])]


def settle_header(table: Table) -> Table:
    """Fold a second header row (labels only, first cell empty) into the header above it.

    A header cell left empty beside a filled one is the right part of a merged cell: it takes the
    text of its left neighbour before the row below is added («2024 г. в % к» over «2022 г.», «2023 г.»).
    """
    if not table.header or not table.rows:
        return table
    while len(table.rows) > 1 and _is_header_row(table.rows[0]) and len(table.rows[0]) == len(table.header):
        below = table.rows.pop(0)
        header = list(table.header)
        for j in range(1, len(header)):
            if not header[j].strip() and header[j - 1].strip() and below[j].strip():
                header[j] = _left_text(table.header, j)
        table.header = [f"{h} {b}".strip() if b.strip() else h for h, b in zip(header, below, strict=True)]
    return table


def _left_text(header: list[str], j: int) -> str:
    while j > 0 and not header[j].strip():
        j -= 1
    return header[j]


def _is_header_row(row: list[str]) -> bool:
    """A row of labels: first cell empty, and no cell a plain number other than a year label."""
    if row[0].strip() or not any(c.strip() for c in row[1:]):
        return False
    return all(not _DIGIT.search(c) or _YEAR_LABEL.fullmatch(c.strip()) for c in row[1:] if c.strip())
