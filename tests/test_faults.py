"""The batch under faults: nothing the user made is lost, nothing stops or outlives the run."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from batch_texts import EN, RU

from pipeline.batch.runner import ERRORS, INDEX, KEPT, RECORDS, SQLITE, run_batch
from pipeline.export.files import TEMP_PREFIX, TEMP_SUFFIX, atomic_write, sweep_temp_files
from pipeline.settings import Settings

pytestmark = pytest.mark.slow


def _batch(inputs: list[Path], out: Path, **kw: object) -> tuple[int, str]:
    base: dict[str, object] = {"jobs": 1, "progress": False, "timeout_s": 120.0}
    base.update(kw)
    stream = io.StringIO()
    status = run_batch(inputs, out, Settings(**base), stream=stream)  # type: ignore[arg-type]
    return status, stream.getvalue()


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def _errors(out: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (out / ERRORS).read_text("utf-8").splitlines()]


def _exported_names(out: Path) -> dict[str, list[str]]:
    """The source names each corpus export holds."""
    jsonl = sorted(json.loads(line)["source"]["name"] for line in (out / RECORDS).read_text("utf-8").splitlines())
    with (out / "csv" / "articles.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = sorted(row["name"] for row in csv.DictReader(fh))
    with sqlite3.connect(out / SQLITE) as db:
        stored = sorted(row[0] for row in db.execute("SELECT name FROM articles"))
    records = sorted(json.loads(p.read_text("utf-8"))["source"]["name"] for p in out.rglob("*.txt.json"))
    return {"records": records, "jsonl": jsonl, "csv": rows, "sqlite": stored}


def test_an_unchanged_file_that_times_out_keeps_its_last_good_record(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": RU, "b.txt": EN})
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    page = (out / "a.txt.html").read_text("utf-8")
    status, stderr = _batch([folder], out, force=True, timeout_s=0.01)
    assert status == 1
    assert f"0 records written, 0 skipped (unchanged), 2 failed (2 {KEPT}), of 2 inputs" in stderr
    assert all(e["stage"] == "timeout" and e["message"].endswith(KEPT) for e in _errors(out))
    assert (out / "a.txt.html").read_text("utf-8") == page
    names = _exported_names(out)
    assert all(found == ["a.txt", "b.txt"] for found in names.values()), names
    assert "b.txt" in (out / INDEX).read_text("utf-8")


@pytest.mark.parametrize("force", [False, True])
def test_deleted_renamed_and_failing_inputs_leave_every_export(tmp_path: Path, force: bool) -> None:
    folder = _folder(tmp_path, {"a.txt": RU, "b.txt": EN, "c.txt": RU.replace("2019", "2021"),
                                "d.txt": EN.replace("2019", "2022")})
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    (folder / "b.txt").unlink()
    (folder / "c.txt").rename(folder / "renamed.txt")
    (folder / "d.txt").write_bytes(b"")  # changed, and now failing: its record goes
    status, stderr = _batch([folder], out, force=force)
    assert status == 1
    assert "2 removed (input gone)" in stderr
    names = _exported_names(out)
    assert all(found == ["a.txt", "renamed.txt"] for found in names.values()), names
    assert not (out / "b.txt.html").exists() and not (out / "d.txt.html").exists()
    index = (out / INDEX).read_text("utf-8")
    assert "b.txt" not in index and "c.txt" not in index


def test_sweeping_leaves_the_users_part_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    mine = [tmp_path / "notes.part", tmp_path / ".draft.txt.part", tmp_path / "sub" / ".x.json.abc.part"]
    for path in mine:
        path.write_text("the user's", "utf-8")
    left = tmp_path / "sub" / f"{TEMP_PREFIX}a.txt.json.x1y2{TEMP_SUFFIX}"
    left.write_text("{", "utf-8")
    atomic_write(tmp_path / "a.json", "{}")
    assert sweep_temp_files(tmp_path) == 1
    assert not left.exists()
    assert all(path.read_text("utf-8") == "the user's" for path in mine)


def test_a_file_name_not_valid_utf8_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(EN, "utf-8")
    bad = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")
    Path(bad).write_text(RU, "utf-8")
    Path(os.fsdecode(bytes(folder) + b"/empty\xff.txt")).write_bytes(b"")
    out = tmp_path / "out"
    status, stderr = _batch([folder], out)
    assert status == 1 and "of 3 inputs" in stderr
    errors = _errors(out)
    assert any(e["file"].endswith("empty\\xff.txt") for e in errors), errors
    assert len(errors) == 1
    names = _exported_names(out)
    assert all(found == ["caf\\xe9.txt", "good.txt"] for found in names.values()), names
    assert 'href="caf%E9.txt.html"' in (out / INDEX).read_text("utf-8")
    status, stderr = _batch([folder], out)  # and again, on the re-run
    assert status == 1 and "0 records written, 2 skipped (unchanged), 1 failed, of 3 inputs" in stderr
    assert _exported_names(out) == names


def test_a_250_byte_cyrillic_file_name_gets_a_short_unique_output_name(tmp_path: Path) -> None:
    stem = "таможенноесотрудничество" * 6
    names = [(stem[:122] + end + ".txt") for end in "аб"]
    assert all(len(name.encode()) == 250 for name in names)
    folder = _folder(tmp_path, {names[0]: RU, names[1]: EN})
    out = tmp_path / "out"
    status, stderr = _batch([folder], out)
    assert status == 0, stderr
    outputs = sorted(p.name for p in out.glob("*.txt.json"))
    assert len(outputs) == 2 and all(len(n.encode()) <= 255 for n in outputs)
    assert _exported_names(out)["jsonl"] == sorted(names)
    assert "0 records written, 2 skipped (unchanged)" in _batch([folder], out)[1]


def test_a_foreign_json_in_the_output_folder_is_skipped_with_a_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": RU})
    out = tmp_path / "out"
    out.mkdir()
    (out / "foreign.json").write_text(json.dumps({"schema_version": "0.1", "source": "a.txt"}), "utf-8")
    (out / "older.json").write_text(json.dumps({"schema_version": "0.1", "text": "..."}), "utf-8")
    status, stderr = _batch([folder], out)
    assert status == 0, stderr
    skipped = [e for e in _errors(out) if e["stage"] == "output"]
    assert sorted(Path(e["file"]).name for e in skipped) == ["foreign.json", "older.json"]
    assert "skipped: " in stderr and "1 records written" in stderr
    assert _exported_names(out)["sqlite"] == ["a.txt"]
    assert (out / "foreign.json").exists()


def test_a_damaged_database_is_moved_aside_and_made_again_by_the_batch(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": RU})
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    garbage = bytes(range(256)) * 64
    (out / SQLITE).write_bytes(garbage)
    status, stderr = _batch([folder], out)
    assert status == 0, stderr
    assert _exported_names(out)["sqlite"] == ["a.txt"]
    [aside] = out.glob(f"{SQLITE}.damaged-*")
    assert aside.read_bytes() == garbage


def test_a_file_past_the_memory_limit_fails_alone_and_its_worker_is_replaced(tmp_path: Path) -> None:
    # half a million characters without a full stop or a line break: one sentence, which the model reads whole
    folder = _folder(tmp_path, {"a.txt": EN, "big.txt": " ".join(["Таможенный союз ЕАЭС расширил сотрудничество"] * 12000),
                                "c.txt": "\n\n".join([RU] * 3)})
    out = tmp_path / "out"
    status, stderr = _batch([folder], out, max_memory_mb=700, html=False)
    assert status == 1
    [error] = _errors(out)
    assert error["stage"] == "memory" and Path(error["file"]).name == "big.txt"
    assert error["message"] == "needs more than 700 MB of memory; raise --max-memory-mb"
    assert "2 records written, 0 skipped (unchanged), 1 failed, of 3 inputs" in stderr
    assert (out / "c.txt.json").exists()  # analysed after big.txt, by the worker that replaced its own


def _children(pid: int) -> set[int]:
    """Every process descending from `pid`."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found | {g for c in found for g in _children(c)}


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_workers_never_outlive_a_stopped_run(tmp_path: Path, signum: int) -> None:
    folder = _folder(tmp_path, {"slow.txt": "\n\n".join([RU] * 4000)})  # some 20 s of analysis: the signal comes first
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "--jobs", "1",
               "--no-progress", "--timeout", "600"]
    # as from a terminal: Ctrl-C not ignored, whatever the test process inherited or set (a parent that
    # ignores SIGINT passes that on, and Python then installs no handler for it)
    batch = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and not workers:
        workers = {p for p in _children(batch.pid)
                   if b"pipeline-worker" in (Path("/proc") / str(p) / "cmdline").read_bytes()
                   or "multiprocessing" in (Path("/proc") / str(p) / "cmdline").read_text(errors="replace")}
        time.sleep(0.2)
    assert workers, "a worker started"
    time.sleep(3)  # the worker has loaded its models and is busy with the slow file
    os.killpg(batch.pid, signum) if signum == signal.SIGINT else batch.send_signal(signum)
    _, stderr = batch.communicate(timeout=60)
    if signum != signal.SIGKILL:  # a killed batch says nothing; its workers notice it is gone
        assert "Traceback" not in stderr
        assert "stopped: the run into" in stderr and "run the same command again" in stderr
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


