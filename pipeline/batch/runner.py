"""The batch: many files in, one record and page each, then the corpus-wide exports and index.

Files whose bytes and pipeline version are unchanged and whose outputs exist are skipped, so a run
that was stopped half-way is finished by running it again. A file that fails for a passing reason
(time, memory, a full disk) keeps the record of its last good run when its bytes are unchanged; the
records of inputs that are gone leave the output folder, so every export agrees with the records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import signal
import sqlite3
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO
from urllib.parse import quote

from ..export.files import Skipped, Target, atomic_write, discover, printable, sweep_temp_files
from ..record import SCHEMA_VERSION
from ..serialize import schema
from ..settings import Settings
from ..version import build
from .workers import PASSING_STAGES, Outcome, PoolError, Task, WorkerPool

log = logging.getLogger(__name__)

ERRORS = "errors.jsonl"
RECORDS = "records.jsonl"
SQLITE = "facts.sqlite"
INDEX = "index.html"
KEPT = "kept the record of the last good run"
_PASSING_ERRNOS = ("[Errno 28]", "[Errno 122]")  # no space left on the device, disk quota exceeded


@dataclass
class Failure:
    """A file that produced no record, and why."""

    file: str
    stage: str
    message: str
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def __post_init__(self) -> None:
        self.file = printable(self.file)


@dataclass
class BatchResult:
    """What a batch did: counts that add up to the number of inputs, and per-file measurements."""

    written: list[Target] = field(default_factory=list)
    skipped: list[Target] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    rendered: list[Target] = field(default_factory=list)  # skipped, their page made again from the record
    kept: list[Target] = field(default_factory=list)  # failed, the record of their last good run kept
    removed: list[str] = field(default_factory=list)  # records removed: their inputs are gone
    foreign: list[Failure] = field(default_factory=list)  # JSON files under the output folder that are no records
    passed_over: list[Failure] = field(default_factory=list)  # folder entries not read: hidden, links out, ...
    corpus_error: str | None = None  # the index page could not be rendered

    @property
    def total(self) -> int:
        return len(self.written) + len(self.skipped) + len(self.failures)

    def stage_seconds(self) -> dict[str, float]:
        """Seconds spent in each stage (and on pages and records) over the files analysed, in stage order."""
        total: dict[str, float] = {}
        for outcome in self.outcomes:
            for name, seconds in outcome.timings.items():
                total[name] = total.get(name, 0.0) + seconds
        return total


def run_batch(inputs: list[Path], out: Path, settings: Settings, stream: TextIO | None = None) -> int:
    """Analyse `inputs` into `out`; 0 when every input has a record, 1 when any failed, 2 when none could start."""
    stream = stream or sys.stderr
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        stream.write(f"error: the output folder {out} cannot be created ({exc.strerror or exc})\n")
        return 2
    stop = _on_sigterm()
    try:
        result = run(inputs, out, settings, stream)
    except PoolError as exc:
        stream.write(f"error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        stream.write(f"\nstopped: the run into {out} was interrupted; run the same command again to finish it\n")
        return 130
    except (OSError, sqlite3.OperationalError) as exc:
        filename = getattr(exc, "filename", None)
        where = printable(str(filename)) if filename else str(out / SQLITE if isinstance(exc, sqlite3.Error) else out)
        stream.write(f"error: {where} could not be written ({getattr(exc, 'strerror', None) or exc}); "
                     "free some space and run the same command again to finish\n")
        return 2
    finally:
        stop()
    return 1 if result.failures or result.corpus_error else 0


def _on_sigterm() -> Any:
    """Make SIGTERM end the run as Ctrl-C does (workers ended, one line); returns what undoes that."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


