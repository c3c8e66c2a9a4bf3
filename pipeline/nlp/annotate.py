"""Sentences, tokens with lemmas, and named-entity mentions: natasha for Russian, spaCy for English.

Library objects are turned into our own `Sentence`, `Token` and `Mention` here and go no further.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..context import Context
from ..record import Article, Mention, Sentence, Token
from .lang import detect
from .models import Models
from .ner import name_spans

_SPACY_TYPES = {"ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": None, "PERSON": "PER", "LAW": "LAW"}
# front matter of an article in another language: title, abstract and keywords in translation
_FRONT = ("title", "abstract", "keywords")
# a translated abstract holds the article's facts again: it is read without loading a model for it
TRANSLATION = "translation"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def regions(article: Article) -> list[tuple[int, int, str]]:
    """Stretches of the text in one language: (start, end, lang), from the blocks when known.

    English front matter of a Russian article (its translated title, abstract and keywords) is a
    region of its own with lang `translation`.
    """
    spans: list[tuple[int, int, str]] = []
    if article.blocks:
        pieces = [
            (b.start, b.end, TRANSLATION if b.lang == "en" and b.kind in _FRONT and article.language == "ru"
             else b.lang)
            for b in article.blocks if b.kind != "table"
        ]
    else:
        pieces = []
        pos = 0
        for para in article.text.split("\n"):
            if para.strip():
                pieces.append((pos, pos + len(para), detect(para, article.language)))
            pos += len(para) + 1
    for start, end, lang in pieces:
        if spans and spans[-1][2] == lang:
            spans[-1] = (spans[-1][0], end, lang)
        else:
            spans.append((start, end, lang))
    return spans


def annotate(article: Article, context: Context) -> Article:
    """Fill `sentences` (with lemmas) and add NER mentions (ORG, LOC, PER) to `mentions`.

    Needs `text` (and `blocks` when known, to route each part to its language's model).
    """
    models = context.models
    block_starts = sorted({b.start for b in article.blocks})
    content = article.content  # citations blanked: no sentence words, no names from them
    for start, end, lang in regions(article):
        chunk = content[start:end]
        mentions: list[Mention] = []
        if lang not in ("ru", "en"):  # a translation, or a language without a model: no names read
            sentences = _plain_english(chunk, start, models)
        elif lang == "en":
            sentences, mentions = _english(chunk, start, models)
        else:
            sentences, mentions = _russian(chunk, start, models)
        article.sentences.extend(s for sentence in sentences for s in _within_blocks(sentence, block_starts))
        for m in mentions:
            m.page = article.page_at(m.start)
        article.mentions.extend(mentions)
    return article


def _within_blocks(sentence: Sentence, block_starts: list[int]) -> list[Sentence]:
    """A sentence cut where a block (paragraph, heading, caption) begins inside it: the sentence
    splitters break at punctuation, so a heading without a full stop ran on into the next block."""
    cuts = block_starts[bisect_right(block_starts, sentence.start) : bisect_left(block_starts, sentence.end)]
    if not cuts:
        return [sentence]
    pieces = []
    starts = [t.start for t in sentence.tokens]  # in order: each piece's tokens are found by bisection
    for start, end in zip([sentence.start, *cuts], [*cuts, sentence.end], strict=True):
        tokens = sentence.tokens[bisect_left(starts, start) : bisect_left(starts, end)]
        if tokens:
            pieces.append(Sentence(tokens[0].start, max(t.end for t in tokens), tokens))
    return pieces


def _russian(text: str, offset: int, models: Models) -> tuple[list[Sentence], list[Mention]]:
    # natasha's segmenter is razdel's tokenizer and sentence splitter: read directly, without its
    # own copies of every word and sentence
    from natasha.span import envelop_spans
    from razdel import sentenize, tokenize

    ner, ids = models.ru.ner, models.ru.word_ids
    morph = models.morph
    sentences, mentions = [], []
    for at, piece in _pieces(text):
        base = offset + at
        words = list(tokenize(piece))
        sents = list(sentenize(piece)) if piece else []
        spans = name_spans(piece, words, ner, ids)
        sentences += [
            Sentence(
                start=base + s.start,
                end=base + s.stop,
                tokens=[Token(t.text, base + t.start, base + t.stop, morph.lemma(t.text)) for t in inside],
            )
            for s, inside in zip(sents, envelop_spans(words, sents), strict=True)
        ]
        mentions += [Mention(type=kind, text=piece[start:stop], start=base + start, end=base + stop)
                     for start, stop, kind in spans]
    return sentences, mentions


def _plain_english(text: str, offset: int, models: Models) -> list[Sentence]:
    """Sentences and words of English text without a model: lemmas are lower-case words."""
    sentences = []
    pos = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        piece = text[pos:end]
        if piece.strip():
            tokens = [
                Token(m.group(), offset + pos + m.start(), offset + pos + m.end(), models.morph.lemma(m.group()))
                for m in _WORD.finditer(piece)
            ]
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(offset + pos + lead, offset + end, tokens))
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return sentences


_PIECE = 20_000  # characters given to a model at once: its arrays, and its cost per character, grow with a doc


def _pieces(text: str, size: int = _PIECE) -> list[tuple[int, str]]:
    """The text cut at paragraph ends (at line ends when a paragraph is longer) into pieces of about
    `size` characters, each with its offset; no sentence or name runs across a paragraph's end."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n\n", start, start + size)
        if cut <= start:
            cut = text.rfind("\n", start, start + size)
        if cut <= start:
            break
        out.append((start, text[start:cut]))
        start = cut + 1
        while start < len(text) and text[start].isspace():
            start += 1
    out.append((start, text[start:]))
    return out


def _english(text: str, offset: int, models: Models) -> tuple[list[Sentence], list[Mention]]:
    english = models.en
    sentences, mentions = [], []
    pieces = _pieces(text)
    # one piece a batch: spaCy pads a batch to its longest piece, and a batch of many long pieces costs more
    # than the pieces one by one (a long text twice as much)
    for (at, _), doc in zip(pieces, english.nlp.pipe((piece for _, piece in pieces), batch_size=1), strict=True):
        base = offset + at
        sentences += [
            Sentence(
                start=base + s.start_char,
                end=base + s.end_char,
                tokens=[
                    Token(t.text, base + t.idx, base + t.idx + len(t.text), english.lemmas.lemma(t.text))
                    for t in s
                    if not t.is_space
                ],
            )
            for s in doc.sents
        ]
        # (an entity may end on a run of blanks, where a masked citation stood: the span stops at its last letter)
        mentions += [Mention(type=kind, text=ent.text.rstrip(), start=base + ent.start_char,
                             end=base + ent.start_char + len(ent.text.rstrip()))
                     for ent in doc.ents if (kind := _SPACY_TYPES.get(ent.label_)) and ent.text.strip()]
    return sentences, mentions
