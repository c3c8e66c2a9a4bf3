"""A name the text explains in brackets by an organisation word: "the Storting (parliament)", "the Dail
(the lower chamber of ...)", «Кнессет (парламент Израиля)». The name is a body though NER passes over a
word of another language, and the explanation in brackets is no body of its own."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import word_set
from ...lexicon.gazetteer import lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .names import ORG_WORDS, legal_form, of_a_country

# one to three capitalised words, then the explanation in brackets, opening with a small letter
_GLOSSED = re.compile(r"(?<![^\W\d_])([A-ZА-ЯЁ][^\W\d_]+(?:[ \t-][A-ZА-ЯЁ][^\W\d_]+){0,2})[ \t]+\(((?:the|a|an)?[ \t]*[a-zа-яё][^()\n]{0,100})\)")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n)$")
_LEADING = 5  # words of the explanation before its organisation word, at most ("the lower and more important chamber")


@cache
def _glossing(morph: Morph) -> frozenset[str]:
    """Lemmas of the words that make a name a body when they explain it (org_words.tsv, `gloss`)."""
    return frozenset(lemma_of(w, morph) for w in word_set(ORG_WORDS, "gloss"))


def glossed(text: str, morph: Morph) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The names explained in brackets by an organisation word (start, end, name), and the spans of those
    explanations."""
    names, explanations = [], []
    for m in _GLOSSED.finditer(text):
        words = re.findall(r"[^\W\d_]+", m.group(2))
        at = next((k for k, w in enumerate(words[:_LEADING + 1]) if lemma_of(w, morph) in _glossing(morph)), None)
        if at is None or any(w[:1].isupper() for w in words[:at]) or re.search(r"\d", m.group(2)):
            continue
        start = m.start(1)
        # not the word opening the sentence («Позже Кнессет»), nor the country's adjective ("the Irish Dail")
        while (space := text.find(" ", start, m.end(1))) > 0 and (
                _SENTENCE_START.search(text, max(0, start - 3), start) or of_a_country(text[start:space])):
            start = space + 1
        names.append((start, m.end(1), " ".join(text[start:m.end(1)].split())))
        explanations.append((m.start(2), m.end(2)))
    return names, explanations


_OPEN = re.compile(r"[»”\"]?[ \t]*\([ \t]*")  # (after the quote that closes the name before)
_CLOSE = re.compile(r"[ \t]*[),;]")


@cache
def _language_label() -> re.Pattern[str]:
    """The name of a language and a colon, or its abbreviation, opening a bracket ("Spanish: ", «фр. », «от англ. »)."""
    names = sorted(word_set(ORG_WORDS, "language"), key=len, reverse=True)
    return re.compile(rf"(?:от[ \t]+)?(?i:{'|'.join(re.escape(n) for n in names)})(?:(?<=\.)|[ \t]*:)[ \t]*")


def translated(text: str, found: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(key, key) of each name the text gives in brackets right after a name in the other language
    («Институт мировой экономики (Kiel Institute for the World Economy)», "the Eurasian Development Bank
    (Евразийский банк развития)"), after the name of its language in any letters ("the Andean Community (Spanish:
    Comunidad Andina de Naciones)"), or as the company registered under it, its legal form first
    («Билайн» (ОАО «ВымпелКом»)): the two are one organisation."""
    at = {s: (e, k) for s, e, k in found}
    # a name in brackets found elsewhere in the text, not there («банк Китая (Industrial and Commercial Bank
    # of China) ... в Industrial and Commercial Bank of China»)
    named = {" ".join(text[s:e].split()): k for s, e, k in found}
    pairs = []
    for start, end, key in found:
        if not (bracket := _OPEN.match(text, end)):
            continue
        # "(Spanish: Comunidad Andina de Naciones, CAN)": a language named says what the words after it are, in
        # any letters and however far the name found there goes
        labelled = _language_label().match(text, bracket.end())
        opens = labelled.end() if labelled else bracket.end()
        close = text.find(")", opens, opens + 160)
        other_end, other = at.get(opens) or (close, named.get(" ".join(text[opens:close].split()), ""))
        if not other:
            continue
        inside = text[opens:other_end]
        if other != key and (labelled or _CLOSE.match(text, other_end)
                             and (has_cyrillic(text[start:end]) != has_cyrillic(inside) or legal_form().match(inside))):
            pairs.append((other, key))
    return pairs
