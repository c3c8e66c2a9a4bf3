"""natasha's NER tagger (slovnet) run on the words the segmenter (razdel) already found.

`Doc.tag_ner` has slovnet split the text into words again with the same tokenizer, and decodes the
tags with a CRF written for batches of padded texts; here the words are handed over and the best
tags of the one unpadded text are found with the same arithmetic in fewer array operations. The
names' spans are read off the tags at the words' own offsets, which slovnet's markup would find again
in the text the same way razdel found them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

WordIds = Callable[[str], tuple[int, int]]


def word_ids(tagger: Any) -> WordIds:
    """The ids slovnet's NER `tagger` gives a word and the word's shape, kept for the process: a text
    repeats its words, and each word's ids cost a pass over its letters and two lookups."""
    from slovnet.shape import word_shape

    encoder = tagger.infer.encoder
    words, shapes = encoder.words_vocab, encoder.shapes_vocab

    @lru_cache(maxsize=100_000)
    def ids(word: str) -> tuple[int, int]:
        return words.encode(word.lower()), shapes.encode(word_shape(word))

    return ids


def name_spans(text: str, words: list[Any], tagger: Any, ids: WordIds) -> list[tuple[int, int, str]]:
    """(start, stop, type) of each name slovnet's NER `tagger` finds in `text`, whose razdel words
    (with their offsets) are `words` (as `tagger(text)` gives them); `ids` is `word_ids(tagger)`."""
    from slovnet.bio import bio_spans

    if not text.strip():
        return []
    infer = tagger.infer
    pairs = [ids(w.text) for w in words]
    batch = infer.encoder.input([([word for word, _ in pairs], [shape for _, shape in pairs])])
    emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
    path = best_path(emissions[0], infer.model.head.crf.transitions.array)
    decode = infer.decoder.tags_vocab.decode
    tags = [decode(tag) for tag in path]
    return [(span.start, span.stop, span.type) for span in bio_spans(words, tags)]


def best_path(emissions: Any, transitions: Any) -> list[Any]:
    """The CRF's best tag sequence (Viterbi) for one text's emissions (words x tags): the sums and
    the first of equal maxima are those of slovnet's `CRF.decode` on a batch of one unpadded text."""
    count, tags = emissions.shape
    columns = np.arange(tags)
    history = []
    score = emissions[0]
    for index in range(1, count):
        scores = score[:, None] + transitions + emissions[index]  # previous tag x next tag
        best = scores.argmax(0)
        score = scores[best, columns]
        history.append(best)
    last = score.argmax()
    path = [last]
    for best in reversed(history):
        last = best[last]
        path.append(last)
    path.reverse()
    return path
