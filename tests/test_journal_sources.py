"""The list of real journal PDFs kept outside the repository names every annotated file once, with a
repository, a path, a commit and a sha256 to rebuild it from."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from journal_sources import LIST, sources  # noqa: E402


def test_every_annotated_pdf_is_listed_with_its_source() -> None:
    rows = sources(LIST.read_text("utf-8"))
    listed = {(split, name) for split, name, *_ in rows}
    annotated = {(p.parent.name, p.name.removesuffix(".gold.json"))
                 for p in (ROOT / "tests" / "data" / "journal_real" / "gold").glob("*/*.gold.json")}
    assert listed == annotated and len(rows) == len(listed) == 268
    for _, _, repository, path, commit, sha in rows:
        assert repository.count("/") == 1 and path and len(commit) == 40 and len(sha) == 64
