"""The HTTP API: routes over the analysts (a process pool), the store and the job board.

Analysis never runs in the event loop: every document goes to a worker process. Every error is JSON
with a message (`guard.error`); the upload page and the docs are rendered by our own templates, with
no network asset.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from ..settings import Settings
from ..version import __version__
from .guard import Guard, TooLarge, describe, error
from .jobs import Job, JobBoard
from .openapi import ANALYZE_BODY, ERRORS, JOBS_BODY, add_security
from .pages import docs_page, upload_page
from .pool import Analysis, Analysts, Busy, TimedOut, Upload, WorkerLost, analyse_upload
from .store import SHA256, Store
from .uploads import MAX_JOB_FILES, RequestError, discard, read_uploads, remove_folder

log = logging.getLogger(__name__)

BODY_SLACK = 64 * 1024  # room in a body for the multipart headers or the JSON around a document
# pages of our own: inline styles and scripts, requests to this service only, nothing from the network
PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
               "connect-src 'self'; frame-src 'self' about:; form-action 'self'; base-uri 'none'")


@dataclass
class ServiceOptions:
    """How the service runs, besides the analysis settings."""

    settings: Settings = field(default_factory=Settings)
    workers: int = 2
    token: str | None = None
    store: Path | None = None
    queue: int = 16  # requests running or waiting at once; one more is refused with 503
    local: bool = True  # served on a loopback address: requests addressed to other host names are refused


class Service:
    """What the routes share: the analysts, the store, the jobs and a folder for uploads in flight."""

    def __init__(self, options: ServiceOptions) -> None:
        self.options = options
        self.limit = int(options.settings.max_file_mb * 1024 * 1024)
        self.analysts = Analysts(options.settings, options.workers, options.queue)
        self.store = Store(options.store) if options.store else None
        self.jobs = JobBoard(options.queue)
        self.folder = Path()  # the folder of uploads in flight, made at start
        self._tasks: set[asyncio.Task[None]] = set()

    def body_limit(self, path: str) -> int:
        """The most bytes a request to `path` may send: one document, or a job's worth."""
        return (self.limit * MAX_JOB_FILES if path.startswith("/v1/jobs") else self.limit) + BODY_SLACK

    async def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="pipeline-serve-"))
        self._tasks.add(asyncio.create_task(self._warm()))

    async def _warm(self) -> None:
        try:
            await self.analysts.start()
        except Exception as exc:
            self.analysts.failure = f"the workers could not start: {type(exc).__name__}: {exc}"
            log.exception("the workers could not start")

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        self.analysts.close()
        remove_folder(self.folder)

    async def analyse(self, upload: Upload, refuse_when_full: bool = True) -> Analysis:
        """The analysis of one upload (kept in the store when it succeeded); its file removed after."""
        try:
            try:
                result: Analysis = await self.analysts.run(analyse_upload, upload, self.options.settings,
                                                           refuse_when_full=refuse_when_full)
            except WorkerLost:  # most often the pool was ended for another, stuck document: once more
                log.warning("the worker analysing %s was lost; trying once more", upload.label)
                result = await self.analysts.run(analyse_upload, upload, self.options.settings,
                                                 refuse_when_full=False)
        finally:
            discard([upload])
        if result.record is not None and self.store is not None:
            await asyncio.to_thread(self.store.put, result.record)
        return result

    def start_job(self, job: Job, uploads: list[Upload]) -> None:
        task = asyncio.create_task(self._run_job(job, uploads))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_job(self, job: Job, uploads: list[Upload]) -> None:
        try:
            for item, upload in zip(job.items, uploads, strict=True):
                item.status = "running"
                try:
                    result = await self.analyse(upload, refuse_when_full=False)
                except (TimedOut, WorkerLost, Busy) as exc:
                    item.status, item.error = "failed", {"status": _status(exc), "message": str(exc)}
                    continue
                except Exception as exc:  # the store could not be written, say: the job goes on
                    log.exception("job %s: %s failed", job.id, upload.label)
                    item.status, item.error = "failed", {"status": 500, "message": f"{type(exc).__name__}: {exc}"}
                    continue
                if result.record is None:
                    item.status = "failed"
                    item.error = {"status": _failure_status(result), "stage": result.stage, "message": result.message}
                else:
                    item.status, item.record = "done", result.record
        finally:
            discard(uploads)


def _status(exc: Exception) -> int:
    return 504 if isinstance(exc, TimedOut) else 503


def _failure_status(result: Analysis) -> int:
    """A document that overran its time is a 504; one that cannot be read or analysed a 422."""
    return 504 if result.stage == "timeout" else 422


