"""Names matched as sequences of lemmas over an article's words: one dict lookup a word.

A name is cut into word pieces; a piece written with two or more capitals (ЕАЭС, ВТамО, USA;
U.S. as US) or a single capital letter must match as written, any other piece by its lemma, so that
«Евразийской экономической комиссии» matches «Евразийская экономическая комиссия».
Quotes, hyphens and dashes are transparent; other punctuation ends a possible match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, NamedTuple, TypeVar

from ..nlp.lang import fold, has_cyrillic, without_yo
from ..nlp.morph import Morph
from ..record import Article

V = TypeVar("V")

# capitals with their points (U.S., U.K., «А.И.») are one piece: a point between them ends no name
# and a point inside a word is no piece ("Yandex.Toloka", "Lenta.ru")
_PIECE = re.compile(r"(?:[A-ZА-ЯЁ]\.){2,}(?![^\W\d_])|[^\W_]+|(?<![^\W_])\.(?![^\W_])|(?<=\s)\.|^\.|\.(?=\s|$)|[^\w\s.«»\"“”„'’‘`\-‐‑‒–—―]")
_BARRIER = "\0"
_INSIDE_A_WORD = re.compile(r"[^\W_]\.[^\W_]")


class Piece(NamedTuple):
    """A word (or a punctuation mark) of the text with its lemma and its offsets (a tuple: made
    for every word of every article, it must cost little to make)."""

    text: str
    start: int
    end: int
    lemma: str
    sentence_start: bool = False
    exact: str = ""  # these three follow from the text: see `piece`
    capital: bool = False
    word: bool = False


def piece(text: str, start: int, morph: Morph, sentence_start: bool = False) -> Piece:
    """The piece of one word (or mark) written at `start`, with what its text tells, worked out once a word."""
    lemma, exact, capital, word = _read(text, morph)
    return Piece(text, start, start + len(text), lemma, sentence_start, exact, capital, word)


@lru_cache(maxsize=100_000)
def _read(text: str, morph: Morph) -> tuple[str, str, bool, bool]:
    lemma = lemma_of(text, morph)
    return lemma, _exact(text), text[:1].isupper(), lemma != _BARRIER


@dataclass(frozen=True)
class Match(Generic[V]):
    """A name found in the text: pieces [first, last) and the value the name stands for."""

    first: int
    last: int
    start: int
    end: int
    value: V


_DOTTED = re.compile(r"(?:[A-ZА-ЯЁ]\.){2,}")


_CASE_ENDING = re.compile(r"([А-ЯЁ]{2,})(?:а|у|е|ом|ой|ы|ов|ам|ами|ах)")  # «МИДа», «МИДе», «МИДом»: МИД declined


def _exact(word: str) -> str:
    """The key of a word matched as written; capitals with points as without them (U.S. as US), Russian
    capitals with a case's ending as without it («МИДе» as МИД)."""
    if declined := _CASE_ENDING.fullmatch(word):
        word = declined.group(1)
    return "=" + without_yo(word.replace(".", "") if _DOTTED.fullmatch(word) else word)


@lru_cache(maxsize=50_000)
def is_abbreviation(word: str) -> bool:
    """Whether a word is written as an abbreviation (ЕАЭС, ВТамО, ЕврАзЭС, U): matched as written."""
    capitals = sum(map(str.isupper, word))
    return capitals >= 2 or (len(word) == 1 and word.isupper())


def lemma_of(word: str, morph: Morph) -> str:
    """The lemma key of one word piece: a Russian normal form, lower case for other words.

    Lower-case words take the lemma the NLP layer already computed (cached by `Morph`); only
    capitalised words, where names are, are looked at more closely.
    """
    if not word[:1].isalnum():
        return _BARRIER
    if not has_cyrillic(word):
        return word.lower()
    if word[:1].isupper():
        return _russian_lemma(word.lower(), morph)
    return fold(morph.lemma(word))


