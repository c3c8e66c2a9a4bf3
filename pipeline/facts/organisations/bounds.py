"""Where a name NER found begins and ends when NER stopped inside it: the first part of a hyphenated
word («пресс-» of «пресс-служба»), a capital "The" inside a sentence ("The Independent"), the person a body is named after («Театр им. Йозефа Бойса»), the
parent body whose short form follows («Институт этнологии и антропологии РАН»), the complement a Russian
name goes on over («центр для координации работы по управлению рисками», «Центр ... реагирования на
компьютерные атаки в кредитно-финансовой сфере»)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...data import load_lines
from ...lexicon.cues import word_set
from ...lexicon.gazetteer import Piece, is_abbreviation, lemma_of, split
from ...nlp.lang import has_cyrillic
from ...nlp.models import Models
from ...nlp.morph import Morph
from .names import ORG_WORDS, head_word, leading_the, legal_suffix, nominative

_WORD_BEFORE_HYPHEN = re.compile(r"[^\W\d_]+-$")
# letters in capitals before a name, a space between: the body the name's belongs to ("CIS Election Observation Mission")
_LETTERS_BEFORE = re.compile(r"(?<![\w.’'‐–-])(?:[A-Z]{2,6}|(?:[A-Z]\.){2,3})[ \t]$")
_IN_PROSE_BEFORE = re.compile(r"(?:(?<![^\W\d_])[a-z]+|[.!?(,;:])[ \t]+$")
_JOINED_AFTER = re.compile(r"[-‐–][A-ZА-ЯЁ][\w’']*(?![\w-])")
_JOINED_BEFORE = re.compile(r"(?<![\w.’'‐–-])(?:[A-Z]\.){2,3}[-‐–]$|(?<![\w.’'‐–-])[A-Z][\w’']*[-‐–]$")
# «им.» / «имени» and one to three capitalised words (initials allowed): the person a body is named after
_NAMED_AFTER = re.compile(r"\.?[ \t]+(?:им\.|имени)[ \t]*((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){0,2})")
# a short form that ends the name: punctuation or a word in small letters after it, not a quote or a
# name (the legal form of the next company: «... деловой совет ООО «Сингапур»»)
_COUPLE_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$")  # "Bill and " before "Melinda Gates ..."
_RU_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")
_SHORT_AFTER = re.compile(r"[ \t]+([А-ЯЁ]{2,6}(?:[ \t]+[А-ЯЁ]{2,6})?)(?=[.,;:)»]|[ \t]+[а-яё]|\s*$)")
_SHORT_PLACE_AFTER = re.compile(r"[ \t]+([А-ЯЁ]{2,6})[ \t]+([А-ЯЁ][а-яё]+)(?=[.,;:)»]|[ \t]+[а-яё]|\s*$)")
_WORD_OR_LETTERS_BEFORE = re.compile(r"(?:([А-ЯЁ]{2,6})|(?<![^\W\d_])([А-ЯЁа-яё]+))[ \t]+$")


def _owned(text: str, start: int, heads: frozenset[str], morph: Morph) -> bool:
    """Whether letters or an organisation word stand right before a name: the name is the body a unit belongs
    to («ГУ | МЧС», «пресс-службы | МЧС»), and what follows it is the unit's."""
    before = _WORD_OR_LETTERS_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before.group(1) is not None or lemma_of(before.group(2).lower(), morph) in heads)


_QUOTED_TAIL = 60  # characters a quoted name may go on after NER stopped
_NO_NAME_POS = frozenset({"VERB", "INFN", "ADVB", "PRED", "NPRO", "GRND"})
_THE_BEFORE = re.compile(r"(?<![^\W\d_])The[ \t]+$")


