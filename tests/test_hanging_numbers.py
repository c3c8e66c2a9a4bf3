"""Reference lists whose numbers hang in a margin of their own, a gap of more than a letter and a half
before each entry (as BioMed Central sets them), typeset here from the articles of tests/data/journal:
every entry is one reference, its number and its authors with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import flat, journal_article, journal_paragraphs, shared_models, typeset, typst_text

from pipeline import analyze

ARTICLES = [("en_aeo_mutual_recognition", "en", "References"), ("ru_risk_management_aeo", "ru", "Список литературы")]


def _source(description: dict, heading: str, gap: str) -> str:
    entries = description["references"][:8]
    rows = ", ".join(f"[{k}.], [{typst_text(entry)}]" for k, entry in enumerate(entries, 1))
    return f"""#set page(width: 595pt, height: 842pt, margin: 60pt)
#set text(font: "DejaVu Serif", size: 9pt)
#set par(justify: true)
{typst_text(flat(description["titles"][description["language"]]))}

{journal_paragraphs(description, 1)}

#text(weight: "bold")[{heading}]

#set text(size: 7pt)
#grid(columns: ({gap}, 1fr), row-gutter: 4pt, {rows})
"""


@pytest.mark.parametrize(("name", "language", "heading"), ARTICLES)
@pytest.mark.parametrize("gap", ["2.6em", "3.4em"])
def test_a_hanging_number_opens_its_entry(name: str, language: str, heading: str, gap: str, tmp_path: Path) -> None:
    description = journal_article(name)
    pdf = tmp_path / f"{name}.pdf"
    typeset(_source(description, heading, gap), pdf)
    article = analyze(pdf, models=shared_models())
    expected = [f"{k}. {flat(entry)}" for k, entry in enumerate(description["references"][:8], 1)]
    assert len(article.references) == len(expected)
    for got, entry in zip(article.references, expected, strict=True):
        assert flat(got.text) == entry
