"""What `tqa check` does once its options are parsed, without typer: the typer command
(tqa/cli/check.py) and the fast path (tqa/cli/fast.py) both call `check_articles`.

`echo` is how text reaches the terminal (typer.echo, or tqa.cli.fast.echo, which
writes the same bytes); the exit code is returned, for the caller to exit with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tqa.cli.common import (
    _REPORT_IT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    _debugging,
    _require_direction,
    _severity,
    _severity_overrides,
    verdict_already_reached,
)
from tqa.collector import collect_from_now_on
from tqa.errors import in_stage, one_line

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from tqa.config import Settings
    from tqa.model import Report, Severity


class Echo(Protocol):
    def __call__(self, message: str, *, err: bool = ..., nl: bool = ...) -> None: ...


@dataclass(frozen=True)
class CheckOptions:
    """`tqa check`'s arguments and options, as the command line gave them."""

    first: Path
    second: Path | None = None
    glossary: list[Path] | None = None
    html: Path | None = None
    json_path: Path | None = None
    fail_on: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    severity: list[str] | None = None
    waivers: Path | None = None
    direction: str | None = None
    quiet: bool = False
    reference: Path | None = None


def check_articles(options: CheckOptions, echo: Echo) -> int:
    """Check, write the reports asked for, print the summary; the exit code."""
    from tqa.report.files import remove_stale_reports

    o = options
    asked = tuple(p for p in (o.json_path, o.html) if p is not None and str(p) != "-")
    given = (o.first, *(p for p in (o.second, *(o.glossary or ()), o.waivers, o.reference) if p is not None))
    try:
        report, settings, inputs = _checked(o)
        say_unread_columns([Path(g) for g in settings.glossaries], echo)
        with in_stage("report", o.first, o.second):
            output = _write_reports(report, settings, o.json_path, o.html, inputs, o.quiet)
    except BaseException:
        # A failed run must not leave an earlier run's report looking like this one's.
        remove_stale_reports(asked, given)
        raise
    with verdict_already_reached():
        echo(output, nl=False)
    return _exit_code(report, settings, echo)


def say_unread_columns(glossaries: Sequence[Path], echo: Echo) -> None:
    """A note on stderr for each glossary column tqa does not read (a new user's review: a
    misnamed 'arabic' column was dropped in silence, and the report then contradicted itself)."""
    from tqa.glossary.files import unread_column_notes

    for note in unread_column_notes(glossaries):
        echo(f"tqa: note: {one_line(note)}", err=True)


def _checked(o: CheckOptions) -> tuple[Report, Settings, tuple[Path, ...]]:
    """Settings, then the run: everything `check` does before it writes a report."""
    from tqa.pipeline import run

    settings = check_settings(o.glossary, o.fail_on, o.select, o.ignore, o.severity, o.waivers, o.direction, o.reference)
    report = run(o.first, o.second, settings, inputs_read=collect_from_now_on)
    inputs = (
        o.first,
        *([o.second] if o.second else []),
        *(Path(g) for g in settings.glossaries),
        *([o.reference] if o.reference else []),
        *([Path(settings.waivers)] if settings.waivers else []),
        *([Path(settings.config_file)] if settings.config_file else []),
    )
    return report, settings, inputs


def _exit_code(report: Report, settings: Settings, echo: Echo) -> int:
    """3 when a check failed (its reports say which), 1 for findings, else 0."""
    from tqa.report.json_report import fails

    for failure in report.failed_checks:
        if _debugging():
            echo(failure.detail.rstrip(), err=True)
        inputs = ", ".join(p for p in (report.document.source.path, report.document.target.path) if p)
        line = f"internal error in check {failure.code} ({failure.name}) on {inputs}: {failure.error}; the other checks ran and the reports say so."
        echo(f"tqa: {one_line(line)} {_REPORT_IT}", err=True)
    if report.failed_checks:
        return EXIT_INTERNAL
    return EXIT_FINDINGS if fails(report, settings.fail_on) else 0


def check_settings(
    glossary: list[Path] | None,
    fail_on: str | None,
    select: list[str] | None,
    ignore: list[str] | None,
    severity: list[str] | None,
    waivers: Path | None,
    direction: str | None,
    reference: Path | None = None,
) -> Settings:
    """The settings of `tqa check` and `tqa batch`: command line > tqa.toml > defaults."""
    from tqa.config import load_settings

    _require_direction(direction)
    overrides = {
        "glossaries": tuple(str(p) for p in glossary or ()),
        "fail_on": _severity(fail_on, "--fail-on") if fail_on else None,
        "select": tuple(select or ()),
        "ignore": tuple(ignore or ()),
        "severity": _severity_overrides(severity),
        "waivers": str(waivers) if waivers else None,
        "direction": direction,
        "reference": str(reference) if reference else None,
    }
    return load_settings(Path.cwd(), overrides)


def _write_reports(
    report: Report, settings: Settings, json_path: Path | None, html: Path | None, inputs: tuple[Path, ...], quiet: bool
) -> str:
    """The reports asked for, each to its file; returns what standard output shows: one
    report asked for there, or the terminal summary."""
    from tqa.errors import ConfigError
    from tqa.report.files import write_atomic
    from tqa.report.json_report import render_json
    from tqa.report.text import render_text

    if json_path and html and (str(json_path) == str(html) == "-" or _same_file(json_path, html)):
        both = "both write to standard output" if str(json_path) == "-" else "name the same file"
        raise ConfigError(f"--json and --html {both}", fix="give each report its own file, or - to one of them")
    to_stdout: Callable[[], str] | None = None
    renderers: list[tuple[Path | None, Callable[[], str]]] = [
        (json_path, lambda: render_json(report, settings.fail_on)),
        (html, lambda: _render_html(report, settings.fail_on)),
    ]
    for path, render in renderers:
        if path is not None and str(path) == "-":
            to_stdout = render
        elif path is not None:
            write_atomic(path, render(), inputs=inputs, only_over_reports=True)
    if to_stdout is not None:
        # Standard output holds that report alone, so that a tool can read it as it is.
        return to_stdout()
    return render_text(report, settings.fail_on, quiet=quiet)


def _same_file(a: Path, b: Path) -> bool:
    return str(a) != "-" and a.resolve() == b.resolve()


def _render_html(report: Report, fail_on: Severity) -> str:
    from tqa.report.html_report import render_html  # imported only when asked for: it reads its assets

    return render_html(report, fail_on)
