"""What a client sends, made into uploads: files of a multipart body or a JSON text, checked for size and type
and saved under names the service makes; the client's file name stays data and never becomes a path."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import shutil
import unicodedata
import uuid
from pathlib import Path
from typing import IO, Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from ..settings import SUPPORTED_SUFFIXES
from .pool import Upload

MAX_JOB_FILES = 20  # files in one job
MAX_NAME = 200  # characters of a client's file name kept
_CHUNK = 1 << 20
# a file whose name has no supported suffix is taken by its declared type
SUFFIX_BY_TYPE = {
    "application/pdf": ".pdf", "text/plain": ".txt", "text/markdown": ".md", "text/html": ".html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
ACCEPTED = ", ".join(SUPPORTED_SUFFIXES)


class RequestError(Exception):
    """A request the service cannot take: its HTTP status and what was wrong."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def client_name(raw: Any, fallback: str) -> str:
    """The client's file name as data: its last part, printable characters only, at most MAX_NAME long."""
    text = raw if isinstance(raw, str) else ""
    last = text.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in last if c.isprintable() and unicodedata.category(c) != "Cf").strip()
    return name[:MAX_NAME] if name not in ("", ".", "..") else fallback


def suffix_of(name: str, content_type: str | None) -> str | None:
    """The supported suffix a file is read by: its name's, else its declared type's; None when neither."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    return SUFFIX_BY_TYPE.get((content_type or "").split(";")[0].strip().lower())


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_uploads(request: Request, folder: Path, limit: int, many: bool = False,
                       html: bool = False) -> list[Upload]:
    """The documents of a request (one, or up to MAX_JOB_FILES when `many`), saved in `folder`.

    Raises `RequestError`: 415 for a body or file of a type that is not read, 413 for a file over
    `limit` bytes, 422 for a malformed body or one without a document.
    """
    media = _media_type(request)
    if media == "multipart/form-data":
        return await _multipart(request, folder, limit, many, html)
    if media == "application/json" or media.endswith("+json"):
        if many:
            raise RequestError(415, "a job takes files: send multipart/form-data with one or more fields 'file'")
        return [await _json_text(request, folder, limit, html)]
    raise RequestError(415, f"unsupported body type {media or '(none)'!r}: send multipart/form-data with a "
                            "field 'file', or application/json {\"text\": \"...\", \"name\": \"...\"}")


async def _multipart(request: Request, folder: Path, limit: int, many: bool, html: bool) -> list[Upload]:
    try:
        form = await request.form(max_files=MAX_JOB_FILES if many else 1, max_fields=16, max_part_size=64 * 1024)
    except HTTPException as exc:
        raise RequestError(422, f"a malformed multipart body: {exc.detail}") from None
    try:
        parts = [value for key, value in form.multi_items() if key in ("file", "files")]
        if not parts:
            raise RequestError(422, "no document: send the file in the multipart field 'file'")
        if not many and len(parts) > 1:
            raise RequestError(422, "one file at a time here; POST several to /v1/jobs")
        files: list[tuple[UploadFile, str, str]] = []
        for part in parts:
            if not isinstance(part, UploadFile):
                raise RequestError(422, "the field 'file' must be a file, not a text field")
            name = client_name(part.filename, "upload")
            suffix = suffix_of(name, part.content_type)
            if suffix is None:
                raise RequestError(415, f"unsupported file type of {name!r}: expected one of {ACCEPTED}")
            if part.size is not None and part.size > limit:
                raise RequestError(413, f"{name!r} is larger than the limit of {limit / 1024 / 1024:g} MB")
            files.append((part, name, suffix))
        saved: list[Upload] = []
        try:
            for part, name, suffix in files:
                saved.append(await _save(part.file, folder, limit, name, suffix, html))
        except BaseException:
            discard(saved)
            raise
        return saved
    finally:
        await form.close()


async def _json_text(request: Request, folder: Path, limit: int, html: bool) -> Upload:
    try:
        data = json.loads(await request.body())
    except ValueError as exc:
        raise RequestError(422, f"the body is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise RequestError(422, "expected a JSON object with a string 'text' (and optionally 'name')")
    if data.get("name") is not None and not isinstance(data["name"], str):
        raise RequestError(422, "'name' must be a string")
    text: str = data["text"]
    if not text.strip():
        raise RequestError(422, "'text' is empty")
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RequestError(422, f"'text' is not valid Unicode ({exc.reason})") from None
    if len(raw) > limit:
        raise RequestError(413, f"the text is larger than the limit of {limit / 1024 / 1024:g} MB")
    name = client_name(data.get("name"), "text.txt")
    suffix = ".md" if name.lower().endswith(".md") else ".txt"
    return await _save(io.BytesIO(raw), folder, limit, name, suffix, html)


async def _save(source: IO[bytes], folder: Path, limit: int, name: str, suffix: str, html: bool) -> Upload:
    """Copy a document into `folder` under a name of the service's making; 413 past `limit` bytes."""
    path = folder / f"{uuid.uuid4().hex}{suffix}"
    digest = await asyncio.to_thread(_copy, source, path, limit)
    if digest is None:
        path.unlink(missing_ok=True)
        raise RequestError(413, f"{name!r} is larger than the limit of {limit / 1024 / 1024:g} MB")
    return Upload(path=str(path), name=name, label=f"upload/{digest}{suffix}", html=html)


def _copy(source: IO[bytes], path: Path, limit: int) -> str | None:
    """Write `source` to `path`; its sha256, or None once it passes `limit` bytes."""
    source.seek(0)
    digest = hashlib.sha256()
    written = 0
    with path.open("wb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > limit:
                return None
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def discard(uploads: list[Upload]) -> None:
    """Remove the saved files of `uploads`."""
    for upload in uploads:
        Path(upload.path).unlink(missing_ok=True)


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
