"""The end-to-end path for one document: file (or string) in, article record out."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .nlp.models import Models
from .record import Article, Source
from .settings import Settings
from .version import __version__

if TYPE_CHECKING:
    from .ingest import Document

log = logging.getLogger(__name__)


def analyze(source: str | Path, settings: Settings | None = None, models: Models | None = None) -> Article:
    """Analyse a file (a `Path`, or a string naming an existing file) or a text string.

    Raises `PipelineError` (naming the file) when the document cannot be read.
    """
    from .ingest import load, load_string

    settings = settings or Settings()
    models = models or Models()
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and _is_file(source)):
        document = load(Path(source), settings)
    else:
        document = load_string(str(source))
    return process(document, settings, models)


def _is_file(candidate: str) -> bool:
    try:
        return len(candidate) < 4096 and Path(candidate).is_file()
    except OSError:
        return False


def process(document: Document, settings: Settings, models: Models) -> Article:  # noqa: F821
    """Run every stage over a loaded document."""
    from .digest.directions import extract_directions
    from .digest.summary import summarise
    from .facts.acts.extract import extract_treaties
    from .facts.countries import extract_countries
    from .facts.dates import extract_dates
    from .facts.figures.tables import extract_table_figures
    from .facts.figures.text import extract_figures
    from .facts.finish import finish
    from .facts.organisations.resolve import extract_organisations
    from .ingest.repair import clean
    from .layout.structure import structure
    from .nlp.annotate import annotate

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
    clean(document, article, models.morph)
    structure(article)
    annotate(article, models)
    extract_countries(article, models)
    extract_organisations(article, models)
    extract_treaties(article, models)
    extract_dates(article)
    extract_figures(article, models)
    extract_table_figures(article, models)
    extract_directions(article, models)
    summarise(article, settings)
    finish(article)
    return article
