"""Organisations: each one once, however the article writes it, with every occurrence as a mention.

Occurrences come from four places, in this order of trust: names from the registry matched by
lemmas (any case, either language, abbreviations as written); abbreviations and short names the
article defines («полное имя (далее – ЕАЭС)», "World Customs Organization (WCO)"); back-references
by the head word of an organisation already named («Союз», "the Union" written with a capital
after the Eurasian Economic Union was named); and NER ORG spans the registry does not know,
trimmed and put into the nominative. Generic phrases («таможенные органы», "member states") and
names of acts or systems ("Kyoto Convention") are not organisations.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from functools import cache

from ...context import Context
from ...intervals import Ranges
from ...lexicon.abbreviations import cyrillic_lookalike
from ...lexicon.cues import FUNCTION_WORDS, word_set
from ...lexicon.gazetteer import Gazetteer, Piece, is_abbreviation, keys, lemma_of, pieces
from ...nlp.english import closed_words
from ...nlp.lang import has_cyrillic, has_latin
from ...nlp.morph import Morph
from ...record import Article, Mention
from ..countries import country_gazetteer, country_synonyms
from . import apposition, cases, deeds, evidence, lists
from .bounds import widened
from .definitions import defined_short_forms, word_lists
from .divisions import bodies_of_organisations, field_bodies, stationed
from .glosses import glossed, translated
from .makers import incorporated, made_by, publishers, suppliers
from .names import (
    countries_joined,
    english_short_forms,
    generic_head,
    head_word,
    headed,
    leading_the,
    legal_form,
    new_key,
    of_a_country,
    shortening_tests,
    stationed_in,
    within,
    without_country,
    written_out,
    written_small,
)
from .parties import field_named, quoted_after_kind, quoted_sources, small_party_names
from .people import not_bodies
from .records import Fact, assembled_record
from .registry import (
    described_entry,
    known_entry,
    load_registry,
    of_a_country_before,
    out_of_its_country,
    registry_gazetteer,
)
from .sounds import transliterated
from .spans import (
    introduced,
    named_after,
    ner_candidates,
    of_their_place,
)
from .states import a_state, country_bodies, periphrased, place_bodies, short_names, state_bodies
from .things import (
    modifies_plural,
    opens_product,
    plural_kind,
    product_named,
)
from .titlecase import title_case_names

log = logging.getLogger(__name__)

@cache
def _alias_heads(morph: Morph) -> frozenset[tuple[str, str]]:
    """(registry id, head lemma) of the registry's own names for its bodies («Совет Евразийской
    экономической комиссии» is the Commission): such a head before the organisation adds no body."""
    return frozenset((e.id, head) for e in load_registry().values() for name in e.names() if " " in name
                     if (head := head_word(name, morph)) is not None)


def extract_organisations(article: Article, context: Context) -> Article:
    """Fill `organisations` and add an ORG mention for every occurrence of each.

    Needs `text`, `sentences` and the NER mentions; run after `extract_countries`.
    """
    models = context.models
    morph = models.morph
    registry = load_registry()
    text_pieces = pieces(article, morph)
    found: list[tuple[int, int, str]] = []  # start, end, fact key
    facts: dict[str, Fact] = {}
    heads = word_lists(morph)[2]  # the organisation words

    scholarly = article.scholarly
    in_text = {c.iso2 for c in article.countries}  # "Senate" is the United States' only in a text that names them
    for m in evidence.registered(article.text, registry_gazetteer(morph).scan(text_pieces), scholarly,
                                 lambda key: registry[key].kind == "company", heads, morph):
        if out_of_its_country(registry[m.value], article.text, m.start, m.end, in_text, morph) or opens_product(article.text, m.end):
            continue
        fact = facts.setdefault(m.value, Fact(m.value, registry[m.value]))
        found.append((m.start, m.end, m.value))
        fact.spans.append((m.start, m.end))

    countries = [(x.start, x.end) for x in article.mentions if x.type == "COUNTRY"]
    ner = _adjacent_joined(article.text, [x for x in article.mentions if x.type == "ORG"], heads)
    ner_at = {(x.start, x.end) for x in ner}
    found = _yield_to_quoted(article, found, ner, heads)
    rejected: set[str] = set()
    spelt_out: list[tuple[int, int]] = []  # the long forms of short forms defined for things
    defined = defined_short_forms(article, found, countries, ner, facts, morph, rejected, spelt_out)
    found = evidence.given_elsewhere(article.text, found, facts, defined, rejected)
    found += [(s, e, f.key) for f in facts.values() if f.entry is None for s, e in f.spans]
    found = _add_learned(text_pieces, defined, found, countries, morph)
    found += _back_references(text_pieces, found, facts, defined, morph)
    stems: dict[tuple[str, ...], str] = {}
    candidates = ner_candidates(article, ner, found, countries, word_lists(morph), morph)
    candidates = deeds.named_as_place(article.text, of_their_place(article.text, candidates, article.mentions, heads, morph),
                                      article.mentions, heads, morph)
    people = not_bodies(article, morph)
    candidates = [c for c in candidates if not evidence.eponym(article.text, c, heads, morph)
                  and not evidence.sign_or_label(article.text, *c[:2])]
    sites, candidates = ([], candidates) if scholarly else evidence.sites(article.content, found, candidates)
    from_ner = {(s, e) for s, e, _ in candidates}
    taken = found + [(s, e, "") for s, e, _ in candidates + sites]
    # a run NER reads as a place is one, whatever word heads it ("the West Bank", "the Left Bank")
    read_as_place = Ranges((x.start, x.end) for x in article.mentions if x.type == "LOC")
    candidates += [c for c in title_case_names(article.content, text_pieces, taken, word_lists(morph))
                   if not read_as_place.covers(c[0], c[1])] + sites
    # "the Soviet Union" is a country, «Россия–Китай», "US-China" a pair of them; but a country's name in quotes
    # after a body's word is that body's («отряда «Россия»», «телеканал «Россия»»)
    after_kind = [] if scholarly else quoted_after_kind(article.content, heads, morph)
    named_countries = set(countries) - {(s, e) for s, e, _ in after_kind}
    candidates = [c for c in candidates if (c[0], c[1]) not in named_countries and not countries_joined(c[2], morph)]
    candidates = evidence.with_country_before(article.text, candidates, countries)
    # "three ISPs: Swisscom, Sunrise, and Switch": the names a word for bodies of a kind lists
    published_by, titled = publishers(article.content, morph)  # «в статье Частного корреспондента «...»», not a person's
    persons = Ranges((x.start, x.end) for x in article.mentions if x.type == "PER")
    published_by = [p for p in published_by if not persons.overlaps(p[0], p[1])]
    candidates = [c for c in candidates if not titled.covers(c[0], c[1])]
    # "(Carl Zeiss, Germany)", "Nike, Inc.", "the Democratic party", "an inverted microscope (Carl Zeiss)"
    # «семи региональных центров: Белгорода, Курска, ...»: a place listed is no body
    places_named = Ranges(place_spans := [(x.start, x.end) for x in article.mentions if x.type in ("LOC", "COUNTRY")])
    members = lists.listed(article.content, morph) + lists.bodies_listed(article.content, heads) \
        + state_bodies(article.content, morph, english=not scholarly) \
        + suppliers(article.content, heads) + incorporated(article.content) + published_by \
        + small_party_names(article.content) + made_by(article.content, morph) \
        + place_bodies(article.content, places_named, Ranges(candidates + found), morph) \
        + ([] if scholarly else after_kind + quoted_sources(article.content)
           + field_named(article.content, morph))
    glossed_names, explanations = glossed(article.content, morph)  # "the Storting (parliament)"
    members = [m for m in members if not places_named.covers(m[0], m[1]) and not countries_joined(m[2], morph)] + country_bodies(article.content, countries, morph, english=not scholarly) \
        + [g for g in glossed_names if not places_named.overlaps(g[0], g[1]) and not persons.overlaps(g[0], g[1])]
    # "Spandana, one of India's fastest growing MFIs": what the apposition says outweighs NER's place
    members += [m for m in apposition.described_names(article.content, morph) if (m[0], m[1]) not in named_countries]
    candidates = lists.with_members(candidates, members, found)
    members_at = Ranges(members)
    places = [x for x in article.mentions if x.type in ("LOC", "COUNTRY", "PER", "ORG")]
    # a body named after a place takes in the shorter span NER gave it («Верховный суд» of «... США»)
    bodies = named_after(article.content, places, found, heads, morph, frozenset((s, e) for s, e, _ in candidates),
                         _alias_heads(morph))
    named = Ranges(candidates)
    bodies = [b for b in bodies if not named.covers(b[0], b[1])]  # «... при прокуратуре РФ»
    longer, parts_of = Ranges(bodies), {b[1] for b in bodies}  # (the body a part's name ends in stays: «фракция КПРФ»)
    candidates = [c for c in candidates if not longer.covers(c[0], c[1]) or c[1] in parts_of and (c[0], c[1]) in ner_at] + bodies
    candidates = bodies_of_organisations(article.text, candidates, found, heads, morph,
                                         _alias_heads(morph))
    # «Управление по связям | с Евразийским экономическим союзом»: a body named by what its field is about, in
    # place of the name NER stopped before it
    fielded = field_bodies(article.content, [(s, e) for s, e, _ in found] + countries, heads, morph)
    candidates = [c for c in candidates if not any(b[0] == c[0] and c[1] < b[1] for b in fielded)] + fielded
    parties = cases.case_parties([article.text, *(n.text for n in article.footnotes)])
    first_names = {x.end: x.start for x in article.mentions if x.type == "PER" and " " not in x.text}
    candidates = cases.without_case(article.text, widened(article.text, candidates, models, heads, first_names),
                                       places_named, heads, parties)
    candidates = stationed(article.text, candidates, place_spans, morph)  # «посольство | в Токио»
    explained = Ranges(explanations)
    candidates = [c for c in candidates if not explained.covers(c[0], c[1]) and not product_named(article.text, c[0], c[1])]
    apart = Ranges((b.start, b.end) for b in article.blocks if b.kind in ("heading", "title", "table", "caption"))
    places_called = evidence.named_places(article.text, morph)
    rejected |= evidence.counted_short_forms(article.text, morph)  # «всех АЭС», "NGOs": kinds of things
    rejected |= {cyrillic_lookalike(short) for short in rejected}  # «сернистые соединения (CC)», then «СС»
    candidates = [c for c in candidates if cyrillic_lookalike(c[2]) not in rejected
                  and not evidence.outside_prose(article.text, c, apart, heads, morph)
                  and not evidence.common_words(c[2], heads, morph) and not evidence.facility(article.text, *c[:2], morph)
                  and not evidence.group_of_people(article.text, c[0], c[1], morph)
                  and not generic_head(c[2], heads, morph) and not a_state(c[2], morph)
                  and not modifies_plural(article.text, c, heads, morph) and not plural_kind(article.text, c[0], c[1], morph)
                  and not evidence.common_compound(article.text, c[0], c[1], heads, morph)
                  and not evidence.sign_or_label(article.text, *c[:2]) and not written_small(article.text, c[2])
                  and not evidence.negated(article.text, c[0]) and not cases.case_party(article.text, c[0], c[1])
                  and not evidence.cited_act(article.text, c[0], c[1])
                  and not evidence.only_places(article.text, c, place_spans) and not (" " not in c[2] and lemma_of(c[2], morph) in places_called)
                  and not (people.holds(c[2], c[0], c[1], morph)
                           and not deeds.shown_elsewhere(article.text, [c[2]], morph, person=True))]
    candidates = evidence.without_terms(article.text, candidates, rejected, heads, morph)
    # "Dual-task Attentive Tree-aware Embedding (DATE)": no name inside a thing's spelt-out name, anywhere
    spelt = [keys(article.text[s:e], morph) for s, e in spelt_out]
    candidates = [c for c in candidates if headed(c[2], heads, morph) or not any(within(keys(c[2], morph), seq) for seq in spelt)]
    short_forms = english_short_forms(candidates, morph)
    support: dict[str, int] = defaultdict(int)  # evidence for each new organisation
    english = Ranges((b.start, b.end) for b in article.blocks if b.lang == "en")
    # «комиссия ЕС» is «комиссия Европейского союза»: a registered body's short form the text uses, written out
    long_forms = {short: long for f in facts.values() if f.entry is not None
                  for shorts, long in ((f.entry.abbr_ru, f.entry.ru), (f.entry.abbr_en, f.entry.en)) for short in shorts}
    long_forms |= {short: facts[key].names[0] for short, key in defined.items() if key in facts and facts[key].names}
    registered = [(key, fact.entry) for key, fact in facts.items() if fact.entry is not None]  # (the loop adds none)
    for start, end, name in candidates:
        if (owner := re.search(r"['’]s\b", article.text[start:end])) \
                and headed(owned := " ".join(article.text[start : start + owner.start()].split()), heads, morph) \
                and not headed(article.text[start + owner.end():end], heads, morph):  # ("Community's Court of Justice")
            end, name = start + owner.start(), owned  # "the Fraser Institute's Economic Freedom", "... Development's budget"
        # «ОАО «Радий»» and «АО «Радий»» are one; "Medical Department of KCH" is "... of Kamuzu Central Hospital"
        plain = periphrased(name, morph) if has_cyrillic(name) else None  # «внешнеполитическое ведомство» is «МИД»
        # ("The Andean Community" after a colon is the Andean Community: a leading article tells no two bodies apart)
        seq = keys(written_out(leading_the().sub("", legal_form().sub("", plain or name)) or name, long_forms), morph)
        seq = without_country(seq, name, country_synonyms(morph))  # "UK National Health Service" is "National ..."
        if has_cyrillic(name):
            stem = _stem(seq, name, morph)
            key = known_entry(seq, registered, heads, morph) or of_a_country_before(article.text, start, name, morph) \
                or described_entry(name, registered, long_forms, morph) or stems.get(stem, new_key(seq, morph))
            stems.setdefault(stem, key)
        else:
            key = known_entry(seq, registered, heads, morph) or of_a_country_before(article.text, start, name, morph) \
                or new_key(short_forms.get(seq, seq), morph)
        fact = facts.setdefault(key, Fact(key, registry.get(key)))
        fact.names += [name, plain] if plain and plain.split()[0] in short_names() else [name]  # (not «японское МИД»)
        found.append((start, end, key))
        # in English prose a name of several capitalised words is as often a method, a section or a
        # product ("Empirical Bayes", "Ubuntu OS"): without an organisation word it needs a second
        # mention (in Russian prose Latin letters set a foreign name apart: «агентство Agence France-Presse»)
        is_headed = headed(name, heads, morph)
        in_english = english.holds(start) or evidence.in_english_phrase(article.text, start, end)
        # a name in Latin letters in a scholarly article's Russian prose with nothing before it to say
        # what it is is a program, a protocol or a method as often as a body («IDS Snort», «User-Agent»)
        latin = not in_english and scholarly and not has_cyrillic(name)  # a Russian word before it says
        in_english = in_english or latin
        plain_english = in_english and scholarly and not is_headed
        # in a Russian text that is no scholarly article, a name in Latin letters but capitals is a
        # foreign company's, a medium's or a band's more often than a term («сервис Twitter», «Zynga»)
        # (in a Russian text's prose so are the Latin capitals NER calls a body, «выпускают BBC»; not Russian letters, a
        # method's or a term's as often: «оценены по МНК»)
        foreign = not in_english and not scholarly and has_latin(name) and not has_cyrillic(name) \
            and (not name.isupper() or article.language == "ru" and len(name) >= 3)
        the = leading_the().match(article.text[start:end])  # "The Independent": NER's span and the capital before it
        strong = ((start + (the.end() if the else 0), end) not in from_ner and not plain_english) \
            or is_headed or foreign \
            or (not evidence.term_like(name) and not in_english) \
            or (not scholarly and evidence.news_letters(article.text, start, name, morph)) \
            or evidence.quoted(article.text, start, end) \
            or (introduced(article.text, start, heads, morph) and (latin or not plain_english)) \
            or evidence.owns(article.text, end) or evidence.acts(article.text, start, end) or deeds.declares(article.text, start, end, morph) \
            or (not scholarly and evidence.speaks(article.text, start)) \
            or apposition.described(article.text, end, morph) \
            or members_at.covers(start, end)  # "KPMG's table": a body that owns ("Egger's test" is a method)
        if strong:
            support[key] += 2
        elif in_english and scholarly:
            # in a scholarly article's English prose (it has references, authors or an abstract) names
            # NER alone offers without an organisation word are its methods, systems and terms far
            # more often than bodies ("Threat Model", "ToF-SIMS", "Scalar Field"): they count for nothing
            support.setdefault(key, 0)
        elif (in_english or scholarly) and evidence.term_like(name):
            # in English prose NER calls many a term, a unit or a method in capitals an organisation
            # ("ETR", "BEPS", "EUR"), and so in a scholarly article's Russian prose («ЯТЦ», «ТВС», «РУ»):
            # however often such a word comes back, it counts once
            support[key] = max(support[key], 1)
        else:
            support[key] += 1

    found = _merge_stump_compounds(found, facts, support, morph, translated(article.text, found) + transliterated(facts))
    # a name NER alone offers once, one Latin word or letters in capitals with no organisation word, no definition
    # and no body's deed anywhere, is a term, a product or a method more often than a body («BERT», "Perl", «МНК»)
    weak = {key for key, n in support.items() if n < 2 and facts[key].entry is None
            and not deeds.shown_elsewhere(article.text, facts[key].names, morph)}
    if scholarly:  # a convention that sets up "a Valuation Committee" founds one
        weak |= evidence.kinds_of_bodies(article.text, [f for f in found if f[2] in support and facts[f[2]].entry is None])
    found = [f for f in found if f[2] not in weak]
    for key in weak:
        del facts[key]
    _emit(article, found, facts, morph)
    return article


def _merge_stump_compounds(found: list[tuple[int, int, str]], facts: dict[str, Fact], support: dict[str, int],
                           morph: Morph, translations: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """A short form of another organisation's name of the article is that organisation, though the
    text never defines it: its initials («ЦЭНКИ», "IBFD"), a Russian stump compound («Минюст» and
    «Министерство юстиции», «Минфин» and «Министерство финансов»), an English name with its head
    last ("Justice Ministry" and "Ministry of Justice"), or without the body it belongs to ("Finance
    Committee" and "Senate Finance Committee") or the country it is of («МЧС» and «МЧС России», «китайское правительство» and «правительство Китая»)."""
    # (and a name the text gives in the other language in brackets is the one before the brackets, `translated`)
    moved = {key: target for key, target in translations if facts[key].entry is None}
    bodies = {n for f in facts.values() for n in [*f.names, *(f.entry.names() if f.entry else ())]}
    names_of = {key: [*f.names, *([f.entry.ru, f.entry.en, *f.entry.aliases_en] if f.entry else [])] for key, f in facts.items()}
    # the longer names first: "KCH Medical Department" goes to "Medical Department of KCH" before "Medical Department"
    for key, fact in sorted(facts.items(), key=lambda item: -len(item[1].names[0].split()) if item[1].names else 0):
        if fact.entry is not None or not fact.names:
            continue
        short = fact.names[0]
        bare = legal_form().sub("", short).strip("«»\"“”„ ")  # «ФГУП «ЦЭНКИ»»: ЦЭНКИ
        tests = shortening_tests(short, bare, bodies, morph)
        # (names that shorten one another count once: «МИД» of «МИД Великобритании», moved to «Министерство
        # иностранных дел Великобритании» before it)
        targets = {moved.get(other, other) for other, full in facts.items() if other != key
                   and any(test(name) for name in names_of[other] for test in tests)} - {key}
        if len(targets) == 1:
            moved[key] = targets.pop()
    for key in moved:
        while moved[key] in moved:  # moved on to a name that was moved in its turn
            moved[key] = moved[moved[key]]
    for key, target in moved.items():
        fact = facts.pop(key)
        facts[target].spans.extend(fact.spans)
        moved_support = support.pop(key, 0)
        if target in support:  # (a name the text defines or the registry holds needs no count)
            support[target] += moved_support
        if (key, target) in translations:
            facts[target].names.extend(fact.names)
            if fact.names and facts[target].names and has_cyrillic(fact.names[0]) == has_cyrillic(facts[target].names[0]):
                facts[target].glossed.update(fact.names)  # "(Spanish: Comunidad Andina de Naciones)"
        elif facts[target].short is None and not fact.names[0][:1].islower():
            facts[target].short = fact.names[0]
        else:  # (words in small letters are no short form: «лётный отряд «Россия»», «китайское правительство»)
            facts[target].names.extend(n for n in fact.names if n not in facts[target].names)
    return [(s, e, moved.get(k, k)) for s, e, k in found]


def _adjacent_joined(text: str, ner: list[Mention], heads: frozenset[str]) -> list[Mention]:
    """English NER spans one space apart as one name: NER read "the French | Treasury" as two; not when the first
    is a whole name, ending in its organisation word or owning the next ("Brazilian Social Democratic Party | PDT",
    "the Ministry of Finance's | Department of Revenue")."""
    out: list[Mention] = []
    for x in sorted(ner, key=lambda m: m.start):
        last = out[-1].text.split()[-1] if out else ""
        if out and text[out[-1].end:x.start] == " " and not has_cyrillic(out[-1].text + x.text) \
                and not re.search(r"['’]s?$", last) and last.lower().rstrip("s") not in heads:
            out[-1] = Mention("ORG", text[out[-1].start:x.end], out[-1].start, x.end, out[-1].page)
        else:
            out.append(x)
    return out


def _yield_to_quoted(article: Article, found: list[tuple[int, int, str]], ner: list[Mention],
                     heads: frozenset[str]) -> list[tuple[int, int, str]]:
    """Drop a registry match that ends inside an open quotation an NER span carries on
    («АО «РЖД Логистика»» is not «АО «РЖД»»), or that opens a longer English name NER found, which goes
    on in capitalised words to an organisation word ("the United Nations | Industrial Development
    Organization" is not the United Nations, "the European | Customs Union | Study Group" not the Customs Union;
    "the Technical Committee of | the WCO" and "the WCO | Secretariat", a body of it, keep it)."""
    text = article.text
    spans = Ranges(ner)
    kept = []
    for start, end, key in found:
        cut = any(
            end < x.end and (text.count("«", x.start, end) > text.count("»", x.start, end)
                             and text[end:x.end].strip()[:1].isalnum()
                             or not text[start:end].isupper() and _before_in_name(text[x.start:start])
                             and _LONGER_NAME.fullmatch(text, end, x.end) is not None
                             and re.sub(r"['’]s$", "", text[x.start:x.end].split()[-1].lower()).rstrip("s") in heads)
            for x in spans.covering(start, end)
        )
        if not cut and not _opened_before(text, start):
            kept.append((start, end, key))
    return kept


_WORD_BEFORE = re.compile(r"(?<=[a-z,][ \t])([A-Z][a-z]+)[ \t]$")  # after a word in small letters or a comma


def _opened_before(text: str, start: int) -> bool:
    """Whether a capitalised word in prose right before a registered English name opens a longer name ("the West |
    African Development Bank" is not the African Development Bank); not a country's name or adjective ("the Russian |
    Federal Customs Service"), nor a small word that opens a sentence or a heading."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and text[start:start + 1].isupper() and not has_cyrillic(text[start:start + 1]) \
        and not of_a_country(before.group(1)) and before.group(1).lower() not in closed_words()


_LONGER_NAME = re.compile(r"(?:[ \t]+(?:[A-Z][\w’'-]*|of|for|and|the|on)){1,6}")


def _before_in_name(before: str) -> bool:
    """Whether what an English name NER read holds before a registered name is nothing but "the", or capitalised
    words ("the European | Customs Union | Study Group" is neither the Customs Union nor a body of it)."""
    return re.fullmatch(r"[ \t]*(?:the[ \t]+)?(?:(?!The\b)[A-Z][\w’'-]*[ \t]+)*", before) is not None


def _stem(seq: tuple[str, ...], name: str, morph: Morph) -> tuple[str, ...]:
    """«Межгосударственный центр» of «Межгосударственный центр мониторинга»: an adjective and its
    head noun begin both names of one organisation the article writes in two ways; not the bodies of two
    countries («правоохранительные органы Китая» and «... Малайзии») nor the missions in two places («российское
    посольство в Берлине» and «... в Буэнос-Айресе», see `divisions.stationed`)."""
    words = name.split()
    if len(seq) > 2 and len(words) > 2 and words[1] and head_word(" ".join(words[:2]), morph) == seq[1] \
            and country_gazetteer(morph).lookup(words[-1]) is None and not stationed_in(" ".join(words[:2]), name):
        return seq[:2]
    return seq


def _add_learned(
    text_pieces: list[Piece],
    defined: dict[str, str],
    found: list[tuple[int, int, str]],
    countries: list[tuple[int, int]],
    morph: Morph,
) -> list[tuple[int, int, str]]:
    """Occurrences of defined short names; a definition overrides the registry's reading of a span."""
    if not defined:
        return found
    local: Gazetteer[str] = Gazetteer(morph)
    for short, key in defined.items():
        local.add(short, key)
    learned = [(m.start, m.end, m.value) for m in local.scan(text_pieces)]
    country_spans = Ranges(countries)
    # a short name that takes a country in whole («ФСТЭК России») stays; one inside a country's name goes
    learned = [x for x in learned if not any(not _inside((c[0], c[1], ""), x) for c in country_spans.overlapping(x[0], x[1]))]
    learned_spans = Ranges(learned)
    kept = [f for f in found if not any(not _inside(x, f) for x in learned_spans.overlapping(f[0], f[1]))]
    kept_spans = Ranges(kept)
    learned = [x for x in learned if not kept_spans.overlaps(x[0], x[1])]
    return sorted(kept + learned)


def _back_references(
    text_pieces: list[Piece],
    found: list[tuple[int, int, str]],
    facts: dict[str, Fact],
    defined: dict[str, str],
    morph: Morph,
) -> list[tuple[int, int, str]]:
    """«Союз» / "the Union" with a capital, after an organisation with that head word was named."""
    by_head: dict[str, list[str]] = {}
    for key, fact in facts.items():
        names = [fact.entry.ru, fact.entry.en] if fact.entry else fact.names
        for name in names:
            head = head_word(name, morph)
            if head and key not in by_head.setdefault(head, []):
                by_head[head].append(key)
    taken = sorted(found)
    seen: dict[str, int] = {}
    out: list[tuple[int, int, str]] = []
    index = 0
    for i, piece in enumerate(text_pieces):
        while index < len(taken) and taken[index][1] <= piece.start:
            seen[taken[index][2]] = seen.get(taken[index][2], 0) + 1
            index += 1
        if index < len(taken) and taken[index][0] < piece.end:
            continue
        if not piece.capital:  # most words: no list of candidates made for them
            continue
        candidates = [k for k in by_head.get(piece.lemma, ()) if seen.get(k)]
        if not candidates or is_abbreviation(piece.text):
            continue
        after = text_pieces[i + 1] if i + 1 < len(text_pieces) else None
        if after is not None and after.word and after.capital:
            continue
        beyond = text_pieces[i + 2] if i + 2 < len(text_pieces) else None
        if after is not None and after.text in ("of", "for", "on") and beyond is not None and beyond.capital:
            continue  # "the Centre for Political and Legal Reforms": another name, not "the Centre" named before
        before = text_pieces[i - 1] if i else None
        english = not has_cyrillic(piece.text)
        if english and not (before is not None and before.lemma in word_set(FUNCTION_WORDS, "definite")):
            continue
        if not english and (piece.sentence_start or after is not None and after.word and _genitive_noun(after.text, morph)):
            continue  # «Министерства | безопасности Аргентины»: a body's word and its field, another name
        key = max(candidates, key=lambda k: seen[k])
        out.append((piece.start, piece.end, key))
        seen[key] += 1
    return out


def _genitive_noun(word: str, morph: Morph) -> bool:
    """Whether a Russian word in small letters reads first as a noun in the genitive («безопасности», «финансов»)."""
    if not word.islower() or not has_cyrillic(word):
        return False
    tag = morph.parse(word)[0].tag
    return tag.POS == "NOUN" and tag.case == "gent"


def _emit(article: Article, found: list[tuple[int, int, str]], facts: dict[str, Fact], morph: Morph) -> None:
    """Number the organisations by first occurrence, fill their names, add the mentions."""
    lang = "en" if article.language == "en" else "ru"
    order: dict[str, str] = {}
    mentions: list[Mention] = []
    countries = {(x.start, x.end) for x in article.mentions if x.type == "COUNTRY"}
    for start, end, key in sorted(found):
        if key not in order:
            order[key] = f"org-{len(order) + 1}"
        text = article.text[start:end]
        if (start, end) not in countries:  # («органами Китая, | Малайзии»: the country stands for the body)
            facts[key].names.append(" ".join(text.split()))
        mentions.append(Mention("ORG", text, start, end, article.page_at(start), order[key]))
    named = Ranges(mentions)
    article.mentions = [x for x in article.mentions
                        if not (x.type in ("ORG", "LOC") and named.overlaps(x.start, x.end))]
    article.mentions.extend(mentions)
    for key, fact_id in order.items():
        article.organisations.append(assembled_record(fact_id, facts[key], lang, morph))
    log.debug("%s: %d organisations, %d mentions", article.source.name, len(order), len(mentions))


def _inside(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether span `a` lies inside the longer span `b`."""
    return b[0] <= a[0] and a[1] <= b[1] and (a[0], a[1]) != (b[0], b[1])
