"""Organisation names from NER spans: cut to the name, checked against generic phrases, put in the nominative."""

from __future__ import annotations

import re
from functools import cache, partial

from ...intervals import Ranges
from ...lexicon.cues import FUNCTION_WORDS, forms, in_cases, word_set
from ...lexicon.gazetteer import Piece, is_abbreviation, keys, lemma_of, split
from ...lexicon.numbers import alternation
from ...nlp.lang import CYRILLIC, has_cyrillic
from ...nlp.morph import Morph
from ...record import Article, Mention
from .bounds import (
    after_colon,
    complement,
    complement_after,
    coordinated,
    extend,
    phrase_after,
    to_closing_quote,
)
from .columns import country_column
from .divisions import OF_THE, opens_in_genitive
from .evidence import method_before, quoted, quoted_names
from .lists import things_listed
from .names import ORG_WORDS, agrees, head_word, legal_form, legal_suffix, nominative
from .registry import load_registry
from .things import called_a_thing, crafts_named, documents, next_word, thing_beside, things, works
from .titlecase import connectors, inner_article

_NAME_TAGS = ("Orgn", "Trad", "Name", "Surn", "Geox", "Abbr")
_TRAILING = " \t\n\r\u00a0,.;:!?-–—«»\"“”'’"
_WORDS = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"^[IVXLC]+$")
_EVENT_YEAR = re.compile(r"[-–\s](?:19|20)\d\d[»\"”]?$")  # a name that ends in its year
_SENTENCE_END = re.compile(r"(?:[.!?…]\s*|\n\s*)$")
_NAME_COMMA = re.compile(r",[ \t]+(?=[A-Z])")
_PLACEHOLDER = re.compile(r"[^\W\d_]+[ \t]+[A-ZА-ЯЁ]\d{0,2}(?:,|$)")
_POSSESSED = re.compile(r"\b(?:my|his|her|their|our|your|its)[ \t]+$", re.I)
_RU_CITY = re.compile(r"[ \t]+(?:(?:г\.|города)[ \t]*)?")
_AT = re.compile(r"[ \t]+при[ \t]+((?:[А-ЯЁа-яё-]+[ \t]+){0,2}[А-ЯЁа-яё]+)\b")  # «при | главном архитекторе»
_NEXT_SENTENCE = re.compile(r"\.[ \t]+(?=(?:The|A|An|This|These|It|In|Its|Such)[ \t])")


@cache
def _leading() -> re.Pattern[str]:
    """An article ("the", "The", "THE", "an") or quotes opening a span."""
    the, a = forms(FUNCTION_WORDS, "definite"), forms(FUNCTION_WORDS, "indefinite")
    articles = alternation(in_cases(the, upper=True) + in_cases(a), start=False, end=False)
    return re.compile(rf"(?:{articles}\s+|[\"“„']+)")


@cache
def _capital_article() -> re.Pattern[str]:
    """"The", "A", "An" ending a stretch of text: a name after it may still open a sentence."""
    articles = forms(FUNCTION_WORDS, "definite", "indefinite")
    return re.compile(rf"{alternation(in_cases(articles, as_written=False), start=False, end=False)}\s*$")


def _organ_after(text: str, x: Mention, inside: list[tuple[int, int, str]], heads: frozenset[str], morph: Morph) -> bool:
    """Whether an English span NER read goes on after the one registered name in it with capitalised words ending in a body's
    word ("the WTO | Ministerial Conference"), or a body's word opens a Russian one before it («Институт стран | СНГ»)."""
    if len(inside) != 1 or inside[0][2] not in load_registry():
        return False
    (start, end, _), = inside
    if has_cyrillic(x.text):
        return x.start < start and end == x.end and head_word(text[x.start : start], morph) in heads
    rest = text[end : x.end]
    return x.start <= start and end < x.end and bool(re.fullmatch(r"(?:[ \t]+[A-Z][\w'’]*)+", rest)) and rest.split()[-1].lower() in heads


