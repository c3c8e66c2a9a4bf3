"""Inline SVG charts drawn from plain numbers: bars, a heat matrix and a timeline.

Every piece of text that reaches the markup goes through `markupsafe.escape`; a chart is a
`Markup` string a template can place as it is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

FONT = 13
TEXT = "#1f2933"
MUTED = "#66727f"
GRID = "#d9dee4"
ACCENT = "#2f6f9f"
LANE_COLOURS = ("#2f6f9f", "#b5562c", "#4a8a4f", "#7a5aa6", "#a8892a", "#2c8a8a", "#a33f63", "#5c6670")


def el(tag: str, attrs: dict[str, object] | None = None, *children: object) -> Markup:
    """One SVG element; attribute values and text children are escaped, `Markup` children kept."""
    parts = [f"<{tag}"]
    for name, value in (attrs or {}).items():
        if value is None:
            continue
        if isinstance(value, float):
            value = f"{value:.1f}".rstrip("0").rstrip(".")
        parts.append(f' {name}="{escape(str(value))}"')
    inner = "".join(c if isinstance(c, Markup) else str(escape(str(c))) for c in children if c is not None)
    if not inner and tag not in ("text", "title", "svg", "g"):
        return Markup("".join(parts) + "/>")
    return Markup("".join(parts) + ">" + inner + f"</{tag}>")


def svg(width: float, height: float, label: str, *children: Markup) -> Markup:
    """A scalable SVG root with an accessible name."""
    return el("svg", {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width:.0f} {height:.0f}",
                      "width": f"{width:.0f}", "height": f"{height:.0f}", "role": "img", "aria-label": label,
                      "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
                      "font-size": FONT, "class": "chart"},
              el("title", None, label), *children)


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(items: Sequence[tuple[str, float]], label: str, width: int = 420,
              value_format: str = "{:g}") -> Markup:
    """Horizontal bars, one per (name, value), the name written above its bar."""
    if not items:
        return Markup("")
    top = max(v for _, v in items) or 1.0
    row, bar_h, pad = 34, 12, 4
    inner = width - 60
    rows = []
    for i, (name, value) in enumerate(items):
        y = pad + i * row
        length = max(2.0, inner * value / top)
        rows.append(el("g", None,
                       el("title", None, f"{name}: {value_format.format(value)}"),
                       el("text", {"x": 0, "y": y + 12, "fill": TEXT}, shorten(name, 54)),
                       el("rect", {"x": 0, "y": y + 17, "width": length, "height": bar_h, "rx": 2,
                                   "fill": ACCENT}),
                       el("text", {"x": length + 6, "y": y + 27, "fill": MUTED},
                          value_format.format(value))))
    return svg(width, pad * 2 + row * len(items), label, *rows)


def heat_matrix(rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]],
                label: str, column_titles: Sequence[str] | None = None) -> Markup:
    """A grid of cells shaded by value in 0..1: `rows` down the side, `columns` along the top."""
    if not rows or not columns:
        return Markup("")
    left = min(330, 16 + 8.2 * max(len(shorten(r, 38)) for r in rows))
    cell, head = 42, 30
    width, height = left + cell * len(columns) + 4, head + cell * len(rows) + 4
    titles = column_titles or columns
    parts = [el("text", {"x": left + cell * j + cell / 2, "y": head - 10, "text-anchor": "middle",
                         "fill": TEXT, "font-weight": "600"},
                el("title", None, titles[j]), columns[j]) for j in range(len(columns))]
    for i, name in enumerate(rows):
        y = head + cell * i
        parts.append(el("text", {"x": left - 8, "y": y + cell / 2 + 4, "text-anchor": "end", "fill": TEXT},
                        el("title", None, name), shorten(name, 38)))
        for j in range(len(columns)):
            v = max(0.0, min(1.0, values[i][j]))
            parts.append(el("rect", {"x": left + cell * j + 1, "y": y + 1, "width": cell - 2, "height": cell - 2,
                                     "rx": 3, "fill": _shade(v) if v > 0 else "#f3f5f7",
                                     "stroke": GRID if v == 0 else None},
                            el("title", None, f"{name} · {titles[j]}: {v:.2f}" if v > 0
                               else f"{name} · {titles[j]}: —")))
            if v > 0:
                parts.append(el("text", {"x": left + cell * j + cell / 2, "y": y + cell / 2 + 4,
                                         "text-anchor": "middle", "font-size": 11,
                                         "fill": "#ffffff" if v >= 0.5 else TEXT}, f"{v:.1f}"))
    return svg(width, height, label, *parts)


def _shade(v: float) -> str:
    """A blue from pale to deep for v in 0..1."""
    lo, hi = (225, 236, 246), (28, 84, 128)
    return "#" + "".join(f"{round(a + (b - a) * v):02x}" for a, b in zip(lo, hi, strict=True))


@dataclass
class Event:
    """One thing on a timeline: a point, or a span when `end` is given; `lane` picks its row."""

    start: float
    label: str
    end: float | None = None
    lane: int = 0
    deadline: bool = False


def year_of(value: str | None) -> float | None:
    """An ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a fractional year."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
    except ValueError:
        return None
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline(events: Iterable[Event], lanes: Sequence[str], label: str, width: int = 860,
             lane_height: int = 30) -> Markup:
    """Events on a year axis, one row per lane: dots for points, bars for spans, arrows for deadlines."""
    events = list(events)
    if not events:
        return Markup("")
    lo = math.floor(min(e.start for e in events))
    hi = math.floor(max(max(e.start, e.end or e.start) for e in events)) + 1
    if hi - lo < 4:
        lo, hi = lo - 1, hi + 1
    names = list(lanes) or [""]
    left = 16.0 if len(names) == 1 else min(220, 16 + 8.2 * max(len(shorten(n, 24)) for n in names))
    right, lane_h, axis = 24, lane_height, 30
    span = width - left - right

    def x(year: float) -> float:
        return left + span * (year - lo) / (hi - lo)

    height = axis + lane_h * len(names) + 8
    parts: list[Markup] = []
    step = max(1, math.ceil((hi - lo) / 10))
    for year in range(lo, hi + 1, step):
        parts.append(el("line", {"x1": x(year), "x2": x(year), "y1": axis - 6, "y2": height - 4,
                                 "stroke": GRID, "stroke-width": 1}))
        parts.append(el("text", {"x": x(year), "y": axis - 12, "text-anchor": "middle", "fill": MUTED,
                                 "font-size": 11}, str(year)))
    for i, name in enumerate(names):
        y = axis + lane_h * i + lane_h / 2
        if len(names) > 1:
            parts.append(el("text", {"x": left - 8, "y": y + 4, "text-anchor": "end", "fill": TEXT},
                            el("title", None, name), shorten(name, 24)))
        parts.append(el("line", {"x1": left, "x2": width - right, "y1": y, "y2": y, "stroke": GRID}))
    for e in sorted(events, key=lambda e: (e.lane, e.start)):
        y = axis + lane_h * e.lane + lane_h / 2
        colour = LANE_COLOURS[e.lane % len(LANE_COLOURS)]
        if e.end is not None and e.end > e.start:
            shape = el("rect", {"x": x(e.start), "y": y - 5, "width": max(4.0, x(e.end) - x(e.start)),
                                "height": 10, "rx": 5, "fill": colour, "fill-opacity": 0.55,
                                "stroke": colour})
        elif e.deadline:
            px = x(e.start)
            shape = el("path", {"d": f"M{px - 7:.1f},{y - 6:.1f} L{px:.1f},{y:.1f} L{px - 7:.1f},{y + 6:.1f} Z",
                                "fill": colour})
        else:
            shape = el("circle", {"cx": x(e.start), "cy": y, "r": 5, "fill": colour, "stroke": "#ffffff",
                                  "stroke-width": 1.5})
        parts.append(el("g", {"class": "event"}, el("title", None, e.label), shape))
    return svg(width, height, label, *parts)


