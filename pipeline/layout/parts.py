"""The article's parts before its body is read: front matter, reference list, footnotes, citations.

Journals print an apparatus around the article (catalogue numbers, labels, authors, affiliations,
citation lines, history, rights, the reference list, notes on the authors). It fills the record's
`titles`, `authors`, `affiliations`, `identifiers`, `references` and `footnotes` and is taken out
of `text`, so that facts come from the title, the abstracts and the body only. In-text citations
stay in the text but are masked from the fact stages.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..context import Context
from ..facts.organisations.registry import kept_capitals
from ..ingest.lead import opens
from ..ingest.repair import normalise
from ..lexicon.case import capitals_kept, proper_words, sentence_case, shouting, title_cased
from ..nlp.lang import block_language, has_cyrillic, mostly_cyrillic
from ..nlp.morph import Morph
from ..record import Article, Author, Footnote
from . import biography, cards, front, references, support, zones
from .apparatus import Found, apparatus, body_heading
from .byline import lone_name, name_line, names_and_place, signed_at_end, signers
from .cover import SENTENCE_END, cards_before_keywords, contents_box, cover_sheet, series_pages, volume_front
from .listings import listings
from .previous import page_end, previous_tail

_FRONT_LIMIT = 30  # paragraphs the front matter may take at most
_INITIALS = re.compile(r"(?<![^\W\d_])[А-ЯЁ]\.\s?[А-ЯЁ]\.")  # «О.С.», «О. С.»
_SECOND_BLOCK = 10  # paragraphs before a later abstract that may hold its title, authors and affiliations
_CARD = 5  # paragraphs of an author's card: the name, up to four lines of affiliation, address and e-mail
_LITTLE_END = re.compile(r"(?<![^\W\d_])(?:FOR|OF|AND|THE|ON|IN|AT|И|ДЛЯ|ПО|НА|В)$")  # a line in capitals going on
_SIDE_WORDS = 8  # words of a name and its place under an editors' label at most, a comma between them


def parts(article: Article, context: Context) -> Article:
    """Fill `titles`, `authors`, `affiliations`, `identifiers`, `footnotes` and `references`; take the
    apparatus out of `text` (offsets of pages and tables follow) and mask the in-text citations.

    Needs `text`, `page_starts` and `tables`; reads the layout's title and footnotes from the document.
    """
    front.forget()
    biography.forget()
    references.forget()
    document = context.document
    if document is not None:
        article.footnotes = list(document.footnotes)
    # the layout's title with its characters as the text has them (quotes and hyphens unified)
    hint = " ".join(normalise(document.title).split()) if document is not None and document.title else None
    if hint and (by := re.search(r"\s(?:by|By|BY)\s+(\S.*)$", hint)) and front.authors_of(by.group(1)):
        hint = hint[: by.start()]  # the byline set in the title's type under it ("... HEALTH CARE" / "by Sheikh Shadab Rana")
    if hint:
        article.text = _joined_title(article.text, hint)
    paragraphs = references.paragraphs(article.text)
    texts = [article.text[s:e] for s, e in paragraphs]
    drop: set[int] = set()
    found = Found()
    # a publisher's or an archive's cover sheet before the article's first page leaves the text whole
    sheet = cover_sheet(article, paragraphs)
    cover = sheet or volume_front(article, paragraphs)
    if cover and not sheet:
        hint = None  # the layout's title is the volume's
        article.warnings.append(f"the volume's front matter before the article ({article.page_at(paragraphs[cover[-1]][0])} "
                                "pages: title page, imprint, contents) left out of the text")
    drop.update(cover)
    for i in cover:
        found.identify(texts[i])
    # an archive's sheet names the article over its authors ("... Lobbying" / "Author(s): ..."), its title without a
    # subtitle: the article's own title where it opens a paragraph of the text (the running head the journal made of
    # the title may have taken it away)
    byline = next((i + 1 for i in sheet if i + 1 in sheet
                   and re.match(r"(?i:author\(s\)|authors?|авторы?)\s*:", texts[i + 1].lstrip())
                   and 10 <= len(" ".join(texts[i].split())) <= 300 and not texts[i].rstrip().endswith(".")), None)
    sheet_title = " ".join(texts[byline - 1].split()) if byline else None
    # a page range cut from an issue may open with the end of the article before it
    opening = len(cover)
    if before := previous_tail(texts, opening, page_end(article, paragraphs, opening), hint):
        for i in range(opening, before.start):  # the journal's lines over the page
            found.identify(texts[i])
        drop.update(range(opening, before.stop))
        article.warnings.append(f"the end of the previous article before this one's front matter ({len(before)} paragraphs, "
                                f"{sum(len(texts[i]) for i in before)} characters) set aside: neither body nor facts")
        opening = before.stop
    # an article's own contents box under its title (an AEA journal's first page) lists headings of the body
    box = contents_box(texts, opening, min(len(texts), opening + _FRONT_LIMIT))
    drop.update(box)
    body = _body_start([t if i not in box else "" for i, t in enumerate(texts)], opening)
    if document is not None and document.lead:  # the front matter ends where the paragraph the page sets apart begins
        body = next((i for i in range(opening, body) if opens(document.lead, texts[i])), body)
    morph = context.models.morph
    if (series := series_pages(texts, range(opening, body), lambda i: article.page_at(paragraphs[i][0]) or 1)) is not None:
        drop.update(range(series, body))
        for i in range(series, body):
            found.identify(texts[i])  # the ISSN on the imprint's page
        article.warnings.append(f"the pages between the title and the abstract ({body - series} paragraphs: a series' or "
                                "publisher's notes, rights) left out of the text")
    _front(texts, range(opening, series if series is not None else body), hint, drop, found, morph)
    if byline and not found.authors:  # the sheet's authors, when the article's page gave none
        found.authors = front.authors_of(re.sub(r"^\s*[^:]{1,12}:\s*", "", texts[byline])) or []
    if sheet_title and not " ".join(found.titles.get(lang := block_language(sheet_title), "").split()).startswith(sheet_title):
        found.titles[lang] = next((flat for i in range(len(cover), len(texts)) if len(flat := " ".join(texts[i].split())) <= 300
                                   and flat.startswith(sheet_title) and not flat.endswith(".")), sheet_title)
    cyrillic = mostly_cyrillic(article.text[:20000])  # the script of the body
    # a title block later in the text, before its own abstract, or before its keywords when the
    # abstract right above them has no label («Key words and phrases: ...»): in the other language, or
    # in this one inside the body, where the columns set it; after the reference list a block in this
    # language is the next article's
    listed = next((i for i in range(body + 1, len(texts)) if front.kind_of(texts[i]) == "references"), len(texts))
    # in this language, a label after the introduction and the first two pages heads a part of the body
    # («Резюме», "Summary"); on them, the columns may have set the front block after the introduction
    # (with no such heading, the first two pages from the body's start: "Summary.—" runs into a part of an
    # address's body on its fifth page)
    introduced = next((i for i in range(body, len(texts))
                       if zones.opening_heading("introduction", "background").fullmatch(texts[i].strip())), body)
    early = next((i for i in range(introduced + 1, len(texts)) if (article.page_at(paragraphs[i][0]) or 1) > 2), len(texts))
    # an issue's page of abstracts cut with the article
    drop |= cards.foreign_entries(texts, body, drop, found.authors, lambda i: article.page_at(paragraphs[i][0]) or 1)
    later = [i for i in range(body + 1, len(texts)) if zones.abstract_label().match(texts[i])
             and (has_cyrillic(texts[i]) != cyrillic or i < min(listed, early))]
    # (before keywords, the block ends where the unlabelled abstract above them begins)
    later += [above for i in range(body + 1, len(texts)) if zones.keywords_label().match(texts[i])
              and (has_cyrillic(texts[i]) != cyrillic or i < min(listed, early))
              and (above := _abstract_above(texts, i)) is not None
              and not any(at in range(i - _SECOND_BLOCK, i) for at in later)]
    for at in sorted(later):
        _front(texts, range(_block_start(texts, at, body + 1), at), None, drop, found, morph, second=True)
    if (following := _next_article(texts, body, listed, cyrillic)) is not None:
        drop.update(range(following, len(texts)))
        article.warnings.append(f"the beginning of the next article after the references ({len(texts) - following} "
                                "paragraphs, from its names and title on) left out of the text")
    # a block that opens with its catalogue number after the body (a Russian journal's English block after
    # the references: «UDC 004.056», the title, names, affiliations), up to its first paragraph of prose
    # (in the body's language such a block is the next article's)
    # (or with the names and their place, when every paragraph from there on is in the other language:
    # a manuscript's English block at its end, without catalogue number or label)
    for at in (i for i in range(body + 1, len(texts)) if i not in drop and (front.kind_of(texts[i]) == "catalogue"
                                                                            or _names_closing(texts, i, cyrillic))):
        end = next((j for j in range(at + 1, min(at + _SECOND_BLOCK, len(texts)))
                    if len(texts[j]) >= 100 and texts[j].rstrip().endswith(".") and not front.address(texts[j])), at + 1)
        if end < len(texts) and has_cyrillic(texts[end]) != cyrillic:
            _front(texts, range(at, end), None, drop, found, morph, second=True)
    drop.update(cards_before_keywords(texts, body, _SECOND_BLOCK))
    apparatus(texts, body, drop, found)
    for line in document.margins if document is not None else []:
        found.identify(line)  # a DOI printed only in the first page's footer
    # a list without its heading at the end (a file that lost it, or the rest of a list the columns set
    # after the body's last paragraphs)
    if tail := zones.unheaded_list(texts, body, drop):
        found.lists.append(tail)
    found.entries.extend(p for kept in zones.without_transliterations(found.lists) for p in kept)
    article.titles = found.titles
    if not found.authors and (signed := signed_at_end(texts, drop, article.footnotes)):
        drop.add(signed[0])  # the author's name under the body's last paragraph
        found.authors.extend(signed[1])
    # the names as printed in the script of the body: a Russian article's English block repeats them
    # transliterated, before or after the Russian ones
    # (not the words a place's name opens with, "Wilf Family" of "Wilf Family Department of Politics")
    people = [a for a in found.authors if not any(p.startswith(a.name + " ") for p in found.affiliations)] or found.authors
    own = [a for a in people if has_cyrillic(a.name) == cyrillic]
    article.authors = own or [a for a in people if has_cyrillic(a.name) == has_cyrillic(people[0].name)]
    article.affiliations = found.affiliations
    article.identifiers = found.identifiers
    article.references = [references.parse(e) for e in references.entries(found.entries)]
    for number, note in found.notes:
        article.footnotes.append(Footnote(mark=str(number), text=" ".join(note.split())))
    cut = [paragraphs[i] for i in sorted(drop)]
    _cut(article, cut)
    cited = references.citations(article.text, references.surnames(article.references))
    # the keywords name the article's subjects, not facts it states («Key words: ..., State Corporation Rosatom»)
    keyworded = [(start, end) for start, end in references.paragraphs(article.text)
              if zones.keywords_label().match(article.text, start)]
    # code, queries and data a paper prints as examples («"cuisine" : "Узбекистан"») state no facts
    coded = listings(article.text, references.paragraphs(article.text))
    article.masked = sorted(cited + front.rights_at_ends(article.text) + keyworded + coded)
    if cut:
        front_cut = sum(1 for i in drop if i < body)
        article.warnings.append(
            f"{len(cut)} paragraphs of apparatus ({sum(e - s for s, e in cut)} characters: {front_cut} of front matter, "
            f"{len(cut) - front_cut} of notes, statements and references) taken out of the text; no facts are read from them")
    if cited:
        article.warnings.append(f"{len(cited)} in-text citations kept in the text but read for no facts")
    if coded:
        article.warnings.append(f"{len(coded)} paragraphs of code or data ({sum(e - s for s, e in coded)} characters) "
                                "kept in the text but read for no facts")
    loud = [(start, end) for start, end in references.paragraphs(article.text) if shouting(article.text[start:end])]
    kept = _kept_in(article.text, loud) if loud else frozenset()
    article.recased = [(start, sentence_case(article.text[start:end], kept)) for start, end in loud]
    # a title or heading in title case keeps the capitals of the words the text capitalises elsewhere
    titled = [(start, end) for start, end in references.paragraphs(article.text) if title_cased(article.text[start:end])]
    named = proper_words(_blanked(article.text, titled)) | kept_capitals() if titled else frozenset()
    article.recased += [(start, sentence_case(article.text[start:end], named | capitals_kept(article.text[start:end])))
                        for start, end in titled]
    return article


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans as spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _kept_in(text: str, loud: list[tuple[int, int]]) -> frozenset[str]:
    """The registered abbreviations a text in capitals keeps: those the rest of the text writes too
    («WTO» of "THE WTO AND THE EAEU" beside "the WTO"), and not a word that only looks like one ("WHO
    DEVELOPED DEMENTIA")."""
    said = _blanked(text, loud)
    words = set(re.findall(r"[^\W\d_]+", said))
    return frozenset(a for a in kept_capitals() if a in words or not a.isalpha() and a in said)


def _joined_title(text: str, hint: str) -> str:
    """The text with a title the layout saw whole, but which the text breaks into paragraphs
    ("... Under Pillar" / "Two"), made one paragraph again; every offset stays."""
    spans = references.paragraphs(text)[:_FRONT_LIMIT]
    for i, (start, _) in enumerate(spans):
        joined = " ".join(text[start:spans[i][1]].split())
        if not hint.startswith(joined) or joined == hint or len(joined) < 10:
            continue
        last = i
        while joined != hint and last + 1 < len(spans):
            following = " ".join(text[spans[last + 1][0]:spans[last + 1][1]].split())
            if not hint.startswith(f"{joined} {following}"):
                break
            joined = f"{joined} {following}"
            last += 1
        if joined != hint:
            return text
        chars = list(text)
        for (_, end), (after, _) in zip(spans[i:last], spans[i + 1:last + 1], strict=True):
            chars[end:after] = "\n" + " " * (after - end - 1)  # the blank line becomes a line break
        return "".join(chars)
    return text


def _goes_on(texts: list[str], i: int) -> bool:
    """Whether paragraph `i` in capitals goes on with a title in capitals whose line above ends with a
    colon ("CUSTOMS TRANSIT IN THE UNION:" / "ELECTRONIC DECLARATION, NAVIGATION SEALS AND ..."), however
    much its capitalised words look like names."""
    return i > 0 and texts[i].isupper() and texts[i - 1].isupper() and texts[i - 1].rstrip().endswith(":")


def _over_names(texts: list[str], i: int, zone: range) -> bool:
    """Whether a paragraph of one sentence closed by a full stop stands right over the authors' names: a
    title some authors close with a point («... эллиптического типа.» over «А. Мередова»)."""
    return texts[i].rstrip().endswith(".") and not re.search(r"[.!?]\s", texts[i].strip()) and i + 1 < zone.stop \
        and front.authors_of(texts[i + 1]) is not None


def _names_closing(texts: list[str], i: int, cyrillic: bool) -> bool:
    """Whether paragraph `i` names authors in the other language than the body's, their place follows
    within two paragraphs, and the text ends in that language (no more than a block's length)."""
    return has_cyrillic(texts[i]) != cyrillic and len(texts) - i <= _SECOND_BLOCK and len(texts[i]) < 200 \
        and bool(front.authors_of(texts[i])) and any(front.affiliation(t) for t in texts[i + 1:i + 3]) \
        and all(has_cyrillic(t) != cyrillic for t in texts[i:] if re.search(r"[^\W\d_]{4}", t))


def _body_start(texts: list[str], start: int = 0) -> int:
    """Where the front matter ends: an abstract or keywords label, the first heading of the body, the
    heading of the reference list (of a short text), or the first paragraph of running prose."""
    window = range(start, min(len(texts), start + _FRONT_LIMIT))
    marked = [i for i in window if zones.abstract_label().match(texts[i]) or zones.keywords_label().match(texts[i])
              or body_heading(texts[i].strip()) or front.kind_of(texts[i]) == "references"]
    if marked:
        return marked[0]  # an abstract without its label word, before the first heading, stays in front
    for i in window:
        text = texts[i]
        if len(text) > 300 and len(re.findall(r"[.!?]\s+[A-ZА-ЯЁ]", text)) >= 2 and front.kind_of(text) is None \
                and front.affiliation(text) is None:
            return i
    if window.stop == len(texts):  # a short text: its first sentence of prose opens the body
        # (an affiliation is one sentence: two that name an institution are prose about it)
        return next((i for i in window if re.search(r"[.!?]$", texts[i].strip()) and len(texts[i].split()) >= 6
                     and front.kind_of(texts[i]) is None
                     and (front.affiliation(texts[i]) is None or len(SENTENCE_END.findall(texts[i])) >= 2)), window.stop)
    return window.stop


def _front(texts: list[str], zone: range, hint: str | None, drop: set[int], found: Found, morph: Morph,
           second: bool = False) -> None:
    """Sort the paragraphs of a front matter into apparatus (dropped) and the title (kept)."""
    title_at = None
    title_end = -2  # the last line of a title in capitals
    waiting = -1
    editing = False
    early: list[Author] = []  # names before the title: a masthead in capitals ("PLOS ONE") unless no others follow
    loud: tuple[int, list[Author]] | None = None  # the first line of names in capitals, before any title
    card_at = -1  # the last paragraph of names with who they are (`names_and_place`)
    signed: list[Author] = []  # the authors a rights line named, where no byline had named them yet
    for i in zone:
        if i in drop and not second:
            continue  # a contents box (the first pass drops nothing else inside its zone before it)
        flat = " ".join(texts[i].split())
        if hint and (flat == hint or flat.startswith(hint) or hint.startswith(flat) and len(flat) > 20):
            title_at, title_end, editing = i, i, False
            if run_on := front.title_and_names(flat):  # «... с помощью openEMS А. А. Шарапова, Д. С. Кулябов»
                flat = run_on[0]
                found.authors.extend(a for a in run_on[1] if a.name not in {b.name for b in found.authors})
            found.title(flat)
            continue
        if second and zones.is_label(flat):
            continue  # the keywords that close the block before, whatever places they name
        kind = front.kind_of(flat)
        if kind == "editors":
            editing = True  # the editors and reviewers named under the label are no authors
        elif kind is not None:
            editing = False
        if editing and (kind == "editors" or front.authors_of(flat) or front.affiliation(flat)
                        or re.search(r"(?:,|\bat|\bof)$", texts[i - 1].strip()) or len(flat.split()) <= _SIDE_WORDS and "," in flat):
            drop.add(i)  # a name, a place, or the rest of one broken over lines (a side column's: "Anna Berg, Lund")
            continue
        editing = False
        if kind == "rights" and not found.authors and (names := signers(flat)):
            found.authors.extend(names)  # «© Бобров Д. В., Солдатов К. С., 2015» where no byline came before
            signed = names
        if kind is not None or front.issue_line(flat):
            found.identify(flat)
            drop.add(i)
            if kind == "catalogue" and (names := front.authors_of(front.after_udc(flat))) \
                    or kind is None and (names := front.names_after_issue(flat)):
                found.authors.extend(a for a in names if a.name not in {b.name for b in found.authors})
            if kind == "contact":
                _contacts(flat, found.authors)  # «E-mail: zanin@kinef.ru» under the authors
            if kind == "contact" and len(flat) < 40 and not front.emails(flat) and i + 1 in zone:
                waiting = i + 1  # the label stands alone: the contact is the next paragraph
            continue
        # right after the last card and its contacts, and no marked affiliation ("a Engineering Cluster, ...")
        after_card = card_at >= 0 and all(j in drop for j in range(card_at + 1, i))
        carded = after_card and not re.match(r"\s*(?:[\d*∗†‡§]|[a-z]\s)", texts[i])
        if (not found.authors or carded) and not second and title_at is not None and i > title_at \
                and (both := names_and_place(texts[i])):
            # «А.С. Махова (МГУ, Москва)», «Махова А. С., Москва, МГУ» under the title, each author's card in turn
            found.authors.extend(a for a in both[0] if a.name not in {b.name for b in found.authors})
            card_at = i
            for where in both[1]:
                found.place(where)
            _contacts(flat, found.authors)
            drop.add(i)
            continue
        if front.address(flat) or front.place_line(flat) or front.contact(flat) and not front.authors_of(flat) \
                or support.support_statement(flat):
            drop.add(i)  # «ул. Миклухо-Маклая, д. 6, Москва, 117198», «(г. Омск, Россия)»: the affiliation's address; a note of a grant
            if (place := front.affiliation(flat)) and front.address(flat):
                found.place(place)  # "University of ..., 2000 Simcoe Str. North, Ontario, L1H 7K4, Canada"
            continue
        if second and (run_on := front.title_and_names(flat)):
            title = run_on[0]  # "Title D. S. Kulyabov, A. V. Korolkova"; a title in capitals begins lines above
            j = i - 1
            while j in zone and j not in drop and title.isupper() and texts[j].isupper() and len(texts[j]) < 200 \
                    and has_cyrillic(texts[j]) == has_cyrillic(title):
                title = f"{' '.join(texts[j].split())} {title}"
                drop.add(j)
                j -= 1
            found.title(title)
            found.authors.extend(a for a in run_on[1] if a.name not in {b.name for b in found.authors})
            drop.add(i)
            continue
        if title_at is not None and i == title_end + 1 and flat.isupper() and texts[title_end].strip().isupper() \
                and not re.match(r"[\d*∗†‡§]", flat) and (not front.authors_of(flat) or _goes_on(texts, i)):
            title_end = i  # a title in capitals goes on, whatever words it holds («... НАЛОГОВОЙ СЛУЖБЫ»)
            continue
        if i == waiting and len(flat) < 300:  # not the prose that follows a contact (an abstract)
            _contacts(flat, found.authors)
            drop.add(i)
            continue
        names = front.authors_of(flat)
        # "J Stillwell" over "School of Geography, University of Leeds": an author's card
        carded = not names and i + 1 < zone.stop and _bare_name(flat) and bool(front.affiliation(" ".join(texts[i + 1].split())))
        names = [Author(name=flat)] if carded else names
        if names and (flat.isupper() and i > zone.start and _LITTLE_END.search(texts[i - 1].strip())
                      or len(names) == 1 and i + 1 < zone.stop and front.issue_line(" ".join(texts[i + 1].split()))):
            # "ASSOCIATION FOR | PSYCHOLOGICAL SCIENCE": a society's name in capitals broken after a little
            # word; "Psychological Science" over "2018, Vol. 29(7) 1084–1093": the journal's name, apparatus
            drop.add(i)
            continue
        if names and flat.isupper() and has_cyrillic(flat) and _common_words(flat, morph) and not _INITIALS.search(flat):
            names = None  # «ИСПОЛЬЗОВАНИЕ ТЕХНОЛОГИЙ / МАШИННОГО ОБУЧЕНИЯ»: a title's words, no one's name (initials
            # make one of the commonest words a surname: «О.С. НАГОРНЫЙ»)
        if hint is None and title_at is None and i + 1 < zone.stop and front.issue_line(" ".join(texts[i + 1].split())) \
                and not flat.endswith((".", ",", ";", ":")) and len(flat) < 80:
            drop.add(i)  # the journal's name over its issue («МАТЕМАТИЧЕСКОЕ МОДЕЛИРОВАНИЕ» / «2025 год, том 37, ...»)
            continue
        if hint is None and title_at is None and not names and 10 <= len(flat) <= 300 \
                and (not flat.endswith((".", ",", ";", ":")) or i + 1 < zone.stop and _goes_on(texts, i + 1)
                     or _over_names(texts, i, zone)) \
                and front.affiliation(flat) is None:
            title_at = title_end = i  # without the layout's word, the first line that may be a title stands for it
            if flat.endswith("."):
                found.title(flat)  # (the structure takes no paragraph closed by a point for one)
            continue
        if names and not carded and not after_card and lone_name(flat, names) and not (i > zone.start and front.byline_word(texts[i - 1])) \
                and not (title_at is not None and i in (title_at + 1, title_end + 1)) \
                and not any(name_line(" ".join(texts[j].split()))
                            for j in range(max(zone.start, i - _CARD), min(zone.stop, i + _CARD + 1)) if j != i):
            # two capitalised words alone, away from the title and from other such names (a grid of
            # author cards), may be a heading ("Additional Information")
            names = None
        if names:
            if i > zone.start and front.byline_word(texts[i - 1]):
                drop.add(i - 1)  # "by" over the names
            if signed and found.authors == signed:
                found.authors.clear()  # a byline after the rights line names them as the article prints them
                signed = []
            # the authors in the article's own language, once; a later block in the other script gives them as
            # that script writes them (the Russian names under an English block set first), the body's script chooses
            if not (second and found.authors) or has_cyrillic(found.authors[0].name) != has_cyrillic(names[0].name):
                new = [a for a in names if a.name not in {b.name for b in found.authors}]
                found.authors.extend(new)
                early += new if hint and title_at is None else []
                if title_at is None and not second and flat.isupper() and not loud:
                    loud = (i, new)  # names in capitals before any title: the title itself, if plain names follow
            drop.add(i)
            continue
        # (the list under a keywords label alone names no institution: "Keywords" / "governance, ..., institutions")
        place = None if i > 0 and zones.keywords_label().fullmatch(texts[i - 1].strip()) else front.affiliation(flat)
        if place is None and found.authors and len(flat) < 300 and front.POST.match(flat):
            drop.add(i)  # who an author is, under the name ("student, field of study 38.03.01 Economics")
            continue
        if place is None and found.authors:
            place = front.marked_place(flat)  # «** АО «ГНЦ РФ-ФЭИ»» under «П.Л. Кириллов**»
        # an institution under the title, before the abstract, is an affiliation though the names
        # above it were not read as authors (a grid of author cards)
        if place and (found.authors or re.match(r"\s*(?:[\d*∗†‡§]|[a-z]\s)", texts[i]) or (title_at is not None and i > title_at)
                      or second):  # the other language's block repeats the affiliations transliterated
            places = [place]
            if not found.authors and not second and (both := names_and_place(texts[i])):
                found.authors.extend(both[0])  # "Gunnar Andersson and Sven Drefahl Demography Unit, ..."
                places = both[1]
            elif not second and (lines := texts[i].strip().splitlines()) and len(lines) > 1 \
                    and (rest := [both for line in lines[1:] if (both := names_and_place(line))]):
                # the place of the author above, then the next author and place on a line of their own ("Bocconi
                # University" / "Matia Vannoni King's College London")
                places = [front.affiliation(" ".join(lines[0].split())) or place]
                for named, located in rest:
                    found.authors.extend(a for a in named if a.name not in {b.name for b in found.authors})
                    places += located
            for where in places:
                found.place(where)
            _contacts(flat, found.authors)
            drop.add(i)
            continue
        if front.emails(flat) and (len(flat) < 200 or front.author_note(flat)):
            _contacts(flat, found.authors)  # an e-mail under the names, or the notes on them each closed by one
            drop.add(i)
    if loud and title_at is None and hint is None and len(found.authors) > len(loud[1]) \
            and not any(texts[j].isupper() for j in drop if j > loud[0] and front.authors_of(texts[j])):
        # "COMPARATIVE ADVANTAGE AND OPTIMAL TRADE POLICY" over "Arnaud Costinot" / "Dave Donaldson": the
        # line in capitals is the title, and its "names" are none
        drop.discard(loud[0])
        found.authors[:] = [a for a in found.authors if a not in loud[1]]
    if early and title_at is not None and len(found.authors) > len(early):
        found.authors[:] = [a for a in found.authors if a not in early]
    if hint and title_at is not None and not second:
        # the journal's masthead, and the affiliations a sidebar sets before the title
        drop.update(i for i in zone if i < title_at and (len(texts[i]) < 200 or front.affiliation(texts[i])))
    if second:
        kept = [i for i in zone if i not in drop and len(texts[i]) < 300 and not texts[i].rstrip().endswith(".")
                and (not front.names_broken_off(texts[i]) or _goes_on(texts, i)) and not zones.keywords_label().match(texts[i])
                and zones.worded(texts[i]) and not references.bibliographic(texts[i]) and not _address_or_names(texts[i])]
        last = kept[-1] if kept else None
        while last is not None:
            first = last  # a title in capitals the layout broke into paragraphs goes back to its first line
            while first - 1 in kept and texts[first].isupper() and texts[first - 1].isupper() \
                    and has_cyrillic(texts[first - 1]) == has_cyrillic(texts[first]):
                first -= 1
            flat = " ".join(" ".join(texts[first:last + 1]).split())
            found.title(flat)
            # the title in the other script right above, in capitals too («К ВОПРОСУ ...» over "TO THE ISSUE ...")
            last = first - 1 if first - 1 in kept and texts[first - 1].isupper() and texts[last].isupper() \
                and has_cyrillic(texts[first - 1]) != has_cyrillic(texts[last]) else None


_INITIALLED = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ][a-zа-яё]+")