def run(inputs: list[Path], out: Path, settings: Settings, stream: TextIO | None = None) -> BatchResult:
    """The batch itself: records and pages per file, then exports and the index over all records in `out`."""
    stream = stream or sys.stderr
    out.mkdir(parents=True, exist_ok=True)
    sweep_temp_files(out)
    entries: list[Skipped] = []
    targets, missing = discover(inputs, out, settings.follow_links, entries)
    result = BatchResult(failures=[Failure(str(p), "input", "no such file or folder") for p in missing])
    named = {str(p) for p in inputs}
    # an entry of a folder is passed over with its reason; an input named on its own that cannot be
    # read is a failure of the run
    result.failures += [Failure(path, "input", f"not a regular file ({reason}); skipped")
                        for path, reason in {str(s.path): s.reason for s in entries if str(s.path) in named}.items()]
    result.passed_over = [Failure(str(s.path), "input", f"{s.reason}; passed over")
                          for s in entries if str(s.path) not in named]
    regular = [t for t in targets if _regular(t.path)]
    result.failures += [Failure(str(t.path), "input", "not a regular file (a pipe, device or socket); skipped")
                        for t in targets if t not in regular]
    targets = regular
    for failure in result.failures:
        _say(stream, settings, failure)
    result.removed = _remove_vanished(out, inputs, targets)
    todo: list[Target] = []
    for target in targets:
        record = None if settings.force else _current_record(target, out)
        if record is None:
            todo.append(target)
            continue
        if settings.html and not _page_current(out / target.html, record, settings):
            if not _render_page(record, target, out, settings):
                todo.append(target)
                continue
            result.rendered.append(target)
        result.skipped.append(target)
    log.info("%d files to analyse, %d unchanged", len(todo), len(result.skipped))
    if todo:
        _analyse(todo, out, settings, stream, result)
    records = load_records(out, result.foreign)
    for failure in [*result.foreign, *result.passed_over]:
        _say(stream, settings, failure, "skipped")
    atomic_write(out / ERRORS, "".join(json.dumps(f.__dict__, ensure_ascii=False) + "\n"
                                       for f in [*result.failures, *result.foreign, *result.passed_over]))
    if settings.exports or settings.html:
        result.corpus_error = _finish_corpus(out, settings, result.failures, records)
        if result.corpus_error:
            stream.write(f"error: {result.corpus_error}\n")
    plural = "s" if len(result.rendered) != 1 else ""
    rendered = f" ({len(result.rendered)} page{plural} made from the record{plural})" if result.rendered else ""
    kept = f" ({len(result.kept)} {KEPT})" if result.kept else ""
    removed = f", {len(result.removed)} removed (input gone)" if result.removed else ""
    stream.write(f"{len(result.written)} records written, {len(result.skipped)} skipped (unchanged){rendered}, "
                 f"{len(result.failures)} failed{kept}, of {result.total} inputs{removed}\n")
    return result


def _regular(path: Path) -> bool:
    """Whether `path` is a regular file (a pipe would block whoever reads it)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # gone or unreadable: the analysis says so


def _remove_vanished(out: Path, inputs: list[Path], targets: list[Target]) -> list[str]:
    """Remove the records and pages of files that were under this run's inputs and are gone (deleted,
    renamed, or no longer a regular file); returns their source paths."""
    current = {printable(os.path.abspath(t.path)) for t in targets}
    given = [printable(os.path.abspath(p)) for p in inputs]
    removed = []
    for rel, record in load_records(out):
        source = os.path.abspath(record["source"]["path"])
        under = any(source == g or source.startswith(g.rstrip(os.sep) + os.sep) for g in given)
        if under and source not in current:
            (out / rel).unlink(missing_ok=True)
            (out / rel.with_name(rel.name[: -len(".json")] + ".html")).unlink(missing_ok=True)
            removed.append(record["source"]["path"])
            log.info("removed the record of %s: the file is gone", record["source"]["path"])
    return removed


def _analyse(todo: list[Target], out: Path, settings: Settings, stream: TextIO, result: BatchResult) -> None:
    from tqdm import tqdm

    tasks = [Task(i, str(t.path), str(out / t.json), str(out / t.html) if settings.html else None,
                  _index_href(out, t))
             for i, t in enumerate(todo)]
    # largest files first, so that no worker is left with a long file while the others idle; but the
    # smallest leads, so that the first record is on disk as soon as a worker is ready
    tasks.sort(key=lambda task: -_size(todo[task.index].path))
    tasks.insert(0, tasks.pop())
    started = time.perf_counter()
    with _pool(settings, len(tasks), stream) as pool, \
            tqdm(total=len(tasks), unit="file", file=stream, disable=not settings.progress) as bar:
        for outcome in pool.run(tasks):
            target = todo[outcome.index]
            result.outcomes.append(outcome)
            if outcome.ok:
                result.written.append(target)
            else:
                message = outcome.message
                if _passing(outcome) and _unchanged_record(out, target):
                    message += f"; {KEPT}"
                    result.kept.append(target)
                else:
                    _remove_stale(out, target)
                result.failures.append(Failure(str(target.path), outcome.stage, message))
                _say(stream, settings, result.failures[-1])
            bar.update(1)
    result.written.sort(key=lambda t: t.rel)
    result.failures.sort(key=lambda f: f.file)
    result.outcomes.sort(key=lambda o: o.index)
    log.info("analysed %d files in %.1f s", len(todo), time.perf_counter() - started)
    spent = result.stage_seconds()
    whole = sum(spent.values()) or 1.0
    log.info("time per stage: %s", ", ".join(f"{name} {seconds:.2f} s ({seconds / whole:.0%})"
                                               for name, seconds in spent.items()))


def _pool(settings: Settings, tasks: int, stream: TextIO) -> Any:
    """The workers: local processes, or those of the Dask cluster `settings.cluster` names."""
    if settings.cluster:
        from .cluster import ClusterPool

        return ClusterPool(settings, stream)
    return WorkerPool(min(settings.jobs, tasks), settings)


def _index_href(out: Path, target: Target) -> str:
    """The link from a target's page to the corpus report (pages may sit in subfolders)."""
    return quote(os.fsencode(os.path.relpath(out / INDEX, (out / target.html).parent).replace(os.sep, "/")))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _say(stream: TextIO, settings: Settings, failure: Failure, what: str = "failed") -> None:
    """One line on the terminal naming a failed file and why."""
    line = f"{what}: {failure.file} ({failure.stage}): {failure.message}"
    if settings.progress:
        from tqdm import tqdm

        tqdm.write(line, file=stream)
    else:
        stream.write(line + "\n")


