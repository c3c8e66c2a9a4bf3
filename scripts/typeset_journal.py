"""Typeset an article description (JSON) into a PDF in one of seven journal layouts.

The description is the ground truth of the PDF: titles, authors, affiliations, UDC/DOI, abstracts,
keywords, body sections, footnotes (written inline as ``^[text]``), tables and references. The
layouts are typst templates in scripts/journal_layouts/; the article reaches them as one JSON view
through ``sys.inputs``. Output is deterministic: the same description gives the same PDF bytes.

Usage:
    python scripts/typeset_journal.py ARTICLE.json --layout ru_one_column -o out.pdf
    python scripts/typeset_journal.py --all OUTDIR [ARTICLE.json ...]
    python scripts/typeset_journal.py --cuts OUTDIR      # the page-range cuts (CUTS)
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LAYOUT_DIR = Path(__file__).resolve().parent / "journal_layouts"
ARTICLE_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "journal"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# Liberation Serif and Sans (metric twins of Times and Arial), for the layouts that name them only:
# a font more in the book could change another layout's fallback glyphs and so its bytes
LIBERATION_DIR = Path("/usr/share/fonts/truetype/liberation")
EXTRA_FONTS: dict[str, list[Path]] = {"en_nature": [LIBERATION_DIR], "ru_manuscript": [LIBERATION_DIR]}
# a fixed creation date keeps the PDF bytes the same from run to run (SOURCE_DATE_EPOCH)
TIMESTAMP = 1_700_000_000

# each layout and the language of the articles it suits
LAYOUTS: dict[str, str] = {
    "ru_one_column": "ru",
    "ru_two_column": "ru",
    "ru_boxed_abstract": "ru",
    "en_two_column": "en",
    "en_one_column": "en",
    "en_nature": "en",
    "ru_manuscript": "ru",
}
# the optional parts of a description that each layout prints; the rest prints everywhere
# (keywords print wherever the journal has them: a Nature journal prints none)
PRINTS: dict[str, list[str]] = {
    "ru_one_column": ["keywords", "citation", "references_en"],
    "ru_two_column": ["keywords", "citation", "references_en"],
    "ru_boxed_abstract": ["keywords", "funding", "dates", "references_en"],
    "en_two_column": ["keywords", "ccs", "citation"],
    "en_one_column": ["keywords", "dates", "funding"],
    "en_nature": ["dates", "funding"],
    "ru_manuscript": ["keywords", "citation", "references_en"],
}
# page ranges cut from an issue, whose first page opens with the end of the article before (the parts
# of tests/data/journal/previous/<language>.json it prints): across one column, in two columns over the
# title, with or without its reference list, a note on its author and its citation line
CUTS: list[tuple[str, str, list[str]]] = [
    ("ru_risk_management_aeo", "ru_one_column", ["paragraphs", "references", "citation"]),
    ("ru_transit_navigation_seals", "ru_two_column", ["references", "note"]),
    ("ru_transit_navigation_seals", "ru_boxed_abstract", ["paragraphs", "note"]),
    ("en_declaration_data_model", "en_one_column", ["paragraphs"]),
    ("en_aeo_mutual_recognition", "en_two_column", ["paragraphs", "references", "note"]),
]
REQUIRED = ["id", "language", "journal", "titles", "authors", "affiliations", "abstract", "keywords", "body", "references"]
_MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


class ArticleError(ValueError):
    """A description that cannot be typeset: names the file and what was wrong."""


def split_notes(text: str) -> list[dict[str, str]]:
    """Cut a paragraph into text and footnote segments; ``^[...]`` is a footnote, brackets may nest."""
    segments: list[dict[str, str]] = []
    start = 0
    while (open_at := text.find("^[", start)) >= 0:
        depth, end = 0, open_at + 1
        while end < len(text):
            depth += {"[": 1, "]": -1}.get(text[end], 0)
            if depth == 0:
                break
            end += 1
        if depth:
            raise ArticleError(f"unclosed footnote in: {text[open_at:open_at + 60]}")
        if open_at > start:
            segments.append({"kind": "text", "text": text[start:open_at]})
        segments.append({"kind": "note", "text": text[open_at + 2:end]})
        start = end + 1
    if start < len(text):
        segments.append({"kind": "text", "text": text[start:]})
    return segments


def plain_text(text: str) -> str:
    """A paragraph as the reader sees it in the body: without its footnotes and their marks."""
    return "".join(s["text"] for s in split_notes(text) if s["kind"] == "text")


def body_paragraphs(article: dict[str, Any]) -> list[str]:
    """The body's paragraphs in order, footnotes taken out (tables are not paragraphs)."""
    return [plain_text(p) for s in article["body"] for p in s["paragraphs"] if isinstance(p, str)]