def ner_candidates(
    article: Article,
    ner: list[Mention],
    found: list[tuple[int, int, str]],
    countries: list[tuple[int, int]],
    word_lists: tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]],
    morph: Morph,
) -> list[tuple[int, int, str]]:
    """NER ORG spans that name an organisation the registry and the definitions did not find."""
    generic, nonheads, heads = word_lists
    lower_words = {w for w in _WORDS.findall(article.text) if w.islower()}
    taken, country_spans = Ranges(found), Ranges(countries)
    out = []
    typed: set[str] = set()
    to_quote = not article.scholarly  # (asked once: the property reads every block)
    for x in ner:
        if taken.overlaps(x.start, x.end) and not _organ_after(article.text, x, taken.overlapping(x.start, x.end), heads, morph):
            continue
        for part_start, part_end in (p for s, e in _sentences_in(article.text, x.start, x.end)
                                     for p in _listed_names(article.text, s, e, heads, morph)):
            # a span over a colon: what follows it is named ("... Manufacturing: New Orders Index", an index)
            part_start = after_colon(article.text, part_start, part_end)
            span = _trim(article.text, part_start, part_end, heads, morph, to_quote)
            if span is None:
                continue
            start, end = span
            if country_spans.covers(start, end):
                continue
            text = " ".join(article.text[start:end].split())
            if "@" in text or "://" in text or text.startswith("www."):
                continue  # an address, not a name
            if _CASE.search(text):
                continue  # "Fisher v. University of Texas": a court's case between parties, no body
            # (a capital after the figures a Latin name opens with: "3Com", "3DSystem"; «2ГИС» is a service's)
            # (a bare word for a body goes on where «при» says what it sits at: «Совет | при Президенте»)
            if keys(text, morph) in generic and not _sits_at(article.text, end, heads, morph) or not any((w if has_cyrillic(w) else w.lstrip("0123456789"))[:1].isupper()
                                                       for w in text.split()) \
                    or _ROMAN.match(text):
                continue
            if " " not in text and not is_abbreviation(text) and not quoted(article.text, start, end) and (
                (_common_word(text, morph) and (_sentence_initial(article.text, start) or not _noun(text, morph))
                 and not _sits_at(article.text, end, heads, morph))  # («Совет | при Президенте» opening a sentence)
                or text.lower() in lower_words
                or (not has_cyrillic(text) and _sentence_initial(article.text, x.start))
            ):
                # a capital at a sentence start proves nothing, and there is no English lexicon to ask
                continue
            head = head_word(text, morph)
            if _EVENT_YEAR.search(text) and head not in heads:
                continue  # «Новая волна-2009», "Expo 2020": an event of a year, no body («Оргкомитет Сочи-2014» stays)
            if (head in nonheads or head in things(morph)) and not _kind_before(article.text, start, heads, morph):
                continue  # "... Agreement", "Statistical Package for Social Science" (not «организации Global Cultural Project»)
            if head not in heads and not quoted(article.text, start, end) and any(map(_model_number, text.split())) \
                    and not legal_suffix().search(text):
                continue  # "Bruker Vertex 70", "IRAS 08572+3915", «МРЗ-3 МК»: a model, an instrument, an object ("Nord Stream 2 AG" is a company)
            if _MEASURED.search(text):
                continue  # "TimeC1 Vote center -0.00929": a table's row and its value, whatever word it holds
            if re.search(r"[\u0370-\u03ff]", text) or re.fullmatch(r"[A-Z][a-z]", text):
                continue  # «Ceωрsin», "Sp", "Im": a formula's symbols
            if all(map(partial(_function_word, morph=morph), text.split())):
                continue  # «Если Вы заметите ошибку», "If You": no word of a name in it
            if _PLACEHOLDER.match(text) or _POSSESSED.search(article.text, max(0, start - 12), start):
                continue  # "Centre A, R1", «Предприятие Б»: a body the text keeps anonymous; "their GP": a role
            words = text.split()
            if len(words) > 1 and all(w.islower() for w in words[1:]) and _sentence_initial(article.text, start) \
                    and (not has_cyrillic(text) or all(_common_word(w, morph) for w in words) and head not in heads):
                continue  # "Focus group transcripts were ...", «Миграция молодежи по данным ...»: a phrase that opens a sentence
            after = next_word(article.text, end, morph)
            if thing_beside(article.text, start, text, after, morph):
                typed.add(text)  # "the Selectome database", «программа Alteryx Designer»
                continue
            if after in nonheads:
                continue
            out.append((start, end, nominative(text, morph)))
    # a name the text once calls a database, a programme or a format is that thing everywhere
    # ("the Selectome database ... Selectome"), though NER takes its other mentions for a body
    # so is a quoted name the text once puts after such a word («шаттла «Дискавери»»)
    names = {" ".join(article.text[s:e].split()) for s, e, _ in out} & quoted_names(article.text)
    typed |= {n for n in names - typed if called_a_thing(article.text, n, morph)} \
        | things_listed(article.text, things(morph) | works(morph), morph) | crafts_named(article.text, morph)
    typed |= {n.split(maxsplit=1)[1] for n in typed if n.startswith(("The ", "the ")) and " " in n}  # (NER's "The" aside)
    # (and in its other cases: «газопровода Северный поток-2» ... «по Северному потоку-2»)
    typed_names = {nominative(n, morph) for n in typed if has_cyrillic(n)} \
        | {n for n in {c[2] for c in out} if has_cyrillic(n) and called_a_thing(article.text, n, morph)}
    return [c for c in out if " ".join(article.text[c[0]:c[1]].split()) not in typed and c[2] not in typed_names]


