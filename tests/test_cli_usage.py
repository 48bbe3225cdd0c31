"""A usage error is one line on standard error and exit 2, on the typer path and on a
command line that tqa/cli/fast.py first looks at (it hands every doubtful one to typer):
what is wrong, in which command, and where its help is. Help and exit codes stay."""

from __future__ import annotations

from typing import Any

import pytest
from test_cli_fast import AR, EN, ROOT
from test_cli_fast import _run as _run_from


def _run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, typer_only: bool) -> tuple[Any, ...]:
    monkeypatch.chdir(ROOT)  # undone by the run, as every patch
    return _run_from(argv, capsys, monkeypatch, typer_only)


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["check", AR, EN, "--bogus"], "tqa: error: no such option --bogus for 'tqa check'; see 'tqa check --help'"),
        (["check"], "tqa: error: missing argument 'AR' for 'tqa check'; see 'tqa check --help'"),
        (["check", AR, EN, "extra.md"], "tqa: error: got unexpected extra argument(s) for 'tqa check' (extra.md); see 'tqa check --help'"),
        (["score", EN, EN, "--limit", "five"], "tqa: error: invalid value for '--limit' in 'tqa score': input should be"),
        # A negative count was taken (new-user review 12: 14 of 15 rows, then "… and 16 more").
        (["score", EN, EN, "--limit", "-1"], "tqa: error: invalid value for '--limit' in 'tqa score': input should be greater than or equal to 0"),
        (["history", "--limit", "-3"], "tqa: error: invalid value for '--limit' in 'tqa history': input should be greater than or equal to 0"),
        (["score", EN, EN, "-q"], "tqa: error: no such option -q for 'tqa score'; see 'tqa score --help'"),
        (["chek", AR, EN], "tqa: error: no such command 'chek' for 'tqa' (did you mean 'check', 'checks'?); see 'tqa --help'"),
        (["glossary", "lnt"], "tqa: error: no such command 'lnt' for 'tqa glossary' (did you mean 'lint'?); see 'tqa glossary --help'"),
        (["check", AR, EN, "--html"], "tqa: error: option '--html' requires an argument for 'tqa check'; see 'tqa check --help'"),
        # A value option given twice: click would keep the last without a word (new-user review).
        (["check", AR, EN, "--json", "a.json", "--json", "b.json"], "tqa: error: option --json is given twice for 'tqa check'"),
        (["check", AR, EN, "--fail-on=info", "--fail-on", "error"], "tqa: error: option --fail-on is given twice for 'tqa check'"),
        (["align", AR, EN, "-o", "a.tsv", "--output=b.tsv"], "tqa: error: option --output is given twice for 'tqa align'"),
        (["--debug", "batch", "in", "--out", "o1", "--out", "o2"], "tqa: error: option --out is given twice for 'tqa batch'"),
    ],
)
@pytest.mark.parametrize("typer_only", [True, False], ids=["typer", "fast-first"])
def test_a_usage_error_is_one_line(
    argv: list[str], line: str, typer_only: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _run(argv, capsys, monkeypatch, typer_only)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("tqa: error: ") and line in err


def test_help_and_exit_codes_stay(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = _run(["check", "--help"], capsys, monkeypatch, typer_only=False)
    assert code == 0 and "Usage:" in out and err == ""
    code, out, err = _run([], capsys, monkeypatch, typer_only=False)  # a bare `tqa` answers with its help
    assert code == 2 and out == "" and "Commands:" in err
    code, out, _ = _run(["--version"], capsys, monkeypatch, typer_only=False)
    assert code == 0 and out.startswith("tqa ")
    # Findings are 1 on both paths; a command that returns (explain) is 0.
    assert _run(["check", AR, EN, "-q"], capsys, monkeypatch, typer_only=True)[0] == 1
    assert _run(["check", AR, EN, "-q"], capsys, monkeypatch, typer_only=False)[0] == 1
    assert _run(["explain", "P502"], capsys, monkeypatch, typer_only=True)[0] == 0


def test_a_repeatable_option_or_a_flag_given_twice_is_fine(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = "glossaries/syria.yaml"
    for typer_only in (True, False):
        code, _, err = _run(["check", AR, EN, "-g", glossary, "--glossary", glossary, "-q", "--quiet"], capsys, monkeypatch, typer_only)
        assert code == 1 and err == ""


class _CountedArgv(list[str]):
    """sys.argv that counts how often the command line after the program's name is read."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            type(self).reads += 1
        return super().__getitem__(index)


def test_the_command_line_is_read_once(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """main reads sys.argv once and hands the words on: the fast parser, the repeated-option
    check and click parse the same list (click read sys.argv again itself, and would expand
    its globs on Windows)."""
    import sys

    import tqa.cli

    monkeypatch.chdir(ROOT)
    _CountedArgv.reads = 0
    monkeypatch.setattr(sys, "argv", _CountedArgv(["tqa", "check", AR, EN, "--bogus"]))
    with pytest.raises(SystemExit) as exited:
        tqa.cli.main()
    assert exited.value.code == 2 and "no such option --bogus" in capsys.readouterr().err
    assert _CountedArgv.reads == 1


def test_every_integer_option_of_every_command_has_a_lower_bound() -> None:
    """A count given as -1 must be refused as `--workers -2` is, not read as a slice."""
    import click
    import typer

    from tqa.cli import typer_app

    def commands(group: click.Command, prefix: str) -> list[tuple[str, click.Command]]:
        subs = getattr(group, "commands", {})
        return [(prefix, group)] + [pair for name, sub in subs.items() for pair in commands(sub, f"{prefix} {name}")]

    found = {
        (name, param.name): getattr(param, "min", None)
        for name, command in commands(typer.main.get_command(typer_app()), "tqa")
        for param in command.params
        if getattr(getattr(param, "type_descriptor", None), "annotation", None) in (int, float)  # typer's record of the annotation
    }
    assert set(found) >= {("tqa score", "limit"), ("tqa history", "limit"), ("tqa batch", "workers")}
    assert [option for option, least in found.items() if least is None] == []
