"""The typer application, its global options and the option types the commands share."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tqa import __version__
from tqa.errors import ConfigError

if TYPE_CHECKING:
    from tqa.model import Severity

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Translation QA for Arabic-English news.\n\nExample:\n\n  tqa check article.ar.md article.en.md --glossary glossaries/syria.yaml --html report.html",
)

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in tqa: never 0 or 1, so that CI never reads it as a verdict on the article


class _Run:
    """What the global options asked for; read by `main` after the command has ended."""

    debug = False


GlossaryOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--glossary", "-g", metavar="FILE", help="Glossary file (YAML, CSV, TSV or TBX); repeat to combine, later wins."
    ),
]
SelectOption = Annotated[
    list[str] | None, typer.Option("--select", metavar="CODE", help="Run only these checks: code, prefix or name (repeatable).")
]
IgnoreOption = Annotated[
    list[str] | None, typer.Option("--ignore", metavar="CODE", help="Skip these checks: code, prefix or name (repeatable).")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tqa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="On an internal error (exit 3), show the traceback (or set TQA_DEBUG=1).")
    ] = False,
) -> None:
    """Translation QA for Arabic-English news."""
    _Run.debug = debug or _Run.debug


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


_REPORT_IT = "This is a bug in tqa; please report it (run again with --debug or TQA_DEBUG=1 for the traceback)."


def _debugging() -> bool:
    return _Run.debug or os.environ.get("TQA_DEBUG", "") not in ("", "0")
