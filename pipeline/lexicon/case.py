"""Text set in capitals read as a sentence: a title or heading in capitals names no organisation by
its capitals alone («ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС» is «Таможенный транзит в ЕАЭС»)."""

from __future__ import annotations

import re

_LOWER = re.compile(r"[a-zа-яё]")
_WORD = re.compile(r"[^\W\d_]+")


def shouting(text: str) -> bool:
    """Whether a block is set in capitals: two words or more, nearly every letter a capital."""
    lower = len(_LOWER.findall(text))
    if lower * 9 > len(text):  # a tenth of the block in small letters: prose, decided without a word count
        return False
    letters = [c for c in text if c.isalpha()]
    words = [w for w in _WORD.findall(text) if len(w) >= 3]
    return len(letters) >= 8 and len(words) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def sentence_case(text: str, kept: frozenset[str]) -> str:
    """The block in lower case, its first letter a capital, the abbreviations in `kept` as written;
    as long as the text, so that every offset holds."""
    out = _WORD.sub(lambda m: m.group(0) if m.group(0) in kept else m.group(0).lower(), text)
    first = next((i for i, c in enumerate(out) if c.isalpha()), None)
    return out if first is None else out[:first] + out[first].upper() + out[first + 1:]


def capitals_kept(text: str) -> frozenset[str]:
    """The words of a block in title case written all in capitals: abbreviations ("CAF", «ЕАЭС»), which keep them."""
    return frozenset(w for w in _WORD.findall(text) if len(w) >= 2 and w.isupper())


_SMALL_WORDS = frozenset("a an the and or of for in on at by to with from as into over under via vs "
                         "в во и с со по на о об от для из к при за".split())


_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d+)(?:\.(?:[A-Z]|\d+))*\.?\s+(?=[A-ZА-ЯЁ])")


def title_cased(text: str) -> bool:
    """Whether a short block capitalises every word but the little ones ("Comparing Risks of Firearm-Related
    Death ... in Selected US Cities"): its capitals say nothing of names."""
    # a section's number before it ("II.C.", "3.2", «IV.») is no sentence's end
    flat = _NUMBERED.sub("", " ".join(text.split()))
    # a list of names ("Albania, Algeria, Angola and Benin") or a row of cells ("Singapore | Gulf Cooperation
    # Council–Singapore Free Trade Agreement") is no title: they keep their capitals
    if len(flat) > 250 or " | " in flat or "\t" in text or re.search(r"[.!?]\s+[A-ZА-ЯЁ]", flat) or not _LOWER.search(flat) or flat.count(",") >= 2:
        return False
    flat = re.sub(r"[’'](?:s|t)\b", "", flat)  # "Government’s": no word of its own
    words = [w for w in _WORD.findall(flat) if w.lower() not in _SMALL_WORDS]
    if len(words) == len(_WORD.findall(flat)):
        return False  # a title has its little words ("of", "in", «в»); capitalised words alone are names
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 4 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def proper_words(text: str) -> frozenset[str]:
    """The words a text capitalises inside its sentences (after a word in small letters or a comma):
    names, which a block in title case keeps capitalised."""
    return frozenset(w for run in _NAMED_RUN.findall(text) for w in _WORD.findall(run))


# capitalised words after a word in small letters, and the capitalised words of the same name after them
# ("the World Customs Organization", "the Bank of Russia")
_NAMED_RUN = re.compile(r"(?<=[a-zа-яё,;:]\s)[A-ZА-ЯЁ][^\W\d_]*(?:[ -](?:(?:of|for|and|on|the|de)\s)?[A-ZА-ЯЁ][^\W\d_]*)*")
