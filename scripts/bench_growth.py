"""How cost grows with the input: the same kind of text at 1x, 4x and 16x its size.

Each pattern is a way of building a text of a given size that once cost more than linear time
(many organisation mentions against many NER spans, a page with many highlights, one-word lines,
dates one a line, unclosed Markdown emphasis, HTML with an unclosed tag, many short DOCX paragraphs,
long prose). Each is analysed through the Python API with its page rendered and its record
serialised, as a worker does, best of three runs; the ratio of 4x to 1x must stay at 5 or below (linear is 4).
Usage: python scripts/bench_growth.py [--sizes 1,4,16] [--pattern NAME]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import analyze, to_json  # noqa: E402
from pipeline.nlp.models import Models  # noqa: E402
from pipeline.render.report import render_article  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

LIMIT = 5.0  # the largest ratio of 4x to 1x that passes
REPEATS = 3  # each size is timed this many times and the best kept: a busy host slows single runs by a third


def _sample(name: str) -> str:
    return (ROOT / "corpora" / name).read_text("utf-8")


def _prose(n: int) -> tuple[str, str]:
    return "prose.txt", "\n\n".join([_sample("eaeu_customs_cooperation.txt")] * n)


def _organisations(n: int) -> tuple[str, str]:
    line = ("Федеральная таможенная служба России, Евразийская экономическая комиссия (ЕЭК), "
            "Всемирная таможенная организация и Государственный таможенный комитет Республики Беларусь "
            "подписали протокол с Министерством финансов Казахстана. ")
    return "organisations.txt", "\n\n".join([line * 5] * (40 * n))


def _english_organisations(n: int) -> tuple[str, str]:
    line = ("The World Customs Organization, the Eurasian Economic Commission (EEC), the Federal Customs "
            "Service of Russia and the State Customs Committee of Belarus met the World Trade Organization "
            "in Brussels on 12 March 2019 and agreed on 15% lower duties worth $2.5 billion. ")
    return "organisations_en.txt", "\n\n".join([line * 5] * (40 * n))


def _lines(n: int) -> tuple[str, str]:
    return "lines.txt", "\n".join(f"слово{i}" for i in range(1250 * n))


def _dates(n: int) -> tuple[str, str]:
    return "dates.txt", "\n".join(f"{1 + i % 28} марта {1990 + i % 30} г." for i in range(500 * n))


def _emphasis(n: int) -> tuple[str, str]:
    return "emphasis.md", "**a " * (2000 * n)


def _html_tags(n: int) -> tuple[str, str]:
    body = "<p>Таможенный союз ЕАЭС <a href='x' " * (1000 * n)
    return "tags.html", f"<html><body>{body}</body></html>"


def _docx(n: int) -> tuple[str, bytes]:
    from docx import Document

    doc = Document()
    for i in range(2000 * n):
        doc.add_paragraph(f"Пункт {i}. ФТС России и ЕЭК.")
    buffer = io.BytesIO()
    doc.save(buffer)
    return "paragraphs.docx", buffer.getvalue()


PATTERNS: dict[str, Callable[[int], tuple[str, str | bytes]]] = {
    "prose, one sample article": _prose,
    "organisation mentions (ru)": _organisations,
    "organisation mentions (en)": _english_organisations,
    "one-word lines": _lines,
    "dates, one a line": _dates,
    "unclosed Markdown emphasis": _emphasis,
    "HTML tags left open": _html_tags,
    "short DOCX paragraphs": _docx,
}


@dataclass
class Growth:
    name: str
    chars: list[int]
    seconds: list[float]

    @property
    def ratio(self) -> float:
        return self.seconds[1] / max(self.seconds[0], 1e-6)


def measure(name: str, make: Callable[[int], tuple[str, str | bytes]], sizes: list[int], models: Models,
            settings: Settings, folder: Path) -> Growth:
    chars, seconds = [], []
    for n in sizes:
        file_name, content = make(n)
        path = folder / f"{n}x-{file_name}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
        best = float("inf")
        for _ in range(REPEATS):
            started = time.perf_counter()
            article = analyze(path, settings, models)
            render_article(article, settings)
            to_json(article)
            best = min(best, time.perf_counter() - started)
        seconds.append(best)
        chars.append(len(article.text))
    return Growth(name, chars, seconds)


def table(rows: list[Growth], sizes: list[int]) -> str:
    head = ["pattern", *[f"{n}x" for n in sizes], "4x/1x", f"target <= {LIMIT:g}", ""]
    lines = [head]
    for row in rows:
        cells = [f"{s:.2f} s ({c // 1000} K)" for s, c in zip(row.seconds, row.chars, strict=True)]
        lines.append([row.name, *cells, f"{row.ratio:.1f}", "PASS" if row.ratio <= LIMIT else "FAIL", ""])
    widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines)


def run(sizes: list[int], only: str | None = None) -> tuple[str, bool]:
    """The growth table and whether every pattern passed."""
    models = Models()
    settings = Settings(progress=False, timeout_s=0)
    for warm_up in ("Федеральная таможенная служба России.", "The World Customs Organization met."):
        analyze(warm_up, settings, models)  # both languages' models loaded before anything is timed
    rows = []
    with tempfile.TemporaryDirectory(prefix="growth-") as folder:
        for name, make in PATTERNS.items():
            if only and only not in name:
                continue
            rows.append(measure(name, make, sizes, models, settings, Path(folder)))
    return table(rows, sizes), all(r.ratio <= LIMIT for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="sizes to measure, the first two give the ratio")
    parser.add_argument("--pattern", help="only the patterns whose name holds this")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    text, passed = run(sizes, args.pattern)
    print(text)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