_NAME_OF_BEFORE = re.compile(r"(?:\b(?:the|[a-z]+)|['’]s?)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _with_the(text: str, start: int) -> int:
    """Where a name in Latin letters starts when a capital "The" inside a sentence opens it ("The Wall
    Street Journal", «The Smiths»): a capital the sentence does not explain belongs to the name."""
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    if the is None:
        return start
    window = text[max(0, the.start() - 200) : the.start()]
    before = window.rstrip()
    # (a sentence's end may close a quotation or a bracket first: 'powers." | The Second Circuit ...')
    ended = before.rstrip("\"”’»)]")
    return start if not ended or ended[-1] in ".!?\n" or "\n" in window[len(before) :] else the.start()


# "and" and capitalised words (with "the", "of" between them) up to punctuation or a word in small letters
_AND_MORE = re.compile(r"[ \t]+and[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:the|of|for)[ \t]+)?[A-Z][\w’'-]*){0,3})"
                       r"(?=[ \t]*[,.;:)]|[ \t]+[a-z]|\s*$)")
_OF = re.compile(r"[ \t]of[ \t]")


_COMPLEMENT = re.compile(r"[ \t]+(?:for|of|on|against)[ \t]+((?:the[ \t]+|(?<=for[ \t])an?[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|of|the|for)[ \t]+)?[A-Z][\w’'-]*){0,3})"
                        r"(?=[ \t]*[,.;:()]|[ \t]+[a-z]|\s*$)")


def _complement(text: str, start: int, end: int, heads: frozenset[str]) -> int:
    """Where an English name that ends in an organisation word goes on when NER stopped before its
    complement: "European Union Agency | for Cybersecurity", "Centre | for Economic Policy Research",
    "American Council | for an Energy-Efficient Economy", "Committee | against Torture"
    (a name with a complement of its own already, "Bank of England | for ...", does not)."""
    words = text[start:end].split()
    if not words or words[-1].lower() not in heads and words[-1].lower().rstrip("s") not in heads \
            or re.search(r"\s(?:of|for|on)\s", text[start:end]):
        return end
    more = _COMPLEMENT.match(text, end)
    return more.end() if more else end


# the object of a body's field, a name after a preposition: "Working Party on the Accession | of the Russian Federation",
# "Office for Relations | with the Eurasian Economic Union", "Commission on Accession | to the WTO"
_FIELD_OBJECT = re.compile(r"[ \t]+(?:of|to|with|from|into|between|against)[ \t]+((?:the[ \t]+)?[A-Z][\w’'.-]*"
                           r"(?:[ \t]+(?:(?:and|of|the)[ \t]+)?[A-Z][\w’'-]*){0,4})(?=[ \t]*[,.;:()]|[ \t]+[a-z]|\s*$)")


def _field_object(text: str, start: int, end: int) -> int:
    """Where an English name whose field follows "on" or "for" and ends in a capitalised word goes on over
    the name its field is about (`_FIELD_OBJECT`)."""
    words = text[start:end].split()
    if not words or not words[-1][:1].isupper() or not re.search(r"\s(?:on|for)\s", text[start:end]):
        return end
    for _ in range(2):  # "... of the Russian Federation | to the WTO"
        if (more := _FIELD_OBJECT.match(text, end)) is None:
            break
        end = more.end()
    return end


_CAPITALISED = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
_FIELDS_EN = re.compile(rf"(?:,[ \t]+{_CAPITALISED})+,?[ \t]+and[ \t]+{_CAPITALISED}(?=[ \t]*[,.;:()]|[ \t]+[a-z]|\s*$)")


def _fields_listed_en(text: str, start: int, end: int, heads: frozenset[str]) -> int:
    """Where an English name whose field follows "on" or "for" goes on over the fields a comma lists after it, up
    to "and" and the last one ("Committee on Economic Policy|, Industry, Innovative Development and
    Entrepreneurship"); not over bodies or countries ("Committee on Trade, Russia and China")."""
    from ..countries import country_names

    if not re.search(r"\s(?:on|for)\s", text[start:end]) or (listed := _FIELDS_EN.match(text, end)) is None:
        return end
    words = re.findall(r"[^\W\d_]+", listed.group())
    return listed.end() if _headless(words, heads) and not any(w.lower() in country_names() for w in words) else end


def _and_more(text: str, start: int, end: int, heads: frozenset[str], known: Callable[[str], bool] | None) -> int:
    """Where an English name with a complement ends when NER stopped at its "and": "US Office of Textile |
    and Apparel", "Patriarchate of Antioch and All | the East": over common words only, none of them an
    organisation word ("Ministry of Finance and the Central Bank", "Department of Justice and Microsoft"
    are two bodies)."""
    more = _AND_MORE.match(text, end)
    if more is None:
        return end
    words = more.group(1).split()
    if _headless(text[start:end].split(), heads) and len(words) <= 3 and _headless(words[:-1], heads) \
            and not _headless(words[-1:], heads) and not legal_suffix().search(f" {words[-1]}"):
        # "Australian Competition | and Consumer Commission", "Securities | and Exchange Commission": the
        # words before the "and" name no body, the organisation word after it closes the name
        return more.end()
    if known is None or not _OF.search(text, start, end):
        return end
    if not all(known(word) for word in words) or not _headless(words, heads):
        return end
    return more.end()


def _headless(words: list[str], heads: frozenset[str]) -> bool:
    """Whether none of the words is an organisation word."""
    return not any(word.lower() in heads or word.lower().rstrip("s") in heads for word in words)


_AMPERSAND_MORE = re.compile(r"[ \t]+&[ \t]+(?:the[ \t]+)?[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)?")
_CONJUNCTION_AT_END = re.compile(r"[ \t]+(?:и|and)$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-ZА-ЯЁ][\w’'-]*(?:[ \t]+[A-ZА-ЯЁ][\w’'-]*){0,2})")


def _past_conjunction(text: str, start: int, end: int) -> int:
    """A name NER ended on «и» or "and" goes on over the capitalised words after it («Фонд Билла и |
    Мелинды Гейтс»), or ends before the conjunction."""
    conjunction = _CONJUNCTION_AT_END.search(text, start, end)
    if conjunction is None:
        return end
    more = _CAPITALISED_AFTER.match(text, end)
    return more.end() if more else conjunction.start()


_CLOSING = {"«": "»", "“": "”", "„": "“", '"': '"'}


def to_closing_quote(text: str, start: int, end: int, morph: Morph) -> int:
    """Where a name NER stopped inside its quotes ends: at the quote that closes the one right before it
    («Координационный совет | пострадавших соинвесторов»), when that quote closes within the line and a
    few words, with no other quote, no sentence's end and (in Russian) no verb or adverb between: a
    quoted sentence that opens with a name is no name («Vestas не желает ...»)."""
    opening = text[start - 1 : start] if start else ""
    closing = _CLOSING.get(opening)
    if closing is None or (opening == '"' and start > 1 and not text[start - 2].isspace()):
        return end
    at = text.find(closing, end, end + _QUOTED_TAIL)
    if at == -1 or any(mark in text[end:at] for mark in '«»“”„"\n') or re.search(r"[.!?;]\s", text[end:at]) \
            or len(text[end:at].split()) > 6:
        return end
    if any(morph.parse(word.lower())[0].tag.POS in _NO_NAME_POS for word in re.findall(r"[а-яё]+", text[end:at], re.I)):
        return end
    return at


_OUTLINE = re.compile(r"[A-ZА-ЯЁ][.)][ \t]+(?=[A-ZА-ЯЁ])")
_ELIDED_PARTICLE = re.compile(r"[ \t]+(?:d|l|dell)['’][A-ZÀ-ÖØ-Þ][\w-]*")


def widen(text: str, start: int, end: int, heads: frozenset[str] = frozenset(),
          known: Callable[[str], bool] | None = None, morph: Morph | None = None) -> tuple[int, int]:
    """The span of a name NER cut short, taken on to its word's start and to the end of what it is named
    after or belongs to (Russian), or over the rest of its complement after "and" (English: common words
    as `known` tells them)."""
    end = _past_conjunction(text, start, end)
    while (joined := _JOINED_AFTER.match(text, end)) and text[start:end].split()[-1][:1].isupper():
        end = joined.end()  # «Деловой совет ЕАЭС–Вьетнам», "Council of the EU-Japan": the word the dash joins to the last
    if (outline := _OUTLINE.match(text, start)) and (start == 0 or text[start - 1] == "\n") and outline.end() < end:
        start = outline.end()  # "C. | European Community I: ...": a heading's letter in an outline
    if not has_cyrillic(text[start:end]):
        # "US–Ukraine Foundation", "EU-Japan Business Council": a capitalised word joined by a dash to the first
        while (joined := _JOINED_BEFORE.search(text, max(0, start - 30), start)) and text[start : start + 1].isupper():
            start = joined.start()
        if text[end : end + 1] == "." and legal_suffix().search(text, start, end + 1):
            end += 1  # "GoodFellow Co." whose point NER left to the sentence
        end = _fields_listed_en(text, start, _field_object(text, start, _complement(text, start, end, heads)), heads)
        if (elided := _ELIDED_PARTICLE.match(text, end)) and text[start:end].split()[-1][:1].isupper():
            end = elided.end()  # "University of Cote | d'Azur": a French or Italian particle before the name's last word
        # "Pew Research Center for the People | & the Press": "&" joins the last words of a name with a complement
        if (ampersand := _AMPERSAND_MORE.match(text, end)) and re.search(r"\s(?:for|of|on)\s", text[start:end]):
            end = ampersand.end()
        # "the CIS Election Observation Mission", "by the OSCE Parliamentary Assembly": letters after a word in small
        # letters or a sentence's end; not those a legend gives before the name they stand for ("PSB Brazilian
        # Socialist Party PSDB Brazilian Social Democratic Party", a line each or one run)
        if (letters := _LETTERS_BEFORE.search(text, max(0, start - 12), start)) \
                and _IN_PROSE_BEFORE.search(text, max(0, letters.start() - 30), letters.start()) \
                and not _headless(re.split(r"\s(?:of|for|on)\s", text[start:end])[0].split()[-1:], heads):
            start = letters.start()
        # "Customs, Excise and | Service Tax Appellate Tribunal": the fields a name lists before its own words
        if (fields := _FIELDS_BEFORE.search(text, max(0, start - 80), start)) and morph is not None \
                and head_word(text[start:end], morph) in heads:
            start = fields.start()
        # "Servant of | the People party": a name of words joined by "of" before its body's word in small letters
        # (after "the", a possessive or a word in small letters; not a person's post: "the President of | the ...")
        if text[start:end].split()[-1].islower() and (named := _NAME_OF_BEFORE.search(text, max(0, start - 60), start)) \
                and f"{named.group(1).split()[0].lower()}s" not in load_lines("org_nonheads.txt"):
            start = named.start(1)
        return _with_the(text, start), _and_more(text, start, end, heads, known)
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 20), start)
    if before and before.end() == start:
        start = before.start()  # «пресс-служба»
    if text[end:end + 1] == "." and text[end - 3:end] == " им":
        end -= 3  # NER stopped after «им» of «им.»: read the person from the span's own end
    named = _NAMED_AFTER.match(text, end)
    if named and text[start:end].split()[0][:1].isupper():
        return start, named.end()
    if morph is not None and (surname := _RU_NEXT_WORD.match(text, end)) \
            and any("Name" in p.tag for p in morph.parse(text[start:end].split()[-1].lower())) \
            and any("Surn" in p.tag for p in morph.parse(surname.group(1).lower())):
        end = surname.end()  # «Фонда Билла и Мелинды | Гейтс»: NER stopped between a first name and its surname
    short = _SHORT_AFTER.match(text, end)
    if short is None and morph is not None and is_abbreviation(text[start:end]) \
            and (short := _SHORT_PLACE_AFTER.match(text, end)) \
            and not any({"Geox", "gent"} <= p.tag.grammemes for p in morph.parse(short.group(2).lower())):
        short = None  # «ГУ | МЧС России»: a unit's letters before its body's and the body's country
    if short and all(is_abbreviation(w) and w not in word_set(ORG_WORDS, "legal_form") for w in short.group(1).split()):
        end = short.end()  # «обком КПСС», «Институт ... РАН», «Башкирский филиал АН СССР»
        if morph is not None and short.re is _SHORT_PLACE_AFTER:
            return start, territory_after(text, end, morph) or end  # «ГУ МЧС России | по Санкт-Петербургу»
    if morph is None:
        return start, end
    complemented = complement_after(text, end, morph)
    if complemented and re.search(r"\sпри\s", text[start:end]):
        end = extend(text, end, morph)  # a body attached to another goes on over its complement: «Совет при Президенте РФ | по ...»
    elif (head := head_word(text[start:end], morph)) in heads:
        if complemented and " по " not in text[start:end] and (po := _PO_OR_AGAINST.match(text, end, end + 9)) \
                and head not in word_set(ORG_WORDS, "fieldless"):
            # so does one headed by an organisation word that NER stopped at a name in the genitive («сборная России |
            # по бобслею», «комитет ООН | против пыток»); after such a whole name «для» says what for («Институтом ...
            # РАН | для оценки рисков»)
            against = po.group().strip() == "против"
            extended = extend(text, end, morph)
            # what a body stands against closes a phrase («комитет ООН | против пыток,»), not a rival's name
            # («сборная России против сборной | Германии»)
            end = extended if not against or _PHRASE_CLOSED.match(text, extended) else end
        elif territory := territory_after(text, end, morph):
            end = territory  # «Управление ФНС России | по Московской области»: the territory a body serves
        elif (pair := _field_after(text, end, morph)) and text[start:start + 1].isupper() \
                and lemma_of(text[start:end].split()[-1], morph) == head:
            end = pair  # «Восточный комитет | немецкой экономики»: the field a body's name ends with, in the genitive
    elif is_abbreviation(text[start:end].split()[0]) and not _owned(text, start, heads, morph) \
            and (territory := territory_after(text, end, morph)):
        end = territory  # «УМВД России | по Москве»: so does a body's unit named by its letters (not the body in «ГУ | МЧС»)
    return start, end


