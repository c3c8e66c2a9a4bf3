"""Countries: every naming of a country, in any case and either language, tied to one fact each.

A country's canonical name is its short name in the article's language (the ОКСМ short form in
Russian: «Россия», «Беларусь», «Кыргызстан»; "Russia", "Belarus" in English). Official names
(«Республикой Беларусь»), older names («Белоруссии»), abbreviations («РФ», "USA") and names the
article defines («... (далее – РБ)») are mentions of the same fact. Adjectives («российский»)
and cities are not country mentions; a country named inside an organisation's name («ФТС
России») is, since the text names the country there. A country only the tables name (a table of
countries) is a fact without a mention in the text.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..data import load_lines, load_tsv
from ..errors import DataFileError
from ..intervals import Ranges
from ..lexicon.abbreviations import Definition, learn_abbreviations
from ..lexicon.gazetteer import Gazetteer, Match, Piece, keys, pieces, split
from ..nlp.morph import Morph
from ..record import Article, Country, Mention

log = logging.getLogger(__name__)

DATA_FILE = "countries.tsv"


@dataclass(frozen=True)
class CountryEntry:
    """One row of the country list."""

    iso2: str
    ru: str
    en: str
    aliases: tuple[str, ...]


@cache
def load_countries() -> dict[str, CountryEntry]:
    """The country list by ISO code, built once (callers only read it); fails at start on a malformed row."""
    entries: dict[str, CountryEntry] = {}
    for iso2, ru, en, aliases in load_tsv(DATA_FILE, 4):
        if len(iso2) != 2 or not iso2.isupper() or not ru or not en:
            raise DataFileError(f"{DATA_FILE}: expected an ISO 3166 code and two names, found {iso2!r} {ru!r} {en!r}")
        if iso2 in entries:
            raise DataFileError(f"{DATA_FILE}: {iso2} is listed twice")
        entries[iso2] = CountryEntry(iso2, ru, en, tuple(a.strip() for a in aliases.split(";") if a.strip()))
    return entries


@cache
def country_names() -> frozenset[str]:
    """Every name of every country, both languages and every alias, in lower case."""
    return frozenset(name.lower() for entry in load_countries().values() for name in (entry.ru, entry.en, *entry.aliases))


def country_by_stem(stem: str) -> str | None:
    """The ISO letters of the country whose name an adjective's stem opens, by its first four letters or
    more («япон» of «японский» -> JP, «британ» -> GB; "морской", "городской" name none), or None."""
    stem = stem.lower()
    if len(stem) < 4:
        return None
    start = stem[: max(4, len(stem) - 2)]
    return next((code for code, entry in load_countries().items()
                 if any(name.lower().startswith(start) for name in (entry.ru, entry.en, *entry.aliases))), None)


@cache
def country_gazetteer(morph: Morph) -> Gazetteer[str]:
    """Every name of every country, keyed by lemmas, standing for its ISO code."""
    gazetteer: Gazetteer[str] = Gazetteer(morph)
    for entry in load_countries().values():
        gazetteer.add_all((entry.ru, entry.en, *entry.aliases), entry.iso2)
    return gazetteer


@cache
def country_synonyms(morph: Morph) -> dict[str, str]:
    """Every one-word name of a country to one key per country, so «ГТК Белоруссии» is «ГТК Беларуси»."""
    out: dict[str, str] = {}
    for entry in load_countries().values():
        for name in (entry.ru, entry.en, *entry.aliases):
            seq = keys(name, morph)
            if len(seq) == 1:
                out[seq[0]] = "@" + entry.iso2
    return out


@cache
def country_phrases(morph: Morph) -> tuple[dict[tuple[str, ...], str], int]:
    """Every name of a country of two words or more, by its keys, to the key `country_synonyms` gives the
    country ("United States" is "US", «Соединённых Штатов Америки» is «США»), and the most words one has."""
    out: dict[tuple[str, ...], str] = {}
    for entry in load_countries().values():
        for name in (entry.ru, entry.en, *entry.aliases):
            seq = keys(name, morph)
            if len(seq) > 1:
                out[seq] = "@" + entry.iso2
    return out, max(map(len, out), default=1)


def with_country_keys(seq: tuple[str, ...], morph: Morph) -> tuple[str, ...]:
    """The keys of a name with each country in it, of one word or several, as its country's one key:
    "German Marshall Fund of the US" and "... of the United States" are one name, as are «Посольство
    США» and «Посольство Соединённых Штатов Америки»."""
    words, (phrases, longest) = country_synonyms(morph), country_phrases(morph)
    out: list[str] = []
    i = 0
    while i < len(seq):
        size = next((n for n in range(min(longest, len(seq) - i), 1, -1) if seq[i : i + n] in phrases), 1)
        out.append(phrases[seq[i : i + size]] if size > 1 else words.get(seq[i], seq[i]))
        i += size
    return tuple(out)


def extract_countries(article: Article, context: Context) -> Article:
    """Fill `countries` and add a COUNTRY mention for each naming of a country.

    Needs `text` and `sentences`; NER LOC mentions that name a country become COUNTRY mentions.
    """
    models = context.models
    entries = load_countries()
    text_pieces = pieces(article, models.morph)
    matches = country_gazetteer(models.morph).scan(text_pieces)
    definitions = learn_abbreviations(article)
    elsewhere = _defined_elsewhere(definitions, matches, models.morph)
    matches = [m for m in matches if article.text[m.start : m.end] not in elsewhere]
    matches = _with_defined(article.text, definitions, text_pieces, matches, models.morph)
    matches = [m for m in matches if not _inside_another_name(article.text, m.start, m.end)]
    matches = _letters_with_names(article.text, matches)
    lang = "en" if article.language == "en" else "ru"
    facts: dict[str, Country] = {}
    found: list[Mention] = []
    for m in matches:
        entry = entries[m.value]
        fact_id = f"cty-{entry.iso2}"
        if fact_id not in facts:
            facts[fact_id] = _fact(entry, lang)
        found.append(
            Mention("COUNTRY", article.text[m.start : m.end], m.start, m.end, article.page_at(m.start), fact_id)
        )
    named = Ranges(found)
    article.mentions = [x for x in article.mentions if not (x.type == "LOC" and named.overlaps(x.start, x.end))]
    article.mentions.extend(found)
    article.countries.extend(facts.values())
    article.countries.extend(_in_tables(article, facts, lang, models.morph, elsewhere))
    log.debug("%s: %d countries, %d mentions", article.source.name, len(facts), len(found))
    return article


def _in_tables(article: Article, named: dict[str, Country], lang: str, morph: Morph,
               elsewhere: set[str]) -> list[Country]:
    """Countries only the tables name (rows of a table of countries): one fact each, counted once per
    cell that names it; they have no mention in the text. A short name the text defines for something
    else (`elsewhere`: "random forest (RF)") is that in the tables too."""
    cells = Counter(
        m.value
        for table in article.tables
        for cell in [table.caption or "", *table.header, *(c for row in table.rows for c in row), table.note or ""]
        if cell.strip() and not cell.replace(" ", "").replace(",", "").replace(".", "").isdigit()
        for m in country_gazetteer(morph).scan(split(cell, 0, morph)) if cell[m.start : m.end] not in elsewhere
    )
    entries = load_countries()
    facts = [_fact(entries[iso2], lang, count) for iso2, count in cells.items()]
    return [fact for fact in facts if fact.id not in named]


# a currency named after its country: «5 млн долл. США», «долларов США», "US$ 5", "US dollars"
_CURRENCY_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:долл\.?|доллар[а-яё]*)\s*$")
_CURRENCY_AFTER = re.compile(r"\s?\$|\s+dollars?\b")


@cache
def _name_heads() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lines("country_name_heads.txt"))
    return re.compile(rf"\s+(?:{words})\b")


@cache
def _name_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\*", r"\w*") for w in load_lines("country_name_before.txt"))
    return re.compile(rf"(?<![\w-])(?:{words})\s+$")


def _inside_another_name(text: str, start: int, end: int) -> bool:
    """Whether a country's name is part of a currency's («долл. США», "US$") or of another proper name
    ("the Uruguay Round", "Mexico City", "British Columbia", «Британская Колумбия»), or letters that
    a word in small letters follows ("RF devices"): no mention of the country."""
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 12), start) or _CURRENCY_AFTER.match(text, end)
                or _name_heads().match(text, end) or _name_before().search(text, max(0, start - 20), start)
                or text[start:end] in load_lines("country_letters_apart.txt") and re.match(r"\s+[a-z]", text[end:end + 3]))


def _letters_with_names(text: str, matches: list[Match[str]]) -> list[Match[str]]:
    """The matches less a country's letters that stand for other things too ("RF + D" in a figure's
    legend, "RF" for radio frequency) where the text never names that country otherwise."""
    apart = set(load_lines("country_letters_apart.txt"))
    named = {m.value for m in matches if text[m.start:m.end] not in apart}
    return [m for m in matches if m.value in named or text[m.start:m.end] not in apart]


def _fact(entry: CountryEntry, lang: str, mentions: int = 0) -> Country:
    """The fact of a country, named in the article's language."""
    return Country(id=f"cty-{entry.iso2}", name=entry.en if lang == "en" else entry.ru, iso2=entry.iso2,
                   name_en=entry.en, mentions=mentions)


