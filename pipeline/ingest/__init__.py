"""Loading files of every supported kind into a `Document`: raw page texts, tables, warnings."""

from __future__ import annotations

import logging
from pathlib import Path, PurePath

from ..errors import InputError
from ..settings import SUPPORTED_SUFFIXES, Settings
from .document import TABLE_ANCHOR, Document
from .tables import split_delimited
from .text import decode

log = logging.getLogger(__name__)

__all__ = ["TABLE_ANCHOR", "Document", "load", "load_bytes", "load_string", "read_input"]


def load(path: Path, settings: Settings) -> Document:
    """Read the file at `path` by its suffix. Raises `InputError` naming the file and the problem."""
    return load_bytes(read_input(path, settings), str(path), settings)


def read_input(path: Path, settings: Settings) -> bytes:
    """The bytes of an input file of a supported kind within the size limit; `InputError` otherwise."""
    name = str(path)
    _check_suffix(name)
    try:
        size = path.stat().st_size
        if size > settings.max_file_mb * 1024 * 1024:
            raise InputError(name, f"the file is {size / 1024 / 1024:.1f} MB, "
                                   f"more than the limit of {settings.max_file_mb:g} MB")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc


def load_bytes(data: bytes, name: str, settings: Settings) -> Document:
    """A file's bytes read by the suffix of its `name` (a file read elsewhere, e.g. by a batch's client)."""
    suffix = _check_suffix(name)
    if len(data) > settings.max_file_mb * 1024 * 1024:
        raise InputError(name, f"the file is {len(data) / 1024 / 1024:.1f} MB, "
                               f"more than the limit of {settings.max_file_mb:g} MB")
    if not data:
        raise InputError(name, "the file is empty")
    log.debug("loading %s (%d bytes)", name, len(data))
    if suffix == ".pdf":
        from .pdf import load_pdf

        return load_pdf(data, name, settings)
    if suffix == ".docx":
        from .docx import load_docx

        return load_docx(data, name)
    if suffix in (".html", ".htm"):
        from .html import load_html

        return load_html(data, name)
    fmt = "md" if suffix == ".md" else "txt"
    warnings: list[str] = []
    document = _plain(name, data, fmt, decode(data, name, warnings))
    document.warnings.extend(warnings)
    return document


def _check_suffix(name: str) -> str:
    """The lower-case suffix of a supported file name; `InputError` for any other."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(name, f"unsupported file type {suffix or '(no suffix)'!r}; "
                               f"expected one of {', '.join(SUPPORTED_SUFFIXES)}")
    return suffix


def load_string(text: str, name: str = "<string>") -> Document:
    """A text given as a string, as if read from a TXT file."""
    return _plain(name, text.encode("utf-8"), "txt", text)


def _plain(name: str, data: bytes, fmt: str, text: str) -> Document:
    """A one-page document of plain text; tab-separated and pipe tables taken out as tables."""
    text, tables = split_delimited(text, TABLE_ANCHOR)
    return Document(path=name, data=data, format=fmt, pages=[text], tables=tables)
