"""The command line: maps flags onto `Settings` and hands over to the runner or the evaluator."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

from .settings import OCR_MODES, Settings
from .version import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract legal acts, organisations, countries, dates, figures and directions of "
        "cooperation from articles on customs cooperation (PDF, TXT, DOCX, HTML, MD).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    sub = parser.add_subparsers(dest="command", required=True)

    defaults = Settings()
    run = sub.add_parser("run", help="analyse files and folders, write records and reports")
    run.add_argument("inputs", nargs="+", type=Path, help="files and folders (searched recursively)")
    run.add_argument("-o", "--out", type=Path, required=True, help="output folder (created if missing)")
    run.add_argument("--jobs", type=int, default=defaults.jobs,
                     help=f"parallel worker processes (default: the number of cores, {defaults.jobs})")
    run.add_argument("--force", action="store_true",
                     help="redo every file, even those whose bytes and pipeline version are unchanged")
    run.add_argument("--max-file-mb", type=float, default=defaults.max_file_mb,
                     help=f"refuse files larger than this many megabytes (default {defaults.max_file_mb:g})")
    run.add_argument("--max-pages", type=int, default=defaults.max_pages,
                     help=f"refuse PDFs with more pages than this (default {defaults.max_pages})")
    run.add_argument("--timeout", type=float, default=defaults.timeout_s,
                     help=f"give up on one file after this many seconds (default {defaults.timeout_s:g})")
    run.add_argument("--max-memory-mb", type=float, default=defaults.max_memory_mb,
                     help="give up on a file whose worker needs more than this many megabytes of memory, "
                          f"0 for no limit (default {defaults.max_memory_mb:g})")
    run.add_argument("--no-html", action="store_true", help="write records and exports only, no HTML pages")
    run.add_argument("--ui-lang", choices=("auto", "en", "ru"), default=defaults.ui_language,
                     help="language of the reports' headings and labels (default: that of the articles)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar on the terminal")
    run.add_argument("--min-confidence", type=_fraction, default=defaults.min_confidence, metavar="X",
                     help="leave facts of a confidence below X (0 to 1) out of records.jsonl, the CSV files and "
                          f"the SQLite database; each file's record keeps them (default {defaults.min_confidence:g})")
    run.add_argument("--ocr", choices=OCR_MODES, default=defaults.ocr,
                     help="read PDF pages with Tesseract: 'auto' those with no text layer or an unreadable one, "
                          "'force' every page, 'off' none (default auto)")
    run.add_argument("--follow-links", action="store_true",
                     help="follow links in an input folder to files outside it (by default they are skipped)")
    run.add_argument("--cluster", type=_cluster, default=None, metavar="ADDRESS",
                     help="analyse on a Dask cluster: a running scheduler's tcp://HOST:PORT, or local[:N] for N "
                          "worker processes on this machine (default: this machine's own workers, see --jobs)")
    run.add_argument("--tesseract", default=defaults.tesseract, metavar="PROGRAM",
                     help=f"the Tesseract program, a name on the PATH or a path (default {defaults.tesseract})")

    ev = sub.add_parser("eval", help="score records in OUT against hand-made annotations in GOLD")
    ev.add_argument("out", type=Path, help="folder holding the records (*.json)")
    ev.add_argument("gold", type=Path, help="folder holding the annotations (*.gold.json)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--parts", action="store_true",
                    help="score the parts of journal articles (title, abstracts, keywords, authors) against "
                         "FILE.gold.json annotations instead of the facts")

    sv = sub.add_parser("serve", help="an HTTP API and an upload page: post a document, get its record or page")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1; any other needs a token)")
    sv.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    sv.add_argument("--workers", type=int, default=2, help="worker processes, each with the models (default 2)")
    sv.add_argument("--token", default=None,
                    help="require 'Authorization: Bearer T' on every /v1 route (default: the environment "
                         "variable CUSTOMS_PIPELINE_TOKEN, if set)")
    sv.add_argument("--max-file-mb", type=float, default=defaults.max_file_mb,
                    help=f"refuse uploads larger than this many megabytes with 413 (default {defaults.max_file_mb:g})")
    sv.add_argument("--store", type=Path, default=None, metavar="DIR",
                    help="keep the records made in DIR (the batch's output layout: records and facts.sqlite), "
                         "served by /v1/articles; a batch's output folder can be given")
    sv.add_argument("--timeout", type=float, default=120.0,
                    help="give up on one document after this many seconds, with 504 (default 120)")
    sv.add_argument("--queue", type=int, default=16,
                    help="requests pending at once; more are refused with 503 and Retry-After (default 16)")
    return parser


def _fraction(text: str) -> float:
    """A number from 0 to 1, or a clear error at start."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, found {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, found {text}")
    return value


def _cluster(text: str) -> str:
    """A Dask scheduler's address (tcp://HOST:PORT, or HOST:PORT) or local[:N], or a clear error at start."""
    local = text == "local" or text.startswith("local:")
    if re.fullmatch(r"local(:[1-9][0-9]*)?" if local else r"([a-z]+://)?\S+:[0-9]+", text):
        return text
    raise argparse.ArgumentTypeError(f"expected a scheduler's address tcp://HOST:PORT, or local[:N] for N "
                                     f"workers on this machine, found {text!r}")


def overlap(inputs: list[Path], out: Path) -> str | None:
    """What is wrong when the output folder is an input folder or holds an input, else None."""
    target = out.resolve()
    for given in inputs:
        place = given.resolve()
        if place == target:
            return (f"the output folder {out} is also an input folder; give -o a folder of its own "
                    "(outside the inputs, or inside an input folder)")
        if place.is_relative_to(target):
            return f"the input {given} lies inside the output folder {out}; move it out or choose another -o"
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m pipeline` and the `customs-pipeline` script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command == "run":
        from .batch.runner import run_batch

        problem = overlap(args.inputs, args.out)
        if problem:
            sys.stderr.write(f"error: {problem}\n")
            return 2
        settings = Settings(
            jobs=max(1, args.jobs),
            force=args.force,
            max_file_mb=args.max_file_mb,
            max_pages=args.max_pages,
            timeout_s=args.timeout,
            max_memory_mb=args.max_memory_mb,
            html=not args.no_html,
            ui_language=args.ui_lang,
            progress=not args.no_progress and sys.stderr.isatty(),
            ocr=args.ocr,
            tesseract=args.tesseract,
            min_confidence=args.min_confidence,
            follow_links=args.follow_links,
            cluster=args.cluster or "",
        )
        return run_batch(args.inputs, args.out, settings)
    if args.command == "eval":
        from .evaluate import main as evaluate

        return evaluate(args.out, args.gold, as_json=args.json, verbose=args.verbose, parts=args.parts)
    if args.command == "serve":
        return _serve(args)
    return 2


def _serve(args: argparse.Namespace) -> int:
    import os

    from .service import ServeError, ServiceOptions, serve
    from .service.server import TOKEN_VARIABLE

    options = ServiceOptions(settings=Settings(max_file_mb=args.max_file_mb, timeout_s=args.timeout),
                             workers=args.workers, token=args.token or os.environ.get(TOKEN_VARIABLE) or None,
                             store=args.store, queue=args.queue)
    try:
        serve(args.host, args.port, options, log_level="debug" if args.verbose else "info")
    except ServeError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    return 0
