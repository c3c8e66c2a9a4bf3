"""HTML files through the standard library's parser: text blocks and tables, no scripts or menus.

Before the parser sees the page, comments are taken out (an unclosed `<!--` hides the rest of the page,
as in a browser) and a `<` that opens no tag (no `>` before the next `<`) is escaped: the parser would
otherwise re-read the rest of the page from each such `<`, in time quadratic in its length.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from ..record import Table
from .document import TABLE_ANCHOR, Document
from .text import decode

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)
_DECLARED_BYTES = 4096  # where a page declares its charset
_STRAY_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")  # a `<` whose tag is never closed before the next one
_SKIP = {"script", "style", "nav", "noscript", "template", "title", "footer", "aside", "svg", "form"}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "pre", "section",
           "article", "header", "dd", "dt", "figcaption", "caption", "ul", "ol", "main", "body"}


class _Collector(HTMLParser):
    """Collects block texts in order; a table becomes an anchor line and a `Table`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.tables: list[Table] = []
        self._current: list[str] = []
        self._skip = 0
        self._rows: list[list[str]] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._depth = 0  # nesting of tables; inner tables are read as text of their cell

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._flush()
                self._rows = []
        elif self._depth == 1 and tag == "tr":
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._cell = []
        elif tag in _BLOCKS and self._depth == 0:
            self._flush()
            if tag == "li":
                self._current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "table":
            self._depth -= 1
            if self._depth == 0 and self._rows is not None:
                rows = [r for r in self._rows if any(r)]
                if rows:
                    self.tables.append(Table(caption=None, header=rows[0], rows=rows[1:]))
                    self.blocks.append(TABLE_ANCHOR)
                self._rows = None
        elif self._depth == 1 and tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif self._depth == 1 and tag == "tr" and self._row is not None and self._rows is not None:
            self._rows.append(self._row)
            self._row = None
        elif tag in _BLOCKS and self._depth == 0:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._depth:
            if self._cell is not None:
                self._cell.append(data)
            return
        self._current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text and text != "-":
            self.blocks.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def load_html(data: bytes, path: str) -> Document:
    """One page of text blocks (blank line between them) and the tables found in the page."""
    warnings: list[str] = []
    collector = _Collector()
    collector.feed(markup(html_text(data, path, warnings)))
    collector.close()
    return Document(path=path, data=data, format="html", pages=["\n\n".join(collector.blocks)],
                    tables=collector.tables, warnings=warnings)


def html_text(data: bytes, path: str, warnings: list[str]) -> str:
    """The page as a string: in the charset its `<meta>` declares (a BOM comes first), else as any text."""
    declared = _CHARSET.search(data[:_DECLARED_BYTES])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = declared.group(1).decode("ascii")
        try:
            return data.decode(codecs.lookup(name).name)
        except LookupError:
            warnings.append(f"the page declares an unknown charset {name!r}; its encoding was guessed")
        except UnicodeDecodeError:
            warnings.append(f"the page is not in the charset it declares ({name}); its encoding was guessed")
    return decode(data, path, warnings)


def markup(text: str) -> str:
    """`text` without comments, a comment never closed cutting the rest, and with stray `<` escaped."""
    kept: list[str] = []
    start = 0
    while (opening := text.find("<!--", start)) != -1:
        kept.append(text[start:opening])
        closing = text.find("-->", opening + 4)
        if closing == -1:
            start = len(text)
            break
        start = closing + 3
    kept.append(text[start:])
    return _STRAY_LT.sub("&lt;", "".join(kept))
