"""The batch on a Dask cluster: this process reads the files and sends their bytes; workers that loaded
the models once analyse them and send back the page and the record, which are written here exactly as a
local run writes them.

Workers need the same installed package, no shared file system. A file whose worker dies (or hangs past
its time limit, when the worker's watchdog ends it) runs once more on another worker, then fails alone
(with the scheduler's allowed-failures at 1, as a local cluster has it and the README sets it);
a worker lost half-way costs only time; the scheduler going away stops the run with every record written
so far in place, so running the same command again finishes it.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from asyncio import CancelledError
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from distributed import Client, Future, KilledWorker, LocalCluster, get_worker, wait
from distributed.comm.core import CommClosedError
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import PipelineError
from ..export.files import atomic_write
from ..ingest import read_input
from ..settings import TEMPLATES_DIR, Settings
from ..version import build
from .workers import Outcome, PoolError, Task, analyse_task

log = logging.getLogger(__name__)

PLUGIN = f"customs-pipeline-models-{build()}"  # a new version loads its own models on the same workers
LOCAL = "local"
_CONNECT_TIMEOUT_S = 10.0
_START_TIMEOUT_S = 120.0  # for the first worker to join and every worker to load the models
_HANG_GRACE_S = 5.0  # past a file's time limit, a worker still busy with it is stuck inside a stage: ended
_WATCH_S = 0.5
_POLL_S = 1.0
_SIZE_EVERY_S = 5.0  # how often the number of the cluster's threads is asked again
# a local cluster lets a file's worker die once (the file then fails as a "worker" failure), and gives
# each worker one file at a time, so that a worker that dies takes no file but its own with it
# one retry of a file whose worker died; one file a worker at a time; no statistical profiler sampling
# the workers' stacks every 10 ms, which costs a single-threaded worker a share of its core
LOCAL_CONFIG = {"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0,
                "distributed.worker.profile.enabled": False}


class ClusterError(PoolError):
    """The Dask cluster cannot be reached, has no usable worker, or went away."""


class ModelsPlugin(WorkerPlugin):
    """Loads the models once when a worker starts (or joins later), and ends the worker when the file it
    analyses overruns its time limit inside one stage, where no check can stop it."""

    idempotent = True
    name = PLUGIN

    def __init__(self) -> None:
        self.models: Any = None
        self.deadline: float | None = None
        self.lock = threading.Lock()  # one file at a time, even on a worker of several threads

    def __getstate__(self) -> dict[str, Any]:  # sent to the workers before its setup: nothing of a process
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        from ..nlp.models import Models

        models = Models()
        models.morph  # noqa: B018 - load now, not inside the first file's time limit
        models.ru  # noqa: B018
        self.models = models
        self.deadline = None
        threading.Thread(target=self._watch, daemon=True, name="pipeline-watchdog").start()

    def _watch(self) -> None:
        while True:
            time.sleep(_WATCH_S)
            deadline = self.deadline
            if deadline is not None and time.monotonic() > deadline:
                log.error("a file ran past its time limit inside a stage; this worker ends so that another "
                          "takes its place")
                os._exit(1)


def analyse_remote(task: Task, data: bytes, settings: Settings) -> tuple[Outcome, dict[str, str]]:
    """On a worker: analyse the bytes of one file; the outcome, and the page and record by their paths."""
    plugin = _plugin()
    if not Path(settings.templates_dir).is_dir():  # the client's folder; this machine has its own
        settings = replace(settings, templates_dir=TEMPLATES_DIR)
    outputs: dict[str, str] = {}
    with plugin.lock:  # natasha and pymorphy are not thread-safe: threads of one worker take turns
        plugin.deadline = time.monotonic() + settings.timeout_s + _HANG_GRACE_S if settings.timeout_s > 0 else None
        try:
            outcome = analyse_task(task, settings, plugin.models, data,
                                   write=lambda path, text: outputs.__setitem__(str(path), text))
        finally:
            plugin.deadline = None
    return outcome, outputs


_OWN: list[ModelsPlugin] = []  # the worker's models when a file came before the plugin was set up
_OWN_LOCK = threading.Lock()


def _plugin() -> ModelsPlugin:
    """This worker's plugin, set up (here and now, once, if the scheduler has not done it yet)."""
    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN)
    if isinstance(plugin, ModelsPlugin) and plugin.models is not None:
        return plugin
    with _OWN_LOCK:
        if not _OWN:
            _OWN.append(ModelsPlugin())
            _OWN[0].setup(worker)
    return _OWN[0]


def _version() -> str:
    return build()


