"""Trade arrangements between states named as partnerships or areas, with no kind word of an act:
«Транстихоокеанское партнёрство», «участники Трансатлантического торгового и инвестиционного партнёрства»,
"the Regional Comprehensive Economic Partnership", "the Deep and Comprehensive Free Trade Area". The name is
capitalised words before the head (`act_words.tsv` partnership); a capital inside a sentence says it is a
proper name, at a sentence's start a word of trade in it must (partnership_field: «Стратегическое
партнёрство России и Китая» is none). An English name needs a word of trade all the same ("Eastern
Partnership", "Global Partnership for Education" are none). Each is an act of kind `agreement`, titled in
the nominative, and so the same act as the registry's of that name."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word, word_set
from ...nlp.morph import Morph
from .candidate import Candidate
from .lexicon import ACT_WORDS

_ENDING = r"(?:ое|ее|ого|его|ому|ему|ым|им|ом|ем)"  # of an adjective before a neuter noun
_RU_FIRST = rf"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?{_ENDING}"
_RU_MORE = rf"[А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё]+)?{_ENDING}"
_EN_WORD = r"[A-Z][\w’'-]*"
_SENTENCE_END = re.compile(r"(?:[.!?…]\s+|\n\s*|[«\"“(]\s*)$")


@cache
def _names() -> re.Pattern[str]:
    head = any_word(ACT_WORDS, "partnership", lang="ru")
    english = any_word(ACT_WORDS, "partnership", lang="en", whole=True)
    russian = (rf"(?P<ru>{_RU_FIRST}(?:[ \t]+(?:и[ \t]+)?{_RU_MORE})*)[ \t]+"
               rf"(?P<head>{head}[а-яё]{{0,3}})(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{russian}|(?P<en>(?!The[ \t]){_EN_WORD}(?:[ \t]+(?:and[ \t]+)?{_EN_WORD}){{0,5}}?)[ \t]+"
                      rf"(?P<en_head>{english}))")


def find(text: str, morph: Morph) -> list[Candidate]:
    """Every naming of a trade arrangement as a partnership or an area in `text`."""
    out = []
    fields = tuple(word_set(ACT_WORDS, "partnership_field"))
    for m in _names().finditer(text):
        words = (m.group("ru") or m.group("en")).lower()
        trade = any(w.startswith(fields) for w in re.split(r"[\s-]+", words))
        if m.group("en"):
            if not trade and "Trade" not in m.group("en_head"):
                continue
            title = " ".join(m.group(0).split())
            out.append(Candidate(start=m.start(), end=m.end(), kind="agreement", title=title, core=title, lang="en",
                                 strong=True))
            continue
        if not trade and (m.start() == 0 or _SENTENCE_END.search(text[max(0, m.start() - 4):m.start()])):
            continue
        title = morph.to_nominative(" ".join(m.group(0).split()))
        out.append(Candidate(start=m.start(), end=m.end(), kind="agreement", title=title[:1].upper() + title[1:],
                             core=title, lang="ru", strong=True))
    return out
