"""The typer application, its global options and the option types the commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

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
    "TqaCommand",
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




def argument_shown(param: Any) -> str:
    """An argument as usage lines write it: `AR`, `[EN]`, `FILE...`, `[PATH]...` (its metavar;
    brackets when it may be left out, dots when it takes several)."""
    name = str(param.metavar or param.name.upper())
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


class TqaCommand(TyperCommand):
    """A command whose help writes each argument once, as its usage line does. typer 0.29
    writes `{AR}` for a required argument, `[PATH...]...` for a list with a metavar, and
    beside each in the Arguments list its Python type (`PATH... <list[str]>`, `AR <path>`):
    a reader of the help is told what to type, not how tqa declares it."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [argument_shown(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx) if param.param_type_name == "argument" else None
            if record is not None:
                arguments.append((argument_shown(param), record[1]))
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        options = [r for p in self.get_params(ctx) if p.param_type_name == "option" for r in [p.get_help_record(ctx)] if r]
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


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
