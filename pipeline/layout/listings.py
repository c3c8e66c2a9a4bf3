"""Listings in an article's text: program code, queries, JSON or other data printed as an example.

A paper on software prints what its program reads and writes («"cuisine" : "Узбекистан"»), its
queries ("MATCH (g:Group)") and its code; the names in them are values of a data set or words of a
language, not what the article states. Such paragraphs stay in the text and are read for no facts.
A paragraph is a listing by its syntax: braces, brackets and assignments packed close, key-value pairs
in quotes, lines ended as statements; prose, legal text, lists and tables do not use them so (a list
of names parted by semicolons or a note defining "CI = confidence interval" is no listing).
"""

from __future__ import annotations

import re

_CITED = re.compile(r"\[\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*\s*\]")  # [3], [1, 2]: a citation's brackets
_KEYED = re.compile(r"[\"'][\w$.-]+[\"']\s*:\s*(?=[\"'\[{\d\w-])")  # "name" : "Плов", 'id': 5
_SYNTAX = re.compile(r"[{}\[\]=\\`]")
_BRACES = re.compile(r"[{}]")
_STATEMENT = re.compile(r"(?m)[;{}]\s*$")  # a line ended as code ends one


def listing(paragraph: str) -> bool:
    """Whether a paragraph is code or data rather than prose."""
    text = _CITED.sub(" ", paragraph)
    if len(_KEYED.findall(text)) >= 2:
        return True
    syntax = len(_SYNTAX.findall(text))
    if syntax < 4:
        return False
    solid = len(text) - sum(map(str.isspace, text)) or 1
    braces = len(_BRACES.findall(text))
    ended = len(_STATEMENT.findall(text))
    return syntax >= 0.08 * solid or (braces >= 2 and syntax >= 0.03 * solid) or (ended >= 2 and braces >= 1)


def listings(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `paragraphs` (start, end in `text`) that are listings."""
    return [(start, end) for start, end in paragraphs if listing(text[start:end])]
