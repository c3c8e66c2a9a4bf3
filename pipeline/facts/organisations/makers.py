"""Bodies named by what they make: the makers and suppliers a methods section names in brackets with
their place ("(Carl Zeiss, Germany)", «(Bruker, Германия)») or after an instrument's word ("an inverted
microscope (Carl Zeiss)"), companies named with their legal form
("Nike, Inc.", "Akin Gump Strauss Hauer & Feld, LLP"), and the publisher of a piece the text names with
its title («читайте в статье Частного корреспондента «Жара продолжается»»)."""

from __future__ import annotations

import re
from functools import cache

from ...intervals import Ranges
from ...lexicon.cues import any_word, forms, word_set
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ..countries import country_names
from .names import ORG_WORDS, legal_suffix, nominative, sentence_opener

# "(Carl Zeiss, Germany)", "(version 2; Psychology Software Tools, Pittsburgh, USA)", «(Bruker, Германия)»
_SUPPLIER = re.compile(r"(?<=[(;])[ \t]*(?P<name>[A-ZА-ЯЁ][\w&.'’-]*(?:[ \t]+(?:[A-ZА-ЯЁ][\w&.'’-]*|&|and|de|и)){0,4})"
                       r"[ \t]*,[ \t]*(?P<place>[^()\n]{2,60})\)")


def suppliers(text: str, heads: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The makers and suppliers a methods section names in brackets before their place, its last part a
    country: each is a company; not a model's code before it ("DS5, Digitimer, ..."), nor the town of a
    company or a body named right before the bracket ("Siemens AG (Erlangen, Germany)", "Andean University
    (Sucre, Bolivia)": `heads`, the organisation words)."""
    out = []
    for m in _SUPPLIER.finditer(text):
        place = m.group("place").split(",")[-1].strip().lower()
        start, name = m.start("name"), m.group("name")
        if any(ch.isdigit() for ch in name):  # the model's code, then its maker
            maker = re.match(r"\s*([A-ZА-ЯЁ][\w&.'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w&.'’-]*){0,3})\s*,", m.group("place"))
            if maker is None:
                continue
            start, name = m.start("place") + maker.start(1), maker.group(1)
        before = text[max(0, m.start() - 40):m.start()].rstrip(" \t(")
        if start == m.start("name") and (legal_suffix().search(before) or before.split()[-1:] and before.split()[-1].lower() in heads):
            continue  # the company's or the body's address
        if place in country_names() and name.lower() not in country_names():
            out.append((start, start + len(name), name))
    return out


@cache
def _publication() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word for a published piece, then its publisher's name (capitalised, up to three words) and the
    piece's title in quotes («в статье Частного корреспондента «...»»); in English the publisher first
    ("the Private Correspondent article "...")."""
    words = any_word(ORG_WORDS, "publication", lang="ru")
    ru = re.compile(rf"(?<![^\W\d_])(?i:{words})[ \t]+(?P<name>[А-ЯЁA-Z][\w-]*(?:[ \t]+[а-яёa-z][\w-]*){{0,2}})"
                    rf"[ \t]+(?P<title>[«\"“„][^«»\"“”„\n]{{2,120}}[»\"”“])")
    words = any_word(ORG_WORDS, "publication", lang="en")
    en = re.compile(rf"(?<![^\W\d_])(?:the|a|an)[ \t]+(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}})[ \t]+"
                    rf"(?:{words})[ \t]+(?P<title>[«\"“„][^«»\"“”„\n]{{2,120}}[»\"”“])")
    return ru, en


def publishers(text: str, morph: Morph) -> tuple[list[tuple[int, int, str]], Ranges]:
    """The publishers of pieces the text names with their titles, each a body in the nominative (not a
    person: «в статье Иванова «...»»), and where those titles stand, which name no body."""
    names, titles = [], []
    for pattern in _publication():
        for m in pattern.finditer(text):
            titles.append((m.start("title"), m.end("title")))
            first = m.group("name").split()[0]
            if any(tag in morph.parse(first)[0].tag for tag in ("Surn", "Name", "Patr")):
                continue
            names.append((m.start("name"), m.end("name"), nominative(m.group("name"), morph)))
    return names, Ranges(titles)


# a company's name: capitalised words, initials ("R.R."), "&" and "of" inside (a figure with letters before it
# is a product's code: "a 3T Siemens AG scanner")
_COMPANY_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)"
_COMPANY_NAME = rf"{_COMPANY_WORD}(?:[ \t]+(?:{_COMPANY_WORD}|&|of)){{0,5}}"


@cache
def _incorporated() -> re.Pattern[str]:
    suffix = "|".join(sorted((re.escape(f) for f in forms(ORG_WORDS, "legal_suffix")), key=len, reverse=True))
    return re.compile(rf"(?<![\w&.-])(?P<name>{_COMPANY_NAME}),?[ \t]+(?:{suffix})(?![\w-])(?![ \t.]*All rights reserved)")


def incorporated(text: str) -> list[tuple[int, int, str]]:
    """Companies named with their legal form after the name, a comma between or none ("Nike, Inc.",
    "Akin Gump Strauss Hauer & Feld, LLP", "Pillowtex Corp."), each a body; a word of the sentence before
    the name ("The", "In") is not its, and one word of two letters or fewer names none."""
    out = []
    for m in _incorporated().finditer(text):
        lead = sentence_opener("en").match(m.group("name"))
        start = m.start("name") + (lead.end() if lead else 0)
        words = text[start : m.end("name")].split()
        if not words or words[-1] in ("&", "of") or (len(words) == 1 and len(words[0]) <= 2):
            continue
        out.append((start, m.end(), " ".join(text[start : m.end()].split())))
    return out


# the maker alone in brackets, after an instrument's word and a bracket of its own
_MAKER = re.compile(r"\((?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})\)")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<word>[a-zа-яё]+)(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+$")


def made_by(text: str, morph: Morph) -> list[tuple[int, int, str]]:
    """The makers a methods section names alone in brackets after an instrument's, a material's or a kit's word
    (data/org_words.tsv, instrument): "an Axiovert 200 inverted microscope (Carl Zeiss)", "a GS 454 FLX genome
    sequencer (Roche)", "a polycarbonate membrane (0.2 μm) (Millipore)", «микроскоп (Carl Zeiss)»."""
    words = word_set(ORG_WORDS, "instrument")
    out = []
    for m in _MAKER.finditer(text):
        if (before := _WORD_BEFORE.search(text, max(0, m.start() - 50), m.start())) is None:
            continue
        word = before.group("word")
        if (word if not has_cyrillic(word) else morph.lemma(word)) not in words and word.removesuffix("s") not in words:
            continue
        if any(ch.isdigit() for ch in m.group("name")) or m.group("name").isupper():
            continue  # "an Olympus microscope (BXFM)", "(C-B5)": the model's code, not its maker
        out.append((m.start("name"), m.end("name"), m.group("name")))
    return out
