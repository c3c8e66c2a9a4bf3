"""Namings that are one act though their words differ: a short title that opens a longer one, a kind word and a
name («указ Путина»), a country's act with and without its country, and a treaty named by its kind word and the
countries between which it stands."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.abbreviations import learn_abbreviations
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import is_abbreviation
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ...record import Article
from .candidate import Candidate
from .lexicon import ACT_WORDS, key


def between_countries(cand: Candidate, text: str, morph: Morph) -> frozenset[str] | None:
    """The countries of a title that is two countries or more and a kind word of a treaty in small letters, and
    nothing else ("the Korea–United States treaty", «договор между Россией и Казахстаном»); None for any other title."""
    words = text[cand.start : cand.end].split()
    if cand.kind not in ("treaty", "agreement") or not words or not (words[0].islower() or words[-1].islower()):
        return None
    k = key(cand.title, morph)
    countries = frozenset(w for w in k if w.startswith("@"))
    return countries if len(countries) >= 2 and len(k - countries) == 1 else None


def opens(short: str, title: str) -> bool:
    """Whether a title of two words or more, opening with a capital, opens a longer title before what it is about
    ("Paris Convention | for the Protection of ...", «Парижская конвенция | по охране ...»): the short title is
    the long one's."""
    words, longer = short.split(), title.split()
    # (a name among its words, not only letters and the kind: "EC Directive" opens many directives' titles)
    named = any(w[:1].isupper() and not is_abbreviation(w) for w in words[:-1])
    return len(words) >= 2 and len(longer) > len(words) + 1 and named \
        and [w.lower() for w in longer[: len(words)]] == [w.lower() for w in words] \
        and longer[len(words)].lower() in word_set(ACT_WORDS, "opener", "about")


def kind_and_name(title: str) -> bool:
    """A Russian title of two words, the second a name («Указ Путина»)."""
    words = title.split()
    return len(words) == 2 and words[1][:1].isupper() and has_cyrillic(title)  # (English titles capitalise every word)


@cache
def national_words(morph: Morph) -> frozenset[str]:
    """The keys of the kind words of a country's own acts («конституция», "constitution")."""
    return frozenset(w for form in word_set(ACT_WORDS, "national") for w in key(form, morph))


def but_a_country(a: frozenset[str], b: frozenset[str], morph: Morph) -> bool:
    """Whether two titles' words differ only by a country's name, on one side."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small < large and large - small <= country_words(morph)


@cache
def country_words(morph: Morph) -> frozenset[str]:
    """The words of every country's names, as the titles' keys read them («российский», "russia", "рф")."""
    from ..countries import load_countries

    return frozenset(w for c in load_countries().values() for name in (c.ru, c.en, *c.aliases)
                     for w in key(name, morph)) | key("Российской Федерации России РФ", morph)


_ADJECTIVE_END = re.compile(r"(?:ск|цк)(?:о|ий|ая|ое|ие)?$")  # «российско-», «казахстанский»: their countries' stems


def _between(k: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A title's key without what names the states it stands between, and those states: their codes, their
    joined adjectives («российско-белорусский»), a word that says it is between states («межправительственный»)."""
    from ..countries import country_by_stem

    states = word_set(ACT_WORDS, "states")
    core: set[str] = set()
    codes: set[str] = set()
    for w in k:
        parts = w.split("-")
        if w.startswith("@"):
            codes.add(w)
        elif len(parts) >= 2 and all(country_by_stem(_ADJECTIVE_END.sub("", p)) for p in parts):
            codes.update("@" + str(country_by_stem(_ADJECTIVE_END.sub("", p))) for p in parts)
        elif w not in states:
            core.add(w)
    return frozenset(core), frozenset(codes)


def between_the_same_states(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles name one act between states in other words: «российско-белорусское межправительственное
    соглашение о взаимном признании виз» and «соглашение о взаимном признании виз между Белоруссией и Россией»."""
    (core_a, states_a), (core_b, states_b) = _between(a), _between(b)
    return a != b and core_a == core_b and len(core_a) >= 3 and (states_a == states_b or not states_a or not states_b)


def spelled_out(article: Article) -> dict[str, str]:
    """The long forms of the abbreviations the text defines or its organisations have ("European Economic Area
    (EEA)", EFTA): abbreviation -> long form."""
    found = {o.abbreviation: o.name for o in article.organisations if o.abbreviation and o.name}
    found.update((d.short, article.text[d.long_start : d.long_end]) for d in learn_abbreviations(article)
                 if d.long_start is not None)
    return found


def with_letters_spelled(title: str, spelled: dict[str, str]) -> str | None:
    """A title with its abbreviations in their long forms ("EEA Agreement" -> "European Economic Area Agreement"),
    to compare it with a title that spells them ("Agreement on the European Economic Area"); None when it has
    none the text spells out."""
    words = title.split()
    out = [spelled.get(w, w) if is_abbreviation(w) else w for w in words]
    return " ".join(out) if out != words else None
