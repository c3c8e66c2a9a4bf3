"""Legal acts: treaties, agreements, codes, decisions, strategies, programmes, conventions, laws.

Each naming of an act in a sentence becomes a candidate (grammars in `pipeline.acts.russian` and
`pipeline.acts.english`); candidates that name one act are merged into one `Treaty`:
- the same known act of the registry (`data/acts.jsonl`): «Договор о ЕАЭС», «Договором о
  Евразийском экономическом союзе» and "the Treaty on the Eurasian Economic Union" are one act;
- otherwise the same content words, or a wording whose words (at least three) all occur in the
  other's of the same kind;
- a naming in brackets right after another is another name of it: "... (HS Convention)".
A reference back without a title of its own («настоящей Конвенции», «данного договора», a
capitalised «Договор» in mid-sentence, "the Treaty", "this Agreement") is a mention of the act of
that kind named last before it; with «настоящий»/"present" of the act the document itself is (the
one named in its title); failing those, of the only act of that kind in the article; else of none.
The date and year are those the text writes with the act; the registry's year only tells apart acts
of like names (a «Таможенный кодекс» written with 2009 is not the code of 2017).

Not acts: plurals («соглашения в рамках ЕАЭС», "agreements"); «договорённость»; in lower case, the
kinds that are also everyday nouns («решение», «программа», «стратегия», «закон», "code") unless a
number, a date or a quoted title comes with them; other kinds in lower case unless a proper name,
parties, a number, a date or a quoted title comes with them — so a generic «соглашения о свободной
торговле» is not an act, but «соглашение о свободной торговле между ЕАЭС и Вьетнамом» is.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cache

from ...context import Context
from ...intervals import Ranges
from ...layout.captions import caption
from ...lexicon.abbreviations import DEFINITIONS, definition_lead
from ...lexicon.cues import FUNCTION_WORDS, any_word, word_set
from ...lexicon.gazetteer import is_abbreviation
from ...nlp.lang import detect, has_cyrillic
from ...nlp.morph import Morph
from ...record import Article, Mention, Treaty
from ..dates import months
from . import (
    bills,
    described,
    english,
    federal,
    partnerships,
    places,
    provisions,
    russian,
    same,
    standards,
    union,
)
from .candidate import Candidate
from .lexicon import ACT_WORDS, KINDS, KnownAct, bare_aliases, horizon_of, key, kind_words, lookup
from .lexicon import names_a_work as _names_a_work

log = logging.getLogger(__name__)



@dataclass
class _Act:
    kind: str
    key: frozenset[str]
    known: KnownAct | None = None
    titles: list[str] = field(default_factory=list)
    date: str | None = None
    parties: list[str] = field(default_factory=list)
    named_at: list[int] = field(default_factory=list)
    lang: str = "ru"
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: set[frozenset[str]] = field(default_factory=set)  # of every naming, `key` too ("KORUS FTA" in brackets, then alone)


def extract_treaties(article: Article, context: Context) -> Article:
    """Fill `treaties` and add a TREATY mention for every naming of, or reference back to, an act.

    Needs `sentences` (from `nlp.annotate`); reads `countries`, `organisations` and their mentions
    for the parties of an act.
    """
    models = context.models
    morph = models.morph
    candidates = _candidates(article, morph)
    acts: list[_Act] = []
    owner: dict[int, _Act] = {}
    previous: Candidate | None = None
    letters = same.spelled_out(article)
    for cand in candidates:
        if not cand.title:
            continue
        k = key(cand.core, morph)
        if len(k) == 1 and cand.parties_text:  # «протокол между Россией и Казахстаном», «... с Китаем»: its parties tell it
            k |= {w for w in key(" ".join(cand.parties_text), morph) if w.startswith("@")}
        act = _merge_target(cand, k, previous, acts, morph, article.text)
        if act is None and (spelled := same.with_letters_spelled(cand.core, letters)) is not None:
            act = _merge_target(cand, key(spelled, morph), None, acts, morph, article.text)  # "EEA Agreement"
        if act is None:
            act = _Act(kind=cand.kind, key=k, known=_known(cand, k, morph), lang=cand.lang)
            acts.append(act)
        elif act.known is None:
            act.known = _known(cand, k, morph)  # «Конституции», then «Конституции Российской Федерации»
        _add(act, cand, k, article, morph)
        owner[id(cand)] = act
        previous = cand
    self_act = _titled_act(article, acts)
    for cand in candidates:
        if not cand.title:
            act = _antecedent(cand, acts, self_act)
            if act is not None:
                owner[id(cand)] = act
                act.spans.append((cand.start, cand.end))
    # a scholarly article's programme is a policy it discusses, no legal act, unless dated or registered
    # ("the European Union's Regional Programme", «Программа Госкорпорации «Росатом»»)
    scholarly, content = article.scholarly, article.content
    used = [a for a in acts if a.titles and not (scholarly and a.kind == "programme" and a.known is None
                                                 and not a.date) and not _ethics_code(a, content) and not _term(a, content)]
    used.sort(key=lambda a: min(a.named_at))
    fact_of: dict[int, Treaty] = {}
    for number, act in enumerate(used, 1):
        fact = _fact(act, f"act-{number}", article)
        fact_of[id(act)] = fact
        article.treaties.append(fact)
        for start, end in act.spans:
            _mention(article, start, end, fact.id)
    _provisions(article, [(c, fact_of[id(owner[id(c)])]) for c in candidates
                          if c.title and id(c) in owner and id(owner[id(c)]) in fact_of], morph)
    _organisations_named_by_acts(article)
    log.debug("%s: %d legal acts", article.source.name, len(article.treaties))
    return article


def _ethics_code(act: _Act, text: str) -> bool:
    """A declaration or code of research ethics or a research protocol, not a legal act: every naming of
    it, with no date (a protocol's may have one), stands in a sentence that speaks of ethics or consent,
    or (not a protocol) right after one ("carried out in accordance with the Declaration of Helsinki and approved by the
    ethics committee", «одобрено этическим комитетом (протокол № 3 от 15.02.2019)»)."""
    if act.kind not in ("declaration", "code", "protocol") or act.known is not None \
            or act.date and act.kind != "protocol":  # an ethics committee's minutes carry their number and date
        return False
    for start, end in act.spans:
        first, last = _sentence_around(text, start, end)
        before, _ = _sentence_around(text, max(0, first - 2), max(0, first - 2))
        if act.kind == "protocol" or before >= first:
            before = first  # a protocol in the very sentence that names the committee
        if not _ethics().search(text, before, last):
            return False
    return bool(act.spans)


def _term(act: _Act, text: str) -> bool:
    """A term the text uses in small letters, not an act's title: unknown to the registry, without a date
    or a number, and its first three words (none opening what an act is about, the second no preposition)
    written from a small letter in the middle of a sentence elsewhere («Протокол отрицаемого шифрования ...» opening a sentence where «протокол
    отрицаемого шифрования» is the subject of the paper, "Deniable Encryption Protocol" beside "a
    deniable encryption protocol")."""
    if act.known is not None or act.date or not any(text[start:start + 1].isupper() for start, _ in act.spans):
        return False  # (an act described in small letters, "a bill that would ban ...", is no term)
    if any(_counted_letters(title, text) for title in act.titles):
        return True
    openers, linking = _term_words()
    for title in act.titles:
        words = title.split()[:3]
        if len(words) < 2 or re.search(r"\d", title) or words[1].lower() in linking \
                or any(w.lower() in openers for w in words) or not all(w.isalpha() for w in words):
            return False
        written = (m.group(0) for m in re.finditer(rf"(?<=[^\W\d_] ){re.escape(' '.join(words))}(?![^\W\d_])", text, re.I))
        if not any(w[:1].islower() for w in written):
            return False
    return True


def _counted_letters(title: str, text: str) -> bool:
    """Whether the text writes the letters of an English title's capitalised words in the plural: "Free Trade
    Agreement" beside "FTAs", "Bilateral Investment Treaty" beside "BITs" name a kind of agreement."""
    words = [w for w in re.findall(r"[A-Za-z]+", title) if w[:1].isupper()]
    if len(words) < 2 or len(words) != len(re.findall(r"[^\W\d_]+", title)):
        return False  # (only a title of capitalised words and nothing else: not "Agreement on Trade in Services")
    letters = "".join(w[0] for w in words)
    return re.search(rf"(?<![\w-]){letters}s(?![\w'’-])", text) is not None  # (not "IEEPA's": a possessive)


@cache
def _term_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open what an act is about («о», "on"), and those with every preposition and article."""
    openers = word_set(ACT_WORDS, "opener", "about")
    return openers, openers | word_set(ACT_WORDS, "preposition") | word_set(FUNCTION_WORDS, "preposition", "definite", "indefinite")


@cache
def _ethics() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){any_word(ACT_WORDS, 'ethics')}", re.I)


def _mention(article: Article, start: int, end: int, fact_id: str) -> None:
    article.mentions.append(Mention(type="TREATY", text=article.text[start:end], start=start, end=end,
                                    page=article.page_at(start), fact_id=fact_id))


def _provisions(article: Article, named: list[tuple[Candidate, Treaty]], morph: Morph) -> None:
    """The provisions written with the namings of acts (`provisions`), each an act `part_of` its act,
    one a number of each act however often it is cited; its words a mention of it."""
    found: dict[tuple[str, str, str], Treaty] = {}
    serial = len(article.treaties)
    for cand, act in named:
        for p in provisions.find(article.content, cand.start, cand.end, cand.lang):
            fact = found.get((act.id, p.unit, p.number))
            written = " ".join(article.text[p.phrase[0] : p.phrase[1]].split())
            if fact is None:
                serial += 1
                fact = Treaty(id=f"act-{serial}", title=provisions.title(act.title, p, morph.plural), kind=act.kind,
                              provision=p.number, part_of=act.id)
                found[(act.id, p.unit, p.number)] = fact
                article.treaties.append(fact)
            if written.lower() not in {a.lower() for a in fact.aliases}:
                fact.aliases.append(written)
            _mention(article, p.start, p.end, fact.id)


def _organisations_named_by_acts(article: Article) -> None:
    """An organisation the registry does not know, every mention of which opens the name of a legal
    act, is that act's name («ГК» of «ГК РФ», «НК» of «ст. 5 НК РФ»), not a body: it goes. So is a
    short form in capitals that opens one anywhere («правила ГК» beside «ст. 1477 ГК РФ»)."""
    # (an act's name that opens a longer name of a body leaves the body: "FCTC" of "FCTC Secretariat")
    opens = {m.start: m.end for m in article.mentions if m.type == "TREATY"}
    first_words = {m.text.split()[0] for m in article.mentions if m.type == "TREATY" and m.text.split()}
    mentions: dict[str, list[Mention]] = {}
    for m in article.mentions:
        if m.type == "ORG" and m.fact_id:
            mentions.setdefault(m.fact_id, []).append(m)
    # a standards body named only by the letters that open its standards («ГОСТ Р 52872», "ISO/IEC 25010")
    standard = {m.start for m in article.mentions if m.type == "TREATY" and standards.opens(m.text)}
    gone = {o.id for o in article.organisations if mentions.get(o.id) and (
        (o.registry_id is None and (all(m.end <= opens.get(m.start, -1) for m in mentions[o.id])
                                    or (is_abbreviation(o.name) and o.name in first_words)))
        or all(m.start in standard for m in mentions[o.id]))}
    if gone:
        article.organisations = [o for o in article.organisations if o.id not in gone]
        article.mentions = [m for m in article.mentions if m.fact_id not in gone]


_ADOPTED = re.compile(
    r"(?i)государствен|федеральн|национальн|правительств|президент(?!ум)|министерств|указ|постановлени|утвержд|"
    r"\b(?:state|federal|national|government|presidential|ministry|decree|adopted|approved)\b|"
    r"(?:до|на период до|until|to)\s+20\d\d|20\d\d\s*[–—-]\s*20\d\d")  # the period it runs for


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence a span stands in, as far as 150 characters either side."""
    before = [m.end() for m in re.finditer(r"[.!?]\s", text[max(0, start - 150):start])]
    after = re.search(r"[.!?](?:\s|$)", text[end:end + 150])
    return (max(0, start - 150) + before[-1] if before else max(0, start - 150),
            end + after.end() if after else min(len(text), end + 150))


def _pointed(title: str, morph: Morph) -> bool:
    """A kind word with only a pronoun before it («Такая стратегия», "This programme")."""
    words = title.split()
    return 0 < len(words) <= 2 and any(tag in morph.parse(words[0].lower())[0].tag for tag in ("Apro", "NPRO"))


_SECTION_NUMBER = re.compile(r"\s*(?:(?:\d{1,2}\.)*\d{1,2}\.?|[A-ZА-Я]\.|[IVX]{1,4}\.)\s+\S")  # «2.1», "B.", "IV."


def _dated(text: str, start: int) -> bool:
    """Whether a line opens with a day and its month, not a section's number («7 ноября Россия ... подписали ...»,
    "5 May the parties signed ...")."""
    day = _DAY.match(text, start)
    return day is not None and day.group(1).lower() in months()


_DAY = re.compile(r"\s*\d{1,2}\.?\s+([^\W\d_]+)")


def _candidates(article: Article, morph: Morph) -> list[Candidate]:
    """Every naming in text order, without namings inside a longer one."""
    found: list[Candidate] = []
    content = article.content  # citations blanked
    scholarly = article.scholarly  # (asked once: the property reads every block)
    for sentence in article.sentences:
        chunk = content[sentence.start : sentence.end]
        if detect(chunk, article.language if article.language in ("ru", "en") else "ru") == "en":
            found.extend(english.find(sentence, content))
        else:
            found.extend(russian.find(sentence, content, morph))
        if not scholarly:  # «закон, согласно которому ...»; in scholarly prose as often a law of nature
            found.extend(described.find(sentence, content, morph))
    # a naming that is an act only if the registry knows it ("the Criminal Code") is one too when a provision
    # of it is cited ("Article 228 of the Criminal Code"), and so are its other namings
    cited = {key(c.core, morph) for c in found if c.known_only and provisions.find(content, c.start, c.end, c.lang)}
    found = [c for c in found if not c.known_only or _known(c, key(c.core, morph), morph) or key(c.core, morph) in cited]
    # a programme or a strategy is an act when a state or a registered body adopted it («Государственная
    # программа ..., утверждённая постановлением ...», "the State Programme", "the WCO launched the
    # Columbus Programme"); a research body's programme, a survey or «такая стратегия» is none
    registered = {o.id for o in article.organisations if o.registry_id}
    # a registered body launching it ("the WCO launched ...")
    bodies = Ranges((m.start, m.end) for m in article.mentions if m.type == "ORG" and m.fact_id in registered)
    found = [c for c in found if c.kind not in ("programme", "strategy") or _known(c, key(c.core, morph), morph)
             or (_ADOPTED.search(content, *(around := _sentence_around(content, c.start, c.end)))
                 or bodies.overlaps(*around)) and not _pointed(c.title, morph)]
    found = [c for c in found if not _a_ruling(c) and not _names_a_work(content, c.start)]
    found.extend(_approved(content, morph))
    found.extend(standards.find(content))
    found.extend(union.find(content))
    found.extend(federal.find(content))
    found.extend(bills.find(content))
    found.extend(partnerships.find(content, morph))
    tagged = {kind: Ranges((x.start, x.end) for x in article.mentions if x.type == kind) for kind in ("LOC", "LAW")}
    taken = Ranges((c.start, c.end) for c in found)  # what the grammars read stays theirs («Kyoto and Paris agreements»)
    found.extend(c for c in places.find(content, morph, tagged["LOC"], tagged["LAW"]) if not taken.overlaps(c.start, c.end))
    found.extend(_bare_alias_namings(content, found))
    found.extend(_defined_shorts(content, found))
    # «4.4 Evaluation Protocol», «2.1 Протокол испытаний», "B. Identification Strategy": a numbered section's heading names a part of
    # the article, not an act, unless the registry knows the act
    numbered = Ranges((b.start, b.end) for b in article.blocks if b.kind in ("heading", "title")
                      and _SECTION_NUMBER.match(content, b.start) and not _dated(content, b.start))
    found = [c for c in found if not numbered.holds(c.start) or _known(c, key(c.core, morph), morph)]
    # "Fig. 2. Compliance Cost and Compliance Decision": a caption the layout left in a paragraph names the figure
    found = [c for c in found if not _after_caption(content, c.start) or _known(c, key(c.core, morph), morph)]
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    reach, amending = 0, False  # where the last act kept ends, whether it amends one
    for cand in found:
        if cand.start < reach:
            # «законопроект о внесении изменений в Налоговый кодекс», «Закон «О внесении изменений в Уголовный
            # кодекс»»: the act a bill or an amending act changes is named too
            if amending and cand.title and (cand.strong or content[cand.start].isupper()) and cand.end <= reach:
                out.append(cand)
            continue
        out.append(cand)
        reach = cand.end
        amending = bool(word_set(ACT_WORDS, "amending", lang="ru")
                        & {morph.lemma(w) for w in re.findall(r"[а-яё]+", cand.title.lower())})
    return out


# «Генеральная схема размещения объектов электроэнергетики до 2020 г.», утвержденная распоряжением ...;
# "General Scheme ...", approved by Government Order ...: a document in quotes an act adopted is an act
_APPROVED = re.compile(
    r"[«“\"](?P<title>[A-ZА-ЯЁ][^«»“”\"\n]{8,250}?)[»”\"],?\s+(?:(?:утвержд[её]нн|одобренн|принят)\w*\s+"
    r"(?:распоряжением|постановлением|указом|приказом|решением)|(?:approved|adopted)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,4}(?:Order|Decree|Resolution|Decision|Regulation))\b")


def _a_ruling(cand: Candidate) -> bool:
    """Whether a decision is a court's ruling on a case: its issuer, named before what it is about or
    its number, a court, and a case's number or the case named («Постановление Президиума ВАС РФ
    № 207/04», «Решение Постоянной палаты международного правосудия по спору ...»); a plenum's decree
    that explains the law stays an act."""
    if cand.kind != "decision" or not cand.title:
        return False
    issuer = re.split(r"\s(?:о|об|по|on|in|concerning|No\.|№)\s", cand.title, maxsplit=1)[0]
    return _court().search(issuer) is not None and _CASE.search(cand.title) is not None


_CASE = re.compile(r"(?:№|No\.)\s?\S*\d/\d|\bпо\s+(?:делу|спору|иску|жалобе)\b|\b(?:in\s+the\s+)?case\b|\sv\.\s", re.I)


@cache
def _court() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){any_word(ACT_WORDS, 'court')}", re.I)


def _approved(text: str, morph: Morph) -> list[Candidate]:
    out = []
    for m in _APPROVED.finditer(text):
        title = " ".join(m.group("title").split())
        first = title.split()[0].lower()
        kind = kind_words().get(morph.lemma(first) if has_cyrillic(first) else first, "other")
        out.append(Candidate(start=m.start(), end=m.end("title") + 1, kind=kind if kind in KINDS else "other",
                             title=title, core=title, lang="ru" if has_cyrillic(title) else "en", strong=True))
    return out


@cache
def _alias_pattern() -> re.Pattern[str] | None:
    names = sorted(bare_aliases(), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _after_caption(text: str, start: int) -> bool:
    """Whether a figure's or a table's label and number stand right before `start` («Рис. 2.», "Fig. 2.")."""
    return any(not text[m.end():start].strip() for m in caption().finditer(text, max(0, start - 25), start))


def _bare_alias_namings(text: str, found: list[Candidate]) -> list[Candidate]:
    """«ГАТТ», "TRIPS": names of known acts that carry no kind word."""
    pattern = _alias_pattern()
    if pattern is None:
        return []
    aliases = bare_aliases()
    taken = Ranges(found)
    out = []
    for m in pattern.finditer(text):
        if taken.holds(m.start()):
            continue
        known = aliases[m.group()]
        out.append(Candidate(start=m.start(), end=m.end(), kind=known.kind, title=m.group(), core=m.group(),
                             lang=detect(m.group()), strong=True))
    return out


@cache
def _short_in_brackets() -> re.Pattern[str]:
    """A short name in brackets right after an act's: " (CPC)", «(далее – УК РФ)»."""
    return re.compile(rf"\s*\(\s*(?:{definition_lead()})?[«\"“]?(?P<short>[A-ZА-ЯЁ]{{2,6}}(?: [A-ZА-ЯЁ]{{2,3}})?)[»\"”]?\s*\)",
                      re.I)


@cache
def _short_as() -> re.Pattern[str]:
    """" as CC" after an act's name that "hereafter we will refer to" opened."""
    return re.compile(r"\s+as\s+[“\"'‘]?(?P<short>[A-Z]{2,6})(?![\w-])")


@cache
def _hereafter() -> re.Pattern[str]:
    return re.compile(rf"(?i){any_word(DEFINITIONS, 'hereinafter')}[^.;()]*$")


def _short_after(text: str, cand: Candidate) -> re.Match[str] | None:
    """The short name defined right after an act's name: in brackets, or "hereafter ... <act> as CC"."""
    m = _short_in_brackets().match(text, cand.end)
    if m is None and (m := _short_as().match(text, cand.end)) is not None \
            and not _hereafter().search(text, max(0, cand.start - 60), cand.start):
        return None
    return m


def _defined_shorts(text: str, found: list[Candidate]) -> list[Candidate]:
    """"the Criminal Procedural Code (CPC)", then "the CPC": a short name the text gives an act in brackets
    (or "hereafter ... as CC") names it wherever it stands after (its core is the act's, so the namings are
    merged)."""
    taken = Ranges(found)
    out = []
    for cand in found:
        m = _short_after(text, cand) if cand.title else None
        if m is None or not m.group("short").isupper():
            continue
        short = m.group("short")
        for n in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text[m.start("short"):]):
            start = m.start("short") + n.start()
            if not taken.holds(start):
                out.append(Candidate(start=start, end=start + len(short), kind=cand.kind, title=short, lang=cand.lang,
                                     core=cand.core, strong=True))
    return out


@cache
def _bracket_alias() -> re.Pattern[str]:
    """What stands between an act and another name of it in brackets: " (", «(далее – «», " (or ", " of 2001 (the "."""
    return re.compile(rf"(?:,?\s+(?:of\s+)?(?:1[89]|20)\d\d)?\s*\(\s*(?:{definition_lead()}|{any_word(FUNCTION_WORDS, 'or')}\s+)?"
                      rf"(?:{any_word(FUNCTION_WORDS, 'definite')}\s+)?[«\"“]?", re.I)


@cache
def _party_gap() -> re.Pattern[str]:
    """What separates the parties of an act: a comma, «и», "and"."""
    return re.compile(rf"\s*(?:,|\b{any_word(FUNCTION_WORDS, 'and')}\b)\s*")


def _merge_target(cand: Candidate, k: frozenset[str], previous: Candidate | None, acts: list[_Act], morph: Morph,
                  text: str) -> _Act | None:
    """The act a naming whose title has the key `k` names again, if one named before."""
    # «Энергетическая стратегия ... до 2020 г.» and «... до 2030 г.»: two acts the years of their horizons tell apart
    horizon = horizon_of(cand.title)
    acts = [a for a in acts if horizon is None or all(horizon_of(t) in (None, horizon) for t in a.titles)]
    known = _known(cand, k, morph)
    if previous is not None and acts and _bracket_alias().fullmatch(text[previous.end : cand.start]):
        last = next((a for a in acts if (previous.start, previous.end) in a.spans), None)
        if last is not None and (known is None or last.known is None or known is last.known):
            if last.known is None and known is not None:
                last.known = known
            return last
    for act in acts:
        if known is not None and act.known is known:
            return act
    for act in acts:
        if k in act.keys and (known is None or act.known is None):
            return act
    if (number := federal.number_of(k)) is not None:
        for act in acts:
            if act.kind == "law" and federal.number_of(act.key) == number:
                return act  # «152-ФЗ» and «Закон от 27.07.2006 № 152-ФЗ «О персональных данных»»
    for act in acts:
        small, large = (k, act.key) if len(k) <= len(act.key) else (act.key, k)
        if len(small) >= 2 and small < large and len(large - small) == 1 and act.kind == cand.kind \
                and any(re.search(rf"(?<![\w-]){re.escape(next(iter(large - small)).upper())}(?![\w-])", t)
                        for t in (cand.title, *act.titles)):
            return act  # "UNFCCC Paris Agreement" and "Paris Agreement": another body's letters before the title
        if act.kind == cand.kind and any(same.opens(a, b) or same.opens(b, a) for a in act.titles for b in [cand.title]) \
                and (known is None or act.known is None) and not same.but_a_country(k, act.key, morph):
            return act  # "Paris Convention" and "Paris Convention for the Protection of Industrial Property"
        # «указ Путина» and «указ президента РФ Владимира Путина о ...»: a kind word and a name are enough
        named = len(small) == 2 and same.kind_and_name(cand.core if small is k else (act.titles or [""])[0])
        # "Stability Pact" and "Stability and Growth Pact", both of 1997: the shorter naming of that year's act
        dated = len(small) == 2 and bool(cand.date and act.date) and (cand.date or "")[:4] == (act.date or "")[:4]
        if act.kind == cand.kind and (len(small) >= 3 or named or dated) and small <= large and (known is None or act.known is None) \
                and (named or not any(w.startswith("@") for w in large - small)):  # (not "Free Trade Agreement" and "US Australian FTA")
            return act
    for act in acts:
        if act.kind == cand.kind and same.between_the_same_states(k, act.key) and (known is None or act.known is None):
            return act  # «российско-белорусское ... соглашение о ...» and «соглашение о ... между Белоруссией и Россией»
    if (between := same.between_countries(cand, text, morph)) is not None:
        bilateral = [a for a in acts if any(between <= key(t, morph) for t in a.titles)]
        if len(bilateral) == 1 and bilateral[0].kind in ("treaty", "agreement") and (known is None or bilateral[0].known is None):
            return bilateral[0]  # "the Korea–United States treaty": the one act the text names between them
    # "the Criminal Code" and "the Criminal Code of Russia", «Уголовный кодекс» and «... РФ»: one act where
    # only one act of that name names its country
    # «Конституция» alone and «Конституция Украины»: its kind word is the whole title
    alone = len(k) == 1 and k <= same.national_words(morph)
    qualified = [a for a in acts if a.kind == cand.kind and (len(k) >= 2 or alone) and same.but_a_country(k, a.key, morph)
                 and (known is None or a.known is None)]
    return qualified[0] if len(qualified) == 1 else None


def _known(cand: Candidate, title_key: frozenset[str], morph: Morph) -> KnownAct | None:
    """The registry act a naming stands for, unless the year written with it is another act's."""
    known = lookup(title_key, morph, cand.core)
    if known and cand.date and known.year and abs(int(cand.date[:4]) - known.year) > 1:
        return None
    return known


def _add(act: _Act, cand: Candidate, k: frozenset[str], article: Article, morph: Morph) -> None:
    act.titles.append(cand.title)
    act.keys.add(k)
    act.named_at.append(cand.start)
    act.spans.append((cand.start, cand.end))
    act.date = act.date or cand.date
    if cand.parties_span:
        for name in _parties(cand, article, morph):
            if name not in act.parties:
                act.parties.append(name)


def _parties(cand: Candidate, article: Article, morph: Morph) -> list[str]:
    """Names of the countries and organisations mentioned in the «между ...» part of a naming."""
    assert cand.parties_span is not None
    start, end = cand.parties_span
    names = {c.id: c.name for c in article.countries} | {o.id: o.name for o in article.organisations}
    out = []
    for m in article.mentions:
        if m.fact_id in names and start <= m.start and m.end <= end and names[m.fact_id] not in out:
            out.append(names[m.fact_id])
    if out:
        return out
    pieces = _party_gap().split(article.text[start:end])
    return [morph.to_nominative(" ".join(p.split())) if cand.lang == "ru" else " ".join(p.split())
            for p in pieces if p.strip()]


def _titled_act(article: Article, acts: list[_Act]) -> _Act | None:
    """The act the document itself is: the one named in its title or first heading."""
    blocks = article.blocks_of("title", "heading")
    first_line = article.text.lstrip()
    lead = len(article.text) - len(first_line)
    span = (blocks[0].start, blocks[0].end) if blocks else (lead, lead + len(first_line.split("\n", 1)[0]))
    for act in acts:
        for start, end in act.spans:
            if span and span[0] <= start < span[1]:
                return act
            if article.title and article.text[start:end] in article.title:
                return act
    return None


def _antecedent(cand: Candidate, acts: list[_Act], self_act: _Act | None) -> _Act | None:
    """The act a reference back points to (see the module docstring)."""
    same = [a for a in acts if a.titles and (a.known.kind if a.known else a.kind) == cand.kind]
    if cand.refer == "self" and self_act is not None and self_act in same:
        return self_act
    before = [(max(p for p in a.named_at if p < cand.start), a) for a in same if any(p < cand.start for p in a.named_at)]
    if before:
        return max(before, key=lambda x: x[0])[1]
    return same[0] if len(same) == 1 else None


def _fact(act: _Act, fact_id: str, article: Article) -> Treaty:
    language = article.language if article.language in ("ru", "en") else act.lang
    if act.known is not None:
        title = act.known.title(language)
    else:
        title = max(act.titles, key=lambda t: (len(t.split()), -act.titles.index(t)))
    title = title[:1].upper() + title[1:]
    aliases: list[str] = []
    for t in act.titles:
        if t.lower() != title.lower() and t.lower() not in {a.lower() for a in aliases}:
            aliases.append(t)
    date = act.date
    year = int(date[:4]) if date else None
    parties = act.parties or (list(act.known.parties) if act.known and language == "ru" else [])
    return Treaty(id=fact_id, title=title, kind=act.known.kind if act.known else act.kind, date=date, year=year,
                  parties=parties, aliases=aliases)
