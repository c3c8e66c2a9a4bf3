"""Where outputs go and how they are written: atomic files, names that never collide."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
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


@dataclass(frozen=True)
class Skipped:
    """An entry of an input folder that is not analysed, and why."""

    path: Path
    reason: str


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def _odd_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a folder is, or None."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file"


def _walk(folder: Path, root: Path, out: Path, follow_links: bool, skipped: list[Skipped],
          visited: set[Path]) -> list[Path]:
    """The supported files under `folder` (part of the input folder `root`), the rest into `skipped`."""
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        skipped.append(Skipped(folder, f"the folder cannot be read ({exc.strerror or exc})"))
        return found
    for entry in entries:
        if _inside(entry, out) and not entry.is_symlink():
            continue  # the run's own outputs
        if _hidden(entry.relative_to(root)):
            skipped.append(Skipped(entry, "a hidden file or folder"))
            continue
        if entry.is_symlink():
            try:
                target = entry.resolve(strict=True)
            except (OSError, RuntimeError):
                skipped.append(Skipped(entry, "a link to nothing (its target does not exist)"))
                continue
            if not follow_links and not _inside(target, root.resolve()):
                skipped.append(Skipped(entry, f"a link to {target}, outside the input folder; not followed "
                                              "(--follow-links follows it)"))
                continue
            if _inside(target, out):
                continue
        try:
            mode = entry.stat().st_mode
        except OSError as exc:
            skipped.append(Skipped(entry, f"cannot be read ({exc.strerror or exc})"))
            continue
        odd = _odd_kind(mode)
        if odd:
            skipped.append(Skipped(entry, f"{odd}, not a file to read"))
        elif stat.S_ISDIR(mode):
            if entry.suffix.lower() in SUPPORTED_SUFFIXES:
                skipped.append(Skipped(entry, f"a folder named like a {entry.suffix} file; its contents are "
                                              "not read"))
                continue
            key = entry.resolve()
            if key in visited:
                continue  # a link back into a folder already read
            visited.add(key)
            found.extend(_walk(entry, root, out, follow_links, skipped, visited))
        elif entry.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append(Skipped(entry, f"unsupported file type {entry.suffix.lower() or '(no suffix)'!r}; "
                                          f"expected one of {', '.join(SUPPORTED_SUFFIXES)}"))
        else:
            found.append(entry)
    return found


def discover(inputs: Iterable[Path], out: Path, follow_links: bool = False,
             skipped: list[Skipped] | None = None) -> tuple[list[Target], list[Path]]:
    """The supported files under `inputs` with their output names, and the inputs that do not exist.

    Folders are searched recursively in sorted order; anything under `out` is left out silently.
    Every other entry of a folder that is not read is appended to `skipped` (when given) with the
    reason, and logged: hidden files and folders, FIFOs, devices and sockets, folders named like
    files (`x.txt/`), links to nothing, files of other types, and links that lead outside the input
    folder (followed only with `follow_links`). A file named on its own is taken as named, unless it
    is no regular file. A file reached twice counts once. An output name already taken gets the input
    folder's name in front, then a number, so two inputs never write to one place.
    """
    out_resolved = out.resolve()
    targets: list[Target] = []
    missing: list[Path] = []
    passed: list[Skipped] = []
    seen: set[Path] = set()
    taken: set[Path] = set()
    for given in inputs:
        if not given.exists():
            missing.append(given)
            continue
        if given.is_dir():
            found = _walk(given, given, out_resolved, follow_links, passed, {given.resolve()})
            pairs = [(p, p.relative_to(given)) for p in sorted(found)]
            prefix = Path(given.resolve().name or "input")
        else:
            odd = _odd_kind(given.stat().st_mode)
            if odd:
                passed.append(Skipped(given, f"{odd}, not a file to read"))
                continue
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
    for entry in passed:
        log.log(logging.INFO if entry.reason.startswith("a hidden") else logging.WARNING,
                "%s skipped: %s", entry.path, entry.reason)
    if skipped is not None:
        skipped.extend(passed)
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
