"""English lemmas from the rule tables of spaCy's English lemmatizer, without running a tagger.

spaCy's tagger and lemmatizer together cost as much as its NER; lemmas are all the later stages
need of them. A word is looked up in the exception lists, then reduced by the suffix rules of each
part of speech until a form in that part's index appears, and the result is cached.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

_ORDER = ("verb", "noun", "adj", "adv")


@cache
def closed_words() -> frozenset[str]:
    """English words of the closed classes (prepositions, pronouns, conjunctions, auxiliaries):
    spaCy's English stop words, read from its language data without loading a model."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


class EnglishLemmas:
    """Lower-case lemmas of English words ("signed" -> "sign", "customs" -> "custom")."""

    def __init__(self, lookups: Any, stop_words: frozenset[str] | set[str]) -> None:
        index = lookups.get_table("lemma_index")
        exceptions = lookups.get_table("lemma_exc")
        rules = lookups.get_table("lemma_rules")
        self._index = {pos: frozenset(index.get(pos, ())) for pos in _ORDER}
        self._exceptions = {pos: dict(exceptions.get(pos, {})) for pos in _ORDER}
        self._rules = {pos: [tuple(r) for r in rules.get(pos, ())] for pos in _ORDER}
        self._stop_words = stop_words
        self.lemma = lru_cache(maxsize=100_000)(self._lemma)

    def known(self, word: str) -> bool:
        """Whether a word is a common English word, in the lemmatizer's index of words or a stop word
        ("Apparel", "Trade", "East"; not "Microsoft", "Vietnam")."""
        low = word.lower()
        if low in self._stop_words:
            return True
        lemma = self.lemma(word)
        return any(low in index or lemma in index for index in self._index.values())

    def _lemma(self, word: str) -> str:
        low = word.lower()
        for pos in _ORDER:
            found = self._exceptions[pos].get(low)
            if found:
                return str(found[0])
        if low in self._stop_words or (word.isupper() and len(word) > 1):
            return low  # "its", "as"; abbreviations such as "CIS" are not plurals
        # -ed/-ing forms are verbs before they are adjectives; plurals are nouns
        order = ("verb", "noun", "adj") if low.endswith(("ed", "ing")) else ("noun", "verb", "adj")
        for pos in order:
            for old, new in self._rules[pos]:
                if old and low.endswith(old):
                    form = low[: len(low) - len(old)] + new
                    if form in self._index[pos]:
                        return form
        return low
