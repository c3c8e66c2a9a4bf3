"""Figures: amounts of money, percentages, ratios and quantities, fully scaled, with what they
measure and their year (the cells of tables are read by `tables`).

A number is a figure only with a unit, a currency or a scale word; a bare number is not
(table cells aside), so years, list and reference numbers, pages and day numbers stay out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ...context import Context
from ...data import load_lines, load_tsv
from ...intervals import Ranges
from ...lexicon.cues import any_word, number_label, word_set
from ...lexicon.numbers import (
    NUMBER,
    NUMBER_RE,
    NumberError,
    alternation,
    form_regex,
    lang_near,
    longest_first,
    parse_number,
    scale_of,
    scale_pattern,
    spelled_scales,
    word_number_pattern,
)
from ...lexicon.vocabulary import currencies, hundredths, units
from ...nlp.english import closed_words
from ...nlp.lang import CYRILLIC, fold
from ...nlp.morph import Morph
from ...record import Article, Figure, Mention
from ..dates import DateSpan, find_dates, months
from .nouns import HEAD_AFTER, carried_counts, compound_head, plural_noun
from .subjects import Clause, clauses, implied_unit, subject_before


@dataclass
class Amount:
    """A figure found in text, before it becomes a fact."""

    start: int
    end: int
    value: float
    unit: str | None
    kind: str
    scale: float = 1.0  # the multiplier of its scale word, 1.0 for none


FIGURE_WORDS = "figure_words.tsv"


def _words(*kinds: str, lang: str | None = None, whole: bool = False) -> str:
    return any_word(FIGURE_WORDS, *kinds, lang=lang, whole=whole)


@cache
def _written_before() -> frozenset[str]:
    """The currency forms of the list written before the number («$», "USD", "HK$")."""
    return frozenset(form for form, _, place in currencies() if place == "before")


@cache
def _grammar() -> re.Pattern[str]:
    # any ISO 4217 code of the list before the number too ("SEK 4.2 billion"), in capitals only ("try 3 times")
    codes = "|".join(sorted({code for _, code, _ in currencies() if "/" not in code}))
    before = alternation(_written_before()) + rf"|(?-i:(?<![^\W_])(?:{codes})(?![^\W_]))"
    after = alternation([form for form, _, place in currencies() if place == "after"])
    unit = alternation([form for form, _, _ in units()])
    spelled = spelled_scales()
    glued = alternation(spelled, start=False)  # after «пол»: «полмиллиона»
    initials = "".join(sorted({form[0].lower() for form in spelled} | {form[0].upper() for form in spelled}))
    # after «до», «около», "a", ... a spelled-out scale stands alone for one of it: «до миллиона»
    bare = "|".join(rf"(?<=(?<![^\W_]){re.escape(word)}\s)" for word in load_lines("lone_scale_after.txt"))
    modifier = _modifier()
    return re.compile(
        rf"(?:(?P<pre>{before})\s?)?(?P<num>{NUMBER}|{word_number_pattern()}|(?=[{initials}])(?={alternation(spelled)})(?:{bare})"
        rf"|(?<![^\W\d_])пол(?={glued}))"  # «пол|миллиона»: half of one
        rf"(?P<scale>{scale_pattern()}|(?<=пол){glued})?"
        rf"(?:\s*(?P<quoted>«[^»\n]{{1,20}}»))?"
        rf"(?:\s*(?P<cur>{after})(?![ \u00a0]?\d)|(?:\s+(?P<mod>{modifier}))?\s*(?P<unit>{unit}))?",  # («2016 | $5»)
        re.I,
    )


@cache
def _modifier() -> str:
    """One adjective, or two, perhaps joined by «и», "and", which may stand between a count and its unit: «34
    белорусским предприятиям», "17 founding members", «120 малых и средних предприятий», «4 млн мелких
    почтовых отправлений»."""
    endings = [_words("adjective_ending", lang=lang) for lang in ("ru", "en")]
    # (in English also a compound joined by a hyphen, "low-value parcels", and letters, "27 EU member states")
    one = rf"(?-i:[а-яё]{{3,}}{endings[0]}|[a-z]{{3,}}{endings[1]}|[a-z]{{2,}}-[a-z]{{3,}}|[A-Z]{{2,5}})"
    return rf"{one}(?:[ \u00a0]+(?:{_words('joined', whole=True)}[ \u00a0]+)?{one})?"


@dataclass(frozen=True)
class _Cues:
    """What the words around a number tell, compiled once."""

    frequency_after: re.Pattern[str]  # "four times | a year", «два раза | в год»: how often, not how much
    ratio_before: re.Pattern[str]  # «в | три раза»
    range_before: re.Pattern[str]  # «с 13 до | 22%», "5– | 7 %": the first number of a range
    base_before: re.Pattern[str]  # «по сравнению с | 2015 г.»: a year to compare with
    part_before: re.Pattern[str]  # «34 человека|, из них к лишению свободы – |8», "34 people| convicted, of whom |8"
    whole_before: re.Pattern[str]  # «21 страна| из |73», "21| of |73 countries": between a part and its whole
    per_one_before: re.Pattern[str]  # «70 долларов за | 1 баррель»: the one of a rate's denominator


@cache
def _cues() -> _Cues:
    often = "|".join(rf"{_words('each', lang=lang)}\s+{_words('period', lang=lang)}" for lang in ("en", "ru"))
    return _Cues(
        frequency_after=re.compile(rf"\s+(?:{often})\b", re.I),
        ratio_before=re.compile(rf"{_words('times', whole=True)}\s+$", re.I),
        range_before=re.compile(rf"({NUMBER})\s*(?:[-–—]|(?<=\s){_words('range')}\s)\s*$"),
        base_before=re.compile(rf"{_words('base')}\s*(?:\w+\s+)?$", re.I),
        part_before=re.compile(rf"[^\d.;:!?()\n]{{0,40}}?[,;]?\s*{_words('part', whole=True)}[^\d.;:!?()\n]{{0,60}}?[-–—:]?\s*", re.I),
        whole_before=re.compile(rf"\s+{_words('whole', whole=True)}\s+(?:the\s+)?", re.I),
        per_one_before=re.compile(rf"{_words('per_one', whole=True)}\s+$", re.I),
    )


def _lookup(rows: tuple[tuple[str, str, str], ...], written: str) -> tuple[str, str]:
    w = re.sub(r"\s+", " ", written.strip())
    for form, code, extra in longest_first(rows):
        if form_regex(form).fullmatch(w):
            return code, extra
    raise NumberError(f"unknown unit {written!r}")


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every number with a unit, currency or scale in `text[start:end]`, in text order."""
    end = len(text) if end is None else end
    found: list[Amount] = []
    for m in _grammar().finditer(text, start, end):
        amount = _read(text, m)
        if amount is not None:
            found.append(amount)
    # «выросли вдвое», "grew twofold": a word that is a ratio by itself
    ratios = [Amount(m.start(), m.end(), _ratio_words()[m.group(0).lower()], "x", "ratio")
              for m in _ratio_pattern().finditer(text, start, end)]
    return sorted(found + ratios, key=lambda a: a.start) if ratios else found


