"""The journal-layout test PDFs: descriptions under tests/data/journal/ typeset by scripts/typeset_journal.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pypdfium2
import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "journal"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typeset_journal", ROOT / "scripts" / "typeset_journal.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


typeset_journal = _script()


def _needs_typst() -> None:
    pytest.importorskip("typst", reason="the typst wheel is not installed (it comes with pip install -e '.[dev]')")


def _text(pdf: Path) -> tuple[int, str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    # pdfium marks a hyphen made by line breaking as U+FFFE; join the word again
    text = "\n".join(pages).replace("\ufffe\r\n", "").replace("\r\n", "\n")
    return len(pages), text


@pytest.mark.parametrize(("text", "expected"), [
    ("без сносок", [{"kind": "text", "text": "без сносок"}]),
    ("слово^[сноска] дальше", [{"kind": "text", "text": "слово"}, {"kind": "note", "text": "сноска"},
                               {"kind": "text", "text": " дальше"}]),
    ("end.^[See [3], p. 5.]", [{"kind": "text", "text": "end."}, {"kind": "note", "text": "See [3], p. 5."}]),
    ("[1] is not a note", [{"kind": "text", "text": "[1] is not a note"}]),
])
def test_split_notes(text: str, expected: list[dict[str, str]]) -> None:
    assert typeset_journal.split_notes(text) == expected


def test_an_unclosed_footnote_is_an_error() -> None:
    with pytest.raises(typeset_journal.ArticleError, match="unclosed footnote"):
        typeset_journal.split_notes("текст^[сноска без конца")


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.json")), ids=lambda p: p.stem)
def test_descriptions_are_complete(path: Path) -> None:
    article = typeset_journal.load_article(path)
    words = sum(len(p.split()) for p in typeset_journal.body_paragraphs(article))
    assert 1500 <= words <= 3000
    assert 3 <= len(article["body"]) <= 5
    assert 3 <= len(typeset_journal.footnotes(article)) <= 6
    assert 10 <= len(article["references"]) <= 20
    if article["language"] == "ru":
        assert len(article["references_en"]) == len(article["references"])
        assert set(article["titles"]) == set(article["abstract"]) == set(article["keywords"]) == {"ru", "en"}


def test_ru_one_column_has_its_pages_and_text(tmp_path: Path) -> None:
    _needs_typst()
    article = typeset_journal.load_article(ARTICLES / "ru_risk_management_aeo.json")
    out = tmp_path / "article.pdf"
    typeset_journal.typeset(article, "ru_one_column", out)
    pages, text = _text(out)
    assert pages >= 5
    flat = " ".join(text.split())
    for expected in ["Научная статья", "УДК " + article["udc"], "Аннотация.", "Ключевые слова:",
                     "Для цитирования:", "Abstract.", "Keywords:", "Список литературы", "References",
                     "Вестник таможенного сотрудничества. 2023. Т. 9, № 2", "ISSN 2710-1231",
                     article["authors"][0]["email"], article["references"][-1]]:
        assert expected in flat
    assert article["titles"]["ru"].upper() in flat
    for paragraph in typeset_journal.body_paragraphs(article)[:3]:
        assert " ".join(paragraph.split()[:6]) in flat
    for note in typeset_journal.footnotes(article):
        assert " ".join(note.split()[:5]) in flat
    assert "^[" not in flat


def test_the_same_description_gives_the_same_bytes(tmp_path: Path) -> None:
    _needs_typst()
    article = typeset_journal.load_article(ARTICLES / "en_aeo_mutual_recognition.json")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    typeset_journal.typeset(article, "en_two_column", first)
    typeset_journal.typeset(article, "en_two_column", second)
    assert first.read_bytes() == second.read_bytes()


def test_all_builds_every_layout_of_the_language(tmp_path: Path) -> None:
    _needs_typst()
    manifest = typeset_journal.build_all([ARTICLES / "en_declaration_data_model.json"], tmp_path)
    assert [entry["layout"] for entry in manifest] == ["en_two_column", "en_one_column", "en_nature"]
    assert json.loads((tmp_path / "manifest.json").read_text("utf-8")) == manifest
    for entry in manifest:
        pages, text = _text(tmp_path / entry["pdf"])
        assert pages == entry["pages"] >= 3
        assert "REFERENCES" in text or "References" in text


def test_a_layout_of_the_other_language_is_refused(tmp_path: Path) -> None:
    article = typeset_journal.load_article(ARTICLES / "en_declaration_data_model.json")
    with pytest.raises(typeset_journal.ArticleError, match="layout ru_one_column is for ru"):
        typeset_journal.typeset(article, "ru_one_column", tmp_path / "x.pdf")


def test_the_committed_pdfs_match_a_fresh_build(tmp_path: Path) -> None:
    _needs_typst()
    committed = json.loads((ARTICLES / "pdf" / "manifest.json").read_text("utf-8"))
    fresh = typeset_journal.build_all(sorted(ARTICLES.glob("*.json")), tmp_path)
    assert [e["pdf"] for e in fresh] == [e["pdf"] for e in committed], "rebuild: scripts/typeset_journal.py --all"
    for entry in fresh:
        assert _text(tmp_path / entry["pdf"]) == _text(ARTICLES / "pdf" / entry["pdf"]), (
            f"{entry['pdf']} is stale: rebuild with scripts/typeset_journal.py --all tests/data/journal/pdf")


def test_the_committed_cuts_match_a_fresh_build(tmp_path: Path) -> None:
    """The page-range cuts open with the end of the article before, over a rule, then the article."""
    _needs_typst()
    committed = json.loads((ARTICLES / "cut" / "manifest.json").read_text("utf-8"))
    fresh = typeset_journal.build_cuts(tmp_path)
    assert [e["pdf"] for e in fresh] == [e["pdf"] for e in committed], "rebuild: scripts/typeset_journal.py --cuts"
    for entry in fresh:
        pages, text = _text(tmp_path / entry["pdf"])
        assert (pages, text) == _text(ARTICLES / "cut" / entry["pdf"]), (
            f"{entry['pdf']} is stale: rebuild with scripts/typeset_journal.py --cuts tests/data/journal/cut")
        tail = typeset_journal.previous_tail("ru" if entry["pdf"].startswith("ru") else "en", entry["previous"])
        first = next(iter(tail.values()))[0] if isinstance(next(iter(tail.values())), list) else next(iter(tail.values()))
        assert " ".join(first.split()[:4]) in " ".join(text.split()[:80])
