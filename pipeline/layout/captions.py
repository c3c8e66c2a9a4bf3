"""Tables tied to what the text says of them: the caption above a table («Таблица 2», "Table 2"), the
source note under it («Источник: ...»), tables set as rows of text under a caption (as in TXT files), and rows
of cells a bar divides with no caption (markdown and pasted tables)."""

from __future__ import annotations

import re
from functools import cache

from ..ingest.tables import bar_cells, fit_header, line_cells
from ..lexicon.cues import LABELS, label, word_set
from ..record import Article, Block, Table


@cache
def caption() -> re.Pattern[str]:
    """«Таблица 1. ...», «Рис. 2 – ...», "Table 3: ...", "Figure 4 Trade"."""
    return re.compile(rf"(?P<label>(?i:{label('table', 'figure')}))\s*"
                      r"(?:№\s*)?(?P<number>\d+(?:\.\d+)?)(?P<sep>\s*[.:]?\s*[-–—.:]|\s*$|\s+(?=[«\"A-ZА-ЯЁ]))")



def tie_captions(article: Article) -> None:
    """Each table caption names the nearest following table that has none; a table still without one
    takes the title line set right above it («Распределение деклараций по результатам контроля, %»)."""
    for block in article.blocks_of("caption"):
        text = article.block_text(block)
        match = caption().match(text)
        if not match or match.group("label").lower() not in word_set(LABELS, "table"):
            continue
        table = _next_table(article.tables, block)
        if table is not None:
            table.caption = " ".join(text.split())
            title = _title_line_above(article, table.start, 3) if not text[match.end():].strip() and table.start else None
            if title is not None and title.start > block.end:  # «Таблица 1», its title on the lines under it
                table.caption += " " + " ".join(article.block_text(title).split())
                title.kind = "caption"
    for table in article.tables:
        if table.caption is None and table.start is not None:
            title = _title_line_above(article, table.start)
            if title is not None:
                table.caption = " ".join(article.block_text(title).split())
                title.kind = "caption"


_TITLE_WORDS = (3, 30)  # words of a table's unlabelled title line


def _title_line_above(article: Article, start: int, most_lines: int = 1) -> Block | None:
    """The block right above a table when it is a line of a few words that ends no sentence (up to
    `most_lines` lines under a label of its own): its title."""
    above = [b for b in article.blocks if b.end <= start and b.kind in ("paragraph", "heading")]
    if not above or article.text[above[-1].end : start].strip():
        return None
    block = above[-1]
    text = article.block_text(block).strip()
    words = len(text.split())
    if text.count("\n") >= most_lines or not _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] or text[-1:] in ".!?;:" \
            or re.match(r"\d+(?:\.\d+)*\.?\s", text):
        return None
    return block


def _next_table(tables: list[Table], block: Block) -> Table | None:
    free = [t for t in tables if t.caption is None]
    placed = [t for t in free if t.start is not None and t.start >= block.start and t.start - block.end < 3000]
    if placed:
        return min(placed, key=lambda t: t.start or 0)
    if block.page is not None:
        paged = [t for t in free if t.start is None and t.page in (block.page, block.page + 1)]
        if paged:
            return paged[0]
    return None


def text_tables(article: Article) -> None:
    """A table caption followed by rows of numbers set as text (as in TXT files) becomes a `Table`.

    The block after the caption, when short and followed by rows, is the header.
    """
    blocks = article.blocks
    tied = {t.caption for t in article.tables}
    added = False
    for i, block in enumerate(blocks):
        text = " ".join(article.block_text(block).split())
        match = caption().match(text)
        if block.kind != "caption" or text in tied or not match or match.group("label").lower() not in word_set(LABELS, "table"):
            continue
        j = i + 1
        header: list[str] = []
        if j + 1 < len(blocks) and blocks[j].kind != "table" and blocks[j + 1].kind == "table" \
                and blocks[j].end - blocks[j].start <= 150:
            header = row_cells(article.block_text(blocks[j]))
            blocks[j].kind = "table"
            j += 1
        rows = []
        while j < len(blocks) and blocks[j].kind == "table":
            rows.append(row_cells(article.block_text(blocks[j])))
            j += 1
        if not rows:
            continue
        width = max(len(r) for r in rows)
        header = fit_header(header, width)
        article.tables.append(Table(caption=text, header=header, rows=rows, page=block.page,
                                    start=blocks[i + 1].start))
        added = True
    added = _bar_tables(article) or added
    if added:
        article.tables.sort(key=lambda t: (t.start is None, t.start or 0))
        for number, table in enumerate(article.tables, 1):
            table.id = f"tbl-{number}"


def row_cells(text: str) -> list[str]:
    """A table's line set as text, as cells: those a bar divides ("Iceland | 1 January 1970 | 370,335"), else the
    leading words and each number with the words after it (`line_cells`)."""
    return bar_cells(text) if "|" in text else line_cells(text)


_MIN_BAR_ROWS = 2


def _bar_tables(article: Article) -> bool:
    """Runs of table lines a bar divides that no caption introduced, as tables; their header is the line above with
    as many cells, or the two lines above when a long header ran over onto the second ("... | Population" +
    "(2021) | Area (km2) | ..."). Whether any was added."""
    blocks, added = article.blocks, False
    rows_of = [_bar_row(article, block) for block in blocks]
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and (row := rows_of[j]) is not None and len(row) == len(rows_of[i] or ()):
            j += 1
        if j - i < _MIN_BAR_ROWS or any(t.start is not None and blocks[i].start <= t.start < blocks[j - 1].end
                                        for t in article.tables):
            i = max(j, i + 1)
            continue
        rows = [row for row in rows_of[i:j] if row is not None]
        width, header = len(rows[0]), []
        above = [bar_cells(article.block_text(b)) if "|" in article.block_text(b) else [] for b in blocks[max(0, i - 2):i]]
        if above and len(above[-1]) == width:
            header = above[-1]
        elif len(above) == 2 and above[0] and above[1] and len(above[0]) + len(above[1]) - 1 == width:
            header = [*above[0][:-1], f"{above[0][-1]} {above[1][0]}", *above[1][1:]]
        # (the header's lines keep their kind: a caption or a heading run into it stays the text's)
        article.tables.append(Table(caption=None, header=header, rows=rows, page=blocks[i].page, start=blocks[i].start))
        added, i = True, j
    return added


def _bar_row(article: Article, block: Block) -> list[str] | None:
    """The cells of a block that is one line of three cells or more that bars divide, one of them a number; else None."""
    text = article.block_text(block)
    if block.kind not in ("table", "heading", "paragraph") or "\n" in text.strip() or text.count("|") < 2:
        return None
    cells = bar_cells(text)
    return cells if any(_NUMBER_CELL.fullmatch(cell) for cell in cells) else None


_NUMBER_CELL = re.compile(r"[-−–]?\d[\d \u00a0.,]*%?")


def tie_notes(article: Article) -> None:
    """A source note («Источник: ...») under a table belongs to the closest table above it."""
    for block in article.blocks_of("source_note"):
        near = [t for t in article.tables if t.note is None and t.start is not None
                and t.start <= block.start and block.start - t.start < 600]
        if near:
            table = max(near, key=lambda t: t.start or 0)
            table.note = " ".join(article.block_text(block).split())
