"""Evidence from every place a name stands. A name NER offered as an organisation with no evidence
where it was offered, or read as a place or a person's elsewhere, is a body where the text elsewhere
writes it as one's: one who declares something, the agent of a deed, the owner of something, a body
with a post in it ("Padmaja Reddy, CEO of Spandana", where NER calls Spandana a place in most of its
mentions)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from ...lexicon.cues import any_word
from ...lexicon.gazetteer import lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from . import evidence
from .names import ORG_WORDS, head_word
from .things import things


@cache
def _declaring() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:also[ \t]+|ранее[ \t]+|также[ \t]+)?{any_word(ORG_WORDS, 'declares')}"
                      r"(?:[ \t]+that\b|,[ \t]*что\b)", re.I)


# "As ... reported", «как сообщила ...»: a report the sentence leans on
_AS = re.compile(r"(?:^|[.,;:]\s+|\s)(?:[Aa]s|[Кк]ак)[ \t]+(?:the[ \t]+)?[«\"“]?$")


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"[»\"”]?[ \t]+(?:also[ \t]+|ранее[ \t]+|также[ \t]+)?{any_word(ORG_WORDS, 'declares')}\b", re.I)


# "according to" before a name of two words or more in small and capital letters: a source that
# publishes figures ("according to Packaged Facts", "according to The Washington Post"); a word in
# capitals alone or a thing's name stands there as often ("according to FAOSTAT", "... the All-Russia Classifier")
_ACCORDING = re.compile(r"\baccording[ \t]+to[ \t]+(?:data[ \t]+from[ \t]+)?(?:the[ \t]+)?$", re.I)


def declares(text: str, start: int, end: int, morph: Morph) -> bool:
    """Whether a name is one who declares: a verb of saying and "that" after it ("The National Conference
    of State Legislatures argues that", «Минфин сообщил, что»), "as" before it and the verb after it ("As
    The New York Times reported in 2010", «как сообщила «Новая газета»»), or "according to" before a
    source's name."""
    if _declaring().match(text, end) is not None:
        return True
    if len(text[start:end].split()) >= 2 and _AS.search(text, max(0, start - 12), start) \
            and _reporting().match(text, end) is not None:
        return True
    # (the source ends its clause: "according to Pillar One and thus taxed" cites a rule)
    name = text[start:end]
    return len(name.split()) >= 2 and not name.isupper() and head_word(name, morph) not in things(morph) \
        and _ACCORDING.search(text, max(0, start - 40), start) is not None \
        and re.match(r"[ \t]*[,.;)]", text[end:]) is not None


_SHORTEST = 3  # characters of a name looked for elsewhere at least: shorter ones are as often another's part


def shown_elsewhere(text: str, names: Iterable[str], morph: Morph, person: bool = False) -> bool:
    """Whether any occurrence of one of `names` as written stands where a body does: the agent of a
    deed or a post in it before it, a verb of saying or a possessive after it; for a name that is also a
    person's, only a post in it, for people act, speak and own too ("Ravenstein's proposition")."""
    for name in {n for n in names if len(n) >= _SHORTEST}:
        first = _WORD.search(name)
        if first is None:
            continue
        for at in _words_at(text).get(first.group(0), ()):
            start, end = at - first.start(), at - first.start() + len(name)
            if start < 0 or not text.startswith(name, start) or end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            if evidence.posted(text, start) \
                    or not person and (evidence.acts(text, start, end) or declares(text, start, end, morph)
                                       or evidence.owns(text, end)):
                return True
    return False


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=2)
def _words_at(text: str) -> dict[str, list[int]]:
    """Where each word of a text begins: a name is looked for at its first word's places only, so that
    looking for many names costs the text's length once, not once a name."""
    out: dict[str, list[int]] = defaultdict(list)
    for m in _WORD.finditer(text):
        out[m.group(0)].append(m.start())
    return out


_KIND_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*[«\"„“][ \t]*$")


def named_as_place(text: str, candidates: list[tuple[int, int, str]], mentions: list[Any],
                   heads: frozenset[str], morph: Morph) -> list[tuple[int, int, str]]:
    """The candidates less the names of places NER reads as a place elsewhere in the text, without a
    word for a body in them: «"Санкт-Петербург"» in quotes among a quest's tags is the city «по
    Санкт-Петербургу» names (the dictionary knows it for a place); a name in Latin letters, where NER
    reads it as a place more often than as a body (NER's one stray place label proves nothing: "PwC"),
    unless the text writes it as a body's somewhere ("CEO of Spandana"). A name in quotes after a word for a
    body is the body's («Клуб «Бавария»»)."""
    def key(name: str) -> str:
        return " ".join(lemma_of(w, morph) for w in name.split())

    places = Counter(key(m.text) for m in mentions if m.type == "LOC")
    if not places:
        return candidates
    bodies = Counter(key(m.text) for m in mentions if m.type == "ORG")
    out = []
    for c in candidates:
        name = key(c[2])
        kind_before = _KIND_BEFORE.search(text, max(0, c[0] - 30), c[0])
        if kind_before is not None and lemma_of(kind_before.group(1), morph) in heads:
            out.append(c)  # «Клуб «Бавария»»: a body's word before the name in quotes
            continue
        if name in places and not any(lemma_of(w, morph) in heads for w in c[2].split()) and (
                places[name] > bodies[name] and not shown_elsewhere(text, [c[2]], morph) if not has_cyrillic(c[2])
                else all("Geox" in morph.parse(w.lower())[0].tag for w in c[2].split())):
            continue
        out.append(c)
    return out
