"""The customs news sets kept outside the repository (tests/data/customs_news): every annotation has a source to
rebuild its text from, and the English cleaners make plain paragraphs of markdown as the sets were made."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from customs_english import SOURCES, clean_article, clean_page  # noqa: E402
from customs_news import FOLDERS, RECORDS  # noqa: E402

DATA = ROOT / "tests" / "data" / "customs_news"


def test_every_annotated_text_has_its_source() -> None:
    rows = [line.split("\t") for line in RECORDS.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    russian = {(group, stem) for group, stem, _, _ in rows}
    english = {(s.group, s.stem) for s in SOURCES}
    annotated = {(p.parent.parent.name, p.name.removesuffix(".gold.json")) for p in DATA.glob("*/gold/*.gold.json")}
    assert annotated == russian | english and set(FOLDERS) == {g for g, _ in russian}
    for path in DATA.glob("*/gold/*.gold.json"):
        gold = json.loads(path.read_text("utf-8"))
        assert gold["file"] == path.name.removesuffix(".gold.json") + ".txt" and gold["language"] in ("ru", "en")


def test_an_encyclopedia_article_becomes_plain_paragraphs() -> None:
    raw = (b"The **Andean Community** ([Spanish](https://x.org): *Comunidad Andina*)[1] is a\n"
           b"trade bloc.\n\n* Bolivia\n* Peru\n\n## References\n\n1. Smith, 2001.\n")
    text = clean_article(raw, "Andean Community")
    assert text == "Andean Community\n\nThe Andean Community (Spanish: Comunidad Andina) is a trade bloc.\n\n- Bolivia\n- Peru\n"


def test_a_news_page_loses_its_front_matter_and_markup() -> None:
    raw = (b"---\ntitle: \"Joint Statement\"\n---\n\nThe <b>United States</b> and the EU\nagreed on a framework.\n\n"
           b"Return to the briefing room\n")
    assert clean_page(raw, "soft", None, None) == "Joint Statement\n\nThe United States and the EU agreed on a framework.\n"
