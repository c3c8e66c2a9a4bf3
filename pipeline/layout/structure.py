"""Document structure: the cleaned text cut into typed blocks, with title, abstracts, keywords and captions.

Each block separated by a blank line in `Article.text` becomes one `Block` whose kind says what it
is (title, abstract, keywords, heading, paragraph, list item, caption, source note, reference,
table) and whose language is told by its letters.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache

from ..context import Context
from ..ingest.lead import opens
from ..ingest.repair import tabular
from ..ingest.tables import settle_header
from ..lexicon.cues import label, list_marker
from ..nlp.lang import block_language, overall
from ..record import Article, Block
from .captions import caption, text_tables, tie_captions, tie_notes
from .closing import before_keywords, closing_abstract, run_in_keywords
from .front import EMAIL, names_an_institution, title_and_names, without_note_mark
from .keywords import fill_keywords, list_label
from .zones import abstract_label, opening_heading

log = logging.getLogger(__name__)

_AUTHOR = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+\s+[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z]\.|[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z][а-яё]+")

_BODY_READ = 3000  # characters of prose after which a label on page three or later is the body's


@cache
def _abstract_section() -> re.Pattern[str]:
    """The first heading of a structured abstract, alone or before a colon ("Background: ..."), or before
    a dash and a capital: a dash and a small letter make it a sentence's subject («Цель исследования –
    выполнить анализ ...»)."""
    return re.compile(rf"(?i:{label('abstract_section')})(?:\s*[.:]\s*|\s*[—–]\s*(?![\sa-zа-яё])|\s*$)")


# a heading in capitals run into the paragraph it opens: "IMPORTANCE Medicare provides ...",
# "DESIGN, SETTING, AND PARTICIPANTS This cross-sectional study ...", «РЕЗУЛЬТАТЫ Из 240 ...»
_LOUD_HEADING = re.compile(r"[A-ZА-ЯЁ]{3,}(?:,?\s+(?:AND\s+|И\s+)?[A-ZА-ЯЁ]{2,})*\s+(?=[A-ZА-ЯЁ\d][a-zа-яё\d\s])")


@cache
def _section_opening() -> re.Pattern[str]:
    """What opens a paragraph of a structured abstract: a heading in capitals run into it, or a heading
    word of labels.tsv before a point or a colon («Цель. ...», "Objective: ...")."""
    return re.compile(rf"{_LOUD_HEADING.pattern}|(?i:{label('abstract_section')})\s*[.:]\s+(?=\S)")


def _sectioned_abstract(article: Article) -> None:
    """A structured abstract without a label word: right under the title, three paragraphs or more
    that each open with a heading of their own ("IMPORTANCE ...", "OBJECTIVE ...", "RESULTS ...";
    «Цель. ...», «Методы. ...»), with the pieces of them the layout broke off."""
    blocks = article.blocks
    titled = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if titled is None:
        return
    start = next((i for i in range(titled + 1, min(titled + 4, len(blocks)))
                  if _section_opening().match(article.block_text(blocks[i]))), None)
    if start is None:
        return
    run: list[int] = []
    opened = 0
    for i in range(start, len(blocks)):
        text = article.block_text(blocks[i]).strip()
        if blocks[i].kind in ("paragraph", "table", "heading") and _section_opening().match(text) and len(text) >= 25:
            opened += 1
        elif not (run and blocks[i].kind in ("paragraph", "table") and text[:1].islower()):
            break  # not a piece of the paragraph above, broken off by the layout
        run.append(i)
    lang = block_language(article.block_text(blocks[start]), blocks[start].lang)
    if opened < 3 or any(b.kind == "abstract" and b.lang == lang for b in blocks):
        return
    for i in run:
        blocks[i].kind = "abstract"


@cache
def _source() -> re.Pattern[str]:
    return re.compile(rf"{label('source')}\s*[:.—–-]", re.I)


@cache
def _references() -> re.Pattern[str]:
    return re.compile(rf"{label('references')}\s*:?", re.I)


@cache
def _appendix() -> re.Pattern[str]:
    return re.compile(rf"{label('appendix')}\b", re.I)


@cache
def _numbered_heading() -> re.Pattern[str]:
    """«2.1 Методы», «Глава 3. ...», "Section 4 Results"."""
    return re.compile(rf"(?:\d{{1,2}}(?:\.\d{{1,2}})+\.?|{label('division')}\s+\d+\.?)\s+\S", re.I)


@cache
def _front_matter() -> re.Pattern[str]:
    """What opens the lines around a title: catalogue codes, dates of receipt, contacts and rights
    ("Copyright" inside a title is a word of the title); an e-mail anywhere."""
    return re.compile(f"^\\s*(?:{label('catalogue', 'received', 'contact', 'rights')})|@", re.I)


def _front_line(text: str) -> bool:
    """A line of the apparatus around a title; an institution's word in a title set in capitals
    («... НАЛОГОВОЙ СЛУЖБЫ») is a word of the title."""
    return bool(_front_matter().search(text) or (not text.isupper() and names_an_institution(text)))


@cache
def _catalogue() -> re.Pattern[str]:
    return re.compile(rf"{label('catalogue')}\b")


def structure(article: Article, context: Context) -> Article:
    """Fill `blocks`, `title`, `abstract`, `keywords` and `language`; tie captions and source notes to tables.

    Needs `text` (blocks separated by blank lines), `page_starts` and `tables` from cleaning.
    """
    article.blocks = []
    lang = "ru"
    in_references = False
    label_before = keywords_before = False
    main = block_language(article.text[:2000], "ru")
    introduced = False  # the body's introduction has begun
    read = 0  # characters of prose read so far
    for start, end in spans(article.text):
        text = article.text[start:end]
        lang = block_language(text, lang)
        kind = classify(text)
        if label_before and kind in ("paragraph", "heading"):
            kind = "abstract"
        elif keywords_before and kind in ("paragraph", "heading") and not _body_heading().match(text.strip()):
            kind = "keywords"
        label_before = kind == "abstract" and (abstract_label().fullmatch(text.strip()) is not None
                                               or _abstract_section().fullmatch(text.strip()) is not None)
        if kind == "abstract" and lang == main and (introduced or read >= _BODY_READ) and (article.page_at(start) or 1) > 2:
            # in the body's language, after the introduction (or pages of prose) and the first two pages it
            # heads a part of the body («Резюме»), or runs into one ("Summary.—Economic outcomes ...")
            kind = "heading" if label_before else "paragraph"
            label_before = False
        read += end - start if kind == "paragraph" else 0
        introduced = introduced or kind == "heading" and opening_heading("introduction").fullmatch(text.strip()) is not None
        # a label alone opens the list; a list set one keyword a line goes on while each line is one
        # short phrase, up to the next label or the body's first heading
        keywords_before = kind == "keywords" and (
            list_label().fullmatch(text.strip()) is not None
            or (keywords_before and _one_phrase(text) and not _body_heading().match(text.strip())))
        if kind == "heading" and _references().fullmatch(text.strip()):
            in_references = True
        elif kind == "heading" and _appendix().match(text):
            in_references = False
        elif in_references and kind in ("paragraph", "list_item"):
            kind = "reference"
        article.blocks.append(Block(kind=kind, start=start, end=end, lang=lang, page=article.page_at(start)))
    _find_title(article)
    _closing_block(article)
    _sectioned_abstract(article)
    _classified_abstract(article)
    _unlabelled_front(article)
    _prose_before_phrases(article)
    if context.document is not None and context.document.lead:
        _set_apart(article, context.document.lead)
    before_keywords(article)
    closing_abstract(article)
    run_in_keywords(article)
    fill_keywords(article)
    _fill_abstracts(article)  # after the labelled keywords: unlabelled ones joined to an abstract are the rest
    tie_captions(article)
    text_tables(article)
    tie_notes(article)
    for table in article.tables:
        settle_header(table)
    sizes: Counter[str] = Counter()
    for block in article.blocks:
        if block.kind != "table":
            sizes[block.lang] += block.end - block.start
    article.language = overall(dict(sizes)) if sizes else "ru"
    log.debug("%s: %d blocks, language %s, title %r", article.source.path, len(article.blocks),
              article.language, article.title)
    return article


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every block: stretches of text between blank lines, without outer spaces."""
    out = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        chunk = match.group()
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((match.start() + lead, match.start() + len(chunk.rstrip())))
    return out