@cache
def _russian_lemma(word: str, morph: Morph) -> str:
    """The normal form that every case of a name shares.

    A place-name reading wins (pymorphy files «Чад» under «чадо», «Филиппин» under a first
    name), the word's own first (pymorphy reads «Ливан» as a case of «Ливаны» before «Ливан»),
    then an adjective's reading (else «Главное» is a noun and «Главного» an adjective).
    """
    parses = morph.parse(word)
    # only readings of words the dictionary holds: a guess from a word's end or a known word inside it
    # («Рос|атома» as a place, «Росатом» as an adjective's case) is no evidence against the likeliest
    known = [p for p in parses if len(p.methods_stack) == 1]
    places = [p for p in known if "Geox" in p.tag]
    chosen = next((p for p in places if p.normal_form == word), places[0] if places else None)
    if chosen is None:
        chosen = next((p for p in known if p.tag.POS in ("ADJF", "PRTF")), parses[0])
    return fold(str(chosen.normal_form))


def split(text: str, offset: int, morph: Morph) -> list[Piece]:
    """The pieces of a string whose first character sits at `offset` in the article."""
    if text.isalpha():
        return [piece(text, offset, morph)]
    return [piece(m.group(), offset + m.start(), morph) for m in _PIECE.finditer(text)]


def pieces(article: Article, morph: Morph) -> list[Piece]:
    """The pieces of every token of the article, in text order, first pieces of sentences marked.

    Kept in `article.extra` for the next stage that asks, while the sentences stay the same.
    """
    cached = article.extra.get("_pieces")
    if cached is not None and cached[0] == (len(article.sentences), len(article.text)):
        return list(cached[1])
    out = _pieces(article, morph)
    article.extra["_pieces"] = ((len(article.sentences), len(article.text)), tuple(out))
    return out


def _pieces(article: Article, morph: Morph) -> list[Piece]:
    out: list[Piece] = []
    text = article.text
    for sentence in article.sentences:
        first = True
        for token in sentence.tokens:
            if token.text == "." and _INSIDE_A_WORD.match(text, token.start - 1):
                continue  # a point inside a word the tokenizer split off ("Yandex.Toloka"): as `split` reads it
            for p in split(token.text, token.start, morph):
                if first and p.word:
                    p = piece(p.text, p.start, morph, sentence_start=True)
                    first = False
                out.append(p)
    if not article.sentences and article.text:
        out = split(article.text, 0, morph)
    return out


@lru_cache(maxsize=50_000)
def keys(name: str, morph: Morph) -> tuple[str, ...]:
    """The lookup keys of a name: exact forms for abbreviations, lemmas for other words."""
    out = []
    for m in _PIECE.finditer(name):
        word = m.group()
        if not word[:1].isalnum():
            continue
        out.append(_exact(word) if is_abbreviation(word) else lemma_of(word, morph))
    return tuple(out)


_HYPHEN_INSIDE = re.compile(r"\b([A-Za-z]{2,4})-([a-z])")  # "Co-operation": "Cooperation"
_SPELT = (("isation", "ization"), ("ization", "isation"))  # "Organisation": "Organization"


def _spellings(name: str) -> list[str]:
    """An English name as British and American writers spell it, hyphened and closed up ("Organisation
    for Economic Co-operation", "Organization for Economic Cooperation"); other names as they are."""
    if has_cyrillic(name):
        return [name]
    out = [name]
    if (closed := _HYPHEN_INSIDE.sub(r"\1\2", name)) != name:
        out.append(closed)
    for british, american in _SPELT:
        out += [v.replace(british, american) for v in out if british in v and v.replace(british, american) not in out]
    return out


