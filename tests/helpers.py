"""Small builders the tests share."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

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


FONTS = Path("/usr/share/fonts/truetype/dejavu")


def typst_text(text: str) -> str:
    """Text as a typst string in markup: nothing in it is read as markup."""
    return f"#{json.dumps(text, ensure_ascii=False)}"


def typeset(source: str, out: Path) -> None:
    """Typst markup made a PDF at `out` in the DejaVu faces, its source kept beside it (skipped without typst)."""
    typst = pytest.importorskip("typst", reason="the typst wheel is not installed (it comes with pip install -e '.[dev]')")
    page = out.with_suffix(".typ")
    page.write_text(source, "utf-8")
    typst.compile(str(page), output=str(out), font_paths=[str(FONTS)], ignore_system_fonts=True)


JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
"""Articles described for typesetting in journal layouts: titles, abstracts, keywords and body by language."""


def journal_article(name: str) -> dict[str, Any]:
    """The description of one article of tests/data/journal."""
    return dict(json.loads((JOURNAL / f"{name}.json").read_text("utf-8")))


def journal_paragraphs(description: dict[str, Any], count: int) -> str:
    """The first `count` paragraphs of each section of a described article, as typst strings a blank line apart."""
    return "\n\n".join(typst_text(p) for section in description["body"] for p in section["paragraphs"][:count]
                         if isinstance(p, str))


def flat(text: str | None) -> str:
    """The text with its spaces made single."""
    return " ".join((text or "").split())
