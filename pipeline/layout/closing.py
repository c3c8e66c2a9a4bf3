"""The other language's block where a Russian journal sets it, after the body: its abstract above its
labelled keywords or closing the article without a label, its names and its title in capitals above."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.cues import label
from ..nlp.lang import block_language
from ..record import Article, Block
from .front import authors_of, emails, without_note_mark
from .zones import LABEL_MARK


def before_keywords(article: Article) -> None:
    """Anywhere in the article (an English block after a Russian body), the prose right before
    labelled keywords is the abstract of their language when that language has none."""
    blocks = article.blocks
    have = {b.lang for b in blocks if b.kind == "abstract"}
    main = block_language(article.text[:2000], "ru")
    for i, block in enumerate(blocks[1:], 1):
        before = blocks[i - 1]
        text = article.block_text(before)
        lang = block_language(article.block_text(block), block.lang)
        if block.kind == "keywords" and before.kind == "paragraph" and block_language(text, before.lang) == lang not in have \
                and (len(text) >= 100 or lang != main):
            # in the other language, the paragraphs of prose in it right above are the abstract, however many
            first = i - 1
            while lang != main and first > 0 and blocks[first - 1].kind == "paragraph" \
                    and block_language(article.block_text(blocks[first - 1]), blocks[first - 1].lang) == lang \
                    and not authors_of(article.block_text(blocks[first - 1])) \
                    and not emails(article.block_text(blocks[first - 1])) \
                    and len(re.findall(r"[^\W\d_]{2,}", article.block_text(blocks[first - 1]).split("://")[0])) >= 4:
                # up to the names of the block's authors ("Eferina E.G., Korolkova A.V.") or their addresses, or
                # what is no prose (a dash, a link: the end of the reference list before the block)
                first -= 1
            for b in blocks[first:i]:
                b.kind = "abstract"
            have.add(lang)
            _title_over_names(article, first, lang)


def closing_abstract(article: Article) -> None:
    """The prose that closes an article in the other language than its body, without a label word (the
    English block a Russian journal prints after the reference list: title, names, affiliation, then
    the abstract), is that language's abstract when it has none: up to three paragraphs, with sentences."""
    main = block_language(article.text[:2000], "ru")
    closing: list[Block] = []
    for block in reversed(article.blocks):
        text = article.block_text(block)
        if block.kind in ("paragraph", "keywords") and block_language(text, block.lang) != main:
            closing.insert(0, block)
            continue
        break
    while closing and authors_of(article.block_text(closing[0])):
        closing.pop(0)  # the names under the block's title are no abstract
    prose = [b for b in closing if b.kind == "paragraph"]
    text = " ".join(article.block_text(b) for b in prose)
    lang = block_language(text, "en")
    if not prose or len(prose) > 3 or len(text) < 100 or not re.search(r"[.!?](?:\s|$)", text) \
            or any(b.kind == "abstract" and b.lang == lang for b in article.blocks):
        return
    for b in prose:
        b.kind, b.lang = "abstract", lang
    _title_over_names(article, article.blocks.index(prose[0]), lang)


def _title_over_names(article: Article, at: int, lang: str) -> None:
    """The line in capitals over the names above an abstract in the other language, when that language
    has no title yet: its title («REVIEW OF STOCHASTIC RUNGE-KUTTA SCHEMAS» / "Gevorkyan M.N., ...")."""
    names, title = at - 1, at - 2
    if lang in article.titles or title < 0 or not authors_of(article.block_text(article.blocks[names])):
        return
    text = " ".join(article.block_text(article.blocks[title]).split())
    if article.blocks[title].kind in ("heading", "paragraph") and text.isupper() and 10 <= len(text) <= 300 \
            and block_language(text, lang) == lang:
        article.blocks[title].kind = "title"
        article.titles[lang] = without_note_mark(text)


@cache
def _run_in() -> re.Pattern[str]:
    """A keywords label after an abstract's last sentence, on its line ("... in Julia. Key words: ...")."""
    return re.compile(rf"(?<=[.!?])[ \t]+(?=(?i:{label('keywords')}){LABEL_MARK}\s*[:.—–-])")


_NEXT_SENTENCE = re.compile(r"[.][ \t]+(?=[A-ZА-ЯЁ][a-zа-яё]+[ \t]+[a-zа-яё]+[ \t]+[a-zа-яё]+)")


def run_in_keywords(article: Article) -> None:
    """An abstract whose paragraph runs on into its labelled keywords and on into a sentence after them
    (a grant's note): three blocks, the abstract, the keywords and the rest; so too a paragraph of the
    head, before the body's first heading («Постановка задачи: ... Методы: ... Ключевые слова: ...»)."""
    first_heading = next((b.start for b in article.blocks if b.kind == "heading"), len(article.text))
    head = min(first_heading, len(article.text) // 5)
    for at in range(len(article.blocks) - 1, -1, -1):
        block = article.blocks[at]
        opening = block.kind == "paragraph" and block.end <= head
        label_at = _run_in().search(article.text, block.start, block.end) if block.kind == "abstract" or opening else None
        if label_at is None:
            continue
        start = label_at.end()
        after = _NEXT_SENTENCE.search(article.text, start, block.end)
        end = after.start() + 1 if after else block.end
        pieces = [Block(block.kind, block.start, label_at.start(), block.lang, block.page),
                  Block("keywords", start, end, block.lang, article.page_at(start))]
        if after:
            pieces.append(Block("paragraph", after.end(), block.end, block.lang, article.page_at(after.end())))
        article.blocks[at:at + 1] = pieces