@cache
def _ratio_words() -> dict[str, float]:
    return {form.lower(): float(value) for form, value in load_tsv("ratio_words.tsv", 2)}


@cache
def _ratio_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){alternation(list(_ratio_words()))}(?![^\W\d_])", re.I)


def _read(text: str, m: re.Match[str]) -> Amount | None:
    pre, cur, unit_word, scale = m.group("pre"), m.group("cur"), m.group("unit"), m.group("scale")
    if not (pre or cur or unit_word or scale):
        return None
    if number_label().search(text, max(0, m.start() - 14), m.start()):
        return None
    lang = lang_near(text, m.start("num"))
    written_number = m.group("num")
    if not written_number and not scale:
        return None
    in_words = not written_number or not written_number[0].isdigit()
    try:
        multiplier = scale_of(scale) if scale else 1.0
        value = round((parse_number(written_number, lang) if written_number else 1.0) * multiplier, 6)
    except NumberError:
        return None
    end = m.end()
    if pre and pre.isupper() and pre not in _written_before() \
            and not scale and len(re.sub(r"\D", "", written_number.split(".")[0])) < 3:
        return None  # "IRR 0,1", "MDL 5": letters of a measure as often as a currency's code without a scale or a sum
    if pre or cur:
        unit, part = hundredths(_lookup(currencies(), pre or cur)[0])  # («50 центов»: half a dollar)
        value, multiplier, kind = round(value * part, 6), multiplier * part, "money"
    elif unit_word:
        try:  # («7 процентных пунктов»: a unit of two words, not points with an adjective)
            unit, kind = _lookup(units(), f"{m.group('mod')} {unit_word}") if m.group("mod") else _lookup(units(), unit_word)
        except NumberError:
            unit, kind = _lookup(units(), unit_word)
            if kind != "quantity":
                return None
        if kind == "ratio" and unit_word.lower().startswith("раз") and not _cues().ratio_before.search(
            text, max(0, m.start() - 5), m.start()
        ):
            return None
        if kind == "ratio" and _cues().frequency_after.match(text, m.end()):
            return None  # "four times a year", «два раза в год»: how often, not how much
    else:
        unit, kind = None, "quantity"
        end = m.end("scale")
    if in_words and not (scale or kind == "ratio"):
        return None  # «две страны», "three members": counting words, not figures
    written = text[m.start() : end]
    if not (pre or cur or unit_word) and written.endswith("."):
        end -= 1
    return Amount(m.start(), end, value, unit, kind, multiplier)


