"""Acts named after the place they were made: «минские договоренности», «выполнение минских
договорённостей», «Минских соглашений», «хельсинкской декларации», "the Minsk agreements", "the Oslo
accords". In Russian the adjective is a place's when the dictionary files the noun it is made from as a
geographical name (Минск, Хельсинки); in English the name before the word is a place the NER tagged,
or the NER tagged the whole as a law.
A country's is none («российские соглашения», "the US agreements" are any of that country's). The head
is a kind word of an arrangement between states (act_kinds.tsv) or a word for one (act_words.tsv,
`place_named`), in small letters too."""

from __future__ import annotations

import re
from functools import cache

from ...intervals import Ranges
from ...lexicon.cues import word_set
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .candidate import Candidate
from .lexicon import ACT_WORDS, kind_words

_BETWEEN_STATES = ("treaty", "agreement", "convention", "protocol", "declaration", "memorandum")
_ADJECTIVE = r"(?<![\w-])(?P<adjective>[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими))"
# the noun a place's adjective is made from: «минск|ий», «париж|ский», «киот|ский» of «Киото», «хельсинк|ский»
# of «Хельсинки», «венск|ий» of «Вена», «московск|ий» of «Москва», «ялтинск|ий» of «Ялта»
_ENDINGS = ("", "а", "о", "и", "я", "ь")
_AGREEMENT = "соглашения"  # the kind word a word for an arrangement is compared as


_ENGLISH = re.compile(r"(?<![\w-])(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+(?P<head>[a-z]+)\b")


@cache
def _phrase() -> re.Pattern[str]:
    """A place's adjective and a word that may be a head's (its lemma without its last two letters, any ending)."""
    stems = sorted({lemma[:-2] for lemma in _heads() if has_cyrillic(lemma)}, key=len, reverse=True)
    return re.compile(rf"{_ADJECTIVE}[ \t]+(?P<head>(?i:{'|'.join(stems)})[а-яё]*)")


@cache
def _heads() -> dict[str, str]:
    """Head lemma (an English word in the singular) -> kind."""
    heads = {lemma: kind for lemma, kind in kind_words().items() if kind in _BETWEEN_STATES}
    return heads | {lemma: "agreement" for lemma in word_set(ACT_WORDS, "place_named")}


def _place_of(adjective: str, morph: Morph) -> bool:
    """Whether an adjective (its lemma) is made from a geographical name the dictionary knows, not a country's."""
    from ..countries import country_names

    lemma = morph.lemma(adjective.lower())
    stem = re.sub(r"(?:ск|цк)(?:ий|ой)$", "", lemma)
    if stem == lemma or len(stem) < 3:
        return False
    bases = {stem + "ск", stem[:-2] + "ва" if stem.endswith("ов") else stem, stem[:-2] if stem.endswith("ин") else stem}
    nouns = {base + ending for base in bases for ending in _ENDINGS}
    places = {noun for noun in nouns if morph.known(noun)
              and any("Geox" in p.tag for p in morph.parse(noun)[:2] if p.normal_form == noun)}
    return bool(places) and not places & country_names()


def find(text: str, morph: Morph, located: Ranges, laws: Ranges) -> list[Candidate]:
    """Every naming of an act by the place it was made in `text`; `located` holds the places NER tagged,
    `laws` what it tagged as laws ("the Geneva conventions")."""
    out = []
    for m in _ENGLISH.finditer(text):
        head = m.group("head")
        singular = head[:-1] if head.endswith("s") and head[:-1] in _heads() else head
        if singular not in _heads() or not (located.covers(m.start("place"), m.end("place")) or laws.covers(m.start(), m.end())):
            continue
        core = m.group(0) if singular in kind_words() else f"{m.group('place')} agreement"
        out.append(Candidate(start=m.start(), end=m.end(), kind=_heads()[singular], lang="en",
                             title=" ".join(m.group(0).split()), core=core, strong=True))
    for m in _phrase().finditer(text):
        head = morph.lemma(m.group("head").lower())
        kind = _heads().get(head)
        if kind is None or not _place_of(m.group("adjective"), morph):
            continue
        title = morph.to_nominative(" ".join(m.group(0).split()))
        # «минские договорённости» and «Минские соглашения» are one act: its key is the kind's word
        core = title if head in kind_words() else f"{title.split()[0]} {_AGREEMENT}"
        out.append(Candidate(start=m.start(), end=m.end(), kind=kind, lang="ru",
                             title=title[:1].upper() + title[1:], core=core, strong=True))
    return out
