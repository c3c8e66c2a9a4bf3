"""HTML reports: plain view dicts built from article records, rendered by jinja2 with autoescaping.

Document text never becomes markup here: the highlighted text is a tree of plain nodes that the
template writes out (and escapes); only the SVG charts are markup, built by `charts` with every
piece escaped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..facts.confidence import is_low
from ..facts.registry import on_page
from ..lexicon.bidi import has_bidi, show_bidi
from ..record import Article
from ..settings import Settings
from . import charts
from .facts import (
    direction_name,
    fact_counts,
    fact_sections,
    fact_titles,
    first_mentions,
    format_value,
    number_style,
    period,
)
from .highlight import ENTITY_LABELS, body_view, entity_class, entity_marks, evidence_spans
from .ui import Words, page_language

# beyond this many articles the corpus charts count articles instead of giving each its column or row
MAX_ARTICLES_ONE_BY_ONE = 40
LANGUAGES = {"ru": "Russian", "en": "English", "mixed": "Russian and English"}


@lru_cache(maxsize=8)
def environment(templates_dir: str, lang: str = "en") -> Environment:
    """The jinja2 environment over `templates_dir` speaking `lang`, built once; every template is
    autoescaped. `_()` and `ngettext()` take only the templates' own literal messages (their result is
    markup); values from records go through the `word` filter, which translates and stays escaped."""
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "j2", "xml"),
                                     default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
        finalize=_visible_bidi,
    )
    words = Words(lang)
    env.install_gettext_callables(words.gettext, words.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["word"] = words.gettext  # a word from the record (a kind, a stage): translated, still escaped
    env.globals["marks"] = entity_marks()  # the highlight colours of the stylesheet
    return env


def _visible_bidi(value: Any) -> Any:
    """Every value a page prints shows its bidi controls as visible marks instead of obeying them."""
    if not isinstance(value, str) or not has_bidi(value):
        return value
    # a mark is plain letters, so markup stays markup with the marks in it
    return Markup(show_bidi(str(value))) if isinstance(value, Markup) else show_bidi(value)


def render_article(article: Article, settings: Settings, index_href: str | None = None) -> str:
    """The article page: summary card, fact tables, and the highlighted text; `index_href` links
    back to the corpus report when the page is part of a batch."""
    words = Words(page_language(settings.ui_language, [article.language]))
    return render_view("article.html.j2", {**article_view(article, words), "index_href": index_href},
                       settings, words.lang)


def render_corpus(articles: list[Article], failures: list[dict[str, str]], settings: Settings,
                  links: dict[str, str]) -> str:
    """The corpus report (index.html): every article, failed files, and comparisons across articles."""
    words = Words(page_language(settings.ui_language, [a.language for a in articles]))
    return render_view("index.html.j2", corpus_view(articles, failures, links, words), settings, words.lang)


def render_view(template: str, view: dict[str, Any], settings: Settings, lang: str = "en") -> str:
    """Render a view dict with one of the templates, its interface in `lang`."""
    return environment(str(Path(settings.templates_dir)), lang).get_template(template).render(view=view)


def _size(n: int) -> str:
    for unit, size in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


# ---------------------------------------------------------------- the article page


# a DOI that may go into a link: no quotes, spaces or markup, whatever the document printed
_SAFE_DOI = re.compile(r"10\.\d{4,9}/[A-Za-z0-9._;()/:+-]+")


def article_view(article: Article, words: Words | None = None) -> dict[str, Any]:
    """Everything the article page shows, as plain data, its labels in the words' language."""
    words = words or Words("en")
    titles = fact_titles(article, words)
    _, anchors = evidence_spans(article)
    counts: dict[str, int] = defaultdict(int)
    for m in article.mentions:
        counts[m.type] += 1
    sections = fact_sections(article, words)
    return {
        "ui": words.lang,
        "title": article.title or article.source.name,
        "has_title": bool(article.title),
        "language": words(LANGUAGES.get(article.language, article.language)),
        "lang": article.language if article.language in ("ru", "en") else "ru",
        "source": {"name": article.source.name, "path": article.source.path, "format": article.source.format,
                   "pages": article.source.pages, "size": _size(article.source.size) if article.source.size else ""},
        "other_titles": [{"lang": k, "text": v} for k, v in article.titles.items() if v and v != article.title],
        "authors": [{"name": a.name, "marks": [i + 1 for i in a.affiliations], "email": a.email or "",
                     "orcid": a.orcid or ""} for a in article.authors],
        "affiliations": list(article.affiliations),
        "identifiers": [{"label": key.upper(), "value": value,
                         "href": f"https://doi.org/{value}" if key == "doi" and _SAFE_DOI.fullmatch(value) else ""}
                        for key, value in article.identifiers.items() if value],
        "footnotes": [{"mark": f.mark, "text": f.text, "page": f.page} for f in article.footnotes],
        "noted": [o.name for o in article.noted.organisations] + [t.title for t in article.noted.treaties]
                 + [c.name for c in article.noted.countries],
        "references": [{"text": r.text, "href": f"https://doi.org/{r.doi}" if r.doi and _SAFE_DOI.fullmatch(r.doi) else ""}
                       for r in article.references],
        "abstracts": [{"lang": k, "text": v} for k, v in article.abstract.items() if v],
        "keywords": [{"lang": k, "words": v} for k, v in article.keywords.items() if v],
        "summary": list(article.summary),
        "warnings": list(article.warnings),
        "pipeline_version": article.pipeline_version,
        "counts": fact_counts(article, words),
        # a row of cards side by side is one stop of the table of contents
        "toc": [{"id": g["sections"][0]["id"], "label": g["sections"][0]["heading"]} for g in sections],
        "facts": sections,
        "relevance": f"{article.relevance:.2f}",
        "directions": [{"id": d.id, "label": direction_name(d.id, d.label, words), "score": round(d.score, 2),
                        "pct": round(100 * max(0.0, min(1.0, d.score))),
                        "low": f"{d.confidence:.2f}" if is_low(d.confidence) else "",  # its confidence when low
                        "evidence": [{"text": e.text, "href": f"#{anchors[(e.start, e.end)]}"
                                      if (e.start, e.end) in anchors else ""} for e in d.evidence]}
                       for d in sorted(article.directions, key=lambda d: -d.score)],
        "legend": [{"type": t, "cls": entity_class(t), "label": words(ENTITY_LABELS.get(t, t.title())), "n": n}
                   for t, n in sorted(counts.items(), key=lambda kv: -kv[1])],
        "paged": bool(article.page_starts),
        "body": body_view(article, titles, words),
    }


