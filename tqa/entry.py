"""The `tqa` command's entry point (and `python -m tqa`'s).

Ctrl-C while Python is still importing tqa (a tenth of a second or more on a busy
machine) would print a KeyboardInterrupt traceback from the import; once tqa.cli is
loaded, an interrupt ends with one line and exit 130. This module imports nothing else but
tqa.collector (gc alone), so that the two behave alike.

The process then ends without Python's teardown (`main`, `_leave`): the atexit functions
run (tqa's caches are written there), standard output and error are flushed, and it exits
with the command's code, without freeing one by one the objects of every module it
imported: 23 million instructions of a check of the sample, 29 million of the NTREX
pair's (#14). `run` is the command alone, for a caller that goes on after it.
"""

from __future__ import annotations

import atexit
import os
import sys

from tqa.collector import pause_start_up

EXIT_INTERRUPTED = 130  # as tqa.cli.common's: imported from there, it would not be there yet


def run() -> None:
    # Importing makes objects that live as long as the process: the collector, run every 700
    # allocations, traverses them again and again and frees nothing (issue 14). Off while
    # tqa.cli loads, and for a check until its inputs are read and aligned (their modules,
    # numpy among them, are imported on the way; tqa.collector.collect_from_now_on).
    pause_start_up()
    try:
        from tqa.cli import main
    except KeyboardInterrupt:
        print("tqa: interrupted", file=sys.stderr)  # tqa.cli.common.INTERRUPTED_LINE
        sys.exit(EXIT_INTERRUPTED)
    main()



def main() -> None:
    """The `tqa` command and `python -m tqa`: `run`, then the exit it asks for."""
    try:
        run()
    except SystemExit as done:
        _leave(done)


def _leave(done: SystemExit) -> None:
    """Exit as `done` says, skipping the teardown that only frees memory. Python's own exit
    is taken whenever it would do more than that: an exit that is no number (said on standard
    error), other threads still running (waited for), an output that cannot be flushed (said,
    and exit 120), a profiler or tracer watching (`python -m cProfile -m tqa`)."""
    code = 0 if done.code is None else done.code
    threading = sys.modules.get("threading")
    if not isinstance(code, int) or (threading is not None and threading.active_count() > 1):
        raise done
    if sys.getprofile() is not None or sys.gettrace() is not None:
        raise done  # a profiler, debugger or coverage tool writes its results after the command returns
    atexit._run_exitfuncs()  # Python's exit runs them, then flushes the outputs
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - Python's exit flushes again and says what it says
        raise done from None
    os._exit(code)
