"""`tqa check`: one article pair (or one article) in, the reports out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tqa.cli.app import (
    _REPORT_IT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    GlossaryOption,
    IgnoreOption,
    SelectOption,
    _debugging,
    _require_direction,
    _severity,
    _severity_overrides,
    app,
)
from tqa.errors import in_stage, one_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from tqa.config import Settings
    from tqa.model import Report, Severity

# The library is imported inside each command, not at the top: `tqa --version`, `tqa checks`
# and shell completion then start in about 0.1 s instead of 0.35 s (issue 14).


@app.command()
def check(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English article, or one bilingual XLIFF/TMX file.")],
    second: Annotated[Path | None, typer.Argument(metavar="EN", help="The other language's article (omit for an XLIFF or TMX file).")] = None,
    glossary: GlossaryOption = None,
    html: Annotated[Path | None, typer.Option(metavar="FILE", help="Write the editor's HTML report here; - for standard output.")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", metavar="FILE",
        help="Write the JSON report (tqa-report/1) here; - for standard output (then the summary is not printed).")] = None,
    fail_on: Annotated[str | None, typer.Option(metavar="error|warning|info",
        help="Exit 1 when a finding is at least this severe: error, warning, info.")] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: Annotated[list[str] | None, typer.Option(metavar="CODE=LEVEL", help="Override a check's severity: CODE=LEVEL (repeatable).")] = None,
    waivers: Annotated[Path | None, typer.Option(metavar="FILE", help="Waivers file exported from the HTML report.")] = None,
    direction: Annotated[str | None, typer.Option(metavar="ar-en|en-ar", help="ar-en (default: Arabic is the source) or en-ar.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the counts and the verdict.")] = False,
    reference: Annotated[
        Path | None, typer.Option(metavar="FILE", help="A reference translation (target language): add BLEU/chrF/TER and R701 findings.")
    ] = None,
) -> None:
    """Check a translation: AR and EN articles in either order.

    Example: tqa check samples/moscow-visit.ar.md samples/moscow-visit.en.md -g glossaries/syria.yaml --html report.html
    """
    from tqa.report.files import remove_stale_reports

    asked = tuple(p for p in (json_path, html) if p is not None and str(p) != "-")
    given = (first, *([second] if second else []), *(glossary or ()), *([waivers] if waivers else []), *([reference] if reference else []))
    try:
        report, settings, inputs = _checked(first, second, glossary, fail_on, select, ignore, severity, waivers, direction, reference)
        with in_stage("report", first, second):
            output = _write_reports(report, settings, json_path, html, inputs, quiet)
    except BaseException as error:
        if not isinstance(error, typer.Exit):
            # A failed run must not leave an earlier run's report looking like this one's.
            remove_stale_reports(asked, given)
        raise
    typer.echo(output, nl=False)
    _exit_for(report, settings)


def _checked(
    first: Path, second: Path | None, glossary: list[Path] | None, fail_on: str | None, select: list[str] | None,
    ignore: list[str] | None, severity: list[str] | None, waivers: Path | None, direction: str | None, reference: Path | None,
) -> tuple[Report, Settings, tuple[Path, ...]]:
    """Settings, then the run: everything `check` does before it writes a report."""
    from tqa.pipeline import run

    settings = _check_settings(glossary, fail_on, select, ignore, severity, waivers, direction, reference)
    report = run(first, second, settings)
    inputs = (
        first,
        *([second] if second else []),
        *(Path(g) for g in settings.glossaries),
        *([reference] if reference else []),
        *([Path(settings.waivers)] if settings.waivers else []),
        *([Path(settings.config_file)] if settings.config_file else []),
    )
    return report, settings, inputs


def _exit_for(report: Report, settings: Settings) -> None:
    """3 when a check failed (its reports say which), 1 for findings, else 0."""
    from tqa.report.json_report import fails

    for failure in report.failed_checks:
        if _debugging():
            typer.echo(failure.detail.rstrip(), err=True)
        inputs = ", ".join(p for p in (report.document.source.path, report.document.target.path) if p)
        line = f"internal error in check {failure.code} ({failure.name}) on {inputs}: {failure.error}; the other checks ran and the reports say so."
        typer.echo(f"tqa: {one_line(line)} {_REPORT_IT}", err=True)
    if report.failed_checks:
        raise typer.Exit(EXIT_INTERNAL)
    if fails(report, settings.fail_on):
        raise typer.Exit(EXIT_FINDINGS)


def _check_settings(
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
        raise ConfigError("--json and --html name the same file", fix="give each report its own file, or - to one of them")
    to_stdout: Callable[[], str] | None = None
    renderers: list[tuple[Path | None, Callable[[], str]]] = [
        (json_path, lambda: render_json(report, settings.fail_on)),
        (html, lambda: _render_html(report, settings.fail_on)),
    ]
    for path, render in renderers:
        if path is not None and str(path) == "-":
            to_stdout = render
        elif path is not None:
            write_atomic(path, render(), inputs=inputs)
    if to_stdout is not None:
        # Standard output holds that report alone, so that a tool can read it as it is.
        return to_stdout()
    return render_text(report, settings.fail_on, limit=0 if quiet else 15)


def _same_file(a: Path, b: Path) -> bool:
    return str(a) != "-" and a.resolve() == b.resolve()


def _render_html(report: Report, fail_on: Severity) -> str:
    from tqa.report.html_report import render_html  # imported only when asked for: it reads its assets

    return render_html(report, fail_on)
