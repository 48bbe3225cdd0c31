"""The command line: parse options, call the library, render, map errors to exit codes.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage or input error (one line on stderr, never a traceback), 3 internal error:
a bug in tqa, named by stage (or check code) and input; --debug shows the traceback;
130 interrupted (Ctrl-C, or the output's reader went away before tqa had finished).

One module per command group; each registers its commands on `tqa.cli.app.app`,
in the order `tqa --help` lists them.
"""

from __future__ import annotations

import os
import sys
import types
from typing import TYPE_CHECKING

from tqa.cli import fast
from tqa.cli.common import (
    _REPORT_IT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    _debugging,
    _Run,
    say_interrupted,
    silence_output,
)
from tqa.collector import collect_from_now_on
from tqa.errors import StageError, TqaError, cut, describe, one_line

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main", "typer_app"]


def typer_app() -> typer.Typer:
    """The typer application with every command registered. Imported when first needed:
    typer and the pydantic it loads take 0.1 s, which a plain `tqa check` or `tqa score` skips (tqa.cli.fast)."""
    # Importing a command module registers its commands, in this order (isort would reorder).
    # isort: off
    from tqa.cli import check, info, align, batch, glossary  # noqa: F401

    # isort: on
    from tqa.cli.app import app

    return app


class _Package(types.ModuleType):
    """`from tqa.cli import app` is the typer application, loaded on first use. A property,
    not a module __getattr__: importing the submodule tqa.cli.app sets the package's
    attribute `app` to that module, which would then hide the application."""

    @property
    def app(self) -> typer.Typer:
        return typer_app()

    @app.setter
    def app(self, _submodule: object) -> None:
        pass  # the import system recording the submodule tqa.cli.app: `app` stays the application


sys.modules[__name__].__class__ = _Package


def _command_line() -> str:
    return one_line(cut(" ".join(["tqa", *sys.argv[1:]]), 300))


def _internal_error(error: BaseException, stage: StageError | None) -> None:
    """One line for a bug (exit 3): which stage, which input, what; the traceback on --debug."""
    cause = stage.cause if stage is not None else error
    if _debugging():
        import traceback  # a bug's traceback, on --debug only: off every run's start-up (#14)

        traceback.print_exception(cause, file=sys.stderr)
    # Outside the staged pipeline, the command line says what was being read.
    where = str(stage) if stage is not None else f"internal error in `{_command_line()}`: {describe(cause)}"
    print(f"tqa: {where}. {_REPORT_IT}", file=sys.stderr)
    sys.exit(EXIT_INTERNAL)


def _run_typer(argv: list[str]) -> None:
    """The typer application, in click's non-standalone mode so that a usage error reaches
    tqa and is said in one line (tqa.cli.usage); a broken pipe that click turned into exit 1
    (the code for findings) becomes the code of an interrupted run. `argv` is the command
    line main read once: click parses the words tqa's own checks looked at, not a second
    reading of sys.argv (which click would also expand on Windows)."""
    import typer
    from typer._click.utils import PacifyFlushWrapper

    from tqa.cli.usage import command_in, command_name, is_help, repeated_option, usage_line

    root = typer.main.get_command(typer_app())
    repeated = repeated_option(argv, root)
    if repeated:
        print(repeated, file=sys.stderr)
        sys.exit(EXIT_USAGE)
    try:
        # A command ends by returning (None: exit 0) or by typer.Exit, whose code comes back here.
        # tqa.cli.main words every exception itself: typer's pretty traceback hook is not wanted.
        done = root(args=argv, standalone_mode=False)
    except typer.TyperException as error:  # click's usage errors, and any other it shows to the user
        ctx = getattr(error, "ctx", None)
        if is_help(error, ctx):
            print(error.format_message(), file=sys.stderr)
        else:
            command = command_name(ctx) if ctx is not None else command_in(argv, root)
            print(usage_line(error, command), file=sys.stderr)
        sys.exit(EXIT_USAGE)  # never 1, the code for findings (click's FileError says 1)
    except typer.Abort:
        print("Aborted!", file=sys.stderr)  # end of input at a prompt: what click and tqa.cli.fast.run say and do
        sys.exit(1)
    except SystemExit as done_early:
        if done_early.code == EXIT_FINDINGS and isinstance(sys.stdout, PacifyFlushWrapper) and not _Run.output_cut:
            sys.exit(EXIT_INTERRUPTED)
        raise
    if done == EXIT_INTERRUPTED:  # typer turns Ctrl-C in a command into exit 130 without a word
        say_interrupted()
    sys.exit(done if isinstance(done, int) else 0)


def main() -> None:
    """Entry point: domain errors become one line on stderr and exit 2; a bug, one line and exit 3.

    A usage error that click finds (an unknown option, a missing argument) is one line
    too (tqa.cli.usage); a TqaError raised inside a command passes through typer to here. A plain
    `tqa check` or `tqa score` command line runs without typer (tqa.cli.fast), to the same effect.
    """
    # The aligner's numpy arrays are element-wise: OpenBLAS's threads are never used, but
    # it starts one per core at import, and they spin for about 0.1 s of the other core.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        argv = sys.argv[1:]  # read once: the fast parser, the repeated-option check and click see the same words
        plain = fast.parse(argv)
        if plain is not None:
            fast.run(*plain)
        collect_from_now_on()  # typer and its command's modules are loaded with the collector on
        _run_typer(argv)
    except TqaError as error:
        for problem in error.problems:  # one line each: an entry or a config file may have several
            print(f"tqa: error: {problem.line()}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except StageError as error:
        _internal_error(error, error)
    except KeyboardInterrupt:
        say_interrupted()
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        silence_output()  # the reader went away (tqa ... | head) before tqa had finished
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        # Standard output could not be written (a full disk, /dev/full); files have their own errors.
        print(f"tqa: error: cannot write the output: {error.strerror or error}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except Exception as error:  # noqa: BLE001 - anything else is a bug, and never a verdict on the article
        _internal_error(error, None)