def _address_or_names(paragraph: str) -> bool:
    """A line of the other language's block that no title is: a place ending in its country ('JSC "Vector",
    Ekaterinburg, Russia') or names with initials, broken off ("Petr G. Mikhailov, Alexey P. Mikhailov, Vera")."""
    from ..facts.countries import country_names

    flat = " ".join(paragraph.split())
    last = flat.rstrip(" .").rsplit(",", 1)
    return (len(last) == 2 and last[1].strip().lower() in country_names()) or len(_INITIALLED.findall(flat)) >= 2


def _next_article(texts: list[str], body: int, listed: int, cyrillic: bool) -> int | None:
    """Where the next article begins when the last page of a proceedings volume's cut carries it: after
    the references, an abstract label in the language of this article's own labelled abstract, under the
    next one's names and title («Н.М. Скобеев» / «ТЕНДЕНЦИИ В ...» / «Аннотация. ...»)."""
    own = any(zones.abstract_label().match(texts[i]) and has_cyrillic(texts[i]) == cyrillic
              for i in range(min(body + 1, len(texts))))
    at = next((i for i in range(listed + 1, len(texts)) if zones.abstract_label().match(texts[i])
               and has_cyrillic(texts[i]) == cyrillic), None)
    if not own or at is None:
        return None
    start = at
    while start - 1 > listed and len(texts[start - 1]) < 200 and not zones.is_label(texts[start - 1]) \
            and not texts[start - 1].rstrip().endswith((".", ";")) or start - 1 > listed and front.on_authors(texts[start - 1]):
        start -= 1
    return start


