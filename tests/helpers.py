"""Small builders the tests share."""

from __future__ import annotations

from functools import cache
from typing import Any

from pipeline.context import Context
from pipeline.nlp.models import Models
from pipeline.record import Article, Source
from pipeline.settings import Settings


def make_article(text: str = "", name: str = "x.txt", fmt: str = "txt", **fields: Any) -> Article:
    """An article holding `text`, as the stages after cleaning receive it."""
    return Article(source=Source(path=name, name=name, sha256="0" * 64, format=fmt), text=text, **fields)


@cache
def shared_models() -> Models:
    """One set of models for every test of the session (each loads on first use)."""
    return Models()


def context(settings: Settings | None = None) -> Context:
    """What a stage is handed besides the article, with the session's models."""
    return Context(shared_models(), settings or Settings())
