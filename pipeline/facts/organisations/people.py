"""What makes a capitalised word a person's surname rather than a body's name: the text prints it with
initials, NER names the person in full, a citation gives it with a number or a year, the reference
list names its author with initials. Written alone elsewhere ("Bewley concludes", "Joreskog's scheme",
«по мнению Иванова»), such a word is the person. And what makes capitalised words a cited work's
title: the reference list gives them as a title after the year ("In Civil Society under
Authoritarianism, Teets addresses ...")."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...data import load_tsv
from ...intervals import Ranges, finditer_near, near
from ...lexicon.cues import any_word
from ...lexicon.gazetteer import lemma_of
from ...nlp.lang import has_cyrillic, unmarked
from ...nlp.morph import Morph
from ...record import Article, Reference
from .names import ORG_WORDS

_INITIALLED = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.\s?)?([A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)\b"
                         r"|\b([A-ZА-ЯЁ][a-zа-яё]+)\s[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.")


def initialled(text: str, morph: Morph) -> frozenset[str]:
    """The surnames the text prints with initials ("J. Plebanski", «Иванов И. И.»), as lemmas: written
    alone elsewhere they name the person ("Plebanski's geometrization"), not a body."""
    return frozenset(lemma_of(m.group(1) or m.group(2), morph) for m in _INITIALLED.finditer(text))


def named_people(text: str, mentions: list[Any], morph: Morph) -> frozenset[str]:
    """The surnames of the people NER names in full, a given name before the surname ("Viktor Yanukovych",
    «Виктор Янукович»), as lemmas: written alone elsewhere they name the person ("the Yanukovych camp"),
    however NER labels them there."""
    full = [re.sub(r"['’]s?$", "", text[m.start:m.end]).split() for m in mentions if m.type == "PER"]  # "Betty Friedan's"
    # or two capitalised words NER called anything else, before what a scholar does ("Vivek Ghosal studied ...")
    full += [text[m.start:m.end].split() for m in mentions if m.type != "PER" and len(text[m.start:m.end].split()) == 2
             and _did_research().match(text, m.end)]
    # (a name may have a hyphen: "Ernst-Ulrich Petersmann", «Михаил Салтыков-Щедрин»)
    return frozenset(lemma_of(words[-1], morph) for words in full
                     if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words))


@cache
def _did_research() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+{any_word(ORG_WORDS, 'research_verb', whole=True)}")


# surnames a numbered citation follows ("Joreskog [40, 41]", "Taubman and Wales [68]", «Иванов и Петров [3]»)
_CITED_BY_NUMBER = re.compile(r"(?<![^\W\d_])([A-ZА-ЯЁ][a-zа-яё'’-]+)(?:\s+(?:and|и|&)\s+([A-ZА-ЯЁ][a-zа-яё'’-]+))?"
                              r"(?:\s+(?:et\s+al\.?|и\s+др\.))?\s*\[\d{1,3}(?:[,;–\s-]|and|\d){0,30}\]")


# a citation is read only near what every one holds (a number in brackets, a year), no further than this from it
_CITATION_REACH = 150
_NUMBER_IN_BRACKETS = re.compile(r"\[\d")
_CITED_YEAR = re.compile(r"(?:19|20)\d\d")


def cited_by_number(text: str, morph: Morph) -> frozenset[str]:
    """The surnames of the authors the text cites by their numbers in brackets, as lemmas: written alone
    elsewhere ("Joreskog's scheme") they name the person."""
    matches = finditer_near(_CITED_BY_NUMBER, text, near(text, _NUMBER_IN_BRACKETS, _CITATION_REACH))
    return frozenset(lemma_of(name, morph) for m in matches for name in m.groups() if name)


# surnames an author-year citation gives: "Bewley (1999)", "Taubman and Wales (1974)", "(Friedan 1963, 18)",
# «Иванов и др. (2015)», «(Петров, 2019)», and after the first in brackets ("(Stroup 2012; Stroup and Murdie 2012)")
_SURNAME = r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:[A-ZА-ЯЁ][a-zа-яё'’-]+)?"  # "Bewley", "McNamara", "DiMaggio"
_CITED_BY_YEAR = re.compile(
    rf"(?<![^\W\d_])({_SURNAME})(?:\s+(?:and|и|&)\s+({_SURNAME}))?(?:\s+(?:et\s+al\.?|и\s+др\.))?\s+\((?:19|20)\d\d[a-zа-я]?[),;]"
    rf"|(?:\(|(?<=;)\s+)({_SURNAME})(?:\s+(?:and|и|&)\s+({_SURNAME}))?(?:\s+(?:et\s+al\.?|и\s+др\.))?,?\s+(?:19|20)\d\d[a-zа-я]?[),;]")


def cited_by_year(text: str, morph: Morph) -> frozenset[str]:
    """The surnames of the authors the text cites with a year, as lemmas: written alone elsewhere
    ("Bewley concludes", "Friedan herself") they name the person."""
    matches = finditer_near(_CITED_BY_YEAR, text, near(text, _CITED_YEAR, _CITATION_REACH))
    return frozenset(lemma_of(name, morph) for m in matches for name in m.groups() if name)


def initialled_person(name: str) -> bool:
    """A name that is a person's with initials, whole («Е. М. Андреевым», "J. A. Smith", «Иванов И. И.»)."""
    return _INITIALLED.fullmatch(" ".join(name.split())) is not None


