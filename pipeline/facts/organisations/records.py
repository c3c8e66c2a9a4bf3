"""The organisation record of a body assembled from its occurrences in the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...lexicon.gazetteer import is_abbreviation
from ...nlp.lang import has_cyrillic, has_latin
from ...nlp.morph import Morph
from ...record import Organisation
from .names import leading_the, nominative
from .registry import Entry
from .spans import name_variants


@dataclass
class Fact:
    """An organisation being assembled from its occurrences."""

    key: str
    entry: Entry | None = None
    names: list[str] = field(default_factory=list)  # nominative full names seen, in order
    short: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    glossed: set[str] = field(default_factory=set)  # its names in another language of the same letters («Comunidad Andina»)


def assembled_record(fact_id: str, fact: Fact, lang: str, morph: Morph) -> Organisation:
    """The Organisation record of an assembled fact."""
    seen = [nominative(name, morph) for name in fact.names]
    if fact.entry is not None:
        e = fact.entry
        name = e.en if lang == "en" else e.ru
        abbrs = (e.abbr_en + e.abbr_ru) if lang == "en" else (e.abbr_ru + e.abbr_en)
        short = fact.short or (abbrs[0] if abbrs else None)
        known = [*e.names(), *e.local_en]  # (its names in its country's texts too: "Senate")
        name_en: str | None = e.en
        registry_id: str | None = e.id
    else:
        full = [n for n in seen if not is_abbreviation(n.split()[0])] or seen
        full = [n for n in full if n not in fact.glossed] or full  # (the name the text glosses, not its gloss)
        full = [n for n in full if not (has_cyrillic(n) and has_latin(n))] or full  # (not a name and its gloss)
        latin = [n for n in full if not has_cyrillic(n) and not is_abbreviation(n.split()[0])]  # (also given in English)
        # the longest name, a leading "The" aside ("Andean Community" before "The Andean Community")
        name = max([n for n in full if (n in latin) == (lang == "en")] or full,
                   key=lambda n: (len(leading_the().sub("", n)), not leading_the().match(n))) if full else (fact.short or "")
        short, known = fact.short, []
        name_en = name if lang == "en" and not has_cyrillic(name) else max(latin, key=len) if latin and has_cyrillic(name) else None
        registry_id = None
    variants = [v for n in [name, *seen] for v in name_variants(n)]
    # "Servant of the People party": an English name before its kind's word in small letters is the name alone too
    variants += [n.rsplit(" ", 1)[0] for n in [name, *seen] if not has_cyrillic(n) and len(n.split()) >= 3
                 and n.split()[-1].islower() and n.split()[-2][:1].isupper()]
    aliases: list[str] = []
    for alias in [*known, *seen, *variants, *([fact.short] if fact.short else [])]:
        # (a name NER cut before its closing quote is kept with it closed: «Партия «Единая Россия»», among `variants`)
        if alias and alias not in (name, short) and alias not in aliases and alias.count("«") <= alias.count("»"):
            aliases.append(alias)
    return Organisation(
        id=fact_id, name=name, name_en=name_en, abbreviation=short, aliases=aliases, registry_id=registry_id
    )
