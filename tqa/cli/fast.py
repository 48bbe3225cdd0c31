"""`tqa check` without typer: a plain command line is parsed here and run directly.

typer 0.29 imports pydantic and builds a TypeAdapter per option before the command
runs: with its own import, about 0.15 s of a check that should take 0.3 s (issue 14).
This parser takes only the command lines whose meaning is not in doubt: `[--debug]
check`, then arguments and `tqa check`'s own options, each written in full with its
value (`--json -`, `--glossary=FILE`, `-g FILE`, `-q`). Anything else (help, a
misspelt or repeated option, a missing value, a value that starts with a dash, a
third argument, an unreadable file, a stream click would re-wrap) returns None and
typer handles it, so that help, usage errors and their wording stay typer's.
What runs is the same function the typer command calls (tqa.cli.check_run), and it
exits as typer's standalone mode does. tests/test_cli_fast.py runs command lines
both ways and compares exit code, standard output and standard error.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from pathlib import Path
from typing import NoReturn, TextIO

from tqa.cli.check_run import CheckOptions, check_articles
from tqa.cli.common import _Run

# `tqa check`'s options as typer declares them (tqa/cli/check.py): option -> (field, kind).
# tests/test_cli_fast.py holds this table to the typer command's parameters.
OPTIONS: dict[str, tuple[str, str]] = {
    "--glossary": ("glossary", "paths"),
    "-g": ("glossary", "paths"),
    "--html": ("html", "path"),
    "--json": ("json_path", "path"),
    "--fail-on": ("fail_on", "text"),
    "--select": ("select", "texts"),
    "--ignore": ("ignore", "texts"),
    "--severity": ("severity", "texts"),
    "--waivers": ("waivers", "path"),
    "--direction": ("direction", "text"),
    "--reference": ("reference", "path"),
}
FLAGS = {"--quiet": "quiet", "-q": "quiet"}


def parse(argv: list[str]) -> tuple[bool, CheckOptions] | None:
    """(--debug given, the options) of a plain `tqa check` command line, else None."""
    debug = argv[:1] == ["--debug"]
    rest = argv[1:] if debug else argv
    if rest[:1] != ["check"] or _shell_completion() or not _plain_text_stream(sys.stdout):
        return None
    values = _values(rest[1:])
    if values is None or not 1 <= len(values.get("", [])) <= 2:
        return None
    arguments = [Path(a) for a in values.pop("")]
    fields: dict[str, object] = {"first": arguments[0], "second": arguments[1] if len(arguments) > 1 else None}
    paths = list(arguments)
    for field, kind in OPTIONS.values():
        if field in values and field not in fields:
            found = [Path(v) for v in values[field]] if kind.startswith("path") else values[field]
            paths += [p for p in found if isinstance(p, Path)]
            fields[field] = found if kind.endswith("s") else found[0]
    if not all(map(_readable_or_missing, paths)):
        return None
    fields.update((field, True) for field in FLAGS.values() if field in values)
    return debug, CheckOptions(**fields)  # type: ignore[arg-type]  # each field typed by OPTIONS


def _values(tokens: list[str]) -> dict[str, list[str]] | None:
    """Field -> the values given ("" for the arguments), or None when typer should judge."""
    values: dict[str, list[str]] = {}
    tokens = list(tokens)
    while tokens:
        token = tokens.pop(0)
        if not token or not _plain(token):
            return None
        name, equals, attached = token.partition("=") if token.startswith("--") else (token, "", "")
        if token in FLAGS:
            field, value = FLAGS[token], ""
        elif name in OPTIONS and (equals or tokens):
            field, value = OPTIONS[name][0], attached if equals else tokens.pop(0)
            if not value or not _plain(value) or (value.startswith("-") and value != "-"):
                return None
        elif token.startswith("-"):
            return None  # --help, --, -, an option of another command, a misspelling, -gFILE, -qg
        else:
            field, value = "", token
        multiple = field == "" or OPTIONS.get(name, ("", ""))[1].endswith("s")
        if field in values and not multiple:
            return None  # typer keeps the last one; the user may not know that
        values.setdefault(field, []).append(value)
    return values


def _plain(text: str) -> bool:
    """Text that pydantic and the file system take as it is (no undecodable bytes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _readable_or_missing(path: Path) -> bool:
    """What typer's Path check lets through: a path that cannot be stat'ed (the reader says
    what is wrong with it), or one that can be read."""
    try:
        os.stat(path)
    except OSError:
        return True
    except ValueError:
        return False
    return os.access(path, os.R_OK)


def _shell_completion() -> bool:
    """click answers a completion request (_PROG_COMPLETE in the environment) itself."""
    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)


def _plain_text_stream(stream: TextIO | None) -> bool:
    """A stream click.echo writes to as it is (it re-wraps one with no or an ASCII encoding)."""
    if stream is None or sys.platform == "win32" or not isinstance(stream, io.TextIOBase):
        return False
    encoding, errors = getattr(stream, "encoding", None), getattr(stream, "errors", None)
    if not encoding or errors is None:
        return False
    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return True


def echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """typer.echo of a str: the same bytes to the same stream, flushed. Text with an escape
    character (click strips ANSI codes off a terminal) or a stream click would re-wrap
    goes to typer.echo itself."""
    stream = sys.stderr if err else sys.stdout
    if "\x1b" in message or not _plain_text_stream(stream):
        import typer  # rare: the exact rules are click's

        typer.echo(message, err=err, nl=nl)
        return
    out = message + "\n" if nl else message
    if out:
        stream.write(out)
    stream.flush()


def run(debug: bool, options: CheckOptions) -> NoReturn:
    """Run the check and exit as typer's standalone mode does (typer.core._main)."""
    _Run.debug = debug or _Run.debug
    try:
        code = check_articles(options, echo)
    except KeyboardInterrupt:
        sys.exit(130)
    except EOFError:
        echo("", err=True)
        echo("Aborted!", err=True)
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper  # the reader went away: exit quietly

        sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    sys.exit(code)