def cited_people(references: list[Reference]) -> frozenset[str]:
    """The surnames, in lower case, of the people a reference list cites by their initials ("Øvretveit J.",
    «Иванов И. И.», "Ravenstein E") or by their names in full ("Amanda Murdie", "Bush, Sarah Sunn"): alone
    in the text ("as Øvretveit's recommendation"), such a word is a person."""
    out: set[str] = set()
    for entry in references:
        for author in entry.authors:
            if re.search(r"(?<![^\W\d_])[^\W\d_]\.|\s[A-ZА-ЯЁ]{1,3}$", author) \
                    or re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:,?\s[A-ZА-ЯЁ][a-zа-яё'’-]+){1,2}", author):
                out.update(w.lower() for w in re.findall(r"[^\W\d_][\w'’-]{2,}", author))
    return frozenset(out)


def surnames(article: Article, morph: Morph) -> frozenset[str]:
    """Every surname the article gives evidence of, as lemmas (and in lower case from its references)."""
    found = initialled(article.text, morph) | cited_people(article.references) \
        | named_people(article.text, article.mentions, morph) | cited_by_number(article.text, morph) \
        | cited_by_year(article.text, morph) | russian_in_latin(article.text, article.mentions, morph)
    found |= _joined_to_people(article.text, found, morph)
    return found | {unmarked(name) for name in found}  # "Øvretveit's" in the text, "Ovretveit J" in the list


@cache
def _russian_spelling() -> tuple[tuple[str, str], ...]:
    return tuple((latin, russian) for latin, russian in load_tsv("russian_spelling.tsv", 2))


def in_russian_letters(word: str) -> str | None:
    """A name in Latin letters spelt in Russian letters ("Lavrov" → «лавров»), or None where some letter has no spelling."""
    low, out, at = word.lower(), [], 0
    while at < len(low):
        row = next((r for r in _russian_spelling() if low.startswith(r[0], at)), None)
        if row is None:
            return None
        out.append(row[1])
        at += len(row[0])
    return "".join(out)


def russian_in_latin(text: str, mentions: list[Any], morph: Morph) -> frozenset[str]:
    """One capitalised Latin word NER names anything that, spelt in Russian letters, the dictionary reads first as a
    Russian surname ("According to Lavrov", "Mishustin said"; not "Gazprom", "Rostov" or "Reuters"), as lemmas."""
    out = set()
    for m in mentions:
        word = text[m.start : m.end]
        if m.type in ("ORG", "PER") and re.fullmatch(r"[A-Z][a-z]{3,}", word) and (russian := in_russian_letters(word)):
            best = morph.parse(russian)[:1]
            if best and "Surn" in best[0].tag.grammemes and best[0].score >= _SURNAME_SCORE:
                out.add(lemma_of(word, morph))
    return frozenset(out)


_SURNAME_SCORE = 0.5  # "Lavrov" reads as a surname at 0.57, "Reuters" at 0.1


# two capitalised words that "and" joins, neither going on into a longer name ("supporters of both Yushchenko
# and Yanukovych", «встреча Ющенко и Януковича»; not "Smith and Wesson Holding")
_JOINED = re.compile(rf"(?<![\w'’-])({_SURNAME})\s+(?:and|и)\s+({_SURNAME})(?![\w'’-]|\s+[A-ZА-ЯЁ])")


def _joined_to_people(text: str, surnames: frozenset[str], morph: Morph) -> frozenset[str]:
    """The words "and" joins to a surname the text gives evidence of: a person beside a person."""
    out = set()
    for m in _JOINED.finditer(text):
        first, second = (lemma_of(name, morph) for name in m.groups())
        if first in surnames:
            out.add(second)
        elif second in surnames:
            out.add(first)
    return frozenset(out)


# a title after an author-year entry's year: "Teets, Jessica C. 2014. Civil Society under Authoritarianism: The
# China Model. New York: ...", «Иванов И. И. (2015). Таможенный союз: ...»
_TITLE_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d[a-zа-я]?\)?[.,]\s+([^.:?!]{8,150}?)(?=[.:?!](?:\s|$))")


def cited_titles(references: list[Reference]) -> frozenset[str]:
    """The titles of the works a reference list cites (the part before a subtitle), in lower case: the
    same words in the text name the work, not a body."""
    return frozenset(" ".join(m.group(1).split()).strip("\"“”«»'‘’ ").lower() for entry in references
                     if (m := _TITLE_AFTER_YEAR.search(entry.text)))


# what joins the names of a list: a comma, "and", «и», a comma and "and"
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:and|и|&)\s+)?|\s(?:and|и|&)\s+)")