def classify(text: str) -> str:
    """The kind of one block, from its own text."""
    text = text.strip()
    if _catalogue().match(text):
        return "paragraph"
    if abstract_label().match(text):
        return "abstract"
    if list_label().match(text):
        return "keywords"
    if _source().match(text) and len(text) < 400:
        return "source_note"
    if len(text) < 300 and caption().match(text):
        return "caption"
    if _references().fullmatch(text):
        return "heading"
    short = len(text) <= 160 and not text.endswith((".", ",", ";", ":"))
    if _numbered_heading().match(text) and len(text) <= 200 and not text.endswith((",", ";")):
        return "heading"
    if short and text.isupper() and len(text) > 3:
        return "heading"
    if list_marker().match(text):
        return "list_item"
    if tabular(text):
        return "table"
    if short and len(text.split()) <= 15 and (text[:1].isupper() or text[:1].isdigit()):
        return "heading"
    return "paragraph"


def _find_title(article: Article) -> None:
    """The title the layout showed (`titles`), or else the first heading-like block of the front
    matter (before the abstract or the body), with the lines of the same setting under it («К ВОПРОСУ
    О ДОКТРИНЕ ЭСТОППЕЛЬ» / «В РОССИЙСКОМ ПРАВЕ»); `titles` gets the title found in its language. A
    title printed only for the block in the other language (after the body) does not stand for the
    article's own."""
    printed = set(article.titles.values())
    for i, block in enumerate(article.blocks):
        text = without_note_mark(" ".join(article.block_text(block).split()))
        # the title, or the title with its authors' names run on after it on the line
        run_on = title_and_names(text) if text not in printed and any(text.startswith(f"{t} ") for t in printed) else None
        title = text if text in printed else run_on[0] if run_on and run_on[0] in printed else None
        if title is not None:
            block.kind = "title"
            if i < 10 and not any(b.kind in ("abstract", "keywords") for b in article.blocks[:i]):
                article.title = article.title or title
    if article.title:
        return
    blocks = article.blocks
    for i, block in enumerate(blocks[:10]):
        text = article.block_text(block)
        if block.kind in ("abstract", "keywords") or _references().fullmatch(text):
            break
        if _front_line(text) or _AUTHOR.search(text):
            continue
        if block.kind == "paragraph" and (len(text) > 300 or text.endswith(".")):
            break
        if block.kind not in ("heading", "paragraph", "title"):
            continue
        if 10 <= len(text) <= 300 and not text.endswith((".", ",", ";")) and not _numbered_heading().match(text):
            end = i
            while end + 1 < len(blocks) and _title_goes_on(article, blocks[end], blocks[end + 1]):
                end += 1
            block.end = blocks[end].end
            del blocks[i + 1:end + 1]
            block.kind = "title"
            # without the mark of the note on the title ("... TRADE POLICY∗", set as "POLICY-" by some fonts)
            article.title = without_note_mark(" ".join(article.block_text(block).strip("«»\"' ").split()))
            article.titles.setdefault(block.lang, article.title)
            _translated_title(article, i)
            return
    main = block_language(article.text[:2000], "ru")  # the title in the body's language before the other one
    known = [article.titles[lang] for lang in sorted(article.titles, key=lambda lang: (lang != main, lang))]
    article.title = known[0] if known else None


