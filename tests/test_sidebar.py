"""A side column beside the abstract, above a body in two columns (the editors and the correspondence
of a Frontiers article, the article's history of an Elsevier one): the abstract is read whole, in its
order, and the side column's names stay out of it. Typeset here from the articles of tests/data/journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shared_models

from pipeline import analyze

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIDE = {
    "en": ["*Edited by:*", "Kerstin Lindqvist, Lund", "University, Sweden", "*Reviewed by:*", "Pedro Alvarez,",
           "University of Porto,", "Portugal", "*Correspondence:*", "Anna Berg, Faculty of", "Economics, 12 Harbour",
           "Road, Oslo, Norway"],
    "ru": ["*Информация о статье*", "Поступила: 14.03.2023", "Принята: 20.05.2023", "*Рецензенты:*",
           "Петров И. С., Уральский", "государственный", "университет", "*Для переписки:*", "Иванова А. Б.,",
           "ул. Садовая, 12, Москва"],
}


def _typeset(description: dict, language: str, out: Path) -> None:
    typst = pytest.importorskip("typst", reason="the typst wheel is not installed (it comes with pip install -e '.[dev]')")
    abstract = description["abstract"][language]
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:6]
    side = " \\\n".join(line if line.startswith("*") else f"#{json.dumps(line, ensure_ascii=False)}"
                        for line in SIDE[language])
    body = "\n\n".join(f"#{json.dumps(p, ensure_ascii=False)}" for p in paragraphs)
    source = f"""#set page(width: 595pt, height: 842pt, margin: 50pt)
#set text(font: "DejaVu Serif", size: 10pt, lang: "{language}")
#set par(justify: true)
#align(center, text(15pt, weight: "bold")[#{json.dumps(description["titles"][language], ensure_ascii=False)}])
#align(center)[#{json.dumps(", ".join(a["name"][language] if isinstance(a["name"], dict) else a["name"]
                                     for a in description["authors"]), ensure_ascii=False)}]
#v(14pt)
#grid(columns: (120pt, 1fr), column-gutter: 16pt,
  text(8pt)[{side}],
  [#{json.dumps(abstract, ensure_ascii=False)}])
#v(14pt)
#columns(2, gutter: 16pt)[{body}]
"""
    page = out.with_suffix(".typ")
    page.write_text(source, "utf-8")
    typst.compile(str(page), output=str(out), font_paths=[str(FONTS)], ignore_system_fonts=True)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_the_abstract_beside_a_side_column_is_read_whole(tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    flat = " ".join(article.text.split())
    abstract = " ".join(description["abstract"][language].split())
    words = abstract.split()
    # the abstract's first and last words, in order and unbroken by the side column's lines
    assert " ".join(words[:25]) in flat
    assert " ".join(words[-25:]) in flat
    side_words = {w.strip(",.:*") for line in SIDE[language] for w in line.split() if len(w.strip(",.:*")) > 3}
    start = flat.index(" ".join(words[:25]))
    inside = set(flat[start:start + len(abstract)].split())
    assert not side_words & {w.strip(",.:*") for w in inside}
