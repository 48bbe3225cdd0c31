"""README's "Using it" block names every option of `tqa check`, and the quiet switch of
`tqa batch`: a new user reads the options there before trying `--help`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from tqa.cli import typer_app

README = Path(__file__).resolve().parent.parent / "README.md"


def _usage_block() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"## Using it\n\n```\n(.*?)```", text, re.DOTALL)
    assert match, "README has no usage block under 'Using it'"
    return match.group(1)


def _options(command: str) -> list[str]:
    group = typer.main.get_command(typer_app())
    params = group.commands[command].params  # type: ignore[attr-defined]
    return [max(p.opts, key=len) for p in params if p.opts[0].startswith("-")]


@pytest.mark.parametrize("option", _options("check"))
def test_every_check_option_is_in_the_usage_lines(option: str) -> None:
    lines = [line for line in _usage_block().splitlines() if line.lstrip().startswith(("tqa check", "["))]
    assert any(re.search(rf"{re.escape(option)}\b", line) for line in lines), f"{option} is not on README's tqa check lines"


def test_the_short_quiet_switch_is_on_the_check_and_batch_lines() -> None:
    block = _usage_block()
    for command in ("tqa check AR EN", "tqa check EN", "tqa batch"):
        start = block.index(command)
        entry = block[start : block.find("\ntqa ", start + 1)]
        assert re.search(r"\[-q\b", entry), f"{command}: README's usage does not mention -q"


@pytest.mark.parametrize(
    ("command", "line"), [("score", "tqa score HYP REF"), ("align", "tqa align AR EN"), ("config", "tqa config")]
)
def test_every_option_of_score_align_and_config_is_on_its_usage_line(command: str, line: str) -> None:
    """A new user's review: --limit, align's -g and config's options were missing."""
    block = _usage_block()
    start = block.index(line)
    entry = block[start : block.find("\ntqa ", start + 1)]
    for option in _options(command):
        short = next((o for o in _short_options(command, option)), None)
        assert re.search(rf"{re.escape(option)}\b", entry) or (short and re.search(rf"{re.escape(short)}\b", entry)), (
            f"{option} is not on README's {line} line"
        )


def _short_options(command: str, option: str) -> list[str]:
    group = typer.main.get_command(typer_app())
    params = group.commands[command].params  # type: ignore[attr-defined]
    return [o for p in params if option in p.opts for o in p.opts if o != option]


def test_the_first_command_runs_inside_the_cloned_repository() -> None:
    """new-user review 12: a new user ran the first command outside the clone (pip install -e .
    and the sample's relative paths need its folder): it starts with a cd, and says why."""
    text = README.read_text(encoding="utf-8")
    first_block = text.split("```\n", 2)[1]
    assert first_block.startswith("cd "), first_block[:80]
    assert "inside the cloned repository" in text[: text.index("```")]
