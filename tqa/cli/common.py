"""What every command shares and the typer-free check path needs: exit codes, the
global --debug, and the option values tqa parses itself (severity, direction).

No typer here: `tqa check` runs without importing it (tqa/cli/fast.py, issue 14).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from tqa.errors import ConfigError

if TYPE_CHECKING:
    from tqa.model import Severity

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in tqa: never 0 or 1, so that CI never reads it as a verdict on the article

_REPORT_IT = "This is a bug in tqa; please report it (run again with --debug or TQA_DEBUG=1 for the traceback)."


class _Run:
    """What the global options asked for; read by `main` after the command has ended."""

    debug = False


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
