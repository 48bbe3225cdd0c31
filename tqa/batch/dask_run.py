"""The same per-article function on a Dask distributed cluster (`--scheduler tcp://HOST:PORT`).

Dask is an optional dependency (`pip install 'tqa[dask]'`), imported only here. The
workers need the same tqa version and must see the articles, the glossaries and the
output folder at the same paths (a shared file system); results stream back as they
complete and go straight into the store."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from itertools import islice
from typing import Any

from tqa.batch.jobs import Job
from tqa.batch.worker import ArticleResult, check_job, warm
from tqa.config import Settings
from tqa.errors import ConfigError


def _distributed() -> Any:
    """The module, typed loosely: distributed's API is not annotated."""

    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ConfigError("--scheduler needs Dask distributed", fix="pip install 'tqa[dask]'") from None


def _client(scheduler: str) -> Any:
    distributed = _distributed()
    try:
        return distributed.Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise ConfigError(
            f"cannot reach the Dask scheduler: {error}", where=scheduler, fix="start `dask scheduler` there, or check the address"
        ) from None


def run_on_dask(scheduler: str, jobs: list[Job], settings: Settings, out: str, window: int = 0) -> Iterator[ArticleResult]:
    """Results in completion order; at most `window` articles in flight (default:
    four per worker thread), so an archive is never held in memory at once."""
    client = _client(scheduler)
    try:
        client.run(warm, settings)  # glossary and caches once per worker, before the first article
        window = window or 4 * max(1, sum(client.nthreads().values()))
        queue = iter(jobs)
        first = [client.submit(check_job, job, settings, out, pure=False) for job in islice(queue, window)]
        stream = _distributed().as_completed(first)
        for future in stream:
            result: ArticleResult = future.result()
            future.release()
            yield result
            following = next(queue, None)
            if following is not None:
                stream.add(client.submit(check_job, following, settings, out, pure=False))
    finally:
        client.close()
