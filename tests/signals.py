"""For tests that interrupt a child with Ctrl-C (SIGINT).

A shell without job control starts its background jobs with SIGINT ignored, and a child
inherits that: run from such a job, the suite's SIGINT would be lost and its Ctrl-C tests
would fail for a reason that is not tqa's. Each such child starts with the default handling.
"""

from __future__ import annotations

import os
import signal
import subprocess
from typing import Any


def default_sigint() -> None:
    """A `preexec_fn`: the child's Python then installs its own Ctrl-C handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def living_in_group(group: int) -> list[int]:
    """The processes of process group `group` that are alive (not zombies: an orphan's exit
    status waits for whatever reaps orphans here, which may be slow or nothing). Linux /proc."""
    from pathlib import Path

    living = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended while we looked
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            living.append(int(stat.parent.name))
    return living


def kill_leaving_no_worker(process: subprocess.Popen[Any]) -> list[int]:
    """SIGKILL to `process`, a group leader, then what of its group still lives once its
    workers had time to end (killed too, so that a failing test leaves nothing behind)."""
    process.kill()
    process.wait()
    left = wait_until_none_living(process.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def wait_until_none_living(group: int, patience: float = 30.0) -> list[int]:
    """The group's living processes once none is left, or after `patience` seconds (a bound
    on waiting for processes to end, not a measure of speed)."""
    import time

    deadline = time.monotonic() + patience
    while (living := living_in_group(group)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return living