def _block_start(texts: list[str], at: int, floor: int) -> int:
    """Where the title block of a later abstract (or of the keywords under it) begins: ten paragraphs up,
    or further up while the paragraphs above the abstract are names, places, addresses and notes on the
    authors (five authors with a note each)."""
    i = at - 1
    while i > floor and i > at - 3 and not front.on_authors(texts[i]):
        i -= 1  # the abstract over the keywords
    while i > max(floor, at - 4 * _SECOND_BLOCK) and front.on_authors(texts[i]):
        i -= 1
    return max(floor, min(i, at - _SECOND_BLOCK))


def _abstract_above(texts: list[str], keywords: int) -> int | None:
    """The paragraph within three above a keywords label that an abstract in its language may be."""
    return next((j for j in range(max(0, keywords - 3), keywords) if _abstract_like(texts[j])
                 and has_cyrillic(texts[j]) == has_cyrillic(texts[keywords])), None)


def _abstract_like(text: str) -> bool:
    """Prose an abstract may be: 200 characters, or one whole sentence of ten words (a conference's
    abstract of one sentence: "The aim of this work is the analysis of ... in the simulator NS-3.")."""
    flat = " ".join(text.split())
    return len(flat) >= 200 or len(flat.split()) >= 10 and flat[:1].isupper() and flat.endswith((".", "!", "?"))