def _defined_elsewhere(definitions: list[Definition], matches: list[Match[str]], morph: Morph) -> set[str]:
    """A country's short names the article defines for something else: "radio frequency (RF)",
    «алгоритм Unit Selection (US)» name no country anywhere in the text."""
    ends = {m.end for m in matches}
    return {d.short for d in definitions
            if d.long_end not in ends and d.long_start is not None and d.short in country_gazetteer(morph)}


_NAME_OF_A_PLACE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][^\W\d_]+[ \t]+(?:in|of|for|в|во|при)[ \t]+$")  # "Office in | Kenya"


def _with_defined(text: str, definitions: list[Definition], text_pieces: list[Piece], matches: list[Match[str]],
                  morph: Morph) -> list[Match[str]]:
    """Add the mentions of short names the article defines for a country («... (далее – РБ)»), not of those
    defined for a thing whose name ends with one («Миссия в Либерии (РМЛ)», "Office in Kenya (OK)")."""
    local: Gazetteer[str] = Gazetteer(morph)
    ends = {m.end: m for m in matches}
    for d in definitions:
        match = ends.get(d.long_end)
        if match is None or d.short in country_gazetteer(morph):
            continue
        if d.long_start is not None and d.long_start < match.start \
                and any(w.islower() for w in re.findall(r"[^\W\d_]+", text[d.long_start:match.start])) \
                or d.long_start is None and _NAME_OF_A_PLACE.search(text, max(0, match.start - 40), match.start):
            continue
        local.add(d.short, match.value)
    if not len(local):
        return matches
    taken = Ranges(matches)
    extra = [m for m in local.scan(text_pieces) if not taken.overlaps(m.start, m.end)]
    return sorted(matches + extra, key=lambda m: m.start)

