"""Bodies of an organisation the text names with it: "Court of Justice" + "of the Eurasian Economic Community",
«Секретариат» + «ВТО», "WCO" + "Secretariat"."""

from __future__ import annotations

import re

from ...intervals import Ranges
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import is_abbreviation, lemma_of
from ...nlp.lang import CYRILLIC, has_cyrillic
from ...nlp.morph import Morph
from .bounds import complement_after, extend
from .names import ORG_WORDS, head_word, nominative

_WORDS = re.compile(r"[^\W\d_]+")
OF_THE = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+")  # between a body and what it belongs to: "Ministry of Finance | of the | Japan"
# (the states of an organisation between: «коллегия таможенных служб | государств — членов | Таможенного союза»)
_RU_LINK = re.compile(r"[ \t]+(?:государств[ \t]*[—–-][ \t]*(?:членов|участников)[ \t]+)?")
# (and after it in English: "Joint Board of Customs Services of the Customs Union | Member States")
_STATES_AFTER = re.compile(r"[ \t]+(?:Member|member|Participating|participating)[ \t]+[Ss]tates\b")
_RU_HEAD_BEFORE = re.compile(r"(?<![^\W_])([А-ЯЁ][а-яё]+)[ \t]+$")
_HEAD_OF = re.compile(r"(?<![^\W_])([A-Z][a-z]+)[ \t]+of(?:[ \t]+the)?[ \t]+$")
_HEAD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![ \t]+(?:[A-Z]|of\b))")


def bodies_of_organisations(
    text: str, candidates: list[tuple[int, int, str]], found: list[tuple[int, int, str]], heads: frozenset[str],
    morph: Morph, own: frozenset[tuple[str, str]],
) -> list[tuple[int, int, str]]:
    """Names of a body of an organisation found in the text, one name with that organisation, which
    stays a mention of its own: a name headed by an organisation word carries on over the organisation
    ("Court of Justice" + "of the Eurasian Economic Community", «Департамент таможенного
    законодательства» + «ЕЭК»), and a lone head word joins it ("WCO Secretariat", «Секретариат ВТО»).
    `own` holds (organisation key, head lemma) pairs that name the organisation itself, not a body."""
    starts = {s: e for s, e, _ in found}
    named = Ranges(found)
    out = []
    for start, end, name in candidates:
        russian = has_cyrillic(name)
        link = (_RU_LINK if russian else OF_THE).match(text, end)
        if link and link.end() in starts and head_word(name, morph) in heads \
                and (not russian or opens_in_genitive(text, link.end(), morph)):
            end = starts[link.end()]
            end = states.end() if not russian and (states := _STATES_AFTER.match(text, end)) else end
            name = f"{name} {' '.join(text[link.end() : end].split())}" if russian else " ".join(text[start:end].split())
        out.append((start, end, name))
    for start, end, key in found:
        body = _head_after(text, start, end, heads) or _head_before(text, start, end, heads, morph)
        if body is None or (key, head_word(body[2], morph)) in own:
            continue
        if any(s <= body[0] < e or s < body[1] <= e for s, e, _ in named.overlapping(body[0], body[1]) if (s, e) != (start, end)):
            continue  # the head word belongs to another name («Совета Федерации | Федерального собрания»)
        body_start, body_end, name = body
        if has_cyrillic(name) and complement_after(text, body_end, morph):
            # «Комитет Государственной Думы | по бюджету и налогам»: the body's field after it
            wide = extend(text, body_end, morph)
            name, body_end = f"{name} {' '.join(text[body_end:wide].split())}", wide
        # a name NER or the capitals made from the head word on ("Secretariat in Brussels") gives way
        head = (body_start, start) if body_start < start else (end, body_end)
        out = [c for c in out if not head[0] <= c[0] < head[1]]
        if not any(s < body_end and body_start < e for s, e, _ in out):
            out.append((body_start, body_end, name))
    return out


def _head_after(text: str, start: int, end: int, heads: frozenset[str]) -> tuple[int, int, str] | None:
    """"WCO Secretariat": an English organisation and a capitalised head word ending the name."""
    after = _HEAD_AFTER.match(text, end)
    if not after or CYRILLIC.search(text, start, end) or after.group(1).lower() not in heads:
        return None
    return start, after.end(), " ".join(text[start : after.end()].split())