def _common_words(text: str, morph: Morph) -> bool:
    """Whether every Russian word of a line is one the dictionary knows and none reads as a given name,
    a surname, a patronymic or a place («ИСПОЛЬЗОВАНИЕ ТЕХНОЛОГИЙ», not «ИВАН ПЕТРОВ»)."""
    words = [w.lower() for w in re.findall(r"[А-ЯЁа-яё]{3,}", text)]
    return bool(words) and all(
        morph.parse(w)[0].is_known and not any(tag in p.tag for p in morph.parse(w)[:3]
                                              for tag in ("Name", "Surn", "Patr", "Geox", "Orgn"))
        for w in words)


def _bare_name(paragraph: str) -> bool:
    """One name of an initial without a point and a surname ("J Stillwell", «И Петров»), not "A Study"."""
    return bool(front.BARE_INITIALS.fullmatch(paragraph.strip())) and paragraph.strip()[:2] not in ("A ", "I ", "В ", "С ")


def _contacts(text: str, authors: list[Author]) -> None:
    """E-mails and ORCID iDs given beside an affiliation, to the authors in order; an e-mail after an
    author's surname in the text («Мкртчян Никита ... E-mail: ...»), to that author."""
    spans = front.email_spans(text)
    for at, address in spans:
        named = [(text.rfind(a.surname, 0, at), a) for a in authors if a.email is None and a.surname]
        if named and (last := max(named, key=lambda x: x[0]))[0] >= 0:
            last[1].email = address
    given = {a.email for a in authors}
    for author, email in zip([a for a in authors if a.email is None],
                             [address for _, address in spans if address not in given], strict=False):
        author.email = email
    for author, orcid in zip([a for a in authors if a.orcid is None], front.orcids(text), strict=False):
        author.orcid = orcid


def _cut(article: Article, spans: list[tuple[int, int]]) -> None:
    """Take `spans` (whole paragraphs) out of `text`; page starts and table places follow."""
    if not spans:
        return
    text = article.text
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []  # (old offset where a cut ends, characters cut so far)
    at = 0
    total = 0
    for start, end in spans:
        while end < len(text) and text[end] == "\n":
            end += 1  # the blank line after the paragraph goes with it
        pieces.append(text[at:start])
        total += end - start
        removed.append((end, total))
        at = end
    pieces.append(text[at:])
    new = "".join(pieces).rstrip("\n")
    ends = [e for e, _ in removed]

    def moved(offset: int) -> int:
        k = bisect_right(ends, offset)
        shift = removed[k - 1][1] if k else 0
        for start, end in spans[k:k + 1]:
            if start <= offset < end:
                return min(start - (removed[k - 1][1] if k else 0), len(new))
        return min(max(0, offset - shift), len(new))

    article.text = new
    article.page_starts = [moved(p) for p in article.page_starts]
    for table in article.tables:
        if table.start is not None:
            table.start = moved(table.start)
