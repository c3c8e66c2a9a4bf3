"""A note on one of the article's own authors after the body: the name as the byline gives it, then who
the author is ("Karla K. Gower is the Behringer Distinguished Professor in ...", "Elmie Nekmat is
assistant professor in ..."): apparatus, whatever bodies it names. Notes that say what an author
studied or where he or she was born are told without the byline (`biography.biography`)."""

from __future__ import annotations

import re

from ..record import Author

_TURN = re.compile(r"(?:\s*\([^()]{1,60}\))?,?\s+(?:is|was|has|holds|works|serves|leads|heads|received|earned|"
                   r"является|работает|руководит)\b|,?\s*[—–]\s")
_SHORTEST = 5  # characters of a name at least, so that no initial alone opens a note


def on_an_author(paragraph: str, authors: list[Author]) -> bool:
    """Whether a paragraph opens with the name of one of `authors` and goes on to say who that is."""
    text = " ".join(paragraph.split())
    return len(text) <= 2000 and any(
        len(a.name) >= _SHORTEST and text.startswith(a.name) and _TURN.match(text, len(a.name)) for a in authors)
