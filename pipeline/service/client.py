"""A small client of the API on the standard library, for scripts, the benchmark and the tests."""

from __future__ import annotations

import http.client
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit


@dataclass
class Answer:
    """What the service answered."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def multipart(files: Iterable[tuple[str, bytes, str]], field_name: str = "file") -> tuple[bytes, str]:
    """A multipart/form-data body of `(file name, bytes, content type)` files, and its Content-Type."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, data, content_type in files:
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field_name}"; filename="{quoted}"\r\n'
                     f"Content-Type: {content_type}\r\n\r\n".encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


class Client:
    """Requests to one service, with its token when it has one."""

    def __init__(self, base: str, token: str | None = None, timeout: float = 300.0) -> None:
        self.base = urlsplit(base)
        self.token = token
        self.timeout = timeout

    def request(self, method: str, path: str, body: bytes | Iterable[bytes] | None = None,
                headers: dict[str, str] | None = None, query: dict[str, Any] | None = None,
                chunked: bool = False) -> Answer:
        """One request; a body the service stops reading (an early 413) still gets its answer."""
        headers = dict(headers or {})
        if self.token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {self.token}"
        if query:
            path += "?" + urlencode({k: v for k, v in query.items() if v is not None})
        conn = http.client.HTTPConnection(self.base.hostname or "127.0.0.1", self.base.port, timeout=self.timeout)
        try:
            conn.putrequest(method, path, skip_host="Host" in headers, skip_accept_encoding=True)
            data = body if isinstance(body, bytes) else None
            if data is not None and not chunked:
                headers["Content-Length"] = str(len(data))
            elif body is not None:
                headers["Transfer-Encoding"] = "chunked"
            for key, value in headers.items():
                conn.putheader(key, value)
            conn.endheaders()
            try:
                if body is not None:
                    _send(conn, body, chunked or data is None)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the service answered before reading it all: its answer is waiting
            response = conn.getresponse()
            return Answer(response.status, response.read(), {k.lower(): v for k, v in response.getheaders()})
        finally:
            conn.close()

    def get(self, path: str, **query: Any) -> Answer:
        return self.request("GET", path, query=query or None)

    def analyze_file(self, name: str, data: bytes, content_type: str = "application/octet-stream",
                     html: bool = False) -> Answer:
        body, kind = multipart([(name, data, content_type)])
        return self.request("POST", "/v1/analyze", body, {"Content-Type": kind},
                            query={"format": "html"} if html else None)

    def analyze_text(self, text: str, name: str | None = None) -> Answer:
        payload = json.dumps({"text": text, "name": name}, ensure_ascii=False).encode()
        return self.request("POST", "/v1/analyze", payload, {"Content-Type": "application/json"})


def _send(conn: http.client.HTTPConnection, body: bytes | Iterable[bytes], chunked: bool) -> None:
    if not chunked:
        assert isinstance(body, bytes)
        conn.send(body)
        return
    pieces = [body] if isinstance(body, bytes) else body
    for piece in pieces:
        if piece:
            conn.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
    conn.send(b"0\r\n\r\n")
