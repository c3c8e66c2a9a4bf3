"""Enumerations: numbered and bulleted lists, «во-первых, во-вторых» («первое — ..., второе — ...»)
sequences and lists after a colon,
each with the sentence that introduces it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..lexicon.cues import LIST_MARKERS, any_word, list_marker
from ..nlp.lang import detect
from ..record import Article, Block, Token

_LOOKBACK = 400  # how far before a list its introducing sentence may end, in characters


@dataclass
class Unit:
    """A sentence cut at block boundaries: the piece of text one block holds of it."""

    start: int
    end: int
    tokens: list[Token]
    kind: str  # the kind of the block holding it
    block: int  # index of that block
    first: bool  # whether it opens its block
    lang: str = "ru"


@dataclass
class Enumeration:
    """A run of items and the sentence that introduces them (None when none precedes them)."""

    items: list[tuple[int, int]] = field(default_factory=list)
    intro: Unit | None = None
    kind: str = "list"  # list | ordinal | colon


def blocks_or_lines(article: Article) -> list[Block]:
    """The article's blocks; without them, paragraphs and marker lines of the text as blocks."""
    if article.blocks:
        return article.blocks
    out: list[Block] = []
    pos = 0
    open_block = False
    marker = list_marker(bracketed=True)
    for line in article.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            open_block = False
            continue
        lead = len(line) - len(line.lstrip())
        if marker.match(line):
            out.append(Block(kind="list_item", start=start + lead, end=end))
        elif open_block:
            out[-1].end = end
        else:
            out.append(Block(kind="paragraph", start=start + lead, end=end))
        open_block = True
    return out


def units(article: Article) -> list[Unit]:
    """Every sentence of the article cut at block boundaries, in text order (tables left out)."""
    blocks = sorted(blocks_or_lines(article), key=lambda b: b.start)
    out: list[Unit] = []
    index = 0
    for sentence in article.sentences:
        while index < len(blocks) and blocks[index].end <= sentence.start:
            index += 1
        for i in range(index, len(blocks)):
            block = blocks[i]
            if block.start >= sentence.end:
                break
            start, end = max(sentence.start, block.start), min(sentence.end, block.end)
            tokens = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            if block.kind == "table" or not tokens:
                continue
            first = not (out and out[-1].block == i and any(t.text.isalpha() for t in out[-1].tokens))
            lang = block.lang if article.blocks else detect(article.text[start:end], article.language)
            out.append(Unit(start, end, tokens, block.kind, i, first, lang))
    return out


def find_enumerations(article: Article, pieces: list[Unit] | None = None) -> list[Enumeration]:
    """Every enumeration of the article, in text order.

    Needs `sentences`; list items come from `blocks` when known, else from lines with a list marker.
    """
    pieces = units(article) if pieces is None else pieces
    blocks = blocks_or_lines(article)
    runs = _runs(article.text, blocks)
    found = [Enumeration(items=run, intro=_intro(pieces, run[0][0])) for run in runs]
    found.extend(_ordinal_runs(article, pieces))
    found.extend(_colon_runs(article, pieces))
    return sorted(found, key=lambda e: e.items[0][0])


def _runs(text: str, blocks: list[Block]) -> list[list[tuple[int, int]]]:
    """Consecutive list items (paragraphs opening with a marker too), broken by any other block but captions."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    marker = list_marker(bracketed=True)
    for block in blocks:
        if block.kind == "list_item" or block.kind == "paragraph" and marker.match(text, block.start):
            current.append((block.start, block.end))
        elif block.kind not in ("caption", "source_note") and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _intro(pieces: list[Unit], start: int) -> Unit | None:
    """The last non-list piece ending before `start`, when it ends close enough to it."""
    best = None
    for piece in pieces:
        if piece.end > start:
            break
        if piece.kind not in ("list_item", "caption", "source_note"):
            best = piece
    if best is None or start - best.end > _LOOKBACK:
        return None
    return best


def _ordinal_runs(article: Article, pieces: list[Unit]) -> list[Enumeration]:
    """«Во-первых, ... во-вторых, ...»: each item runs from its ordinal to the next one."""
    text = article.text
    marks = [m.start() for m in _ordinal().finditer(text)]
    out: list[Enumeration] = []
    group: list[int] = []
    for mark in marks:
        if group and (mark - group[-1] > 1500 or "\n\n" in text[group[-1] : mark]):
            out.extend(_ordinal_group(pieces, group))
            group = []
        group.append(mark)
    out.extend(_ordinal_group(pieces, group))
    return out


@cache
def _ordinal() -> re.Pattern[str]:
    """«во-первых,», "secondly,"; «Первое — ...», "First: ..."."""
    return re.compile(
        rf"\b(?:{any_word(LIST_MARKERS, 'sequence')}\b(?=\s*,)|{any_word(LIST_MARKERS, 'ordinal')}(?=\s*[—–:]))",
        re.I,
    )


def _ordinal_group(pieces: list[Unit], marks: list[int]) -> list[Enumeration]:
    if len(marks) < 2:
        return []
    items = []
    for i, mark in enumerate(marks):
        end = marks[i + 1] if i + 1 < len(marks) else _piece_end(pieces, mark)
        items.append((mark, end))
    return [Enumeration(items=items, intro=_intro(pieces, marks[0]), kind="ordinal")]


def _piece_end(pieces: list[Unit], offset: int) -> int:
    for piece in pieces:
        if piece.start <= offset < piece.end:
            return piece.end
    return offset


def _colon_runs(article: Article, pieces: list[Unit]) -> list[Enumeration]:
    """A sentence whose colon is followed by its own enumeration: «... включают: a, b и c»."""
    out = []
    for piece in pieces:
        if piece.kind in ("list_item", "reference", "keywords", "caption", "source_note"):
            continue
        text = article.text[piece.start : piece.end]
        colon = text.find(":")
        tail = text[colon + 1 :].strip() if colon >= 0 else ""
        if len(tail) < 15 or ("," not in tail and ";" not in tail):
            continue
        start = piece.start + colon + 1
        head_tokens = [t for t in piece.tokens if t.end <= start]
        if sum(t.text.isalpha() for t in head_tokens) < 2:
            continue
        head = Unit(piece.start, start, head_tokens, piece.kind, piece.block, piece.first, piece.lang)
        out.append(Enumeration(items=[(start, piece.end)], intro=head, kind="colon"))
    return out