_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:della|del|di|de|du|von|van|der|la|le)[ \t]+|d['’])?[A-ZА-ЯЁ]")  # "Il Popolo | della Libertà"


def listed_with_people(text: str, mentions: list[Any]) -> frozenset[str]:
    """The names NER gives no person's label that a list joins to a person's name ("books by Sarah Bush,
    Jessica Teets, and Amanda Murdie", «Иван Петров, Анна Смирнова и Олег Козлов»): people too, by their
    full names (two words or more, each capitalised)."""
    # (a person's full name: one word NER calls a person may be a party's as well, "Forza Italia, Lega and ...", and
    # so may a name it calls a body, or a part of one, elsewhere: "Forza Italia, Lega [Nord], and Fratelli d'Italia",
    # "both Forza Italia and Il Popolo | della Libertà")
    bodies = " | ".join({" ".join(text[m.start:m.end].split()) for m in mentions if m.type == "ORG"})
    people = [(m.start, m.end) for m in mentions if m.type == "PER" and len(words := text[m.start:m.end].split()) >= 2
              and not re.search(rf"(?<![\w'’]){re.escape(' '.join(words))}(?![\w'’])", bodies)
              and not _NAME_GOES_ON.match(text, m.end)]
    starts, ends = sorted(s for s, _ in people), sorted(e for _, e in people)
    out = set()
    for m in mentions:
        name = " ".join(text[m.start : m.end].split())
        if m.type == "PER" or len(name.split()) < 2 or not all(w[:1].isupper() and w.isalpha() for w in name.split()):
            continue
        at = bisect.bisect_left(ends, m.start) - 1  # the person's name ending last before this one
        before = at >= 0 and _LIST_JOINT.fullmatch(text[ends[at] : m.start]) is not None
        at = bisect.bisect_right(starts, m.end)  # and the one beginning first after it
        after = at < len(starts) and _LIST_JOINT.fullmatch(text[m.end : starts[at]]) is not None
        if before or after:
            out.add(name)
    return frozenset(out)


_PAIR = re.compile(rf"({_SURNAME})\s+(?:and|и|&)\s+({_SURNAME})")


@dataclass(frozen=True)
class NotBodies:
    """The surnames (as lemmas) of an article, the full names of people lists join to others, and where
    its text names the works its reference list cites by their titles: names that are no bodies."""

    surnames: frozenset[str]
    titled: Ranges[tuple[int, int]]
    people: frozenset[str] = frozenset()

    def holds(self, name: str, start: int, end: int, morph: Morph) -> bool:
        """Whether a name is a surname or a person's listed with people, or stands inside a cited work's
        title ("Civil Society under" in "In Civil Society under Authoritarianism, Teets ...")."""
        name = " ".join(name.split())
        bare = re.sub(r"['’]s$", "", name)  # "Karol & Miguel's results"
        # (and two surnames joined as a citation joins its authors: "Karol & Miguel", «Иванов и Петров»)
        pair = _PAIR.fullmatch(bare)
        return " " not in name and unmarked(lemma_of(name, morph)) in self.surnames or self.titled.covers(start, end) \
            or bare in self.people \
            or pair is not None and all(lemma_of(w, morph) in self.surnames for w in pair.groups()) \
            or _after_a_person(name, self.surnames, morph)


_AFTER_A_PERSON = re.compile(r"([A-Z][a-z]+?)(?:ian|ean|an)")  # "Weberian", "Keynesian", "Hegelian"


def _after_a_person(name: str, surnames: frozenset[str], morph: Morph) -> bool:
    """Whether a word like "Weberian" is an adjective made of a surname the text gives evidence of ("Weber
    (1978)", "Max Weber"): the person's, no body ("the Smithsonian" stays, its founder unnamed)."""
    made = _AFTER_A_PERSON.fullmatch(name)
    return made is not None and any(lemma_of(stem, morph) in surnames for stem in (made.group(1), name[:-2], name[:-3]))


def not_bodies(article: Article, morph: Morph) -> NotBodies:
    titles = [t for t in cited_titles(article.references) if " " in t]
    low = article.text.lower()
    spans = [(m.start(), m.end()) for t in titles for m in re.finditer(re.escape(t), low)] if titles else []
    return NotBodies(surnames(article, morph), Ranges(spans),
                     listed_with_people(article.text, article.mentions) | mostly_people(article.text, article.mentions, morph))


def mostly_people(text: str, mentions: list[Any], morph: Morph) -> frozenset[str]:
    """Full names (two or three capitalised words) NER calls a body's somewhere and a person's at least as often:
    a person wherever it stands ("the US artist Jackson Pollock", "Jackson Pollock's paintings"); in Russian
    only where the first word reads as a given name or a surname («Джексон Поллок»; not «Скантроник Системс»)."""
    person: Counter[str] = Counter()
    body: Counter[str] = Counter()
    for m in mentions:
        name = re.sub(r"['’]s?$", "", " ".join(text[m.start:m.end].split()))
        if 2 <= len(words := name.split()) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            if m.type == "PER":
                person[name] += 1
            elif m.type == "ORG":
                body[name] += 1
    return frozenset(name for name, n in body.items() if person[name] >= n and (
        not has_cyrillic(name) or any({"Name", "Surn"} & p.tag.grammemes for p in morph.parse(name.split()[0]))))
