"""natasha's NER tagger (slovnet) run on the words the segmenter (razdel) already found.

`Doc.tag_ner` has slovnet split the text into words again with the same tokenizer, and decodes the
tags with a CRF written for batches of padded texts; here the words are handed over and the best
tags of the one unpadded text are found with the same arithmetic in fewer array operations.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def name_spans(text: str, words: list[str], tagger: Any) -> list[tuple[int, int, str]]:
    """(start, stop, type) of each name slovnet's NER `tagger` finds in `text`, whose razdel words are
    `words` (as `tagger(text)` gives them)."""
    from slovnet.markup import BIOMarkup

    if not text.strip():
        return []
    infer = tagger.infer
    (batch,) = infer.encoder([words])
    emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
    path = best_path(emissions[0], infer.model.head.crf.transitions.array)
    tags = [infer.decoder.tags_vocab.decode(tag) for tag in path]
    markup = BIOMarkup.from_tuples(zip(words, tags, strict=True)).to_span(text)
    return [(span.start, span.stop, span.type) for span in markup.spans]


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
