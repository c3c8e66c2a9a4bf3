"""The apparatus around an article: catalogue numbers, labels, authors, affiliations, history, rights.

Journals print the same kinds of lines around every article (УДК, DOI, «Научная статья», the
authors with their marks, the institutions, «Для цитирования», "Received ...", ©); they are told
by the words that open them (data/labels.tsv) and by the shape of a list of names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..data import load_lines
from ..lexicon.abbreviations import one_script
from ..lexicon.cues import LABELS, any_word, forms, label
from ..lexicon.numbers import alternation
from ..nlp.lang import has_cyrillic, has_latin
from ..record import Author
from .letters import LOWER, UPPER
from .support import support_statement

# the kinds of labels.tsv this module reads; history is the file's `received`
KINDS = ("article_type", "citation", "received", "rights", "contact", "catalogue", "concepts", "back",
         "back_heading", "references", "affiliation", "editors", "funders", "notes")
# these stand alone as the whole paragraph; a back_heading is a back label only so ("Authors" over their notes)
WHOLE = frozenset({"article_type", "references", "back_heading"})

DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)\]]")  # also read by references.py
_UDC = re.compile(r"(?:УДК|UDC)\s*:?\s*([\d.:/()\-–+\"«» ]*\d[\d.:/()\-–+\"»]*)")
_ISSN = re.compile(r"\b(?:e-?)?ISSN\s*:?\s*(\d{4}-\d{3}[\dXx])")
_NEXT_SENTENCE = re.compile(r"(\S*)[.!?]\s+[А-ЯЁA-Z][а-яёa-z]+\s+[а-яёa-z]+")
EMAIL = re.compile(r"[\w.+-]+@\s?[\w-]+(?:\s?\.\s?[\w-]+)+")  # a line may end after "@" or a point
_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
# what an icon beside a name leaves in the text: ORCID's "iD", a corresponding author's envelope ("(&)", "(✉)")
# and a mark in a font the text layer cannot name (a control character)
_ICONS = re.compile(r"(?<=[^\W_])\s*(?:\b(?:ID|iD)(?![^\W\d_])|\(\s*[&✉✉]\s*\)|[⇑✉](?=\s|,|$))|[\x80-\x9f]")
_MARKS = re.compile(r"(?<=[^\W\d_])[\d*∗⁎†‡§★☆⋄◇♦¶]+\)?(?:[,–-][\d*∗⁎†‡§★☆⋄◇♦¶]+\)?)*(?=\s|,|$)|^\s*(?:[\d*∗⁎†‡§★☆⋄◇♦¶]+\s*|[a-z](?:,[a-z])*\s+)(?=\S)"
                    r"|(?<=[^\W\d_]{3})\s[a-h](?:,(?:[a-h]|[*∗⁎†‡§]))*(?=,\s|\s·|$)")  # letters of affiliations not raised: "Alexey Kashnitsky a,b, Joop de Beer b"
_ISSUE = re.compile(r"(?:\b(?:Vol|Volume|No|pp|Issue|Т|Том|Вып|Выпуск|С|№)\.?\s*\d|№\s*\d|\b(?:19|20)\d\d\s*[.,]\s*(?:Т|Vol|№|No)\b"
                    r"|\b(?:19|20)\d\d\s+год,\s+том\s+\d"  # «2025 год, том 37, номер 1, стр. 131-150»
                    r"|\b\d{1,4}\s*(?:\(\d{1,3}\)\s*)?\((?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\)\s*[:,]\s*\d+\s*[–-]\s*\d+)")  # "3 (February 2011): 91–128"

# Names as journals print them: «Иванов И. И.», «И. И. Иванов», «Иван Иванович Иванов», "John A. Smith"
_UP = UPPER
_LOW = LOWER
# O'Connell, Салтыков-Щедрин, Vasil'evich, McGrath-Morrow
# (and "Yun-I", "Ji-A": a romanised given name whose second syllable is one capital)
_SURNAME = rf"{_UP}(?:['’]{_UP})?{_LOW}+(?:{_UP}{_LOW}+)?(?:['’]{_LOW}+)?(?:-{_UP}(?:{_LOW}+(?:{_UP}{_LOW}+)?)?)?"
# an initial: one capital, or the two letters a Russian one is transliterated with ("Vladislav Ya. Noskov")
_INITIAL = rf"(?:Shch|Ya|Yu|Ye|Yo|Zh|Kh|Ch|Sh|Ts|[А-ЯЁ][а-яё]|{_UP})\."  # «Кр.Л. Глуско»: a Russian initial of two letters
_INITIALS = rf"{_INITIAL}\s?(?:{_INITIAL}|{_UP}(?=\s|,|$))?"  # «А. У Ибрагимов»: a second initial may lose its point
_SHORT_GIVEN = rf"{_UP}{_LOW}{{1,2}}\."  # a given name cut short: "Md. Shahanur Alam", «Вл. Соловьёв»
# a particle before a surname: "Madeleine van Zuylen", "Ludwig von Mises", «Шарль де Голль»
_PARTICLE = r"(?:(?:van|von|de|da|di|der|den|du|la|le|dos|das|del|della|ter|ten|bin|ibn|ван|фон|де|дер)\s+){1,2}"
_NAME = re.compile(
    rf"(?:{_SURNAME}\s+{_INITIALS}|{_INITIALS}\s?(?:{_SURNAME}\s+)?(?:{_PARTICLE})?{_SURNAME}"
    rf"|{_SURNAME}(?:\s+{_INITIAL}(?:\s?{_INITIAL})?)?\s+(?:{_PARTICLE})?{_SURNAME}"  # "Clare A.M. Sutherland"
    rf"|{_SURNAME}\s+{_SURNAME}\s+{_SURNAME}|{_SHORT_GIVEN}\s+{_SURNAME}(?:\s+{_SURNAME})?"
    rf"|{_SURNAME}\s+{_SURNAME}\s+{_INITIAL}(?=\s*$))(?![^\W\d_])"  # "Vorontsov Dmitry A.": a Russian name transliterated
)
# names with initials from some point to the end of a line, apart by commas or "and"
# (each perhaps with its affiliations' numbers: «И. С. Кожокару1-3, А. В. Акимов1-3,5»)
_NAME_MARK = r"(?:\d{1,2}(?:[,–-]\d{1,2})*|[*∗†‡])?"
_RUN_OF_NAMES = re.compile(rf"(?<=\s)(?:{_INITIALS}\s?{_SURNAME}|{_SURNAME}\s{_INITIALS}){_NAME_MARK}"
                           rf"(?:\s*(?:,\s*(?:and\b|и\b)?|\band\b|\bи\b)\s*(?:{_INITIALS}\s?{_SURNAME}|{_SURNAME}\s{_INITIALS})"
                           rf"{_NAME_MARK})*\s*$")
BARE_INITIALS = re.compile(rf"{_UP}(?:\s{_UP}){{0,2}}\s{_SURNAME}(?:\s{_SURNAME})?")  # "D Medina Redondo": two surnames
_GROUP = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w/&-]*\s+){1,5}(?:Study\s+)?(?:Team|Group|Consortium|Collaboration|Investigators)")
_FOUR_WORDS = re.compile(rf"{_SURNAME}(?:\s+{_SURNAME}){{3}}")
_NAME_WITH_INITIALS = re.compile(rf"(?:^|\s)({_INITIALS}\s?{_SURNAME})$")
# three Russian words make a name only with a patronymic («Анна Сергеевна Петрова», «Петрова Анна
# Сергеевна»); «Вестник Таможенного Сотрудничества» is a journal set in capitals
_THREE_WORDS_WITHOUT_PATRONYMIC = re.compile(
    r"(?![А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична)\b)(?![А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична))"
    r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+")
# one Russian name in full, with the patronymic («Рахвалова Дарья Олеговна», «Дарья Олеговна Рахвалова»)
_PATRONYMIC_NAME = re.compile(r"(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична)(?:\s+[А-ЯЁ][а-яё]+)?")
_SIDE_BY_SIDE = re.compile(rf"{_SURNAME}(?:\s+{_UP}\.)*\s+{_SURNAME}")
# names with their initials side by side without a comma («Воронкин Р.А Кочкаров У.А», «И.И. Иванов П.П. Петров»)
_INITIALLED_SIDE = re.compile(rf"{_SURNAME}\s+{_UP}\.\s?{_UP}\.?(?![^\W\d_])|{_UP}\.\s?(?:{_UP}\.\s?)?{_SURNAME}(?![^\W\d_])")
_MARK_BETWEEN = re.compile(r"(?<=[^\W\d_])[\d*∗⁎†‡§★☆⋄◇♦¶]+\)?(?:,[\d*∗⁎†‡§★☆⋄◇♦¶]+\)?)*(?=\s+[A-ZА-ЯЁ])")
_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|\bи\b|&|(?<=\s)[·•|](?=\s))\s*")  # "Jiyoung Lee · Sundong Kim"


_ADJECTIVE_END = "(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)"


@cache
def _opens() -> dict[str, re.Pattern[str]]:
    """The openers of each kind, compiled from labels.tsv."""
    out = {}
    for kind in KINDS:
        words = label(kind)
        if kind in WHOLE:
            out[kind] = re.compile(rf"(?:\d{{1,2}}\.?\s*)?{words}\s*[.:]?\s*", re.I)
        elif kind == "affiliation":
            # forms are word beginnings of nouns: «центра», not the adjective «Центральной Азии»; a short Latin
            # word is whole ("Lab", "Labs", not the surname "Labanino"; "Center", not "Centeno")
            forms_ = [f for f in forms(LABELS, kind) if has_cyrillic(f) or len(f.rstrip(".")) > 6]
            short = [f for f in forms(LABELS, kind) if not has_cyrillic(f) and len(f.rstrip(".")) <= 6]
            out[kind] = re.compile(rf"(?<![^\W\d_])(?:{alternation(forms_, start=False, end=False)}"
                                   rf"(?![а-яё]+{_ADJECTIVE_END}(?![^\W\d_]))"
                                   rf"|{alternation(short, start=False, end=False)}(?:s|es)?(?![^\W\d_]))", re.I)
        else:
            out[kind] = re.compile(rf"{words}(?=[\s:.,—–\-]|\d|$)", re.I)
    return out


# a series' label, an institute's letters before it, and the paper's number ("CESifo Working Paper No. 4024",
# "NBER WORKING PAPER SERIES", "Policy Research Working Paper 9876", «Препринт WP7/2014/01»)
_SERIES = re.compile(r"(?i)(?:[A-Z][\w&-]*\s+){0,3}(?:working|discussion|policy)\s+papers?(?:\s+series)?"
                     r"(?P<number>\s*(?:no\.?|№|#|number)?\s*[:.]?\s*[\w/.-]*\d[\w/.-]*)?\s*"
                     r"|(?:препринт|рабочий\s+доклад|серия\s+препринтов)(?P<number_ru>\s*[\w/.-]*\d[\w/.-]*)?\s*")


# the code of a scientific specialty before its name, which Russian journals print over the title
_SPECIALTY = re.compile(r"\d\d\.\d\d\.\d\d\s*(?:[–—-]\s*)?[А-ЯЁ][а-яё]")


@lru_cache(maxsize=4096)  # each paragraph is asked about by several rules: see forget()
def kind_of(paragraph: str) -> str | None:
    """The kind of apparatus a paragraph is by the words it opens with, or None for anything else."""
    text = paragraph.strip().lstrip("*∗⁎†‡§ ")  # "⁎Corresponding author at: ..."
    if text.startswith("©") and not re.search(r"(?:19|20)\d\d", text) and authors_of(text):
        return None  # «© А.М. Бойченко,1 М.С. Кленовский,2»: the byline some journals open with the sign
    table = _opens()
    if series := _SERIES.fullmatch(text):  # "CESifo Working Paper No. 4024", "NBER WORKING PAPER SERIES"
        return "catalogue" if series.group("number") or series.group("number_ru") else "article_type"
    for kind in ("article_type", "references", "back_heading"):
        if table[kind].fullmatch(text):
            return "back" if kind == "back_heading" else kind
    for kind in ("citation", "received", "rights", "contact", "catalogue", "concepts", "editors", "funders"):
        m = table[kind].match(text)
        if m and kind == "catalogue" and re.match(r"(?i)working|discussion|препринт", m.group(0)) \
                and not re.fullmatch(r"(?i)[\s:.,]*(?:no\.?|№|number)?[\s:.]*[\w/.-]*\d[\w/.-]*\s*", text[m.end():]):
            continue  # a series' number alone ("Working Paper 30326"); "Working Paper 2014/01, Queensland ..." is a work's
        if m and (_completed(kind, text[m.end():]) or (kind == "contact" and len(m.group(0).split()) >= 2)):
            return kind
    if (len(text) < 600 and any(word in text for word in _RIGHTS_WORDS) and _RIGHTS.search(text)
            and not ((ending := _RIGHTS_AT_END.search(text)) and ending.start() > 100)  # prose a rights line ends is prose
            or re.fullmatch(r"(?:©\s*)?(?:19|20)\d\d\s+[A-ZА-ЯЁ][\w'’-]+(?:\s+(?:et al|и др)\.?)?", text)
            or len(text) < 300 and re.search(r"(?:^|[.;]\s+)(?:[-–•]\s*)?(?:c|\([cC]\))\s*(?:19|20)\d\d\s+[A-ZА-ЯЁ]", text)):
        return "rights"  # «CBS'23, June 2023, Brussels © 2023 Copyright held by the owner»; a © read as "c"
    if _SPECIALTY.match(text) and len(text) < 400:
        return "catalogue"  # «12.00.03 – Гражданское право; ...»
    numbered = re.sub(r"^\d{1,2}\.?\s+(?=[A-ZА-ЯЁ])", "", text)  # «5. Благодарности»: a numbered section of the back
    if (m := table["back"].match(numbered)) and len(numbered) < 1500 \
            and re.match(r"\s*(?:$|[:.]|[A-ZА-ЯЁ\d])", numbered[m.end():]):
        return "back"  # a heading alone, before a colon, or run into its paragraph: "Acknowledgements Our thanks to ..."
    return None


# a rights line, and its words: sought first (most paragraphs hold none; the pattern costs a paragraph's length)
_RIGHTS = re.compile(r"©\s*(?:19|20)\d\d|\bCopyright\s*(?:©|\([cC]\)|(?:19|20)\d\d|held\b|by\b)"
                     r"|\bCreative Commons\b|\bwritten permission of\b|\b(?:All rights reserved|Все права защищены)\b")
_RIGHTS_WORDS = ("©", "Copyright", "Creative Commons", "written permission of", "All rights reserved", "Все права защищены")
# a rights line run on at the end of a paragraph (an abstract's "© 2020 Published by Elsevier Ltd.",
# its © read as "·" or "c" by some fonts)
_RIGHTS_AT_END = re.compile(r"(?:(?<=[.!?])\s+|^)(?:(?:©|·|\(c\)|c|[-–])\s*(?:19|20)\d\d\s+(?:Published by\b|The Authors?\b|Elsevier\b"
                            r"|[A-ZА-ЯЁ«][^.!?\n]{0,80}?(?:\b(?:Ltd|Inc|B\.V|GmbH|LLC|Press|Publishing)\b|Издательств|\b(?:ООО|АО)\b))"
                            r"|(?:\d{4}-\d{3}[\dX]/)?Published by [A-Z][^.!?\n]{0,60}?\b(?:Ltd|Inc|B\.V|GmbH|LLC|Press|Publishing)\b)"
                            r"[^\n]{0,200}$", re.M)  # or "Published by Elsevier B.V." alone, an ISSN before it


def rights_at_ends(text: str) -> list[tuple[int, int]]:
    """Where a rights line ends a paragraph of the text: no facts are read from it."""
    return [(m.start(), m.end()) for m in _RIGHTS_AT_END.finditer(text)]


def forget() -> None:
    """Drop the answers kept about the paragraphs of the article read before (one article at a time)."""
    for function in (kind_of, support_statement, author_note, contact):
        function.cache_clear()  # support_statement is support.py's, asked of the same paragraphs


def cover_line(paragraph: str) -> bool:
    """Whether a line of the paragraph opens as a cover sheet a publisher or an archive puts before the
    article does ("To cite this article:", "Stable URL:", "Cite as the published version")."""
    return bool(_cover().search(paragraph) or _LINKED_COVER.search(paragraph))


# a cover's label with its link, wherever the lines run together ("... Published by: The Econometric
# Society Stable URL: https://www.jstor.org/stable/1914213")
_LINKED_COVER = re.compile(r"(?<![^\W\d_])(?:Stable URL|To link to this article)\s*:\s*https?://")


@cache
def _cover() -> re.Pattern[str]:
    return re.compile(rf"(?im:^[ \t]*{label('cover')})\b")


def notes_heading(paragraph: str) -> bool:
    """The heading of the notes after the body ("Notes", «Примечания»), alone on its line."""
    return bool(_opens()["notes"].fullmatch(paragraph.strip()))


def _completed(kind: str, rest: str) -> bool:
    """Whether what follows an opener is what that apparatus holds: a date or number after "Received"
    or «УДК», an address after "E-mail", a colon after "For citation" ("Received wisdom holds ..." is prose)."""
    if kind in ("received", "catalogue"):  # or the label alone before its dates: "Article history:"
        return bool(re.match(r"[\s:.—–-]*(?:\S+\s+){0,4}?\S*\d", rest) or (kind == "received" and re.fullmatch(r"\s*:\s*", rest)))
    if kind == "contact":
        return "@" in rest[:120] or bool(_ORCID.search(rest[:120])) or bool(re.match(r"\s*[:.]?\s*$", rest))
    if kind in ("citation", "concepts"):
        return bool(re.match(r"\s*[:.—–-]|\s*$", rest))
    if kind == "rights" and re.match(r"\s+[a-z]", rest) and not re.match(r"\s+(?:by|held|of|for|notice|statement)\b", rest):
        return False  # "Copyright terms grew ...": prose about copyright, not a rights line
    return True


POST = re.compile(r"(?i)\b(?:канд\.|кандидат|д-р|доктор|профессор|проф\.|доцент|доц\.|аспирант|студент|научный сотрудник|инженер|"
                  r"директор|[дк]\.\s?[а-яё]{1,3}\.(?:\s?-?[а-яё]{1,2}\.)?\s?н\.|"  # «д.т.н.», «к.ф.-м.н.»
                  r"Ph\.?\s?D|professor|lecturer|researcher|student|engineer|scientist|research fellow|candidate of sciences)")
# a scientific degree as Russian journals print it in both languages («доктор технических наук», «канд. техн.
# наук», "Dr. Sci. (Engineering)", "Cand. Sci.")
SCIENCE_DEGREE = re.compile(r"(?i)\b(?:доктор|кандидат|д-р|канд\.)\s+[а-яё.\s-]{2,40}наук|\b(?:Dr|Cand)\.\s?Sci\b|\bPh\.?\s?D\b"
                             r"|\b(?:Candidate|Doctor)\s+of\s+(?:[A-Z][a-z]+\s+)?Sciences?\b")  # "Candidate of Science in Physics"


@lru_cache(maxsize=4096)  # each paragraph is asked about by several rules: see forget()
def author_note(paragraph: str) -> bool:
    """A note about an author after the body: an e-mail with a degree or a post, or after a dash that
    follows the author's name («— канд. техн. наук; ООО "ЦРТ"; E-mail: ...»)."""
    text = " ".join(paragraph.split())
    if "@" not in text:  # (no e-mail: most paragraphs)
        return len(text) < 400 and text[:1] in "—–-" and bool(POST.search(text))
    if len(text) >= 400:  # the notes on several authors run together, each closed by its e-mail
        ends = [m.end() for m in _LABELLED_EMAIL.finditer(text)]
        notes = [text[a:b].strip() for a, b in zip([0, *ends], ends, strict=False)]
        return len(notes) >= 2 and len(text) - ends[-1] < 20 and all(map(author_note, notes))
    dash, post = text[:1] in "—–-", bool(POST.search(text))
    return bool(EMAIL.search(text) or _LABELLED_EMAIL.search(text)) and (dash or post) or dash and post


