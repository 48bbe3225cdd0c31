"""The `tqa` command's entry point (and `python -m tqa`'s).

Ctrl-C while Python is still importing tqa (a tenth of a second or more on a busy
machine) would print a KeyboardInterrupt traceback from the import; once tqa.cli is
loaded, an interrupt ends with one line and exit 130. This module imports nothing else, so
that the two behave alike.
"""

from __future__ import annotations

import gc
import sys

EXIT_INTERRUPTED = 130  # as tqa.cli.common's: imported from there, it would not be there yet

_paused = [False]  # the collector is off because `run` turned it off, until collect_from_now_on


def run() -> None:
    # Importing makes objects that live as long as the process: the collector, run every 700
    # allocations, traverses them again and again and frees nothing (issue 14). Off while
    # tqa.cli loads, and for a check until its inputs are read and aligned (their modules,
    # numpy among them, are imported on the way; collect_from_now_on).
    gc.disable()
    _paused[0] = True
    try:
        from tqa.cli import main
    except KeyboardInterrupt:
        print("tqa: interrupted", file=sys.stderr)  # tqa.cli.common.INTERRUPTED_LINE
        sys.exit(EXIT_INTERRUPTED)
    main()


def collect_from_now_on() -> None:
    """Turn the collector back on, with what was made so far frozen out of its way: a
    check's modules, glossary and aligned article live until the process ends. Does
    nothing unless `run` turned the collector off (a library caller's, a test's)."""
    if _paused[0]:
        _paused[0] = False
        gc.freeze()
        gc.enable()