_PO_OR_AGAINST = re.compile(r"[ \t]+(?:по|против)[ \t]")
_PHRASE_CLOSED = re.compile(r"[ \t]*(?:[,.;:)»]|$)")
_PAIR_AFTER = re.compile(r"[ \t]+([а-яё]{3,})[ \t]+([а-яё]{3,})(?![^\W\d_])")


def _field_after(text: str, end: int, morph: Morph) -> int | None:
    """Where an adjective and a noun in the genitive right after `end` end, the adjective no pronoun
    («комитет | немецкой экономики», not «суд | этой страны»); None when no such pair follows."""
    m = _PAIR_AFTER.match(text, end)
    if m is None:
        return None
    adjective = morph.parse(m.group(1))[0].tag
    noun = morph.parse(m.group(2))[0].tag
    agree = adjective.POS == "ADJF" and "Apro" not in adjective and noun.POS == "NOUN" and adjective.case == noun.case == "gent" \
        and adjective.number == noun.number and (noun.number == "plur" or adjective.gender == noun.gender)
    return m.end() if agree else None


def widened(text: str, candidates: list[tuple[int, int, str]], models: Models,
            heads: frozenset[str], first_names: dict[int, int] | None = None) -> list[tuple[int, int, str]]:
    """Each candidate widened, its name read again where its span grew, the pieces it grew over left out;
    `heads` are the organisation words. English names grow only where the English model was needed already.
    `first_names` gives where each one-word name NER calls a person's begins, by where it ends."""
    morph = models.morph
    english = models.english_if_loaded()
    known = english.lemmas.known if english is not None else None
    out = []
    for start, end, name in candidates:
        wide = widen(text, start, end, heads, known, morph)
        if first_names and (couple := _COUPLE_BEFORE.search(text, max(0, wide[0] - 30), wide[0])) \
                and first_names.get(couple.end(1)) == couple.start(1) and len(text[wide[0]:wide[1]].split()) >= 3 \
                and all(w[:1].isupper() for w in text[wide[0]:wide[1]].split()):
            wide = (couple.start(1), wide[1])  # "the Bill | and Melinda Gates Foundation": a couple's first name before
        out.append((*wide, nominative(" ".join(text[wide[0]:wide[1]].split()), morph)) if wide != (start, end)
                   else (start, end, name))
    # the words a name grew over after "&" or "and" are no name of their own ("Press" of "... for the People & the
    # Press", "Consumer Commission" of "Australian Competition and Consumer Commission";
    # «КПСС» of «обком КПСС» is another body's), and a span across a bracket's end is none ("the Republican
    # (vs. | Democratic) Party")
    joined = [(c[1], e) for (_, e, _), c in zip(out, candidates, strict=True) if e > c[1] and text[c[1]:e].lstrip().startswith(("&", "and "))]
    return [c for c in out if not any(s <= c[0] and c[1] <= e for s, e in joined)
            and text.count("(", c[0], c[1]) == text.count(")", c[0], c[1]) and not _two_parties(text[c[0]:c[1]])]


