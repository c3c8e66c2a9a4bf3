"""The reference list and the citations that point into it: read, parsed and kept apart from the body.

A reference list is numbered («1.», "[1]"), author-year ("Smith, J., 2019. ...") or ГОСТ-style
(«Иванов И. И. Название // Журнал. 2019. № 3. С. 5–10»); a Russian article often prints it twice,
the second time transliterated. In-text citations ([12], [Иванов, 2015], (Smith et al., 2019)) are
found so that nothing inside them is read as a fact of the article.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..facts.acts.lexicon import kind_words
from ..facts.dates import months
from ..lexicon.cues import label
from ..nlp.lang import has_cyrillic
from ..record import Reference
from .front import DOI
from .letters import LOWER, UPPER

_NUMBERED = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_URL = re.compile(r"https?://\S+|www\.\S+")
_UP = UPPER
_LOW = LOWER[:-1] + "'’\\-]"
_AUTHOR = re.compile(
    rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,?\s+(?:{_UP}\.\s?){{1,3}}"  # Иванов И. И. / Smith, J. A.
    rf"|(?:{_UP}\.\s?){{1,3}}\s?{_UP}{_LOW}+"  # И. И. Иванов / J. A. Smith
    rf"|{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?\s+{_UP}{{1,3}}(?=,\s*{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?\s+{_UP}{{1,3}}[,.]"
    rf"|[.,]\s*\(?(?:1[89]|20)\d\d|\s+\((?:1[89]|20)\d\d[a-z]?\)|\s+(?:and|&|и)\s+{_UP}{_LOW}+\s+{_UP}{{1,3}}\b)"
    # Vancouver: "Webb AE, Walsh TA," / "Yang Z. 2007."; SAGE: "Lohr S (2009)", "Angrist JD and Pischke JS (2008)"
)
_ENTRY_LIKE = re.compile(
    r"(?=[/СсpVТ№N(12h])"  # (the letters these marks open with, asked first: most places of a paragraph fail there)
    rf"(?://|\bС\.\s?\d|\bс\.\s?\d|\bpp?\.\s?\d|\bVol\.|\bТ\.\s?\d|№\s?\d|\bNo\.\s?\d|\(\d{{4}}\)|\b(?:19|20)\d\d\b|"
    rf"{DOI.pattern}|https?://)",
)
# «OECD, 2018.», "United Nations (2015), World Population Prospects"
# (not a surname after an initial: "B. Rowlingson (2015), ...")
# a body as an entry's author, the year between points in the AEA's style: "World Bank. 2007. \"World ...\""
# "BENOIT,KENNETH,MICHAEL LAVER, AND SLAVA MIKHAYLOV. 2009.", "GENOVESE, FEDERICA. 2014.": the first surname in capitals
# (small capitals in print), then the names up to the year
_CAPITAL_AUTHORS = re.compile(rf"{_UP}{{2,}}(?:[ '’-]{_UP}{{2,}})*,\s?{_UP}[^\n]{{0,160}}?\.\s(?:1[89]|20)\d\d[a-z]?\.\s")
# "ANDERSON J.E. AND E. VAN WINCOOP (2004), ...", "BOUËT A., Y. DECREUX, ... AND D.LABORDE (2008)": the names in capitals
# with initials, then the year in brackets
_CAPITAL_INITIALS = re.compile(rf"(?!(?:AND|ET|И)\s){_UP}{{2,}}(?:[ '’-](?!(?:AND|ET|И)\s){_UP}{{2,}})*,?\s(?:{_UP}{{1,2}}[.-]\s?)+(?:[ .,'’&-]*{_UP}+)*?[ .]*"
                               rf"\((?:1[89]|20)\d\d[a-z]?\)")
_BODY_YEAR = re.compile(rf"{_UP}[^\W\d_]+(?:\s[^\W\d_]+){{0,6}}\.\s(?:1[89]|20)\d\d[a-z]?\.\s")
_INSTITUTION_YEAR = re.compile(rf"{_UP}[\w&'’ .-]{{1,80}}?,\s\(?(?:1[89]|20)\d\d[a-z]?\)?[.,]"
                               rf"|(?<!\b{_UP}\.\s){_UP}[^\W\d_]+(?:\s[^\W\d_]+){{0,6}}\s\((?:1[89]|20)\d\d[a-z]?\),"
                               rf"|{_BODY_YEAR.pattern}")
_SAGE = rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?\s{_UP}{{1,3}}"  # a surname and initials without points: "Plane DA"
_INVERTED = rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_UP}{_LOW}+(?:\s{_UP}\.)*"  # "Davis, Donald R.", "Van Reenen, John"
_INVERTED_AUTHORS = re.compile(rf"({_INVERTED}(?:[;,]?\s(?:and\s|&\s|и\s)?{_INVERTED})*)(?:\.|(?<=\.))\s[\"“«]")
_NEXT_AUTHOR = re.compile(  # where one entry ends and the next one's first author opens
    rf"(?<=[.)])\s+(?={_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s+(?:{_UP}\.\s?){{1,3}}|{_UP}{_LOW}+\s+(?:{_UP}\.\s?){{1,3}}[,\s]"
    rf"|{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?\s+{_UP}{{1,3}},\s*{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?\s+{_UP}{{1,3}}[,.]"
    rf"|{_INSTITUTION_YEAR.pattern}|{_UP}{_LOW}+,\s{_UP}{_LOW}+(?:\s{_UP}\.)*(?:,\s(?:and\s)?{_UP}|\.\s(?:19|20)\d\d[a-z]?\.\s)"
    rf"|{_SAGE}(?:,\s{_SAGE})*(?:,?\s(?:and|&|и)\s{_SAGE})?\s\((?:1[89]|20)\d\d[a-z]?\)\s"  # "Ravenstein E (1885) The laws ..."
    rf"|{_CAPITAL_AUTHORS.pattern}|{_CAPITAL_INITIALS.pattern}"  # "BOONE, PETER. 1996.", "ANDERSON J.E. (1979)"
    rf"|{_INVERTED}(?:[;,]?\s(?:and\s|и\s)?{_INVERTED})*(?:\.|(?<=\.))\s[\"“«])"  # "Davis, Donald R. and Weinstein, David E. "Market ..."
)
# the AEA's style: the first author's surname, a comma, given names, the others, then ". 2011. " ("Bloom,
# Nicholas, Mirko Draca, and John Van Reenen. 2011. "Trade Induced ..."")
_AEA = re.compile(rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_UP}{_LOW}+[^\n]{{0,200}}?\.\s(?:19|20)\d\d[a-z]?\.\s")
_BRACKETED = re.compile(
    r"\[\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*(?:\s*,\s*(?:с|p|pp|С)\.\s*\d+(?:[–-]\d+)?)?\s*\]"  # [3], [1, 2], [3, с. 5]
    r"|\[[^\[\]\n]{2,120}?(?:1[89]|20)\d\d[a-zа-я]?(?:\s*,\s*(?:с|p|pp|С)\.\s*\d+(?:[–-]\d+)?)?\s*\]"  # [Иванов, 2015]
)
_YEAR_CITED = r"(?:1[89]|20)\d\d[a-zа-я]?(?:\s*,\s*(?:с|p|pp|С)\.\s*\d+(?:[–-]\d+)?)?"
# the place in the work after its year: ", p. 5", ", pp. 12-14", ", para. 5", «, с. 41», ": 1005-6", ": Table 7.1"
_LOCATOR = (r"(?:,\s*(?:pp?|paras?|ch(?:ap)?|с|стр)\.?\s*\d+(?:[–-]\d+)?"
            r"|:\s*(?:(?:pp?|chap|ch|Table|Figure|Fig|Tab|табл|рис|с)\.?\s*)?\d+(?:\.\d+)?(?:[–-]\d+)?)?")
_PARENTHESISED = re.compile(  # (Smith et al., 2019), (Lindgren and Okafor, 2020; WCO, 2021), (PRRI, 2011, para. 5)
    rf"\((?:(?:see|cf\.|e\.\s?g\.|i\.\s?e\.|for example|см\.|напр\.|например),?\s+)?(?P<first>[A-ZА-ЯЁ][\w.'’-]+)(?P<rest>[^()\n]{{0,100}}?),?\s+{_YEAR_CITED}{_LOCATOR}"
    rf"(?:\s*;\s*[A-ZА-ЯЁ][^()\n;]{{1,100}}?,?\s+{_YEAR_CITED}{_LOCATOR})*"
    r"(?:[,;]?\s*(?:etc\.|among others|for instance|for example|и\s+др\.|и\s+т\.\s?д\.|и\s+т\.\s?п\.))?\)"  # "…, 2009, etc.)"
)
_JOINED_NAMES = re.compile(rf"(?:,\s+{_UP}{_LOW}+(?:\s+{_UP}{_LOW}+)?)*,?\s+(?:and|&|и)\s+(?:(?:van|von|de|der|da|le)\s+)?{_UP}{_LOW}+(?:\s+{_UP}{_LOW}+)?")
_SURELY_CITED = re.compile(r"\bet\s+al\b|\bи\s+др\b|;")
_CITED_NAME = rf"(?:{_UP}{_LOW}+(?:-?{_UP}{_LOW}+)?|{_UP}{{2,6}}\b)"  # "Devereux", "Van-Reenen", "McNamara"
_NARRATIVE = re.compile(  # Devereux et al. (2020), Landes and Posner (1989), Иванов и др. (2015)
    rf"(?<![\w-]){_CITED_NAME}(?:(?:,\s+{_CITED_NAME})*,?\s+(?:and|&|и)\s+{_CITED_NAME}|\s+(?:et\s+al\.?|и\s+др\.?"
    rf"|and\s+colleagues|и\s+соавт\.?))?\s+\((?:1[89]|20)\d\d[a-zа-я]?(?:\s*[,;]\s*(?:1[89]|20)\d\d[a-zа-я]?)*{_LOCATOR}\)"
)
_PERSON = rf"{_UP}{_LOW}+(?:[\s-]+(?:{_UP}\.\s?)*{_UP}{_LOW}+)+"  # Thomas R. Tørsløv, Paul-Emmanuel Chouc
_FIRST_NAMED = re.compile(rf"{_UP}{_LOW}+\s+(?:{_UP}\.\s?)+{_UP}{_LOW}+,")  # "Thomas R. Tørsløv, ..."
_NAMED_AUTHORS = re.compile(rf"(?:See also\s+)?{_PERSON}(?:,\s+{_PERSON})*\s*(?:&|and)\s+{_PERSON},")
_WORK_MARKS = re.compile(  # what a work's description holds and prose seldom does
    r"(?=[\dVC.,(WwUAIEep])"  # (the letters these marks open with, asked first: most places of a paragraph fail there)
    r"(?:\b\d+\(\d+\)|\b(?:Vol|Ch)\.\s?\d+|[.,]\s+No\.\s?\d+\b(?![-‐])|\((?:19|20)\d\d[a-z]?\)\.?\s*$|\b[Ww]orking [Pp]apers?\b"
    r"|\b(?:University|Academic) Press\b|\bIn:\s|\b[Ee]ds?\.\s|\bpp?\.\s?\d+\s?[–-]\s?\d+|\(accessed\b|,\s+accessed\s+\d|\bAvailable at:)"
)
_YEAR_BRACKETED = re.compile(r"[A-ZА-ЯЁ][^.\n()]{1,80}?\s\((?:1[89]|20)\d\d[a-zа-я]?\)\s+['‘\"“«]?[A-ZА-ЯЁ]")
# a surname, a comma, the given name and the year in brackets open the entry ("Brinkley, Joel (2004) 'Dollars ...'")
_NAMED_YEAR = re.compile(rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_UP}{_LOW}+(?:\s{_UP}\.)*(?:\set\sal\.)?"
                         rf"(?:\s\((?:Ed|Eds)\.\))?\s\((?:1[89]|20)\d\d[a-z]?\)\s")
# the Chicago style of some economics journals: the first author's surname, a comma, given names, the
# others, then the title in quotes or a book's place, publisher and year in brackets ("Grossman, Gene M.,
# and Elhanan Helpman, ''Protection for Sale,'' American Economic Review, 84 (1994), 833–850.", "Mill, John
# Stuart, Essays on Some Unsettled Questions (London: Parker, 1844).", "Trionfetti, Federico. "On the Home Market
# Effect." Centre for Economic Performance Working Paper No. 987, August 1998.")
_CHICAGO = re.compile(rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_UP}{_LOW}+[^\n]{{0,150}}?[,.]\s(?:''|\"|“|«)[^\n]{{5,300}}?(?:''|\"|”|»)"
                      rf"|{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_UP}{_LOW}+[^\n]{{0,300}}?\([A-ZА-ЯЁ][^():\n]{{1,40}}:\s[^()\n]{{1,80}},\s(?:1[89]|20)\d\d\)")
_GIVEN = rf"{_UP}{_LOW}+(?:\s{_UP}{_LOW}+)?(?:\s{_UP}\.)*"  # "Jessica C.", "Sarah Sunn"
_FIRST_FULL = re.compile(rf"{_UP}{_LOW}+(?:[\s-]{_UP}{_LOW}+)?,\s{_GIVEN}")  # "Teets, Jessica C."
_FULL_NAMES = re.compile(rf"({_FIRST_FULL.pattern}(?:,?\s(?:and|&|и)\s{_GIVEN}\s{_UP}{_LOW}+|,\s{_GIVEN}\s{_UP}{_LOW}+)*)\.?\s"
                         rf"(?=\(?(?:1[89]|20)\d\d)")  # ... up to the year after them
_PUBLISHER = re.compile(r"(?<=\.\s)[A-ZА-ЯЁ][a-zа-яё]+(?:\s[A-ZА-ЯЁ][a-zа-яё]+)?(?:,\s[A-Z]{2})?:\s[A-ZА-ЯЁ]")  # ". New York: IRC"
_SURE_MARKS = re.compile(  # one of these and a year make a work's description
    r"(?=[\s\[СCUдМd1])"  # (the letters these marks open with, asked first: most places of a paragraph fail there)
    r"(?:\s//\s|\s[–—-]\s(?:19|20)\d\d\.\s[–—-]\s|\b[СC]\.\s?\d+\s?[–-]\s?\d+|\bURL:|\bдата обращения\b"
    r"|\bМ\.:\s|\bСПб\.:\s|\bdoi\s*:|\b10\.\d{4,9}/|\[in [A-Z][a-z]+\]|\[на [а-я]+\.?(?: яз\.)?\])"
)


@lru_cache(maxsize=4096)  # asked by several rules about one paragraph: see forget()
def is_entry(paragraph: str) -> bool:
    """Whether a paragraph reads as an entry of a reference list."""
    text = paragraph.strip()
    if _NUMBERED.match(text) and len(text) > 15:
        return True
    if len(text) > 1200 or not _ENTRY_LIKE.search(text):
        return False
    # a person, an institution as author («OECD, 2018.», "European Parliament and Council, 2013."), a link,
    # or authors with the year in brackets and no point after it, before a work's description ("Angrist JD
    # and Pischke JS (2008) Mostly Harmless Econometrics ... Princeton University Press", "International
    # Rescue Committee (2007) Mortality in ... New York: IRC")
    return bool(_AUTHOR.search(text[:120]) or _URL.search(text)
                or re.match(r"[A-ZА-ЯЁ][^.\n]{1,80}?,?\s\(?(?:1[89]|20)\d\d[a-z]?\)?[.,]", text)
                or _YEAR_BRACKETED.match(text) and (_WORK_MARKS.search(text) or _PUBLISHER.search(text))
                or _AEA.match(text) or _NAMED_YEAR.match(text) or _CHICAGO.match(text) or _CAPITAL_AUTHORS.match(text)
                or _CAPITAL_INITIALS.match(text))


def forget() -> None:
    """Drop the answers kept about the paragraphs of the article read before (one article at a time)."""
    is_entry.cache_clear()
    bibliographic.cache_clear()


def number(paragraph: str) -> int | None:
    """The number a numbered entry opens with («[12] ...», «12. ...»)."""
    m = _NUMBERED.match(paragraph)
    return int(m.group(1) or m.group(2)) if m else None


def without_number(paragraph: str) -> str:
    """An entry or a note without the number it opens with."""
    return _NUMBERED.sub("", paragraph, count=1)


def entries(paragraphs: list[str]) -> list[str]:
    """The entries of a reference list from its paragraphs: an entry may run over several
    paragraphs, and several entries may have been joined into one (numbered ones are cut where the
    next number follows, author-year ones where a new author opens after a full stop)."""
    out: list[str] = []
    last = 0
    for paragraph in paragraphs:
        text = " ".join(paragraph.split())
        for piece in _pieces(text):
            value = number(piece)
            # an entry broken after an author's initial goes on ("... & B." / "Verspagen (2003), ...")
            broken = bool(out) and re.search(rf"(?:\b{_UP}\.|&|\band)$", out[-1]) is not None
            if out and (value is None or last and value not in (last + 1, 1)) \
                    and (broken or not (value is None and _starts_entry(piece))):
                out[-1] = f"{out[-1]} {piece}"
                continue
            last = value if value is not None else last
            out.append(piece)
    return [e for e in out if len(e) > 10]


def _pieces(text: str) -> list[str]:
    """A paragraph cut before each numbered entry or each author-year entry it holds."""
    cuts = [0]
    numbered = _NUMBERED.match(text)
    inner = [(m.start() + 1, int(m.group(1) or m.group(2)))
             for m in re.finditer(r"\s(?:\[(\d{1,3})\]|(\d{1,3})\.)\s+(?=\S)", text)]
    if numbered:
        expected = int(numbered.group(1) or numbered.group(2)) + 1
        for at, value in inner:
            if value == expected:
                cuts.append(at)
                expected += 1
    elif len(run := _consecutive([(at, value) for at, value in inner
                                  if _starts_entry(_NUMBERED.sub("", text[at:at + 120], count=1))])) >= 2:
        cuts += run  # the list's numbers inside a paragraph that opens with the end of an entry before them
    else:
        cuts += [m.end() for m in _NEXT_AUTHOR.finditer(text)]
    return [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True) if text[a:b].strip()]


def _consecutive(numbers: list[tuple[int, int]]) -> list[int]:
    """Where the longest run of numbers each one more than the one before stands ("... 47. Romero HL, ...
    48. Horvath LE, ...")."""
    best: list[int] = []
    for k, (_, first) in enumerate(numbers):
        run, expected = [], first
        for at, value in numbers[k:]:
            if value == expected:
                run.append(at)
                expected += 1
        best = max(best, run, key=len)
    return best


# the Vancouver style of medical journals: surnames and initials without points ("Shojania KG, Grimshaw JM:",
# "Friend JH, et al:", "Van Lerberghe W, De Bethune X", «Иванов ИИ, Петров ПП»)
_VANCOUVER = re.compile(rf"{_UP}{_LOW}+(?:[ -]{_UP}{_LOW}+)?\s{_UP}{{1,3}}(?:,\s(?:et al|и др|{_UP}{_LOW}+)|:|\.)")


_VANCOUVER_NAME = re.compile(rf"{_UP}{_LOW}+(?:[ -]{_UP}{_LOW}+)?\s{_UP}{{1,3}}")


def _vancouver_authors(text: str) -> tuple[list[str], int] | None:
    """The authors of a Vancouver-style entry ("Shojania KG, Grimshaw JM: ...", "Friend JH, et al: ...") and
    where its title begins, or None."""
    m = re.match(r"(.{4,300}?)(?:,\s(?:et al|и др)\.?)?[:.]\s", text)
    if m is None:
        return None
    names = m.group(1).split(", ")
    if not all(_VANCOUVER_NAME.fullmatch(name) for name in names):
        return None
    return names, m.end()


def _capital_authors(opening: str) -> list[str]:
    """The authors of an entry that prints them in (small) capitals up to the year ("BEBER, BERND, MICHAEL J.
    GILLIGAN, AND SABRINA KARIM. 2017. "): the first surname before its given names, the others after them."""
    surname, _, rest = _capitalised(re.sub(r"\.\s(?:1[89]|20)\d\d[a-z]?\.\s$", "", opening)).partition(",")
    parts = [p.strip() for p in re.split(r",?\s+(?:And|and|&|И|и)\s+|,", rest) if p.strip()]
    return [f"{surname.strip()}, {parts[0]}", *parts[1:]] if parts else [surname.strip()]


def _initialled_authors(opening: str) -> list[str]:
    """The authors of an entry that prints them in capitals with initials up to the year in brackets ("ANDERSON J.E.
    AND E. VAN WINCOOP (2004)"), each as printed."""
    names = _capitalised(re.sub(r"\s?\(\d{4}[a-z]?\)$", "", opening))
    return [p.strip() for p in re.split(r",?\s+(?:And|&|И)\s+|,\s(?=[^\W\d_]{1,2}\.)", names) if p.strip()]


def _capitalised(names: str) -> str:
    """Names printed in capitals written with a capital each ("VAN WINCOOP" -> "Van Wincoop"), initials as they are."""
    return re.sub(r"[^\W\d_]{2,}", lambda m: m.group(0).capitalize(), names)


def _starts_entry(text: str) -> bool:
    return bool(_AUTHOR.match(text) or re.match(rf"{_UP}{_LOW}+,\s+{_UP}", text) or _INSTITUTION_YEAR.match(text)
                or _AEA.match(text) or _NAMED_YEAR.match(text) or _CHICAGO.match(text) or _VANCOUVER.match(text)
                or _CAPITAL_AUTHORS.match(text) or _CAPITAL_INITIALS.match(text))


def parse(entry: str) -> Reference:
    """What can be read off one entry: its authors, title, year and DOI."""
    text = _NUMBERED.sub("", entry).strip()
    doi = DOI.search(text)
    years = [int(y) for y in _YEAR.findall(_URL.sub("", text))]
    authors = []
    at = 0
    while True:
        m = _AUTHOR.match(text, at)
        if not m:
            break
        authors.append(" ".join(m.group(0).rstrip(", ").split()))
        at = m.end()
        sep = re.match(r"\s*(?:,|;|&|and|и)\s*", text[at:])
        if not sep:
            break
        at += sep.end()
    if not authors and (full := _FULL_NAMES.match(text)) and (first := _FIRST_FULL.match(full.group(1))):
        # "Teets, Jessica C. 2014.", "Stroup, Sarah S., and Amanda Murdie. 2012.": the given names in full
        authors = [first.group(0)] + [" ".join(x.split()) for x in re.split(r",?\s(?:and|&|и)\s|,\s", full.group(1)[first.end():])
                                      if x.strip()]
        at = full.end()
    if not authors and (inverted := _INVERTED_AUTHORS.match(text)):
        # "Davis, Donald R. and Weinstein, David E. "Market ...": each surname before the given names, the title quoted
        authors = [" ".join(x.split()) for x in re.split(r"[;,]?\s(?:and|&|и)\s|;\s", inverted.group(1))]
        at = inverted.end(1)
    if not authors and (listed := _vancouver_authors(text)):
        authors, at = listed
    if not authors and (capitals := _CAPITAL_AUTHORS.match(text)):
        authors, at = _capital_authors(capitals.group(0)), capitals.end()
    elif not authors and (capitals := _CAPITAL_INITIALS.match(text)):
        authors, at = _initialled_authors(capitals.group(0)), capitals.end()
    rest = text[at:].lstrip(" ,.;")
    rest = re.sub(r"^\(?(?:1[89]|20)\d\d[a-z]?\)?[.,]?\s*", "", rest)
    quoted = re.match(r"[\"“«]([^\"”»]{4,400})[\"”»]", rest)  # a title in quotes ends at its closing quote
    title = quoted.group(1) if quoted else re.split(r"\s//\s|\.\s(?=[A-ZА-ЯЁ][^.]{0,80}(?:\d|№|Vol|Т\.))|\s[—–]\s|\.\s*(?:In|В)\s*:|\.\s*$", rest, maxsplit=1)[0]
    title = title.strip(" .,;") or None
    return Reference(text=entry, authors=authors, title=title if title and len(title) > 3 else None,
                     year=years[0] if years else None, doi=doi.group(0) if doi else None)


def _dated(author: str) -> bool:
    """Whether what stands before a year in brackets ends with a month: a date ("(Since July 2007)", «(с июля
    2007)»), no author."""
    words = author.split()
    return bool(words) and words[-1].lower().rstrip(".") in months()


def citations(text: str, cited: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where in-text citations stand in `text`: every bracketed one; a parenthesised author and year
    when it says "et al.", cites several works, or names an author of the reference list (`cited`,
    lower case surnames) — «(Astana, 2014)» in a text without references is a place and a date; the
    same said in the sentence ("Devereux et al. (2020)", «Иванов и др. (2015)»); and the paragraphs
    that describe a work (`bibliographic`)."""
    out = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    for m in _PARENTHESISED.finditer(text):
        author = re.sub(r",?\s+(?:1[89]|20)\d\d.*$", "", text[m.start("first"):m.end()].split(",")[0])  # "(Ministry of ... 2001)"
        # "(American Psychiatric Association, 2000)", "(ILO, 2021)": a body as the author
        # ("BBC-Brasil", "Pew Research Center for the People & the Press": letters or a name of a body)
        institution = author.isupper() or re.match(r"[A-ZА-ЯЁ]{2,}[-‐][A-ZА-ЯЁ]", author) is not None or (len(author.split()) >= 2 and all(
            w[:1].isupper() or w in ("of", "for", "and", "the", "on", "&") for w in author.split())) \
            or (len(author.split()) >= 2 and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:\s+(?!и\b)[А-ЯЁа-яё]+)+", author) is not None)
        # «(Всемирный банк, 2019)»: a Russian body's name is capitalised at its first word only
        # "(Bloom, Draca, and Van Reenen 2016)", "(Batrakova and Dechezlepretre 2013)": names joined, then the year
        joined = _JOINED_NAMES.fullmatch(m.group("rest").rstrip(" ,")) is not None
        if (_SURELY_CITED.search(m.group(0)) or m.group("first").lower() in cited or institution or joined) \
                and not _names_an_act(author) and not _dated(author):
            out.append((m.start(), m.end()))
    # a name alone before a year is cited only when the reference list has it ("The Treaty (2014)" is no citation)
    out += [(m.start(), m.end()) for m in _NARRATIVE.finditer(text)
            if re.search(r"\s(?:and|&|и|et|и\s+др|и\s+соавт)\b|,", m.group(0)) or m.group(0).split()[0].lower() in cited]
    # a body of several words as the author: a source line's is cited whole ("Source: United Nations (2015)");
    # in a sentence the year is the citation's, the body named there stays one ("the United Nations Industrial
    # Development Organization's (2013) data")
    bodies = sorted((name for name in cited if " " in name), key=len, reverse=True)
    if bodies:
        named = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in bodies)
        for m in re.finditer(rf"(?i:{named})(?:['’]s)?\s+(?P<year>\((?:1[89]|20)\d\d[a-zа-я]?\))", text):
            line = text.rfind("\n", 0, m.start()) + 1
            out.append((m.start() if source_label().match(text, line, m.start()) else m.start("year"), m.end()))
    spans = paragraphs(text)
    listed = _listed_works(text, spans)
    out += [(start, end) for k, (start, end) in enumerate(spans) if k in listed or bibliographic(text[start:end])]
    return sorted(out)


# a body or an author, the year in brackets and a title after it: "Government of Brazil (2008) National Plan on
# Climate Change.", «Правительство РФ (2014) Государственная программа ...»
_WORK_LISTED = re.compile(r"[A-ZА-ЯЁ][^.\n()]{1,80}?\s\((?:1[89]|20)\d\d[a-zа-я]?\)\.?\s+['‘\"“«]?[A-ZА-ЯЁ]")


def _listed_works(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that each describe a work by its author, year and title, two or more near each other (a
    list of documents an appendix gives under headings of its own): no prose."""
    opens = [k for k, (start, end) in enumerate(spans) if end - start < 600 and _WORK_LISTED.match(text, start, end)]
    return {k for k in opens if any(0 < abs(k - j) <= 2 for j in opens)}


@cache
def _act_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words for kinds of legal acts ("code", «кодекс»), and the stems of the Russian ones, which decline."""
    words = frozenset(word for word, kind in kind_words().items() if kind not in ("refer", "self"))
    return words, tuple(word[:-1] for word in words if len(word) > 4 and has_cyrillic(word))


def _names_an_act(author: str) -> bool:
    """Whether what stands before a year in brackets is an act, cited by its year and a section ("(FDA Food Code
    2009: 8-304)", «(Таможенный кодекс ЕАЭС, 2017: ст. 7)»), not a work's author: its words hold a kind's word."""
    words, stems = _act_words()
    return any(w in words or w.rstrip("s") in words or w.startswith(stems)
               for w in (w.lower() for w in re.findall(r"[^\W\d_]+", author)))


@cache
def source_label() -> re.Pattern[str]:
    """«Источник: », "Source: ", "Notes: " opening a line (or a note under a table), up to what it gives."""
    return re.compile(rf"\s*(?i:{label('source')})s?\s*[.:]\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: lines up to a blank line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text) if m.group(0).strip()]


@lru_cache(maxsize=4096)  # see forget()
def bibliographic(paragraph: str) -> bool:
    """Whether a paragraph of the body is a work's description, as a footnote or a reference list the
    layout left in the text gives it: an entry of a reference list, or a short paragraph with the
    marks of one («// Вестник ... 2012. – № 2. – С. 79», "Psychiatry Research, 30, 156–158. doi:")."""
    text = " ".join(paragraph.split())
    if len(text) > 600:
        return False
    rest = _NUMBERED.sub("", text)  # a number opens list items of the body as well as entries
    opens = _AUTHOR.match(rest) or _FIRST_NAMED.match(rest) or _NAMED_AUTHORS.match(rest) or _BODY_YEAR.match(rest) \
        or _CAPITAL_AUTHORS.match(rest)
    if opens and _ENTRY_LIKE.search(rest):
        return True
    sure = len(_SURE_MARKS.findall(text))
    marks = sure + len(_WORK_MARKS.findall(text)) + bool(_URL.search(text))
    return marks >= 2 or (sure == 1 and bool(_YEAR.search(text)))


_LITTLE_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "и", "по", "в", "для", "на"})


def surnames(entries: list[Reference]) -> frozenset[str]:
    """The surnames (or institutions) opening the authors of a reference list, in lower case."""
    out = set()
    for entry in entries:
        for author in entry.authors:
            words = [w for w in re.split(r"[\s,]+", author) if len(w.rstrip(".")) > 1]
            if words:
                out.add(words[0].lower())
        opening = _INSTITUTION_YEAR.match(_NUMBERED.sub("", entry.text))
        if opening:
            name = re.sub(r"\s*\(.*$", "", opening.group(0).split(",")[0])
            out.add(name.split()[0].lower())
            if len(name.split()) > 1:
                out.add(name.lower())  # "united nations": the whole name, cited as "United Nations (2015)"
                # and by its letters: "UN (2015)", «ВБ (2019)» for «Всемирный банк»
                out.add("".join(w[0] for w in name.split() if w.lower() not in _LITTLE_WORDS).lower())
    return frozenset(out)
