"""Journal PDFs typeset from known content (tests/data/journal): what the layout adds comes off, what
the article says comes back. Each PDF is read once for the module."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
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
sys.path.insert(0, str(JOURNAL.parents[2] / "scripts"))
from typeset_journal import body_paragraphs, footnotes  # noqa: E402

MANIFEST = json.loads((JOURNAL / "pdf" / "manifest.json").read_text("utf-8"))
PARTS_FLOOR = 0.75  # share of title, abstract, keywords and authors cases right over the fourteen PDFs


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[Article, dict[str, Any]]]:
    out = {}
    for entry in MANIFEST:
        description = json.loads((JOURNAL / entry["article"]).read_text("utf-8"))
        out[entry["pdf"]] = (analyze(JOURNAL / "pdf" / entry["pdf"], models=shared_models()), description)
    return out


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


PDFS = [entry["pdf"] for entry in MANIFEST]


@pytest.mark.parametrize("pdf", PDFS)
def test_the_body_comes_back_whole_and_alone(read: dict, pdf: str) -> None:
    article, description = read[pdf]
    body = _words(" ".join(body_paragraphs(description)))
    kept = sum((body & _words(article.text)).values()) / sum(body.values())
    assert kept >= 0.99, f"{kept:.3f} of the body's words kept"
    journal = description["journal"]["name"][description["language"]]
    assert journal not in article.text, "the running head stays out of the text"
    for note in footnotes(description):
        assert " ".join(note.split()[:6]) not in article.text, "footnotes stay out of the text"


@pytest.mark.parametrize("pdf", PDFS)
def test_title_authors_footnotes_references_and_doi(read: dict, pdf: str) -> None:
    article, description = read[pdf]
    lang = description["language"]
    title = article.titles.get(lang) or article.title or ""
    assert SequenceMatcher(None, title.lower(), description["titles"][lang].lower()).ratio() >= 0.9, title
    surnames = {a["name"][lang].split()[-1] for a in description["authors"]}  # given names first
    # printed either way round ("Anna Petrova", «Петрова Анна Сергеевна»)
    assert len(article.authors) == len(surnames)
    assert all(any(s in a.name.split() for a in article.authors) for s in surnames), [a.name for a in article.authors]
    notes = " ".join(f.text for f in article.footnotes)
    for note in footnotes(description):
        assert " ".join(note.split()[:6]) in " ".join(notes.split()), note[:60]
    printed = len(description["references"])  # a transliterated list ("references_en") repeats the works
    assert 0.85 * printed <= len(article.references) <= printed
    assert article.identifiers["doi"] == description["doi"]


@pytest.mark.parametrize("pdf", [p for p in PDFS if "en_nature" in p])
def test_an_abstract_set_apart_without_a_label(read: dict, pdf: str) -> None:
    """A Nature Portfolio page: the abstract is the bold paragraph under the names, no label word; the
    body runs on under it without a heading."""
    article, description = read[pdf]
    abstract = description["abstract"]["en"]
    assert SequenceMatcher(None, article.abstract.get("en", "")[:300], abstract[:300]).ratio() >= 0.9
    assert article.text.count(abstract[:60]) == 1


def test_the_parts_of_the_typeset_pdfs_score_above_their_floor(read: dict, tmp_path: Path) -> None:
    for pdf, (article, _) in read.items():
        (tmp_path / f"{pdf}.json").write_text(json.dumps(to_dict(article), ensure_ascii=False), "utf-8")
    result = score(tmp_path, JOURNAL / "pdf")
    assert result["cases"] == 70
    assert result["overall"] >= PARTS_FLOOR, result["parts"]


def test_a_journal_article_made_by_others_gives_its_parts(tmp_path: Path) -> None:
    """A PeerJ article (CC BY 4.0): sidebar, structured abstract, "Keywords" without a colon."""
    real = JOURNAL.parent / "journal_real"
    article = analyze(real / "en_peerj_vespa.pdf", models=shared_models())
    (tmp_path / "en_peerj_vespa.pdf.json").write_text(json.dumps(to_dict(article), ensure_ascii=False), "utf-8")
    result = score(tmp_path, real)
    parts = {name: right for a in result["articles"] for name, right in a["cases"].items()}
    assert parts["title"] and parts["authors"] and parts["keywords:en"] and parts["abstract:en"], parts
    assert article.identifiers["doi"] == "10.7717/peerj-cs.118"
    # the author-year list in the Vancouver style ("Altschul SF, Madden TL, ...") is the reference
    # list, not body text, and nothing in it becomes an organisation
    assert 22 <= len(article.references) <= 26
    assert "Nucleic Acids Research" not in article.text
    names = {o.name for o in article.organisations}
    assert not names & {"Nucleic Acids Research", "BMC Bioinformatics", "Molecular Biology and Evolution",
                        "Data Preparation", "Selectome"}, names
    assert "Academic editor" not in article.text and "Creative Commons" not in article.text