class ClusterPool:
    """The workers of a Dask cluster fed with the bytes of each file, a few files ahead of them."""

    def __init__(self, settings: Settings, stream: TextIO) -> None:
        self._settings = settings
        self._cluster: LocalCluster | None = None
        self.address = settings.cluster
        self._client = self._connect(settings.cluster)
        try:
            self._prepare(stream)
        except BaseException:
            self.close()
            raise

    def _connect(self, address: str) -> Client:
        if not log.isEnabledFor(logging.DEBUG):
            _quiet_dask()
        if address == LOCAL or address.startswith(LOCAL + ":"):
            workers = _local_workers(address)
            import dask

            with dask.config.set(LOCAL_CONFIG):
                # a worker's failed heartbeat as the scheduler closes first is logged as an error with its
                # traceback: what a lost worker means for the files is said per file; with -v it shows
                quiet = logging.ERROR if log.isEnabledFor(logging.DEBUG) else logging.CRITICAL
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=":0", silence_logs=quiet)
            self.address = str(self._cluster.scheduler_address)
            return Client(self._cluster)
        try:
            return Client(address, timeout=_CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"no Dask scheduler answers at {address} ({exc})") from exc

    def _prepare(self, stream: TextIO) -> None:
        """Wait for a worker, load the models on every worker, check their version, print the dashboard."""
        client = self._client
        try:
            client.wait_for_workers(1, timeout=_START_TIMEOUT_S)
        except TimeoutError as exc:
            raise ClusterError(f"the Dask scheduler at {self.address} has no worker "
                               f"(none joined within {_START_TIMEOUT_S:g} s)") from exc
        try:
            client.register_plugin(ModelsPlugin())  # raises what a worker raised
            versions = client.run(_version)
        except Exception as exc:
            if client.status != "running":
                raise self._gone() from exc
            raise ClusterError(f"a worker could not load the models ({type(exc).__name__}: {exc}); is this "
                               "version of customs-pipeline installed on every worker?") from exc
        others = {w: v for w, v in versions.items() if v != build()}
        if others:
            worker, version = next(iter(others.items()))
            raise ClusterError(f"the worker {worker} runs customs-pipeline {version}, this is {build()}; "
                               "install the same version on every worker")
        link = _dashboard(client)
        if link:
            stream.write(f"Dask dashboard: {link}\n")

    def run(self, tasks: list[Task]) -> Iterator[Outcome]:
        """Outcomes in the order the files finish, each file's page and record written before its outcome."""
        try:
            yield from self._feed(tasks)
        except (CancelledError, CommClosedError) as exc:
            # the client cancels every future when it loses the scheduler; a call under way when the
            # scheduler goes finds its connection closed before the client's status says so
            raise self._gone() from exc
        except Exception as exc:
            if self._client.status == "running":
                raise
            raise self._gone() from exc

    def _feed(self, tasks: list[Task]) -> Iterator[Outcome]:
        pending = deque(tasks)
        running: dict[Future, Task] = {}
        window, sized = self._window(), time.monotonic()
        staffed = sized  # when the cluster last had a worker
        submitted = 0
        while pending or running:
            while pending and len(running) < window:
                task = pending.popleft()
                try:
                    data = read_input(Path(task.path), self._settings)
                except PipelineError as exc:
                    yield Outcome(task.index, False, exc.stage, exc.message)
                    continue
                submitted += 1
                future = self._client.submit(analyse_remote, task, data, self._settings, pure=False,
                                             priority=-submitted)
                running[future] = task
            done: set[Future] = set()
            if running:
                try:
                    done, _ = wait(list(running), timeout=_POLL_S, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    pass
            elif pending:
                time.sleep(_POLL_S)  # no worker to send a file to
            for future in done:
                yield self._finish(future, running.pop(future))
            if self._client.status in ("closing", "closed"):
                raise self._gone()
            if time.monotonic() - sized > _SIZE_EVERY_S:
                window, sized = self._window(), time.monotonic()
                if window:
                    staffed = sized
                elif sized - staffed > _START_TIMEOUT_S:
                    raise ClusterError(f"the Dask scheduler at {self.address} has had no worker for "
                                       f"{_START_TIMEOUT_S:g} s; start workers and run the same command again "
                                       "to finish")

    def _finish(self, future: Future, task: Task) -> Outcome:
        """The outcome of a finished future; its page and record written here, atomically."""
        if future.status == "cancelled":
            raise self._gone()
        if future.status == "error":
            exc = future.exception()
            if isinstance(exc, KilledWorker):
                return Outcome(task.index, False, "worker", "the worker analysing the file was lost twice (it died, "
                               "or ran past the time limit and was ended)")
            return Outcome(task.index, False, "worker", f"{type(exc).__name__}: {exc}")
        outcome, outputs = future.result()
        for path, text in outputs.items():  # the page first, then the record, as a local worker writes them
            try:
                atomic_write(Path(path), text)
            except Exception as exc:
                stage = "record" if path == task.json_path else "report"
                return Outcome(task.index, False, stage, f"{type(exc).__name__}: {exc}", outcome.seconds,
                               outcome.maxrss_mb, outcome.timings)
        return outcome

    def _window(self) -> int:
        """How many files are sent ahead: two for each thread of the cluster, so that none idles; none while
        the cluster has no worker."""
        threads = sum(self._client.nthreads().values())
        return 2 * threads + 2 if threads else 0

    def _gone(self) -> ClusterError:
        return ClusterError(f"the Dask scheduler at {self.address} went away; run the same command again to finish")

    def close(self) -> None:
        """Leave the cluster: a local one is shut down, a shared one only loses this client."""
        try:
            self._client.close(timeout=10)
        except Exception:
            log.debug("closing the Dask client", exc_info=True)
        if self._cluster is not None:
            try:
                self._cluster.close(timeout=30)
            except Exception:
                log.debug("closing the local Dask cluster", exc_info=True)

    def __enter__(self) -> ClusterPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _local_workers(address: str) -> int:
    """N of "local:N", the number of cores for "local"."""
    _, _, count = address.partition(":")
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--cluster local:N takes a number of workers of at least 1, not {count!r}")
    return int(count)


def _dashboard(client: Client) -> str | None:
    """The address of the scheduler's dashboard, when it serves one."""
    try:
        info = client.scheduler_info()
        if "dashboard" not in info.get("services", {}):
            return None
        return str(client.dashboard_link)
    except Exception:
        return None


def _quiet_dask() -> None:
    """Dask's own notes and tracebacks (workers joining and leaving, a lost connection) only with -v: what
    they mean for the files is said per file, and a lost scheduler in one line."""
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name.startswith("distributed"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