def _closing_block(article: Article) -> None:
    """A title in the other language among the last blocks (a manuscript's English block at its end,
    after the names and their place, without labels): the prose under it is its abstract, and a list
    of short phrases closing the text its keywords."""
    main = block_language(article.text[:2000], "ru")
    blocks = article.blocks
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "title" or block.lang == main or block.lang in article.abstract or len(blocks) - i > 4:
            continue
        following = blocks[i + 1]
        text = article.block_text(following)
        if following.kind == "paragraph" and following.lang == block.lang and len(text) >= 100:
            following.kind = "abstract"
            if i + 2 == len(blocks) - 1 and blocks[-1].lang == block.lang and _phrase_list(article.block_text(blocks[-1])):
                blocks[-1].kind = "keywords"


def _set_apart(article: Article, lead: str) -> None:
    """The paragraph the first page sets apart under the title (bold or larger, without a label) is the
    abstract of its language when no other is found ("Nature" journals)."""
    lang = block_language(lead, "en")
    if any(b.kind == "abstract" and b.lang == lang for b in article.blocks):
        return
    blocks = article.blocks
    for i, block in enumerate(blocks[:30]):
        if block.kind in ("paragraph", "heading") and opens(lead, article.block_text(block)):
            block.kind, block.lang = "abstract", lang
            if i + 1 < len(blocks) and blocks[i + 1].kind in ("paragraph", "heading") \
                    and _phrase_list(article.block_text(blocks[i + 1])):
                blocks[i + 1].kind = "keywords"  # a list of short phrases under it, without a label
            return


