"""A place in the text where a legal act is named or referred back to, before acts are merged."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    """One naming of an act: its span, kind, title in the nominative, and what came with it.

    `refer` is set for a reference back without a title of its own («настоящей Конвенции», "the
    Treaty"): `"refer"` points to the act of that kind named last, `"self"` to the act the document is.
    """

    start: int
    end: int
    kind: str
    title: str = ""
    lang: str = "ru"
    date: str | None = None
    number: str | None = None
    parties_span: tuple[int, int] | None = None
    parties_text: list[str] = field(default_factory=list)
    refer: str | None = None
    strong: bool = False  # has a quoted title, a date, a number or a proper name in it
    core: str = ""  # the title without the parties, for matching wordings
    known_only: bool = False  # an act only if it is a well-known one («Конституция Российской Федерации»)