def test_a_fifo_input_never_blocks_the_batch(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": RU, "b.txt": EN})
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    (folder / "b.txt").unlink()
    os.mkfifo(folder / "b.txt")  # the file replaced by a pipe nobody writes to
    status, stderr = _batch([folder, folder / "b.txt"], out)
    assert status == 1
    [error] = _errors(out)
    assert error["stage"] == "input" and "not a regular file" in error["message"]
    assert _exported_names(out)["jsonl"] == ["a.txt"]


def _limit_file_size(size: int) -> Callable[[], None]:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize("export", [RECORDS, SQLITE])
def test_a_full_disk_during_the_exports_prints_one_line_and_a_rerun_finishes(tmp_path: Path, export: str) -> None:
    folder = _folder(tmp_path, {"a.txt": RU, "b.txt": EN})
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    before = _exported_names(out)
    whole = (out / RECORDS).read_text("utf-8")
    others = [p.stat().st_size for p in [out / RECORDS, out / INDEX, *(out / "csv").iterdir()]]
    size = 2000 if export == RECORDS else max(others) + 1  # only the database is larger than that
    assert (out / SQLITE).stat().st_size > size
    (out / export).unlink()
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "--jobs", "1", "--no-progress"]
    done = subprocess.run(command, capture_output=True, text=True, preexec_fn=_limit_file_size(size), timeout=300)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "could not be written" in lines[0] and "run the same command again" in lines[0]
    assert export in lines[0]
    assert not list(out.rglob(f"*{TEMP_SUFFIX}"))
    status, stderr = _batch([folder], out)
    assert status == 0 and "2 skipped (unchanged)" in stderr
    assert (out / RECORDS).read_text("utf-8") == whole
    assert _exported_names(out) == before


def test_entries_passed_over_in_an_input_folder_are_listed_in_errors_jsonl(tmp_path: Path) -> None:
    """A hidden file, a .doc and a link leading out of the folder: each has its line, and the run succeeds."""
    import json

    from pipeline.batch.runner import run
    from pipeline.settings import Settings

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Таможенный кодекс ЕАЭС вступил в силу 1 января 2018 года.", "utf-8")
    (folder / ".hidden.txt").write_text("скрытый", "utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    outside = tmp_path / "outside.txt"
    outside.write_text("The WCO was founded in 1952.", "utf-8")
    (folder / "link.txt").symlink_to(outside)
    out = tmp_path / "out"
    result = run([folder], out, Settings(jobs=1, html=False, progress=False))
    lines = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    passed = {Path(line["file"]).name: line["message"] for line in lines}
    assert set(passed) == {".hidden.txt", "old.doc", "link.txt"}
    assert all(message.endswith("passed over") for message in passed.values())
    assert not result.failures and len(result.written) == 1
    followed = run([folder], tmp_path / "out2", Settings(jobs=1, html=False, progress=False, follow_links=True))
    assert len(followed.written) == 2