_JOINED_SUMS = re.compile(r"\s*(?:,|и|или|and|or|,\s*and)\s+", re.I)


def _fill_ellipsis(text: str, amounts: list[Amount]) -> None:
    """«6,7 млрд рублей; ... 4,9 млрд», «100 тыс. контейнеров ... до миллиона»: a scaled number without
    a unit takes the currency or unit of the money or quantity figure just before it in the same sentence."""
    # «около 39 млрд и 23,9 млрд руб.», "5 billion and 6 billion dollars": a sum joined to the next one takes its unit
    for a, after in zip(reversed(amounts[:-1]), reversed(amounts[1:]), strict=True):
        if a.unit is None and a.scale > 1.0 and after.unit is not None and after.kind in ("money", "quantity") \
                and _JOINED_SUMS.fullmatch(text, a.end, after.start):
            a.unit, a.kind = after.unit, after.kind
    for i, a in enumerate(amounts):
        if a.unit is not None or a.scale == 1.0 or i == 0:
            continue
        prev = amounts[i - 1]
        if prev.kind in ("money", "quantity") and prev.unit is not None and a.start - prev.end < 200 \
                and not re.search(r"[.!?]\s+[А-ЯA-Z]", text[prev.end : a.start]):
            a.unit, a.kind = prev.unit, prev.kind


_SECOND = re.compile(rf"[ \u00a0]*[-–—][ \u00a0]*({NUMBER})")


def _range_firsts(text: str, amounts: list[Amount], dates: list[DateSpan]) -> list[Amount]:
    """The bare first number of a range whose second has the unit: «с 13 до 22%», "5–7 %"; a first sum of
    money without the scale of the second takes it ("between $3 and $5 billion", «от $3 до $5 млрд»); and the bare
    second number after a sum its sign opens («$15—16»)."""
    out = []
    taken = {(a.start, a.end) for a in amounts}
    for a in amounts:
        if a.kind not in ("percent", "points", "money", "quantity") or a.unit is None:
            continue
        if a.kind == "money" and not text[a.start].isdigit() and (second := _SECOND.match(text, a.end)) \
                and not any(t_start <= second.start(1) < t_end for t_start, t_end in taken) \
                and not any(d.start <= second.start(1) < d.end for d in dates):
            try:
                out.append(Amount(second.start(1), second.end(1), parse_number(second.group(1), lang_near(text, a.start))
                                  * a.scale, a.unit, a.kind, a.scale))
            except NumberError:
                pass
        m = _cues().range_before.search(text, max(0, a.start - 30), a.start)
        if not m:
            continue
        s, e = m.span(1)
        first = next((b for b in amounts if b.end == e and b.start <= s), None)
        if first is not None and first.scale == 1.0 < a.scale and first.unit == a.unit and first.kind == "money" \
                and first.value < a.value / a.scale:
            first.value, first.scale = first.value * a.scale, a.scale  # "between $3 and $5 billion": both billions
            continue
        if any(t_start <= s < t_end for t_start, t_end in taken) or any(d.start <= s < d.end for d in dates):
            continue
        lang = lang_near(text, s)
        try:
            value = parse_number(m.group(1), lang)
        except NumberError:
            continue
        out.append(Amount(s, e, value * a.scale, a.unit, a.kind, a.scale))
    return out


