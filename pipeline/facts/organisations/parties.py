"""Bodies a word for their kind names in small letters, which NER seldom tags: political parties English
prose names with the word "party" after the capitalised name ("membership in the Democratic party", "the
Labour party's leader"; a country's adjective before the word describes a party of that country, "the
Chinese party", and a word opening the sentence is no name, "Third party ..."), and a name in quotes
after an organisation word («институт «Коллективное действие»», «партии «Dog with two tails»») or after a
word of reporting whose object is the source («сообщает «Новый Регион — Екатеринбург»»)."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word, word_set
from ...lexicon.gazetteer import lemma_of
from ...nlp.morph import Morph
from ..countries import country_gazetteer
from .bounds import complement_after, extend
from .names import ORG_WORDS, agrees, nominative, of_a_country

_PARTY = re.compile(r"(?<=\bthe )(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+party\b")


def small_party_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every party named "the Democratic party"."""
    out = []
    for m in _PARTY.finditer(text):
        words = m.group("name").split()
        if any(of_a_country(word) for word in words):
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out


# a word in small letters, then a capitalised name in quotes
_KIND_QUOTED = re.compile(r"(?<![^\W\d_])([а-яёa-z]+(?:-[а-яёa-z]+)?)[ \t]+(?:«([^«»\n]{2,60})»|\"([^\"\n]{2,60})\"|“([^“”\n]{2,60})”)")


def quoted_after_kind(text: str, heads: frozenset[str], morph: Morph) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised name in quotes right after an organisation word in small
    letters (`heads`, lemmas): «институт «Коллективное действие»», the company "Alpha"; not after a word
    for a group or a category («по группе «Пешеходная доступность»»). Outside scholarly prose: there a
    quoted name after such a word is as often a category's or a collection's («собрание «Башкирское
    народное творчество»»)."""
    out = []
    groups = word_set(ORG_WORDS, "grouping")
    for m in _KIND_QUOTED.finditer(text):
        group = next(g for g in (2, 3, 4) if m.group(g) is not None)
        name = m.group(group).strip()
        if name[:1].isupper() and (word := lemma_of(m.group(1), morph)) in heads and word not in groups:
            if country_gazetteer(morph).lookup(name) is None:
                out.append((m.start(group), m.start(group) + len(m.group(group).rstrip()), name))
                continue
            # a country's name is the body's with its kind's word and the adjectives before it: «специального лётного
            # отряда «Россия»» is «специальный лётный отряд «Россия»», not the country nor «телеканал «Россия»»
            first = m.start(1)
            while (adjective := _WORD_BEFORE.search(text, max(0, first - 30), first)) and agrees(adjective.group(1), m.group(1), morph):
                first = adjective.start(1)
            out.append((first, m.end(), nominative(" ".join(text[first : m.end()].split()), morph)))
    return out


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([а-яё]+)[ \t]+$")


@cache
def _source_quoted() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){any_word(ORG_WORDS, 'source')}[ \t]+(?:«([^«»\n]{{2,60}})»|\"([^\"\n]{{2,60}})\"|“([^“”\n]{{2,60}})”)"
                      r"(?=[ \t]*[,.;:)]|[ \t]+[а-яёa-z])", re.I)


def quoted_sources(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised name of up to six words in quotes right after a word of reporting
    whose object is the source (`source` of data/org_words.tsv): «сообщает «Новый Регион — Екатеринбург», 1
    февраля ...», "according to "The Moscow Times", ..."; not a sentence quoted ("reports "Prices rose."")."""
    out = []
    for m in _source_quoted().finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        name = m.group(group).strip()
        if name[:1].isupper() and len(name.split()) <= 6 and not re.search(r"[.!?]$", name):
            out.append((m.start(group), m.start(group) + len(m.group(group).rstrip()), name))
    return out


_SMALL_BODY_WORD = re.compile(r"(?<![^\W\d_])([а-яё]+)(?=[ \t]+по[ \t])")


def field_named(text: str, morph: Morph) -> list[tuple[int, int, str]]:
    """(start, end, name) of each body a word in small letters and the singular names with its field after «по»
    (`field_named` of data/org_words.tsv): «на заседании комитета по экономической политике и
    предпринимательству», «совет по правам человека»; not a plural, a kind («комитеты по бюджету»), nor a field
    that says why («комиссия по итогам»: `complement_after`)."""
    words = word_set(ORG_WORDS, "field_named", lang="ru")
    out = []
    for m in _SMALL_BODY_WORD.finditer(text):
        if lemma_of(m.group(1), morph) not in words or not complement_after(text, m.end(), morph) \
                or not any(p.tag.number == "sing" for p in morph.parse(m.group(1)) if p.tag.POS == "NOUN"):
            continue
        end = extend(text, m.end(), morph)
        start = m.start()
        # («рабочей | группе по вступлению ...»: an adjective of the word opens the name; not «этой», «такой»)
        while (adjective := _ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)) is not None \
                and agrees(adjective.group(1).rpartition("-")[2], m.group(1), morph) \
                and not any("Apro" in p.tag for p in morph.parse(adjective.group(1))[:1]) \
                and lemma_of(adjective.group(1), morph) not in word_set("act_words.tsv", "time", lang="ru"):  # (not «нового»)
            start = adjective.start(1)  # («российско-американская рабочая | группа»)
        if start == m.start() and lemma_of(m.group(1), morph) in word_set(ORG_WORDS, "qualified", lang="ru"):
            continue  # «группа по интересам»: a group is a body only as «рабочая группа», «контактная группа»
        out.append((start, end, nominative(" ".join(text[start:end].split()), morph)))
    return out


_ADJECTIVE_BEFORE = re.compile(r"(?<![^\W\d_-])([а-яё]{4,}(?:-[а-яё]{4,})?)[ \t]+$")
