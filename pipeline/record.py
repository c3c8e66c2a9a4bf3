"""The article record and its facts: the one object that travels through every stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .nlp.lang import fold

SCHEMA_VERSION = "1.3"


@dataclass
class Source:
    """Where a record came from."""

    path: str
    name: str
    sha256: str
    format: str
    pages: int | None = None
    size: int = 0


@dataclass
class Mention:
    """One occurrence of an entity: a span of `Article.text`, tied to its fact by `fact_id`."""

    type: str  # ORG, LOC, PER, COUNTRY, TREATY, DATE, FIGURE
    text: str
    start: int
    end: int
    page: int | None = None
    fact_id: str | None = None


@dataclass
class Organisation:
    id: str
    name: str
    name_en: str | None = None
    abbreviation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)
    registry_id: str | None = None
    footnote_mentions: int = 0  # of `mentions`, those in the footnotes (no entry in `Article.mentions`)


@dataclass
class Country:
    id: str
    name: str
    iso2: str
    name_en: str | None = None
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)
    footnote_mentions: int = 0  # of `mentions`, those in the footnotes (no entry in `Article.mentions`)


@dataclass
class Treaty:
    id: str
    title: str
    kind: str = "other"
    date: str | None = None
    year: int | None = None
    parties: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)
    footnote_mentions: int = 0  # of `mentions`, those in the footnotes (no entry in `Article.mentions`)
    provision: str | None = None  # of a provision («ст. 158 УК РФ»): its number, "158"
    part_of: str | None = None  # of a provision: the `id` of the act it belongs to


@dataclass
class DateFact:
    id: str
    text: str
    kind: str  # point | range | deadline
    value: str
    end: str | None = None
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)
    start: int = 0  # offset of the first occurrence in Article.text
    stop: int = 0


@dataclass
class Figure:
    id: str
    text: str
    value: float
    unit: str | None
    kind: str  # money | percent | quantity
    subject: str | None = None
    year: int | None = None
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)
    start: int | None = None  # offset in Article.text, None for a table cell
    stop: int | None = None
    table: int | None = None  # index into Article.tables for a table cell
    row: str | None = None
    column: str | None = None


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Direction:
    id: str
    label: str
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    mentions: int = 0
    confidence: float = 0.0  # 0..1, from the evidence behind the fact (facts/confidence.py)


@dataclass
class Table:
    caption: str | None
    header: list[str]
    rows: list[list[str]]
    page: int | None = None
    id: str = ""
    start: int | None = None  # where the table (or its caption) sits in Article.text
    note: str | None = None  # «Источник: ...» under the table


@dataclass
class Block:
    """A structural piece of the cleaned text: heading, paragraph, list item, caption, ..."""

    kind: str  # title|abstract|keywords|heading|paragraph|list_item|caption|source_note|reference|table
    start: int
    end: int
    lang: str = "ru"
    page: int | None = None


@dataclass
class Author:
    """An author as printed, with indexes into `Article.affiliations`."""

    name: str
    affiliations: list[int] = field(default_factory=list)
    email: str | None = None
    orcid: str | None = None

    @property
    def surname(self) -> str:
        """The name's longest word, its surname beside the initials («А.М. Бахметьев», "Kulyabov D.S.")."""
        return max(re.findall(r"[^\W\d_]{2,}", self.name), key=len, default="")


@dataclass
class Footnote:
    """A footnote: its mark, its text and its page; neither is in `Article.text`."""

    mark: str
    text: str
    page: int | None = None


@dataclass
class Noted:
    """The organisations, legal acts and countries only the footnotes name: facts of the article come
    from its title, abstracts and body, and these stand apart, each with its `footnote_mentions`."""

    organisations: list[Organisation] = field(default_factory=list)
    treaties: list[Treaty] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)


@dataclass
class Reference:
    """One entry of the reference list, as printed, with what could be read off it."""

    text: str
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    year: int | None = None
    doi: str | None = None


@dataclass
class Token:
    """A word of a sentence, with its lemma (not serialised)."""

    text: str
    start: int
    end: int
    lemma: str

    @cached_property
    def folded(self) -> tuple[str, str]:
        """Its lemma and its text in lower case with «ё» as «е», the forms cue words are compared in (folded
        once: relevance and directions ask it of every word)."""
        return fold(self.lemma), fold(self.text)


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Article:
    """Everything the pipeline knows about one document."""

    source: Source
    text: str = ""
    language: str = "ru"
    title: str | None = None
    titles: dict[str, str] = field(default_factory=dict)  # language -> the title as printed in it
    abstract: dict[str, str] = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    authors: list[Author] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    identifiers: dict[str, str | None] = field(default_factory=lambda: {"udc": None, "doi": None, "issn": None})
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    noted: Noted = field(default_factory=Noted)  # what only the footnotes name
    organisations: list[Organisation] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    treaties: list[Treaty] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    directions: list[Direction] = field(default_factory=list)
    relevance: float = 0.0  # 0..1: how much the article is about customs or trade cooperation
    summary: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)  # offset where each page begins
    sentences: list[Sentence] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)  # in-text citations: no facts come from them
    recased: list[tuple[int, str]] = field(default_factory=list)  # blocks set in capitals, as facts read them
    pipeline_version: str = ""
    schema_version: str = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def scholarly(self) -> bool:
        """Whether the document is a scholarly article: it has references, notes or an abstract, or authors with
        their affiliations or on a paper's pages; a news story's byline alone ("By Nik Martin") makes none."""
        return bool(self.references or self.footnotes or any(b.kind == "abstract" for b in self.blocks)
                    or self.authors and (self.affiliations or self.source.format == "pdf"))

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding `offset`, or None when the source has no pages."""
        if not self.page_starts:
            return None
        lo, hi = 0, len(self.page_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.page_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    @property
    def content(self) -> str:
        """`text` with the masked spans blanked and the blocks set in capitals in sentence case, every
        offset unchanged: what facts are read from."""
        if not self.masked and not self.recased:
            return self.text
        key = (self.text, tuple(self.masked), tuple(self.recased))
        cached = self.__dict__.get("_content")
        if cached is not None and cached[0] == key:  # every stage asks; the text is made once
            return cached[1]
        chars = list(self.text)
        for start, written in self.recased:
            chars[start:start + len(written)] = written
        for start, end in self.masked:
            chars[start:end] = " " * (end - start)
        content = "".join(chars)
        self.__dict__["_content"] = (key, content)
        return content

    def blocks_of(self, *kinds: str) -> list[Block]:
        """The blocks of the given kinds, in text order."""
        return [b for b in self.blocks if b.kind in kinds]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]