# an e-mail after its label, its address broken after the "@" at a line's end («E-mail: Mkrtchan2002@ rambler.ru»)
_LABELLED_EMAIL = re.compile(r"(?i)(?<![^\W\d_])e-?mail\s*:\s*([\w.+-]+@\s?[\w-]+(?:\.[\w-]+)+)")


POSTCODE = re.compile(r"(?<![\d.,])\d{5,6}(?![\d.,]\d)")
_STREET = re.compile(r"(?<![^\W\d_])(?:[Ss]tr|St|ul|ул|пр|просп|пер|д|Ave|Rd|Blvd)\.(?=\s)|\b(?:[Ss]treet|[Aa]venue|[Rr]oad)\b"
                     r"|\b(?:Rd|Ave|Blvd)(?=,)")
_ADDRESS_LABEL = re.compile(r"(?i)(?<![^\W\d_])(?:адрес|address|correspondence)\s*:")
_TOWN_LAST = re.compile(r",\s*г\.\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*$")  # «..., г. Иркутск»
# a postcode among places: after a comma or a place's name, before a comma, a place or the end
_PLACEDPOSTCODE = re.compile(r"(?:,|[A-ZА-ЯЁ][\w.]*)\s+\d{5,6}(?=\s*(?:[,.;]|$)|\s+[A-ZА-ЯЁ])")


