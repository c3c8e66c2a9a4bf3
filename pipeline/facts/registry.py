"""The fact types of the article record, each declared once.

A fact type is a list of fact records in `Article`: its record class, the type of its mentions, its
label and colour on the pages, its place and table on the article page, and its table in the exports.
The exports' columns come from the record class's fields; an entry declares only what the fields
cannot tell. Serialising, the exports, the SQLite store, mention counts, the summary, highlighting,
the reports and the evaluation read the fact types from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from types import NoneType, UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ..record import Country, DateFact, Direction, Figure, Mention, Organisation, Treaty

Plain = Literal["int", "float", "list", "str"]
Show = Literal["text", "link", "kind", "list", "period", "amount", "origin"]
Card = Literal["full", "half", "own"]


@dataclass(frozen=True)
class Colour:
    """A highlight colour of the pages: the CSS variables `--{name}` (the fill) and `--{name}-edge`."""

    name: str
    fill: str
    edge: str


@dataclass(frozen=True)
class Mark:
    """A type of mention as the article page highlights it."""

    type: str
    label: str
    colour: Colour


@dataclass(frozen=True)
class Column:
    """A column of a fact type's table on the article page: the fields it shows, and how.

    `show`: `text` the first of the fields that is given (else a dash), `link` the field linked to the
    fact's first mention, `kind` a translated kind, `list` the items of a list, `period` a start and
    an end, `amount` a value and its unit, `origin` the table cell (table, row, column) it was read from.
    """

    label: str
    fields: tuple[str, ...]
    show: Show = "text"
    cls: str = ""  # num | nowrap | small
    also: str = ""  # a list field written under the value: «also: ...»
    aside: str = ""  # a field written beside the value when it says something else


MENTIONS_COLUMN = Column("Mentions", ("mentions",), cls="num")


@dataclass(frozen=True, kw_only=True)
class Listing:
    """A list of records in the article record that the exports write as a table (a CSV file, a SQLite table)."""

    key: str  # the list's field in `Article` and in the JSON record; the name of its table
    record: type
    numbered: bool = False  # an `id` column first, the record's place in the list: its records have no id
    indexes: tuple[str, ...] = ()  # columns of its SQLite table to index

    def columns(self) -> tuple[tuple[str, Plain], ...]:
        """The table's columns, each with its plain type: the record's fields, after `id` when numbered."""
        return (("id", "int"), *record_columns(self.record)) if self.numbered else record_columns(self.record)


@dataclass(frozen=True, kw_only=True)
class FactType(Listing):
    """A fact type: a list of facts (records with an `id` and a `mentions` count) in the article record."""

    label: str  # one fact, in English: the interface words come from data/ui_ru.tsv
    plural: str  # the heading of its section on the article page
    rank: int  # its place on the article page and in its counts, lowest first
    mention: str | None = None  # the type of its mentions in `Article.mentions`; None when it has none
    colour: Colour | None = None  # of its mentions in the highlighted text
    short: str = ""  # the header of its count in the corpus report's list of articles, if not `plural`
    anchor: str = ""  # the id of its section on the article page, if not `key`
    card: Card = "full"  # half: two such sections side by side; own: a section of its own in the template
    table: tuple[Column, ...] = ()  # its table on the article page; empty: one from the record's fields
    sort: tuple[str, ...] = ()  # the table's order (a leading `-` sorts down); empty: the record's order
    chart: str = ""  # a chart above the table, by name
    counted_once: bool = False  # a fact no mention points at still occurs once (a figure from a table cell)
    scored: bool = False  # scored by the evaluation: the annotations in tests/gold give this type

    @property
    def section(self) -> str:
        """The id of its section on the article page."""
        return self.anchor or self.key

    @property
    def header(self) -> str:
        """The header of its count in the corpus report."""
        return self.short or self.plural

    @property
    def count_words(self) -> tuple[str, str]:
        """Its name after a number, singular and plural: «3 legal acts»."""
        return self.label.lower(), self.plural.lower()

    @property
    def empty(self) -> str:
        """What its section says when the article has none."""
        return f"No {self.plural.lower()} found."

    def page_table(self) -> tuple[Column, ...]:
        """Its table on the article page: as declared, else every plain field with the first one linked."""
        if self.table:
            return self.table
        columns: list[Column] = []
        for name, plain in record_columns(self.record):
            if name in ("id", "mentions") or (plain == "list" and _listed_record(self.record, name)):
                continue
            show: Show = "list" if plain == "list" else "text" if columns else "link"
            columns.append(Column(name.replace("_", " ").capitalize(), (name,), show,
                                  cls="num" if plain in ("int", "float") else ""))
        return (*columns, MENTIONS_COLUMN)


FACT_TYPES: tuple[FactType, ...] = (
    FactType(key="organisations", record=Organisation, mention="ORG", label="Organisation", plural="Organisations",
             colour=Colour("org", "#dbe9fb", "#3f7fd1"), rank=2, short="Orgs", card="half", sort=("-mentions",),
             table=(Column("Name", ("name",), "link"), Column("Abbr.", ("abbreviation",), cls="nowrap"),
                    Column("English name", ("name_en",)), MENTIONS_COLUMN),
             indexes=("name", "abbreviation", "name_en"), scored=True),
    FactType(key="countries", record=Country, mention="COUNTRY", label="Country", plural="Countries",
             colour=Colour("cty", "#dcf3e3", "#2f9557"), rank=3, card="half", sort=("-mentions",),
             table=(Column("Name", ("name",), "link", aside="name_en"), Column("ISO", ("iso2",)), MENTIONS_COLUMN),
             indexes=("iso2", "name"), scored=True),
    FactType(key="treaties", record=Treaty, mention="TREATY", label="Legal act", plural="Legal acts",
             colour=Colour("act", "#ece6fb", "#7552c9"), rank=1, short="Acts", anchor="acts",
             table=(Column("Kind", ("kind",), "kind"), Column("Title", ("title",), "link", also="aliases"),
                    Column("Date", ("date", "year"), cls="nowrap"), Column("Parties", ("parties",), "list"),
                    MENTIONS_COLUMN),
             indexes=("title", "kind", "year"), scored=True),
    FactType(key="dates", record=DateFact, mention="DATE", label="Date", plural="Dates",
             colour=Colour("date", "#fcefd2", "#c98a12"), rank=4, sort=("value", "end"), chart="timeline",
             table=(Column("When", ("value", "end"), "period", cls="nowrap"), Column("As written", ("text",), "link"),
                    Column("Kind", ("kind",), "kind"), MENTIONS_COLUMN),
             indexes=("value",), scored=True),
    FactType(key="figures", record=Figure, mention="FIGURE", label="Figure", plural="Figures",
             colour=Colour("fig", "#fde4e8", "#d0455f"), rank=5, counted_once=True,
             table=(Column("Value", ("value", "unit"), "amount", cls="num"), Column("Kind", ("kind",), "kind"),
                    Column("What it measures", ("subject",)), Column("Year", ("year",), cls="num"),
                    Column("As written", ("text",), "link"),
                    Column("From table", ("table", "row", "column"), "origin", cls="small")),
             indexes=("kind", "unit", "subject"), scored=True),
    FactType(key="directions", record=Direction, label="Direction", plural="Directions", rank=6, card="own",
             indexes=("id",), scored=True),
)

# every occurrence of an entity, in text order; not a fact type: its records have no id and no count
MENTIONS = Listing(key="mentions", record=Mention, numbered=True, indexes=("type", "fact_id"))

# the tables of the exports, in the order they are written
EXPORTED: tuple[Listing, ...] = (*FACT_TYPES, MENTIONS)

# mentions the annotate stage finds that belong to no fact
OTHER_MARKS = (Mark("LOC", "Place", Colour("loc", "#d9f3f1", "#22948b")),
               Mark("PER", "Person", Colour("per", "#e8ebef", "#66727f")))

MARKS: tuple[Mark, ...] = (*(Mark(t.mention, t.label, t.colour) for t in FACT_TYPES if t.mention and t.colour),
                           *OTHER_MARKS)


def fact_type(key: str) -> FactType:
    """The fact type whose list in the record is `key`."""
    for t in FACT_TYPES:
        if t.key == key:
            return t
    raise KeyError(f"no fact type {key!r}: the registry has {', '.join(t.key for t in FACT_TYPES)}")


def on_page() -> tuple[FactType, ...]:
    """The fact types in their order on the article page."""
    return tuple(sorted(FACT_TYPES, key=lambda t: t.rank))


def fact_mentions() -> frozenset[str]:
    """The types of mention that belong to a fact."""
    return frozenset(t.mention for t in FACT_TYPES if t.mention)


@cache
def record_columns(record: type) -> tuple[tuple[str, Plain], ...]:
    """The fields of a record class, each with the plain type it is stored as: `int`, `float`, `list` or `str`."""
    hints = get_type_hints(record)
    return tuple((f.name, plain_type(hints[f.name])) for f in fields(record))


def plain_type(hint: Any) -> Plain:
    """`int`, `float`, `list` or `str` for a field's type (an optional type is its inner type)."""
    if get_origin(hint) is list:
        return "list"
    if get_origin(hint) in (Union, UnionType):
        inner = [a for a in get_args(hint) if a is not NoneType]
        hint = inner[0] if len(inner) == 1 else str
    return "int" if hint is int else "float" if hint is float else "str"


def _listed_record(record: type, name: str) -> bool:
    """Whether the field `name` of `record` is a list of records (shown on the page by other means)."""
    args = get_args(get_type_hints(record)[name])
    return bool(args) and is_dataclass(args[0])
