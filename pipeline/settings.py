"""One settings object: every default lives here; the command line only maps flags onto it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm", ".md")
# templates/ at the top of a checkout; an installed package carries them as pipeline/templates/
_CHECKOUT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATES_DIR = _CHECKOUT_TEMPLATES if _CHECKOUT_TEMPLATES.is_dir() else Path(__file__).resolve().parent / "templates"


@dataclass
class Settings:
    """How a run behaves."""

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    force: bool = False
    max_file_mb: float = 50.0
    max_pages: int = 500
    timeout_s: float = 300.0
    html: bool = True
    exports: bool = True
    progress: bool = True
    templates_dir: Path = TEMPLATES_DIR
    ui_language: str = "auto"  # the reports' own words: "en", "ru", or "auto" (the articles' language)
    summary_sentences: int = 4