def address(paragraph: str) -> bool:
    """A postal address on a line of its own: places apart by commas with a postcode or a street
    («ул. Миклухо-Маклая, д. 6, Москва, 117198», "6, Miklukho-Maklaya str., Moscow, 117198, Russia")."""
    text = " ".join(paragraph.split())
    common = [w for w in re.findall(r"[^\W\d_]{4,}", text) if w[0].islower()]  # prose has words in small letters
    return len(text) < 160 and text.count(",") >= 2 and len(common) <= 1 \
        and bool(POSTCODE.search(text) or _STREET.search(text))


_PLACE = re.compile(r"\(?(?:г\.\s*)?([A-ZА-ЯЁ][\w'’-]+(?:[ -][A-ZА-ЯЁ][\w'’-]+)?),\s*([A-ZА-ЯЁ][\w'’. -]+?)\)?")


def place_line(paragraph: str) -> bool:
    """A city and its country alone on a line, as affiliations end («(г. Омск, Россия)», "Zurich,
    Switzerland"): the country one the gazetteer names."""
    from ..facts.countries import country_names

    m = _PLACE.fullmatch(" ".join(paragraph.split()))
    return m is not None and m.group(2).strip().lower() in country_names()


def _small_words_share(text: str) -> float:
    """The share of a paragraph's words that are common words in small letters (prose has many), an
    institution's word («университет», «кафедра») aside."""
    words = re.findall(r"[^\W\d_]+", text)
    institution = _opens()["affiliation"]
    return sum(1 for w in words if len(w) >= 4 and w[0].islower() and not institution.match(w)) / max(1, len(words))


