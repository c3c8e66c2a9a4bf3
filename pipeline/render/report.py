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

from ..digest.directions import direction_labels
from ..record import Article, DateFact, Figure
from ..settings import Settings
from . import charts
from .highlight import ENTITY_LABELS, body_view, entity_class, evidence_spans
from .ui import Words, page_language

# beyond this many articles the corpus charts count articles instead of giving each its column or row
MAX_ARTICLES_ONE_BY_ONE = 40
LANGUAGES = {"ru": "Russian", "en": "English", "mixed": "Russian and English"}
_SCALES = {"ru": ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн")),
           "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))}


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
    )
    words = Words(lang)
    env.install_gettext_callables(words.gettext, words.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["word"] = words.gettext  # a word from the record (a kind, a stage): translated, still escaped
    return env


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


def direction_name(direction_id: str, fallback: str, words: Words) -> str:
    """A direction's name in the interface's language; `fallback` for an id the taxonomy lacks."""
    return direction_labels().get(direction_id, {}).get(words.lang, fallback)


# ---------------------------------------------------------------- numbers and labels


def format_number(value: float, lang: str = "ru", digits: int = 2) -> str:
    """`value` with thousands separators and at most `digits` decimals, in the language's style."""
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if lang == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",")


def format_value(value: float, unit: str | None, lang: str = "ru") -> str:
    """A figure as a reader wants it: scaled to thousands of millions where large, with its unit."""
    style = "en" if lang == "en" else "ru"
    shown = format_number(value, style)
    for size, word in _SCALES[style]:
        if abs(value) >= size:
            shown = f"{format_number(value / size, style)} {word}"
            break
    if unit == "%":
        return f"{shown}\u00a0%"
    return f"{shown} {unit}" if unit else shown


def _lang(article: Article) -> str:
    return "en" if article.language == "en" else "ru"


def _size(n: int) -> str:
    for unit, size in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


def fact_titles(article: Article, words: Words | None = None) -> dict[str, str]:
    """fact id -> the canonical fact in words, shown when a mention is hovered or clicked."""
    words = words or Words("en")
    lang = _lang(article)
    titles: dict[str, str] = {}
    for o in article.organisations:
        name = f"{o.name} ({o.abbreviation})" if o.abbreviation and o.abbreviation != o.name else o.name
        titles[o.id] = " · ".join(p for p in (name, o.name_en) if p and p != o.name)
    for c in article.countries:
        titles[c.id] = " · ".join(p for p in (c.name, c.name_en, c.iso2) if p)
    for t in article.treaties:
        titles[t.id] = " · ".join(p for p in (t.title, words(t.kind), t.date) if p)
    for d in article.dates:
        titles[d.id] = f"{words(d.kind)}: {_period(d.value, d.end)}"
    for f in article.figures:
        titles[f.id] = " · ".join(p for p in (format_value(f.value, f.unit, lang), f.subject,
                                               str(f.year) if f.year else None) if p)
    for r in article.directions:
        titles[r.id] = direction_name(r.id, r.label, words)
    return titles


def _period(value: str, end: str | None) -> str:
    return f"{value} – {end}" if end else value


# ---------------------------------------------------------------- the article page


def _first_mentions(article: Article) -> dict[str, str]:
    first: dict[str, str] = {}
    for i, m in enumerate(article.mentions):
        if m.fact_id and m.fact_id not in first:
            first[m.fact_id] = f"#m-{i}"
    return first


def _figure_origin(article: Article, f: Figure) -> str:
    if f.table is None or not 0 <= f.table < len(article.tables):
        return ""
    table = article.tables[f.table]
    numbered = re.match(r"(?:таблица|table)\s*\d+", table.caption or "", re.I)
    name = numbered.group(0) if numbered else charts.shorten(table.caption or table.id or f"table {f.table + 1}", 40)
    cell = " × ".join(p for p in (f.row, f.column) if p)
    return f"{name}: {cell}" if cell else name


