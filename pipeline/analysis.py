"""The end-to-end path for one document: file (or string) in, article record out.

The stages are declared once, in order, in `STAGES`; `run_stages` runs them, times each and
turns an unexpected exception into a `PipelineError` that names the stage.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from .context import Context, Stage
from .digest.directions import extract_directions
from .digest.relevance import measure_relevance
from .digest.summary import summarise
from .errors import PipelineError
from .facts.acts.extract import extract_treaties
from .facts.countries import extract_countries
from .facts.dates import extract_dates
from .facts.figures.tables import extract_table_figures
from .facts.figures.text import extract_figures
from .facts.finish import finish
from .facts.organisations.resolve import extract_organisations
from .ingest import Document, load, load_string
from .ingest.repair import clean
from .layout.parts import parts
from .layout.structure import structure
from .nlp.annotate import annotate
from .nlp.models import Models
from .record import Article, Source
from .settings import Settings
from .version import __version__

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
    Stage("treaties", extract_treaties, needs=("sentences", "countries", "organisations"), fills=("treaties",)),
    Stage("dates", extract_dates, needs=("text",), fills=("dates",)),
    Stage("figures", extract_figures, needs=("text", "sentences", "blocks"), fills=("figures",)),
    Stage("table_figures", extract_table_figures, needs=("tables", "figures"), fills=("figures",)),
    Stage("relevance", measure_relevance, needs=("sentences", "blocks"), fills=("relevance",)),
    Stage("directions", extract_directions, needs=("sentences", "blocks", "relevance"), fills=("directions",)),
    Stage("summary", summarise, needs=("sentences", "blocks", "directions"), fills=("summary",)),
    Stage("finish", finish, needs=("countries", "organisations", "treaties", "dates", "figures", "directions",
                                   "blocks", "relevance"),
          fills=("mentions", "organisations", "countries", "treaties", "dates", "figures", "directions")),
)


def analyze(source: str | Path, settings: Settings | None = None, models: Models | None = None,
            timings: dict[str, float] | None = None) -> Article:
    """Analyse a file (a `Path`, or a string naming an existing file) or a text string.

    Raises `PipelineError` (naming the file and, past loading, the stage) when the document cannot
    be read or analysed. `timings`, when given, gets the seconds each stage took.
    """
    settings = settings or Settings()
    models = models or Models()
    started = time.perf_counter()
    try:
        if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and _is_file(source)):
            document = load(Path(source), settings)
        else:
            document = load_string(str(source))
    except PipelineError:
        raise
    except Exception as exc:
        name = str(source) if isinstance(source, Path) else "<string>"
        raise PipelineError(name, f"{type(exc).__name__}: {exc}", stage="ingest") from exc
    if timings is not None:
        timings["load"] = timings.get("load", 0.0) + time.perf_counter() - started
    return process(document, settings, models, timings)


def _is_file(candidate: str) -> bool:
    try:
        return len(candidate) < 4096 and Path(candidate).is_file()
    except OSError:
        return False


def process(document: Document, settings: Settings, models: Models,
            timings: dict[str, float] | None = None) -> Article:
    """Run every stage over a loaded document."""
    article = Article(
        source=Source(
            path=document.path,
            name=Path(document.path).name,
            sha256=hashlib.sha256(document.data).hexdigest(),
            format=document.format,
            pages=document.page_count,
            size=len(document.data),
        ),
        pipeline_version=__version__,
    )
    article.warnings.extend(document.warnings)
    article.ocr_pages = list(document.ocr_pages)
    return run_stages(article, Context(models, settings, document), STAGES, timings)


def run_stages(article: Article, context: Context, stages: tuple[Stage, ...],
               timings: dict[str, float] | None = None) -> Article:
    """Run `stages` in order over `article`; an unexpected exception becomes a `PipelineError`
    naming the file and the stage, and `timings` (when given) gets each stage's seconds."""
    for stage in stages:
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