@lru_cache(maxsize=4096)  # each paragraph is asked about by several rules: see forget()
def contact(paragraph: str) -> bool:
    """Where to find an author, wherever the layout set it: labelled address and e-mail («Адрес: Москва,
    101000, ул. Мясницкая, 20. E-mail: ...»), or an institution with a street, a postcode or a town
    and hardly a word of prose ("Alex Knorre, Institute for the Rule of Law, ..., 6/1А Gagarinskaya Street,
    Saint Petersburg 191187, Russian Federation.", «* РФЯЦ-ВНИИТФ им. Е.И. Забабахина, г. Снежинск»)."""
    text = " ".join(paragraph.split())
    if len(text) > 1200:
        return False
    if ":" in text and "@" in text and _ADDRESS_LABEL.search(text) and EMAIL.search(text):
        return True  # (a label's colon and an e-mail's "@" sought first: most paragraphs hold neither)
    if len(text) > 400 or _small_words_share(text) > 0.25:
        return False
    town = len(text) < 200 and bool(_TOWN_LAST.search(text))
    return town or bool(affiliation(text) and text.count(",") >= 2 and (_PLACEDPOSTCODE.search(text) or _STREET.search(text)))


def title_and_names(paragraph: str) -> tuple[str, list[Author]] | None:
    """A title with the authors' names run on after it on one line ("The Simplest Geometrization of
    Maxwell's Equations D. S. Kulyabov, A. V. Korolkova"): the title and the names."""
    text = " ".join(paragraph.split())
    start = _RUN_OF_NAMES.search(text)
    if start is None or start.start() < 10 or authors_of(text) \
            or re.search(rf"(?:,|\band|\bи|\b{_UP}\.|\b(?:by|of|the|in|from|for|to|at|on|with|в|на|о))\s*$", text[: start.start()]):
        return None  # a line of names only, one the run of names only ends, a title about a work by them, or
        # one whose article or preposition goes on into what look like initials ("... lobbying in the U.S. Congress")
    names = authors_of(text[start.start():])
    return (text[: start.start()].strip(), names) if names else None


