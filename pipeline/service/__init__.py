"""The HTTP API and the upload page: `python -m pipeline serve`."""

from .app import ServiceOptions, create_app
from .server import ServeError, serve

__all__ = ["ServeError", "ServiceOptions", "create_app", "serve"]
