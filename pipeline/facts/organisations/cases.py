"""Court cases a text cites by their parties ("Pasquantino v. United States", «дело ООО «Ромашка» против ПАО
«Газпром»»): their parties' names and the court named by its case are no bodies of the text."""

from __future__ import annotations

import re

from ...intervals import Ranges
from ...nlp.lang import has_cyrillic
from .names import leading_the, legal_suffix

_IN_A_CASE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w'’-]+)$")
_PARTIES = re.compile(r"([A-Z][\w'’-]+)[ \t]+v\.[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}?([A-Z][\w'’-]+)(?![\w'’-]|[ \t]+[A-Z])")


def case_parties(texts: list[str]) -> frozenset[str]:
    """The words that name the parties of the court cases the texts cite ("Pasquantino" of "Pasquantino v.
    United States", "Boots" of "United States v. Boots")."""
    return frozenset(name for text in texts for m in _PARTIES.finditer(text) for name in m.groups())


def without_case(text: str, candidates: list[tuple[int, int, str]], places: Ranges[tuple[int, int]],
                 heads: frozenset[str], parties: frozenset[str]) -> list[tuple[int, int, str]]:
    """A court's name without the case it decided after "in" ("the Court in | Pasquantino", "the First Circuit
    Court of Appeals in | Boots", a party of a case the text cites or no place NER names); a place stays
    ("Mission in Liberia", "Embassy in Moscow")."""
    out = []
    for start, end, name in candidates:
        case = _IN_A_CASE.search(text[start:end])
        if case and not has_cyrillic(name) and (case.group(1) in parties or not places.overlaps(start + case.start(1), start + case.end(1))) \
                and re.split(r"\s(?:of|for|on)\s", text[start : start + case.start()])[0].split()[-1].lower() in heads:
            end = start + case.start()
            name = leading_the().sub("", " ".join(text[start:end].split()))
            if " " not in name:
                continue  # "the Court in Pasquantino": no name of its own
        words = leading_the().sub("", name).split()
        if len(words) == 2 and words[0] in parties and words[1].lower() in heads:
            continue  # "the Pasquantino Court": the court that decided the case, by the case's name
        out.append((start, end, name))
    return out


_PARTY_BEFORE = re.compile(r"(?<![\w.])(?:v|vs)\.[ \t]+$|[ \t]против[ \t]+[«\"]?$")
_PARTY_AFTER = re.compile(r",?[ \t]+(?:v|vs)\.[ \t]+[A-Z]|[»\"]?[ \t]+против[ \t]+[«\"]?[А-ЯЁ]")


def case_party(text: str, start: int, end: int) -> bool:
    """Whether a name is a party to a court case named by its parties ("United States v. | Curtiss-Wright Export
    Corp.", «дело | ООО «Ромашка» | против ПАО «Газпром»»): the case is named, not the body (which counts where the
    text names it otherwise); so is a name that holds the case whole ("Reliance Industries Ltd V. Designated
    Authority": a capital "V." after a company's legal form)."""
    return _PARTY_BEFORE.search(text, max(0, start - 8), start) is not None or _PARTY_AFTER.match(text, end) is not None \
        or any(legal_suffix().search(text[start:m.start()].rstrip()) or m.group(1) != "V" for m in _VERSUS.finditer(text, start, end))


_VERSUS = re.compile(r"(?<=\s)(v|vs|V|Vs)\.[ \t]+(?=[A-Z])")  # (a capital "V." alone may be a person's initial)