_NOTE_MARK = re.compile(r"(?:(?<=[^\W\d_])[-*∗⁎†‡☆★✩]+|(?<=[?!.)»\"])[*∗⁎†‡☆★✩]+)$")


def without_note_mark(title: str) -> str:
    """A title without the mark of the note on it ("... TRADE POLICY∗", set as "POLICY-" by some fonts) and
    without the quotes a cover sets around it ('"The economics of carbon leakage"', «"Таможенный транзит"»)."""
    title = _NOTE_MARK.sub("", title)
    quoted = re.fullmatch(r"\s*([\"“«„])([^\"“”«»„]+)([\"”»“])\s*", title)
    return quoted.group(2).strip() if quoted else title


def issue_line(paragraph: str) -> bool:
    """A short line naming a journal's volume, issue, pages or ISSN («2023. Т. 9, № 2. С. 34–38»)."""
    text = paragraph.strip()
    return len(text) < 160 and (bool(_ISSN.search(text)) or bool(_ISSUE.search(text))) and text.count(". ") < 6


def after_udc(text: str) -> str:
    """What a line of a catalogue number holds after the number («УДК 004.8 Бородулин И.В.»)."""
    udc = _UDC.match(text.strip())
    return text.strip()[udc.end():].strip() if udc else ""


def identifiers(text: str) -> dict[str, str | None]:
    """УДК, DOI and ISSN where the text prints them."""
    udc = _UDC.search(text)
    doi = DOI.search(text)
    issn = _ISSN.search(text)
    return {"udc": udc.group(1).strip(" .") if udc else None, "doi": doi.group(0) if doi else None,
            "issn": issn.group(1) if issn else None}


@cache
def _bodies() -> frozenset[str]:
    """The head words of organisations' names (org_heads.txt), as written, in lower case."""
    return frozenset(w.lower() for w in load_lines("org_heads.txt"))


_PRIVATE_MARK = re.compile(r"(?<=[^\W\d_]|\.)[\ue000-\uf8ff]")


