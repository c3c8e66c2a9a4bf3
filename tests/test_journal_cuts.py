"""Page ranges cut from an issue (tests/data/journal/cut): the first page opens with the end of the
article before (its last paragraphs, reference list, note on its author, citation line; the parts
in tests/data/journal/previous), in one and two columns, Russian and English. The article's own
parts come back, and nothing of the other article is read as its body."""

from __future__ import annotations

import json
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest
from helpers import shared_models

from pipeline import analyze
from pipeline.evaluate.structure import score
from pipeline.record import Article
from pipeline.serialize import to_dict

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
CUT = JOURNAL / "cut"
sys.path.insert(0, str(JOURNAL.parents[2] / "scripts"))
from typeset_journal import body_paragraphs  # noqa: E402

MANIFEST = json.loads((CUT / "manifest.json").read_text("utf-8"))
PDFS = [entry["pdf"] for entry in MANIFEST]


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[Article, dict[str, Any], dict[str, Any]]]:
    out = {}
    for entry in MANIFEST:
        description = json.loads((JOURNAL / entry["article"]).read_text("utf-8"))
        tail = json.loads((JOURNAL / "previous" / f"{description['language']}.json").read_text("utf-8"))
        printed = {part: tail[part] for part in entry["previous"]}
        out[entry["pdf"]] = (analyze(CUT / entry["pdf"], models=shared_models()), description, printed)
    return out


def _pieces(printed: dict[str, Any]) -> list[str]:
    """Every paragraph, entry, note and citation line of the other article that the page prints."""
    return [p for value in printed.values() for p in (value if isinstance(value, list) else [value])]


@pytest.mark.parametrize("pdf", PDFS)
def test_the_article_before_is_neither_body_nor_facts(read: dict, pdf: str) -> None:
    article, description, printed = read[pdf]
    for piece in _pieces(printed):
        words = " ".join(piece.split()[2:8])
        assert words not in article.text, words
    facts = " ".join([o.name for o in article.organisations] + [t.title for t in article.treaties])
    for word in ("Мурманск", "Баренц", "Redlands", "vineyard", "Shevelev", "Шевелёв", "Ellison"):
        assert word not in facts
    characters = [int(m.group(1)) for w in article.warnings if "previous article" in w
                  and (m := re.search(r"(\d+) characters", w))]
    assert characters and characters[0] >= 0.9 * sum(len(p) for p in _pieces(printed)), article.warnings
    first = " ".join(body_paragraphs(description)[0].split()[:8])
    assert first in " ".join(article.text.split()), "the article's own body stays"


@pytest.mark.parametrize("pdf", PDFS)
def test_title_authors_abstract_and_keywords_are_the_articles(read: dict, pdf: str) -> None:
    article, description, _ = read[pdf]
    lang = description["language"]
    title = article.titles.get(lang) or article.title or ""
    assert SequenceMatcher(None, title.lower(), description["titles"][lang].lower()).ratio() >= 0.9, title
    assert [a.name for a in article.authors] == [a["name"][lang] for a in description["authors"]]
    abstract = " ".join(article.abstract.get(lang, "").split())
    # a structured abstract's first label («Введение.») may be taken off its start
    assert " ".join(description["abstract"][lang].split()[1:9]) in abstract[:200], abstract[:80]
    assert article.keywords.get(lang) == description["keywords"][lang]
    assert article.identifiers["doi"] == description["doi"]


def test_the_parts_of_the_cuts_are_all_right(read: dict, tmp_path: Path) -> None:
    for pdf, (article, _, _) in read.items():
        (tmp_path / f"{pdf}.json").write_text(json.dumps(to_dict(article), ensure_ascii=False), "utf-8")
    result = score(tmp_path, CUT)
    assert result["cases"] == 26
    assert result["overall"] == 1.0, result["parts"]
