"""The sentence features of a long input, found by worker processes (issue #14): a
document of 10,000 sentences a side spends most of its alignment reading each sentence's
anchors, one sentence independently of the next, and the machine has more than one core.

Contiguous chunks go to at most WORKERS processes and come back in order; the result is
the serial one exactly. Only where the fork start method exists (Linux): a forked worker
inherits the sentences and the glossary (a compiled 50,000-entry glossary is never
pickled) and starts in milliseconds, where a spawned one would import tqa again. Never in
a process that multiprocessing started (a batch's article worker: the batch keeps every
core busy already, and a daemonic process may not have children). TQA_PARALLEL=0 in the
environment keeps every input serial.

How each sentence stands to the quotations around it (tqa.text.quotations) is the one
feature that depends on the sentences before and after: a chunk reads it from its own
sentences, and it is read again over the whole input here, while the workers run.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from tqa.interrupts import ignore_sigint, sigint_held, stop_pool
from tqa.text.quotations import quotings

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.model import Segment
    from tqa.text.evidence import SentenceFeatures

    Compute = Callable[[tuple[Segment, ...], str, Glossary | None], tuple[SentenceFeatures, ...]]

# Below this many sentences an input stays serial: a worker's start-up and the return of
# its results cost about as much as 200-300 sentences' features, and a newsroom article
# has a few hundred at most (bench/align.py --sizes).
THRESHOLD = 3000
WORKERS = 2
CHUNKS = 2 * WORKERS  # chunks of one input: a worker done early takes the next
SWITCH = "TQA_PARALLEL"
# The job of the pool being run: set before the workers fork, so that they inherit it.
_JOB: list[tuple[Compute, tuple[Segment, ...], str, Glossary | None]] = []


def chunked_features(
    compute: Compute, segments: tuple[Segment, ...], lang: str, glossary: Glossary | None, threshold: int = THRESHOLD
) -> tuple[SentenceFeatures, ...]:
    """compute(segments, lang, glossary), in worker processes when the input has
    `threshold` sentences or more and workers may be started here."""
    count = len(segments)
    chunks = [(n * count // CHUNKS, (n + 1) * count // CHUNKS) for n in range(CHUNKS)]
    if count < threshold or (workers := worker_count(len(chunks))) < 2:
        return compute(segments, lang, glossary)
    _JOB[:] = [(compute, segments, lang, glossary)]
    try:
        return _in_workers(segments, chunks, workers)
    finally:
        _JOB.clear()


def worker_count(chunks: int) -> int:
    """How many workers may compute `chunks` chunks here: 1 means serial."""
    import multiprocessing  # not for the short inputs of every check (issue #14)

    if os.environ.get(SWITCH, "").strip() == "0" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.current_process().daemon or multiprocessing.parent_process() is not None:
        return 1
    return max(1, min(WORKERS, os.cpu_count() or 1, chunks))


def _in_workers(segments: tuple[Segment, ...], chunks: list[tuple[int, int]], workers: int) -> tuple[SentenceFeatures, ...]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), initializer=_start_worker)
    try:
        with sigint_held():  # the first submit forks every worker (`tqa.interrupts`)
            pending = [pool.submit(_chunk, first, last) for first, last in chunks]
        whole = quotings(segments)
        parts = [future.result() for future in pending]  # in order: the first error is the serial one
    except BaseException:  # a worker's error, or Ctrl-C: no worker outlives the call
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    found = [feature for part in parts for feature in part]
    return tuple(f if f.quoting == q else replace(f, quoting=q) for f, q in zip(found, whole, strict=True))


def _start_worker() -> None:
    ignore_sigint()
    # What the worker inherited is not garbage: kept out of the collector's way, its pages
    # stay shared with the parent's instead of being copied as the collector walks them.
    gc.freeze()


def _chunk(first: int, last: int) -> tuple[SentenceFeatures, ...]:
    compute, segments, lang, glossary = _JOB[0]
    return compute(segments[first:last], lang, glossary)