# a Cyrillic name's transliteration in brackets after it («Кумсков Михаил Иванович (Kumskov Mikhail Ivanovich)»)
_TRANSLITERATED = re.compile(r"(?<=[а-яё])\s*\([A-Z][A-Za-z'’. -]+\)")


_SURNAME_IN_CAPITALS = re.compile(rf"(?:^|(?<=[,;]\s)|(?<=\sand\s)|(?<=\sи\s))({_UP}{_LOW}+(?:\s+{_UP}\.)*\s+)({_UP}{{3,}}(?:-{_UP}{{3,}})?)"
                                  rf"(?=\s*(?:$|[,*∗†‡§\d]|(?:and|и)\s))")


@cache
def _section_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{any_word(LABELS, 'section_word')})(?![\w-])")


def authors_of(paragraph: str) -> list[Author] | None:
    """The authors a paragraph lists, or None when it is not a list of names (marks and e-mails allowed)."""
    paragraph = paragraph.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))  # «Махова А.С.¹»: a mark in superscript digits
    paragraph = one_script(paragraph) if has_cyrillic(paragraph) and has_latin(paragraph) else paragraph
    text = EMAIL.sub(" ", _PRIVATE_MARK.sub("*", paragraph.strip().removeprefix("©")))  # a mark in a font's own code points reads as a star
    text = _ORCID.sub(" ", text)
    text = _ICONS.sub("", text)
    text = _byline().sub("", " ".join(re.sub(r"(?<!\w)[´`¨˘ˇ^](?!\w)", "", text).split()))
    # a group the authors write for, after the names ("..., for the IFCC Task Force on COVID-19")
    text = re.sub(r",?\s+(?:for|on behalf of)\s+the\s+[^,]+$", "", text)
    text = _TRANSLITERATED.sub("", text)
    text = re.sub(r"^(?:and|и|&)\s+(?=[A-ZА-ЯЁÀ-Þ])", "", text)  # the last author's line under the one before ("and | HÉLÈNE REY")
    text = re.sub(r"(?<=[^\W\d_]{2})\s?[-–—]$", "", text)  # a dash before the post on the next line («Василий МОРЖАКОВ –»)
    text = re.sub(r"\s\((?:[A-ZА-ЯЁ][a-zа-яё]+)\)(?=\s)", "", text)  # a name one goes by, in brackets: "Zeyuan (Victor) Xiong"
    # (marks at the end, with the commas between them: "Clara De Inocencio*,‡")
    unmarked = re.sub(r"[\s,*∗†‡§]*[*∗†‡§][\s*∗†‡§]*,?$", "", _TRANSLITERATED.sub("", paragraph.strip()))
    if re.search(r"(?:,|\band|\bи)$", unmarked) and not _PATRONYMIC_NAME.fullmatch(unmarked.rstrip(",")):
        return None  # a line broken off before its end ("Additional Information and"); not «Рахвалова Дарья Олеговна,»
    shouted = sum(map(str.isupper, text)) > 0.8 * sum(map(str.isalpha, text))
    little = r"(?:AND|OR|OF|THE|FOR|IN|ON|AT|BY|TO|И|ИЛИ|В|ПО|ДЛЯ|НА|ИЗ|ОТ|С|О)"
    if re.search(r"\s(?:и|and|&)\s+[a-zа-яё]", text) or shouted and (re.match(rf"{little}\s", text) or re.search(rf"\s{little}$", text)):
        # a name after «и» has its capital («Коды Адамара и конструкция Пэли»); a title's line in capitals
        # goes on after or before a little word («И ИХ РАБОТНИКОВ», «... ИДЕНТИФИКАЦИИ И»)
        return None
    if shouted:  # in capitals, two words side by side may be any two words («СИНТЕЗА РЕЧИ»)
        text = re.sub(r"(?<=[A-ZА-ЯЁ]{3})[a-hа-е](?:,[a-hа-е])*(?=[\s,]|$)", "", text)  # "ANTIPOVAa": its mark in small letters
        text = re.sub(r"[^\W\d_]+", lambda m: m.group(0) if len(m.group(0)) == 1 else m.group(0).capitalize(), text)
        # «MARTA BANBURA AND ...», «JOURNAL OF APPLIED ...»: the little words are no names
        text = re.sub(r"\b(And|Of|The|For|In|On|At|By|To|И|В|По|Для|На)\b(?!\.)", lambda m: m.group(0).lower(), text)
    else:  # a surname in capitals before the given names («ИВАНОВ Иван Иванович», "SMITH John Allan")
        text = re.sub(rf"(?<![/\w]){_UP}{{3,}}(?=(?:\s+{_UP}{_LOW}+){{2}}\b)", lambda m: m.group(0).capitalize(), text)
        # or after them, ending the name ("Elena ANDREOU", "Eric GHYSELS and Andros KOURTELLOS")
        text = _SURNAME_IN_CAPITALS.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)
    if re.search(r"\b(?:Street|Avenue|Road|Boulevard)\b|(?<!\w)(?:ул|просп|пр-т)\.", text) \
            or len(text.split()) <= 6 and _section_word().search(text):
        return None  # a postal address ("1050 Massachusetts Avenue", «ул. Мира, 32») or a heading ("Executive Summary")
    degree = re.search(r",\s*([^,]{1,15})$", text)  # «Анатолий Коршунов, д. т. н.», "Anna Smith, Ph.D."
    if not text or len(text) > 1200 or text.endswith((".", "?", "!")) and not re.search(rf"{_UP}\.$", text) \
            and not (degree and _degree().fullmatch(degree.group(1).strip())):
        return None
    # a mark between two names parts them as a comma would ("Andreas Beger† Richard K. Morgan‡ Michael D. Ward§")
    parted = _MARK_BETWEEN.sub(",", text)
    parts = [p for p in _SEPARATOR.split(_MARKS.sub(" ", parted)) if p and p.strip()]
    words = text.split()
    if len(parts) == 1 and 4 <= len(words) <= 16 and not shouted:
        # names set side by side, each given name, initials and surname ("Andreas Beger Richard K. Morgan")
        side = [m.group(0) for m in _SIDE_BY_SIDE.finditer(text)]
        initialled = [m.group(0) for m in _INITIALLED_SIDE.finditer(text)]
        if len(side) >= 2 and " ".join(side) == " ".join(words) and any("." in n for n in side):
            parts = side
        elif len(initialled) >= 2 and " ".join(" ".join(initialled).split()) == " ".join(words):
            parts = initialled
        elif len(words) % 2 == 0 and all(re.fullmatch(_SURNAME, w) for w in words):
            parts = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
    # initials without points ("V V Kazina, T N Safronova and E O Nikulina") only in a list of such names
    bare = len(parts) >= 2 and all(BARE_INITIALS.fullmatch(p.strip(" *∗⁎†‡§0123456789")) for p in parts) \
        and not all(p.strip()[:2] in ("A ", "I ") for p in parts)  # "A Study, A Review"
    names: list[str] = []
    place = False  # in the place that follows names (JACoW: "J. C. Yun FNAL, Batavia, IL 60510, USA C. Contreras, ...")
    for part in parts:
        part = _honorific().sub("", part.strip(" *∗⁎†‡§★☆⋄◇♦¶0123456789)"))
        if not part:
            continue
        if place:
            # the next group's first name ends a part of the place ("USA C. Contreras")
            later = _NAME_WITH_INITIALS.search(part)
            if later and not _opens()["affiliation"].search(part):
                names.append(later.group(1))
                place = False
            continue
        if _opens()["affiliation"].search(part):
            if any(re.search(rf"\b{_UP}\.", n) for n in names):
                place = True  # "…, J. C. Yun, Michigan State University, East Lansing": the names' place follows them
                continue
            # «University College London» is an institution, not three names; "Engineering Cluster,
            # Singapore Institute of Technology" a unit of one: only initials show names before a place
            return None
        if names and _GROUP.fullmatch(part):
            names.append(part)  # a group that signs with the names: "... and The IOCC/GOPA Study Team"
            continue
        if len(parts) >= 3 and _FOUR_WORDS.fullmatch(part):
            names.append(part)  # "Abdelmuttlib Ibrahim Abdalla Ahmed" in a list of names
            continue
        head = _NAME.match(part)
        if head and (names or re.search(rf"\b{_UP}\.", head.group(0))) and not _NAME.fullmatch(part) and re.match(r"\s+[A-ZА-ЯЁ]", part[head.end():]) \
                and not _THREE_WORDS_WITHOUT_PATRONYMIC.fullmatch(head.group(0)) \
                and not re.search(r"\s(?!(?:of|and|for|the|de|и)\s)[a-zа-яё]+\b", part[head.end():]):  # "... Codes over Time"
            names.append(head.group(0))  # "J. C. Yun FNAL, Batavia, IL": the affiliation follows the last name
            place = True
            continue
        if any(w.lower() in _bodies() for w in part.split()):
            return None  # "Nigeria Customs Service": an organisation word names no person
        if _NAME.fullmatch(part) and not _THREE_WORDS_WITHOUT_PATRONYMIC.fullmatch(part) or bare:
            names.append(part)
        elif not _degree().fullmatch(part):
            return None
    if not names:
        return None
    marks = _marks_after(paragraph, names)
    emails = EMAIL.findall(paragraph)
    orcids = _ORCID.findall(paragraph)
    out = []
    for i, name in enumerate(names):
        out.append(Author(name=name, affiliations=marks.get(name, []),
                          email=emails[i].replace(" ", "") if len(emails) == len(names) else None,
                          orcid=orcids[i] if len(orcids) == len(names) else None))
    return out


