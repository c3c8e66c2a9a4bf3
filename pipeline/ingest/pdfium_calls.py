"""pdfium's text functions the readers of a page's characters call thousands of times a page, bound without
ctypes' conversion of each argument."""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


def unchecked(function: Any, restype: Any) -> Any:
    """A pdfium function called without ctypes' conversion of each argument (its `argtypes`): a third
    of the cost of a call, on a page that makes thousands. Arguments must be given as C values
    (pointers by `ctypes.byref`); Python ints pass as C ints."""
    bare = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    bare.restype = restype
    return bare


UNICODE_OF = unchecked(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
ANGLE_OF = unchecked(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
MATRIX_OF = unchecked(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
LOOSE_BOX = unchecked(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
ORIGIN = unchecked(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
WEIGHT_OF = unchecked(pdfium_c.FPDFText_GetFontWeight, ctypes.c_int)
FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
FONT_INFO = unchecked(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
IS_GENERATED = unchecked(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
TEXT_OBJECT = unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)  # an address, or None
