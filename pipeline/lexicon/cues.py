"""Cue words of the word files as regex pieces: labels of an article's parts, list markers, any word class.

The words come from the data files (`labels.tsv`, `list_markers.tsv`, ...); the grammar around them
(what may follow a label, how a list item is numbered) is written where it is used, or here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import words
from .numbers import alternation

LABELS = "labels.tsv"
LIST_MARKERS = "list_markers.tsv"
FUNCTION_WORDS = "function_words.tsv"


def forms(name: str, *kinds: str, lang: str | None = None) -> list[str]:
    """The forms of these kinds of a word file, in file order; with `lang`, of that language and `any`."""
    return [form for kind in kinds for form in words(name, kind, lang)]


def any_word(name: str, *kinds: str, lang: str | None = None, whole: bool = False, end: bool = False) -> str:
    """A regex group for any form of these kinds of a word file, longest first, words apart by any spaces.

    `whole` keeps a form from starting or ending inside a word, `end` from ending inside one; else the
    grammar around sees to it.
    """
    return alternation(forms(name, *kinds, lang=lang), start=whole, end=whole or end)


@cache
def word_set(name: str, *kinds: str, lang: str | None = None) -> frozenset[str]:
    """The forms of these kinds of a word file, in lower case, for comparing tokens with."""
    return frozenset(form.lower() for form in forms(name, *kinds, lang=lang))


def in_cases(written: Iterable[str], *, as_written: bool = True, capital: bool = True, upper: bool = False) -> list[str]:
    """Forms as written, capitalised and in capitals, for grammars that mind case ("the", "The", "THE")."""
    out: list[str] = []
    for form in written:
        for variant in (form if as_written else None, form.capitalize() if capital else None,
                        form.upper() if upper else None):
            if variant is not None and variant not in out:
                out.append(variant)
    return out


def label(*kinds: str) -> str:
    """A regex group for any label of these kinds («Аннотация», "Key words"); the caller sets the case flag."""
    return any_word(LABELS, *kinds)


@cache
def number_label() -> re.Pattern[str]:
    """A label ending right before a number, which makes the number no amount and no year: «№», «с.», "Article"."""
    return re.compile(rf"{alternation(forms(LABELS, 'number_sign', 'number_label'), end=False)}\s*$")


@cache
def list_marker(bracketed: bool = False) -> re.Pattern[str]:
    """What opens a list item, and the start of its text: «1. », «2) », «а) », a bullet («• », «– »);
    with `bracketed`, «(1)», «(a)», «(iv)» too."""
    bullets = "".join(re.escape(form) for form in words(LIST_MARKERS, "bullet"))
    numbered = r"\d{1,2}[.)]|[a-zа-я]\)"
    if bracketed:
        numbered += r"|\((?:\d{1,2}|[a-zа-я]|[ivx]{1,4})\)\.?"
    return re.compile(rf"[ \t]*(?:{numbered}|[{bullets}])[ \t]+\S")
