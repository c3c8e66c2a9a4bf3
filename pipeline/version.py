"""The version of the pipeline: records made by another version are made again.

`build()` is the release with a fingerprint of the package's code and data files after it: a record
made by other rules (another word list, another grammar) under the same release is made again too,
and a cluster's workers must run the very same files.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__version__ = "0.2.0"

_FILES = (".py", ".tsv", ".txt", ".jsonl", ".json", ".html", ".css", ".js")


@cache
def build() -> str:
    """The release and the fingerprint of the files this process runs ("0.2.0+4cc28378b1e8"), read once."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in _FILES and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
