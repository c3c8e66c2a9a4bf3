"""Running the service: uvicorn on one event loop, the analysis in worker processes."""

from __future__ import annotations

import logging

from .app import ServiceOptions, create_app
from .guard import loopback

log = logging.getLogger(__name__)

TOKEN_VARIABLE = "CUSTOMS_PIPELINE_TOKEN"  # the token, when --token is not given
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class ServeError(Exception):
    """The service cannot start as asked (a flag the user must change)."""


def check(host: str, options: ServiceOptions) -> None:
    """Refuse what must not start: a service reachable from other machines without a token."""
    if not loopback(host) and not options.token:
        raise ServeError(f"serving on {host}, reachable from other machines, needs a token: give --token T "
                         f"(or set {TOKEN_VARIABLE}), or serve on 127.0.0.1")
    if options.workers < 1:
        raise ServeError(f"--workers must be at least 1, not {options.workers}")
    if options.settings.max_file_mb <= 0:
        raise ServeError(f"--max-file-mb must be more than 0, not {options.settings.max_file_mb:g}")


def serve(host: str, port: int, options: ServiceOptions, log_level: str = "info") -> None:
    """Serve until stopped (Ctrl-C or SIGTERM end the workers too)."""
    import uvicorn

    check(host, options)
    options.local = loopback(host)
    try:
        app = create_app(options)
    except OSError as exc:
        raise ServeError(f"the store {options.store} cannot be used ({exc.strerror or exc})") from exc
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on",
                            timeout_graceful_shutdown=5, server_header=False)
    uvicorn.Server(config).run()
