"""The Dask lines of `make bench`: the benchmark batch on a cluster of two workers against `--jobs 2`, what the
scheduler and the client spend on each file, and from these the wall time of 10^5 articles on more workers.

A real `dask scheduler` and two `dask worker --nthreads 1` processes are started on 127.0.0.1, as on a
cluster; the client is this process. The batch alternates with local `--jobs 2` runs, best of each; the
first cluster round (workers loading the models) is shown apart, as a standing cluster pays it once.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from processes import end_group, free_port  # noqa: E402

from pipeline.batch.runner import run  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

T = TypeVar("T")
ROUNDS = 3
NOOP_TASKS = 2000  # tasks of a trivial function, carrying a file's bytes: the scheduler's own cost per task
ARTICLES = 100_000
ARTICLE_S = 1.0  # one core's seconds for a typical article of an archive (the figure)
WORKERS = (8, 32, 128)
TARGET = 0.85  # of the local speed, on the same two cores



def _dask(arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="1",
               DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION="1.0",
               DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED="False")
    with log.open("ab") as fh:
        return subprocess.Popen([sys.executable, "-m", "dask", *arguments], env=env, stdout=fh,
                                stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for(log: Path, text: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while text not in log.read_text("utf-8", "replace"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{log.name}: {text!r} not seen within {seconds:g} s")
        time.sleep(0.1)



def _cpu(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def _note(what: str) -> None:
    print(f"... {what}", file=sys.stderr, flush=True)


def bench_cluster(batch: Path, work: Path, line: Callable[..., T]) -> list[T]:
    """Lines of the table (made by `line`, bench.py's Line): cluster against local, costs per task, projections."""
    files = sorted(p for p in batch.rglob("*") if p.is_file())
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = _dask(["scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address",
                       "127.0.0.1:0"], work / "scheduler.log")
    workers: list[subprocess.Popen[bytes]] = []
    try:
        _wait_for(work / "scheduler.log", "Scheduler at")
        for number in (1, 2):
            workers.append(_dask(["worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                                  "--name", f"bench{number}"], work / f"worker{number}.log"))
        for number in (1, 2):
            _wait_for(work / f"worker{number}.log", "Registered to")
        local, cluster, cold, client_cpu, scheduler_cpu, analysis = [], [], 0.0, [], [], 0.0
        for round_ in range(ROUNDS + 1):
            if round_:
                _note("batch with --jobs 2 (against the cluster)")
                local.append(_batch(batch, work / "out-local", Settings(jobs=2, html=False, progress=False,
                                                                         force=True))[0])
            _note("batch on the 2-worker Dask cluster" + (" (workers loading the models)" if not round_ else ""))
            before, mine = _cpu(scheduler.pid), time.process_time()
            seconds, result = _batch(batch, work / "out-cluster", Settings(cluster=address, html=False,
                                                                           progress=False, force=True))
            if result.failures:
                raise RuntimeError(f"the cluster batch failed on {len(result.failures)} files, e.g. "
                                   f"{result.failures[0]}")
            if not round_:
                cold = seconds
                continue
            cluster.append(seconds)
            client_cpu.append((time.process_time() - mine) / len(files))
            scheduler_cpu.append((_cpu(scheduler.pid) - before) / len(files))
            analysis = sum(o.seconds for o in result.outcomes) / len(files)
        _note("the same batch again, every file skipped: what the client spends besides sending and receiving")
        mine = time.process_time()
        _batch(batch, work / "out-cluster", Settings(cluster=address, html=False, progress=False))
        rest = (time.process_time() - mine) / len(files)  # finding, hashing, and the exports at the end
        noop_wall, noop_cpu = _noop_cost(address, scheduler.pid, files)
    finally:
        for process in [*workers, scheduler]:
            end_group(process)
    best_local, best_cluster = min(local), min(cluster)
    ratio = best_local / best_cluster
    worker_s = 2 * best_cluster / len(files)  # a worker's wall seconds per file, all costs included
    overhead = max(0.0, worker_s - analysis)
    # the scheduler is one process: at most 1/per_task files a second. Its CPU over a batch also holds what
    # it spends idle (heartbeats), by the second rather than by the file: the no-op tasks give the cost per task
    per_task = noop_cpu
    client = max(0.0, min(client_cpu) - rest)  # so is the client: reading, sending, receiving and writing
    lines = [
        line(f"batch of {len(files)} files, 2-worker Dask cluster vs --jobs 2", f"{best_cluster:.1f} s",
             f"{best_local:.1f} s", ratio, f">= {TARGET}x", ratio >= TARGET),
        line("  same, first round (workers load the models)", f"{cold:.1f} s", "", None, "", None),
        line("  scheduler CPU per file (batch; no-op tasks)", f"{1000 * min(scheduler_cpu):.1f} ms",
             f"{1000 * noop_cpu:.1f} ms CPU, {1000 * noop_wall:.1f} ms wall per no-op task", None, "", None),
        line("  client CPU per file (read, send, write)", f"{1000 * client:.1f} ms",
             f"and {1000 * rest:.1f} ms to find, hash and export, after the batch", None, "", None),
        line("  worker time per file beyond the analysis", f"{1000 * overhead:.0f} ms",
             f"{1000 * analysis:.0f} ms of analysis", None, "", None),
    ]
    for count in WORKERS:
        # each worker spends the article's time plus the measured overhead; the scheduler and the client
        # each handle one file at a time, so neither lets more than 1/cost files a second through; the
        # exports follow the batch
        per_file = max((ARTICLE_S + overhead) / count, per_task, client)
        hours = ARTICLES * (per_file + rest) / 3600
        bound = "workers" if per_file == (ARTICLE_S + overhead) / count else "scheduler" if per_file == per_task \
            else "client"
        lines.append(line(f"10^5 articles of {ARTICLE_S:g} s on {count} workers (projection)", f"{hours:.1f} h",
                          f"bound by the {bound}", None, "", None))
    return lines


def _batch(folder: Path, out: Path, settings: Settings) -> tuple[float, Any]:
    started = time.perf_counter()
    result = run([folder], out, settings, stream=io.StringIO())
    return time.perf_counter() - started, result


def _noop_cost(address: str, scheduler_pid: int, files: list[Path]) -> tuple[float, float]:
    """Wall and scheduler CPU seconds per task for `len` over the bytes of the batch's files, two workers."""
    from distributed import Client, wait

    _note(f"{NOOP_TASKS} no-op tasks carrying a file's bytes each")
    payloads = [files[i % len(files)].read_bytes() for i in range(NOOP_TASKS)]
    with Client(address) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Sending large graph": the bytes are the point here
        before, started = _cpu(scheduler_pid), time.perf_counter()
        wait(client.map(len, payloads, pure=False))
        wall = time.perf_counter() - started
        cpu = _cpu(scheduler_pid) - before
    return wall / NOOP_TASKS, cpu / NOOP_TASKS