def create_app(options: ServiceOptions) -> FastAPI:
    """The application: routes, error answers, the guard (token and body size)."""
    service = Service(options)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await service.start()
        try:
            yield
        finally:
            await service.stop()

    app = FastAPI(title="Customs cooperation facts", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Facts out of Russian and English articles on customs cooperation: post a "
                              "document, get its article record (the JSON the batch writes) or its page.")
    app.state.service = service
    app.add_middleware(Guard, token=options.token, limit=service.body_limit,
                       max_file_mb=options.settings.max_file_mb, local=options.local)
    _errors(app, service)

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(upload_page(options.settings, bool(options.token), options.settings.max_file_mb),
                            headers={"Content-Security-Policy": PAGE_POLICY})

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(options.settings, app.openapi()),
                            headers={"Content-Security-Policy": PAGE_POLICY})

    @app.get("/healthz", summary="Ready to analyse", responses={503: ERRORS[503]})
    async def healthz() -> JSONResponse:
        """200 once every worker has loaded the models; 503 while they load."""
        analysts = service.analysts
        state = {"workers": analysts.workers, "pending": analysts.pending, "version": __version__,
                 "store": len(service.store) if service.store is not None else None}
        if not analysts.ready:
            message = analysts.failure or "the workers are loading the models"
            return JSONResponse({"status": 503, "message": message, **state},
                                status_code=503, headers={"Retry-After": "2"})
        return JSONResponse({"status": "ok", **state})

    @app.post("/v1/analyze", summary="Analyse one document", openapi_extra=ANALYZE_BODY,
              responses={200: {"description": "The article record (JSON) or, with format=html, its page"},
                         **{code: ERRORS[code] for code in (401, 413, 415, 422, 503, 504)}})
    async def analyze(request: Request, format: Literal["json", "html"] = Query(  # noqa: B008
            "json", description="json: the article record; html: the article page")) -> Response:
        """A file in the multipart field `file` (PDF, TXT, DOCX, HTML, MD), or a JSON body
        `{"text": "...", "name": "..."}`: the article record, the same JSON the batch writes."""
        uploads = await read_uploads(request, service.folder, service.limit, html=format == "html")
        result = await service.analyse(uploads[0])
        if result.record is None:
            return error(_failure_status(result), f"{uploads[0].name}: {result.message} (stage {result.stage})")
        if format == "html":
            return HTMLResponse(result.page or "")
        return JSONResponse(result.record)

    @app.post("/v1/jobs", status_code=202, summary="Analyse several documents in the background",
              openapi_extra=JOBS_BODY, responses={code: ERRORS[code] for code in (401, 413, 415, 422, 503)})
    async def post_job(request: Request) -> JSONResponse:
        """Files in the multipart field `file` (repeated, up to 20): 202 and the job's id; ask
        `GET /v1/jobs/{id}` for its status and records."""
        uploads = await read_uploads(request, service.folder, service.limit, many=True)
        try:
            job = service.jobs.add([u.name for u in uploads])
        except Busy:
            discard(uploads)
            raise
        service.start_job(job, uploads)
        return JSONResponse({"id": job.id, "status": job.status, "files": len(uploads), "url": f"/v1/jobs/{job.id}"},
                            status_code=202, headers={"Location": f"/v1/jobs/{job.id}"})

    @app.get("/v1/jobs/{job_id}", summary="A job's status and records", responses={404: ERRORS[404]})
    async def get_job(job_id: str) -> JSONResponse:
        """The job's status (queued, running, done) and, for each document, its status and record or error."""
        job = service.jobs.get(job_id)
        if job is None:
            return error(404, f"no job {job_id!r} (unknown, or finished long ago and forgotten)")
        return JSONResponse(job.view())

    @app.get("/v1/articles/{sha256}", summary="A stored record", responses={404: ERRORS[404], 422: ERRORS[422]})
    async def get_article(sha256: str) -> JSONResponse:
        """The stored record of the document whose bytes have this sha256."""
        store = _store(service)
        if not SHA256.fullmatch(sha256):
            return error(422, "expected the sha256 of a document: 64 lowercase hexadecimal digits")
        record = await asyncio.to_thread(store.get, sha256)
        if record is None:
            return error(404, f"no stored record of {sha256}")
        return JSONResponse(record)

    @app.get("/v1/articles", summary="Stored records whose facts match", responses={404: ERRORS[404]})
    async def find_articles(
            organisation: str | None = Query(None, description="part of an organisation's name, any case"),  # noqa: B008
            treaty: str | None = Query(None, description="part of a legal act's title, any case"),  # noqa: B008
            direction: str | None = Query(None, description="a direction of cooperation by id"),  # noqa: B008
            year: int | None = Query(None, ge=1, le=9999, description="a year a date or legal act falls in"),  # noqa: B008
            limit: int = Query(100, ge=1, le=500, description="the most records to return")) -> JSONResponse:  # noqa: B008
        """The stored records that match every filter given."""
        store = _store(service)
        records = await asyncio.to_thread(store.find, limit, organisation=organisation, treaty=treaty,
                                          direction=direction, year=year)
        return JSONResponse({"count": len(records), "records": records})

    add_security(app)
    return app


def _store(service: Service) -> Store:
    if service.store is None:
        raise HTTPException(404, "this service keeps no store: start it with --store DIR")
    return service.store


def _errors(app: FastAPI, service: Service) -> None:
    """Every error as JSON with a message."""

    async def request_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestError)
        return error(exc.status, exc.message)

    async def too_large(request: Request, exc: Exception) -> Response:
        return error(413, str(exc))

    async def busy(request: Request, exc: Exception) -> Response:
        return error(503, str(exc), {"Retry-After": str(service.analysts.retry_after())})

    async def timed_out(request: Request, exc: Exception) -> Response:
        return error(504, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error(exc.status_code, str(exc.detail), dict(exc.headers or {}))

    async def invalid(request: Request, exc: Exception) -> Response:
        return error(422, describe(exc))

    async def failed(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
        return error(500, f"the service failed: {type(exc).__name__}")

    app.add_exception_handler(RequestError, request_error)
    app.add_exception_handler(TooLarge, too_large)
    app.add_exception_handler(Busy, busy)
    app.add_exception_handler(WorkerLost, busy)
    app.add_exception_handler(TimedOut, timed_out)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, failed)
