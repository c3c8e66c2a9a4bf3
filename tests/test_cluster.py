"""The batch on a real Dask cluster: `dask scheduler` and `dask worker` processes on 127.0.0.1, started here.

A worker killed half-way costs only time, a file that hangs fails alone, the scheduler going away
stops the run in one line and a re-run finishes it; the records equal those of a local run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_texts import EN, RU
from processes import end_group, free_port

from pipeline.batch.runner import ERRORS, INDEX, RECORDS, run_batch
from pipeline.serialize import validate
from pipeline.settings import Settings

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
HANG = Path(__file__).resolve().parent / "dask_hang.py"
START_S = 60.0  # for a worker to start and join
RUN_S = 150.0  # for a whole batch on the cluster


def _env() -> dict[str, str]:
    """The environment of every process started here: this checkout's code, and the scheduler settings
    the README asks for (a file's worker may die once; one file per worker at a time)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES"] = "1"
    env["DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION"] = "1.0"
    return env




class Cluster:
    """A `dask scheduler` and its `dask worker`s (each with its nanny), each in a process group of its own."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.workers: dict[str, subprocess.Popen[bytes]] = {}
        self.scheduler = self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                                   "--dashboard-address", "127.0.0.1:0"])
        self._wait_for("scheduler", "Scheduler at")

    def _start(self, name: str, arguments: list[str]) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("ab") as log:
            return subprocess.Popen([sys.executable, "-m", "dask", *arguments], env=_env(), cwd=ROOT,
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def _wait_for(self, name: str, text: str) -> None:
        deadline = time.monotonic() + START_S
        while text not in (self.logs / f"{name}.log").read_text("utf-8", "replace"):
            assert time.monotonic() < deadline, f"{name} did not start: {(self.logs / f'{name}.log').read_text()}"
            time.sleep(0.1)

    def add_workers(self, *names: str) -> None:
        """Start workers of one thread each (as the README says), with the hanging preload, and wait until
        they have joined."""
        for name in names:
            self.workers[name] = self._start(name, ["worker", self.address, "--nthreads", "1", "--host", "127.0.0.1",
                                                    "--no-dashboard", "--name", name, "--preload", str(HANG)])
        for name in names:
            self._wait_for(name, "Registered to")

    def kill_worker(self, name: str) -> None:
        end_group(self.workers.pop(name))

    def kill_scheduler(self) -> None:
        end_group(self.scheduler)

    def close(self) -> None:
        for process in [*self.workers.values(), self.scheduler]:
            end_group(process)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    """A scheduler and two workers; every process ended at the end, whatever happened."""
    logs = tmp_path / "logs"
    logs.mkdir()
    made = Cluster(logs)
    try:
        made.add_workers("w1", "w2")
        yield made
    finally:
        made.close()


def _inputs(folder: Path, files: int) -> Path:
    """`files` articles of both languages and three sizes, each with facts of its own, and an empty file."""
    folder.mkdir()
    for number in range(files):
        text = (RU if number % 2 else EN).replace("2019", str(1990 + number))
        (folder / f"{number:02d}.txt").write_text("\n\n".join([text] * (1 + number % 3)), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _run(folder: Path, out: Path, *flags: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "--no-progress", *flags]
    return subprocess.Popen(command, env=_env(), cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _finish(batch: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _, stderr = batch.communicate(timeout=RUN_S)
    finally:
        if batch.poll() is None:
            os.killpg(batch.pid, signal.SIGKILL)
            batch.wait()
    return batch.returncode, stderr


def _wait_for_records(out: Path, count: int, batch: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + RUN_S
    while len(list(out.glob("*.json"))) < count and batch.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(list(out.glob("*.json")))


def _outputs(out: Path) -> dict[str, str]:
    """Every record and page by relative name (the corpus-wide files left out)."""
    return {p.relative_to(out).as_posix(): p.read_text("utf-8")
            for p in sorted(out.rglob("*")) if p.suffix in (".json", ".html") and p.name != INDEX}


def _errors(out: Path) -> list[dict[str, str]]:
    """errors.jsonl without the times."""
    lines = [json.loads(line) for line in (out / ERRORS).read_text("utf-8").splitlines()]
    return [{k: v for k, v in e.items() if k != "time"} for e in lines]


def test_a_worker_killed_half_way_costs_only_time_and_the_records_equal_a_local_run(
        cluster: Cluster, tmp_path: Path) -> None:
    files = 10
    folder = _inputs(tmp_path / "in", files)
    local = tmp_path / "local"
    assert run_batch([folder], local, Settings(jobs=2, progress=False)) == 1
    out = tmp_path / "out"
    batch = _run(folder, out, "--cluster", cluster.address)
    done = _wait_for_records(out, 3, batch)
    cluster.kill_worker("w1")
    status, stderr = _finish(batch)
    assert done < files, "the worker was killed before the last record"
    assert status == 1, stderr
    assert f"{files} records written, 0 skipped (unchanged), 1 failed, of {files + 1} inputs" in stderr
    assert _outputs(out) == _outputs(local)  # every record and page, byte for byte
    assert (out / RECORDS).read_text("utf-8") == (local / RECORDS).read_text("utf-8")
    assert _errors(out) == _errors(local)
    for record in (json.loads(p.read_text("utf-8")) for p in out.glob("*.txt.json")):
        validate(record)


def test_a_file_that_hangs_fails_alone_after_its_time_limit_and_one_retry(cluster: Cluster, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "hang.txt"):  # short Russian texts: no English model to load in the limit
        (folder / name).write_text(RU, "utf-8")
    out = tmp_path / "out"
    limit = 6
    started = time.monotonic()
    status, stderr = _finish(_run(folder, out, "--cluster", cluster.address, "--timeout", str(limit)))
    assert status == 1, stderr
    assert "2 records written, 0 skipped (unchanged), 1 failed, of 3 inputs" in stderr
    errors = {Path(e["file"]).name: e for e in _errors(out)}
    assert list(errors) == ["hang.txt"]
    assert errors["hang.txt"]["stage"] == "worker" and "lost twice" in errors["hang.txt"]["message"]
    assert not (out / "hang.txt.json").exists()
    assert time.monotonic() - started > 2 * limit, "the file was given its time limit twice"


def test_the_scheduler_going_away_stops_the_run_in_one_line_and_a_rerun_finishes(tmp_path: Path) -> None:
    files = 8
    folder = _inputs(tmp_path / "in", files)
    out = tmp_path / "out"
    logs = tmp_path / "logs"
    logs.mkdir()
    first = Cluster(logs)
    try:
        first.add_workers("w1")
        batch = _run(folder, out, "--cluster", first.address, "--no-html")
        _wait_for_records(out, 1, batch)
        first.kill_scheduler()
        status, stderr = _finish(batch)
    finally:
        first.close()
    assert status == 2, stderr
    assert stderr.splitlines()[-1] == (f"error: the Dask scheduler at {first.address} went away; "
                                       "run the same command again to finish")
    assert "Traceback" not in stderr
    done = [p for p in out.glob("*.json")]
    assert 1 <= len(done) < files
    for path in done:
        validate(json.loads(path.read_text("utf-8")))
    second = Cluster(logs)
    try:
        second.add_workers("w2")
        status, stderr = _finish(_run(folder, out, "--cluster", second.address, "--no-html"))
    finally:
        second.close()
    assert status == 1, stderr
    assert (f"{files - len(done)} records written, {len(done)} skipped (unchanged), 1 failed, of {files + 1} inputs"
            in stderr)
    assert len((out / RECORDS).read_text("utf-8").splitlines()) == files


def test_a_local_cluster_runs_the_batch_from_the_command_line(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    status, stderr = _finish(_run(folder, out, "--cluster", "local:1"))
    assert status == 1, stderr
    assert "2 records written, 0 skipped (unchanged), 1 failed, of 3 inputs" in stderr
    assert "Traceback" not in stderr
    assert (out / "00.txt.html").is_file() and (out / INDEX).is_file()
    assert len((out / RECORDS).read_text("utf-8").splitlines()) == 2


@pytest.mark.parametrize("address", ["local:0", "local:two", "tcp://no-port"])
def test_a_cluster_address_of_no_known_form_stops_at_start(address: str, tmp_path: Path) -> None:
    from pipeline.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["run", str(tmp_path), "-o", str(tmp_path / "out"), "--cluster", address])
    assert stop.value.code == 2
    assert not (tmp_path / "out").exists()
