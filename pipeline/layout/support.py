"""Notes of support: what funded the work and whom the authors thank («Работа выполнена при поддержке
РНФ, грант № 22-28-00456», "We thank ...; this work was supported by ..."), told by the labels' words
for support and thanks (data/labels.tsv) and by the numbers grants carry."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon.cues import label


@cache
def _support() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?<![^\W\d_]){label('self')}(?![^\W\d_])", re.I),
            re.compile(rf"(?<![^\W\d_]){label('funding', 'thanks')}", re.I),
            re.compile(rf"(?<![^\W\d_]){label('thanks')}", re.I))


# an author named by initials as the one supported or thanking ("A.D. is supported by", «А.И. благодарит»)
_AUTHOR_BY_INITIALS = re.compile(r"\b(?:[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.|[A-Z]{2,4})\s+(?:is|was|are|were|acknowledges|thanks|благодарит|выражает)\b")
# a grant's or a contract's number: «№ 19-11-00123», "DE-AC02-07CH11359", "ANR-11-LABX-0005-01", "MR/L003120/1"
_GRANT = re.compile(r"(?:№|No\.?|N\.)\s*\d|\b[A-Z]{2,}[-‐]?\d[\w-]*\d|\b\d{2,}[-/]\d{2,}[-/]?\d*|\b[A-Z]{1,4}/?\d{2,}/\d*")


def thanks_or_funding(paragraph: str) -> bool:
    """Whether a paragraph holds a word of support or thanks («благодарим», "funded by", "We thank")."""
    return bool(_support()[1].search(paragraph))


def speaks_of_support(paragraph: str) -> bool:
    """Whether a paragraph holds a word of support or thanks, or a grant's number."""
    return bool(_support()[1].search(paragraph) or _GRANT.search(paragraph))


@lru_cache(maxsize=4096)  # each paragraph is asked about by several rules: see forget()
def support_statement(paragraph: str) -> bool:
    """Whether a paragraph says what supported the work: the article speaking of itself, with thanks or
    a grant's number, and two words of support or thanks («Работа выполнена при поддержке РНФ; авторы
    благодарят ...», "We acknowledge ... were supported ..."), or one beside a grant's number («за счёт
    гранта РНФ № 22-28-00456»), in a short note that speaks of a grant ("This publication was made
    possible by a grant from ...") or in a note under a mark ("* This manuscript has been authorized by ...")."""
    text = " ".join(paragraph.split())
    if len(text) > 3000:  # (a long list of thanks to people, seminars and funders is one still)
        return False
    self_, support, thanks = _support()
    if not (self_.search(text) or _AUTHOR_BY_INITIALS.search(text)):
        return False  # (asked first: most paragraphs fail it)
    found = {m.group(0).lower() for m in support.finditer(text)}
    # one grant named: "made possible by a grant from ...", «при поддержке гранта»
    granted = len(text) < 600 and re.search(r"(?i)\b(?:a|the)\s+grant\b|\bgrant\s+(?:from|of|by|(?:no\.?\s*)?[a-z]*\d{3,})\b"
                                            r"|\bгрант(?:а|ом|у)?\b", text)
    if not found or not (thanks.search(text) or _GRANT.search(text) or granted):
        return False
    return len(found) >= 2 or bool(_GRANT.search(text) or granted) or bool(re.match(r"[*∗⁎†‡]|\d{1,2}\s", text))
