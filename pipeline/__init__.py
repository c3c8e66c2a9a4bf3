"""Facts out of articles on customs cooperation: legal acts, organisations, countries, dates,
figures and directions of cooperation, as article records and HTML reports."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:
    from .analysis import analyze
    from .record import Article
    from .serialize import from_dict, to_dict, to_json

__all__ = ["Article", "__version__", "analyze", "from_dict", "to_dict", "to_json"]

# the API's names and their modules, imported on first use: the command line's own process starts
# without the analysis and its models (its workers import them)
_LAZY = {"analyze": "analysis", "Article": "record", "from_dict": "serialize", "to_dict": "serialize",
         "to_json": "serialize"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
