"""Jobs: several documents posted at once, analysed one after another in the background, asked after by id."""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from .pool import Busy

KEPT_JOBS = 200  # finished jobs kept for their clients to collect; older ones are forgotten


@dataclass
class Item:
    """One document of a job and what became of it."""

    name: str
    status: str = "queued"  # queued | running | done | failed
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None  # status and message of its failure

    def view(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "status": self.status}
        if self.record is not None:
            out["sha256"] = self.record["source"]["sha256"]
            out["record"] = self.record
        if self.error is not None:
            out["error"] = self.error
        return out


@dataclass
class Job:
    """Documents posted together."""

    id: str
    items: list[Item]
    created: float = field(default_factory=time.time)

    @property
    def status(self) -> str:
        """queued (none started), running, or done (every document analysed or failed)."""
        states = {item.status for item in self.items}
        if states <= {"done", "failed"}:
            return "done"
        return "queued" if states == {"queued"} else "running"

    def view(self) -> dict[str, Any]:
        done = sum(item.status in ("done", "failed") for item in self.items)
        return {"id": self.id, "status": self.status, "files": len(self.items), "finished": done,
                "failed": sum(item.status == "failed" for item in self.items),
                "items": [item.view() for item in self.items]}


class JobBoard:
    """The jobs the service knows: at most `unfinished` running or queued at once, the last finished kept."""

    def __init__(self, unfinished: int) -> None:
        self.unfinished = max(1, unfinished)
        self._jobs: OrderedDict[str, Job] = OrderedDict()

    def add(self, names: list[str]) -> Job:
        """A new job of documents `names`; `Busy` when too many jobs are unfinished."""
        running = sum(job.status != "done" for job in self._jobs.values())
        if running >= self.unfinished:
            raise Busy(f"{running} jobs are unfinished, the most this service takes; try again later")
        job = Job(uuid.uuid4().hex, [Item(name) for name in names])
        self._jobs[job.id] = job
        finished = [key for key, j in self._jobs.items() if j.status == "done"]
        for key in finished[: max(0, len(finished) - KEPT_JOBS)]:
            del self._jobs[key]
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)
