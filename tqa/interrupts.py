"""Ctrl-C and the worker processes tqa starts (a batch's articles, a long input's sentence
features): a worker never sees Ctrl-C, and the process that started it ends it.

Ctrl-C reaches every process of the terminal's group. The process that started a pool
handles it (the batch keeps what is finished, an alignment stops); a worker ignores it
rather than print a traceback from wherever it was, and is ended with SIGTERM
(`stop_pool`), so that none is left behind. The pool forks with SIGINT blocked
(`sigint_held`), so none can arrive between the fork and `ignore_sigint`. A worker also
ends when the process that started it dies, even by SIGKILL (`end_with_parent`).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # concurrent.futures loads multiprocessing: not for every check (issue #14)
    from concurrent.futures import ProcessPoolExecutor


@contextmanager
def sigint_held() -> Iterator[None]:
    """SIGINT blocked in this thread for the block, then let through (a Ctrl-C that came
    meanwhile is delivered on leaving). A process forked inside starts with it blocked."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks, spawn only
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def ignore_sigint() -> None:
    """In a worker, first thing: Ctrl-C ignored, then let through (`sigint_held` blocked it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


# linux/prctl.h: the signal a process receives when its parent dies.
_PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int) -> None:
    """In a worker, first thing: SIGTERM when `parent` (the pid that started the pool) dies.
    A parent killed by SIGKILL or the OOM killer runs no handler, and a worker waiting on the
    pool's task queue would wait forever: it holds an inherited copy of the queue's write
    end, so the queue never reads as closed. Linux only (prctl); elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # only in workers: not for every check

    try:
        armed = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM) == 0
    except (OSError, AttributeError):  # a libc without prctl: the old behaviour
        return
    if armed and os.getppid() != parent:  # it died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop now, not after the work in progress (a 900-sentence pair takes seconds): drop
    what has not started and end the running workers with SIGTERM."""
    # 3.14 has pool.terminate_workers(); before it, the worker processes are only in
    # the private `_processes` (shutdown clears it, so it is read first).
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():  # stuck where no signal handler runs
            process.kill()
