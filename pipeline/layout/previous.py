"""The end of the article before this one, which a page range cut from an issue opens with.

A download of an article's pages from a journal platform (eLibrary and the like) may open with the
last paragraphs, the reference list, the citation line or the note on the author of the article
printed before it; the article itself begins lower on its first page. Where its front matter begins
is told by the evidence the page gives: a catalogue line (УДК, UDC, ББК, «Научная статья»), a DOI
line, the title the layout shows in its larger type, a line of names with initials under a
title-like line, or the label of the abstract or the keywords, with the short lines of the front
block above it (title, names, affiliations). What stands before it on that page is set aside when it
reads as the end of an article: a paragraph broken off mid-sentence, reference entries or their
heading, a note on an author, or prose over a catalogue line.
"""

from __future__ import annotations

import re

from ..nlp.lang import has_cyrillic, mostly_cyrillic
from ..record import Article
from . import biography, front, references, zones

_IDENTIFIER = re.compile(r"(?i)\s*(?:(?:doi|digital object identifier)\s*:?\s*(?:https?://\S+/)?10\.|https?://(?:dx\.)?doi\.org/10\.)")
# the journal's line with its year and pages as some print it («Прикладная эконометрика, 2016, т. 43, с. 118–141.»)
_PAGES = re.compile(r"\b(?:19|20)\d\d\b.*\b(?:с|С|pp?|P)\.\s*\d+\s*[–-]\s*\d+\.?$")
_SERIAL = re.compile(r"(?i)\s*(?:e-?)?(?:ISSN|ISBN)\b")  # the journal's or the volume's number, no article's
_PROSE = re.compile(r"[^\W\d_]{2}[.!?][»\")]?\s*$")  # a sentence's end after a word
_SENTENCES = re.compile(r"[.!?]\s+[A-ZА-ЯЁ]")
_NUMBERED = re.compile(r"(?:\[(\d{1,3})\]|(\d{1,3})\.?)\s+[A-ZА-ЯЁ]")  # "[12] ...", "38 Plan ...", «15. Проект ...»
_INITIAL = re.compile(r"\b[A-ZА-ЯЁ]\.")
_NAMED = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]+,?\s+[A-ZА-ЯЁ]\.|\b[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ][a-zа-яё]")  # "Smith J.", «И. Иванов»
_FRONT_LINE = 300  # characters: a line of a front block (title, names, an affiliation) is no longer
_BLOCK = 10  # paragraphs of a front block above its label, at most
_REACH = 40  # paragraphs of the first page in which the front block must begin
# the end-of-article apparatus that shows a tail is an article's end
_CLOSING = ("references", "citation", "back")


def previous_tail(texts: list[str], start: int, stop: int, hint: str | None) -> range:
    """The paragraphs of `texts[start:stop]` (the article's first page) that end another article
    before this one's front matter, or an empty range. The issue lines of the page's head stay out."""
    lead = start
    while lead < stop and (_masthead(texts[lead]) or lead + 1 < stop and _journal_name(texts[lead]) and _masthead(texts[lead + 1])):
        lead += 1  # the journal's lines over the page, printed above whatever follows
    anchor = _anchor(texts, lead, min(stop, lead + _REACH), hint)
    if anchor is not None and anchor[1] and anchor[0] > lead:
        anchor = _own_catalogue(texts, anchor[0], min(stop, lead + _REACH), mostly_cyrillic("".join(texts[start:stop])), anchor)
    if anchor is None:
        return _opening_entries(texts, lead, stop)
    if anchor[0] <= lead:
        return range(0)  # the page opens with the front block
    begins = _front_start(texts, lead, anchor[0])
    if begins == lead or not _ends_an_article(texts, lead, begins, strong=anchor[1]):
        return range(0)
    return range(lead, begins)


def _own_catalogue(texts: list[str], at: int, stop: int, cyrillic: bool, anchor: tuple[int, bool]) -> tuple[int, bool]:
    """The catalogue line in the script of the page's body after one in the other script: a Russian
    journal prints each article's English block (UDC, title, keywords) after its references, so the one
    before this article's «УДК» ends the article before it."""
    if has_cyrillic(texts[at]) == cyrillic:
        return anchor
    for i in range(at + 1, stop):
        flat = " ".join(texts[i].split())
        if _catalogue_line(flat, front.kind_of(flat)) and has_cyrillic(flat) == cyrillic:
            return i, True
    return anchor


def _catalogue_line(flat: str, kind: str | None) -> bool:
    """A catalogue line that opens an article («УДК 339», "UDC 613.6"), not an identifier's or a serial's."""
    return kind == "catalogue" and not _IDENTIFIER.match(flat) and not _SERIAL.match(flat)


def page_end(article: Article, paragraphs: list[tuple[int, int]], first: int) -> int:
    """The paragraph after the last one on the page of paragraph `first`."""
    if first >= len(paragraphs):
        return first
    page = article.page_at(paragraphs[first][0])
    return next((i for i in range(first, len(paragraphs)) if article.page_at(paragraphs[i][0]) != page), len(paragraphs))