def _translated_title(article: Article, at: int) -> None:
    """The block right under the title, set the same way (capitals under capitals) in the other
    language, is the title in that language (a Russian title over its English one)."""
    if at + 1 >= len(article.blocks):
        return
    title, following = article.blocks[at], article.blocks[at + 1]
    text = " ".join(article.block_text(following).split())
    lang = block_language(text, following.lang)
    if following.kind in ("heading", "paragraph") and lang != title.lang and lang not in article.titles \
            and 10 <= len(text) <= 300 and not text.endswith((".", ",", ";")) and text.isupper() \
            and article.block_text(title).isupper() and not _front_line(text) and not _AUTHOR.search(text):
        following.kind = "title"
        article.titles[lang] = without_note_mark(text)


def _title_goes_on(article: Article, line: Block, following: Block) -> bool:
    """Whether the next block is the next line of a title set line by line: short, set the same way
    (capitals under capitals) or going on in small letters, and no name, label or sentence."""
    text = article.block_text(following).strip()
    before = article.block_text(line).strip()
    if following.kind not in ("heading", "paragraph") or len(text) > 200 or text.endswith((".", ",", ";")) \
            or _front_line(text) or _AUTHOR.search(text) or block_language(text, following.lang) != line.lang \
            or re.match(r"(?:https?://|www\.)\S+$", text):  # the paper's address under it: small letters, no title's
        return False
    if re.search(r"\d{4}", text) and len(re.findall(r"[^\W\d_]{3,}", text)) <= 2:
        return False  # a date under the title ("JUNE 15, 2009")
    return (before.isupper() and text.isupper()) or text[:1].islower()


# an economics journal's codes closing an abstract: "(JEL F13, D72)", "JEL Classification: O31"
# (a scan's reading may give a brace for the bracket and a digit for the letter O or I: "{JEL G21, 016, 138)")
_JEL_END = re.compile(r"[({\[]?JEL(?:\s+[Cc]lassification)?\s*:?\s*[A-Z0-9]\d{1,2}(?:\s*[,;]\s*[A-Z0-9]\d{1,2})*[)}\]]?\.?\s*$")


def _classified_abstract(article: Article) -> None:
    """Under the title, the prose that its journal's codes close is the abstract without a label word,
    with the pieces of it the layout broke off above it (lines that end in no full stop); codes set
    apart close all the prose between the title and them."""
    blocks = article.blocks
    titled = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if titled is None or any(b.kind == "abstract" for b in blocks):
        return
    for i in range(titled + 1, min(titled + 15, len(blocks))):
        text = article.block_text(blocks[i])
        alone = _JEL_END.fullmatch(text.strip()) is not None and i > titled + 1  # the codes a block of their own
        if alone:  # every block of prose between the title and them is the abstract's
            if blocks[i].kind in ("paragraph", "heading") and all(b.kind in ("paragraph", "heading") for b in blocks[titled + 1:i]):
                for block in blocks[titled + 1:i]:
                    block.kind = "abstract"
            return
        if blocks[i].kind == "paragraph" and _JEL_END.search(text) and len(text) >= 100:
            first = i
            while first - 1 > titled and blocks[first - 1].kind in ("paragraph", "heading") \
                    and not article.block_text(blocks[first - 1]).rstrip().endswith((".", "!", "?", ":")):
                first -= 1
            for block in blocks[first:i + 1]:
                block.kind = "abstract"
            return


