"""Preloaded by the Dask workers of tests/test_cluster.py (`dask worker --preload`): a file whose name
holds "hang" hangs inside its analysis, where no check between stages can stop it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.batch import cluster

_analyse = getattr(cluster.analyse_task, "unpatched", cluster.analyse_task)  # the worker may load this twice


def _hanging(task: Any, *args: Any, **kwargs: Any) -> Any:
    if "hang" in Path(task.path).name:
        time.sleep(3600)
    return _analyse(task, *args, **kwargs)


_hanging.unpatched = _analyse  # type: ignore[attr-defined]
cluster.analyse_task = _hanging
