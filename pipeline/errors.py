"""The pipeline's own exceptions: each names the file and what was wrong with it."""

from __future__ import annotations


class PipelineError(Exception):
    """A document could not be processed; the batch goes on."""

    def __init__(self, path: str, message: str, stage: str = "pipeline") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.stage = stage


class InputError(PipelineError):
    """The input file is unreadable, of an unsupported kind, or too large."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message, stage="ingest")


class TimeLimitError(PipelineError):
    """The document took longer than `Settings.timeout_s`."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message, stage="timeout")


class DataFileError(Exception):
    """A data file shipped with the package is broken: fail at start, not per document."""
