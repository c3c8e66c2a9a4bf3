"""Facts the footnotes give: the organisations, legal acts and countries a note of prose names.

Journals put part of the argument under the line: the act a law article rests on («Новый закон «Об
образовании», принятый в 2012 г., ...»), the agreements a trade paper lists ("CAFTA, AGOA and the
Trans Pacific Partnership"), the agency whose data a table uses. The notes are not in `text` (the
record keeps them in `footnotes`), so they are read apart: each note of prose (not a work's
description, a rights line, an affiliation or an address) is run through the same stages as the body;
a note that cites a legal act («Постановление Правительства РФ от ... № 871 «О ...»: http://...») gives
that act, though it reads as a work's description. A fact the body names too gains the notes'
mentions (`footnote_mentions`). The article's facts come from its title, abstracts and body: an
organisation, act or country only the notes name goes to the record's `noted`, apart, with
`footnote_mentions` equal to its `mentions` (a country so named is often an example given in passing:
"some countries (e.g., Greece, Portugal) ...", never one of the article's). In-text citations of the
notes are masked as the body's are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ..context import Context, Stage
from ..layout import front, references, support
from ..nlp.annotate import annotate
from ..nlp.lang import detect, has_cyrillic
from ..nlp.morph import Morph
from ..record import Article, Block, Country, Footnote, Organisation, Treaty
from .acts.extract import extract_treaties
from .acts.lexicon import kind_words
from .countries import extract_countries
from .organisations.resolve import extract_organisations

_STAGES = (
    Stage("notes:nlp", annotate, needs=("text", "blocks"), fills=("sentences", "ner")),
    Stage("notes:countries", extract_countries, needs=("text", "sentences", "ner"), fills=("countries",)),
    Stage("notes:organisations", extract_organisations, needs=("text", "sentences", "ner", "countries"),
          fills=("organisations",)),
    Stage("notes:treaties", extract_treaties, needs=("sentences", "countries", "organisations"), fills=("treaties",)),
)
_APPARATUS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\b10\.\d{4,9}/\S")  # an e-mail address, a DOI
_URL_ONLY = re.compile(r"\S*(?:https?://|www\.|//)\S*")
_MIN_PROSE = 20  # characters: a shorter note is a mark's remnant, a page or a word
_PROSE_WORDS = 4  # lower-case words of more than three letters: a note naming an institution with fewer is an affiliation


def prose(note: Footnote, first_page: int | None = 1) -> bool:
    """Whether a footnote is a note of prose, whose names are the article's: not a work's description,
    a link, table cells, a rights line, an address (an e-mail's), a DOI, thanks or funding, nor an
    affiliation (a note that names an institution in a few words, or anywhere under the first page,
    where the authors' notes stand)."""
    text = " ".join(note.text.split())
    words = text.split()
    numbers = sum(not any(c.isalpha() for c in w) for w in words)
    if sum(w.isalpha() and w.islower() for w in words) < 3 or numbers > 0.3 * len(words):
        return False  # the cells of a table, a list of codes
    if front.names_an_institution(text) and (
            note.page == first_page or sum(w.isalpha() and w.islower() and len(w) > 3 for w in words) < _PROSE_WORDS):
        return False
    if _APPARATUS.search(text):
        return False  # an author's address, an article's history or a reference list the layout set as a note
    return (len(text) >= _MIN_PROSE and not _URL_ONLY.fullmatch(text) and not references.bibliographic(text)
            and front.kind_of(text) is None and not front.address(text) and not support.support_statement(text)
            and not support.thanks_or_funding(text))


def read_notes(article: Article, context: Context) -> Article:
    """Add the organisations, countries and legal acts the notes of prose name, and the acts the notes
    that cite one name (see the module).

    Needs `footnotes`, `references` (the surnames their citations open with), the body's facts and
    `language`; runs before `finish`.
    """
    first_page = next((b.page for b in article.blocks if b.kind == "title" and b.page), 1)  # the authors' notes stand there
    morph = context.models.morph
    notes = [" ".join(f.text.split()) for f in article.footnotes if prose(f, first_page)]
    cited = [" ".join(f.text.split()) for f in article.footnotes
             if not prose(f, first_page) and cites_an_act(f.text, morph)]
    if notes:
        read, counts = _read(notes, article, context)
        _join(article.countries, read.countries, counts, _country_names, "cty", article.noted.countries)
        _join(article.organisations, read.organisations, counts, _organisation_names, "org", article.noted.organisations)
        _join_acts(article, read, counts)
    if cited:
        read, counts = _read(cited, article, context)
        _join_acts(article, read, counts)
    return article


def _join_acts(article: Article, read: Article, counts: dict[str, int]) -> None:
    """The notes' acts into the article's (`_join`); a provision then points to its act's id there."""
    before = {fact.id for fact in article.noted.treaties}
    joined = _join(article.treaties, read.treaties, counts, _treaty_names, "trt", article.noted.treaties)
    for fact in article.noted.treaties:
        if fact.id not in before and fact.part_of is not None:
            fact.part_of = joined.get(fact.part_of)


def cites_an_act(note: str, morph: Morph) -> bool:
    """Whether a note opens with the naming of a legal act («Постановление Правительства РФ от ...»,
    «Федеральный закон от ...», "Regulation (EU) No ..."): a citation of the act, which is the article's
    (its publisher and its link are not)."""
    words = re.findall(r"[^\W\d_]+", note)[:2]
    kinds = kind_words()
    return any(kinds.get(morph.lemma(w) if has_cyrillic(w) else w.lower()) not in (None, "refer", "self")
               for w in words) and bool(words) and words[0][:1].isupper()


def _read(notes: list[str], article: Article, context: Context) -> tuple[Article, dict[str, int]]:
    """The notes as an article of their own, run through the fact stages, and the mentions of each fact."""
    text = "\n\n".join(notes)
    blocks, at = [], 0
    for note in notes:
        blocks.append(Block("paragraph", at, at + len(note), detect(note, article.language)))
        at += len(note) + 2
    read = Article(source=article.source, text=text, language=article.language, blocks=blocks,
                   references=article.references)
    read.masked = references.citations(text, references.surnames(article.references))
    for stage in _STAGES:
        read = stage.run(read, context)
    counts: dict[str, int] = {}
    for m in read.mentions:
        if m.fact_id:
            counts[m.fact_id] = counts.get(m.fact_id, 0) + 1
    return read, counts


def _country_names(fact: Country) -> set[str]:
    return {fact.iso2}


def _organisation_names(fact: Organisation) -> set[str]:
    return {n.casefold() for n in (fact.name, fact.name_en, fact.abbreviation, *fact.aliases) if n}


def _treaty_names(fact: Treaty) -> set[str]:
    return {n.casefold() for n in (fact.title, *fact.aliases) if n}


Fact = TypeVar("Fact", Country, Organisation, Treaty)


def _join(body: list[Fact], notes: list[Fact], counts: dict[str, int], names: Callable[[Fact], set[str]],
          prefix: str, apart: list[Fact] | None = None) -> dict[str, str]:
    """The notes' facts of one type into the body's: one that shares a name with a body fact adds
    its mentions to it; any other goes to `apart` with a fresh id (none when it is None). Returns the
    id each joined fact of the notes has now."""
    taken = {fact.id for fact in body}
    serial = len(body)
    joined: dict[str, str] = {}
    for fact in notes:
        found = counts.get(fact.id, 0) or fact.mentions or 1
        same = next((b for b in body if names(b) & names(fact)), None)
        if same is not None:
            same.footnote_mentions += found
            joined[fact.id] = same.id
            continue
        if apart is None:
            continue
        same = next((b for b in apart if names(b) & names(fact)), None)
        if same is not None:
            same.mentions += found
            same.footnote_mentions += found
            joined[fact.id] = same.id
            continue
        serial += 1
        fact_id = f"{prefix}-note{serial}"
        while fact_id in taken:
            serial += 1
            fact_id = f"{prefix}-note{serial}"
        taken.add(fact_id)
        joined[fact.id] = fact_id
        apart.append(replace(fact, id=fact_id, mentions=found, footnote_mentions=found))
    return joined
