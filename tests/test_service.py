"""The HTTP API as a client sees it: a live server (`python -m pipeline serve`) on a free port, real requests.

One server with a token, a 1 MB limit and a store answers most tests; a second, with one worker, a queue
of one and a short time limit, gives the 503 and 504 answers. Both are always stopped.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from processes import free_port

from pipeline.serialize import validate
from pipeline.service.client import Client, multipart

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
TOKEN = "test-token-3f9a"
START_S = 120.0
TEXT = ("Евразийский экономический союз (ЕАЭС) и Республика Беларусь подписали Договор о Евразийском "
        "экономическом союзе 29 мая 2014 года. Товарооборот вырос на 12,5% в 2023 году.")
INJECTED = "<script>window.pwned = 1</script>"


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log: Path
    store: Path | None = None

    def client(self, token: str | None = TOKEN) -> Client:
        return Client(self.url, token, timeout=120)



def serve_command(*flags: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "serve", *flags]


def environment() -> dict[str, str]:
    """The worktree's own code (not whatever is installed), and no token from the caller's environment."""
    env = {k: v for k, v in os.environ.items() if k != "CUSTOMS_PIPELINE_TOKEN"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="service-test-") as folder:
        yield Path(folder)


def start(scratch: Path, name: str, *flags: str, store: Path | None = None) -> Iterator[Server]:
    """A server started as a subprocess, ready (healthz 200) when handed over, and always stopped."""
    port = free_port()
    log = scratch / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(serve_command("--port", str(port), *flags), cwd=ROOT, env=environment(),
                                   stdout=out, stderr=subprocess.STDOUT)
    server = Server(process, f"http://127.0.0.1:{port}", log, store)
    try:
        deadline = time.monotonic() + START_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited ({process.returncode}):\n{log.read_text()}")
            try:
                if server.client(None).get("/healthz").status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server was not ready within {START_S:g} s:\n{log.read_text()}")
            time.sleep(0.2)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(scratch: Path) -> Iterator[Server]:
    store = scratch / "store"
    yield from start(scratch, "main", "--token", TOKEN, "--max-file-mb", "1", "--workers", "2",
                     "--store", str(store), store=store)


@pytest.fixture(scope="module")
def api(server: Server) -> Client:
    return server.client()


def sample(name: str) -> bytes:
    return (CORPORA / name).read_bytes()


# ------------------------------------------------------------------ health, pages, docs

def test_healthz_is_ready_without_a_token(server: Server) -> None:
    answer = server.client(None).get("/healthz")
    assert answer.status == 200
    assert answer.json()["status"] == "ok" and answer.json()["workers"] == 2


def test_the_upload_page_has_a_form_and_no_network_asset(server: Server) -> None:
    answer = server.client(None).get("/")
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/html")
    page = answer.text
    assert '<form id="upload"' in page and 'type="file"' in page and 'id="token"' in page
    assert "http://" not in page and "https://" not in page
    assert "default-src 'none'" in answer.headers["content-security-policy"]


def test_openapi_and_the_docs_page_describe_every_route_without_a_cdn(server: Server) -> None:
    client = server.client(None)
    spec = client.get("/openapi.json").json()
    assert {"/healthz", "/v1/analyze", "/v1/jobs", "/v1/jobs/{job_id}", "/v1/articles", "/v1/articles/{sha256}"} \
        <= set(spec["paths"])
    assert spec["paths"]["/v1/analyze"]["post"]["security"] == [{"bearer": []}]
    assert "multipart/form-data" in spec["paths"]["/v1/analyze"]["post"]["requestBody"]["content"]
    docs = client.get("/docs")
    assert docs.status == 200
    assert "/v1/articles/{sha256}" in docs.text and "413" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text


# ------------------------------------------------------------------ analysis

def test_a_file_upload_gives_a_schema_valid_record(api: Client, server: Server) -> None:
    data = sample("eaeu_customs_cooperation.txt")
    answer = api.analyze_file("eaeu_customs_cooperation.txt", data, "text/plain")
    assert answer.status == 200, answer.text
    record = answer.json()
    validate(record)
    assert record["source"]["name"] == "eaeu_customs_cooperation.txt"
    assert record["organisations"] and record["treaties"]
    stored = api.get(f"/v1/articles/{record['source']['sha256']}")
    assert stored.status == 200 and stored.json() == record
    assert (server.store / f"{record['source']['sha256']}.json").is_file()


def test_a_pdf_upload_gives_a_schema_valid_record(api: Client) -> None:
    answer = api.analyze_file("russia_belarus_customs.pdf", sample("russia_belarus_customs.pdf"), "application/pdf")
    assert answer.status == 200, answer.text
    validate(answer.json())
    assert answer.json()["source"]["format"] == "pdf"


def test_a_json_text_gives_a_schema_valid_record(api: Client) -> None:
    answer = api.analyze_text(TEXT, "note.txt")
    assert answer.status == 200, answer.text
    record = answer.json()
    validate(record)
    assert record["source"]["name"] == "note.txt"
    assert any(o.get("abbreviation") == "ЕАЭС" for o in record["organisations"])


def test_a_text_that_looks_like_a_path_is_read_as_text(api: Client) -> None:
    answer = api.analyze_text("/etc/passwd")
    assert answer.status == 200, answer.text
    assert answer.json()["text"].strip() == "/etc/passwd"


def test_format_html_gives_the_article_page_with_the_document_escaped(api: Client) -> None:
    body, kind = multipart([(f"x{INJECTED}.txt", f"Title {INJECTED}\n\n{TEXT}".encode(), "text/plain")])
    answer = api.request("POST", "/v1/analyze", body, {"Content-Type": kind}, query={"format": "html"})
    assert answer.status == 200, answer.text
    assert answer.headers["content-type"].startswith("text/html")
    assert INJECTED not in answer.text and "&lt;script&gt;" in answer.text
    assert "ЕАЭС" in answer.text


def test_eight_concurrent_uploads_all_succeed(api: Client) -> None:
    files = [("eaeu_customs_cooperation.txt", "text/plain"), ("russia_belarus_customs.txt", "text/plain")]

    def upload(i: int) -> int:
        name, kind = files[i % 2]
        data = sample(name) + f"\n\nЗагрузка {i}.".encode()  # eight different documents
        answer = api.analyze_file(name, data, kind)
        if answer.status == 200:
            validate(answer.json())
        return answer.status

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(upload, range(8)))
    assert statuses == [200] * 8


# ------------------------------------------------------------------ jobs and the store

def test_a_job_of_several_files_is_accepted_then_done_with_records(api: Client) -> None:
    body, kind = multipart([("a.txt", TEXT.encode(), "text/plain"),
                            ("b.md", ("# Таможня\n\n" + TEXT).encode(), "text/markdown"),
                            ("empty.txt", b"", "text/plain")])
    answer = api.request("POST", "/v1/jobs", body, {"Content-Type": kind})
    assert answer.status == 202, answer.text
    job_id = answer.json()["id"]
    assert answer.headers["location"] == f"/v1/jobs/{job_id}"
    deadline = time.monotonic() + 60
    while (job := api.get(f"/v1/jobs/{job_id}").json())["status"] != "done":
        assert time.monotonic() < deadline, job
        time.sleep(0.2)
    assert [i["status"] for i in job["items"]] == ["done", "done", "failed"]
    for item in job["items"][:2]:
        validate(item["record"])
    assert job["items"][1]["record"]["source"]["format"] == "md"
    assert job["items"][2]["error"]["status"] == 422 and "empty" in job["items"][2]["error"]["message"]
    assert api.get("/v1/jobs/no-such-job").status == 404


def test_stored_records_are_found_by_their_facts(api: Client) -> None:
    sha = api.analyze_text(TEXT, "query.txt").json()["source"]["sha256"]

    def found(**query: object) -> set[str]:
        answer = api.get("/v1/articles", **query)
        assert answer.status == 200, answer.text
        return {r["source"]["sha256"] for r in answer.json()["records"]}

    assert sha in found(organisation="еаэс")
    assert sha in found(organisation="Евразийский экономический")
    assert sha in found(treaty="договор о евразийском")
    assert sha in found(year=2014)
    assert sha in found(organisation="ЕАЭС", year=2014)
    assert sha not in found(organisation="ЕАЭС", year=1900)
    assert found(organisation="no such organisation") == set()
    assert api.get("/v1/articles", year="soon").status == 422
    assert api.get("/v1/articles/" + "0" * 64).status == 404
    assert api.get("/v1/articles/not-a-digest").status == 422


def test_a_direction_finds_the_articles_that_have_it(api: Client, server: Server) -> None:
    record = api.analyze_file("eaeu_customs_cooperation.txt", sample("eaeu_customs_cooperation.txt"), "text/plain").json()
    assert record["directions"]
    direction = record["directions"][0]["id"]
    listed = api.get("/v1/articles", direction=direction).json()
    assert record["source"]["sha256"] in {r["source"]["sha256"] for r in listed["records"]}
    assert api.get("/v1/articles", direction="no_such_direction").json()["count"] == 0


def test_uploaded_file_names_never_become_paths(api: Client, server: Server) -> None:
    answer = api.analyze_file("../../../escaped.txt", TEXT.encode() + b" 1", "text/plain")
    assert answer.status == 200, answer.text
    record = answer.json()
    assert record["source"]["name"] == "escaped.txt"
    assert record["source"]["path"] == f"upload/{record['source']['sha256']}.txt"
    assert server.store is not None
    assert not list(server.store.parent.rglob("escaped*")) and not (ROOT / "escaped.txt").exists()
    assert {p.name for p in server.store.iterdir()} <= \
        {"facts.sqlite", *(p.name for p in server.store.glob("*.json"))}
    assert all(len(p.stem) == 64 for p in server.store.glob("*.json"))


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("method, path", [("POST", "/v1/analyze"), ("POST", "/v1/jobs"), ("GET", "/v1/jobs/x"),
                                          ("GET", "/v1/articles"), ("GET", "/v1/articles/" + "0" * 64)])
def test_every_v1_route_needs_the_token(server: Server, method: str, path: str) -> None:
    for client in (server.client(None), server.client("wrong-token")):
        answer = client.request(method, path, b"{}", {"Content-Type": "application/json"})
        assert answer.status == 401
        assert answer.headers["www-authenticate"] == "Bearer"
        assert "token" in answer.json()["message"]


def test_an_upload_over_the_limit_is_413_by_its_length(api: Client) -> None:
    answer = api.analyze_file("big.txt", b"x" * (1024 * 1024 + 1), "text/plain")
    assert answer.status == 413
    assert "1 MB" in answer.json()["message"]


def test_an_upload_over_the_limit_is_413_while_read_without_a_length(api: Client) -> None:
    body, kind = multipart([("big.txt", b"x" * (3 * 1024 * 1024), "text/plain")])
    pieces = (body[i:i + 65536] for i in range(0, len(body), 65536))
    answer = api.request("POST", "/v1/analyze", pieces, {"Content-Type": kind}, chunked=True)
    assert answer.status == 413
    assert answer.json()["message"]


def test_a_file_just_over_the_limit_inside_a_body_under_its_slack_is_413(api: Client) -> None:
    answer = api.analyze_file("edge.txt", b"x" * (1024 * 1024 + 10), "text/plain")
    assert answer.status == 413


@pytest.mark.parametrize("name, kind, content_type", [
    ("program.exe", "application/octet-stream", None),
    ("table.xlsx", "application/vnd.ms-excel", None),
    (None, None, "text/plain"),
])
def test_an_unsupported_type_is_415(api: Client, name: str | None, kind: str | None, content_type: str | None) -> None:
    if name is not None and kind is not None:
        answer = api.analyze_file(name, b"MZ\x90\x00", kind)
    else:
        answer = api.request("POST", "/v1/analyze", b"plain words", {"Content-Type": content_type or ""})
    assert answer.status == 415
    assert answer.json()["message"]


@pytest.mark.parametrize("body, content_type, query", [
    (b'{"text": ', "application/json", None),
    (b'{"text": 5}', "application/json", None),
    (b'["text"]', "application/json", None),
    (b'{"text": "   "}', "application/json", None),
    (b"--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n", "multipart/form-data; boundary=x",
     None),
    (b"garbage without a boundary", "multipart/form-data; boundary=zzz", None),
    (b'{"text": "ok"}', "application/json", {"format": "xml"}),
])
def test_a_malformed_body_is_422(api: Client, body: bytes, content_type: str, query: dict[str, str] | None) -> None:
    answer = api.request("POST", "/v1/analyze", body, {"Content-Type": content_type}, query=query)
    assert answer.status == 422, answer.text
    assert answer.json()["message"]


def test_unknown_routes_and_methods_answer_json(server: Server) -> None:
    client = server.client(None)
    assert client.get("/nowhere").status == 404 and client.get("/nowhere").json()["message"]
    wrong = client.request("DELETE", "/healthz")
    assert wrong.status == 405 and wrong.json()["message"]


def test_pages_of_other_sites_are_kept_out(server: Server, api: Client) -> None:
    rebound = server.client(None).request("GET", "/", headers={"Host": "attacker.example:80"})
    assert rebound.status == 403 and "127.0.0.1" in rebound.json()["message"]
    assert api.request("GET", "/healthz", headers={"Host": "localhost"}).status == 200
    body, kind = multipart([("a.txt", TEXT.encode(), "text/plain")])
    forged = api.request("POST", "/v1/analyze", body, {"Content-Type": kind, "Origin": "http://attacker.example"})
    assert forged.status == 403 and forged.json()["message"]


def test_a_public_address_without_a_token_refuses_to_start() -> None:
    done = subprocess.run(serve_command("--host", "0.0.0.0", "--port", str(free_port())), cwd=ROOT,
                          env=environment(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "needs a token" in done.stderr and "CUSTOMS_PIPELINE_TOKEN" in done.stderr


def test_help_names_the_token_variable() -> None:
    done = subprocess.run(serve_command("--help"), cwd=ROOT, env=environment(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "CUSTOMS_PIPELINE_TOKEN" in done.stdout


# ------------------------------------------------------------------ a full queue and a time limit

@pytest.fixture(scope="module")
def tight(scratch: Path) -> Iterator[Server]:
    yield from start(scratch, "tight", "--workers", "1", "--queue", "1", "--timeout", "0.2")


def test_a_full_queue_is_503_with_retry_after_and_an_overrun_is_504(tight: Server) -> None:
    client = tight.client(None)
    long_text = (sample("eaeu_customs_cooperation.txt") + sample("russia_belarus_customs.txt")) * 3  # seconds of work
    body, kind = multipart([(f"{i}.txt", long_text + str(i).encode(), "text/plain") for i in range(6)])
    job = client.request("POST", "/v1/jobs", body, {"Content-Type": kind})
    assert job.status == 202
    busy = client.analyze_text(TEXT)  # the job's documents fill the queue of one
    assert busy.status == 503, busy.text
    assert int(busy.headers["retry-after"]) >= 1 and busy.json()["message"]
    deadline = time.monotonic() + 60
    while (state := client.get(f"/v1/jobs/{job.json()['id']}").json())["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert {item["error"]["status"] for item in state["items"]} == {504}
    late = client.analyze_file("late.txt", long_text, "text/plain")
    assert late.status == 504 and "timed out" in late.json()["message"]
    assert client.get("/healthz").status == 200
    no_store = client.get("/v1/articles")
    assert no_store.status == 404 and "--store" in no_store.json()["message"]


# ------------------------------------------------------------------ the pool itself

def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _nothing() -> None:
    pass


def test_a_stuck_worker_is_killed_and_the_pool_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.service import pool
    from pipeline.settings import Settings

    monkeypatch.setattr(pool, "STUCK_GRACE_S", 0.5)
    analysts = pool.Analysts(Settings(timeout_s=0.5), workers=1, queue=1, initializer=_nothing, initargs=())

    async def scenario() -> None:
        await analysts.start()
        first = asyncio.ensure_future(analysts.run(_sleep, 30))
        await asyncio.sleep(0.1)
        with pytest.raises(pool.Busy):
            await analysts.run(_sleep, 0)
        with pytest.raises(pool.TimedOut):
            await first
        assert analysts.restarts == 1
        monkeypatch.setattr(pool, "STUCK_GRACE_S", 30.0)  # the new pool's worker has to start first
        assert await analysts.run(_sleep, 0.01) == 0.01

    try:
        started = time.monotonic()
        asyncio.run(scenario())
        assert time.monotonic() - started < 20
    finally:
        analysts.close()


# ------------------------------------------------------------------ the upload page in a browser

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from test_browser import Browser, chromium_binary

    binary = chromium_binary()
    if binary is None:
        pytest.skip("no chromium, chromium-browser or google-chrome on PATH")
    b = Browser(binary)
    try:
        yield b
    finally:
        b.close()


@pytest.mark.browser
def test_the_upload_page_analyses_a_dropped_file_in_chromium(browser: Any, server: Server) -> None:
    browser.open(server.url + "/", 1280)
    assert browser.errors() == []
    form = browser.evaluate("""({
        form: !!document.querySelector('form#upload'),
        file: !!document.querySelector('form#upload input[type=file][name=file]'),
        token: !!document.querySelector('form#upload input#token'),
        external: [...document.querySelectorAll('[src],[href]')].map(e => e.src || e.href)
                   .filter(u => !u.startsWith(location.origin))})""")
    assert form == {"form": True, "file": True, "token": True, "external": []}
    text = json.dumps(f"Заголовок {INJECTED}\n\n{TEXT}")
    browser.evaluate(f"""(() => {{
        const files = new DataTransfer();
        files.items.add(new File([{text}], "dropped.txt", {{type: "text/plain"}}));
        const drop = document.getElementById("drop");
        drop.dispatchEvent(new DragEvent("drop", {{dataTransfer: files, bubbles: true, cancelable: true}}));
        document.getElementById("token").value = {json.dumps(TOKEN)};
        document.getElementById("send").click(); }})()""")
    deadline = time.monotonic() + 60
    while not browser.evaluate("document.getElementById('status').textContent.endsWith('analysed.')"):
        assert time.monotonic() < deadline, browser.evaluate("document.getElementById('status').textContent")
        time.sleep(0.2)
    page = browser.evaluate("""({
        shown: !document.getElementById('result').hidden,
        html: document.getElementById('result').srcdoc})""")
    assert page["shown"] and "ЕАЭС" in page["html"] and INJECTED not in page["html"]
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.errors() == []
    browser.screenshot(ROOT / "outputs" / "screenshots" / "service-upload.png")


@pytest.mark.browser
def test_the_upload_page_shows_the_services_refusal(browser: Any, server: Server) -> None:
    browser.open(server.url + "/", 1280)
    browser.evaluate("""(() => {
        const files = new DataTransfer();
        files.items.add(new File(["x"], "program.exe", {type: "application/octet-stream"}));
        document.getElementById("file").files = files.files;
        document.getElementById("token").value = "wrong";
        document.getElementById("send").click(); })()""")
    deadline = time.monotonic() + 20
    while not browser.evaluate("document.getElementById('status').className === 'bad'"):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert browser.evaluate("document.getElementById('status').textContent").startswith("401: ")


# ------------------------------------------------------------------ a batch's output folder as the store

def test_a_batch_output_folder_serves_as_the_store(scratch: Path) -> None:
    from pipeline.service.store import Store

    out = scratch / "batch"
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPORA / "eaeu_customs_cooperation.txt"),
                           "-o", str(out), "--no-html", "--no-progress", "--jobs", "1"],
                          cwd=ROOT, env=environment(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = json.loads((out / "eaeu_customs_cooperation.txt.json").read_text("utf-8"))
    store = Store(out)
    assert store.get(record["source"]["sha256"]) == record
    organisation = record["organisations"][0]["name"]
    assert [r["source"]["sha256"] for r in store.find(organisation=organisation.upper())] == [record["source"]["sha256"]]
    made = {**record, "source": {**record["source"], "sha256": "f" * 64, "path": "upload/" + "f" * 64 + ".txt"}}
    store.put(made)
    assert {r["source"]["sha256"] for r in store.find(organisation=organisation)} == {record["source"]["sha256"], "f" * 64}
    assert Store(out).get("f" * 64) == made  # found again by a new store over the same folder


def test_the_docs_page_escapes_the_description_and_marks_code() -> None:
    from pipeline.service.pages import docs_page
    from pipeline.settings import Settings

    page = docs_page(Settings(), {"info": {"title": f"API {INJECTED}"}, "paths": {"/a": {"post": {
        "summary": INJECTED, "description": f"send `file` {INJECTED}", "responses": {"200": {"description": "ok"}},
        "requestBody": {"content": {"application/json": {"schema": {"properties": {"text": {"type": "string"}}}}}}}}}})
    assert INJECTED not in page and "&lt;script&gt;" in page
    assert "send <code>file</code>" in page and "<code>text</code>" in page
