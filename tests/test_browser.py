"""The HTML reports in a real headless chromium: no console errors, highlights and tables present,
injected scripts inert; a screenshot of each page at desktop and phone width."""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import Article, DateFact, Mention, Organisation, Source, Table
from pipeline.render.report import render_article, render_corpus
from pipeline.settings import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "outputs" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 390}
INJECTED = "<script>document.title = 'pwned'; window.pwned = 1;</script>"


def chromium_binary() -> str | None:
    """The first chromium-like browser on PATH."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """Headless chromium driven over the DevTools protocol on a pipe (fds 3 and 4), stdlib only."""

    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="report-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._res_r, res_w = os.pipe()

        def wire() -> None:
            os.dup2(cmd_r, 3)
            os.dup2(res_w, 4)
            os.set_inheritable(3, True)  # dup2 onto itself keeps the pipe's close-on-exec flag
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=wire)
        os.close(cmd_r)
        os.close(res_w)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def _read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._res_r], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._res_r, 1 << 20)
            if not chunk:
                raise ConnectionError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, session: bool = False, timeout: float = 30, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer, keeping the events that arrive meanwhile."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read(timeout)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        """Wait until an event named `method` has arrived."""
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._read(max(0.1, deadline - time.monotonic())))

    def open(self, url: str, width: int) -> None:
        """Load `url` at a window `width` CSS pixels wide."""
        self.events.clear()
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=900,
                  deviceScaleFactor=1, mobile=width < 600)
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")

    def errors(self) -> list[str]:
        """Console errors and uncaught exceptions seen since the page was opened."""
        found = []
        for e in self.events:
            p = e.get("params", {})
            if e.get("method") == "Runtime.exceptionThrown":
                found.append(p["exceptionDetails"].get("text", "exception"))
            elif e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                found.append(json.dumps(p.get("args")))
            elif e.get("method") == "Log.entryAdded" and p["entry"].get("level") == "error":
                found.append(p["entry"].get("text", ""))
        return found

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        """The whole page as a PNG."""
        height = int(self.evaluate("document.documentElement.scrollHeight"))
        width = int(self.evaluate("window.innerWidth"))
        shot = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (TimeoutError, ConnectionError, RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._cmd_w)
        os.close(self._res_r)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Browser:
    binary = chromium_binary()
    if binary is None:
        pytest.skip("no chromium, chromium-browser or google-chrome on PATH")
    b = Browser(binary)
    yield b
    b.close()


def hostile_article() -> Article:
    """An article whose text, title and table try to inject markup and a script."""
    text = (f"Евразийский экономический союз (ЕАЭС) {INJECTED} заключил соглашение 08.12.1999.\n\n"
            "Объём торговли составил 57,6 млрд долларов <img src=x onerror=\"window.pwned=2\">.")
    org = text.index("ЕАЭС")
    date = text.index("08.12.1999")
    return Article(
        source=Source(path="hostile.txt", name="hostile.txt", sha256="0" * 64, format="txt", size=len(text)),
        text=text, title=f"Title {INJECTED}",
        organisations=[Organisation("org-1", "Евразийский экономический союз", "Eurasian Economic Union", "ЕАЭС",
                                    mentions=2)],
        dates=[DateFact("date-1", "08.12.1999", "point", "1999-12-08", mentions=1)],
        tables=[Table(f"Table {INJECTED}", ["Показатель", "2024"], [["Товарооборот", "57,6"]], start=len(text))],
        mentions=[Mention("ORG", "Евразийский экономический союз", 0, 30, fact_id="org-1"),
                  Mention("ORG", "ЕАЭС", org, org + 4, fact_id="org-1"),
                  Mention("ORG", text[org: text.index("заключил")], org, text.index("заключил")),
                  Mention("DATE", "08.12.1999", date, date + 10, fact_id="date-1")],
    )


def check_page(browser: Browser, path: Path, name: str) -> dict[str, Any]:
    """Open a page at both widths, assert it is clean, save screenshots; what the page holds."""
    seen: dict[str, Any] = {}
    for label, width in WIDTHS.items():
        browser.open(path.as_uri(), width)
        assert browser.errors() == [], f"{name} at {label}: console errors"
        assert browser.evaluate("typeof window.pwned") == "undefined"
        assert browser.evaluate("document.title") != "pwned"
        seen = browser.evaluate("""({
            marks: document.querySelectorAll('mark.ent').length,
            classes: [...new Set([...document.querySelectorAll('mark.ent')].map(m => m.classList[1]))],
            tables: document.querySelectorAll('table').length,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            text: document.body.innerText})""")
        assert seen["overflow"] <= 1, f"{name} at {label} scrolls sideways by {seen['overflow']} px"
        browser.screenshot(SCREENSHOTS / f"{name}.{label}.png")
    return seen


def test_hostile_article_renders_inert(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "hostile.txt.html"
    page.write_text(render_article(hostile_article(), Settings()), "utf-8")
    seen = check_page(browser, page, "hostile.txt")
    assert seen["marks"] >= 3 and "ent-org" in seen["classes"] and "ent-date" in seen["classes"]
    assert seen["tables"] >= 1
    assert "<script>document.title = 'pwned'" in seen["text"]


def test_clicking_a_mention_shows_its_fact(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "hostile.txt.html"
    page.write_text(render_article(hostile_article(), Settings()), "utf-8")
    browser.open(page.as_uri(), 1280)
    shown = browser.evaluate("""(() => {
        document.querySelector('.text mark.ent-org[data-fact="org-1"]').click();
        return [document.getElementById('factbar').textContent,
                document.querySelectorAll('mark.sel').length]; })()""")
    assert "Eurasian Economic Union" in shown[0]
    assert shown[1] == 2
    assert browser.errors() == []


@pytest.mark.slow
def test_sample_articles_and_corpus(browser: Browser, corpora: Path, tmp_path: Path) -> None:
    from pipeline import analyze
    from pipeline.nlp.models import Models

    settings, models = Settings(), Models()
    articles, links = [], {}
    for source in sorted(corpora.glob("*.*")):
        article = analyze(source, settings, models)
        page = tmp_path / f"{source.name}.html"
        page.write_text(render_article(article, settings), "utf-8")
        seen = check_page(browser, page, source.name)
        assert seen["marks"] > 10
        assert {"ent-org", "ent-country", "ent-date"} <= set(seen["classes"])
        assert seen["tables"] >= 3
        articles.append(article)
        links[article.source.path] = page.name
    index = tmp_path / "index.html"
    index.write_text(render_corpus(articles, [{"file": "broken.pdf", "stage": "ingest", "message": INJECTED}],
                                   settings, links), "utf-8")
    seen = check_page(browser, index, "index")
    assert seen["tables"] >= 3
    assert "broken.pdf" in seen["text"]