@cache
def _degree() -> re.Pattern[str]:
    """A degree or a post after a name: words in small letters («к.т.н.», «доцент») or a degree of
    labels.tsv as written ("PhD", "MD")."""
    return re.compile(rf"[a-zа-яё][\w.\s-]*|{label('degree')}\.?")


@cache
def _byline_alone() -> re.Pattern[str]:
    return re.compile(rf"(?i:{label('byline')})\s*:?")


def byline_word(paragraph: str) -> bool:
    """Whether a paragraph is the word before the authors' names alone ("by" over "Khuloos Aziz Chawla")."""
    return _byline_alone().fullmatch(paragraph.strip()) is not None


@cache
def _byline() -> re.Pattern[str]:
    """A word before the first author's name ("By", «Авторы:»), taken off it."""
    return re.compile(rf"^(?i:{label('byline')})\s*:?\s+(?=[A-ZА-ЯЁ])")


@cache
def _honorific() -> re.Pattern[str]:
    """A title before a name ("Dr. ", «проф. »), taken off it."""
    return re.compile(rf"^(?i:{label('honorific')})\s*(?=[A-ZА-ЯЁ])")


def _marks_after(paragraph: str, names: list[str]) -> dict[str, list[int]]:
    """The affiliation numbers printed after each name («Иванов И. И.1, 2»), as 0-based indexes."""
    out: dict[str, list[int]] = {}
    for name in names:
        # (the name as it is printed in capitals too; a mark may close with a bracket: «АНТИПОВА1)»)
        m = re.search(f"(?i:{re.escape(name)})" + r"\s?([\d,\s–-]{1,12})(?=\)?(?:\s|,|$|[A-ZА-ЯЁ]))", paragraph)
        if m:  # «1, 2», «1-3»: a range is every number in it
            numbers = [n for a, b in re.findall(r"(\d+)(?:[–-](\d+))?", m.group(1))
                       for n in range(int(a), int(b or a) + 1) if int(b or a) - int(a) < 10]
            out[name] = [n - 1 for n in numbers if 0 < n < 30]
    return out


