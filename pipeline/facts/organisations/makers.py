"""The makers and suppliers a methods section names in brackets with their place: "(Carl Zeiss,
Germany)", "(version 2; Psychology Software Tools, Pittsburgh, USA)", «(Bruker, Германия)»."""

from __future__ import annotations

import re

from ..countries import country_names
from .names import legal_suffix

# "(Carl Zeiss, Germany)", "(version 2; Psychology Software Tools, Pittsburgh, USA)", «(Bruker, Германия)»
_SUPPLIER = re.compile(r"(?<=[(;])[ \t]*(?P<name>[A-ZА-ЯЁ][\w&.'’-]*(?:[ \t]+(?:[A-ZА-ЯЁ][\w&.'’-]*|&|and|de|и)){0,4})"
                       r"[ \t]*,[ \t]*(?P<place>[^()\n]{2,60})\)")


def suppliers(text: str) -> list[tuple[int, int, str]]:
    """The makers and suppliers a methods section names in brackets before their place, its last part a
    country: each is a company; not a model's code before it ("DS5, Digitimer, ..."), nor the town of a
    company named right before the bracket ("Siemens AG (Erlangen, Germany)")."""
    out = []
    for m in _SUPPLIER.finditer(text):
        place = m.group("place").split(",")[-1].strip().lower()
        start, name = m.start("name"), m.group("name")
        if any(ch.isdigit() for ch in name):  # the model's code, then its maker
            maker = re.match(r"\s*([A-ZА-ЯЁ][\w&.'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w&.'’-]*){0,3})\s*,", m.group("place"))
            if maker is None:
                continue
            start, name = m.start("place") + maker.start(1), maker.group(1)
        if start == m.start("name") and legal_suffix().search(text[max(0, m.start() - 40):m.start()].rstrip(" \t(")):
            continue  # the company's address
        if place in country_names() and name.lower() not in country_names():
            out.append((start, start + len(name), name))
    return out
