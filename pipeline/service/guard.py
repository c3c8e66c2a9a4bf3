"""The door of the API: the token and the size of a request's body, checked before any of it is read.

Every error the service gives is JSON with a message (`message`); this module makes those answers.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROTECTED = "/v1"  # the routes the token guards; the page, its assets, /healthz and the docs need none


class TooLarge(Exception):
    """The body of a request grew past its limit while it was read."""

    def __init__(self, max_file_mb: float) -> None:
        super().__init__(f"the upload is larger than the limit of {max_file_mb:g} MB a document")


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON answer of every error: its status and a message saying what was wrong."""
    return JSONResponse({"status": status, "message": message}, status_code=status, headers=headers)


class Guard:
    """ASGI middleware: `Authorization: Bearer <token>` on every /v1 route when a token is set (401
    otherwise), and a body no longer than `limit(path)` bytes (413), by its Content-Length when given
    and by counting while it is read in any case, so an endless upload is never held in memory.

    Pages of other sites are kept out (403): a /v1 request a browser sends from another origin, and,
    on a loopback address (`local`), any request addressed to another host name (DNS rebinding)."""

    def __init__(self, app: ASGIApp, token: str | None, limit: Callable[[str], int], max_file_mb: float,
                 local: bool = False) -> None:
        self.app = app
        self.token = token
        self.limit = limit
        self.max_file_mb = max_file_mb
        self.local = local

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if self.local and not loopback(_name(host)):
            await error(403, f"this service answers requests to 127.0.0.1 or localhost only, not to {host!r}")(
                scope, receive, send)
            return
        if not (path == PROTECTED or path.startswith(PROTECTED + "/")):
            await self.app(scope, receive, send)
            return
        origin = headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != host:
            await error(403, f"requests from pages of {origin} are not taken")(scope, receive, send)
            return
        if self.token and not self._authorised(headers.get("authorization", "")):
            await error(401, "this service needs a token: send the header 'Authorization: Bearer <token>'",
                        {"WWW-Authenticate": "Bearer"})(scope, receive, send)
            return
        limit = self.limit(path)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await error(413, str(TooLarge(self.max_file_mb)))(scope, receive, send)
            return
        await self.app(scope, _counting(receive, limit, self.max_file_mb), send)

    def _authorised(self, header: str) -> bool:
        scheme, _, given = header.partition(" ")
        assert self.token is not None
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), self.token.encode())


def loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _name(host: str) -> str:
    """The host name of a Host header, without its port."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _counting(receive: Receive, limit: int, max_file_mb: float) -> Receive:
    """`receive` that raises `TooLarge` once more than `limit` bytes of body have come."""
    read = 0

    async def counted() -> Message:
        nonlocal read
        message: Message = await receive()
        if message["type"] == "http.request":
            read += len(message.get("body", b""))
            if read > limit:
                raise TooLarge(max_file_mb)
        return message

    return counted


def describe(exc: Any) -> str:
    """A validation error of FastAPI as one line: where and what."""
    parts = []
    for item in getattr(exc, "errors", lambda: [])():
        where = ".".join(str(p) for p in item.get("loc", ()))
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or str(exc)
