"""The `tqa` command's entry point (and `python -m tqa`'s).

Ctrl-C while Python is still importing tqa (a tenth of a second or more on a busy
machine) would print a KeyboardInterrupt traceback from the import; once tqa.cli is
loaded, an interrupt ends with one line and exit 130. This module imports nothing else but
tqa.collector (gc alone), so that the two behave alike.
"""

from __future__ import annotations

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

