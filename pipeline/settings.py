"""One settings object: every default lives here; the command line only maps flags onto it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm", ".md")
OCR_MODES = ("auto", "off", "force")
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
    max_memory_mb: float = 3000.0  # each worker's address space; a file needing more fails alone (0: no limit)
    html: bool = True
    exports: bool = True
    progress: bool = True
    templates_dir: Path = TEMPLATES_DIR
    ui_language: str = "auto"  # the reports' own words: "en", "ru", or "auto" (the articles' language)
    summary_sentences: int = 4
    min_relevance: float = 0.15  # directions only for articles this much about customs or trade (digest/relevance.py)
    min_confidence: float = 0.0  # facts below this confidence are left out of the exports, not the records
    ocr: str = "auto"  # PDF pages read by Tesseract: "auto" (those without a usable text layer), "force" (all), "off"
    ocr_languages: tuple[str, ...] = ("rus", "eng")  # Tesseract's codes; the first is required, the others help
    ocr_dpi: int = 300  # the resolution pages are rendered at for OCR, that of most scans
    ocr_page_timeout_s: float = 60.0  # a page Tesseract has not read by then is given up
    tesseract: str = "tesseract"  # the Tesseract program: a name on the PATH or a path
    follow_links: bool = False  # follow links in an input folder that lead outside it
    cluster: str = ""  # a Dask scheduler's address (tcp://HOST:PORT) or "local[:N]" to analyse there; "": here

    def __post_init__(self) -> None:
        if self.ocr not in OCR_MODES:
            raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {self.ocr!r}")
        for name in ("min_relevance", "min_confidence"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {getattr(self, name)!r}")
