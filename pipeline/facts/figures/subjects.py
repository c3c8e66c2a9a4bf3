"""What a figure measures: cue lemmas («товарооборот», «экспорт», "trade") found in its sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from ...data import load_tsv
from ...nlp.lang import fold
from ...nlp.models import Models
from ...record import Article

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[;:]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[А-ЯЁA-Z])")
LOOK_BACK = 20  # tokens before the number searched for a cue: farther ones name something else
LOOK_AHEAD = 10  # tokens after the number searched when no cue stands before it


@dataclass
class Clause:
    """A stretch of text (a sentence) with its words' lemmas: (start, end, lemma)."""

    start: int
    end: int
    tokens: list[tuple[int, int, str]] = field(default_factory=list)
    stemmed: bool = False  # lemmas are plain lower case: compare by stem


def implied_unit(measure: str | None) -> tuple[float, str, str] | None:
    """The unit a measure names by itself, in a table's header or as a figure's subject in prose:
    "Population" and «население» count people."""
    if not measure:
        return None
    low = " ".join(measure.lower().split())
    for word, unit, kind in load_tsv("implied_units.tsv", 3):
        if low.startswith(word):
            return 1.0, unit, kind
    return None


@cache
def cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(cue lemmas, subject) pairs, longest cues first."""
    rows = [(tuple(fold(cue).split()), subject) for cue, subject in load_tsv("figure_subjects.tsv", 2)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def clauses(article: Article, models: Models | None = None) -> Iterator[Clause]:
    """The sentences of the article with lemmas: from `sentences` when filled, else split here."""
    if article.sentences:
        for s in article.sentences:
            yield Clause(s.start, s.end, [(t.start, t.end, t.folded[0]) for t in s.tokens])
        return
    text = article.text
    lemma = models.morph.lemma if models is not None else str.lower
    start = 0
    bounds = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for end in bounds:
        tokens = [(m.start(), m.end(), fold(lemma(m.group()))) for m in _WORD.finditer(text, start, end)]
        yield Clause(start, end, tokens, stemmed=models is None)
        start = end


def _same(token: str, cue: str, stemmed: bool) -> bool:
    if token == cue:
        return True
    if token.isascii():  # English plurals, when no lemmatiser has seen the word
        return token in (cue + "s", cue + "es", cue[:-1] + "ies")
    # Russian words without lemmas: a shared stem will do
    return stemmed and len(cue) >= 4 and token.startswith(cue[: max(4, len(cue) - 2)])


def _variants(word: str) -> tuple[str, ...]:
    """The tokens `_same` takes for `word` in a clause with lemmas: itself, and English plurals."""
    plurals = (word + "s", word + "es", word[:-1] + "ies")
    return (word, *(p for p in plurals if p.isascii()))


@cache
def _cues_by_word(ending: bool) -> dict[str, tuple[int, ...]]:
    """The positions in `cues()` of the cues whose last (or first) word a token can match, by token."""
    index: dict[str, list[int]] = {}
    for number, (cue, _) in enumerate(cues()):
        for token in set(_variants(cue[-1] if ending else cue[0])):
            index.setdefault(token, []).append(number)
    return {token: tuple(numbers) for token, numbers in index.items()}


def _cue_at(clause: Clause, i: int, ending: bool) -> str | None:
    """The subject of the longest cue that ends (or starts) at token `i`."""
    lemmas = [t[2] for t in clause.tokens]
    rows = cues()
    # with lemmas a cue's word is matched by a few tokens only: only the cues that token `i` can end
    # (or start) are tried, in the same order; stems are compared against every cue
    numbers = range(len(rows)) if clause.stemmed else _cues_by_word(ending).get(lemmas[i], ())
    for number in numbers:
        cue, subject = rows[number]
        n = len(cue)
        lo = i - n + 1 if ending else i
        if lo < 0 or lo + n > len(lemmas):
            continue
        if all(_same(lemmas[lo + k], cue[k], clause.stemmed) for k in range(n)):
            return subject
    return None


def subject_before(clause: Clause, start: int, end: int) -> str | None:
    """The subject named nearest before `start` in the clause (up to a «;»), else just after `end`."""
    tokens = clause.tokens
    before = [i for i, t in enumerate(tokens) if t[1] <= start][-LOOK_BACK:]
    for i in reversed(before):
        if tokens[i][2] == ";":
            break
        subject = _cue_at(clause, i, ending=True)
        if subject:
            return subject
    after = [i for i, t in enumerate(tokens) if t[0] >= end][:LOOK_AHEAD]
    for i in after:
        if tokens[i][2] == ";":
            break
        subject = _cue_at(clause, i, ending=False)
        if subject:
            return subject
    return None


def subject_of(words: str, models: Models | None = None) -> str | None:
    """The subject a short label names («Экспорт», "Exports of goods"), or None."""
    lemma = models.morph.lemma if models is not None else str.lower
    tokens = [(m.start(), m.end(), fold(lemma(m.group()))) for m in _WORD.finditer(words)]
    clause = Clause(0, len(words), tokens, stemmed=models is None)
    for i in range(len(tokens)):
        subject = _cue_at(clause, i, ending=False)
        if subject:
            return subject
    return None