class Gazetteer(Generic[V]):
    """Names (as key sequences) to values; the longest name wins where names overlap."""

    def __init__(self, morph: Morph, synonyms: dict[str, str] | None = None) -> None:
        """`synonyms` maps keys that stand for one another («белоруссия», «=РБ») to one key."""
        self.morph = morph
        self.synonyms = synonyms or {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._small_first: set[str] = set()  # first keys of names that may open in small letters (see `scan`)
        self._small_words: set[str] = set()  # the keys of one-word names that may be written in small letters

    def add(self, name: str, value: V) -> None:
        """Add a name in each of its English spellings; a one-word name that is not its own lemma (Того)
        is matched as written."""
        for spelling in _spellings(name):
            self._add(spelling, value)

    def _add(self, name: str, value: V) -> None:
        seq = keys(name, self.morph)
        if not seq:
            return
        seq = tuple(self.synonyms.get(k, k) for k in seq)
        if len(seq) == 1 and self._is_function_word(name):
            seq = ("^" + seq[0],)
        if len(seq) >= 3 and _in_capitals(seq[-1]):
            self._small_first.add(seq[0])
        if len(seq) == 1 and has_cyrillic(name) and " " not in name.strip() \
                and any("Orgn" in p.tag for p in self.morph.parse(name.lower())[:1]):
            self._small_first.add(seq[0])  # «еврокомиссии», «минфина»: a word the dictionary files as a body's name
            self._small_words.add(seq[0])
        entries = self._by_first.setdefault(seq[0], [])
        if all(existing != seq for existing, _ in entries):
            entries.append((seq, value))
            entries.sort(key=lambda e: -len(e[0]))

    def _canon(self, piece: Piece) -> tuple[str, str]:
        """A piece's exact and lemma keys, with synonyms replaced."""
        return self.synonyms.get(piece.exact, piece.exact), self.synonyms.get(piece.lemma, piece.lemma)

    def _is_function_word(self, word: str) -> bool:
        """Whether a one-word name is also a pronoun or particle («Того»): not matched first in a sentence."""
        if not has_cyrillic(word):
            return False
        return any(
            p.tag.POS in ("NPRO", "PREP", "CONJ", "PRCL") or "Apro" in p.tag for p in self.morph.parse(word.lower())
        )

    def add_all(self, names: Iterable[str], value: V) -> None:
        for name in names:
            if name:
                self.add(name, value)

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._by_first.values())

    def __contains__(self, name: str) -> bool:
        return self.lookup(name) is not None

    def lookup(self, name: str) -> V | None:
        """The value of a name given as a whole («Belarus» and «Беларусь» alike by their synonyms), or None."""
        seq = tuple(self.synonyms.get(k, k) for k in keys(name, self.morph))
        for s, value in self._by_first.get(seq[0] if seq else "", []):
            if s == seq:
                return value
        return None

    def scan(self, text_pieces: list[Piece]) -> list[Match[V]]:
        """Every non-overlapping longest match, left to right; a match starts with a capital, or ends, three words
        or more, with letters in capitals («таможенный союз ЕС», "customs union of the EU"), or is one word the
        dictionary files as a body's name («глава еврокомиссии»)."""
        found: list[Match[V]] = []
        i, n = 0, len(text_pieces)
        while i < n:
            match = self._match_at(text_pieces, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.last
        return found

    def _match_at(self, ps: list[Piece], i: int) -> Match[V] | None:
        first = ps[i]
        if not first.word:
            return None
        # in small letters only a name its owner's letters close may open («таможенный союз ЕС»; most words are
        # answered at once), and not inside a name a capital opened before it («Всемирной | продовольственной ...
        # организации ООН»)
        if not first.capital and first.lemma not in self._small_words \
                and (self.synonyms.get(first.lemma, first.lemma) not in self._small_first or i and ps[i - 1].capital and ps[i - 1].word):
            return None
        best: Match[V] | None = None
        exact, lemma = self._canon(first)
        starts = [exact, lemma] if first.sentence_start or not first.capital else [exact, lemma, "^" + lemma]
        for key in starts:
            for seq, value in self._by_first.get(key, ()):
                last = i + len(seq)
                if last > len(ps) or (best is not None and last <= best.last):
                    continue
                if not first.capital and not (len(seq) >= 3 and _in_capitals(seq[-1])) \
                        and not (len(seq) == 1 and seq[0] in self._small_words):
                    continue  # (another name that opens with the same word)
                if all(seq[k] in self._canon(ps[i + k]) for k in range(1, len(seq))):
                    best = Match(i, last, first.start, ps[last - 1].end, value)
                    break
        return best


def _in_capitals(key: str) -> bool:
    """Whether a key is of a piece matched as written in capitals (ЕС, EU)."""
    return sum(map(str.isupper, key)) >= 2
