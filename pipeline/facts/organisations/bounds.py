"""Where a name NER found begins and ends when NER stopped inside it: the first part of a hyphenated
word («пресс-» of «пресс-служба»), a capital "The" inside a sentence ("The Independent"), the person a body is named after («Театр им. Йозефа Бойса»), the
parent body whose short form follows («Институт этнологии и антропологии РАН»)."""

from __future__ import annotations

import re

from ...lexicon.cues import word_set
from ...lexicon.gazetteer import is_abbreviation
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .names import ORG_WORDS, nominative

_WORD_BEFORE_HYPHEN = re.compile(r"[^\W\d_]+-$")
# «им.» / «имени» and one to three capitalised words (initials allowed): the person a body is named after
_NAMED_AFTER = re.compile(r"\.?[ \t]+(?:им\.|имени)[ \t]*((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){0,2})")
# a short form that ends the name: punctuation or a word in small letters after it, not a quote or a
# name (the legal form of the next company: «... деловой совет ООО «Сингапур»»)
_SHORT_AFTER = re.compile(r"[ \t]+([А-ЯЁ]{2,6}(?:[ \t]+[А-ЯЁ]{2,6})?)(?=[.,;:)»]|[ \t]+[а-яё]|\s*$)")


_THE_BEFORE = re.compile(r"(?<![^\W\d_])The[ \t]+$")


def _with_the(text: str, start: int) -> int:
    """Where a name in Latin letters starts when a capital "The" inside a sentence opens it ("The Wall
    Street Journal", «The Smiths»): a capital the sentence does not explain belongs to the name."""
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    if the is None:
        return start
    before = text[: the.start()].rstrip()
    return start if not before or before[-1] in ".!?\n" or "\n" in text[len(before) : the.start()] else the.start()


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a Russian name NER cut short, taken on to its word's start and to the end of what
    it is named after or belongs to."""
    if not has_cyrillic(text[start:end]):
        return _with_the(text, start), end
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 20), start)
    if before and before.end() == start:
        start = before.start()  # «пресс-служба»
    if text[end:end + 1] == "." and text[end - 3:end] == " им":
        end -= 3  # NER stopped after «им» of «им.»: read the person from the span's own end
    named = _NAMED_AFTER.match(text, end)
    if named and text[start:end].split()[0][:1].isupper():
        return start, named.end()
    short = _SHORT_AFTER.match(text, end)
    if short and all(is_abbreviation(w) and w not in word_set(ORG_WORDS, "legal_form") for w in short.group(1).split()):
        end = short.end()  # «обком КПСС», «Институт ... РАН», «Башкирский филиал АН СССР»
    return start, end


def widened(text: str, candidates: list[tuple[int, int, str]], morph: Morph) -> list[tuple[int, int, str]]:
    """Each candidate widened, its name read again where its span grew."""
    out = []
    for start, end, name in candidates:
        wide = widen(text, start, end)
        out.append((*wide, nominative(" ".join(text[wide[0]:wide[1]].split()), morph)) if wide != (start, end)
                   else (start, end, name))
    return out
