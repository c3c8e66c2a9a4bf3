"""Names with their place on one line under the title: run on ("Gunnar Andersson and Sven Drefahl
Demography Unit, Department of Sociology, Stockholm University"), in brackets ("Alexey Bessudnov
(University of Exeter)", «А.С. Махова (МГУ, Москва)»), or after a comma or a dash («Махова А. С.,
Москва, МГУ», «Махова Анастасия Сергеевна – студентка, МГУ»), or on lines of their own above the
post and the place; and the name that signs the body at its end, under a note that says who the author is."""

from __future__ import annotations

import re

from ..record import Author, Footnote
from .front import POST, affiliation, authors_of, names_an_institution

_UNIT = re.compile(r"(?:Department|School|Faculty|Division|Center|Centre|Institute|College|Program|Programme)\b")
_LETTERS = re.compile(r"(?<![^\W\d_])[А-ЯЁA-Z]{2,6}(?![^\W\d_])")  # an institution by its letters: «МГУ», "UCL"


def names_and_place(paragraph: str) -> tuple[list[Author], list[str]] | None:
    """The names a paragraph opens with and the places that follow them (none when a post or a degree
    does), or None."""
    found = _names_and_place(paragraph)
    if found is None:
        return None
    names, places = found[0], [found[1]] if found[1] else []
    words = found[1].split()
    # the next author's name in capitals, and that author's place, after the first place on one line
    # ("LEONARDO BACCINI McGill University STEPHEN WEYMOUTH Georgetown University")
    for j in range(1, len(words) - 2):
        if words[j].isupper() and words[j + 1].isupper() and len(words[j]) >= 3 and not words[j - 1].isupper() \
                and (place := affiliation(" ".join(words[:j]))) and (more := names_and_place(" ".join(words[j:]))) \
                and more[1]:
            return names + more[0], [place, *more[1]]
    return names, places


def _names_and_place(paragraph: str) -> tuple[list[Author], str] | None:
    """The names a line opens with and the place that follows them ("" when a post or a degree does), or None."""
    text = " ".join(paragraph.split())
    if len(text) > 400:
        return None
    lines = paragraph.strip().splitlines()
    if len(lines) > 1 and (names := authors_of(lines[0])) and all(" " in a.name for a in names):
        # a name on its line, then who the author is on the next ones («Сидоров Пётр Андреевич» / «студент,
        # ...» / «Самарский государственный университет»)
        posted = False
        for line in lines[1:]:
            flat = " ".join(line.split())
            if POST.search(flat.split(",")[0]):
                posted = True  # «студент, направление подготовки ...», "associate professor, Department of ..."
            elif place := affiliation(flat):
                return names, place
        if posted:
            return names, ""
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\.?", text)
    if bracket and (names := authors_of(bracket.group(1))) and (place := _place(bracket.group(2))) is not None:
        return names, place
    words = text.split()
    for k in range(2, min(9, len(words) - 1)):  # the shortest names of two words or more each
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        # (a word and a comma next, or an initial, end the name: "John A. | Smith, University of Oxford" is
        # "John A. Smith", «Иванов И. | И., МГУ» is «Иванов И. И.»; and a unit's word right after the words
        # names the unit after them: "Wilf Family Department of Politics")
        if rest[:1].isupper() and not head.endswith(",") and not re.match(r"[^\W\d_][\w'’-]*,|[^\W\d_]\.", rest) \
                and not _UNIT.match(rest) \
                and (names := authors_of(head)) \
                and all(" " in a.name for a in names) \
                and (place := affiliation(rest)) and names_an_institution(" ".join(words[k:k + 4])):
            return names, place
    # the longest names before a comma or a dash, then a place, a post or an institution's letters
    # (or a dash set close between a surname in capitals and a post: «Василий МОРЖАКОВ-ген. директор ...»)
    for cut in reversed([m for m in re.finditer(r"\s*(?:,|\s[–—-])\s+|(?<=[A-ZА-ЯЁ]{2})[-–—](?=[a-zа-яё])", text)]):
        if (names := authors_of(text[:cut.start()])) and (place := _place(text[cut.end():])) is not None:
            return names, place
    return None


def _place(text: str) -> str | None:
    """An affiliation, or what stands for one after a name (an institution's letters), or "" after a post
    or a degree alone («проф., д.т.н.»); None for more names ("KSENIIA RUNOVA AND KIRILL TITAEV",
    "Courtland W. Robinson and The IOCC/GOPA Study Team") or anything else."""
    if authors_of(text):
        return None
    if place := affiliation(text):
        return place
    if not text.isupper() and _LETTERS.search(text):
        return text.strip(" .,")
    return "" if POST.match(text) else None


def signers(paragraph: str) -> list[Author] | None:
    """The authors a rights line names, its year before or after them and the names perhaps in
    brackets («© 2012 А. У Ибрагимов», «© Бобров Д. В., Солдатов К. С., 2015», «© (Д. В. Бобров,
    К. С. Солдатов)»); None when it names a publisher or no one ("© 2020 Elsevier Ltd.")."""
    text = re.sub(r"^©\s*(?:(?:19|20)\d\d[,.]?\s+)?", "", paragraph.strip())
    text = re.sub(r"[,.]?\s*(?:19|20)\d\d\s*[гy]?\.?$", "", text).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    names = authors_of(text) if text and text != paragraph.strip() else None
    # one name has an initial: two words alone are as often a publisher's ("© Sage Publications 2019")
    return names if names and (len(names) > 1 or re.search(r"(?<!\w)[A-ZА-ЯЁ]\.", names[0].name)) else None


_SIGNATURE = 80  # characters of a paragraph that signs the body at its end, at most
_AUTHOR_MARKS = "*∗†"


def signed_at_end(texts: list[str], drop: set[int], notes: list[Footnote]) -> tuple[int, list[Author]] | None:
    """The paragraph that signs the body at its end with its author's name, and the name, where a note marked
    for it says who the author is (a law review's student note: "WILL REARDEN" over "* J.D. Candidate, Saint
    Louis University School of Law"; «ИВАН ПЕТРОВ» over «* Аспирант кафедры ... МГУ»), or None."""
    noted = any(n.mark in _AUTHOR_MARKS and (POST.match(n.text.strip()) or affiliation(n.text)) for n in notes)
    last = next((i for i in range(len(texts) - 1, -1, -1) if i not in drop and texts[i].strip()), None)
    if not noted or last is None:
        return None
    flat = " ".join(texts[last].split()).rstrip(" *∗†")
    names = authors_of(flat) if len(flat) <= _SIGNATURE else None
    return (last, names) if names and len(names) <= 3 else None


def lone_name(text: str, names: list[Author] | None) -> bool:
    """One name of capitalised words only, without initials, marks, an address or a degree after a
    comma («Анатолий Коршунов, д. т. н.») to back it."""
    return bool(names) and len(names or []) == 1 and not re.search(r"\b[A-ZА-ЯЁ]\.|\d|[*∗†‡@,]", text)


def name_line(text: str) -> bool:
    """A line of one name alone, initials allowed ("DANIEL M. SMITH" over "SHANE MARTIN")."""
    names = authors_of(text)
    return lone_name(text, names) or bool(names) and len(names or []) == 1 and len(text) < 60 \
        and bool(re.search(r"\b[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]", text)) and not re.search(r"[\d@,]", text)