def _unlabelled_front(article: Article) -> None:
    """Between the title and the body's first heading, a paragraph of prose in a language that has no
    labelled abstract is that language's abstract, and a list of short phrases after it its keywords
    (abstracts set in a frame or in italics without a label word)."""
    blocks = article.blocks
    titled = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    body = next((i for i, b in enumerate(blocks) if i > (titled or 0) and b.kind in ("heading", "list_item")
                 and len(article.block_text(b)) < 80 and _body_heading().match(article.block_text(b).strip())), None)
    # with no heading to open the body, labelled keywords end the front matter, and so do phrases set apart by bars
    if titled is not None and (body is None or body - titled > 20) and not any(b.kind == "keywords" for b in blocks[:40]):
        barred = next((b for b in blocks[titled + 1:titled + 12] if b.kind == "paragraph"
                       and _barred(text := article.block_text(b)) and _phrase_list(text)), None)
        if barred is not None:
            barred.kind = "keywords"
    keywords = next((i for i, b in enumerate(blocks[:40]) if b.kind == "keywords" and i > (titled or 0)), None)
    if keywords is not None and (body is None or keywords < body):
        body = keywords
    if titled is not None and body is None and not any(b.kind in ("abstract", "keywords") for b in blocks):
        _speaking_of_itself(article, titled)
    if titled is None or body is None or body - titled > 20:
        return
    labelled = {b.lang for b in blocks if b.kind == "abstract"}
    _abstracts_above(article, titled, labelled)
    abstract_at: dict[str, int] = {}
    for i in range(titled + 1, body):
        block = blocks[i]
        text = article.block_text(block)
        lang = block_language(text, block.lang)
        if lang in labelled or block.kind not in ("paragraph", "heading"):
            continue
        if i + 1 < len(blocks) and blocks[i + 1].kind == "keywords" and block.kind == "paragraph" \
                and (len(text) >= 100 or len(text.split()) >= 10 and text.rstrip().endswith((".", "!", "?"))):
            block.kind = "abstract"  # the prose right before labelled keywords (one sentence will do)
            abstract_at[lang] = i
            continue
        if lang not in abstract_at and block.kind == "paragraph" and len(text) >= 200 \
                and len(re.findall(r"[.!?](?:\s|$)", text)) >= 2:
            block.kind = "abstract"
            abstract_at[lang] = i
        elif lang in abstract_at and i == abstract_at[lang] + 1 and _phrase_list(text):
            block.kind = "keywords"
    # an abstract of several paragraphs: all the prose of its language between the title and its keywords
    for lang in abstract_at:
        ahead = [j for j in range(titled + 1, body + 1) if blocks[j].kind == "keywords"
                 and block_language(article.block_text(blocks[j]), blocks[j].lang) == lang]
        between = [(blocks[j], article.block_text(blocks[j])) for j in range(titled + 1, ahead[0] if ahead else 0)]
        # prose from its first sentence on, no line apart (a name, a citation), no heading of the body
        if 0 < len(between) <= 6 and len(between[0][1]) >= 100 and between[0][1].rstrip().endswith((".", "!", "?")) \
                and all(len(text) >= 50 and "doi" not in text.lower() and block_language(text, block.lang) == lang
                        and (block.kind in ("paragraph", "abstract")
                             or block.kind == "heading" and not _body_heading().match(text.strip()))
                        for block, text in between):
            for block, _ in between:
                block.kind = "abstract"


# the article speaking of itself, as an abstract does («В данной статье представлена ...», "This paper studies ...")
_ITSELF = re.compile(r"(?i)\b(?:в\s+(?:данной|настоящей|этой|нашей)\s+(?:статье|работе)|(?:статья|работа)\s+посвящена"
                     r"|this\s+(?:paper|article|study)\s+(?:examines|studies|presents|proposes|shows|argues|analy[sz]es|explores)"
                     r"|in\s+this\s+(?:paper|article|study)\b)")


def _speaking_of_itself(article: Article, titled: int) -> None:
    """With no label and no heading of the usual names, the one paragraph of prose right under the
    title, before the body's first heading, is the abstract when it speaks of the article itself."""
    blocks = article.blocks
    at = titled + 1
    if at + 1 < len(blocks) and blocks[at].kind == "paragraph" and blocks[at + 1].kind == "heading":
        text = article.block_text(blocks[at])
        if 200 <= len(text) <= 2500 and _ITSELF.search(text):
            blocks[at].kind = "abstract"


def _abstracts_above(article: Article, titled: int, labelled: set[str]) -> None:
    """Prose in both languages set above the title (a sidebar the layout reads first): each
    language's first paragraph is its abstract. Prose in one language only above a title may be the
    end of the article before it in an offprint, and stays as it is."""
    prose: dict[str, int] = {}
    for i, block in enumerate(article.blocks[:titled]):
        text = article.block_text(block)
        if block.kind == "paragraph" and len(text) >= 200 and re.search(r"[.!?](?:\s|$)", text):
            prose.setdefault(block_language(text, block.lang), i)
    if len(prose) < 2:
        return
    for lang, i in prose.items():
        if lang not in labelled:
            article.blocks[i].kind = "abstract"
            labelled.add(lang)


def _prose_before_phrases(article: Article) -> None:
    """An abstract and keywords without label words and without a heading to open the body (a journal
    that sets them in italics): prose under the title, or in the other language anywhere, followed by a
    list of short phrases ending with a full stop («Товарооборот, розничное торговое предприятие,
    ..., алгоритмы.»)."""
    blocks = article.blocks
    titled = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    have = {b.lang for b in blocks if b.kind == "abstract"}
    main = block_language(article.text[:2000], "ru")
    for i in range(len(blocks) - 1):
        block, following = blocks[i], blocks[i + 1]
        if block.kind != "paragraph" or following.kind != "paragraph":
            continue
        text, phrases = article.block_text(block), article.block_text(following)
        if len(text) < 100 or not phrases.rstrip().endswith(".") or not _phrase_list(phrases):
            continue
        lang = block_language(text, block.lang)
        near_title = titled is not None and titled < i <= titled + 6
        if lang in have or not (near_title or lang != main) or block_language(phrases, following.lang) != lang:
            continue
        block.kind, following.kind = "abstract", "keywords"
        have.add(lang)


