"""The typer application, its global options and the option types the commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tqa import __version__
from tqa.cli.common import (
    _REPORT_IT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_USAGE,
    _debugging,
    _require_direction,
    _Run,
    _severity,
    _severity_overrides,
)

# What the command modules import from here; the typer-free part lives in tqa.cli.common.
__all__ = [
    "_REPORT_IT",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_USAGE",
    "GlossaryOption",
    "IgnoreOption",
    "SelectOption",
    "_debugging",
    "_require_direction",
    "_severity",
    "_severity_overrides",
    "app",
]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Translation QA for Arabic-English news.\n\nExample:\n\n  tqa check article.ar.md article.en.md --glossary glossaries/syria.yaml --html report.html",
)

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
