"""`tqa check` and `tqa score` without typer: a plain command line is parsed here and run directly.

typer 0.29 imports pydantic and builds a TypeAdapter per option before the command
runs: with its own import, about 0.15 s of a check that should take 0.3 s (issue 14).
This parser takes only the command lines whose meaning is not in doubt: `[--debug]
check|score`, then arguments and the command's own options, each written in full
with its value (`--json -`, `--glossary=FILE`, `-g FILE`, `-q`, `--limit 5`).
Anything else (help, a misspelt or repeated option, a missing value, a value that
starts with a dash, a count that is not plain digits, an argument too many, an
unreadable file, a stream click would re-wrap) returns None and typer handles it, so
that help and usage errors are said in one place (a usage error is one line, tqa.cli.usage,
whichever path looked at the command line first: tests/test_cli_usage.py). What runs is the function
the typer command calls (tqa.cli.check_run, tqa.cli.score_run), and it exits as
typer's standalone mode does. tests/test_cli_fast.py runs command lines both ways
and compares exit code, standard output, standard error and the reports.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TextIO

from tqa.cli.common import EXIT_INTERRUPTED, _Run, say_interrupted, silence_output
from tqa.collector import collect_from_now_on

if TYPE_CHECKING:
    from tqa.cli.check_run import Echo

Options = dict[str, tuple[str, str]]  # option -> (field, kind: path(s), text(s), count)


class Command(NamedTuple):
    """A command as typer declares it: its arguments (fields, how many at least), its
    options with a value, and its flags. tests/test_cli_fast.py holds each to typer's."""

    arguments: tuple[str, ...]
    fewest: int
    options: Options
    flags: dict[str, str]
    run: Callable[[dict[str, Any], Echo], int]


COMMANDS = {
    "check": Command(
        ("first", "second"),
        1,
        {
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
        },
        {"--quiet": "quiet", "-q": "quiet"},
        lambda fields, echo: _check(fields, echo),
    ),
    "score": Command(
        ("hypothesis", "reference"),
        2,
        {"--json": ("json_path", "path"), "--limit": ("limit", "count")},
        {"--one-per-line": "one_per_line", "--parallel": "parallel"},
        lambda fields, echo: _score(fields, echo),
    ),
}


# The commands' modules are imported when one runs: `tqa --version` and the other commands
# that typer parses do not pay for them.
def _check(fields: dict[str, Any], echo: Echo) -> int:
    from tqa.cli.check_run import CheckOptions, check_articles

    return check_articles(CheckOptions(**fields), echo)


def _score(fields: dict[str, Any], echo: Echo) -> int:
    from tqa.cli.score_run import ScoreOptions, score_versions

    collect_from_now_on()  # once its modules are loaded (a check's waits for its inputs: tqa.cli.check_run)
    return score_versions(ScoreOptions(**fields), echo)


def parse(argv: list[str]) -> tuple[bool, str, dict[str, Any]] | None:
    """(--debug given, the command, its fields) of a plain command line, else None."""
    debug = argv[:1] == ["--debug"]
    rest = argv[1:] if debug else argv
    command = COMMANDS.get(rest[0]) if rest else None
    if command is None or _shell_completion() or not _plain_text_stream(sys.stdout):
        return None
    values = _values(rest[1:], command)
    if values is None or not command.fewest <= len(values.get("", [])) <= len(command.arguments):
        return None
    arguments = [Path(a) for a in values.pop("")]
    fields: dict[str, Any] = dict(zip(command.arguments, arguments, strict=False))
    paths = list(arguments)
    for field, kind in command.options.values():
        if field in values and field not in fields:
            found: list[Any] = [Path(v) for v in values[field]] if kind.startswith("path") else values[field]
            found = [int(v) for v in found] if kind == "count" else found
            paths += [p for p in found if isinstance(p, Path)]
            fields[field] = found if kind.endswith("s") else found[0]
    if not all(map(_readable_or_missing, paths)):
        return None
    fields.update((field, True) for field in command.flags.values() if field in values)
    return debug, rest[0], fields


def _values(tokens: list[str], command: Command) -> dict[str, list[str]] | None:
    """Field -> the values given ("" for the arguments), or None when typer should judge."""
    values: dict[str, list[str]] = {}
    tokens = list(tokens)
    while tokens:
        token = tokens.pop(0)
        if not token or not _plain(token):
            return None
        name, equals, attached = token.partition("=") if token.startswith("--") else (token, "", "")
        kind = command.options[name][1] if name in command.options else ""
        if token in command.flags:
            field, value = command.flags[token], ""
        elif kind and (equals or tokens):
            field, value = command.options[name][0], attached if equals else tokens.pop(0)
            if not _plain_value(value, kind):
                return None
        elif token.startswith("-"):
            return None  # --help, --, -, another command's option, a misspelling, -gFILE, -qg
        else:
            field, value = "", token
        if field in values and not (field == "" or kind.endswith("s")):
            return None  # typer keeps the last one; the user may not know that
        values.setdefault(field, []).append(value)
    return values


def _plain_value(value: str, kind: str) -> bool:
    """An option's value typer reads as it is: not empty, not dash-led but "-", and for a
    count, plain digits (pydantic's int rules are its own)."""
    if not value or not _plain(value) or (value.startswith("-") and value != "-"):
        return False
    return kind != "count" or (value.isascii() and value.isdigit() and len(value) < 10 and (value == "0" or value[0] != "0"))


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


def run(debug: bool, name: str, fields: dict[str, Any]) -> NoReturn:
    """Run the command and exit as typer's standalone mode does (typer.core._main)."""
    _Run.debug = debug or _Run.debug
    try:
        code = COMMANDS[name].run(fields, echo)
    except KeyboardInterrupt:
        say_interrupted()
        sys.exit(EXIT_INTERRUPTED)
    except EOFError:
        echo("", err=True)
        echo("Aborted!", err=True)
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        silence_output()  # the reader went away before the command had finished: interrupted, quietly
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(code)
