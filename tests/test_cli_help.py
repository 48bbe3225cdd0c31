"""Every command's help reads as a user types the command: each argument is named once, as
the usage line writes it (`AR [EN]`, `FILE...`, `[PATH]...`), never with typer's Python type
beside it (`PATH... <list[str]>`, `AR <path>`), braces (`{AR}`) or doubled dots
(`[PATH...]...`). A new user's review found those in `tqa batch --help`."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tqa.cli import typer_app


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(typer.main.get_command(typer_app()))


def _help(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(typer_app(), [*path, "--help"], prog_name="tqa")
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_is_read() -> None:
    assert {("check",), ("batch",), ("glossary", "lint"), ("glossary", "suggest"), ()} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "tqa")
def test_help_names_each_argument_as_the_usage_line_does(path: tuple[str, ...]) -> None:
    text = _help(path)
    usage = text.splitlines()[0]
    assert usage.startswith(" ".join(("Usage: tqa", *path)))
    assert not re.search(r"<[\w\[\]|, ]+>", text), text  # <list[str]>, <path>, <str>
    assert "{" not in usage and ".]..." not in usage and "......" not in usage, usage
    if "Arguments:" in text:
        listed = re.findall(r"^  (\S+)", text.split("Arguments:")[1].split("Options:")[0], re.MULTILINE)
        assert usage.split("[OPTIONS] ")[1].split() == listed


def test_batch_and_lint_take_several_paths() -> None:
    assert _help(("batch",)).splitlines()[0] == "Usage: tqa batch [OPTIONS] [PATH]..."
    assert _help(("glossary", "lint")).splitlines()[0] == "Usage: tqa glossary lint [OPTIONS] FILE..."
    assert _help(("check",)).splitlines()[0] == "Usage: tqa check [OPTIONS] AR [EN]"