def article_view(article: Article, words: Words | None = None) -> dict[str, Any]:
    """Everything the article page shows, as plain data, its labels in the words' language."""
    words = words or Words("en")
    lang = _lang(article)
    titles = fact_titles(article, words)
    first = _first_mentions(article)
    _, anchors = evidence_spans(article)
    dates = sorted(article.dates, key=lambda d: (d.value, d.end or ""))
    counts: dict[str, int] = defaultdict(int)
    for m in article.mentions:
        counts[m.type] += 1
    return {
        "ui": words.lang,
        "title": article.title or article.source.name,
        "has_title": bool(article.title),
        "language": words(LANGUAGES.get(article.language, article.language)),
        "lang": article.language if article.language in ("ru", "en") else "ru",
        "source": {"name": article.source.name, "path": article.source.path, "format": article.source.format,
                   "pages": article.source.pages, "size": _size(article.source.size) if article.source.size else ""},
        "abstracts": [{"lang": k, "text": v} for k, v in article.abstract.items() if v],
        "keywords": [{"lang": k, "words": v} for k, v in article.keywords.items() if v],
        "summary": list(article.summary),
        "warnings": list(article.warnings),
        "pipeline_version": article.pipeline_version,
        "counts": [{"label": words.ngettext(*label, n), "n": n} for label, n in (
            (("legal act", "legal acts"), len(article.treaties)),
            (("organisation", "organisations"), len(article.organisations)),
            (("country", "countries"), len(article.countries)), (("date", "dates"), len(article.dates)),
            (("figure", "figures"), len(article.figures)), (("direction", "directions"), len(article.directions)),
            (("table", "tables"), len(article.tables)))],
        "treaties": [{"kind": t.kind, "title": t.title, "date": t.date or (str(t.year) if t.year else ""),
                      "parties": t.parties, "aliases": t.aliases, "mentions": t.mentions,
                      "href": first.get(t.id, "")} for t in article.treaties],
        "organisations": [{"name": o.name, "abbreviation": o.abbreviation or "", "name_en": o.name_en or "",
                           "aliases": o.aliases, "mentions": o.mentions, "href": first.get(o.id, "")}
                          for o in sorted(article.organisations, key=lambda o: -o.mentions)],
        "countries": [{"name": c.name, "name_en": c.name_en or "", "iso2": c.iso2, "mentions": c.mentions,
                       "href": first.get(c.id, "")} for c in sorted(article.countries, key=lambda c: -c.mentions)],
        "dates": [{"text": d.text, "kind": d.kind, "period": _period(d.value, d.end), "mentions": d.mentions,
                   "href": first.get(d.id, "")} for d in dates],
        "timeline": _date_timeline(dates, words),
        "figures": [{"text": f.text, "value": format_value(f.value, f.unit, lang),
                     "full": format_number(f.value, lang, 4), "unit": f.unit or "", "kind": f.kind,
                     "subject": f.subject or "", "year": f.year or "", "origin": _figure_origin(article, f),
                     "href": first.get(f.id, "")} for f in article.figures],
        "directions": [{"id": d.id, "label": direction_name(d.id, d.label, words), "score": round(d.score, 2),
                        "pct": round(100 * max(0.0, min(1.0, d.score))),
                        "evidence": [{"text": e.text, "href": f"#{anchors[(e.start, e.end)]}"
                                      if (e.start, e.end) in anchors else ""} for e in d.evidence]}
                       for d in sorted(article.directions, key=lambda d: -d.score)],
        "legend": [{"type": t, "cls": entity_class(t), "label": words(ENTITY_LABELS.get(t, t.title())), "n": n}
                   for t, n in sorted(counts.items(), key=lambda kv: -kv[1])],
        "paged": bool(article.page_starts),
        "body": body_view(article, titles, words),
    }


def _date_timeline(dates: list[DateFact], words: Words) -> Markup:
    """The article's dates on one axis, a row each, labelled as the text writes them."""
    placed: list[tuple[DateFact, float]] = []
    for d in dates:
        start = charts.year_of(d.value)
        if start is not None:
            placed.append((d, start))
    events = [charts.Event(start, f"{d.text} ({words(d.kind)}: {_period(d.value, d.end)})", end=charts.year_of(d.end),
                           lane=i, deadline=d.kind == "deadline") for i, (d, start) in enumerate(placed)]
    return charts.timeline(events, [d.text for d, _ in placed], words("Dates in the article on a time axis"),
                           lane_height=24)


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
        lang = _lang(article)
        first_ids = _first_mentions(article)
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
                events.append(charts.Event(start, f"{lane + 1}: {d.text} ({_period(d.value, d.end)})",
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
    rows = []
    for n, a in enumerate(articles, 1):
        rows.append({**_article_ref(n, a, links), "file": a.source.name, "language": a.language,
                     "pages": a.source.pages or "", "acts": len(a.treaties), "organisations": len(a.organisations),
                     "countries": len(a.countries), "dates": len(a.dates), "figures": len(a.figures),
                     "warnings": len(a.warnings),
                     "directions": [direction_name(d.id, d.label, words)
                                    for d in sorted(a.directions, key=lambda d: -d.score)[:3]]})
    organisations = organisations_by_articles(articles, links)
    figures, disputes = corpus_figures(articles, links)
    return {
        "ui": words.lang,
        "one_by_one": len(articles) <= MAX_ARTICLES_ONE_BY_ONE,
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
