"""Rebuild the folders of real journal PDFs that `make eval` scores (`JOURNAL_PDFS`) from local git
clones of the repositories listed in tests/data/journal_real/ELSEWHERE.md. Each file is read at the
listed commit and kept only when its sha256 is the listed one; the annotations stay in
tests/data/journal_real/gold/<set>/.

Usage: python scripts/journal_sources.py CLONES OUTDIR
CLONES holds one clone per repository, named `owner+name` or `owner/name`; OUTDIR gets one folder per set
(dev/, dev2/, dev3/, dev4/, heldout/, heldout2/, heldout3/, heldout4/, heldout5/, heldout6/, heldout7/, heldout8/, heldout9/, heldout10/, heldout11/, heldout12/, heldout13/, heldout14/, heldout15/, heldout16/, heldout17/, heldout18/, heldout19/, heldout20/, heldout21/, heldout22/, heldout23/, heldout24/, heldout25/, heldout26/, heldout27/, heldout28/, heldout29/, heldout30/, heldout31/, heldout32/, heldout33/, heldout34/, heldout35/, heldout36/, heldout37/, heldout38/, heldout39/, heldout40/, heldout41/, heldout42/, heldout43/, heldout44/, heldout45/, heldout46/, heldout47/, heldout48/, heldout49/).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

LIST = Path(__file__).resolve().parent.parent / "tests" / "data" / "journal_real" / "ELSEWHERE.md"
_SET_ROW = re.compile(r"^\| ((?:dev|heldout)\d*) \| (.+) \|$")
_SOURCE = re.compile(r"(\S+/\S+) / `(.+)` / ([0-9a-f]{40})")


def sources(text: str) -> list[tuple[str, str, str, str, str, str]]:
    """(set, file, repository, path, commit, sha256) of every listed PDF."""
    sets = {name: m.group(1) for line in text.splitlines() if (m := _SET_ROW.match(line)) for name in m.group(2).split()}
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[0] in sets and (m := _SOURCE.match(cells[-2])):
            rows.append((sets[cells[0]], cells[0], *m.groups(), cells[-1]))
    return rows


def git_dir(clones: Path, repository: str) -> Path:
    for folder in (clones / repository.replace("/", "+"), clones / repository):
        for candidate in (folder / "repo" / ".git", folder / "repo", folder / ".git", folder):
            if (candidate / "HEAD").exists():
                return candidate
    raise FileNotFoundError(f"{repository}: no clone under {clones}")


def main(clones: Path, out: Path) -> int:
    missing = 0
    for split, name, repository, path, commit, sha in sources(LIST.read_text("utf-8")):
        try:
            data = subprocess.run(["git", "--git-dir", str(git_dir(clones, repository)), "show", f"{commit}:{path}"],
                                  capture_output=True, check=True).stdout
        except (FileNotFoundError, subprocess.CalledProcessError) as error:
            print(f"{name}: not rebuilt ({error})", file=sys.stderr)
            missing += 1
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            print(f"{name}: {repository} {commit}:{path} differs from the listed sha256", file=sys.stderr)
            missing += 1
            continue
        (out / split).mkdir(parents=True, exist_ok=True)
        (out / split / name).write_bytes(data)
        print(f"{split}/{name}")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
