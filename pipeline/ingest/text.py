"""Plain text and Markdown files: bytes to a string, whatever the encoding."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..nlp.lang import has_cyrillic

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, path: str) -> str:
    """Text of `data`: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern) or cp1251.

    Raises `InputError` when the bytes are not text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="replace"), path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), path)
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), path)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    _checked(text, path)
    if not has_cyrillic(text) and sum(b > 0x7F for b in data) > len(data) * 0.3:
        raise InputError(path, "not a text file (binary content)")
    return text


def _utf16_by_nuls(data: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when NULs fill one byte position of a sample and never the other,
    as in BOM-less UTF-16 (spaces and Latin letters have a NUL high byte), and the text reads well."""
    sample = data[:4000]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high > 0.05 and low < 0.01:
            text = sample.decode(codec, errors="replace")
            if sum(c.isprintable() or c in "\n\r\t" for c in text) > 0.95 * len(text):
                return codec
    return None


def _checked(text: str, path: str) -> str:
    """`text` unless control characters (NULs and the like) say it came from a binary file."""
    if "\x00" in text or len(_CONTROL.findall(text[:20000])) > max(3, len(text[:20000]) // 200):
        raise InputError(path, "not a text file (binary content)")
    return text


def load_text(data: bytes, path: str) -> list[str]:
    """The single page of a TXT or MD file."""
    return [decode(data, path)]
