"""The sentence features of long inputs, found by worker processes (issue #14): a
document of 10,000 sentences a side spends most of its alignment reading each sentence's
anchors, one sentence independently of the next, and the machine has more than one core.

Each long input is cut into contiguous chunks; at most WORKERS processes take them in turn
and the results come back in order, the serial ones exactly. Only where the fork start
method exists (Linux): a forked worker inherits the sentences and the glossary (a compiled
50,000-entry glossary is never pickled) and starts in milliseconds, where a spawned one
would import tqa again. The workers are forked once for all the inputs asked together
(both sides of a document), before any features fill this process: a worker's memory
begins as a copy of it. Never in a process that multiprocessing started (a batch's article
worker: the batch keeps every core busy already, and a daemonic process may not have
children). TQA_PARALLEL=0 in the environment keeps every input serial.

How each sentence stands to the quotations around it (tqa.text.quotations) is the one
feature that depends on the sentences before and after: a chunk reads it from its own
sentences, and it is read again over the whole input here, while the workers run.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tqa.interrupts import end_with_parent, ignore_sigint, sigint_held, stop_pool
from tqa.text.quotations import Quoting, quotings

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.model import Segment
    from tqa.text.evidence import SentenceFeatures

    Compute = Callable[[tuple[Segment, ...], str, Glossary | None], tuple[SentenceFeatures, ...]]
    Job = tuple[tuple[Segment, ...], str]

# Inputs shorter than this stay in this process. The workers cost 12-25% more CPU than one
# process (their start, each one's own word caches, the results pickled back, quotations
# read again): about 0.15 s at 1,000 sentences a side, repaid only where a second core is
# free. A news article has a few hundred sentences; a book or an archive joined, thousands.
THRESHOLD = 3000
WORKERS = 2
CHUNK_MOST = 2000
SWITCH = "TQA_PARALLEL"
# The inputs of the pool being run: set before the workers fork, so that they inherit them.
_JOB: list[tuple[Compute, Sequence[Job], Glossary | None]] = []


def chunked_features(
    compute: Compute, jobs: Sequence[Job], glossary: Glossary | None, threshold: int = THRESHOLD
) -> list[tuple[SentenceFeatures, ...]]:
    """compute(segments, lang, glossary) of each job, the jobs of `threshold` sentences
    or more in worker processes when workers may be started here."""
    long = [n for n, (segments, _) in enumerate(jobs) if len(segments) >= threshold]
    chunks = [chunk for n in long for chunk in _chunks(n, len(jobs[n][0]))]
    if not long or (workers := worker_count(len(chunks))) < 2:
        return [compute(segments, lang, glossary) for segments, lang in jobs]
    _JOB[:] = [(compute, jobs, glossary)]
    try:
        return _in_workers(compute, jobs, glossary, chunks, workers)
    finally:
        _JOB.clear()


def _chunks(job: int, count: int) -> list[tuple[int, int, int]]:
    """The job's sentences cut into contiguous chunks: at least two per worker, so that a
    worker done early takes the next, and at most CHUNK_MOST sentences each, so that a
    worker holds one chunk's features at a time, not a quarter of a book's."""
    pieces = max(2 * WORKERS, -(-count // CHUNK_MOST))
    return [(job, c * count // pieces, (c + 1) * count // pieces) for c in range(pieces)]


def worker_count(chunks: int) -> int:
    """How many workers may compute `chunks` chunks here: 1 means serial."""
    import multiprocessing  # not for the short inputs of every check (issue #14)

    # Linux only: macOS has fork too, but its system libraries may not survive it in a child.
    if os.environ.get(SWITCH, "").strip() == "0" or not sys.platform.startswith("linux"):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.current_process().daemon or multiprocessing.parent_process() is not None:
        return 1
    return max(1, min(WORKERS, os.cpu_count() or 1, chunks))


def _in_workers(
    compute: Compute, jobs: Sequence[Job], glossary: Glossary | None, chunks: list[tuple[int, int, int]], workers: int
) -> list[tuple[SentenceFeatures, ...]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), initializer=_start_worker, initargs=(os.getpid(),))
    try:
        with sigint_held():  # the first submit forks every worker (`tqa.interrupts`)
            pending = [pool.submit(_chunk, *chunk) for chunk in chunks]
        # Meanwhile here: the short inputs, and the quotations of the long ones.
        long = {job for job, _, _ in chunks}
        done = {n: compute(segments, lang, glossary) for n, (segments, lang) in enumerate(jobs) if n not in long}
        whole = {n: quotings(jobs[n][0]) for n in sorted(long)}
        parts = [future.result() for future in pending]  # in order: the first error is the serial one
    except BaseException:  # a worker's error, or Ctrl-C: no worker outlives the call
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    for n, quoting in whole.items():
        found = [f for (job, _, _), part in zip(chunks, parts, strict=True) if job == n for f in part]
        done[n] = tuple(f if f.quoting == q else replace(f, quoting=q) for f, q in zip(found, quoting, strict=True))
    return [done[n] for n in range(len(jobs))]


def _start_worker(parent: int) -> None:
    ignore_sigint()
    end_with_parent(parent)
    # What the worker inherited is not garbage: kept out of the collector's way, its pages
    # stay shared with the parent's instead of being copied as the collector walks them.
    gc.freeze()


def _chunk(job: int, first: int, last: int) -> tuple[SentenceFeatures, ...]:
    compute, jobs, glossary = _JOB[0]
    segments, lang = jobs[job]
    # One Quoting object per distinct value (a few dozen at most), so that each is pickled
    # and held once, not once per sentence: 20 MB less per side at 100,000 sentences.
    shared: dict[Quoting, Quoting] = {}
    return tuple(
        f if (q := shared.setdefault(f.quoting, f.quoting)) is f.quoting else replace(f, quoting=q)
        for f in compute(segments[first:last], lang, glossary)
    )
