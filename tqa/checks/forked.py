"""The checks of one article in two processes (issue #14): the machine has a second core, and
the checks are a third to a half of a check's time on a news article.

The registry's checks are cut into two groups by family: a forked child runs the families
in FORKED while this process runs the others, and the child sends back what each of its
checks found (pickled through a pipe). The outcomes are put back in the registry's order,
so the report is the one a single process writes: a finding's fingerprint depends only on
its own check's findings (tqa.checks.fingerprint), and the findings are sorted afterwards.

The groups are whole families because a family's checks share what they compute (the
figures D201-D204 compare, the names N103-N105 read): split, both processes would compute
it. The name, punctuation, completeness and consistency checks took 86 ms of a 103-sentence
article's 160 ms, the others 88 ms (NTREX, each group alone in a forked process as here).

As tqa.text.feature_pool: Linux fork only, never in a process multiprocessing started (a
batch's article worker: the batch keeps every core busy already), never beside another
thread, and TQA_PARALLEL=0 keeps it serial. The child ignores Ctrl-C and ends with this
process, even when it is killed by SIGKILL (tqa.interrupts); on Ctrl-C or an error here the
child is ended. A child that fails to answer costs time, not findings: its checks run here.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

from tqa.checks.base import Check
from tqa.interrupts import end_with_parent, ignore_sigint, sigint_held

Outcome = TypeVar("Outcome")

# The families the child runs (a check's code begins with its family's letter).
FORKED = ("N", "P", "O", "C")
# Articles with fewer aligned pairs stay in one process. A fork and the child's answer cost
# about 15 ms of wall time beside the checks (the page copies of a process of 60 MB, the
# pickles, prctl through ctypes): repaid from about 40 pairs. The 23-sentence sample's
# checks take 35 ms in all.
THRESHOLD = 40
SWITCH = "TQA_PARALLEL"


def run_split(run: Callable[[Sequence[Check]], list[Outcome]], checks: Sequence[Check], pairs: int) -> list[Outcome]:
    """run(checks): one outcome per check, in the order of `checks`; in two processes
    when the article has `pairs` >= THRESHOLD and a child may be forked here."""
    theirs = [c for c in checks if c.code.startswith(FORKED)]
    ours = [c for c in checks if not c.code.startswith(FORKED)]
    if pairs < THRESHOLD or not theirs or not ours or not may_fork():
        return run(checks)
    found = dict(zip(ours + theirs, _in_two(run, ours, theirs), strict=True))
    return [found[c] for c in checks]


def may_fork() -> bool:
    if os.environ.get(SWITCH, "").strip() == "0" or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    threading = sys.modules.get("threading")  # a fork copies only the forking thread
    if threading is not None and threading.active_count() > 1:
        return False
    multiprocessing = sys.modules.get("multiprocessing")  # not imported: not a worker it started
    return multiprocessing is None or (not multiprocessing.current_process().daemon and multiprocessing.parent_process() is None)


def _in_two(run: Callable[[Sequence[Check]], list[Outcome]], ours: list[Check], theirs: list[Check]) -> list[Outcome]:
    parent, child = os.getpid(), 0
    read, write = os.pipe()
    try:
        with sigint_held():  # no Ctrl-C between the fork and the child's ignore_sigint
            child = os.fork()
            if child == 0:
                os.close(read)
                _child(parent, write, lambda: run(theirs))
        os.close(write)  # a Ctrl-C held during the fork arrives here at the latest: inside the try
        write = -1
        mine = run(ours)
        answer = _read_all(read)
    except BaseException:  # Ctrl-C or an error here: the child does not outlive the run
        if child:
            os.kill(child, signal.SIGTERM)
        raise
    finally:
        for fd in (read, write):
            if fd >= 0:
                os.close(fd)
        if child:
            os.waitpid(child, 0)
    try:
        found: list[Outcome] = pickle.loads(answer)
    except Exception:  # noqa: BLE001 - the child died or answered nothing: its checks run here
        found = run(theirs)
    return mine + found


def _child(parent: int, write: int, work: Callable[[], object]) -> None:
    """The child's whole life: it never returns into the caller's code, and os._exit skips
    the exit handlers and buffered output it shares with this process."""
    try:
        ignore_sigint()
        end_with_parent(parent)
        gc.freeze()  # what it inherited stays shared with the parent, not copied as walked
        with os.fdopen(write, "wb") as out:
            out.write(pickle.dumps(work(), pickle.HIGHEST_PROTOCOL))
    finally:
        os._exit(0)


def _read_all(read: int) -> bytes:
    parts = []
    while part := os.read(read, 1 << 16):
        parts.append(part)
    return b"".join(parts)