_DASHED = re.compile(r"([A-ZА-ЯЁ][\w’']*)\s?[–—-]\s?([A-ZА-ЯЁ][\w’']*)")


def _two_parties(name: str) -> bool:
    """Two states, or registered bodies by their letters, that a dash joins, and nothing else: a relation, no body
    ("EU–Turkey", "EU–Japan", «ЕС–Россия»; not "Daimler–Benz", "RU-CENTER", nor "EU–Japan Business Council" with a
    body's word)."""
    from ..countries import country_names
    from .registry import kept_capitals

    joined = _DASHED.fullmatch(name)
    return joined is not None and all(w in kept_capitals() or w.lower() in country_names() for w in joined.groups())


def after_colon(text: str, start: int, end: int) -> int:
    """Where a name read from `start` to `end` begins: after a colon, which opens the name of what is
    named ("Institute for Supply Management Manufacturing: New Orders Index" is an index)."""
    colon = text.rfind(":", start, end)
    if colon == -1:
        return start
    return colon + 1 + len(text[colon + 1 : end]) - len(text[colon + 1 : end].lstrip())


def long_form_start(text: str, start: int, end: int) -> int:
    """Where the long form a short form in brackets spells out begins, from where its words were read:
    after a colon and past a leading "The"."""
    start = after_colon(text, start, end)
    return start + (lead.end() if (lead := leading_the().match(text[start:end])) else 0)