def names_an_institution(text: str) -> bool:
    """Whether a word of an institution stands in the text («университета», "Institute")."""
    return _opens()["affiliation"].search(text) is not None


def affiliation(paragraph: str) -> str | None:
    """The institution a paragraph names, when it is an affiliation line (a mark, an institution's
    word, no sentence), without its mark and e-mail."""
    text = " ".join(paragraph.split())
    if not _opens()["affiliation"].search(text):
        return None
    pieces = text.split(",")
    marked = re.match(r"^\s*(?:[\d*∗†‡§]|[a-z]\s+(?=[A-ZА-ЯЁ]))", text)  # «1 », "a Julius B. Richmond Center ..."
    if len(text) > 300 and not (marked and len(pieces) >= 6
                                and len(text) / len(pieces) < 45 and len(text) < 2000):
        return None  # long, it is prose, unless a marked list of short places ("4 Service, Department, City, ...")
    if any(not re.fullmatch(r"[А-ЯЁA-Z]", m.group(1)) for m in _NEXT_SENTENCE.finditer(text)) and not marked \
            or re.search(r"[a-zа-яё][.!?]\s+\|\s", text):  # (or a caption's sentence and its credit after a bar)
        return None  # a sentence goes on after a full stop (not an initial's): prose, not an affiliation
    # the label of an e-mail taken off, and the brackets it stood in ("Nicosia, Cyprus (elena@ucy.ac.cy)")
    text = re.sub(r"\s*\b[Ee]-?mail\s*:?\s*$|\s*\(\s*\)", "", EMAIL.sub("", text))
    text = re.sub(r"^\s*(?:[\d*∗†‡§]+\s*|[a-z]\s+(?=[A-ZА-ЯЁ]))", "", text)  # «1 », "d Università ..."
    # who the author is before where («кандидат наук, доцент, Финансовый университет ...»): the place
    # begins at the first piece that names an institution
    pieces = text.split(",")
    first = 0
    while first < len(pieces) - 1 and (POST.search(pieces[first]) or SCIENCE_DEGREE.search(pieces[first])) \
            and not _opens()["affiliation"].search(pieces[first]):
        first += 1
    return ",".join(pieces[first:]).strip(" ,;") or None


def emails(text: str) -> list[str]:
    return [address for _, address in email_spans(text)]


def email_spans(text: str) -> list[tuple[int, str]]:
    """Where each e-mail stands and its address, also one broken after its «@» after its label."""
    found = [(m.start(), m.group(0).replace(" ", "")) for m in EMAIL.finditer(text)]
    found += [(m.start(1), m.group(1).replace(" ", "")) for m in _LABELLED_EMAIL.finditer(text)
              if m.group(1).replace(" ", "") not in {address for _, address in found}]
    return sorted(found)


def orcids(text: str) -> list[str]:
    return _ORCID.findall(text)


def on_authors(text: str) -> bool:
    """A paragraph about the authors: names, a place, a contact, an address or an e-mail."""
    flat = " ".join(text.split())
    return bool(authors_of(flat) or affiliation(flat) or contact(flat) or address(flat)
                or kind_of(flat) == "contact" or emails(flat) and len(flat) < 300)


def names_broken_off(text: str) -> bool:
    """A list of names the layout broke inside the last one ("Sergey M. Smolskiy, Kirill A. Ignatkov,
    Andrey" / "P. Chupakhin"): no title."""
    names = authors_of(re.sub(r"[,\s]+\S+$", "", " ".join(text.split()))) or []
    return len(names) >= 2


def names_after_issue(flat: str) -> list[Author] | None:
    """The names the layout ran on after the journal's line with its year and issue («... 2014. № 3.
    Сентябрь. Солошенко А.Е., Витовтова О.В., Жилинкова Л.А.»)."""
    for m in re.finditer(r"\.\s+(?=[A-ZА-ЯЁ])", flat[:200]):
        if issue_line(flat[:m.start() + 1]) and (names := authors_of(flat[m.end():])):
            return names
    return None


_STARRED = re.compile(r"[*∗⁎†‡§]{1,3}\s*(?=[A-ZА-ЯЁ«\"])")


_LETTERED = re.compile(r"(?:[a-z]|\d{1,2})\s+(?=[A-ZА-ЯЁ«\"])")


def marked_place(flat: str) -> str | None:
    """A place under the names opened by a mark of theirs, whatever words it holds: stars and daggers,
    or a letter or number when it ends with its country ("d UC Davis, NBER, CEPR, United States of
    America", «2 МГИМО, Россия»)."""
    from ..facts.countries import country_names

    if m := _STARRED.match(flat):
        return flat[m.end():] if len(flat) < 300 else None
    m = _LETTERED.match(flat)
    if m is None or len(flat) >= 200 or "," not in flat or _NEXT_SENTENCE.search(flat):
        return None
    return flat[m.end():] if flat.rsplit(",", 1)[1].strip(" .").lower() in country_names() else None
