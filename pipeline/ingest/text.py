"""Plain text and Markdown files: bytes to a string, whatever the encoding.

charset-normalizer names the encoding of bytes that are not UTF-8 or UTF-16; among its close
candidates the one whose words read as words (Cyrillic or Latin, in one case pattern) wins, and a
warning says so when the detector itself was unsure.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import InputError
from ..nlp.lang import has_cyrillic

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_WORD = re.compile(r"[^\W\d_]+")
_WELL_FORMED = re.compile(r"[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+|[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+")
SURE_COHERENCE = 0.2  # below this share of the language's common letters the detector is unsure
_DETECT_BYTES = 200_000  # the detector reads a sample; enough to tell an encoding apart
FALLBACK = "cp1251"  # when the detector names nothing


def decode(data: bytes, path: str, warnings: list[str] | None = None) -> str:
    """Text of `data`: UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), or the single-byte
    encoding charset-normalizer finds (KOI8-R, CP866, Mac-Cyrillic, cp1251, Latin-1 ...).

    Appends to `warnings` when the encoding was guessed with little confidence. Raises `InputError`
    when the bytes are not text.
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
    text = _detected(data, path, warnings)
    _checked(text, path)
    if not has_cyrillic(text) and sum(b > 0x7F for b in data) > len(data) * 0.3:
        raise InputError(path, "not a text file (binary content)")
    return text


def _detected(data: bytes, path: str, warnings: list[str] | None) -> str:
    """`data` decoded in the encoding the detector offers whose text reads best."""
    matches = list(from_bytes(data[:_DETECT_BYTES]))
    if not matches:
        _warn(warnings, f"the encoding could not be recognised; read as {FALLBACK}")
        return data.decode(FALLBACK, errors="replace")
    least = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least + 0.1]
    best = max(close, key=lambda m: (_readable(str(m)), m.coherence))
    try:
        text = data.decode(best.encoding, errors="replace")
    except LookupError:
        text = data.decode(FALLBACK, errors="replace")
    if best.coherence < SURE_COHERENCE or _readable(str(best)) < 0.9:
        _warn(warnings, f"the encoding is uncertain; read as {best.encoding}")
    return text


def _readable(text: str) -> float:
    """The share of letters standing in words of one alphabet and one case pattern (Москва, ФТС, the)."""
    letters = well = 0
    for word in _WORD.findall(text):
        letters += len(word)
        if _WELL_FORMED.fullmatch(word):
            well += len(word)
    return well / letters if letters else 0.0


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is not None:
        warnings.append(message)


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
