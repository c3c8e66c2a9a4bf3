"""Shared fixtures: the repository's sample corpora and the team's shared test PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shared_models

from pipeline.nlp.models import Models
from pipeline.nlp.morph import Morph

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
SHARED_PDF = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "pdf"


@pytest.fixture(scope="session")
def morph() -> Morph:
    return Morph()


@pytest.fixture(scope="session")
def shared_pdf() -> Path:
    """The folder of third-party test PDFs; tests using it are skipped where it is absent (CI)."""
    if not SHARED_PDF.is_dir():
        pytest.skip(f"{SHARED_PDF} is not available")
    return SHARED_PDF


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The repository's sample articles (TXT and the PDFs rendered from them)."""
    return CORPORA


@pytest.fixture(scope="session")
def models() -> Models:
    """The NLP models, loaded once for the whole test session."""
    return shared_models()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from what the pipeline extracts now (review the diff)")
