"""The apparatus inside and after an article's body, found paragraph by paragraph: citation lines,
history, rights, notes of support, reference lists, endnotes, affiliations and notes about the authors
the layout set among the body's paragraphs. What it gives the record is gathered in `Found`."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.cues import label
from ..nlp.lang import block_language
from ..record import Author
from . import biography, front, references, support, zones
from .authored import on_an_author

_BODY_HEADING = re.compile(r"(?:\d{1,2}\.?|[IVX]{1,4}\.)\s+[A-ZА-ЯЁ]\w+")  # «1. Введение», "II. Data"


@cache
def _first_heading() -> re.Pattern[str]:
    """«Введение», "Introduction", "Background": a body opens with it."""
    return re.compile(rf"(?i:{label('introduction', 'background')})\s*\.?")


def body_heading(text: str) -> bool:
    return bool(_first_heading().fullmatch(text) or _BODY_HEADING.fullmatch(text))


class Found:
    """What the apparatus gives the record, gathered paragraph by paragraph."""

    def __init__(self) -> None:
        self.titles: dict[str, str] = {}
        self.authors: list[Author] = []
        self.affiliations: list[str] = []
        self.identifiers: dict[str, str | None] = {"udc": None, "doi": None, "issn": None}
        self.entries: list[str] = []
        self.lists: list[list[str]] = []  # the reference lists after the body, each as its paragraphs
        self.notes: list[tuple[int, str]] = []  # the numbered notes printed after the body: number, text

    def title(self, text: str) -> None:
        """The title in its language, unless that language has one already."""
        text = front.without_note_mark(text)
        self.titles.setdefault(block_language(text), text)

    def place(self, affiliation: str) -> None:
        if affiliation not in self.affiliations:
            self.affiliations.append(affiliation)

    def identify(self, text: str) -> None:
        for key, value in front.identifiers(text).items():
            known = self.identifiers.get(key)
            if value and (not known or (value.startswith(known) and len(value) > len(known))):
                self.identifiers[key] = value  # a DOI cut at a line's end is completed where it is whole


def apparatus(texts: list[str], body: int, drop: set[int], found: Found) -> None:
    """Apparatus inside and after the body: citation lines, history, rights, the reference lists and
    the sections about the authors."""
    i = body
    listed: set[int] = set()  # the entries of a list that goes on after other paragraphs
    while i < len(texts):
        if i in listed:
            i += 1
            continue
        flat = " ".join(texts[i].split())
        kind = front.kind_of(flat)
        if kind is None and front.notes_heading(flat) and i + 1 < len(texts) \
                and (references.number(texts[i + 1]) == 1 or _next_mark(texts[i + 1], 0) == 1
                     or support.speaks_of_support(texts[i + 1])):
            # "Notes" over a numbered list ("1. ...", or "1 Our definition ..." as WIREs sets them) or a note of
            # support: the endnotes ("Notes" over no number is a table's)
            kind = "back"
        if kind in ("citation", "received", "rights", "contact", "catalogue"):
            found.identify(flat)
            drop.add(i)
            if kind == "citation" and len(flat) < 40 and i + 1 < len(texts):
                i += 1  # the label stands alone, as a heading: the citation is the next paragraph
                found.identify(texts[i])
                drop.add(i)
            elif kind == "contact" and len(flat) < 40 and "@" not in flat and i + 1 < len(texts) \
                    and len(after := " ".join(texts[i + 1].split())) < 300 and (place := front.affiliation(after)):
                i += 1  # "Correspondence" over the author's name and address, a sidebar's paragraph of its own
                drop.add(i)
                found.place(place)
        elif kind == "funders":
            drop.add(i)  # "Funding information": the bodies and grants under the label, a line each, up to prose or a label
            while i + 1 < len(texts) and _a_funders_line(" ".join(texts[i + 1].split())):
                i += 1
                drop.add(i)
        elif kind == "concepts":
            drop.add(i)
            while i + 1 < len(texts) and ("→" in texts[i + 1] or texts[i + 1].lstrip().startswith("•")):
                i += 1
                drop.add(i)
        elif kind == "references":
            drop.add(i)
            zone = zones.reference_zone(texts, i + 1)
            drop.update(zone)
            found.lists.append([texts[j] for j in zone])
            i = max(i, zone.stop - 1)
            while rest := zones.list_goes_on(texts, zone):  # the rest of the list, set after a float, a formula or a page of the body
                drop.update(rest)  # (what stands between is read on: "Acknowledgments" before the rest of the list)
                listed.update(rest)
                found.lists[-1].extend(texts[j] for j in rest)
                zone = rest
        elif kind is None and (places := _by_surname(flat, found.authors)) is not None:
            drop.add(i)  # the note on the authors under a mark, each by surname ("* Banerjee: MIT Department ...; Duflo: ...")
            for where in places:
                found.place(where)
        elif kind is None and support.support_statement(flat):
            drop.add(i)  # thanks and grants, wherever the layout set them
        elif kind is None and len(flat) < _LINE and (lines := _support_lines(texts, i)):
            drop.update(lines)  # the same, in a narrow column the layout gave a paragraph a line
            i = max(lines)
        elif kind is None and i > body and len(flat) < 200 and front.affiliation(flat) \
                and (above := texts[max((j for j in range(body, i) if j not in drop), default=i - 1)]).strip().isupper() \
                and not zones.is_label(above) \
                and not (len(flat.split()) >= 10 and flat.endswith(".")):
            drop.add(i)  # under a title in capitals after the body (the other language's block), its affiliation
            # (not the sentence of an abstract that names it: "... systems of Peoples' Friendship University of Russia.")
        elif kind is None and re.match(r"(?:[\d*∗†‡§]{1,2}\s*|[a-z]\s+)[A-ZА-ЯЁ]", flat) \
                and (place := front.affiliation(flat)):
            # a marked affiliation the columns set inside the body («1 Department of Surgery, ...»), or
            # the marked list of them a page sets at its foot (affiliation() tells such a list from prose)
            drop.add(i)
            if len(place) < 300:
                found.place(place)
        elif kind is None and i > body and _institution_line(flat) and (place := front.affiliation(flat)):
            drop.add(i)  # an author's institution and country the layout set apart ("University of Houston, USA")
            found.place(place)
        elif kind is None and i > body and len(flat) < 300 and front.EMAIL.search(flat) and (place := front.affiliation(flat)):
            drop.add(i)  # an author's address the columns set inside the body: places and an e-mail
            found.place(place)
            drop.update(_lone_name_above(texts, i, body))
        elif kind is None and i > body and len(flat) < 120 and front.EMAIL.search(flat) \
                and (block := _address_block(texts, i, body, found.authors)):
            drop.update(block)  # an author's postal address after the body, a line each, down to the e-mail
        elif kind is None and (front.contact(flat) or i > body and front.place_line(flat)):
            drop.add(i)  # an author's address the layout set beside the body, or a note under the title
            if (place := front.affiliation(flat)) and len(place) < 300:
                found.place(place)
        elif kind is None and i > body and (biography.biography(flat) or on_an_author(flat, found.authors)):
            drop.add(i)
            # its paragraphs the columns broke off go with it: a line in small letters, a sentence about him or her
            while i + 1 < len(texts) and re.match(r"[a-zа-яё]|(?:He|She|His|Her|They|Their|Он|Она|Его|Её|Ее)\b",
                                                  texts[i + 1].lstrip()):
                i += 1
                drop.add(i)
        elif kind is None and (front.author_note(flat) or i > body and i >= min(0.8 * len(texts), len(texts) - 5)
                                                           and biography.degree_line(flat)):
            drop.add(i)  # «— канд. техн. наук; ООО "ЦРТ", Санкт-Петербург; ...; E-mail: ...»
            drop.update(_lone_name_above(texts, i, body))
        elif kind == "back":
            drop.add(i)
            # up to the next label or heading; a note about the authors goes on through its short lines
            # (a name, a degree, a post), and the notes through lines set like headings (thanks before the
            # first number, a note broken at a line), as far as a heading of the body's kind
            about = bool(re.search(r"(?i)автор|author|contributor|affiliat|аффилиац", flat[:40]))
            noted = 0  # the last number of notes set as a numbered list: a short note is no heading
            notes = front.notes_heading(flat)
            while i + 1 < len(texts) and front.kind_of(texts[i + 1]) in (None, "contact" if about else None) \
                    and not zones.is_label(texts[i + 1]) \
                    and not (zones.heading(texts[i + 1]) and references.number(texts[i + 1]) != noted + 1
                             and (not (about or notes) or body_heading(texts[i + 1].strip())
                                  or texts[i + 1].strip().isupper())) \
                    and not (about and _prose(texts[i + 1])):
                i += 1
                drop.add(i)
                number = references.number(texts[i]) or (_next_mark(texts[i], noted) if notes else None)
                noted = number or noted
                if notes and number:  # an endnote, kept with the footnotes
                    found.notes.append((number, references.without_number(texts[i]) if references.number(texts[i])
                                        else texts[i].lstrip()[len(str(number)):]))
                elif notes and found.notes:
                    found.notes[-1] = (found.notes[-1][0], found.notes[-1][1] + " " + texts[i])
        i += 1
    # a heading over apparatus only ("Carnegie Corporation of New York Grant" over the note on support) is apparatus
    for i in range(body + 1, len(texts) - 1):
        if i not in drop and i + 1 in drop and zones.heading(texts[i]) and not body_heading(texts[i].strip()) \
                and not zones.is_label(texts[i - 1]) and not re.search(r"[;,]", texts[i]) \
                and front.kind_of(texts[i + 1]) not in ("references", "back") and not zones.heading(texts[i + 1]) \
                and (i + 2 >= len(texts) or i + 2 in drop or zones.heading(texts[i + 2])):
            drop.add(i)


_BY_SURNAME = re.compile(r"(?:^[*∗†‡]\s*|;\s*)([^\W\d_][\w'’-]+):\s*([^;(]+)")


def _by_surname(text: str, authors: list[Author]) -> list[str] | None:
    """The places a note under a mark gives after each author's surname and a colon ("* Banerjee: MIT
    Department of Economics, ...; Duflo: ..."), or None for any other paragraph."""
    surnames = {a.name.split()[-1] for a in authors if a.name.split()}
    found = [m for m in _BY_SURNAME.finditer(text) if m.group(1) in surnames]
    if not found or not re.match(r"[*∗†‡]", text) or found[0].start() != 0:
        return None
    return [place for m in found if (place := front.affiliation(m.group(2).strip(" .,")))]