def after_prose(text: str, start: int, end: int, morph: Morph) -> int:
    """Where the name a long form spells out begins after the words of prose its letters were matched
    across: an English word in small letters that joins no name ("The UN initially established its |
    Mission in Liberia (UNMIL)"), a Russian pronoun before the name («открыла свою | Миссию в Либерии»)."""
    words = list(re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text[start:end]))  # ("Children's", "Co-operation")
    if has_cyrillic(text[start:end]):
        lead = 0
        while lead < len(words) - 1 and words[lead].group().islower() \
                and {"Apro", "NPRO"} & morph.parse(words[lead].group())[0].tag.grammemes:
            lead += 1
        return start + words[lead].start() if lead else start
    joining = word_set(ORG_WORDS, "connector", "particle")  # ("Banque de | l'Afrique Occidentale")
    prose = [k for k, w in enumerate(words[:-1]) if w.group().islower() and w.group() not in joining]
    return start + words[prose[-1] + 1].start() if prose else start


_MAX_EXTENSION = 8  # «по развитию гражданского общества и правам человека»


def complement() -> frozenset[str]:
    """«для», «по»: a Russian name goes on over its complement after them."""
    return word_set(ORG_WORDS, "complement")


def extend(text: str, end: int, morph: Morph) -> int:
    """Carry a name NER cut inside its complement («центра для координации | работы по управлению
    рисками») on over the lower-case nouns and «по» that follow, up to the next punctuation."""
    following = split(text[end : end + 120], end, morph)
    taken = 0
    for i, piece in enumerate(following[:_MAX_EXTENSION]):
        if piece.text == "," and taken == i and (listed := _fields_listed(text, piece.start, morph)) is not None:
            return listed  # «по экономической политике|, промышленности, инновационному развитию и предпринимательству»
        if piece.word and piece.text[:1].isupper() and 0 < i == taken and following[i - 1].text in word_set(ORG_WORDS, "field"):
            # «по делам | СНГ», «по вопросам | Содружества Независимых Государств»: whose affairs, in the genitive
            if is_abbreviation(piece.text):
                taken = i + 1
            else:
                while taken < len(following) and _owner_word(following[taken], morph):
                    taken += 1
            break
        if not piece.word or not has_cyrillic(piece.text) or piece.text[:1].isupper():
            break
        parses = morph.parse(piece.text.lower())
        pos = parses[0].tag.POS
        if pos == "NOUN" and taken and all(p.tag.case in ("nomn", "accs") for p in parses if p.tag.POS == "NOUN"):
            break  # a subject after the complement: «по развитию информационного общества | глава РФ»
        if piece.lemma in complement() or pos == "NOUN":
            taken = i + 1
            continue
        if pos in ("ADJF", "PRTF") or piece.text == "и" and taken == i:
            continue  # «по | таможенному законодательству», «по бюджету | и налогам»: up to the next noun
        break
    while taken and following[taken - 1].lemma in complement():
        taken -= 1
    return following[taken - 1].end if taken else end


