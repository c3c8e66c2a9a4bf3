"""Tables set without rules on PDF pages, read from where their pieces stand (`ingest.grids`)."""

from __future__ import annotations

import pytest

from pipeline.ingest.grids import find_grids
from pipeline.ingest.pdflayout import Line


def _spaced(text: str, x0: float, top: float, size: float, gaps: dict[int, float]) -> Line:
    """A line whose words stand 2 points apart, or `gaps[n]` points after word n: a header's cells run into
    one line when they stand close."""
    words = text.split()
    spaces, x = [], x0
    for n, word in enumerate(words):
        x += 0.4 * size * len(word)
        if n < len(words) - 1:
            gap = gaps.get(n, 2.0)
            spaces.append((x, x + gap))
            x += gap
    return Line(text, x0, x, top, top + size, size, spaces=spaces)


def _rows(labels: list[str], numbers: list[list[str]], top: float) -> list[Line]:
    out = []
    for n, (label, row) in enumerate(zip(labels, numbers, strict=True)):
        y = top + 12 * n
        out.append(Line(label, 60, 150, y, y + 9, 9.0))
        out += [Line(v, x, x + 20, y, y + 9, 9.0) for v, x in zip(row, (230, 300, 370), strict=True)]
    return out


@pytest.mark.parametrize(
    ("header", "gaps", "expected"),
    [
        ("Length, km With seal, h Difference, %", {1: 30.0, 4: 25.0}, ["Length, km", "With seal, h", "Difference, %"]),
        ("Длина, км С пломбой, ч Разница, %", {1: 30.0, 4: 40.0}, ["Длина, км", "С пломбой, ч", "Разница, %"]),
    ],
)
def test_header_cells_run_into_one_line_are_parted_by_their_gaps(header: str, gaps: dict[int, float],
                                                                expected: list[str]) -> None:
    lines = [Line("Route", 60, 90, 100, 109, 9.0), _spaced(header, 200, 100, 9.0, gaps)]
    lines += _rows(["Minsk — Brest", "Moscow — Kazan"], [["7 420", "196", "21,9"], ["5 860", "162", "20,2"]], 115)
    (grid,) = find_grids(lines, 1)
    assert grid.table.header == ["Route", *expected] and grid.first == 0
    assert grid.table.rows[0] == ["Minsk — Brest", "7 420", "196", "21,9"]


@pytest.mark.parametrize("label", [("Без мер", "контроля"), ("Without", "control")])
def test_a_rows_label_on_two_lines_stays_one_cell(label: tuple[str, str]) -> None:
    lines = [Line("Group", 60, 90, 100, 109, 9.0)] + [Line(y, x, x + 20, 100, 109, 9.0)
                                                     for y, x in (("2019", 230), ("2020", 300), ("2021", 370))]
    lines += _rows([label[0]], [["61,4", "66,2", "72,5"]], 115)
    lines.append(Line(label[1], 60, 100, 125, 134, 9.0))
    lines += _rows(["Досмотр" if label[0] == "Без мер" else "Inspection"], [["6,8", "5,5", "4,4"]], 139)
    (grid,) = find_grids(lines, 1)
    assert grid.table.rows[0][0] == " ".join(label) and len(grid.table.rows) == 2
    assert grid.last == len(lines) - 1
