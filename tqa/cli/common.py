"""What every command shares and the typer-free check path needs: exit codes, the
global --debug, and the option values tqa parses itself (severity, direction).

No typer here: `tqa check` runs without importing it (tqa/cli/fast.py, issue 14); only a
broken pipe borrows click's quiet stream wrapper.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tqa.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tqa.model import Severity

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in tqa: never 0 or 1, so that CI never reads it as a verdict on the article
# Ctrl-C, or standard output closed by its reader before tqa had finished (tqa align … | head):
# never 1, which CI reads as findings.
EXIT_INTERRUPTED = 130

_REPORT_IT = "This is a bug in tqa; please report it (run again with --debug or TQA_DEBUG=1 for the traceback)."


class _Run:
    """What the global options asked for; read by `main` after the command has ended."""

    debug = False
    output_cut = False  # the reader went away after the verdict (verdict_already_reached)
    interrupt_said = False  # a command said its own line on Ctrl-C (tqa batch: what is kept)


# What Ctrl-C prints on standard error (exit 130): one line, so that a run that stopped is
# never taken for one that ended quietly. tqa.entry has its own copy (it imports only tqa.collector).
INTERRUPTED_LINE = "tqa: interrupted"


def say_interrupted() -> None:
    if not _Run.interrupt_said:
        print(INTERRUPTED_LINE, file=sys.stderr, flush=True)
    _Run.interrupt_said = True


def silence_output() -> None:
    """Standard output's reader went away: what is left to print, and Python's last flush
    at exit, go nowhere instead of raising BrokenPipeError again (click does the same)."""
    from typer._click.utils import PacifyFlushWrapper

    sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)


@contextmanager
def verdict_already_reached() -> Iterator[None]:
    """Printing what a finished run found (`tqa check … | head -1`): a reader that stops
    reading changes nothing of the verdict, so tqa goes quiet and exits with it (0, 1 or
    3), instead of 1 for a broken pipe, which CI would read as findings."""
    try:
        yield
    except BrokenPipeError:
        silence_output()
        _Run.output_cut = True


def print_whole(text: str) -> None:
    """Print `text` on standard output, all of it or a BrokenPipeError. With
    PYTHONUNBUFFERED set, Python's text stdout makes one write() and drops what a pipe
    took not: a reader gone mid-output (`tqa align … | head -c 100`) cut the text short
    and tqa exited 0. The bytes are written here until every one is taken."""
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a stream that is text only (a test's capture)
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        written = binary.write(data)
        data = data[written if written is not None else 0 :]
    binary.flush()


def _debugging() -> bool:
    return _Run.debug or os.environ.get("TQA_DEBUG", "") not in ("", "0")


def _severity(text: str, option: str) -> Severity:
    from tqa.model import Severity

    try:
        return Severity.parse(text)
    except ValueError as error:
        raise ConfigError(f"{option}: {error}") from None


def _severity_overrides(values: list[str] | None) -> tuple[tuple[str, Severity], ...]:
    overrides = []
    for value in values or []:
        code, _, level = value.partition("=")
        if not level:
            raise ConfigError(f"--severity {value!r} is not CODE=LEVEL", fix="write e.g. --severity N103=error")
        overrides.append((code.strip(), _severity(level, "--severity")))
    return tuple(overrides)


def _require_direction(direction: str | None) -> None:
    from tqa.config import require_direction

    if direction is not None:
        require_direction(direction, "--direction", None, fix="write --direction ar-en or --direction en-ar")