def _owner_word(piece: Piece, morph: Morph) -> bool:
    """A capitalised word in the genitive, no person's name («Содружества», not «Вадим»)."""
    parses = morph.parse(piece.text.lower())
    return piece.word and piece.text[:1].isupper() and any(p.tag.case == "gent" for p in parses) \
        and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


_FIELD = r"(?:[а-яё-]{3,}[ \t]+){0,2}[а-яё-]{3,}"
_FIELD_LIST = re.compile(rf"(?:,[ \t]+{_FIELD})*[ \t]+и[ \t]+")
_LAST_FIELD = re.compile(r"[а-яё-]{3,}(?:[ \t]+[а-яё-]{3,}){0,2}")


def _fields_listed(text: str, comma: int, morph: Morph) -> int | None:
    """The end of the fields a comma at `comma` goes on listing after a body's «по» and its first field, up to
    «и» and the last one, each a noun in the dative, perhaps after adjectives in it («по экономической политике|,
    промышленности, инновационному развитию и предпринимательству»), or None."""
    if (listed := _FIELD_LIST.match(text, comma)) is None or (last := _LAST_FIELD.match(text, listed.end())) is None \
            or not all(_field(item, morph) for item in re.split(r",[ \t]+", text[comma:listed.end()].strip(", \tи"))):
        return None
    words, at = last.group().split(), listed.end()
    # the shortest last field that reads as one: «и финансам | поддержал»
    return next((at + len(" ".join(words[:n])) for n in range(1, len(words) + 1) if _field(" ".join(words[:n]), morph)), None)