@cache
def _unit_word() -> re.Pattern[str]:
    """Any form of units.tsv, as the grammar of amounts reads it."""
    return re.compile(alternation([form for form, _, _ in units()]), re.I)


@cache
def _count_pattern() -> re.Pattern[str]:
    """A written number, maybe a scale word, maybe an aside in brackets, maybe one adjective or two joined, and
    the word after them: «34 000 фирм», «250 тыс. транспортных средств», "1.4 billion passengers", «233 (в 2016
    году – 274) уголовных дела», «12 тыс. физических и юридических лиц»."""
    return re.compile(
        rf"(?P<num>{NUMBER})(?:\s*(?P<scale>{scale_pattern()}))?(?:[ \u00a0]*(?P<aside>\([^()\n]{{1,80}}\)))?"
        rf"[ \u00a0]+(?:(?P<mod>{_modifier()})[ \u00a0]+)?"
        rf"(?P<word>[^\W\d_]{{3,}})\b",
        re.I,
    )


def _with_counts(text: str, clause: Clause, amounts: list[Amount], tables: Ranges[tuple[int, int]],
                 morph: Morph) -> list[Amount]:
    """`amounts` with the counts of the clause added: a number before a noun it governs counts that
    noun, which becomes the unit («75 депутатов» -> депутаты, "9,000 soldiers" -> soldiers); a
    scaled number without a unit takes the noun after it ("1.4 billion passengers" is no money).
    Years, labelled numbers («статья 5», "Article 5 provides") and words the number does not govern
    («5 статьи», «2023 году») count nothing."""
    lemmas = {start: lemma for start, _, lemma in clause.tokens}
    by_start = {a.start: a for a in amounts}
    taken = Ranges(amounts)
    out = list(amounts)
    for m in _count_pattern().finditer(text, clause.start, clause.end):
        number = m.group("num")
        counted = _counted_noun(text, m, lemmas.get(m.start("word")), morph)
        if counted is None:
            continue
        unit, end = counted
        known = by_start.get(m.start())
        if known is not None:
            if known.unit is None and known.kind == "quantity" and m.group("scale"):
                known.unit, known.end = unit, end
            continue
        if taken.overlaps(m.start(), end) or tables.holds(m.start()) or m.group("scale"):
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", number) or number_label().search(text, max(0, m.start() - 14), m.start()):
            continue
        try:
            value = parse_number(number, lang_near(text, m.start()))
        except NumberError:
            continue
        out.append(Amount(m.start(), end, value, unit, "quantity"))
        if m.group("aside"):
            out.extend(_bare_counts(text, m.start("aside"), m.end("aside"), unit))  # «233 (в 2016 году – 274) дела»
    periods = word_set(FIGURE_WORDS, "period")
    for a in out:  # an English scaled number without a unit counts the head of the compound after it
        if a.kind == "quantity" and a.unit is None and a.scale != 1.0 and (head := compound_head(text, a.end, periods)):
            a.unit, a.end = _named_unit(head[0]), head[1]
    return _elided_units(text, clause, sorted(out, key=lambda a: a.start))


def _bare_count(text: str, m: re.Match[str], unit: str) -> Amount | None:
    """A number with no unit of its own read as a count of `unit`, or None for a year, a label or a number with
    an ending of its own."""
    number = m.group()
    if re.fullmatch(r"(1[89]|20)\d\d", number) or number_label().search(text, max(0, m.start() - 14), m.start()):
        return None
    if re.match(r"-|[ \u00a0]*%", text[m.end() : m.end() + 3]):
        return None  # «3-е», «8 %»: its own unit or ending (a count or sum of its own is found before)
    try:
        value = parse_number(number, lang_near(text, m.start()))
    except NumberError:
        return None
    return Amount(m.start(), m.end(), value, unit, "quantity")


def _bare_counts(text: str, start: int, end: int, unit: str) -> list[Amount]:
    """The numbers of an aside in brackets that count what the count before it counts."""
    return [a for m in NUMBER_RE.finditer(text, start, end) if (a := _bare_count(text, m, unit))]


