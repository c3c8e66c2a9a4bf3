"""An act the text names by what it says, in a clause right after the kind word: «закон, согласно
которому наркоманы смогут получать заменитель героина», «резолюция, осуждающая рейд», "a bill that
would ban smoking", "a resolution condemning the raid". The kind words that take such a clause and the
clause's openers are data (act_words.tsv: described, clause); a Russian clause may also open with a
participle that agrees with the kind word. The clause runs to the sentence's end, a semicolon, or a
comma before a conjunction that opens another clause, and at most `_MAX_WORDS` words."""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import any_word, word_set
from ...nlp.morph import Morph
from ...record import Sentence
from .candidate import Candidate
from .lexicon import ACT_WORDS, kind_words

_MAX_WORDS = 20
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:а|но|однако|и|что|чтобы|когда|если|хотя|but|and|while|which|although)\s|\s[—–]\s")


@cache
def _openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comma and an opener of a content clause after a Russian kind word; an opener (with or without
    a comma) after an English one."""
    ru = re.compile(rf",\s+(?i:{any_word(ACT_WORDS, 'clause', lang='ru')})\s")
    en = re.compile(rf",?\s+(?i:{any_word(ACT_WORDS, 'clause', lang='en')})\s")
    return ru, en


def find(sentence: Sentence, text: str, morph: Morph) -> list[Candidate]:
    """The acts of one sentence that a clause after their kind word describes."""
    out = []
    english = not re.search(r"[А-Яа-яЁё]", text[sentence.start:sentence.end])
    described = word_set(ACT_WORDS, "described", lang="en" if english else "ru")
    for i, tok in enumerate(sentence.tokens):
        if tok.lemma not in described or not tok.text.islower() or i + 1 >= len(sentence.tokens):
            continue
        rest = text[tok.end:sentence.end]
        opener = _openers()[1 if english else 0].match(rest)
        if opener is None and (english or not _agreeing_participle(tok.text, rest, morph)):
            continue
        start = opener.end() if opener else len(rest) - len(rest.lstrip(", \t\n"))
        stop = m.start() if (m := _CLAUSE_END.search(rest, start)) else len(rest)
        words = list(re.finditer(r"\S+", rest[start:stop]))[:_MAX_WORDS]
        if len(words) < 2:
            continue
        clause = " ".join([_nominative(words[0].group(0), morph) if opener is None and not english else words[0].group(0)]
                          + [w.group(0) for w in words[1:]]).rstrip(",")
        link = " ".join(rest[:start].split())  # «, согласно которому», ", under which", "," or nothing
        head = tok.text if english else tok.lemma
        title = f"{head}{link if link.startswith(',') or not link else ' ' + link} {clause}"
        out.append(Candidate(start=tok.start, end=tok.end + start + words[-1].end(), kind=kind_words().get(tok.lemma, "law"),
                             title=title, core=title, lang="en" if english else "ru", strong=True))
    return out


def _agreeing_participle(head: str, rest: str, morph: Morph) -> bool:
    """«резолюция, осуждающая ...», «резолюцию, осуждающую ...»: a comma, then a full participle in the
    kind word's gender and case."""
    m = re.match(r",\s+([а-яё]+)\s", rest)
    if m is None:
        return False
    tag = morph.parse(head)[0].tag
    return any(p.tag.POS == "PRTF" and p.tag.case == tag.case and p.tag.gender == tag.gender for p in morph.parse(m.group(1)))


def _nominative(participle: str, morph: Morph) -> str:
    """The participle that opens the clause in the nominative, as the kind word is put («осуждающую» → «осуждающая»)."""
    for p in morph.parse(participle):
        if p.tag.POS == "PRTF" and (form := p.inflect({"nomn"})) is not None:
            return str(form.word)
    return participle