def _head_before(text: str, start: int, end: int, heads: frozenset[str], morph: Morph) -> tuple[int, int, str] | None:
    """«Секретариат ВТО», «Комитета Государственной думы»: a capitalised Russian head word right before an
    organisation in the genitive (or an abbreviation), the head put in the nominative; "the Secretariat of the
    World Customs Organization": an English one before "of"."""
    if not CYRILLIC.search(text, start, end):
        of = _HEAD_OF.search(text, max(0, start - 40), start)
        if not of or of.group(1).lower() not in heads:
            return None
        return of.start(1), end, " ".join(text[of.start(1):end].split())
    before = _RU_HEAD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not opens_in_genitive(text, start, morph):
        return None
    head = lemma_of(before.group(1), morph)
    if head not in heads:
        return None
    return before.start(1), end, f"{head[:1].upper()}{head[1:]} {' '.join(text[start:end].split())}"


def opens_in_genitive(text: str, start: int, morph: Morph) -> bool:
    """Whether the name beginning at `start` is an abbreviation or opens with a word in the genitive."""
    word = _WORDS.match(text, start)
    if not word:
        return False
    if is_abbreviation(word.group(0)):
        return True
    return bool(CYRILLIC.match(word.group(0))) and any("gent" in p.tag for p in morph.parse(word.group(0).lower())[:2])


_IN_PLACE = re.compile(r"[ \t]+(?:в|во|in)[ \t]+")


def stationed(text: str, candidates: list[tuple[int, int, str]], places: list[tuple[int, int]],
              morph: Morph) -> list[tuple[int, int, str]]:
    """A mission's name goes on over the place it sits in: a name headed by a word for an embassy, a
    consulate or a mission (data/org_words.tsv, mission), then «в» or "in" and a place or a country
    the text names («российское посольство | в Токио», "the Russian Embassy | in Tokyo"): the mission in
    one place is another body than in the next."""
    at = {s: e for s, e in places}
    missions = word_set(ORG_WORDS, "mission")
    out = []
    for start, end, name in candidates:
        link = _IN_PLACE.match(text, end)
        if link and link.end() in at and head_word(name, morph) in missions:
            end, name = at[link.end()], f"{name} {' '.join(text[link.start():at[link.end()]].split())}"
        out.append((start, end, name))
    return out


# a capitalised body's word (and a word after it), «по» and up to four words of its field in small letters, a
# capitalised name in the genitive it is about, and a preposition right before another name: «Управление по связям |
# с | Евразийским экономическим союзом», «Рабочая группа по присоединению Российской Федерации | к | ВТО»
_FIELD_BEFORE_NAME = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё][а-яё]+(?:[ \t]+[а-яё]+)?)[ \t]+по[ \t]+[а-яё]+(?:[ \t]+[а-яё]+){0,3}"
                                r"(?:[ \t]+[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+){0,2})?[ \t]+(?:к|с|со|из|в|во|между|против|для)[ \t]+$")


def field_bodies(text: str, names: list[tuple[int, int]], heads: frozenset[str], morph: Morph) -> list[tuple[int, int, str]]:
    """Russian bodies whose field is about a body or a place the text names (`names`), which NER leaves as that name
    alone: «Управление по связям с Евразийским экономическим союзом», «Рабочая группа по присоединению Российской
    Федерации к ВТО» (the name it ends in stays a mention of its own; English names grow so in `bounds.widen`)."""
    out = []
    for start, end in sorted(names):
        m = _FIELD_BEFORE_NAME.search(text, max(0, start - 160), start)
        if m is None or head_word(m.group(1), morph) not in heads \
                or "Apro" in morph.parse(m.group(1).split()[0].lower())[0].tag:  # («Эта группа по ...»)
            continue
        # in small letters, only a body that its field names when so written («рабочей группе по вступлению
        # России в ВТО»: org_words.tsv field_named)
        if m.group(1)[:1].islower() and (head_word(m.group(1), morph) not in word_set(ORG_WORDS, "field_named", lang="ru")
                                         or not any(p.tag.number == "sing" for p in morph.parse(m.group(1).split()[-1])[:1])
                                         or " " not in m.group(1)
                                         and head_word(m.group(1), morph) in word_set(ORG_WORDS, "qualified", lang="ru")):
            continue
        out.append((m.start(), end, nominative(" ".join(text[m.start():end].split()), morph)))
    return out