def _remove_stale(out: Path, target: Target) -> None:
    """A file that now fails keeps no record from an earlier run."""
    for name in (target.json, target.html):
        (out / name).unlink(missing_ok=True)


def _passing(outcome: Outcome) -> bool:
    """Whether a failure may not recur on a quieter machine: time, memory, a dead worker, a full disk."""
    return outcome.stage in PASSING_STAGES or any(code in outcome.message for code in _PASSING_ERRNOS)


def _unchanged_record(out: Path, target: Target) -> bool:
    """Whether the target has a record made from the very bytes it has now."""
    try:
        record = json.loads((out / target.json).read_text("utf-8"))
        return bool(record["source"]["sha256"] == _sha256(target.path))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _sha256(path: Path) -> str:
    """The digest of a regular file's bytes; OSError for anything else (a pipe is never waited on)."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _current_record(target: Target, out: Path) -> dict[str, Any] | None:
    """The target's record when it is whole and was made by this pipeline version, in this schema (with
    every field the schema requires), from these very bytes."""
    try:
        record = json.loads((out / target.json).read_text("utf-8"))
        if (record["pipeline_version"] == build() and record["schema_version"] == SCHEMA_VERSION
                and all(name in record for name in schema()["required"])
                and record["source"]["sha256"] == _sha256(target.path)):
            return record
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


_UI_LANGUAGE = re.compile(r'<meta name="ui-language" content="(\w+)">')


def _page_current(page: Path, record: dict[str, Any], settings: Settings) -> bool:
    """Whether the page of a current record exists and speaks the interface language this run asks for."""
    from ..render.ui import page_language

    try:
        with page.open(encoding="utf-8", errors="replace") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    found = _UI_LANGUAGE.search(head)
    return found is not None and found.group(1) == page_language(settings.ui_language, [record.get("language", "")])


def _render_page(record: dict[str, Any], target: Target, out: Path, settings: Settings) -> bool:
    """Write the target's page from its current record, without analysing again; False when it cannot be."""
    from ..render.report import render_article
    from ..serialize import from_dict

    try:
        page = render_article(from_dict(record), settings, _index_href(out, target))
    except Exception:
        log.debug("the page of %s cannot be made from its record; the file is analysed again",
                  target.path, exc_info=True)
        return False
    atomic_write(out / target.html, page)
    return True


def load_records(out: Path, foreign: list[Failure] | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """Every article record under `out` (objects carrying `schema_version` and a whole `source`), with its
    relative name; objects carrying `schema_version` without a proper `source` are added to `foreign`."""
    found: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(out.rglob("*.json")):
        rel = path.relative_to(out)
        if any(part.startswith(".") for part in rel.parts):
            continue
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            log.warning("%s is not a readable record; left out of the exports", path)
            continue
        if not isinstance(data, dict) or "schema_version" not in data:
            continue
        if _proper_source(data.get("source")):
            found.append((rel, data))
        elif foreign is not None:
            foreign.append(Failure(str(path), "output", "a JSON file carrying schema_version without a proper "
                                   "source (a foreign or older record); left out of the exports"))
    return found


def _proper_source(source: Any) -> bool:
    return isinstance(source, dict) and all(isinstance(source.get(k), str) for k in ("path", "name", "sha256"))


def _finish_corpus(out: Path, settings: Settings, failures: list[Failure],
                   records: list[tuple[Path, dict[str, Any]]]) -> str | None:
    """records.jsonl, CSV, SQLite and index.html over all records present in `out`; what went wrong, if anything."""
    if settings.exports:
        from ..export.records import write_csv, write_jsonl
        from ..export.sqlite import write_sqlite

        plain = [r for _, r in records]
        write_jsonl(out / RECORDS, plain, min_confidence=settings.min_confidence)
        write_csv(out / "csv", plain, min_confidence=settings.min_confidence)
        write_sqlite(out / SQLITE, plain, refresh=settings.force, min_confidence=settings.min_confidence,
                     whole=True)
    if settings.html:
        from ..render.report import render_corpus
        from ..serialize import from_dict

        articles = [from_dict(r) for _, r in records]
        links = {r["source"]["path"]: quote(os.fsencode(rel.with_name(rel.name[: -len(".json")] + ".html").as_posix()))
                 for rel, r in records}
        try:
            page = render_corpus(articles, [f.__dict__ for f in failures], settings, links)
        except Exception as exc:
            log.debug("the corpus page could not be rendered", exc_info=True)
            return f"{out / INDEX} could not be written: {type(exc).__name__}: {exc}"
        atomic_write(out / INDEX, page)
    return None