def _elided_units(text: str, clause: Clause, amounts: list[Amount]) -> list[Amount]:
    """`amounts` with the bare numbers that count what a count next to them counts: a part of it («34 человека,
    из них к лишению свободы – 8», "9 cases, of which 3"), its whole («21 страна из 73») or, the other way
    round, the part before a whole that names its unit ("21 of 73 countries")."""
    counts = [a for a in amounts if a.kind == "quantity" and a.unit is not None and a.scale == 1.0]
    if not counts:
        return amounts
    taken = Ranges(amounts)
    found: list[Amount] = []
    cues = _cues()
    for m in NUMBER_RE.finditer(text, clause.start, clause.end):
        if taken.overlaps(m.start(), m.end()):
            continue
        before = [a for a in counts if a.end <= m.start()]
        after = [a for a in counts if a.start >= m.end()]
        unit = None
        if before and cues.part_before.fullmatch(text, before[-1].end, m.start()):
            unit = before[-1].unit
        elif before and cues.whole_before.fullmatch(text, before[-1].end, m.start()):
            unit = before[-1].unit
        elif after and cues.whole_before.fullmatch(text, m.end(), after[0].start):
            unit = after[0].unit
        if unit is not None and (a := _bare_count(text, m, unit)) is not None:
            found.append(a)
    return sorted(amounts + found, key=lambda a: a.start) if found else amounts


@cache
def _genitive_before() -> re.Pattern[str]:
    """A preposition right before a number that governs it in the genitive («до | 4 часов»)."""
    return re.compile(rf"(?<![^\W\d_])(?i:{any_word(FIGURE_WORDS, 'genitive')})[ \u00a0]+$")


@cache
def _predicate() -> re.Pattern[str]:
    """A verb and the word it takes right after a count, which make the count its subject (figure_words.tsv,
    predicate): "accounts for", "amounts to"."""
    return re.compile(_words("predicate", whole=True), re.I)


def _counted_noun(text: str, m: re.Match[str], lemma: str | None, morph: Morph) -> tuple[str, int] | None:
    """The unit a count's word gives and where the count ends, or None when the word is no noun the number
    counts."""
    word, modifier = m.group("word"), m.group("mod")
    low = word.lower()
    joined = word_set(FIGURE_WORDS, "joined")
    if modifier and CYRILLIC.search(modifier) and not all(morph.is_adjective(w) for w in modifier.split() if w not in joined):
        return None  # «1,5 млн жителей ...»: the word before is no adjective of the noun
    if low in months():
        return None  # «4 ноября», "5 May": a day of a month
    if _unit_word().fullmatch(word):
        return None  # a unit the grammar of amounts has weighed already («2 раза в год»)
    if _predicate().match(text, m.start("word")):
        return None  # "a population of 183 million accounts for 2.4%": the count is the verb's subject
    periods = word_set(FIGURE_WORDS, "period")
    if CYRILLIC.search(word):
        if morph.lemma(word) in periods:
            return None  # «20 лет»: a length of time, not a count
        governed = _genitive_before().search(text, max(0, m.start() - 14), m.start()) is not None
        unit = morph.counted(word, m.group("num"), scaled=bool(m.group("scale")), governed=governed)
        return None if unit is None else (_named_unit(unit), m.end())
    head = HEAD_AFTER.match(text, m.end())
    if head is not None and not plural_noun(head.group(1), periods):
        head = None
    # (a name may modify the noun too: "164 WTO members", "12 Russian regions")
    if not (word.islower() or head is not None and word[:1].isupper()) or low in closed_words() \
            or (lemma or low) in closed_words() or (lemma or low) in periods:
        return None
    before = text[max(0, m.start() - 30) : m.start()].split()
    if before and before[-1][:1].isupper() and before[-1].isalpha() and before[-1].lower() not in closed_words():
        return None  # "Article 5 provides", "Table 2 lists": a label, however it is spelled
    if head is not None:
        return _named_unit(head.group(1)), head.end()
    return (_named_unit(low), m.end()) if plural_noun(low, periods) else None


@cache
def _quantity_units() -> dict[str, str]:
    """The unit units.tsv gives a counted noun written whole («страны», "states"), by its form."""
    return {form.lower(): unit for form, unit, kind in units() if kind == "quantity" and re.fullmatch(r"[^\W\d_]+", form)}


