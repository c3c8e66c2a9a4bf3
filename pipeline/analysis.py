"""The end-to-end path for one document: file (or string) in, article record out.

The stages are declared once, in order, in `STAGES`; `run_stages` runs them, times each and
turns an unexpected exception into a `PipelineError` that names the stage.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .context import Context, Stage
from .digest.directions import extract_directions
from .digest.relevance import measure_relevance
from .digest.summary import summarise
from .errors import PipelineError, TimeLimitError
from .facts.acts.extract import extract_treaties
from .facts.countries import extract_countries
from .facts.dates import extract_dates
from .facts.figures.tables import extract_table_figures
from .facts.figures.text import extract_figures
from .facts.finish import finish
from .facts.notes import read_notes
from .facts.organisations.resolve import extract_organisations
from .facts.organisations.tables import organisations_in_tables
from .facts.table_dates import extract_table_dates
from .ingest import Document, load, load_bytes, load_string
from .ingest.repair import clean
from .layout.parts import parts
from .layout.structure import structure
from .nlp.annotate import annotate
from .nlp.models import Models
from .record import Article, Source
from .settings import SUPPORTED_SUFFIXES, Settings
from .version import build

log = logging.getLogger(__name__)

# what the context gives before any stage runs; `mentions` of the NER are named `ner`
GIVEN = ("document", "source", "warnings", "ocr_pages")

STAGES: tuple[Stage, ...] = (
    Stage("repair", clean, needs=("document",), fills=("text", "page_starts", "tables")),
    Stage("parts", parts, needs=("document", "text", "page_starts", "tables"),
          fills=("titles", "authors", "affiliations", "identifiers", "footnotes", "references", "masked")),
    Stage("structure", structure, needs=("text", "page_starts", "tables"),
          fills=("blocks", "title", "abstract", "keywords", "language")),
    Stage("nlp", annotate, needs=("text", "blocks"), fills=("sentences", "ner")),
    Stage("countries", extract_countries, needs=("text", "sentences", "ner"), fills=("countries",)),
    Stage("organisations", extract_organisations, needs=("text", "sentences", "ner", "countries"),
          fills=("organisations",)),
    Stage("table_organisations", organisations_in_tables, needs=("tables", "organisations", "language"),
          fills=("organisations",)),
    Stage("treaties", extract_treaties, needs=("sentences", "countries", "organisations"), fills=("treaties",)),
    Stage("notes", read_notes, needs=("footnotes", "references", "language", "countries", "organisations", "treaties"),
          fills=("countries", "organisations", "treaties")),
    Stage("dates", extract_dates, needs=("text",), fills=("dates",)),
    Stage("table_dates", extract_table_dates, needs=("tables", "dates"), fills=("dates",)),
    Stage("figures", extract_figures, needs=("text", "sentences", "blocks"), fills=("figures",)),
    Stage("table_figures", extract_table_figures, needs=("tables", "figures"), fills=("figures",)),
    Stage("relevance", measure_relevance, needs=("sentences", "blocks", "organisations", "treaties"),
          fills=("relevance",)),
    Stage("directions", extract_directions, needs=("sentences", "blocks", "relevance", "organisations", "treaties"),
          fills=("directions",)),
    Stage("summary", summarise, needs=("sentences", "blocks", "directions"), fills=("summary",)),
    Stage("finish", finish, needs=("countries", "organisations", "treaties", "dates", "figures", "directions",
                                   "blocks", "relevance"),
          fills=("mentions", "organisations", "countries", "treaties", "dates", "figures", "directions")),
)


def analyze(source: str | Path, settings: Settings | None = None, models: Models | None = None,
            timings: dict[str, float] | None = None) -> Article:
    """Analyse a file (a `Path`, or a string naming a file) or a text string.

    A string with no line break that looks like a path (it ends with a supported suffix, or holds a
    path separator and no spaces) is taken as one. Raises `TypeError` for anything but a `str` or a
    `Path`, `FileNotFoundError` for a path that does not exist, `IsADirectoryError` for a folder, and
    `PipelineError` (naming the file and, past loading, the stage) when the document cannot be read or
    analysed; `TimeLimitError`, one of them, after `settings.timeout_s` seconds. The limit is kept by
    a timer signal when called in the main thread (where the process uses no timer of its own) and
    is checked between stages in any case. `timings`, when given, gets the seconds each stage took.
    """
    settings = settings or Settings()
    path = _path_of(source)
    name = str(path) if path is not None else "<string>"
    return _analyse(name, lambda: load(path, settings) if path is not None else load_string(str(source)),
                    settings, models or Models(), timings)


def analyze_bytes(data: bytes, name: str, settings: Settings | None = None, models: Models | None = None,
                  timings: dict[str, float] | None = None) -> Article:
    """Analyse the bytes of a file read elsewhere, named `name` (its suffix tells its kind), as `analyze`
    analyses the file itself: the same record, the same errors and time limit."""
    settings = settings or Settings()
    return _analyse(name, lambda: load_bytes(data, name, settings), settings, models or Models(), timings)


def _analyse(name: str, loading: Callable[[], Document], settings: Settings, models: Models,
             timings: dict[str, float] | None) -> Article:
    """Load a document within the time limit, then run every stage over it."""
    started = time.perf_counter()
    deadline = time.monotonic() + settings.timeout_s if settings.timeout_s > 0 else None
    with _time_limit(settings.timeout_s, name):
        try:
            document = loading()
        except PipelineError:
            raise
        except Exception as exc:
            raise PipelineError(name, f"{type(exc).__name__}: {exc}", stage="ingest") from exc
        if timings is not None:
            timings["load"] = timings.get("load", 0.0) + time.perf_counter() - started
        return process(document, settings, models, timings, deadline)


def _path_of(source: object) -> Path | None:
    """The file `source` names, or None when it is a text; rejects what is neither."""
    if isinstance(source, Path):
        path = source
    elif isinstance(source, str):
        if not _looks_like_path(source):
            return None
        path = Path(source)
    else:
        raise TypeError(f"analyze() takes a path (str or Path) or a text (str), not {type(source).__name__}"
                        + (" (decode bytes to a str first)" if isinstance(source, (bytes, bytearray)) else ""))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder, not a file; pass one file (the batch takes folders)",
                                str(path))
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no such file", str(path))
    return path


def _looks_like_path(text: str) -> bool:
    """Whether a string is meant as a file name rather than a text."""
    if not text or "\n" in text or len(text) >= 4096 or "\x00" in text:
        return False
    if text.lower().endswith(SUPPORTED_SUFFIXES):
        return True
    separated = os.sep in text or (os.altsep is not None and os.altsep in text)
    return separated and not any(c.isspace() for c in text)


@contextmanager
def _time_limit(seconds: float, name: str) -> Iterator[None]:
    """Raise `TimeLimitError` in the main thread after `seconds`, by SIGALRM, when that timer is free."""
    usable = (seconds > 0 and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0
              and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None))
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitError(name, f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process(document: Document, settings: Settings, models: Models,
            timings: dict[str, float] | None = None, deadline: float | None = None) -> Article:
    """Run every stage over a loaded document (past `deadline`, a `time.monotonic()`, none more)."""
    article = Article(
        source=Source(
            path=document.path,
            name=Path(document.path).name,
            sha256=hashlib.sha256(document.data).hexdigest(),
            format=document.format,
            pages=document.page_count,
            size=len(document.data),
        ),
        pipeline_version=build(),
    )
    article.warnings.extend(document.warnings)
    article.ocr_pages = list(document.ocr_pages)
    return run_stages(article, Context(models, settings, document), STAGES, timings, deadline)


def run_stages(article: Article, context: Context, stages: tuple[Stage, ...],
               timings: dict[str, float] | None = None, deadline: float | None = None) -> Article:
    """Run `stages` in order over `article`; an unexpected exception becomes a `PipelineError`
    naming the file and the stage, and `timings` (when given) gets each stage's seconds. No stage
    starts past `deadline` (a `time.monotonic()`): `TimeLimitError` instead."""
    for stage in stages:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeLimitError(article.source.path, f"timed out after {context.settings.timeout_s:g} s")
        started = time.perf_counter()
        try:
            result = stage.run(article, context)
        except PipelineError:
            raise
        except Exception as exc:
            log.debug("stage %s failed on %s", stage.name, article.source.path, exc_info=True)
            raise PipelineError(article.source.path, f"{type(exc).__name__}: {exc}", stage=stage.name) from exc
        if result is not article:
            raise PipelineError(article.source.path, "the stage did not hand back the article it was given",
                                stage=stage.name)
        seconds = time.perf_counter() - started
        if timings is not None:
            timings[stage.name] = timings.get(stage.name, 0.0) + seconds
        log.debug("%s: %s took %.3f s", article.source.path, stage.name, seconds)
    return article
