"""Small builders the tests share."""

from __future__ import annotations

from typing import Any

from pipeline.record import Article, Source


def make_article(text: str = "", name: str = "x.txt", fmt: str = "txt", **fields: Any) -> Article:
    """An article holding `text`, as the stages after cleaning receive it."""
    return Article(source=Source(path=name, name=name, sha256="0" * 64, format=fmt), text=text, **fields)