def _institution_line(text: str) -> bool:
    """A short line of an institution's name and its country after a comma, and nothing else."""
    from ..facts.countries import country_names

    name, comma, country = text.rpartition(",")
    return bool(comma) and len(text) < 150 and not text.endswith(".") and country.strip().lower() in country_names() \
        and front.affiliation(name) is not None


def _next_mark(text: str, noted: int) -> int | None:
    """The next note's number set bare before its text ("2 However, Alho (2008) suggests ...")."""
    m = re.match(r"\s*(\d{1,3})\s+\S", text)
    return noted + 1 if m and int(m.group(1)) == noted + 1 else None


def _prose(text: str) -> bool:
    """A paragraph of running prose, which a note about the authors set in a sidebar does not run into:
    two sentences or more, no label before a colon, no address, no e-mail, not about a person."""
    flat = " ".join(text.split())
    return len(flat) >= 200 and len(re.findall(r"[.!?]\s+[A-ZА-ЯЁ]", flat)) >= 1 and not front.EMAIL.search(flat) \
        and not re.match(r"[A-ZА-ЯЁ][\w ,-]{2,50}:", flat) and front.affiliation(flat) is None \
        and not biography.about_a_person(flat)


_LINE = 150  # characters: a paragraph no longer may be one line of a narrow column