def _field(item: str, morph: Morph) -> bool:
    """Whether words are a noun in the dative, perhaps after adjectives in it («инновационному развитию»)."""
    *adjectives, noun = item.split()
    return any(p.tag.POS == "NOUN" and p.tag.case == "datv" for p in morph.parse(noun.lower())) \
        and all(any(p.tag.POS == "ADJF" and p.tag.case == "datv" and "Apro" not in p.tag for p in morph.parse(w)) for w in adjectives)


def phrase_after(text: str, end: int, morph: Morph) -> int | None:
    """The end of the phrase in small letters a preposition opens, up to its last noun before
    punctuation or a capital («на | компьютерные атаки в кредитно-финансовой сфере»), or None."""
    last = None
    for n, word in enumerate(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S", text[end : end + 160])):
        written = word.group(0)
        if n >= 2 * _MAX_EXTENSION or not has_cyrillic(written) or not written.isalpha() and "-" not in written \
                or written[:1].isupper():
            break
        pos = morph.parse(written.rpartition("-")[2].lower())[0].tag.POS  # «кредитно-финансовой»: its last part
        if pos not in ("ADJF", "PRTF", "NOUN", "PREP"):
            break
        last = end + word.end() if pos == "NOUN" else last
    return last


def complement_after(text: str, end: int, morph: Morph) -> bool:
    """Whether «по» or «для» and a noun in small letters follow («Международный центр | по обогащению урана»,
    «по таможенному делу»), not one that says why or on what («Верховного Суда | по делу № ...», «по итогам»,
    «по крайней мере», «по вопросу»: act_words.tsv)."""
    following = [p for p in split(text[end:end + 80], end, morph) if p.word][:4]
    if len(following) < 2 or following[0].lemma not in complement() or not text[end:following[0].start].isspace():
        return False
    for piece in following[1:]:
        if not piece.text.islower() or not has_cyrillic(piece.text) or len(piece.text) < 3:
            return False  # a name, a foreign word, a shortening («по г. Москве»)
        pos = morph.parse(piece.text)[0].tag.POS
        if pos == "NOUN":
            return piece.lemma not in word_set("act_words.tsv", "circumstance", lang="ru") \
                or piece.text in word_set(ORG_WORDS, "field")
        if pos not in ("ADJF", "PRTF"):
            return False
    return False


_PO = re.compile(r"[ \t]+по(?=[ \t])")  # «по» after a name (within the few characters the callers give)
_TERRITORY_WORD = re.compile(r"[ \t]+(?:(и)[ \t]+)?(?:г\.[ \t]*)?([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)")


def territory_after(text: str, end: int, morph: Morph) -> int | None:
    """The end of the territory a state body serves, after «по» in the dative («по Московской области»,
    «по г. Москве», «по Санкт-Петербургу и Ленинградской области», «по Северо-Западному федеральному
    округу»), or None. Each part opens with a capital; every word of it is in the dative."""
    if (po := _PO.match(text, end, end + 6)) is None:
        return None
    at, last, words, before = po.end(), None, 0, ""
    while (word := _TERRITORY_WORD.match(text, at)) and words < 8:
        written = word.group(2)
        opens = words == 0 or word.group(1)
        if opens and not written[:1].isupper() or not opens and (written[:1].isupper() and words > 3 or len(written) < 3):
            break
        parses = morph.parse(written.rpartition("-")[2].lower())
        if not any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "datv" for p in parses):
            if written[:1].isupper() and before[:1].isupper() and last == at and any(p.tag.case == "nomn" for p in parses) \
                    and not {"Name", "Surn", "Patr"} & parses[0].tag.grammemes:
                last = word.end()  # «по Республике | Татарстан»: the name the word before it gives
            break
        at, words, before = word.end(), words + 1, written
        if not word.group(1) or parses[0].tag.POS == "NOUN":
            last = at  # (after «и» a noun ends a part, «и Ленобласти»; an adjective goes on, «и Ленинградской | области»)
    return last


