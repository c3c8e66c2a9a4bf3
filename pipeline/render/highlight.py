"""The cleaned text as a tree of plain nodes: blocks, entity highlights, evidence anchors, page marks.

Nothing here is markup: the template walks the nodes and escapes every piece of text.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from typing import Any

from ..facts.registry import MARKS
from ..ingest.tables import column_header
from ..intervals import Ranges
from ..record import Article, Block, Mention

ENTITY_LABELS = {m.type: m.label for m in MARKS}
_BLOCK_TAGS = {"title": "h2", "heading": "h3", "paragraph": "p", "abstract": "p", "keywords": "p",
               "caption": "p", "source_note": "p", "table": "p"}
_GROUPED = {"list_item": "list", "reference": "references"}

Span = tuple[int, int, int, dict[str, Any]]


def entity_class(kind: str) -> str:
    """The CSS class of an entity type."""
    return "ent-" + (re.sub(r"[^a-z0-9]", "", kind.lower()) or "other")


def entity_marks() -> list[dict[str, Any]]:
    """Each type of mention with its CSS class and colour, for the stylesheet."""
    return [{"cls": entity_class(m.type), "colour": m.colour} for m in MARKS]


def nest(items: list[Span], lo: int, hi: int, text: str) -> list[dict[str, Any]]:
    """Text [lo, hi) as a tree of nodes, spans (start, end, rank, node) nested inside one another.

    A span that crosses the end of an enclosing one is split there, so the tree stays well formed
    and no highlight is lost; zero-width spans (page marks) come before spans starting at their place.
    """
    root: dict[str, Any] = {"end": hi, "c": []}
    stack = [root]
    heap = [(s, 0 if s == e else 1, -e, r, i, e, n) for i, (s, e, r, n) in enumerate(items)]
    heapq.heapify(heap)
    seq = len(heap)
    while heap:
        s, _, _, rank, _, e, node = heapq.heappop(heap)
        while len(stack) > 1 and stack[-1]["end"] <= s:
            stack.pop()
        top = stack[-1]
        if e > top["end"]:
            rest = {k: v for k, v in node.items() if k != "id"}
            heapq.heappush(heap, (top["end"], 1, -e, rank, seq, e, rest))
            seq += 1
            e = top["end"]
        placed = {**node, "start": s, "end": e, "c": []}
        top["c"].append(placed)
        if e > s:
            stack.append(placed)
    _fill(root, lo, text)
    return root["c"]


def _fill(node: dict[str, Any], start: int, text: str) -> None:
    """Put the text between a node's children into text leaves; drop the bookkeeping offsets."""
    out: list[dict[str, Any]] = []
    pos = start
    for child in node["c"]:
        if child["start"] > pos:
            out.append({"t": text[pos : child["start"]]})
        _fill(child, child["start"], text)
        out.append(child)
        pos = child.pop("end")
        child.pop("start")
    if node["end"] > pos:
        out.append({"t": text[pos : node["end"]]})
    node["c"] = out


def _mention_spans(article: Article, titles: dict[str, str], labels: Callable[[str], str]) -> list[Span]:
    """Every mention as a span node; of two mentions of one span, the one tied to a fact is kept."""
    best: dict[tuple[int, int], tuple[int, Mention]] = {}
    for i, m in enumerate(article.mentions):
        if not 0 <= m.start < m.end <= len(article.text):
            continue
        key = (m.start, m.end)
        if key not in best or (best[key][1].fact_id is None and m.fact_id is not None):
            best[key] = (i, m)
    spans = []
    for i, m in best.values():
        label = labels(ENTITY_LABELS.get(m.type, m.type.title()))
        title = titles.get(m.fact_id or "", "")
        spans.append((m.start, m.end, 2, {
            "kind": "mention", "id": f"m-{i}", "cls": entity_class(m.type), "type": m.type,
            "fact": m.fact_id or "", "title": f"{label}: {title}" if title else label,
        }))
    return spans


