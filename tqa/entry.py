"""The `tqa` command's entry point (and `python -m tqa`'s).

Ctrl-C while Python is still importing tqa (a tenth of a second or more on a busy
machine) would print a KeyboardInterrupt traceback from the import; once tqa.cli is
loaded, an interrupt ends with one line and exit 130. This module imports nothing else, so
that the two behave alike.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # as tqa.cli.common's: imported from there, it would not be there yet


def run() -> None:
    try:
        from tqa.cli import main
    except KeyboardInterrupt:
        print("tqa: interrupted", file=sys.stderr)  # tqa.cli.common.INTERRUPTED_LINE
        sys.exit(EXIT_INTERRUPTED)
    main()
