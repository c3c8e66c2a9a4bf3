"""The analysts: worker processes that load the models once each and analyse documents away from the event loop.

At most `workers` documents are handed to the processes at a time and at most `queue` requests are
pending (running or waiting); one more is refused with `Busy`. A document gets `timeout_s` in its
worker (the analysis stops itself then); a worker still busy a grace period later is stuck, and the
pool is ended (its processes killed) and made again, so one document never holds a worker for good.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings

log = logging.getLogger(__name__)

STUCK_GRACE_S = 10.0  # past its own time limit, how long a worker may take to stop before it is killed
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

_models: Any = None  # the worker process's models, loaded once by `load_models`


class Busy(Exception):
    """Too many requests are pending; the client should come back later."""


class TimedOut(Exception):
    """The document was not analysed within the time limit."""


class WorkerLost(Exception):
    """The worker process died (or its pool was ended) while the document was being analysed."""


@dataclass(frozen=True)
class Upload:
    """A document to analyse: its bytes in a file the service named, and what the client called it."""

    path: str  # the temporary file, named by the service (never from the client's name)
    name: str  # the client's file name, kept as data only
    label: str  # what the record gives as `source.path`: `upload/<sha256><suffix>`
    html: bool = False  # render the article page too


@dataclass
class Analysis:
    """What a worker made of an upload: the record (and page), or the stage and message of its failure."""

    record: dict[str, Any] | None = None
    page: str | None = None
    stage: str = ""
    message: str = ""
    seconds: float = 0.0


def load_models(settings: Settings) -> None:
    """A worker's start: one thread for numeric libraries, the models loaded, the memory capped."""
    from ..batch.workers import limit_memory, watch_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle: it ends the pool
    watch_parent()  # a killed server leaves no worker behind
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    from ..nlp.models import Models

    global _models
    _models = Models()
    _models.morph  # noqa: B018 - load now, not inside the first request's time limit
    _models.ru  # noqa: B018
    limit_memory(settings.max_memory_mb)


def ready() -> int:
    """A no-op run by every worker at start, so that the server knows the models are loaded."""
    return os.getpid()


def analyse_upload(upload: Upload, settings: Settings) -> Analysis:
    """Analyse one upload in a worker: the record (and the page), or why it failed; never raises."""
    from ..analysis import analyze
    from ..errors import PipelineError
    from ..export.files import printable
    from ..serialize import to_dict

    started = time.perf_counter()
    try:
        article = analyze(Path(upload.path), settings, _models)
        article.source.path = upload.label
        article.source.name = printable(upload.name)
        article.warnings = [w.replace(upload.path, article.source.path) for w in article.warnings]
        page = None
        if upload.html:
            from ..render.report import render_article

            page = render_article(article, settings)
        return Analysis(to_dict(article), page, seconds=time.perf_counter() - started)
    except MemoryError:
        return Analysis(stage="memory", message=f"needs more than {settings.max_memory_mb:g} MB of memory")
    except PipelineError as exc:
        message = exc.message.replace(upload.path, upload.label)
        return Analysis(stage=exc.stage, message=message, seconds=time.perf_counter() - started)
    except Exception as exc:  # a bug must not take the worker down with it
        log.exception("analysing %s failed", upload.label)
        return Analysis(stage="pipeline", message=f"{type(exc).__name__}: {exc}".replace(upload.path, upload.label))


class Analysts:
    """A process pool with a bounded queue, a time limit per document, and stuck workers replaced."""

    def __init__(self, settings: Settings, workers: int, queue: int,
                 initializer: Callable[..., None] = load_models, initargs: tuple[Any, ...] | None = None) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        self.queue = max(self.workers, queue)
        self.ready = False
        self.failure: str | None = None  # why the workers could not start, when they could not
        self.restarts = 0
        self._initializer = initializer
        self._initargs = (settings,) if initargs is None else initargs
        self._pending = 0
        self._slots: asyncio.Semaphore | None = None
        self._pool = self._make()

    def _make(self) -> ProcessPoolExecutor:
        # spawn, not fork: the server has an event loop and threads that a forked child must not inherit
        return ProcessPoolExecutor(self.workers, mp.get_context("spawn"), self._initializer, self._initargs)

    @property
    def pending(self) -> int:
        """Requests running or waiting for a worker."""
        return self._pending

    def retry_after(self) -> int:
        """Seconds a refused client should wait: about the time the queue takes to drain, at least 1."""
        return max(1, round(self._pending / self.workers * 2))

    async def start(self) -> None:
        """Start every worker and wait until each has loaded the models."""
        loop = asyncio.get_running_loop()
        try:
            await asyncio.gather(*(loop.run_in_executor(self._pool, ready) for _ in range(self.workers)))
        except BrokenProcessPool as exc:
            self.failure = f"the workers could not load the models ({exc})"
            log.error("%s", self.failure)
            return
        self.ready = True
        log.info("%d workers ready", self.workers)

    async def run(self, function: Callable[..., Any], *args: Any, refuse_when_full: bool = True) -> Any:
        """`function(*args)` in a worker; `Busy` when the queue is full (unless told to wait its turn, as a
        job's documents are), `TimedOut` when it overruns, `WorkerLost` when its worker died."""
        if refuse_when_full and self._pending >= self.queue:
            raise Busy(f"{self._pending} requests are pending, the most this service queues; try again later")
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        self._pending += 1
        try:
            async with self._slots:  # the time limit starts when a worker is free for the document
                pool = self._pool
                limit = self.settings.timeout_s + STUCK_GRACE_S
                try:
                    future = pool.submit(function, *args)
                    return await asyncio.wait_for(asyncio.wrap_future(future), limit)
                except TimeoutError:
                    log.warning("a worker is stuck past %g s; the pool is made again", limit)
                    self._restart(pool)
                    raise TimedOut(f"not analysed within {self.settings.timeout_s:g} s") from None
                except BrokenProcessPool:
                    self._restart(pool)
                    raise WorkerLost("the worker process died while analysing the document") from None
        finally:
            self._pending -= 1

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        """End `broken` (killing its processes: one of them hangs) and put a new pool in its place."""
        if broken is not self._pool:
            return  # another request has already made it again
        self.restarts += 1
        self._pool = self._make()
        asyncio.get_running_loop().run_in_executor(None, _kill, broken)  # joining its processes may take a moment

    def close(self) -> None:
        """End the workers: those still busy are killed."""
        _kill(self._pool)


def _kill(pool: ProcessPoolExecutor) -> None:
    # the executor has no way to end a busy worker: its processes are ended by hand
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)
