"""A state's bodies that the adjective of its country names without a capital («японское правительство»,
«российское министерство финансов», "the Japanese government")."""

from __future__ import annotations

import re

from ...lexicon.cues import word_set
from ...lexicon.gazetteer import lemma_of
from ...nlp.morph import Morph
from ..countries import country_names
from .names import ORG_WORDS, nominative

# a country's adjective in small letters and one more adjective, then a word: «японское правительство»,
# «российское министерство финансов»; "the Japanese government"
_RU_STATE = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё][а-яё]+)[сц]к(?:ий|ая|ое|ого|ой|ому|ым|ом|ую|им)(?:[ \t]+[а-яё]+(?:ый|ий|ой|ая|ое|ого|ому|ым|ом|ую|им))?"
                       r"[ \t]+(?P<head>[а-яё]+|МИД[а-я]{0,2})")
_EN_STATE = re.compile(r"(?<=\b[Tt]he )([A-Z][a-z]+?)(?:ese|ian|an|ish|i|ch)[ \t]+(?P<head>[a-z]+)\b")


def state_bodies(text: str, morph: Morph, english: bool = True) -> list[tuple[int, int, str]]:
    """A state's body that the adjective of its country names without a capital: the adjective, the
    body's word in the singular (data/org_words.tsv, state_body) and its words in the genitive
    («российское министерство финансов»), or "the Japanese government" (when `english`: a scholarly
    article's English prose speaks of "the Chinese government" as a description, not as a name)."""
    words = word_set(ORG_WORDS, "state_body")
    out = []
    for m in _RU_STATE.finditer(text):
        head = m.group("head")
        if lemma_of(head, morph) not in words or not any("sing" in p.tag for p in morph.parse(head.lower())[:1]) \
                or not _a_country(m.group(1)):
            continue
        end = m.end()
        for _ in range(3):  # «министерство | иностранных дел»
            nxt = re.match(r"[ \t]+([а-яё]+)", text[end:end + 40])
            if not nxt or not morph.is_case(nxt.group(1), "gent") \
                    or morph.parse(nxt.group(1))[0].tag.POS not in ("NOUN", "ADJF"):
                break
            end += nxt.end()
        out.append((m.start(), end, nominative(" ".join(text[m.start():end].split()), morph)))
    out += [(m.start(), m.end(), m.group(0)) for m in _EN_STATE.finditer(text)
            if english and m.group("head") in words and _a_country(m.group(1))]
    return out


def _a_country(stem: str) -> bool:
    """Whether an adjective's stem is a country's («япон» of «японский», "Japan" of "Japanese"):
    some country's name begins with its first four letters or more ("морской", "городской" name none)."""
    stem = stem.lower()
    return len(stem) >= 4 and any(name.startswith(stem[:max(4, len(stem) - 2)]) for name in country_names())