_CASE = re.compile(r"\s(?:v|vs)\.\s+[A-Z]|\sпротив\s+[А-ЯЁ]")
_MEASURED = re.compile(r"(?<![\w.])[-–−]?\d*[.,]\d{2,}(?![\w.])|(?<![\w])[-–−]\d")  # -0.00929, .034, «0,25», −3


def _model_number(word: str) -> bool:
    """A number or a letters-and-number code inside a name: "70", "3.9", "08572+3915", «МРЗ-3»."""
    return bool(re.fullmatch(r"\d[\d.,+/-]*|[A-ZА-ЯЁ]{1,6}-\d+[\w.]*", word))


# a sentence's end inside a span: a point after a word of three letters or more, then a capital
_POINT_THEN_CAPITAL = re.compile(r"(?<=[^\W\d_]{3})\.[ \t]+(?=[A-ZА-ЯЁ])|;[ \t]*")  # (no name runs over a semicolon either)


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a span NER ran across a sentence's end («сообщает ПРАЙМ. Nord Stream 2 AG ...»); a legal
    suffix's point ("Acme Corp. Holdings") ends no sentence."""
    cuts = [m for m in _POINT_THEN_CAPITAL.finditer(text, start, end) if m[0][0] == ";" or not legal_suffix().search(text, start, m.start() + 1)]
    bounds = [start, *(b for m in cuts for b in (m.start(), m.end())), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _listed_names(text: str, start: int, end: int, heads: frozenset[str], morph: Morph) -> list[tuple[int, int]]:
    """An English span NER ran across a comma into the next name ("Technical Committee on Customs
    Valuation, Technical Committee on Rules of Origin"), as its names; when every part is headed by an
    organisation word. Anything else stays whole ("Ministry of Economy, Trade and Industry")."""
    if CYRILLIC.search(text, start, end):
        return coordinated(text, start, end, heads, morph)
    parts, at = [], start
    for comma in _NAME_COMMA.finditer(text, start, end):
        parts.append((at, comma.start()))
        at = comma.end()
    parts.append((at, end))
    if len(parts) > 1 and all(head_word(text[s:e], morph) in heads for s, e in parts):
        return parts
    return [(start, end)]


def _sentence_initial(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a block, a leading article aside ("The Conclusion ...")."""
    before = _capital_article().sub("", text[max(0, start - 40) : start])
    return not before.strip() or bool(_SENTENCE_END.search(before))


def _closes(text: str, start: int, at: int) -> bool:
    """Whether the quote at `at` closes one opened inside [start, at): «РИА «Новости»», 'ООО "Алтек"'."""
    mark = text[at]
    if mark == "»":
        return text.count("«", start, at) > text.count("»", start, at)
    if mark in "\"”":
        inner = text[start:at]
        return inner.count("“") > inner.count("”") if mark == "”" else inner.count('"') % 2 == 1
    return False


_OF_NAME = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+|(?<=for[ \t])an?[ \t]+)?[A-Z][\w&-]*(?:[ \t]+(?:(?:and|for|of|on|&)[ \t]+)?[A-Z][\w&-]*)*")


@cache
def _code_before_form() -> re.Pattern[str]:
    """A code with a digit right before a legal form that opens the rest of the span («РТ1 ФГУП «Маяк»»)."""
    return re.compile(rf"\S*\d\S*[ \t]+(?={legal_form().pattern.lstrip('^')})")



def _trim(text: str, start: int, end: int, heads: frozenset[str], morph: Morph,
          to_quote: bool = False) -> tuple[int, int] | None:
    """The span cut before a parenthesis, without a leading article, quotes or a dangling adjective; with
    `to_quote`, run on to the quote that closes one opening the span (outside scholarly prose, where a
    title in quotes names a work, a resource or a project as often as a body)."""
    paren = min((at for at in (text.find("(", start, end), text.find("[", start, end)) if at != -1), default=-1)
    if paren != -1:
        end = paren  # "Medical Department (KCH)", "Medical Department [31]"
    for line_break in re.finditer(r"\n\s*(?=[A-ZА-ЯЁ])", text[start:end]):
        end = start + line_break.start()
        break
    while end > start and text[end - 1] in _TRAILING and not _closes(text, start, end - 1):
        end -= 1
    lead = _leading().match(text, start, end)
    if lead:
        start = lead.end()
    if (sentence := _NEXT_SENTENCE.search(text, start, end)) is not None:
        end = sentence.start() + 1  # "M.E. White Co. | The Court held": a sentence ends inside NER's span
    words = split(text[start:end], start, morph)
    words = [w for w in words if w.word]
    while len(words) > 1 and _no_name_word(text, words[0], morph):
        words = words[1:]
        start = words[0].start
    if len(words) > 1 and _people(words[0], heads, morph) and words[1].text[:1].isupper():
        words = words[1:]  # «Исследователи | Брукхейвенской национальной лаборатории»: the people, then their body
        start = words[0].start
    if len(words) > 1 and (words[0].text.lower() in documents() or words[0].lemma in documents()):
        of = 1 + (words[1].text in connectors()) + (len(words) > 2 and words[2].text in forms(FUNCTION_WORDS, "definite"))
        if of < len(words) and (of > 1 or opens_in_genitive(text, words[1].start, morph)):
            words = words[of:]  # «Определение Верховного Суда», "Judgment of the Court": the body, not its paper
            start = words[0].start
    opened = inner_article([w.text for w in words[:-1]])
    if opened is not None:  # "Later the Foreign Affairs Ministry": the name starts after its article
        words = words[opened + 1 :]
        start = words[0].start
    verb = next((i for i, w in enumerate(words) if i and w.text.islower() and _finite_verb(w.text, morph)), None)
    if verb is not None and not re.search(r"[«\"“„]", text[start:words[verb].start]):
        words = words[:verb]  # «Союз | развивает институты»: a Russian name holds no verb outside quotes
    tail = len(words)
    while tail > 1 and not has_cyrillic(words[tail - 1].text) and words[tail - 1].text.islower() \
            and words[tail - 1].text not in connectors():
        tail -= 1
    if tail < len(words) and words[tail - 1].text in connectors():
        words = words[:tail]  # "... of the Academy for | assessing": what the body is used for, after the name
    while len(words) > 1 and (has_cyrillic(words[-1].text) and _dangling(words[-1].text, morph)
                              or words[-1].text in connectors()):
        words.pop()  # «... таможенных», "Customs Service of": a word that needs one after it
    if not words:
        return None
    end = min(end, words[-1].end)
    if len(words) > 2 and words[-2].lemma in complement() \
            or has_cyrillic(words[-1].text) and words[-1].lemma in heads and complement_after(text, end, morph):
        end = extend(text, end, morph)  # NER stopped inside the complement, or at the organisation word before it
    if len(words) > 2 and has_cyrillic(words[-1].text) and words[-1].text.islower() \
            and morph.parse(words[-1].text)[0].tag.POS == "PREP":
        # «Центром мониторинга и реагирования на | компьютерные атаки ...»: NER stopped after a preposition
        end = phrase_after(text, end, morph) or words[-2].end
    if end < len(text) and _closes(text, start, end):
        end += 1  # NER stopped before the quote that closes the name («РИА «Новости»»)
    if to_quote:
        end = to_closing_quote(text, start, end, morph)
    if not has_cyrillic(text[start:end]) and words[-1].text.lower() in heads and (rest := _OF_NAME.match(text, end)):
        end = rest.end()  # NER stopped at the organisation word: "US Bureau | of Labor Statistics", "Agency | for Cybersecurity"
    lead = re.match(r"(?:[a-z]+\s+)+(?=[A-Z])", text[start:end])
    if lead and not has_cyrillic(text[start:end]):
        start += lead.end()  # "the central | Ministry of Commerce": a word in small letters opens no English name
    coded = _code_before_form().match(text, start, end)
    if coded:
        start = coded.end()  # «завод РТ1 | ФГУП «Маяк»»: the plant's code before the legal form is the plant's
    if text[end - 2:end] in ("'s", "’s") and (text.count(text[start:end - 2]) > text.count(text[start:end])
                                              or text[start:end - 2].split()[-1].lower() in heads
                                              or re.search(r"\s(?:of|for|on)\s", text[start:end]) is not None):
        # "the Medical Department's problems": the owner, named elsewhere without it, ending in an
        # organisation word ("Yale University's board") or with a complement ("the Department of Energy's
        # loans"); "Christie's" stays
        end -= 2
    if (column := country_column(text[start:end], heads)) is not None:
        end = start + column  # "Deutsche Bank | Germany Bank": a table's next columns, the country and the kind
    if year := re.search(r"[ \t]+(?:1[89]|20)\d\d[a-zа-я]?(?:$|(?=[ \t]+[a-zа-яё]))", text[start:end]):
        end = start + year.start()  # "Department of Energy 2023a", "... of Alabama 2016 report": a year, no part of the name
    return (start, end) if end - start >= 2 else None


def _people(word: Piece, heads: frozenset[str], morph: Morph) -> bool:
    """A Russian common noun for people («исследователи», «сотрудники», «представители»), capitalised as
    a sentence opens with it: no word of the name of the body that follows it."""
    if not has_cyrillic(word.text) or not word.text[:1].isupper():
        return False
    reading = morph.parse(word.text.lower())[0]
    return reading.tag.POS == "NOUN" and "anim" in reading.tag and reading.is_known and reading.normal_form not in heads \
        and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & reading.tag.grammemes


def _no_name_word(text: str, word: Piece, morph: Morph) -> bool:
    """A Russian verb, a pronoun in small letters before a capital, or a preposition opening the sentence, names
    nothing («Приведены | группы ...», «открыла свою | Миссию», «При | управлении»); a movement «За права
    человека» keeps its own; an English word of address is none ("the Honorable | Supreme Court")."""
    if not has_cyrillic(word.text):
        return word.text.lower() in word_set(ORG_WORDS, "honorific")
    tag = morph.parse(word.text.lower())[0].tag
    return tag.POS in ("VERB", "PRTS", "INFN", "GRND") or (tag.POS in ("PREP", "CONJ", "PRCL") and _sentence_initial(text, word.start)) \
        or word.text.islower() and ("Apro" in tag or tag.POS == "NPRO") and bool(re.match(r"\s+[А-ЯЁ]", text[word.end:word.end + 3]))


def _finite_verb(word: str, morph: Morph) -> bool:
    """A Russian verb in a personal form, as the dictionary reads it first («развивает», «подписали»)."""
    return has_cyrillic(word) and morph.parse(word)[0].tag.POS == "VERB"


def _dangling(word: str, morph: Morph) -> bool:
    """An adjective at the end of a span: NER stopped inside a phrase («центром мониторинга возможных»)."""
    parses = morph.parse(word.lower())
    return all(p.tag.POS in ("ADJF", "PRTF") for p in parses[:2]) and word[:1].islower()


def introduced(text: str, start: int, heads: frozenset[str], morph: Morph) -> bool:
    """Whether the word right before a span introduces it as a name: an organisation word
    («компания Michelin», «газета «Труд»», "the agency Reuters"), or "the" inside a sentence before a
    capital ("passed the Senate")."""
    before = re.search(r"([^\W\d_]+)[\s«\"“„]*$", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    name = text[start : start + 40].split()[0] if text[start : start + 40].split() else ""
    the = word in forms(FUNCTION_WORDS, "definite") and name[:1].isupper() and not name.isupper()
    if is_abbreviation(name.strip(",.;:»\"")) and morph.parse(word.lower())[0].tag.number == "plur":
        return False  # «предприятий ЯТЦ», «заводах РТ1, РТ2»: bodies of a field, or several, not one named
    return lemma_of(word, morph) in heads or the  # "the ATA carnet": letters after "the" are no name


def _kind_before(text: str, start: int, heads: frozenset[str], morph: Morph) -> bool:
    """Whether an organisation word in small letters stands right before a span: the name is that body's
    whatever its last word («некоммерческой организации Global Cultural Project», "the nonprofit ...")."""
    at = max(0, start - 40)
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[at:start])
    return before is not None and (before.group(1).islower() or _sentence_initial(text, at + before.start(1))) \
        and lemma_of(before.group(1).lower(), morph) in heads


def _noun(word: str, morph: Morph) -> bool:
    """Whether the likeliest reading of a word is a noun: a capital inside a sentence makes a noun a
    name («в Сенате», «Синод решил»), not an adjective cut off its noun («Трансатлантическое»)."""
    return morph.parse(word.lower())[0].tag.POS == "NOUN"


def _common_word(word: str, morph: Morph) -> bool:
    """A one-word span that is an ordinary dictionary word («Правительство», «Планы»), not a name."""
    if not has_cyrillic(word):
        return False
    parses = morph.parse(word.lower())
    return parses[0].is_known and not any(tag in parses[0].tag for tag in _NAME_TAGS)


def _function_word(word: str, morph: Morph) -> bool:
    """A conjunction, a pronoun, a particle, a preposition («Если», «Вы»; "If", "You"), not letters in capitals."""
    if word.isupper() and len(word) > 1:
        return False
    if has_cyrillic(word):
        return morph.parse(word.lower())[0].tag.POS in ("CONJ", "NPRO", "PRCL", "PREP", "INTJ")
    return word.lower() in word_set(FUNCTION_WORDS, "and", "or", "definite", "indefinite", "preposition", "sentence_opener",
                                    "pronoun", lang="en")


def name_variants(name: str) -> list[str]:
    """Other spellings of a name: without its legal form («ООО», "the"), with its quotes closed."""
    out = []
    bare = legal_form().sub("", name)
    for variant in (bare, _close_quotes(name), _close_quotes(bare), bare.strip("«»\"")):
        if variant and variant != name and variant not in out:
            out.append(variant)
    return out


def _close_quotes(name: str) -> str:
    missing = name.count("«") - name.count("»")
    return name + "»" * missing if missing > 0 else name


def of_their_place(text: str, candidates: list[tuple[int, int, str]], places: list[Mention], heads: frozenset[str],
                   morph: Morph) -> list[tuple[int, int, str]]:
    """Bodies NER cut before what they belong to: the country or region that follows in the genitive
    («Генеральная прокуратура» + «ОАЭ», «Министерство финансов» + «Китая», «МИД» + «Грузии») or after
    "of" ("Ministry of Finance" + "of Japan"),
    the body they sit at («Следственный комитет» + «при прокуратуре», «Совет» + «при Президенте РФ»).
    The name takes them in as printed, so that the ministries of two countries stay two; the place
    stays a mention of its own. A plural head names bodies, not one («таможенные службы России»)."""
    after = {m.start: m for m in places if m.type in ("LOC", "COUNTRY")}
    out = []
    for start, end, name in candidates:
        link = OF_THE.match(text, end)
        place = after.get(link.end()) if link and not has_cyrillic(name) else None
        if place is not None and head_word(name, morph) in heads:  # "Ministry of Finance" + "of China"
            end, name = place.end, " ".join(text[start:place.end].split())
        elif has_cyrillic(name) and _one_body(name, heads, morph):
            if at := _sits_at(text, end, heads, morph):
                end, name = at[0], f"{name} при {at[1]}"
            link = _RU_CITY.match(text, end)  # «Арбитражный суд» + «г. Москвы»
            place = after.get(link.end()) if link else None
            # after «г.» any city is the body's, «Сочи» too, which has no cases
            if link and place is not None and has_cyrillic(place.text) \
                    and (link.group(0).strip() or _in_genitive(place.text.split()[0], morph)):
                end, name = place.end, f"{name} {' '.join(text[link.start():place.end].split())}"
        out.append((start, end, name))
    return out


def _sits_at(text: str, end: int, heads: frozenset[str], morph: Morph) -> tuple[int, str] | None:
    """The end and the words of the body or the official a body sits at, after «при» right after `end` («при
    Президенте», «при прокуратуре», «при главном архитекторе»): a noun in the prepositional case, perhaps after
    adjectives in it, or a body's letters («при ТПП РФ»)."""
    at = _AT.match(text, end)
    if not at:
        return None
    words = [(w.group(), at.start(1) + w.end()) for w in re.finditer(r"[^ \t]+", at.group(1))]
    if is_abbreviation(words[0][0]):  # «МКАС | при ТПП РФ»: a body's letters, and its country's after them
        n = 2 if len(words) > 1 and words[1][0][:1].isupper() and _in_genitive(words[1][0], morph) else 1
        return words[n - 1][1], " ".join(w for w, _ in words[:n])
    for n in range(len(words), 0, -1):
        *adjectives, (noun, noun_end) = words[:n]
        parses = [p for p in morph.parse(noun.lower())[:2] if p.tag.POS == "NOUN" and "loct" in p.tag]
        # a body («при прокуратуре») or a person, an official («при главном архитекторе»); not what goes on
        # («при рассмотрении»)
        if parses and (noun[:1].isupper() or lemma_of(noun, morph) in heads or any("anim" in p.tag for p in parses)) \
                and all(any(p.tag.POS == "ADJF" and "loct" in p.tag for p in morph.parse(w.lower())) for w, _ in adjectives):
            return noun_end, " ".join(w for w, _ in words[:n])
    return None


def _in_genitive(word: str, morph: Morph) -> bool:
    """An abbreviation («США», «РФ») or a word in the genitive that is no nominative singular."""
    return is_abbreviation(word) or morph.is_case(word, "gent") and not any(
        {"nomn", "sing"} <= p.tag.grammemes for p in morph.parse(word.lower()))


def _one_body(name: str, heads: frozenset[str], morph: Morph) -> bool:
    """A name headed by an organisation word in the singular, or one abbreviation («МИД», «ФНС»)."""
    words = name.split()
    if len(words) == 1 and is_abbreviation(words[0]):
        return True
    head = head_word(name, morph)
    return head in heads and not any(
        lemma_of(w, morph) == head and morph.parse(w.lower())[0].tag.number == "plur" for w in words)


_RU_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \t]+$")
# a part's word and its field after «по» (words in small letters, one «и» at most) right before the body it
# belongs to: «комитета | по политике и безопасности | Совета ЕС»
_FIELD_BEFORE = re.compile(r"(?<![^\W\d_])([А-ЯЁа-яё-]+)[ \t]+по[ \t]+((?:[а-яё-]+[ \t]+){1,6})$")


def _field_phrase_start(text: str, at: int, morph: Morph) -> int | None:
    """Where a word and the field «по» opens stand right before `at` (the word is asked after), or None; not over a
    preposition, after which the name is the field's object («комитета по ... вступлению | в | ВТО»)."""
    field = _FIELD_BEFORE.search(text, max(0, at - 120), at)
    words = field.group(2).split() if field is not None else []
    return field.start(1) if field and words.count("и") <= 1 and all(morph.parse(w)[0].tag.POS != "PREP" for w in words) else None


_JOINED_NAME = re.compile(r"[ \t]+(?:и[ \t]+)?$")


def named_after(text: str, names: list[Mention], taken: list[tuple[int, int, str]], heads: frozenset[str],
                morph: Morph, kept: frozenset[tuple[int, int]] = frozenset(),
                own: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[int, int, str]]:
    """Russian bodies named by the place or the people they belong to, which NER leaves as the place
    or the people alone: an organisation word, its adjectives and genitive words before a place, a
    country or a person in the genitive («Верховный суд США», «Кабинет Министров Чувашской
    Республики», «мэрия Казани», «Фонд Билла и Мелинды Гейтс»), and a part of a body named before the body
    («фракция КПРФ», «пресс-служба МЧС»; the body stays a name of its own): a body found (`taken`) or one
    NER names that is `kept` as a body, not in the nominative after its legal form («деловой совет | ООО
    «Сингапур»») nor one the registry names by that word itself (`own`: «Совет ЕЭК»)."""
    found = Ranges(taken)
    ordered = sorted([*names, *(Mention("BODY", text[s:e], s, e, None, k) for s, e, k in taken if text[s:e].strip())],
                     key=lambda m: m.start)  # (`text` is the content: a found name in the apparatus is blank there)
    out: list[tuple[int, int, str]] = []
    organisations = Ranges(m for m in names if m.type == "ORG")
    for n, mention in enumerate(ordered):
        first = mention.text.split()[0]
        part = mention.type == "BODY" or mention.type == "ORG" and (mention.start, mention.end) in kept
        if mention.type == "ORG" and not part or not has_cyrillic(mention.text) or not morph.is_case(first, "gent") and not (part and is_abbreviation(first)):
            continue
        if part:
            start = _head_phrase_start(text, mention.start, heads, morph)
            start = _field_phrase_start(text, mention.start, morph) if start is None else start
            head = head_word(text[start:mention.start], morph) if start is not None else None
            if start is not None and head in word_set(ORG_WORDS, "part") and (mention.fact_id, head) not in own \
                    and not legal_form().match(mention.text) and not found.overlaps(start, mention.start) \
                    and not (out and start < out[-1][1]):
                out.append((start, mention.end, " ".join(text[start:mention.end].split())))
            continue
        person = mention.type == "PER"
        last = morph.parse(mention.text.split()[-1].lower())[0].tag
        if person and "nomn" in last and "plur" not in last:
            continue  # «министерство иностранных дел Барри Лоуенкрон»: a name that is no genitive, its last word likeliest
            # read (a person is one: «Марины» of «Госпиталя принцессы Марины» may be a plural's nominative, «Кадырова» a woman's)
        if person and method_before(text, mention.start, morph):
            continue  # «группа уравнений Максвелла»: the person names a method, not a body
        start = _head_phrase_start(text, mention.start, heads, morph)
        if start is None or found.overlaps(start, mention.end) or (out and start < out[-1][1]):
            continue
        if person and text[start:start + 1].islower() and (organisations.overlaps(start, mention.start) or head_word(text[start:mention.start], morph) not in word_set(ORG_WORDS, "named_for", "part")):
            continue  # «агентства Томаса Райтера»: a person of a body named on its own; «ведомства Антона Силуанова»: its head («фонда Билла Гейтса», «пресс-службы Кадырова» are his)
        end = mention.end
        for following in ordered[n + 1 :]:  # «Билла и Мелинды Гейтс»: the people of one name
            if following.type != mention.type or not _JOINED_NAME.fullmatch(text, end, following.start):
                break
            end = following.end
        if person and end == mention.end and _post_of(text, start, first, morph):
            continue  # «астронавта Европейского космического агентства Томаса Райтера»: the person is the post's
        # a part of the body named before it is what the text names («департамента экономики | администрации
        # Томской области»)
        outer = _head_phrase_start(text, start, heads, morph)
        if outer is not None and head_word(text[outer:start], morph) in word_set(ORG_WORDS, "part") \
                and not found.overlaps(outer, start) and not (out and outer < out[-1][1]):
            start = outer
        out.append((start, end, " ".join(text[start:end].split())))
    return out


def _post_of(text: str, start: int, name: str, morph: Morph) -> bool:
    """Whether the word before a body's name at `start` is a noun for a person in the singular (a post, a
    trade: «главу», «астронавта») in a case the person's `name` after the body may take: the name is in
    apposition to it («главу партии Сергея Митрохина»), not the one the body is named after (two people,
    «Фонда Билла и Мелинды Гейтс», are no one person's post); the post may govern the body through another
    body's word in the genitive («главы секретариата | кабинета министров Дэвида Лидингтона»)."""
    for _ in range(3):
        word = _RU_WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None:
            return False
        parses = morph.parse(word.group(1).lower())
        if any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "sing" and p.tag.case
               and morph.is_case(name, p.tag.case) for p in parses):
            return True
        if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" and "anim" not in p.tag for p in parses[:1]):
            return False
        start = word.start(1)
    return False