def year_columns(counts: dict[int, int], label: str, describe: Callable[[int], str], width: int = 860,
                 height: int = 200) -> Markup:
    """One column per year from the first to the last in `counts`, as tall as its count; `describe`
    words a count for the column's tooltip."""
    if not counts:
        return Markup("")
    lo, hi = min(counts), max(counts)
    top = max(counts.values()) or 1
    left, right, axis, bottom = 32.0, 8.0, 8.0, 22.0
    slot = (width - left - right) / (hi - lo + 1)
    inner = height - axis - bottom
    parts: list[Markup] = [el("line", {"x1": left, "x2": width - right, "y1": height - bottom,
                                       "y2": height - bottom, "stroke": GRID})]
    step = max(1, math.ceil((hi - lo + 1) / 12))
    for year in range(lo, hi + 1):
        n = counts.get(year, 0)
        x = left + slot * (year - lo)
        if n:
            tall = max(2.0, inner * n / top)
            parts.append(el("g", None, el("title", None, f"{year}: {describe(n)}"),
                            el("rect", {"x": x + slot * 0.15, "y": height - bottom - tall, "width": slot * 0.7,
                                        "height": tall, "rx": 1.5, "fill": ACCENT})))
        if (year - lo) % step == 0:
            parts.append(el("text", {"x": x + slot / 2, "y": height - 6, "text-anchor": "middle", "fill": MUTED,
                                     "font-size": 11}, str(year)))
    parts.append(el("text", {"x": left - 6, "y": axis + 10, "text-anchor": "end", "fill": MUTED, "font-size": 11},
                    str(top)))
    return svg(width, height, label, *parts)
