"""The batch runner on real files: exit status, errors, counts, parallel runs, re-runs and recovery."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_texts import EN, RU

from pipeline import analyze
from pipeline.batch.runner import ERRORS, INDEX, RECORDS, run_batch
from pipeline.export.files import TEMP_PREFIX, TEMP_SUFFIX, atomic_write, discover
from pipeline.nlp.models import Models
from pipeline.record import SCHEMA_VERSION
from pipeline.serialize import validate
from pipeline.settings import Settings
from pipeline.version import build

pytestmark = pytest.mark.slow

GOOD = ["ru.txt", "en/en.txt"]


def _settings(**kw: object) -> Settings:
    base: dict[str, object] = {"jobs": 1, "progress": False, "timeout_s": 120.0}
    base.update(kw)
    return Settings(**base)  # type: ignore[arg-type]


def _batch(inputs: list[Path], out: Path, **kw: object) -> tuple[int, str]:
    stream = io.StringIO()
    status = run_batch(inputs, out, _settings(**kw), stream=stream)
    return status, stream.getvalue()


def _outputs(out: Path) -> dict[str, str]:
    """Every record and page in `out` by relative name (the corpus-wide files left out)."""
    return {p.relative_to(out).as_posix(): p.read_text("utf-8")
            for p in sorted(out.rglob("*")) if p.suffix in (".json", ".html") and p.name != INDEX}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two real articles, a binary file disguised as text, an empty file and a hidden file."""
    folder = tmp_path_factory.mktemp("in")
    (folder / "en").mkdir()
    (folder / "ru.txt").write_text(RU, "utf-8")
    (folder / "en" / "en.txt").write_text(EN, "utf-8")
    (folder / "disguised.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / ".hidden.txt").write_text(RU, "utf-8")
    return folder


@pytest.fixture(scope="module")
def first(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("out1")
    status, stderr = _batch([inputs, inputs / "missing.txt"], out)
    return out, status, stderr


def test_batch_status_errors_and_summary(first: tuple[Path, int, str], inputs: Path) -> None:
    out, status, stderr = first
    assert status == 1
    lines = [json.loads(line) for line in (out / ERRORS).read_text("utf-8").splitlines()]
    errors = [e for e in lines if not e["message"].endswith("passed over")]
    by_file = {Path(e["file"]).name: e for e in errors}
    assert set(by_file) == {"disguised.txt", "empty.txt", "missing.txt"}
    # the hidden file of the input folder is not read, and errors.jsonl says so
    assert [Path(e["file"]).name for e in lines if e["message"].endswith("passed over")] == [".hidden.txt"]
    assert by_file["empty.txt"]["stage"] == "ingest" and "empty" in by_file["empty.txt"]["message"]
    assert by_file["missing.txt"]["stage"] == "input"
    assert all(e["time"] for e in errors)
    for name in by_file:
        assert f"failed: {by_file[name]['file']}" in stderr
    assert "2 records written, 0 skipped (unchanged), 3 failed, of 5 inputs" in stderr
    assert sorted(_outputs(out)) == ["en/en.txt.html", "en/en.txt.json", "ru.txt.html", "ru.txt.json"]
    index = (out / INDEX).read_text("utf-8")
    assert 'href="ru.txt.html"' in index and 'href="en/en.txt.html"' in index


def test_records_are_valid_and_match_their_sources(first: tuple[Path, int, str], inputs: Path) -> None:
    out, _, _ = first
    lines = (out / RECORDS).read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 2
    for record in records:
        validate(record)
        assert record["pipeline_version"] == build()
    by_lang = {r["language"]: r for r in records}
    assert by_lang["ru"]["source"]["path"] == str(inputs / "ru.txt")
    assert by_lang["en"]["title"] == "Customs cooperation in the Eurasian Economic Union"
    assert json.loads((out / "ru.txt.json").read_text("utf-8")) == by_lang["ru"]


def test_two_jobs_write_what_one_job_writes(first: tuple[Path, int, str], inputs: Path,
                                             tmp_path: Path) -> None:
    out, _, _ = first
    status, _ = _batch([inputs, inputs / "missing.txt"], tmp_path, jobs=2)
    assert status == 1
    assert _outputs(tmp_path) == _outputs(out)
    assert (tmp_path / RECORDS).read_text("utf-8") == (out / RECORDS).read_text("utf-8")


def test_rerun_skips_unchanged_files_and_force_redoes_them(first: tuple[Path, int, str], inputs: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    status, stderr = _batch([inputs], out)
    assert status == 1
    assert "0 records written, 2 skipped (unchanged), 2 failed, of 4 inputs" in stderr
    assert all(p.stat().st_mtime_ns == stamp for p, stamp in stamps.items())
    assert len((out / RECORDS).read_text("utf-8").splitlines()) == 2
    status, stderr = _batch([inputs / "ru.txt"], out, force=True)
    assert status == 0
    assert "1 records written, 0 skipped (unchanged), 0 failed, of 1 inputs" in stderr
    assert (out / "ru.txt.json").stat().st_mtime_ns > stamps[out / "ru.txt.json"]


def test_a_record_of_an_older_schema_is_made_again(first: tuple[Path, int, str], inputs: Path,
                                                   tmp_path: Path) -> None:
    """A scan analysed before OCR (schema 1.0) gets its text on the next run, without --force."""
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    record = out / "ru.txt.json"
    old = json.loads(record.read_text("utf-8"))
    record.write_text(json.dumps({**old, "schema_version": "1.0"}, ensure_ascii=False), "utf-8")
    status, stderr = _batch([inputs / "ru.txt"], out)
    assert status == 0
    assert "1 records written, 0 skipped (unchanged), 0 failed, of 1 inputs" in stderr
    assert json.loads(record.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION


def test_a_record_made_by_other_rules_of_the_same_release_is_made_again(first: tuple[Path, int, str], inputs: Path,
                                                                       tmp_path: Path) -> None:
    """A record whose pipeline version names other code and data files (another word list, the same
    release number) is not current: an upgraded pipeline reads the file again."""
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    record = out / "ru.txt.json"
    old = json.loads(record.read_text("utf-8"))
    assert old["pipeline_version"].startswith(old["pipeline_version"].split("+")[0] + "+")
    record.write_text(json.dumps({**old, "pipeline_version": old["pipeline_version"].split("+")[0] + "+000000000000"},
                                 ensure_ascii=False), "utf-8")
    status, stderr = _batch([inputs / "ru.txt"], out)
    assert status == 0
    assert "1 records written, 0 skipped (unchanged), 0 failed, of 1 inputs" in stderr
    assert json.loads(record.read_text("utf-8"))["pipeline_version"] == build()


def test_a_record_without_a_field_its_schema_requires_is_made_again(first: tuple[Path, int, str], inputs: Path,
                                                                   tmp_path: Path) -> None:
    """A record written before its schema gained a field (relevance, say) is not current."""
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    record = out / "ru.txt.json"
    old = json.loads(record.read_text("utf-8"))
    del old["relevance"]
    record.write_text(json.dumps(old, ensure_ascii=False), "utf-8")
    status, stderr = _batch([inputs / "ru.txt"], out)
    assert status == 0
    assert "1 records written, 0 skipped (unchanged), 0 failed, of 1 inputs" in stderr
    assert "relevance" in json.loads(record.read_text("utf-8"))


def test_a_missing_page_is_made_from_its_current_record(first: tuple[Path, int, str], inputs: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    before = _outputs(out)
    record = out / "en" / "en.txt.json"
    stamp = record.stat().st_mtime_ns
    (out / "en" / "en.txt.html").unlink()
    status, stderr = _batch([inputs], out)
    assert status == 1
    assert ("0 records written, 2 skipped (unchanged) (1 page made from the record), 2 failed, "
            "of 4 inputs") in stderr
    assert record.stat().st_mtime_ns == stamp
    assert _outputs(out) == before


def test_asking_for_another_interface_language_makes_the_pages_again(first: tuple[Path, int, str],
                                                                     inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    stamp = (out / "ru.txt.json").stat().st_mtime_ns
    assert '<meta name="ui-language" content="ru">' in (out / "ru.txt.html").read_text("utf-8")
    status, stderr = _batch([inputs], out, ui_language="en")
    assert "0 records written, 2 skipped (unchanged) (1 page made from the record), 2 failed" in stderr
    assert '<meta name="ui-language" content="en">' in (out / "ru.txt.html").read_text("utf-8")
    assert (out / "ru.txt.json").stat().st_mtime_ns == stamp
    status, stderr = _batch([inputs], out, ui_language="en")
    assert "0 records written, 2 skipped (unchanged), 2 failed" in stderr


def test_a_page_that_cannot_be_made_from_its_record_is_analysed_again(first: tuple[Path, int, str],
                                                                      inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    before = _outputs(out)
    record = out / "ru.txt.json"
    data = json.loads(record.read_text("utf-8"))
    data["organisations"] = "not a list"
    record.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (out / "ru.txt.html").unlink()
    status, stderr = _batch([inputs / "ru.txt"], out)
    assert status == 0
    assert "1 records written, 0 skipped (unchanged), 0 failed, of 1 inputs" in stderr
    assert _outputs(out) == before


def test_interrupted_run_is_finished_by_running_again(first: tuple[Path, int, str], inputs: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(first[0], out)
    before = _outputs(out)
    (out / "ru.txt.json").unlink()
    record = out / "en" / "en.txt.json"
    record.write_bytes(record.read_bytes()[:200])
    (out / "en" / f"{TEMP_PREFIX}en.txt.html.x1y2{TEMP_SUFFIX}").write_text("<html><bo", "utf-8")
    status, stderr = _batch([inputs, inputs / "missing.txt"], out)
    assert status == 1
    assert "2 records written, 0 skipped (unchanged), 3 failed, of 5 inputs" in stderr
    assert _outputs(out) == before
    assert not list(out.rglob(f"*{TEMP_SUFFIX}"))
    assert len((out / RECORDS).read_text("utf-8").splitlines()) == 2


def test_batch_killed_half_way_is_finished_by_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = 12  # enough that the kill, right after the first record, lands before the last
    for number in range(files):
        (folder / f"{number:02d}_ru.txt").write_text(RU.replace("2019", str(2000 + number)), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "-o", str(out), "--jobs", "1",
               "--no-html", "--no-progress"]
    batch = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.json")) and time.monotonic() < deadline and batch.poll() is None:
        time.sleep(0.05)
    os.killpg(batch.pid, signal.SIGKILL)
    batch.wait()
    done = len(list(out.glob("*.json")))
    assert 1 <= done < files, "killed after the first record and before the last"
    assert not (out / RECORDS).exists()
    status, stderr = _batch([folder], out, html=False)
    assert status == 0
    assert f"{files - done} records written, {done} skipped (unchanged), 0 failed, of {files} inputs" in stderr
    records = [json.loads(line) for line in (out / RECORDS).read_text("utf-8").splitlines()]
    assert sorted(r["source"]["name"] for r in records) == [f"{n:02d}_ru.txt" for n in range(files)]
    for number, record in enumerate(sorted(records, key=lambda r: r["source"]["name"])):
        validate(record)
        assert str(2000 + number) in record["text"]
    assert not list(out.rglob(f"*{TEMP_SUFFIX}"))


def test_changed_file_is_redone_and_a_file_that_now_fails_loses_its_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(RU, "utf-8")
    (folder / "b.txt").write_text(EN, "utf-8")
    out = tmp_path / "out"
    assert _batch([folder], out)[0] == 0
    (folder / "a.txt").write_text(RU.replace("2019", "2020"), "utf-8")
    (folder / "b.txt").write_bytes(b"")
    status, stderr = _batch([folder], out)
    assert status == 1
    assert "1 records written, 0 skipped (unchanged), 1 failed, of 2 inputs" in stderr
    assert "2020" in json.loads((out / "a.txt.json").read_text("utf-8"))["text"]
    assert not (out / "b.txt.json").exists() and not (out / "b.txt.html").exists()
    assert len((out / RECORDS).read_text("utf-8").splitlines()) == 1


def test_the_smallest_file_leads_then_the_largest_go_first(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sizes = {"a.txt": 1, "b.txt": 4, "c.txt": 2, "d.txt": 3}
    for name, copies in sizes.items():
        (folder / name).write_text("\n\n".join([RU] * copies), "utf-8")
    status, _ = _batch([folder], tmp_path / "out", jobs=1, html=False)
    assert status == 0
    written = sorted((tmp_path / "out").glob("*.txt.json"), key=lambda p: p.stat().st_mtime_ns)
    assert [p.name.removesuffix(".json") for p in written] == ["a.txt", "b.txt", "d.txt", "c.txt"]


def test_a_file_over_the_time_limit_becomes_an_error(tmp_path: Path, inputs: Path) -> None:
    status, stderr = _batch([inputs / "ru.txt"], tmp_path, timeout_s=0.01, html=False)
    assert status == 1
    error = json.loads((tmp_path / ERRORS).read_text("utf-8"))
    assert error["stage"] == "timeout" and error["message"] == "timed out after 0.01 s"
    assert "timed out after 0.01 s" in stderr and "0 records written" in stderr
    assert not (tmp_path / "ru.txt.json").exists()


def test_a_file_over_the_size_limit_becomes_an_error(tmp_path: Path, inputs: Path) -> None:
    status, stderr = _batch([inputs / "ru.txt", inputs / "en"], tmp_path, max_file_mb=0.0005, html=False)
    assert status == 1
    error = json.loads((tmp_path / ERRORS).read_text("utf-8"))
    assert error["file"] == str(inputs / "ru.txt") and error["stage"] == "ingest"
    assert "limit of 0.0005 MB" in error["message"]
    assert "1 records written, 0 skipped (unchanged), 1 failed, of 2 inputs" in stderr


def test_no_html_writes_records_only(tmp_path: Path, inputs: Path) -> None:
    status, _ = _batch([inputs / "en"], tmp_path, html=False)
    assert status == 0
    assert sorted(_outputs(tmp_path)) == ["en.txt.json"]
    assert not (tmp_path / INDEX).exists()


@pytest.fixture(scope="module")
def models() -> Models:
    return Models()


@pytest.mark.parametrize("text, language, treaty", [
    (RU, "ru", "Таможенный кодекс Евразийского экономического союза"),
    (EN, "en", "Customs Code of the Eurasian Economic Union"),
])
def test_analyze_takes_a_path_or_a_string(text: str, language: str, treaty: str, models: Models,
                                          tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    from_path = analyze(path, models=models)
    from_string = analyze(text, models=models)
    assert from_path.source.path == str(path) and from_string.source.path == "<string>"
    for article in (from_path, from_string):
        assert article.language == language
        assert treaty in [t.title for t in article.treaties]
    assert from_path.text == from_string.text
    assert analyze(str(path), models=models).source.path == str(path)


# ---- file naming and atomic writes: no models needed ----

def test_outputs_keep_subfolders_skip_hidden_and_the_output_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a/x.txt", "b/x.txt", "out/x.txt.html", ".git/y.md", "notes.csv", "z.PDF"):
        (tmp_path / name).write_text("text", "utf-8")
    targets, missing = discover([tmp_path, tmp_path / "a" / "x.txt", tmp_path / "nope"], tmp_path / "out")
    assert [t.json.as_posix() for t in targets] == ["a/x.txt.json", "b/x.txt.json", "z.PDF.json"]
    assert missing == [tmp_path / "nope"]


def test_same_name_from_two_folders_does_not_collide(tmp_path: Path) -> None:
    for folder in ("2019", "2020"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(folder, "utf-8")
    targets, _ = discover([tmp_path / "2019", tmp_path / "2020"], tmp_path / "out")
    assert [t.json.as_posix() for t in targets] == ["article.txt.json", "2020/article.txt.json"]


def test_outputs_are_as_readable_as_any_new_file(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a" / "page.html", "<p>x</p>")
    (tmp_path / "plain.html").write_text("<p>x</p>", "utf-8")
    mode = (tmp_path / "a" / "page.html").stat().st_mode & 0o777
    assert mode == (tmp_path / "plain.html").stat().st_mode & 0o777
    assert mode & 0o044 or os.umask(os.umask(0)) & 0o044  # readable by others unless the umask forbids it


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.json"
    atomic_write(target, '{"a": 1}')
    assert target.read_text("utf-8") == '{"a": 1}'

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(target, '{"a": 2}')
    assert target.read_text("utf-8") == '{"a": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_an_output_folder_that_cannot_be_made_stops_at_start(tmp_path: Path, inputs: Path) -> None:
    taken = tmp_path / "out"
    taken.write_text("a file, not a folder", "utf-8")
    status, stderr = _batch([inputs / "ru.txt"], taken)
    assert status == 2
    assert f"error: the output folder {taken} cannot be created" in stderr


def test_article_pages_link_back_to_the_corpus_report(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("Договор о ЕАЭС подписан в 2014 году.", "utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text("ФТС России и ГТК Республики Беларусь.", "utf-8")
    assert run_batch([tmp_path / "in"], tmp_path / "out", Settings(jobs=1, progress=False)) == 0
    assert 'href="index.html"' in (tmp_path / "out" / "a.txt.html").read_text("utf-8")
    assert 'href="../index.html"' in (tmp_path / "out" / "sub" / "b.txt.html").read_text("utf-8")


def test_a_worker_that_dies_mid_file_fails_that_file_and_is_replaced(tmp_path: Path) -> None:
    import threading

    from pipeline.batch.workers import Task, WorkerPool

    long_text = tmp_path / "long.txt"
    long_text.write_text((RU + "\n\n") * 400, "utf-8")  # several seconds of work
    short = tmp_path / "short.txt"
    short.write_text(EN, "utf-8")
    tasks = [Task(0, str(long_text), str(tmp_path / "long.json"), None),
             Task(1, str(short), str(tmp_path / "short.json"), None)]
    with WorkerPool(1, Settings(jobs=1, progress=False)) as pool:
        def kill_when_busy() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                worker = pool._workers[0]
                if worker.task is not None and worker.task.index == 0:
                    time.sleep(0.3)
                    os.kill(worker.process.pid, signal.SIGKILL)
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_when_busy)
        killer.start()
        outcomes = {o.index: o for o in pool.run(tasks)}
        killer.join()
    assert not outcomes[0].ok and outcomes[0].stage == "worker" and "died" in outcomes[0].message
    assert outcomes[1].ok and (tmp_path / "short.json").exists()
    assert not (tmp_path / "long.json").exists()