def _anchor(texts: list[str], lead: int, stop: int, hint: str | None) -> tuple[int, bool] | None:
    """The first paragraph after `lead` that opens or labels a front block, and whether it is a
    catalogue line (over which even prose ends another article), or None."""
    for i in range(lead, stop):
        flat = " ".join(texts[i].split())
        kind = front.kind_of(flat)
        if _catalogue_line(flat, kind) or kind == "article_type":
            return i, True
        if kind is None and len(flat) < 120 and _IDENTIFIER.match(flat) or zones.is_label(flat):
            return i, False
        if hint and len(flat) >= 10 and (flat == hint or flat.startswith(hint) or hint.startswith(flat)):
            return i, False
        if kind is None and len(flat) < _FRONT_LINE and _titled_names(texts, i, lead):
            return i - 1, False
    return None


def _masthead(text: str) -> bool:
    """A line of the journal's head: its issue, its ISSN."""
    flat = " ".join(text.split())
    return (front.issue_line(flat) or bool(_SERIAL.match(flat)) or len(flat) < 160 and bool(_PAGES.search(flat))) \
        and references.number(flat) is None and not _NAMED.search(flat)  # nor a reference entry, which names one too


def _journal_name(text: str) -> bool:
    """A short line in capitals, as a journal's name over its issue line."""
    flat = " ".join(text.split())
    return len(flat) < 100 and flat.isupper() and front.kind_of(flat) is None and not _PROSE.search(flat)


def _titled_names(texts: list[str], i: int, lead: int) -> bool:
    """A line of names with initials (or in full with a patronymic) under a line that may be a title."""
    above = " ".join(texts[i - 1].split())
    if i - 1 < lead or len(above) >= _FRONT_LINE or above.endswith((".", ",", ";")):
        return False  # the line above first: it rules out most lines at once
    names = front.authors_of(texts[i])
    if not names or not (_INITIAL.search(texts[i]) or any(re.search(r"(?:вич|вна|ична)\b", a.name) for a in names)):
        return False
    return zones.worded(above) and front.kind_of(above) is None


def _front_start(texts: list[str], lead: int, anchor: int) -> int:
    """Where the front block of `anchor` begins: up from it over the short lines of such a block."""
    begins = anchor
    while begins > lead and anchor - begins < _BLOCK and _front_line(texts[begins - 1]):
        begins -= 1
    return begins


def _front_line(text: str) -> bool:
    """A line that may stand in a front block: a catalogue line, a title, names, an affiliation;
    not a sentence, a reference entry or apparatus that closes an article."""
    flat = " ".join(text.split())
    kind = front.kind_of(flat)
    if kind is not None:  # this article's own apparatus, printed over its title by some journals
        return kind in ("catalogue", "article_type", "received", "rights", "contact", "editors")
    if _IDENTIFIER.match(flat) or _masthead(flat):
        return True
    if references.is_entry(flat) or references.bibliographic(flat) or front.author_note(flat) \
            or (numbered := _NUMBERED.match(flat)) and int(numbered.group(1) or numbered.group(2)) > 9:
        return False  # an entry, or the last of a numbered list ("38 Plan for mental health ...")
    if front.issue_line(flat) or front.authors_of(flat) or front.affiliation(flat):
        return True
    return len(flat) < _FRONT_LINE and not _PROSE.search(flat)


def _ends_an_article(texts: list[str], lead: int, begins: int, strong: bool) -> bool:
    """Whether the paragraphs before a front block read as the end of an article: the first broken off
    mid-sentence, reference entries, a reference list's heading or the apparatus that closes an
    article beside prose or entries; under a catalogue line, prose alone will do."""
    flats = [" ".join(t.split()) for t in texts[lead:begins]]
    if any(zones.opening_heading("introduction", "background").fullmatch(f) for f in flats):
        return False  # this article's body opens there: what is above is its own front matter
    kinds = [front.kind_of(f) for f in flats]
    plain = [f for f, k in zip(flats, kinds, strict=True) if k is None]
    entries = sum(not _IDENTIFIER.match(f) and (references.is_entry(f) or references.bibliographic(f)) for f in plain)
    prose = [f for f in plain if len(f) >= 150 and _PROSE.search(f) and not references.bibliographic(f)]
    broken = flats[0][:1].islower() and len(flats[0].split()) >= 5 and (bool(_PROSE.search(flats[0])) or len(prose) > 0)
    # (nor the notes on people whose names stand alone above them: this article's cards, a sidebar set first)
    carded = {a.name for f in plain if len(f) < 60 for a in front.authors_of(f) or []}
    noted = [n for n, f in enumerate(plain) if (front.author_note(f) or biography.biography(f))
             and not any(f.startswith(name) for name in carded)]
    # (not the byline of a title right above it: «Прогнозирование ... рядов» / «Махова А. С. – студентка, МГУ, e-mail»,
    # one card for each author in turn)
    notes = bool(noted) and not (noted[0] == 1 and all(len(f) < _FRONT_LINE and not f.endswith(".") for f in plain[:noted[0]])
                                 and noted == list(range(1, len(plain))))
    closing = any(k in _CLOSING for k in kinds)
    return broken or entries >= 2 or notes or closing and (entries > 0 or bool(prose)) \
        or strong and any(len(_SENTENCES.findall(f)) >= 1 for f in prose)


def _opening_entries(texts: list[str], lead: int, stop: int) -> range:
    """The last reference entries of the article before, when the page opens with two or more of them
    and no front block is seen on it."""
    end = lead
    while end < stop and (references.is_entry(texts[end]) or references.bibliographic(texts[end])):
        end += 1
    return range(lead, end) if end - lead >= 2 and sum(references.bibliographic(texts[i]) for i in range(lead, end)) >= 2 \
        else range(0)