def _named_unit(noun: str) -> str:
    """A counted noun as its unit: the one units.tsv names for it («в 80 странах» counts `countries`, as «80 стран»
    does), else the noun itself («75 депутатов» -> депутаты)."""
    return _quantity_units().get(noun.lower(), noun)


_WORDS_IN = re.compile(r"[^\W\d_]+")
_CARRIED = 400  # characters over which a currency the text named in full carries on to its bare word


def _carried_currencies(text: str, amounts: list[Amount]) -> list[Amount]:
    """Money named by its currency's bare word right after the text named that currency in full is in it:
    «1,07 млрд белорусских рублей ... (243,9 млн рублей)» are Belarusian roubles, "5 billion Hong Kong dollars
    ... and 6 billion dollars" Hong Kong dollars (within `_CARRIED` characters, in its paragraph or the next).
    Farther on, the bare word is the currency it names alone (roubles are Russian)."""
    scales = re.compile(scale_pattern(), re.I)
    named: dict[str, tuple[str, int]] = {}  # the start of a currency's word -> its code and where it was named
    for a in amounts:
        if a.kind != "money" or a.unit is None:
            continue
        words = [fold(w) for w in _WORDS_IN.findall(scales.sub(" ", text[a.start:a.end]))]
        if not words:
            continue  # («$5 bn»: a sign, no word)
        stem = words[-1][:4]
        if len(words) > 1:
            named[stem] = (a.unit, a.end)
        elif stem in named and named[stem][0] != a.unit and a.start - named[stem][1] <= _CARRIED \
                and text.count("\n\n", named[stem][1], a.start) <= 1:
            a.unit = named[stem][0]
    return amounts


@cache
def _unit_after_bracket() -> re.Pattern[str]:
    """A currency's or a unit's word right after a closing bracket."""
    after = [form for form, _, place in currencies() if place == "after"] + [form for form, _, _ in units()]
    return re.compile(rf"\)[ \t]*({alternation(after)})(?![^\W\d_])", re.I)


def _units_after_brackets(text: str, amounts: list[Amount]) -> list[Amount]:
    """«324 млрд (в 2016 году – 521 млрд, в 2015-м – 600 млрд) руб.», "324 billion (521 billion in 2016)
    roubles": the sums with a scale and no unit before a bracket and inside it take the word after it."""
    starts = [a.start for a in amounts]  # (in text order, as find_amounts gives them)
    for m in _unit_after_bracket().finditer(text):
        opened = text.rfind("(", max(0, m.start() - 200), m.start())
        if opened == -1 or "\n" in text[opened : m.start()]:
            continue
        try:
            unit, kind = hundredths(_lookup(currencies(), m.group(1))[0])[0], "money"
        except NumberError:
            try:
                unit, kind = _lookup(units(), m.group(1))
            except NumberError:
                continue
        first = bisect_left(starts, opened - 60)  # (the sums near the bracket only: a long text holds thousands)
        for a in amounts[first : bisect_left(starts, m.start())]:
            if a.unit is None and a.scale > 1.0 and (opened < a.start < m.start() or 0 <= opened - a.end <= 2):
                a.unit, a.kind = unit, kind
    return amounts


