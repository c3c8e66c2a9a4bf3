"""The service's own pages: the upload page and the API docs, plain views rendered by the report templates'
environment (autoescaped), with no script, style or font from the network."""

from __future__ import annotations

from typing import Any

from ..render.report import render_view
from ..settings import SUPPORTED_SUFFIXES, Settings
from ..version import __version__

_METHODS = ("get", "post", "put", "patch", "delete")


def upload_page(settings: Settings, token: bool, max_file_mb: float) -> str:
    """The page at `/`: a form to drop a file on, a token field when the service has one."""
    view = {"ui": "en", "token": token, "max_file_mb": f"{max_file_mb:g}", "version": __version__,
            "accept": ",".join(SUPPORTED_SUFFIXES)}
    return render_view("upload.html.j2", view, settings)


def docs_page(settings: Settings, openapi: dict[str, Any]) -> str:
    """The page at `/docs`: every route of the OpenAPI description, its parameters, body and answers."""
    return render_view("docs.html.j2", docs_view(openapi), settings)


def docs_view(openapi: dict[str, Any]) -> dict[str, Any]:
    """A plain view of an OpenAPI description."""
    info = openapi.get("info", {})
    routes = []
    for path, operations in openapi.get("paths", {}).items():
        for method in _METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            body = operation.get("requestBody", {}).get("content", {})
            routes.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "description": _spans(operation.get("description", "")),
                "token": bool(operation.get("security")),
                "parameters": [{"name": p.get("name", ""), "where": p.get("in", ""), "required": p.get("required", False),
                                "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                               for p in operation.get("parameters", [])],
                "bodies": [{"media": media, "fields": _fields(content.get("schema", {}))}
                           for media, content in body.items()],
                "responses": [{"code": code, "description": answer.get("description", "")}
                              for code, answer in sorted(operation.get("responses", {}).items())],
            })
    return {"ui": "en", "title": info.get("title", ""), "version": info.get("version", ""),
            "description": info.get("description", ""), "routes": routes}


def _spans(text: str) -> list[dict[str, Any]]:
    """A description as plain pieces, those between backticks marked as code."""
    return [{"text": piece, "code": i % 2 == 1} for i, piece in enumerate(text.split("`")) if piece]


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    kind = str(schema.get("type", "object"))
    if kind == "array":
        return f"list of {_type(schema.get('items', {}))}"
    return "file" if schema.get("format") == "binary" else kind


def _fields(schema: dict[str, Any]) -> list[dict[str, Any]]:
    required = set(schema.get("required", []))
    return [{"name": name, "type": _type(sub), "required": name in required, "description": sub.get("description", "")}
            for name, sub in schema.get("properties", {}).items()]
