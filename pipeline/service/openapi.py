"""What the OpenAPI description says beyond what FastAPI reads off the routes: the bodies the routes read
themselves, the errors, and the bearer token."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from .guard import PROTECTED

_ERROR = {"application/json": {"schema": {
    "type": "object", "required": ["status", "message"],
    "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": _ERROR} for code, text in (
        (401, "No token, or a wrong one: send 'Authorization: Bearer <token>'"),
        (404, "Not found"),
        (413, "The document is larger than --max-file-mb"),
        (415, "A body or file of a type that is not read (PDF, TXT, DOCX, HTML, MD are)"),
        (422, "A malformed body, or a document that cannot be read"),
        (503, "Too many requests pending, or the workers not ready: retry after Retry-After seconds"),
        (504, "The document was not analysed within the time limit"),
    )}

_FILE = {"type": "string", "format": "binary", "description": "PDF, TXT, DOCX, HTML or MD"}

ANALYZE_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {"file": _FILE}}},
    "application/json": {"schema": {
        "type": "object", "required": ["text"],
        "properties": {"text": {"type": "string", "description": "the article's text"},
                       "name": {"type": "string", "description": "a name for it (a .md name reads Markdown)"}}}},
}}}

JOBS_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "array", "items": _FILE, "description": "the field repeated, once a file"}}}},
}}}


def add_security(app: FastAPI) -> None:
    """Say in the description that the /v1 routes take a bearer token, and that a 422 is our JSON error."""
    schema = app.openapi()
    schema.setdefault("components", {})["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "the token given with --token, when one is"}}
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses:  # FastAPI's own validation answer is replaced by ours
                responses["422"] = ERRORS[422]
            if path.startswith(PROTECTED + "/"):
                operation["security"] = [{"bearer": []}]
                responses.setdefault("401", ERRORS[401])
    for name in ("HTTPValidationError", "ValidationError"):
        schema.get("components", {}).get("schemas", {}).pop(name, None)