def extract_figures(article: Article, context: Context) -> Article:
    """Fill `figures` from the text, with FIGURE mentions (the cells of `tables` are a stage of their own).

    Needs `text`; uses `sentences` (lemmas) for subjects when there, else lemmatises itself
    with the models' morphology.
    """
    models = context.models
    text = article.content
    skip = [(b.start, b.end) for b in article.blocks if b.kind == "table"]
    facts: list[Figure] = []
    seen_in: dict[str, set[int]] = {}  # fact id -> the scopes it occurs in: a clause, or a whole list
    lists = _lists(article)
    tables = Ranges(skip)
    everywhere = _carried_currencies(text, _units_after_brackets(text, [a for a in find_amounts(text) if not tables.holds(a.start)]))
    at, cues = 0, _cues()
    for clause in sorted(clauses(article, models), key=lambda c: c.start):
        # amounts are found over the whole text (a sentence split inside «тыс. ДФЭ» must not cut
        # one off) and then handed to the clause they start in
        while at < len(everywhere) and everywhere[at].start < clause.start:
            at += 1
        amounts = []
        while at < len(everywhere) and everywhere[at].start < clause.end:
            amounts.append(everywhere[at])
            at += 1
        amounts = _with_counts(text, clause, amounts, tables, models.morph)
        if not amounts:
            continue
        dates = find_dates(text, clause.start, max(clause.end, amounts[-1].end))
        amounts = [a for a in amounts if not any(d.start <= a.start < d.end for d in dates)
                   and not (a.value == 1.0 and a.kind != "percent"  # (a rate's one, not «на 1%»)
                            and cues.per_one_before.search(text, max(0, a.start - 16), a.start))]
        _fill_ellipsis(text, amounts)
        amounts = sorted(amounts + _range_firsts(text, amounts, dates), key=lambda a: a.start)
        for a in amounts:
            subject = subject_before(clause, a.start, a.end)
            if a.unit is None and a.kind == "quantity" and (implied := implied_unit(subject)) is not None:
                a.unit = implied[1]  # "a population of 170 million", «население — 183 млн»: people
            year = _year_of(text, clause, a, dates, amounts)
            scope = next((s for s, e in lists if s <= a.start < e), clause.start)
            fact = _same_fact(facts, a, subject, year, scope, seen_in)
            if fact is None:
                fact = Figure(
                    id=f"fig-{len(facts) + 1}", text=text[a.start : a.end], value=a.value, unit=a.unit,
                    kind=a.kind, subject=subject, year=year, start=a.start, stop=a.end,
                )
                facts.append(fact)
            fact.subject = fact.subject or subject
            fact.year = fact.year or year
            seen_in.setdefault(fact.id, set()).add(scope)
            fact.mentions += 1
            article.mentions.append(
                Mention(type="FIGURE", text=text[a.start : a.end], start=a.start, end=a.end,
                        page=article.page_at(a.start), fact_id=fact.id)
            )
    carried_counts(text, facts)
    article.figures.extend(facts)
    return article


def _same_fact(
    facts: list[Figure], a: Amount, subject: str | None, year: int | None, scope: int,
    seen_in: dict[str, set[int]],
) -> Figure | None:
    """The fact a repeated figure belongs to: same value and unit, no conflicting subject or year,
    and met in another scope: equal numbers in one sentence, or in the items of one list ("Belarus -
    15 votes", "Kazakhstan - 15 votes"), are about different things."""
    for fact in facts:
        if (
            fact.unit == a.unit and fact.kind == a.kind and abs(fact.value - a.value) <= 1e-9 * max(1.0, abs(a.value))
            and (fact.subject is None or subject is None or fact.subject == subject)
            and (fact.year is None or year is None or fact.year == year)
            and scope not in seen_in.get(fact.id, set())
        ):
            return fact
    return None


_LIST_LIKE = ("list_item", "heading")


def _lists(article: Article) -> list[tuple[int, int]]:
    """The spans of the article's lists: runs of two or more list items, or of short lines taken for
    headings (a heading is followed by text, so several in a row are a list)."""
    spans: list[tuple[int, int, int]] = []  # start, end, blocks
    previous = None
    for block in sorted(article.blocks, key=lambda b: b.start):
        if block.kind in _LIST_LIKE and previous is not None and previous.kind in _LIST_LIKE:
            spans[-1] = (spans[-1][0], block.end, spans[-1][2] + 1)
        elif block.kind in _LIST_LIKE:
            spans.append((block.start, block.end, 1))
        previous = block
    return [(start, end) for start, end, blocks in spans if blocks > 1]


def _year_of(text: str, clause: Clause, a: Amount, dates: list[DateSpan], amounts: list[Amount]) -> int | None:
    """The year the figure belongs to: a point or deadline in its clause that is not a base of comparison,
    the nearest before it, else the nearest after it with no other figure between."""
    usable = [
        d for d in dates
        if d.kind in ("point", "deadline")
        and not _cues().base_before.search(text, max(0, d.start - 30), d.start)
    ]
    before = [d for d in usable if d.end <= a.start]
    if before:
        return int(before[-1].value[:4])
    for d in usable:
        if d.start >= a.end and not any(a.end <= o.start < d.start for o in amounts if o is not a):
            return int(d.value[:4])
    return None