def evidence_spans(article: Article) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Each evidence sentence once as a span node, and its anchor id by (start, end)."""
    spans: list[Span] = []
    anchors: dict[tuple[int, int], str] = {}
    for d in article.directions:
        for e in d.evidence:
            if (e.start, e.end) in anchors or not 0 <= e.start < e.end <= len(article.text):
                continue
            anchors[(e.start, e.end)] = f"ev-{len(anchors) + 1}"
            spans.append((e.start, e.end, 1, {"kind": "evidence", "id": anchors[(e.start, e.end)]}))
    return spans, anchors


def _text_blocks(article: Article) -> list[Block]:
    """The article's blocks, with any text they leave out added back as paragraphs."""
    blocks = sorted((b for b in article.blocks if 0 <= b.start < b.end <= len(article.text)),
                    key=lambda b: b.start)
    out: list[Block] = []
    pos = 0
    for b in [*blocks, Block("end", len(article.text), len(article.text))]:
        if b.start > pos:
            for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", article.text[pos : b.start], re.S):
                out.append(Block("paragraph", pos + m.start(), pos + m.end(), article.language))
        if b.kind != "end" and b.start >= pos:
            out.append(b)
            pos = b.end
    return out


def body_view(article: Article, titles: dict[str, str],
              labels: Callable[[str], str] = str) -> list[dict[str, Any]]:
    """The cleaned text as a list of blocks (and tables and page marks), each a tree of nodes;
    `labels` puts the names of entity types into the page's language."""
    spans = Ranges(_mention_spans(article, titles, labels) + evidence_spans(article)[0])
    pages = [(i + 1, p) for i, p in enumerate(article.page_starts)]
    ocr = set(article.ocr_pages)
    tables = sorted(((t.start if t.start is not None else len(article.text), i) for i, t in
                     enumerate(article.tables)))
    figure_cells = _figure_cells(article, titles)
    out: list[dict[str, Any]] = []
    for block in _text_blocks(article):
        while pages and pages[0][1] <= block.start:
            n = pages.pop(0)[0]
            out.append({"kind": "page", "n": n, "ocr": n in ocr})
        while tables and tables[0][0] <= block.start:
            out.append(_table_view(article, tables.pop(0)[1], figure_cells))
        inside = [(max(s, block.start), min(e, block.end), r, n if s >= block.start else _strip_id(n))
                  for s, e, r, n in spans.overlapping(block.start, block.end)]
        while pages and pages[0][1] < block.end:
            n, at = pages.pop(0)
            inside.append((at, at, 0, {"kind": "page", "n": n, "ocr": n in ocr}))
        item = {"kind": block.kind, "tag": _BLOCK_TAGS.get(block.kind, "p"), "lang": block.lang,
                "nodes": nest(inside, block.start, block.end, article.text)}
        group = _GROUPED.get(block.kind)
        if group and out and out[-1]["kind"] == group:
            out[-1]["items"].append(item)
        elif group:
            out.append({"kind": group, "items": [item]})
        else:
            out.append(item)
    out.extend({"kind": "page", "n": n, "ocr": n in ocr} for n, _ in pages)
    out.extend(_table_view(article, i, figure_cells) for _, i in tables)
    return out


def _strip_id(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k != "id"}


def _figure_cells(article: Article, titles: dict[str, str]) -> dict[tuple[int, str, str], str]:
    return {(f.table, f.row or "", f.column or ""): titles.get(f.id, "")
            for f in article.figures if f.table is not None}


def _table_view(article: Article, index: int, cells: dict[tuple[int, str, str], str]) -> dict[str, Any]:
    table = article.tables[index]
    rows = []
    for row in table.rows:
        label = row[0] if row else ""
        rows.append([{"text": cell, "figure": cells.get((index, label, column_header(table, j, len(row)) or ""), "")
                      if j else ""} for j, cell in enumerate(row)])
    return {"kind": "data_table", "id": table.id or f"table-{index + 1}", "caption": table.caption or "",
            "header": list(table.header), "rows": rows, "note": table.note or "", "page": table.page}


