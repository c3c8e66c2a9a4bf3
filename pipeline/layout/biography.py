"""Notes on the authors that the article prints after its body or at the foot of its first page: the
author's name, then the degree, the post and what the author studied and does."""

from __future__ import annotations

import re
from functools import lru_cache

from .front import POST, SCIENCE_DEGREE, authors_of


def degree_line(paragraph: str) -> bool:
    """An author's full name, a post and a scientific degree on a short line («Чебесков Александр
    Николаевич, главный научный сотрудник ..., доктор технических наук», "Korobeynikov Valerij
    Vasil'evich, Principal Scientist of Department, FSUE «SSC RFIPPE», Dr. Sci. (Engineering), Professor"):
    a note about an author where the article ends, though prose may say as much of a person anywhere."""
    text = " ".join(paragraph.split())
    return len(text) < 400 and bool(POST.search(text)) and bool(SCIENCE_DEGREE.search(text)) and about_a_person(text)


_BIO_TURN = re.compile(
    r"(?:\s*\([^()]{1,60}\))?,?\s+(?:received|earned|obtained|graduated|joined|holds|was\s+born|has\s+been|serves"
    r"|is\s+(?:currently|now|presently|also|a|an|the|with|pursuing|working|(?:Assistant|Associate|Full|Adjunct|Visiting)"
    r"\s+Professor|Professor|Lecturer|Senior\s+Lecturer|Reader))\b"
    r"|,?\s*[—–-]\s|,?\s+(?:родил|окончил|канд\.|д-р|доктор|кандидат|профессор|доцент|(?:главный|ведущий|старший|"
    r"младший)\s+научный|научный\s+сотрудник|заведующий|начальник|директор|инженер|аспирант|студент"
    r"|(?:Principal|Leading|Senior|Junior|Chief)\s+(?:Scientist|Researcher|researcher|scientist|Engineer)"
    r"|(?:Professor|Associate|Assistant|Head|Director|Researcher|Engineer|PhD|Candidate\s+of|Doctor\s+of)\b)")
_BIO_WORDS = re.compile(r"(?i)\bdegree\b|\bPh\.?\s?D\b|\b[BM]\.?\s?(?:Sc|Eng|A)\b|(?:research|scientific) interests|\bborn\b|"
                        r"\bis\s+(?:an?\s+)?(?:(?:assistant|associate|full|adjunct|visiting)\s+)?professor\s+of\s+[\w\s]{3,40},|"
                        r"\bстепен|окончил|родил|научные интересы|научных интересов")


@lru_cache(maxsize=4096)  # each paragraph is asked about by several rules: see forget()
def biography(paragraph: str) -> bool:
    """A note about an author's life after the body: the author's name, then what the author studied
    and does ("STEPHEN C. PHILLIPS received the B.Sc. degree ...", "Anna Lee (Member, IEEE) is
    currently ...", «Иванов Иван Иванович — кандидат технических наук, окончил ...», "Bryanskaya
    Ekaterina Vadimovna – student at the department of ...")."""
    text = " ".join(paragraph.split())
    turn = re.search(r"\s[—–]\s+(?:(?:an?|the)\s+)?", text[:80])  # «... – студентка кафедры», "... – a student at"
    # the name and its turn first: they rule out most paragraphs at the cost of a few anchored matches
    return len(text) <= 2000 and about_a_person(text) and bool(_BIO_WORDS.search(text) or SCIENCE_DEGREE.search(text)
                                                               or turn and POST.match(text, turn.end()))


def about_a_person(paragraph: str) -> bool:
    """A paragraph that opens with one person's name and goes on to say who the person is ("Anna Lee is
    a professor ...", «Иванов Иван Иванович — доцент ...»)."""
    text = " ".join(paragraph.split()).lstrip("■□•▪*∗†‡ ")  # a mark before the note ("■ Simon Jäger is ...")
    words = text.split()
    for size in range(min(5, len(words) - 1), 1, -1):
        name = " ".join(words[:size]).rstrip(",")
        if not _BIO_TURN.match(text, len(name)):
            continue
        names = authors_of(name)
        if names and len(names) == 1:
            return True
    return False


def forget() -> None:
    """Drop the answers kept about the paragraphs of the article read before (one article at a time)."""
    biography.cache_clear()