def _head_phrase_start(text: str, at: int, heads: frozenset[str], morph: Morph) -> int | None:
    """Where an organisation word (with its adjectives) opens the words right before `at`, the words
    between them in the genitive; None when no organisation word is there."""
    position, between, joined = at, 0, False
    # up to three words in the genitive, twice as many where «и» joins two such phrases («Департамент таможенного
    # законодательства и правоприменительной практики | ЕЭК»)
    while between <= (6 if joined else 2):
        word = _RU_WORD_BEFORE.search(text, max(0, position - 40), position)
        if word is None:
            return None
        if word.group(1) == "и" and not joined and between >= 1:
            position, joined = word.start(1), True
            continue
        # «Сборная России» opening a sentence: a capital read as a name's adjective («сборный»)
        if lemma_of(word.group(1), morph) in heads or lemma_of(word.group(1).lower(), morph) in heads:
            if morph.parse(word.group(1).lower())[0].tag.number == "plur":
                return None  # «парламенты России и Белоруссии»: bodies, not one
            start = word.start(1)
            for _ in range(2):  # «Верховный суд», «Высший Евразийский экономический совет»
                adjective = _RU_WORD_BEFORE.search(text, max(0, start - 40), start)
                if adjective is None:
                    break
                tag = (parses := morph.parse(adjective.group(1).lower()))[0].tag
                if "Apro" in tag and text[start:start + 1].islower():
                    return None  # «самый популярный банк в России»: a body described, not named
                capital_adjective = adjective.group(1)[:1].isupper() and tag.POS == "NOUN" \
                    and agrees(adjective.group(1), text[start:].split()[0], morph)  # «Главное | управление», first a noun
                if tag.POS != "ADJF" and not capital_adjective or "Apro" in tag or any(p.tag.POS == "COMP" for p in parses):
                    break  # (not «свою», «нашу»: a pronoun; nor «позднее»: a comparative, which may read as an adjective)
                if tag.number == "plur":
                    return None  # «таможенные службы России и Беларуси»
                start = adjective.start(1)
            return start
        if not morph.is_case(word.group(1), "gent") or morph.parse(word.group(1).lower())[0].tag.POS in ("PREP", "CONJ", "PRCL"):
            return None  # (not «в»: «год Российской Федерации | в | Болгарии»; not «и», whose letter reads as a genitive too)
        position, between = word.start(1), between + 1
    return None
