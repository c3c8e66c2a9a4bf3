"""A first page set as SAGE sets it: each author's name (an initial without a point and a surname) on a
line of its own over the affiliation in small type, the abstract running on over the page, and the
corresponding author's note in small type at the foot of the first page. Typeset here from the articles
of tests/data/journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import shared_models, typeset, typst_text

from pipeline import analyze

JOURNAL = Path(__file__).resolve().parent / "data" / "journal"
CARDS = {
    "en": [("K Lindqvist", "School of Geography, University of Lund, Sweden"),
           ("P Alvarez", "Department of Economics, University of Porto, Portugal"),
           ("E Novak-Berg", "Institute of Transport Economics, Oslo, Norway")],
    "ru": [("Е Смирнова", "Кафедра таможенного дела, Российская таможенная академия, Люберцы, Россия"),
           ("П Алексеев", "Институт экономики, Уральский федеральный университет, Екатеринбург, Россия")],
}
CONTACT = {
    "en": ("Corresponding author:", "K Lindqvist, University of Lund, Sweden.", "Email: k.lindqvist@geo.lu.se"),
    "ru": ("Автор для переписки:", "Е Смирнова, Российская таможенная академия, Россия.", "E-mail: smirnova@rta.ru"),
}
LABEL = {"en": "Abstract", "ru": "Аннотация"}


def _typeset(description: dict, language: str, out: Path) -> None:
    cards = "\n".join(f"#text(11pt)[{typst_text(name)}] \\\n#text(7pt)[{typst_text(place)}]\n#v(8pt)"
                      for name, place in CARDS[language])
    contact = " \\\n".join(typst_text(line) for line in CONTACT[language])
    # the abstract three times over: long enough to run on over the first page's foot
    abstract = " ".join([description["abstract"][language]] * 3)
    paragraphs = [p for section in description["body"] for p in section["paragraphs"]][:4]
    source = f"""#set page(width: 500pt, height: 700pt, margin: 48pt)
#set text(font: "DejaVu Serif", size: 9pt, lang: "{language}")
#set par(justify: true)
#text(16pt)[{typst_text(description["titles"][language])}]
#v(12pt)
{cards}
#v(12pt)
#place(bottom, float: true, clearance: 14pt, text(7pt)[{contact}])
*{LABEL[language]}* \\
{typst_text(abstract)}

#v(12pt)
{chr(10).join(chr(10) + typst_text(p) for p in paragraphs)}
"""
    typeset(source, out)


@pytest.mark.parametrize("name, language", [("en_aeo_mutual_recognition", "en"), ("ru_risk_management_aeo", "ru")])
def test_authors_cards_and_the_contact_note_under_an_abstract_that_runs_over_the_page(
        tmp_path: Path, name: str, language: str) -> None:
    description = json.loads((JOURNAL / f"{name}.json").read_text("utf-8"))
    pdf = tmp_path / f"{name}.pdf"
    _typeset(description, language, pdf)
    article = analyze(pdf, models=shared_models())
    assert [a.name for a in article.authors] == [name for name, _ in CARDS[language]]
    abstract = " ".join(article.abstract.get(language, "").split())
    words = " ".join(description["abstract"][language].split()).split()
    # the abstract whole, its end on the next page included, and no line of the contact's note inside it
    # (a structured abstract's first heading, «Введение.», is left out of it)
    assert abstract[:400].find(" ".join(words[2:14])) >= 0 and abstract.endswith(" ".join(words[-12:]))
    assert CONTACT[language][2].split()[-1] not in article.text and CONTACT[language][1] not in abstract
    assert any(CONTACT[language][2].split()[-1] in note.text for note in article.footnotes)
    organisations = {o.name for o in article.organisations}
    assert not organisations & {"University of Lund", "Российская таможенная академия"}
