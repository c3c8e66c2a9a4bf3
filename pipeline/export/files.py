"""Where outputs go and how they are written: atomic files, names that never collide."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..settings import SUPPORTED_SUFFIXES

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".pipeline-tmp"  # a suffix only this pipeline uses: a sweep never takes a user's `*.part`
TEMP_PREFIX = ".~"  # with TEMP_SUFFIX, the name of every temporary file atomic_write makes
MAX_NAME_BYTES = 255  # the longest file name most file systems allow
_ADDED_BYTES = len(".html") + len(TEMP_PREFIX) + len(".xxxxxxxx") + len(TEMP_SUFFIX)  # what outputs add to a name


def printable(name: str) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8 shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Target:
    """One input file and the names of its outputs, relative to the output folder."""

    path: Path  # the input file as found
    rel: Path  # its name under the output folder, without the added suffix

    @property
    def json(self) -> Path:
        return self.rel.parent / f"{self.rel.name}.json"

    @property
    def html(self) -> Path:
        return self.rel.parent / f"{self.rel.name}.html"


@cache
def _file_mode() -> int:
    """The mode a newly created file gets here: rw for all, less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` so that a reader sees either the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())  # mkstemp makes the file private; outputs are as readable as any file
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and exc.errno and not exc.filename:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc  # name the file the write was for
        raise


def sweep_temp_files(out: Path) -> int:
    """Remove the temporary files an interrupted run left under `out` (only atomic_write's own); returns how many."""
    removed = 0
    for tmp in out.rglob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if tmp.is_file() and not tmp.is_symlink():
            tmp.unlink()
            removed += 1
    if removed:
        log.info("removed %d unfinished temporary files under %s", removed, out)
    return removed


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def discover(inputs: Iterable[Path], out: Path) -> tuple[list[Target], list[Path]]:
    """The supported files under `inputs` with their output names, and the inputs that do not exist.

    Folders are searched recursively in sorted order; hidden files and anything under `out` are
    skipped; a file reached twice counts once. An output name already taken gets the input folder's
    name in front, then a number, so two inputs never write to one place.
    """
    out_resolved = out.resolve()
    targets: list[Target] = []
    missing: list[Path] = []
    seen: set[Path] = set()
    taken: set[Path] = set()
    for given in inputs:
        if not given.exists():
            missing.append(given)
            continue
        if given.is_dir():
            found = sorted(p for p in given.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not _hidden(p.relative_to(given))
                           and not _inside(p, out_resolved))
            pairs = [(p, p.relative_to(given)) for p in found]
            prefix = Path(given.resolve().name or "input")
        else:
            pairs = [(given, Path(given.name))]
            prefix = Path(given.resolve().parent.name or "input")
        for path, rel in pairs:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            rel = _free_name(_short_name(rel), prefix, taken)
            taken.add(rel)
            targets.append(Target(path=path, rel=rel))
    return targets, missing


def _short_name(rel: Path) -> Path:
    """`rel` with every part short enough that its outputs and their temporary files fit in a file name:
    a long part keeps its beginning and suffix and gains a digest of its whole name, so it stays unique."""
    limit = MAX_NAME_BYTES - _ADDED_BYTES - 8  # room for the "~2" a taken name gets
    parts = []
    for part in rel.parts:
        raw = os.fsencode(part)
        if len(raw) > limit:
            suffix = os.fsencode(Path(part).suffix)[:16]
            digest = hashlib.sha256(raw).hexdigest()[:12].encode()
            stem = raw[: limit - len(suffix) - len(digest) - 1].decode("utf-8", "ignore").encode()
            part = os.fsdecode(stem + b"~" + digest + suffix)
        parts.append(part)
    return Path(*parts)


def _free_name(rel: Path, prefix: Path, taken: set[Path]) -> Path:
    if rel not in taken:
        return rel
    candidate = prefix / rel
    number = 2
    while candidate in taken:
        candidate = rel.parent / f"{rel.stem}~{number}{rel.suffix}"
        number += 1
    return candidate
