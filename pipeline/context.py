"""What every stage is handed besides the article, and how a stage declares itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .ingest.document import Document
from .nlp.models import Models
from .record import Article
from .settings import Settings


@dataclass
class Context:
    """The models, the settings and the loaded document, shared by the stages of one run."""

    models: Models
    settings: Settings = field(default_factory=Settings)
    document: Document | None = None

    def loaded(self) -> Document:
        """The loaded document; only the first stage reads it."""
        if self.document is None:
            raise ValueError("this stage reads the loaded document, and the context holds none")
        return self.document


StageFunction = Callable[[Article, Context], Article]


@dataclass(frozen=True)
class Stage:
    """One step of the analysis: a function `(article, context) -> article`, the fields of the
    article it reads (`needs`) and those it fills (`fills`)."""

    name: str
    run: StageFunction
    needs: tuple[str, ...]
    fills: tuple[str, ...]
