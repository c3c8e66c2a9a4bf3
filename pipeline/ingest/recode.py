"""A line's text as the font meant it: Cyrillic read back from a Mac Roman or Windows font's codes
(«ÏÓ‰ÂÎ¸» for «модель»), hyphens some fonts map to control codes, Windows quotes read from C1 codes,
a Symbol font's marks, and a label set letter-spaced («А Н Н О Т А Ц И Я»)."""

from __future__ import annotations

import re

from ..nlp.lang import has_cyrillic

# characters a Mac Roman font shows for the bytes 0x80-0xFF: Cyrillic in cp1251 or Mac Cyrillic bytes
# read through such a font prints as «ÏÓ‰ÂÎ¸» for «модель», «ÇÇÖÑÖçàÖ» for «ВВЕДЕНИЕ»
_MAC_HIGH = "".join(bytes([b]).decode("mac_roman") for b in range(0x80, 0x100))
_MAC_RUN = re.compile(f"[{re.escape(_MAC_HIGH)}]{{3,}}")
_SPACED = re.compile(r"(?:[^\W\d_] {1,2}){4,}[^\W\d_]")
_MAC_SHORT = re.compile(f"(?<![^\\s(«])[{re.escape(_MAC_HIGH)}]{{1,2}}(?=[\\s.,;:)»]|$)")


SEPARATORS = "\x1c\x1d\x1e\x1f"  # information separators: a hyphen or a space, read by the repair
_CONTROL_HYPHEN = re.compile(rf"(?<=[^\W\d_])[{SEPARATORS}](?=[^\W\d_]|\s*$)")
# in a line of Cyrillic, any control character from 0x10 on between letters or after the last one is
# a hyphen some Russian fonts map there («ядерно\x13энергетических», «сис\x13» at a line's end); in
# Latin text TeX fonts put accents and letters in that range
_CYRILLIC_CONTROL_HYPHEN = re.compile(r"(?<=[^\W\d_])[\x10-\x1f](?=[^\W\d_]|\s*$)")
# the private-use codes a Symbol font's marks keep without a Unicode map: an asterisk, a bullet, a minus
_SYMBOL_FONT = str.maketrans({"\uf02a": "*", "\uf0b7": "•", "\uf02d": "-", "\uf0d7": "×"})
_SEPARATORS_AS_SPACES = str.maketrans(SEPARATORS, " " * len(SEPARATORS))
# a code touching a letter that no reading took (a ligature's, "A\x1brmacion"); one between spaces is a
# separator the repair reads ("Health data \x01 Compliance")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1b](?=[^\W\d_])|(?<=[^\W\d_])[\x00-\x08\x0b\x0c\x0e-\x1b]")


# C1 control codes a font maps its Windows-1252 glyphs to: a code the same glyph's Unicode follows
# ("WTO\x92’s") is that glyph once; the quotes and dashes (\x91-\x97) read as what they stand for; other
# codes are left to the byline's reading, where icons take them (an envelope after a name)
_C1 = re.compile(r"[\x80-\x9f]")


def _windows_glyph(m: re.Match[str]) -> str:
    glyph = bytes([ord(m.group())]).decode("cp1252", errors="ignore")
    if m.string[m.end():m.end() + 1] == glyph:
        return ""
    return glyph if "\x91" <= m.group() <= "\x97" else m.group()


# the characters `_codes_read` reads: control codes, C1 codes and a Symbol font's marks (most lines hold none)
_CODED = re.compile(r"[\x00-\x1f\x80-\x9f\uf02a\uf0b7\uf02d\uf0d7]")


def recoded(text: str) -> str:
    """The text with every run of three or more such characters read back as the Cyrillic it stands
    for, where it reads as Cyrillic letters throughout (a real «Société» or «Güçeri» has no such run),
    and the hyphen some fonts map to ^Z a hyphen again."""
    if _CODED.search(text):
        text = _codes_read(text)
    if _SPACED.fullmatch(text.strip()):  # "A B S T R A C T", «А Н Н О Т А Ц И Я»: a label set letter-spaced
        text = re.sub(r"(?<=\w) (?=\w)", "", text.strip()) if "  " not in text.strip() else \
            " ".join(word.replace(" ", "") for word in text.strip().split("  "))
    if not _MAC_RUN.search(text):
        return text
    out = _MAC_RUN.sub(_read_back, text)
    # with its words read back, a line's one- and two-letter words («Ò» for «с») are Cyrillic too
    return _MAC_SHORT.sub(_read_back, out) if out != text else out


def _codes_read(text: str) -> str:
    """The text with a Symbol font's marks, Windows glyphs read from C1 codes, hyphens mapped to control
    codes and information separators read, and the other control codes touching a letter left out."""
    # a hyphen glyph some fonts map to ^Z or to an information separator («E\x1dmail», «то\x1d» at a line's end)
    text = text.translate(_SYMBOL_FONT)
    if _C1.search(text):
        text = _C1.sub(_windows_glyph, text)
    hyphens = _CYRILLIC_CONTROL_HYPHEN if has_cyrillic(text) else _CONTROL_HYPHEN
    text = hyphens.sub("-", text.replace("\x1a", "-"))
    return _CONTROLS.sub("", text.translate(_SEPARATORS_AS_SPACES))


def _read_back(m: re.Match[str]) -> str:
    """The Cyrillic a run of such characters stands for, or the run as it is."""
    raw = m.group(0).encode("mac_roman")
    for encoding in ("cp1251", "mac_cyrillic"):  # «ÏÓ‰ÂÎ¸» is cp1251 bytes, «ëéêéëéÇëäàâ» Mac Cyrillic
        word = raw.decode(encoding, errors="replace")
        if all("а" <= c.lower() <= "я" or c in "ёЁ" for c in word):
            return word
    return m.group(0)
