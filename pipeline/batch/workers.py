"""Worker processes for a batch: models loaded once per worker, one file at a time, a time limit each.

A worker that overruns the limit, passes its memory limit or dies is ended and replaced; its file
becomes a failure and the batch goes on. A worker ends itself when the batch's process is gone.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from ..errors import PipelineError
from ..export.files import atomic_write, printable
from ..settings import Settings

log = logging.getLogger(__name__)

_START_TIMEOUT_S = 120.0
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_PARENT_CHECK_S = 1.0
PASSING_STAGES = ("timeout", "worker", "memory")  # failures that may not recur on a quieter machine


class PoolError(RuntimeError):
    """The workers cannot go on: the run stops with one line naming why."""


class WorkerStartError(PoolError):
    """A worker could not load the models: nothing can be processed until that is fixed."""


@dataclass
class Task:
    """One file to analyse and where its outputs go."""

    index: int
    path: str
    json_path: str
    html_path: str | None
    index_href: str | None = None


@dataclass
class Outcome:
    """What became of one task."""

    index: int
    ok: bool
    stage: str = ""
    message: str = ""
    seconds: float = 0.0
    maxrss_mb: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, page and record
    replace: bool = False  # the worker is spent (it ran out of memory) and is replaced


def _maxrss_mb() -> float:
    """This process's peak memory; the kernel's high-water mark, as getrusage keeps the parent's across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def analyse_task(task: Task, settings: Settings, models: Any, data: bytes | None = None,
                 write: Callable[[Path, str], None] = atomic_write) -> Outcome:
    """Analyse one file (its `data` when given, read elsewhere) and write its page and record with `write`,
    atomically unless told otherwise; errors become the outcome."""
    from ..analysis import analyze, analyze_bytes
    from ..serialize import to_json

    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        if data is None:
            article = analyze(Path(task.path), settings, models, timings)
        else:
            article = analyze_bytes(data, task.path, settings, models, timings)
        article.source.path, article.source.name = printable(article.source.path), printable(article.source.name)
        if task.html_path:
            rendering = time.perf_counter()
            try:
                from ..render.report import render_article

                write(Path(task.html_path), render_article(article, settings, task.index_href))
            except Exception as exc:
                raise PipelineError(task.path, f"{type(exc).__name__}: {exc}", stage="report") from exc
            timings["page"] = time.perf_counter() - rendering
        writing = time.perf_counter()
        try:
            write(Path(task.json_path), to_json(article))
        except Exception as exc:
            raise PipelineError(task.path, f"{type(exc).__name__}: {exc}", stage="record") from exc
        timings["record"] = time.perf_counter() - writing
    except MemoryError:
        return _out_of_memory(task, settings, started, timings)
    except PipelineError as exc:
        if isinstance(exc.__cause__, MemoryError):
            return _out_of_memory(task, settings, started, timings)
        log.debug("%s failed", task.path, exc_info=True)
        return Outcome(task.index, False, exc.stage, exc.message,
                       time.perf_counter() - started, _maxrss_mb(), timings)
    return Outcome(task.index, True, seconds=time.perf_counter() - started, maxrss_mb=_maxrss_mb(),
                   timings=timings)


def _out_of_memory(task: Task, settings: Settings, started: float, timings: dict[str, float]) -> Outcome:
    return Outcome(task.index, False, "memory",
                   f"needs more than {settings.max_memory_mb:g} MB of memory; raise --max-memory-mb",
                   time.perf_counter() - started, _maxrss_mb(), timings, replace=True)


