"""Short names an article defines for its organisations («полное имя (далее – ЕАЭС)», "World Customs
Organization (WCO)"), the organisations those definitions found, and the word lists the organisation
rules share."""

from __future__ import annotations

import re
from functools import cache

from ...data import load_lines
from ...lexicon.abbreviations import Definition, learn_abbreviations
from ...lexicon.gazetteer import is_abbreviation, keys, lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from ...record import Article, Mention
from .bounds import after_prose, long_form_start
from .names import head_word, leading_the, new_key, nominative
from .people import initialled_person
from .records import Fact
from .registry import load_registry, spelt_in_small_letters
from .things import called_a_thing, introduced_anywhere, things, word_before


@cache
def word_lists(morph: Morph) -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Generic phrases (as key sequences), heads that are not organisations, heads that are."""
    generic = frozenset(keys(leading_the().sub("", p), morph) for p in load_lines("org_generic.txt"))
    nonheads = frozenset(lemma_of(w, morph) for w in load_lines("org_nonheads.txt"))
    heads = frozenset(lemma_of(w, morph) for w in load_lines("org_heads.txt"))
    return generic, nonheads, heads


@cache
def plural_heads(morph: Morph) -> dict[str, str]:
    """The plural of each English head word, to the head word ("foundations" → "foundation")."""
    return {morph.plural(h): h for h in word_lists(morph)[2] if not has_cyrillic(h)}


def defined_short_forms(
    article: Article,
    found: list[tuple[int, int, str]],
    countries: list[tuple[int, int]],
    ner: list[Mention],
    facts: dict[str, Fact],
    morph: Morph,
    rejected: set[str],
    spelt_out: list[tuple[int, int]],
) -> dict[str, str]:
    """Short names the article defines for an organisation: short form -> fact key.

    Short names defined for anything else («глобальные цепочки стоимости (ГЦС)») go to `rejected`,
    their long forms (where their start is known) to `spelt_out`.
    """
    generic, nonheads, heads = word_lists(morph)
    ends = {end: key for _, end, key in found}
    starts = {end: start for start, end, _ in found}
    country_starts = {end: start for start, end in countries}
    things: dict[str, bool] = {}  # short form -> whether the text calls it a thing
    out: dict[str, str] = {}
    for d in learn_abbreviations(article):
        if d.long_end not in ends and article.text[d.long_end - 1 : d.long_end] in "»\"”" and d.long_end - 1 in ends:
            ends[d.long_end] = ends[d.long_end - 1]  # «Исламское государство» (ИГ): the name inside its quotes is found
            starts[d.long_end] = starts[d.long_end - 1]
        if d.unbracketed:  # a term's short form after its words: «службы ТС» may be a body and another's short form
            if d.long_end not in ends and head_word(d.long(article.text) or "", morph) not in heads:
                rejected.add(d.short)
                spelt_out.append((d.long_start or d.long_end, d.long_end))
            continue
        # a short form of one letter is a symbol of the text ("Chimp (P)", «выборка (А)»), one defined
        # for a country is the country's, and one the text calls software or a database is that
        # («Министерство внутренних дел Российской Федерации (МВД РФ)» ends with a country, is none)
        country = d.long_end in country_starts and (d.long_start is None or d.long_start >= country_starts[d.long_end])
        if len(re.sub(r"\W", "", d.short)) < 2 or country \
                or (ends.get(d.long_end) is None
                    and things.setdefault(d.short, called_a_thing(article.text, d.short, morph))):
            rejected.add(d.short)
            if d.long_start is not None and not country:
                spelt_out.append((d.long_start, d.long_end))
            continue
        key = ends.get(d.long_end)
        if key is not None and (entry := facts[key].entry) and d.long_start != starts[d.long_end] and not d.explicit \
                and d.short.casefold() not in {n.casefold() for n in entry.names()}:
            # "European Union (UNIDO)": letters that are not a registered name's own are a source, unless they
            # are another's and a body's name NER read runs on into the registered name («Всемирной ...
            # организации | ООН (ФАО)»): the body is the other's, a long form of its letters
            other = next((k for k, f in facts.items() if f.entry is not None and d.short in f.entry.names()), None)
            body = next((x for x in ner if x.start < starts[d.long_end] and x.end <= starts[d.long_end]
                         and not article.text[x.end : starts[d.long_end]].strip()
                         and head_word(x.text, morph) in heads), None)
            if other is not None and body is not None:
                found.append((body.start, d.long_end, other))
                facts[other].names.append(nominative(" ".join(article.text[body.start : d.long_end].split()), morph))
            continue
        if key is None and d.long_start is None and not any(x.start < d.long_end <= x.end + 1 for x in ner):
            continue  # a long form that cannot be read (a heading broken by a stamp) says nothing either way
        if key is None and d.long_start is not None and (key := spelt_in_small_letters(d.short, d.long(article.text), morph)):
            facts.setdefault(key, Fact(key, load_registry()[key]))
            found.append((d.long_start, d.long_end, key))
        if key is None:
            key = _new_from_definition(article, d, ner, nonheads, heads, facts, morph)
        if key is None:
            rejected.add(d.short)
            if d.long_start is not None:
                spelt_out.append((d.long_start, d.long_end))
            continue
        out.setdefault(d.short, key)
        fact = facts[key]
        if fact.short is None and is_abbreviation(d.short):
            fact.short = d.short
    return out


def _new_from_definition(
    article: Article,
    d: Definition,
    ner: list[Mention],
    nonheads: frozenset[str],
    heads: frozenset[str],
    facts: dict[str, Fact],
    morph: Morph,
) -> str | None:
    """A new organisation for a defined long form NER tagged, or one headed by an organisation word."""
    start = d.long_start
    tagged = [x for x in ner if x.start < d.long_end <= x.end + 1]
    if tagged and (start is None or tagged[0].start <= start):
        start = tagged[0].start
    if start is None:
        return None
    if d.long_start is not None and d.short_end <= d.long_start:
        start = max(start, d.long_start)  # «WNA (World Nuclear Association ...)»: the letters are no part of it
    start = after_prose(article.text, long_form_start(article.text, start, d.long_end), d.long_end, morph)
    if (the := leading_the().match(article.text[start : d.long_end])) and the.group().islower():
        start += the.end()  # "with the | West African Development Bank (BOAD)": NER's "the" is no part of the name
    long_text = " ".join(article.text[start : d.long_end].split())
    head = head_word(long_text, morph)
    if head is not None and head not in heads and not d.short.endswith("s"):
        # "Open Society Foundations (OSF)", "Centers for Disease Control (CDC)": letters that name one thing
        # spell out a body whose English head is plural ("Political Action Committees (PACs)" are many)
        head = plural_heads(morph).get(head, head)
    # "Statistical Package for Social Science (SPSS)" is software; an English long form needs an
    # organisation word, for NER tags many a method's name ("Bayesian Personalized Ranking (BPR)")
    if word_before(article.text, start, morph) in things(morph):
        return None  # «Модель | Совместного Анализа Грузопотоков (МСАГ)»: NER took the thing's name in
    # «компании ZCorporation (ZCorp)», or the name so introduced elsewhere in the text
    intro = bool(tagged) and word_before(article.text, start, morph) in heads \
        or introduced_anywhere(article.text, long_text, heads, morph)
    # (outside scholarly prose NER's name the letters spell out is a body too: "Banque de l'Afrique Occidentale (BAO)")
    spelt = bool(tagged) and d.long_start is not None and not article.scholarly
    if head is None and not intro and not spelt or head in nonheads or head in things(morph) \
            or not ((tagged and has_cyrillic(long_text)) or intro or head in heads or spelt):
        return None
    if not any(c.isupper() for c in long_text) or "@" in long_text or re.search(r",.*\b(?:and|и)\s", long_text) \
            or initialled_person(long_text):  # «предоставленные Е. М. Андреевым (РЭШ)»: a person and his body
        return None  # "controlled foreign company (CFC)": a common noun's phrase; "the US, the EU, and Canada (UEC)": a list
    # «(World Nuclear Association – Всемирная ядерная ассоциация)»: the name in both languages, a dash between
    names = [nominative(n, morph) for n in re.split(r"\s+[–—]\s+", long_text)]
    if len(names) != 2 or has_cyrillic(names[0]) == has_cyrillic(names[1]):
        names = [nominative(long_text, morph)]
    key = new_key(keys(names[-1], morph), morph)
    fact = facts.setdefault(key, Fact(key))
    fact.names.extend(names)
    fact.spans.append((start, d.long_end))
    return key