def footnotes(article: dict[str, Any]) -> list[str]:
    """The body's footnote texts in the order of their marks (1, 2, ...)."""
    return [seg["text"] for s in article["body"] for p in s["paragraphs"] if isinstance(p, str)
            for seg in split_notes(p) if seg["kind"] == "note"]


def load_article(path: Path) -> dict[str, Any]:
    """Read a description and check that it has what every layout needs."""
    try:
        article = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ArticleError(f"{path}: cannot read the description: {error}") from error
    missing = [key for key in REQUIRED if key not in article]
    if missing:
        raise ArticleError(f"{path}: missing {', '.join(missing)}")
    if article["language"] not in ("ru", "en"):
        raise ArticleError(f"{path}: language must be ru or en, found {article['language']!r}")
    for author in article["authors"]:
        for mark in author.get("marks", []):
            if not 1 <= mark <= len(article["affiliations"]):
                raise ArticleError(f"{path}: author {author['name']} has mark {mark} with no affiliation")
    return article


def cited_name(name: str) -> str:
    """«Иван Петрович Иванов» -> «Иванов И. П.»: the family name is the last word."""
    *given, family = name.split()
    return f"{family} {initials(given)}".strip()


def short_name(name: str) -> str:
    """«Иван Петрович Иванов» -> «И. П. Иванов»."""
    *given, family = name.split()
    return f"{initials(given)} {family}".strip()


def initials(given: list[str]) -> str:
    """The initials of the given names, each with its full stop."""
    return " ".join(word[0] + "." for word in given)


def spelled_date(iso: str, lang: str) -> str:
    """2023-02-14 -> «14 февраля 2023 г.» or "14 February 2023"."""
    year, month, day = (int(x) for x in iso.split("-"))
    suffix = " г." if lang == "ru" else ""
    return f"{day} {_MONTHS[lang][month - 1]} {year}{suffix}"


def numeric_date(iso: str) -> str:
    """2023-02-14 -> 14.02.2023."""
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def _blocks(paragraphs: list[Any], table_numbers: Iterator[int]) -> list[dict[str, Any]]:
    """Paragraphs as segment lists, tables with their number in the article."""
    return [{"kind": "par", "segments": split_notes(item)} if isinstance(item, str)
            else {"kind": "table", "number": next(table_numbers), **item["table"]}
            for item in paragraphs]


def _citation(article: dict[str, Any], lang: str) -> dict[str, str]:
    """The «Для цитирования» line in two halves: the pages go between them."""
    journal = article["journal"]
    names = ", ".join(cited_name(a["name"][lang]) for a in article["authors"])
    doi = f" https://doi.org/{article['doi']}" if article.get("doi") else ""
    if lang == "ru":
        head = (f"{names} {article['titles']['ru']} // {journal['name']['ru']}. {journal['year']}. "
                f"Т. {journal['volume']}, № {journal['issue']}. С. ")
        return {"head": head, "tail": f".{doi}"}
    tail = ". (In Russ.)" if article["language"] == "ru" else "."
    head = (f"{names} {article['titles']['en']}. {journal['name']['en']}, {journal['year']}, "
            f"vol. {journal['volume']}, no. {journal['issue']}, pp. ")
    return {"head": head, "tail": tail + doi}


def to_view(article: dict[str, Any]) -> dict[str, Any]:
    """The plain view the templates read: the description plus the strings derived from it."""
    langs = ["ru", "en"] if article["language"] == "ru" else ["en"]
    table_numbers = itertools.count(1)
    view = dict(article)
    view["authors"] = [
        {**a, "short": {lang: short_name(a["name"][lang]) for lang in langs},
         "cited": {lang: cited_name(a["name"][lang]) for lang in langs}}
        for a in article["authors"]
    ]
    view["body"] = [
        {"heading": s["heading"], "number": n, "blocks": _blocks(s["paragraphs"], table_numbers)}
        for n, s in enumerate(article["body"], start=1)
    ]
    view["citation"] = {lang: _citation(article, lang) for lang in langs}
    view["dates_spelled"] = {
        key: {"ru": spelled_date(iso, "ru"), "en": spelled_date(iso, "en"), "numeric": numeric_date(iso)}
        for key, iso in article.get("dates", {}).items()
    }
    view["running_authors"] = {
        lang: (short_name(article["authors"][0]["name"][lang])
               + ("" if len(article["authors"]) == 1 else (" и др." if lang == "ru" else " et al.")))
        for lang in langs
    }
    return view