_AND = re.compile(r"[ \t]+и[ \t]+")
_FIELDS_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*,[ \t]+)+[A-Z][\w’'-]*,?[ \t]+(?:and|&)[ \t]+$")


def coordinated(text: str, start: int, end: int, heads: frozenset[str], morph: Morph) -> list[tuple[int, int]]:
    """The two bodies a Russian span joins by one «и» when a body's word heads each part in one case («Министерства
    безопасности | и | национальной жандармерии Аргентины»); else the span whole: the fields of one body
    («Министерство промышленности и торговли»), or a body and whom it unites («Федерация профсоюзов и ассоциаций»)."""
    joins = list(_AND.finditer(text, start, end))
    if len(joins) != 1:
        return [(start, end)]
    first, second = text[start:joins[0].start()], text[joins[0].end():end]
    heads_of = [head_word(part, morph) for part in (first, second)]
    if not all(h in heads for h in heads_of) or not first[:1].isupper():
        return [(start, end)]
    cases = [{p.tag.case for p in morph.parse(_head_written(part, head, morph).lower()) if p.normal_form == head}
             for part, head in zip((first, second), heads_of, strict=True)]
    return [(start, joins[0].start()), (joins[0].end(), end)] if cases[0] & cases[1] else [(start, end)]


def _head_written(part: str, head: str | None, morph: Morph) -> str:
    """The word of a part whose lemma is its head, as written."""
    return next((w for w in re.findall(r"[^\W\d_]+", part) if lemma_of(w, morph) == head), "")