# ---------------------------------------------------------------- the corpus report


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _article_ref(n: int, article: Article, links: dict[str, str]) -> dict[str, Any]:
    return {"n": n, "title": article.title or article.source.name, "href": links.get(article.source.path, "")}


def shared_acts(articles: list[Article], links: dict[str, str]) -> list[dict[str, Any]]:
    """Legal acts cited by more than one article: acts are one when a title or alias of one is that of the other."""
    groups: list[dict[str, Any]] = []
    by_key: dict[str, dict[str, Any]] = {}
    for n, article in enumerate(articles, 1):
        for t in article.treaties:
            keys = {_key(t.title), *(_key(a) for a in t.aliases)}
            group = next((by_key[k] for k in keys if k in by_key), None)
            if group is None:
                group = {"title": t.title, "also": [], "kind": t.kind, "date": t.date or "", "articles": {}}
                groups.append(group)
            elif t.title != group["title"] and t.title not in group["also"]:
                group["also"].append(t.title)
            group["date"] = group["date"] or t.date or ""
            group["articles"][n] = _article_ref(n, article, links)
            for k in keys:
                by_key.setdefault(k, group)
    shared = [{**g, "articles": list(g["articles"].values())} for g in groups if len(g["articles"]) > 1]
    return sorted(shared, key=lambda g: (-len(g["articles"]), g["title"]))


def organisations_by_articles(articles: list[Article], links: dict[str, str]) -> list[dict[str, Any]]:
    """Organisations with the number of articles naming them, most widely cited first."""
    groups: dict[str, dict[str, Any]] = {}
    for n, article in enumerate(articles, 1):
        for o in article.organisations:
            key = o.registry_id or _key(o.name_en or o.name)
            group = groups.setdefault(key, {"name": o.name, "abbreviation": o.abbreviation or "",
                                            "name_en": o.name_en or "", "mentions": 0, "articles": {}})
            group["mentions"] += o.mentions
            group["articles"][n] = _article_ref(n, article, links)
    out = [{**g, "articles": list(g["articles"].values())} for g in groups.values()]
    return sorted(out, key=lambda g: (-len(g["articles"]), -g["mentions"], g["name"]))


