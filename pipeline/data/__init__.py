"""The one loader of the package's data files (gazetteers, cue words, registries).

Every file is read and checked here: a malformed line fails with a `DataFileError` that names the
file, the line and what was expected. See README.md in this folder for the files and their forms.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from ..errors import DataFileError

DATA: Traversable = resources.files("pipeline").joinpath("data")
"""Where the data files are."""

LANGUAGES = ("ru", "en", "any")
"""Values of the language column of a word file: `any` for forms written alike in both (©, DOI, •)."""

WORD_FILES: dict[str, tuple[str, ...]] = {
    "labels.tsv": (
        "abstract", "keywords", "references", "appendix", "source", "table", "figure", "division",
        "catalogue", "received", "contact", "affiliation", "cited", "page", "page_of", "number_sign",
        "number_label", "article_type", "citation", "rights", "concepts", "back", "back_heading", "introduction", "background",
        "self", "funding", "thanks", "editors", "funders", "honorific", "degree", "byline", "notes", "cover", "contents", "abstract_section",
        "statement", "section_word",
    ),
    "list_markers.tsv": ("bullet", "sequence", "ordinal"),
    "date_words.tsv": (
        "year", "year_suffix", "decade", "day_suffix", "before_year", "range_from", "range_to", "deadline",
        "deadline_date", "period_part", "compared", "quarter", "half", "year_part", "present", "time_before",
        "time_column",
    ),
    "act_words.tsv": (
        "function", "preposition", "opener", "accusative", "inner", "list_inner", "ender", "titled", "titled_by", "circumstance", "national", "numbered", "states", "issued", "court", "about", "ethics", "described", "clause",
        "place_named", "dated", "which", "was", "signed", "place", "on", "standard", "issuer", "union", "article", "section", "clause",
        "part", "field", "plural_title", "same_as", "work", "time", "amending", "prefix", "annex", "concluded", "state_actor",
        "partnership", "partnership_field", "measure",
    ),
    "function_words.tsv": ("and", "or", "definite", "indefinite", "preposition", "sentence_opener", "pronoun"),
    "definitions.tsv": ("hereinafter", "also", "called"),
    "org_words.tsv": ("preposition", "connector", "determiner", "complement", "field", "document", "eponym", "speech", "legal_form",
                      "after_name", "category", "state_body", "described", "legal_suffix", "agent", "facility", "body_after",
                      "publication", "declares", "post", "instrument", "place_noun", "place_of", "research_verb", "fieldless", "gloss", "grouping", "part",
                      "mission", "placed", "staff", "stake", "of_country", "craft", "genitive_stump", "source", "state", "field_named",
                      "honorific", "qualified", "language", "named_for", "particle"),
    "quotes.tsv": ("said",),
    "figure_words.tsv": ("each", "period", "times", "range", "unit_mark", "base", "adjective_ending", "genitive", "predicate", "per_head",
                         "part", "whole", "joined", "per_one", "from"),
    "relevance_words.tsv": ("customs", "trade", "supply", "domestic", "cooperation"),
    "table_rows.tsv": ("kind", "closing", "of"),
}
"""The word files (`kind<TAB>language<TAB>form`, one form a line) and the kinds of words each holds."""

TABLES = {
    "months.tsv": 2, "act_kinds.tsv": 3, "countries.tsv": 4, "currencies.tsv": 3, "units.tsv": 3, "scales.tsv": 3,
    "number_words.tsv": 2, "ordinals.tsv": 2, "figure_subjects.tsv": 2, "implied_units.tsv": 3, "ui_ru.tsv": 2,
    "sounds.tsv": 2, "periphrases.tsv": 2, "russian_spelling.tsv": 2, "ratio_words.tsv": 2,
}
"""The other tab-separated files and their number of fields (what each field may hold is checked by its reader)."""
LISTS = ("org_generic.txt", "org_heads.txt", "org_nonheads.txt", "org_things.txt", "org_works.txt", "org_shared_short.txt",
         "lone_scale_after.txt", "country_name_heads.txt", "country_name_before.txt",
         "country_letters_apart.txt", "ligature_words.txt", "lemma_ties.txt")
RECORDS = ("organisations.jsonl", "acts.jsonl", "directions.jsonl")


def _read(name: str) -> str:
    try:
        return DATA.joinpath(name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {name!r} is missing from the package") from exc


def _lines(name: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a data file, blank lines and `#` comments left out."""
    for number, line in enumerate(_read(name).splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield number, line


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Records of a JSON Lines data file, one object a line; `#` lines and blank lines skipped."""
    out = []
    for number, line in _lines(name):
        line = line.strip()
        if line.startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{name}, line {number}: expected a JSON object, found {line[:60]!r} ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise DataFileError(f"{name}, line {number}: expected a JSON object, found {type(record).__name__}")
        out.append(record)
    return tuple(out)


def _rows(name: str, columns: int, allowed: tuple[tuple[int, tuple[str, ...]], ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(line number, fields) of a tab-separated data file, each line checked."""
    for number, line in _lines(name):
        parts = tuple(p.strip() for p in line.split("\t"))
        if len(parts) != columns:
            raise DataFileError(f"{name}, line {number}: expected {columns} tab-separated fields, found {len(parts)}")
        for column, values in allowed:
            if parts[column] not in values:
                raise DataFileError(
                    f"{name}, line {number}: expected one of {', '.join(values)} in field {column + 1}, "
                    f"found {parts[column]!r}"
                )
        yield number, parts


@cache
def load_tsv(name: str, columns: int, allowed: tuple[tuple[int, tuple[str, ...]], ...] = ()) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file with exactly `columns` fields; `#` lines skipped.

    `allowed` pairs a field (counted from 0) with the values it may hold.
    """
    return tuple(parts for _, parts in _rows(name, columns, allowed))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a word-list data file; `#` lines skipped."""
    return tuple(line.strip() for _, line in _lines(name))


@cache
def load_words(name: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """A word file as kind -> (language, form) pairs in file order; a form listed twice for a kind fails."""
    kinds = WORD_FILES.get(name)
    if kinds is None:
        raise DataFileError(f"{name!r} is not a word file; expected one of {', '.join(WORD_FILES)}")
    out: dict[str, dict[tuple[str, str], int]] = {kind: {} for kind in kinds}
    for number, (kind, lang, form) in _rows(name, 3, ((0, kinds), (1, LANGUAGES))):
        if not form:
            raise DataFileError(f"{name}, line {number}: expected a form in field 3, found none")
        if (lang, form) in out[kind]:
            raise DataFileError(f"{name}, line {number}: {kind} {form!r} is listed already on line {out[kind][lang, form]}")
        out[kind][lang, form] = number
    return {kind: tuple(forms) for kind, forms in out.items()}


@cache
def words(name: str, kind: str, lang: str | None = None) -> tuple[str, ...]:
    """The forms of one kind of a word file, in file order; with `lang`, those of that language and `any`."""
    return tuple(form for form_lang, form in load_words(name)[kind] if lang is None or form_lang in (lang, "any"))


def check_data() -> None:
    """Read every data file and check its lines: called at start, so a broken file stops the run
    before the first document rather than failing each one."""
    for name in WORD_FILES:
        load_words(name)
    for name, columns in TABLES.items():
        load_tsv(name, columns)
    for name in LISTS:
        load_lines(name)
    for name in RECORDS:
        load_jsonl(name)