def _one_phrase(text: str) -> bool:
    """One keyword alone on its line: up to five words, no separator, no sentence's end."""
    flat = text.strip()
    return 0 < len(flat.split()) <= 5 and len(flat) < 60 and not re.search(r"[,;.:]$|[,;]\s", flat)


def _phrase_list(text: str) -> bool:
    """A list of 3 to 15 short phrases separated by commas, semicolons or bars, not a sentence."""
    parts = [p.strip() for p in re.split(r"\s\|\s" if _barred(text) else r"[;,]", text.strip().rstrip("."))]
    # each phrase has a word, and no bracket is left open (a line of isotopes and numbers broken off prose)
    return 3 <= len(parts) <= 15 and all(0 < len(p.split()) <= 5 and re.search(r"[^\W\d_]{2}", p) for p in parts) \
        and len(text) < 400 and text.count("(") == text.count(")")


def _barred(text: str) -> bool:
    """Phrases set apart by bars ("moral judgment | moral development | universalization"): only keywords are
    printed so, with or without a label."""
    return len(re.findall(r"\s\|\s", text)) >= 2


@cache
def _body_heading() -> re.Pattern[str]:
    """The first heading of a body: «Введение», "1. Introduction", «1 Материалы и методы», "I. ..."; its number is
    the first (a news story's «16 Ковальчуков — и ни одного Андрея» is a count, no section's number)."""
    return re.compile(rf"(?:1\.?\s+\S|I\.\s+\S|(?i:{label('introduction')})\s*\.?$)")


_NOTE = 400  # characters of an abstract's paragraph a note on its author may open it with


def _fill_abstracts(article: Article) -> None:
    abstracts = article.blocks_of("abstract")
    # an abstract of three paragraphs or more each under a heading in capitals opens after its first heading
    loud = sum(1 for b in abstracts if _LOUD_HEADING.match(article.block_text(b))) >= 3
    for block in abstracts:
        text = abstract_label().sub("", article.block_text(block), count=1).strip()
        if not text:
            continue
        lang = block_language(text, block.lang)
        block.lang = lang
        if (note := EMAIL.search(text, 0, _NOTE)) and len(text) - note.end() > 100 and text.count(",", 0, note.start()) >= 2 \
                and re.match(r"[.;]?\s+[A-ZА-ЯЁ]", text[note.end():]):  # (name, place, post, e-mail)
            text = text[note.end():].lstrip(" .;")  # a note on the author closed by an e-mail, run into the abstract
            if (at := article.text.find(text[:60], block.start, block.end)) > block.start:
                article.masked = sorted([*article.masked, (block.start, at)])  # (its names and places are no facts)
        if not article.abstract.get(lang) and (section := _abstract_section().match(text) or _loud_section(text, loud)):
            text = text[section.end():].strip()  # "Background: Knowledge ...": the text begins after the heading
            if not text:
                continue
        # the keywords a box sets unlabelled right under the abstract's last sentence, joined to it:
        # short phrases apart by commas, no full stop («... выпуска товаров. система управления рисками, ...»)
        tail = _TAIL.search(text)
        if tail and _phrase_list(tail.group(1)) and not article.keywords.get(lang):
            article.keywords[lang] = [" ".join(w.split()) for w in re.split(r"[;,]", tail.group(1)) if w.strip()]
            text = text[: tail.start(1)].strip()
        known = article.abstract.get(lang)
        article.abstract[lang] = f"{known} {text}" if known else text


def _loud_section(text: str, loud: bool) -> re.Match[str] | None:
    """A heading in capitals run into the abstract's first paragraph: any such heading when three
    paragraphs open with one, else a heading word of labels.tsv ("IMPORTANCE In 2020, ...")."""
    m = _LOUD_HEADING.match(text)
    return m if m and (loud or _abstract_section().fullmatch(m.group(0).strip())) else None


_TAIL = re.compile(r"[.!?]\s+([^.!?]+[^.!?\s])\s*$")