def _support_lines(texts: list[str], i: int) -> range | None:
    """Short paragraphs from `i` on that together say what supported the work (a note set in a narrow
    column, a paragraph a line: "L003120/1), the British Heart Foundation (RG/13/" / "13/30194) and
    ..." / "Care]. LGK is funded by ..."): the fewest that say it, then on to the end of the sentence."""
    if not support.speaks_of_support(texts[i]):
        return None
    end = i
    while end < min(len(texts), i + 8) and len(texts[end]) < _LINE and not zones.is_label(texts[end]) \
            and front.kind_of(texts[end]) is None:
        end += 1
    # (the last may be a longer paragraph, the lines the layout ran together: "Care]. LGK is funded by ...")
    stop = next((j for j in range(i + 2, min(end + 1, len(texts)) + 1) if support.support_statement(" ".join(texts[i:j]))),
                None)
    if stop is None:
        return None
    while stop < end and not texts[stop - 1].rstrip().endswith((".", "!", "?")):
        stop += 1
    return range(i, stop)


def _lone_name_above(texts: list[str], i: int, body: int) -> set[int]:
    """The paragraph above a note about an author when it is the one name the note is about."""
    names = front.authors_of(texts[i - 1]) if i - 1 > body else None
    return {i - 1} if names and len(names) == 1 else set()


_ADDRESS_LINES = 10  # lines of an address at most, the name included


def _address_block(texts: list[str], i: int, body: int, authors: list[Author]) -> range | None:
    """The lines of an author's address a journal sets after the references (Springer: the name, the
    institution, the street, the town, the country with the e-mail), from the line that is one of the
    byline's names down to the e-mail's; None when no such name opens short lines above it."""
    names = {a.name for a in authors}
    for j in range(i - 1, max(body, i - _ADDRESS_LINES), -1):
        line = " ".join(texts[j].split())
        if line in names:
            return range(j, i + 1)
        if len(line) > 160 or len(line.split()) >= 8 and line.endswith("."):
            return None  # prose: no address
    return None


def _a_funders_line(paragraph: str) -> bool:
    """A line of a list of funders: a body, a grant's number or the rest of one broken over lines, no label
    and no sentence of prose ("Economic and Social Research Council, Grant/Award Number: ES/N016971/1;")."""
    return len(paragraph) < 200 and front.kind_of(paragraph) is None and not re.search(r"[a-zа-яё]{3,}[.!?]$", paragraph)