def corpus_figures(articles: list[Article], links: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """All figures with their source article, and the groups (same subject, year and unit) whose
    values from different articles differ by more than 1 %."""
    rows: list[dict[str, Any]] = []
    first: list[dict[str, str]] = []
    for n, article in enumerate(articles, 1):
        lang = number_style(article)
        first_ids = first_mentions(article)
        ref = _article_ref(n, article, links)
        first.append(first_ids)
        for f in article.figures:
            rows.append({"subject": f.subject or "", "year": f.year or "", "value": format_value(f.value, f.unit, lang),
                         "raw": f.value, "unit": f.unit or "", "kind": f.kind, "text": f.text, "article": ref,
                         "href": ref["href"] + first_ids.get(f.id, "") if ref["href"] else "",
                         "disputed": False})
    groups: dict[tuple[str, int, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["subject"] and row["year"]:
            groups[(_key(row["subject"]), row["year"], row["unit"])].append(row)
    disputes = []
    for (_, year, unit), members in groups.items():
        if not _disagree(members):
            continue
        for row in members:
            row["disputed"] = True
        values = [r["raw"] for r in members]
        spread = (max(values) - min(values)) / max(abs(v) for v in values) * 100
        disputes.append({"subject": members[0]["subject"], "year": year, "unit": unit,
                         "spread": f"{spread:.1f}\u00a0%", "entries": members})
    rows.sort(key=lambda r: (_key(r["subject"]) or "\uffff", str(r["year"]), r["unit"], r["article"]["n"]))
    return rows, sorted(disputes, key=lambda d: (_key(d["subject"]), d["year"]))


def _disagree(members: list[dict[str, Any]]) -> bool:
    """Two figures from different articles whose values differ by more than 1 % of the larger."""
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a["article"]["n"] != b["article"]["n"] and \
                    abs(a["raw"] - b["raw"]) > 0.01 * max(abs(a["raw"]), abs(b["raw"])):
                return True
    return False


def _direction_matrix(articles: list[Article], words: Words) -> Markup:
    labels: dict[str, str] = {}
    for article in articles:
        for d in article.directions:
            labels.setdefault(d.id, direction_name(d.id, d.label, words))
    if not labels:
        return Markup("")
    order = sorted(labels, key=lambda i: -sum(d.score for a in articles for d in a.directions if d.id == i))
    if len(articles) > MAX_ARTICLES_ONE_BY_ONE:
        counts = [(labels[i], sum(any(d.id == i for d in a.directions) for a in articles)) for i in order]
        return charts.bar_chart(sorted(counts, key=lambda c: -c[1]),
                                words("Number of articles arguing for each direction"))
    values = [[next((d.score for d in a.directions if d.id == i), 0.0) for a in articles] for i in order]
    return charts.heat_matrix([labels[i] for i in order], [str(n) for n in range(1, len(articles) + 1)],
                              values, words("Directions of cooperation by article (score 0–1)"),
                              column_titles=[a.title or a.source.name for a in articles])


def _corpus_timeline(articles: list[Article], words: Words) -> Markup:
    if len(articles) > MAX_ARTICLES_ONE_BY_ONE:
        return _year_counts(articles, words)
    events = []
    for lane, article in enumerate(articles):
        for d in article.dates:
            start = charts.year_of(d.value)
            if start is not None:
                events.append(charts.Event(start, f"{lane + 1}: {d.text} ({period(d.value, d.end)})",
                                           end=charts.year_of(d.end), lane=lane, deadline=d.kind == "deadline"))
    lanes = [f"{n}. {charts.shorten(a.title or a.source.name, 20)}" for n, a in enumerate(articles, 1)]
    return charts.timeline(events, lanes, words("Dates named in each article"))


def _year_counts(articles: list[Article], words: Words) -> Markup:
    """How many articles name each year, a range counting for every year it spans."""
    counts: dict[int, int] = defaultdict(int)
    for article in articles:
        years: set[int] = set()
        for d in article.dates:
            start, end = charts.year_of(d.value), charts.year_of(d.end)
            if start is not None:
                years.update(range(int(start), int(end if end is not None and end >= start else start) + 1))
        for year in years:
            counts[year] += 1
    return charts.year_columns(dict(counts), words("Number of articles naming each year"),
                               lambda n: words.ngettext("%(num)d article", "%(num)d articles", n) % {"num": n})


def corpus_view(articles: list[Article], failures: list[dict[str, str]], links: dict[str, str],
                words: Words | None = None) -> dict[str, Any]:
    """Everything the corpus report shows, as plain data, its labels in the words' language."""
    words = words or Words("en")
    articles = sorted(articles, key=lambda a: (a.title or a.source.name).casefold())
    counted = [t for t in on_page() if t.card != "own"]  # a type with a section of its own has its own column
    rows = []
    for n, a in enumerate(articles, 1):
        rows.append({**_article_ref(n, a, links), "file": a.source.name, "language": a.language,
                     "pages": a.source.pages or "", **{t.section: len(getattr(a, t.key)) for t in counted},
                     "warnings": len(a.warnings),
                     "directions": [direction_name(d.id, d.label, words)
                                    for d in sorted(a.directions, key=lambda d: -d.score)[:3]]})
    organisations = organisations_by_articles(articles, links)
    figures, disputes = corpus_figures(articles, links)
    return {
        "ui": words.lang,
        "one_by_one": len(articles) <= MAX_ARTICLES_ONE_BY_ONE,
        "counted": [{"key": t.section, "label": words(t.header)} for t in counted],
        "articles": rows,
        "failures": [{"file": f.get("file", ""), "stage": f.get("stage", ""), "message": f.get("message", "")}
                     for f in failures],
        "acts": shared_acts(articles, links),
        "organisations": organisations,
        "organisation_chart": charts.bar_chart(
            [(o["name"] + (f" ({o['abbreviation']})" if o["abbreviation"] else ""), len(o["articles"]))
             for o in organisations[:15]], words("Organisations by number of articles naming them")),
        "matrix": _direction_matrix(articles, words),
        "timeline": _corpus_timeline(articles, words),
        "figures": figures,
        "disputes": disputes,
        "totals": {"articles": len(articles), "failures": len(failures), "figures": len(figures),
                   "acts": sum(len(a.treaties) for a in articles)},
    }
