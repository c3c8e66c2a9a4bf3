"""English names NER missed, read from runs of capitalised words that an organisation word heads."""

from __future__ import annotations

from ...intervals import Ranges
from ...lexicon.cues import FUNCTION_WORDS, forms, word_set
from ...lexicon.gazetteer import Piece, is_abbreviation
from ...nlp.lang import has_cyrillic
from ..dates import months
from .names import ORG_WORDS

_MAX_TITLE = 10


def connectors() -> frozenset[str]:
    """Lower-case words that may join the capitalised words of an English name: "of", "on", "the"."""
    return word_set(ORG_WORDS, "connector")


def inner_article(words: list[str]) -> int | None:
    """Where "the" stands inside a run of words, not after "of", "for", ...: a name begins after it
    ("Later the Foreign Affairs Ministry"); None when it does not."""
    the = forms(FUNCTION_WORDS, "definite")
    return next((i for i, w in enumerate(words) if i > 0 and w in the and words[i - 1] not in connectors()), None)


def title_case_names(
    text: str,
    text_pieces: list[Piece],
    taken: list[tuple[int, int, str]],
    word_lists: tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]],
) -> list[tuple[int, int, str]]:
    """English names NER missed: two or more capitalised words headed by an organisation word
    ("Energy Policy Council", "Council on Border Issues"), an abbreviation only as the first of them
    ("FCTC Secretariat"), within one line."""
    out: list[tuple[int, int, str]] = []
    run: list[Piece] = []
    found = Ranges(taken)
    joining = connectors()
    for piece in [*text_pieces, None]:
        if piece is not None and run and "\n" in text[run[-1].end : piece.start]:
            if len(run) > 1:  # a single word is no name: most runs are answered without a look
                out.extend(_title_name(text, run, found, word_lists))
            run = []
        if piece is not None and (piece.capital or (run and piece.text in joining)) and piece.word \
                and not has_cyrillic(piece.text) and (
            (piece.capital and not is_abbreviation(piece.text)) or (run and piece.text in joining)
        ):
            run.append(piece)
            continue
        if piece is not None and piece.capital and is_abbreviation(piece.text) and piece.word \
                and len(piece.text) >= 2 and piece.text.isalpha():
            if len(run) > 1:
                out.extend(_title_name(text, run, found, word_lists))
            run = [piece]  # "The | FCTC Secretariat", "the World Health Organization and | FCTC Secretariat"
            continue
        if len(run) > 1:
            out.extend(_title_name(text, run, found, word_lists))
        run = []
    return out


def _title_name(
    text: str,
    run: list[Piece],
    taken: Ranges[tuple[int, int, str]],
    word_lists: tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]],
) -> list[tuple[int, int, str]]:
    generic, _, heads = word_lists
    # (a little word opening a sentence has its capital: "In Civil Society under ..."; a word of address is none of
    # the name: "the Honourable | High Court")
    while run and (run[0].lemma in word_set(ORG_WORDS, "determiner") or run[0].text.lower() in connectors()
                   or run[0].text.lower() in word_set(ORG_WORDS, "honorific")):
        run = run[1:]
    opened = inner_article([p.text for p in run])
    if opened is not None:
        run = run[opened + 1 :]
    # an abbreviation NER alone offered opens a body's name with the head word after it ("FCTC Secretariat")
    bare = bool(run) and is_abbreviation(run[0].text) \
        and [(s, e, n) for s, e, n in taken.overlapping(run[0].start, run[0].end)] == [(run[0].start, run[0].end, "")]
    if run and not bare and is_abbreviation(run[0].text) and taken.overlaps(run[0].start, run[0].end):
        run = run[1:]  # "WTO | Dispute Settlement Body": the rest of the run may name a body of its own
    reach = next((i for i, p in enumerate(run) if (i or not bare) and taken.overlaps(p.start, p.end)), None)
    if reach:  # the run goes on into a name found before ("Technical Committee of the | World Customs ...")
        run = run[:reach]
    # "Dispute Settlement Body | in June": a month after a connector is the time, no part of the name
    dated = next((i for i in range(1, len(run)) if run[i - 1].text in connectors() and run[i].text.lower() in months()), None)
    if dated is not None:
        run = run[:dated]
    while run and run[-1].text in connectors():
        run = run[:-1]
    capitals = [p for p in run if p.capital]
    if len(capitals) < 2 or len(run) > _MAX_TITLE:
        return []
    head = capitals[0]
    for p in run:
        if p.text in connectors():
            break
        head = p
    start, end = run[0].start, run[-1].end
    if head.lemma not in heads or taken.overlaps(run[1].start if bare else start, end):
        return []
    if is_abbreviation(run[0].text) and len([p for p in run[1:] if p.capital]) >= 2:
        # "PTC | Christian Labor Party" (a table's code before the name), "IMF | Fiscal Affairs Department":
        # the capitalised words after the abbreviation name the body whole
        run = run[1:]
        start = run[0].start
    if tuple(p.lemma for p in run) in generic:
        return []
    return [(start, end, " ".join(text[start:end].split()))]