def typeset(article: dict[str, Any], layout: str, out: Path, previous: dict[str, Any] | None = None) -> None:
    """Write the article as a PDF in the named layout; `previous`, the end of the article before it,
    opens its first page."""
    if layout not in LAYOUTS:
        raise ArticleError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    if LAYOUTS[layout] != article["language"]:
        raise ArticleError(f"{article['id']} is in {article['language']}, layout {layout} is for {LAYOUTS[layout]}")
    import typst

    out.parent.mkdir(parents=True, exist_ok=True)
    fonts = [str(d) for d in [FONT_DIR, *EXTRA_FONTS.get(layout, [])] if d.is_dir()]
    view = json.dumps({**to_view(article), **({"previous": previous} if previous else {})}, ensure_ascii=False)
    try:
        typst.compile(
            str(LAYOUT_DIR / f"{layout}.typ"), output=str(out), root=str(LAYOUT_DIR),
            font_paths=fonts, ignore_system_fonts=True, sys_inputs={"view": view},
            timestamp=TIMESTAMP, pdf_tags=False,
        )
    except typst.TypstError as error:
        raise ArticleError(f"{article['id']} in {layout}: {error.message}\n{error.diagnostic}") from error


def build_all(paths: list[Path], outdir: Path) -> list[dict[str, Any]]:
    """Typeset every article in every layout of its language; write and return the manifest."""
    outdir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for path in paths:
        article = load_article(path)
        for layout, lang in LAYOUTS.items():
            if lang != article["language"]:
                continue
            out = outdir / f"{article['id']}.{layout}.pdf"
            typeset(article, layout, out)
            manifest.append({"pdf": out.name, "article": path.name, "layout": layout,
                             "prints": PRINTS[layout], "pages": _pages(out), "bytes": out.stat().st_size})
    (outdir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    return manifest


def previous_tail(language: str, parts: list[str]) -> dict[str, Any]:
    """The parts of the end of an article in `language` that a cut page prints before the next one."""
    tail = json.loads((ARTICLE_DIR / "previous" / f"{language}.json").read_text(encoding="utf-8"))
    unknown = set(parts) - set(tail)
    if unknown:
        raise ArticleError(f"previous/{language}.json has no {', '.join(sorted(unknown))}")
    return {key: tail[key] for key in [*parts, *(["references_heading"] if "references" in parts else [])]}


def build_cuts(outdir: Path) -> list[dict[str, Any]]:
    """Typeset every page-range cut of CUTS; write and return its manifest."""
    outdir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, layout, parts in CUTS:
        path = ARTICLE_DIR / f"{name}.json"
        article = load_article(path)
        out = outdir / f"{name}.{layout}.cut.pdf"
        typeset(article, layout, out, previous_tail(article["language"], parts))
        manifest.append({"pdf": out.name, "article": path.name, "layout": layout, "previous": parts,
                         "prints": PRINTS[layout], "pages": _pages(out), "bytes": out.stat().st_size})
    (outdir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    return manifest


def _pages(pdf: Path) -> int:
    """The page count of a PDF."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, help="article descriptions (JSON)")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), help="the layout of one article")
    parser.add_argument("-o", "--output", type=Path, help="the PDF to write for one article")
    parser.add_argument("--all", type=Path, metavar="OUTDIR",
                        help=f"build every article (default: all in {ARTICLE_DIR.name}/) in every layout of its language")
    parser.add_argument("--cuts", type=Path, metavar="OUTDIR",
                        help="build the page-range cuts whose first page opens with the end of the article before")
    args = parser.parse_args(argv)
    try:
        if args.cuts:
            for entry in build_cuts(args.cuts):
                print(f"{entry['pdf']}: {entry['pages']} pages, {entry['bytes']} bytes")
            return 0
        if args.all:
            paths = args.articles or sorted(ARTICLE_DIR.glob("*.json"))
            for entry in build_all(paths, args.all):
                print(f"{entry['pdf']}: {entry['pages']} pages, {entry['bytes']} bytes")
            return 0
        if len(args.articles) != 1 or not args.layout or not args.output:
            parser.error("give one ARTICLE.json with --layout and -o, or --all OUTDIR")
        typeset(load_article(args.articles[0]), args.layout, args.output)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