def limit_memory(megabytes: float) -> None:
    """Cap this process's address space at `megabytes` (0: no cap), so that an allocation past it is a
    MemoryError here rather than the kernel's OOM killer choosing what dies."""
    if megabytes <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = int(megabytes * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def watch_parent() -> None:
    """End this worker as soon as the batch's process is gone (killed, even with SIGKILL)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _serve(conn: Connection, settings: Settings, log_level: int) -> None:
    """A worker's life: load the models, say so, then analyse tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch's to handle: it ends the workers
    watch_parent()
    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s: %(message)s")
    for name in _THREAD_VARIABLES:  # before numpy loads: one thread per worker, the pool is the parallelism
        os.environ.setdefault(name, "1")
    try:
        from ..nlp.models import Models

        models = Models()
        models.morph  # noqa: B018 - load now, not inside the first file's time limit
        # the language models load with the first file that needs them: the first record of a batch
        # of English files does not wait for the Russian ones (their loading takes a second or less)
        import natasha  # noqa: F401 - missing, every file would fail: say so now
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    limit_memory(settings.max_memory_mb)
    conn.send(("ready", None))
    try:
        while (task := conn.recv()) is not None:
            conn.send(("done", analyse_task(task, settings, models)))
    except (EOFError, BrokenPipeError):
        log.debug("the batch is gone; worker stops")


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: Task | None = None
    started: float = 0.0
    born: float = field(default_factory=time.monotonic)


class WorkerPool:
    """`jobs` worker processes fed one task at a time; ends and replaces any that overrun or die."""

    def __init__(self, jobs: int, settings: Settings) -> None:
        self._context = mp.get_context("spawn")
        self._settings = settings
        self._jobs = max(1, jobs)
        self._workers = [self._start() for _ in range(self._jobs)]

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self._settings, logging.getLogger().getEffectiveLevel()),
            daemon=True, name="pipeline-worker")
        process.start()
        child.close()
        return _Worker(process=process, conn=parent)

    def _replace(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.terminate()
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()
        self._workers[self._workers.index(worker)] = self._start()

    def run(self, tasks: list[Task]) -> Iterator[Outcome]:
        """Outcomes in the order the tasks finish."""
        pending = deque(tasks)
        limit = self._settings.timeout_s
        while pending or any(w.task for w in self._workers):
            for w in self._workers:
                if w.ready and w.task is None and pending:
                    w.task = pending.popleft()
                    w.started = time.monotonic()
                    w.conn.send(w.task)
            waiting = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
            now = time.monotonic()
            deadlines = [w.started + limit - now for w in self._workers if w.task]
            wait(waiting, timeout=max(0.05, min(deadlines, default=1.0)))
            for w in list(self._workers):
                yield from self._check(w, limit)

    def _check(self, w: _Worker, limit: float) -> Iterator[Outcome]:
        try:
            while w.conn.poll():
                kind, payload = w.conn.recv()
                if kind == "ready":
                    w.ready = True
                elif kind == "failed":
                    self.close()
                    raise WorkerStartError(f"a worker could not load the models: {payload}")
                elif kind == "done":
                    w.task = None
                    yield payload
                    if payload.replace:
                        self._replace(w)
                        return
        except (EOFError, OSError):
            pass
        if not w.process.is_alive():
            if w.task:
                code = w.process.exitcode
                yield Outcome(w.task.index, False, "worker",
                              f"the worker process died (exit code {code}) while analysing the file",
                              time.monotonic() - w.started)
            elif not w.ready:
                self.close()
                raise WorkerStartError(f"a worker exited while starting (exit code {w.process.exitcode})")
            self._replace(w)
        elif w.task and time.monotonic() - w.started > limit:
            yield Outcome(w.task.index, False, "timeout", f"timed out after {limit:g} s", limit)
            self._replace(w)
        elif not w.ready and time.monotonic() - w.born > _START_TIMEOUT_S:
            self.close()
            raise WorkerStartError(f"a worker did not load the models within {_START_TIMEOUT_S:g} s")

    def close(self) -> None:
        """Tell every worker to stop and wait for them."""
        for w in self._workers:
            try:
                if w.process.is_alive() and w.task is None:
                    w.conn.send(None)
            except OSError:
                pass
        for w in self._workers:
            w.process.join(2)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join()
            w.conn.close()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
