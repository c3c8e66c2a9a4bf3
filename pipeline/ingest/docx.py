"""Word files through python-docx: paragraphs in document order, tables as `Table` records."""

from __future__ import annotations

import io
import logging
from typing import Any

from ..errors import InputError
from ..record import Table
from .document import TABLE_ANCHOR, Document

log = logging.getLogger(__name__)


def load_docx(data: bytes, path: str) -> Document:
    """One page of paragraphs (blank line between them) and the tables, each anchored where it stood."""
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError and XML errors on broken files
        raise InputError(path, f"not a readable DOCX file ({type(exc).__name__}: {exc})") from exc
    parts: list[str] = []
    tables: list[Table] = []
    for item in word.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                parts.append(text)
        elif isinstance(item, DocxTable):
            rows = _rows(item)
            if rows:
                tables.append(Table(caption=None, header=rows[0], rows=rows[1:], page=None))
                parts.append(TABLE_ANCHOR)
    return Document(path=path, data=data, format="docx", pages=["\n\n".join(parts)], tables=tables)


def _rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        if any(cells):
            rows.append(cells)
    return rows
