"""The command line: parse options, call the library, render, map errors to exit codes.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage or input error (one line on stderr, never a traceback), 3 internal error:
a bug in tqa, named by stage (or check code) and input; --debug shows the traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tqa import __version__
from tqa.errors import StageError, TqaError, cut, describe, in_stage, one_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from tqa.config import Settings
    from tqa.model import Report, Severity

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Translation QA for Arabic-English news.\n\nExample:\n\n  tqa check article.ar.md article.en.md --glossary glossaries/syria.yaml --html report.html",
)

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3  # a bug in tqa: never 0 or 1, so that CI never reads it as a verdict on the article


class _Run:
    """What the global options asked for; read by `main` after the command has ended."""

    debug = False

GlossaryOption = Annotated[
    list[Path] | None, typer.Option("--glossary", "-g", metavar="FILE", help="Glossary file (YAML, CSV, TSV or TBX); repeat to combine, later wins.")
]
SelectOption = Annotated[list[str] | None, typer.Option("--select", metavar="CODE", help="Run only these checks: code, prefix or name (repeatable).")]
IgnoreOption = Annotated[list[str] | None, typer.Option("--ignore", metavar="CODE", help="Skip these checks: code, prefix or name (repeatable).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tqa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="On an internal error (exit 3), show the traceback (or set TQA_DEBUG=1).")] = False,
) -> None:
    """Translation QA for Arabic-English news."""
    _Run.debug = debug or _Run.debug


def _severity(text: str, option: str) -> Severity:
    from tqa.errors import ConfigError
    from tqa.model import Severity

    try:
        return Severity.parse(text)
    except ValueError as error:
        raise ConfigError(f"{option}: {error}") from None


def _severity_overrides(values: list[str] | None) -> tuple[tuple[str, Severity], ...]:
    from tqa.errors import ConfigError

    overrides = []
    for value in values or []:
        code, _, level = value.partition("=")
        if not level:
            raise ConfigError(f"--severity {value!r} is not CODE=LEVEL", fix="write e.g. --severity N103=error")
        overrides.append((code.strip(), _severity(level, "--severity")))
    return tuple(overrides)


@app.command()
def check(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English article, or one bilingual XLIFF/TMX file.")],
    second: Annotated[Path | None, typer.Argument(metavar="EN", help="The other language's article (omit for an XLIFF or TMX file).")] = None,
    glossary: GlossaryOption = None,
    html: Annotated[Path | None, typer.Option(metavar="FILE", help="Write the editor's HTML report here; - for standard output.")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", metavar="FILE", help="Write the JSON report (tqa-report/1) here; - for standard output (then the summary is not printed).")] = None,
    fail_on: Annotated[str | None, typer.Option(metavar="error|warning|info", help="Exit 1 when a finding is at least this severe: error, warning, info.")] = None,
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


def _require_direction(direction: str | None) -> None:
    from tqa.config import require_direction

    if direction is not None:
        require_direction(direction, "--direction", None, fix="write --direction ar-en or --direction en-ar")


def _same_file(a: Path, b: Path) -> bool:
    return str(a) != "-" and a.resolve() == b.resolve()


def _render_html(report: Report, fail_on: Severity) -> str:
    from tqa.report.html_report import render_html  # imported only when asked for: it reads its assets

    return render_html(report, fail_on)


@app.command("checks")
def list_checks() -> None:
    """List every check: code, name, category, default severity."""
    from tqa.checks import ALL_CHECKS

    for c in ALL_CHECKS:
        default = ("" if c.enabled_by_default else "  (off by default)") + ("" if c.needs_source else "  [also on one article alone]")
        typer.echo(f"{c.code}  {c.name:<28} {c.category:<13} {c.severity.label:<8} {c.summary}{default}")


@app.command()
def explain(code: Annotated[str, typer.Argument(metavar="CODE", help="A check code or name, e.g. N102 or name-forbidden.")]) -> None:
    """Print a check's documentation and examples."""
    from tqa.checks import check_by_code
    from tqa.errors import ConfigError

    found = check_by_code(code)
    if found is None:
        raise ConfigError(f"no check {code!r}", fix="run `tqa checks` to list them")
    typer.echo(f"{found.code} {found.name} (category {found.category}, severity {found.severity.label})\n")
    typer.echo(found.doc + "\n")
    for example in found.examples:
        typer.echo("Reported:" if example.fails else "Not reported:")
        source, target = ("en", "ar") if example.direction == "en-ar" else ("ar", "en")
        texts = {"ar": example.ar, "en": example.en}
        typer.echo(f"  source ({source}): {texts[source]}\n  translation ({target}): {texts[target]}")
        if example.reference is not None:
            typer.echo(f"  reference: {example.reference}")
        elif found.category == "reference":
            typer.echo("  (no --reference given)")


@app.command()
def config(
    glossary: GlossaryOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
) -> None:
    """Print the settings in effect (command line > tqa.toml / [tool.tqa] > defaults)."""
    import json

    from tqa.config import load_settings

    overrides = {"glossaries": tuple(str(p) for p in glossary or ()), "select": tuple(select or ()), "ignore": tuple(ignore or ())}
    settings = load_settings(Path.cwd(), overrides)
    typer.echo(json.dumps(settings.as_dict(), ensure_ascii=False, indent=2))


@app.command()
def align(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English text.")],
    second: Annotated[Path, typer.Argument(metavar="EN", help="The other language's text.")],
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="tsv|json|tmx|beads", help="tsv, json, tmx or beads ([i]:[j, k]:score lines).")] = "tsv",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here instead of standard output.")] = None,
    one_per_line: Annotated[bool, typer.Option("--one-per-line", help="Input is already one sentence per line.")] = False,
    gold: Annotated[Path | None, typer.Option(metavar="FILE", help="Gold beads ([i]:[j] lines, source first as --format beads writes them): print strict and lax P/R/F1.")] = None,
    glossary: GlossaryOption = None,
    direction: Annotated[
        str | None, typer.Option(metavar="ar-en|en-ar", help="ar-en (default: Arabic is the source) or en-ar; sets the TMX srclang.")
    ] = None,
) -> None:
    """Align two texts sentence by sentence (replaces LF Aligner for translation memories).

    Example: tqa align article.ar.txt article.en.txt --format tmx -o article.tmx
    """
    from tqa.alignio import FORMATS, render
    from tqa.config import load_settings
    from tqa.errors import ConfigError
    from tqa.glossary_files import load_glossaries
    from tqa.pipeline import align_lines, read_aligned
    from tqa.report.files import write_atomic

    if output_format not in FORMATS:
        raise ConfigError(f"--format {output_format!r} is not one of {', '.join(FORMATS)}")
    expected = None
    if gold:
        # Read before aligning: a malformed gold file must fail before any output is written.
        from tqa.evaluate import parse_beads
        from tqa.readers import load_text

        expected = parse_beads(load_text(gold), str(gold))
    _require_direction(direction)
    settings = load_settings(Path.cwd(), {"glossaries": tuple(str(p) for p in glossary or ()), "direction": direction})
    loaded = load_glossaries([Path(p) for p in settings.glossaries])
    document = align_lines(first, second, settings, loaded) if one_per_line else read_aligned(first, second, settings, loaded)
    text = render(document.beads, document.source, document.target, output_format)
    if output:
        write_atomic(output, text, inputs=(first, second, *(Path(g) for g in settings.glossaries), *([gold] if gold else [])))
    else:
        typer.echo(text, nl=False)
    unpaired = [b for b in document.beads if not b.source or not b.target]
    if output_format == "tmx" and unpaired:
        # A translation memory holds pairs only; say what was left out so that it is not lost silently.
        left_out = sum(len(b.source) + len(b.target) for b in unpaired)
        typer.echo(f"tmx: {left_out} sentence(s) with no counterpart left out; --format tsv lists them", err=True)
    if expected is not None:
        from tqa.evaluate import score_beads

        scores = score_beads(document.beads, expected)
        typer.echo(
            f"strict P {scores.strict_precision:.3f} R {scores.strict_recall:.3f} F1 {scores.strict_f1:.3f} | "
            f"lax P {scores.lax_precision:.3f} R {scores.lax_recall:.3f} F1 {scores.lax_f1:.3f}",
            err=output is None,
        )


@app.command()
def score(
    hypothesis: Annotated[Path, typer.Argument(metavar="HYP", help="The version to score (a translation or an edited copy).")],
    reference: Annotated[Path, typer.Argument(metavar="REF", help="The reference version, in the same language.")],
    json_path: Annotated[Path | None, typer.Option("--json", metavar="FILE", help="Write the scores as JSON (tqa-score/1) here; - for standard output.")] = None,
    one_per_line: Annotated[bool, typer.Option("--one-per-line", help="Inputs are already one sentence per line.")] = False,
    parallel: Annotated[bool, typer.Option("--parallel", help="Line k pairs with line k, as sacrebleu reads files; no aligning.")] = False,
    limit: Annotated[int, typer.Option(metavar="N", help="Rows of the worst-first table (0: all).")] = 20,
) -> None:
    """Score one version against a reference: BLEU, chrF, TER (sacrebleu) and a worst-first sentence table.

    The sentences are aligned first, so merged, split, added and dropped sentences are fine.

    Example: tqa score article.en.md reference.en.md --json scores.json
    """
    import json

    from tqa.report.files import write_atomic
    from tqa.score import render_score_text, score_files, score_json

    result = score_files(hypothesis, reference, one_per_line=one_per_line, parallel=parallel)
    # The JSON is built only when asked for: on 10,000 lines it costs 1 s (#14).
    text = json.dumps(score_json(result), ensure_ascii=False, indent=2) + "\n" if json_path else ""
    if json_path and str(json_path) == "-":
        typer.echo(text, nl=False)
        return
    if json_path:
        write_atomic(json_path, text, inputs=(hypothesis, reference))
    typer.echo(render_score_text(result, limit), nl=False)


@app.command()
def batch(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH...", help="Folders, glob patterns and article files; slug.ar.* pairs with slug.en.*.")] = None,
    manifest: Annotated[Path | None, typer.Option(metavar="FILE.csv", help="A CSV with the columns ar,en,direction,desk, one article per row.")] = None,
    out: Annotated[Path, typer.Option(metavar="DIR", help="Output folder: reports, index.html, cross-article.json, findings.csv/.xlsx.")] = Path("tqa-reports"),
    store: Annotated[Path | None, typer.Option(metavar="PATH", help="The run store (SQLite); default OUT/tqa-runs.sqlite.")] = None,
    scheduler: Annotated[str | None, typer.Option(metavar="tcp://HOST:PORT", help="Run on a Dask distributed cluster (pip install 'tqa[dask]').")] = None,
    workers: Annotated[int | None, typer.Option(metavar="N", min=1, help="Local worker processes (default: every core).")] = None,
    glossary: GlossaryOption = None,
    fail_on: Annotated[str | None, typer.Option(metavar="error|warning|info", help="An article fails when a finding is at least this severe.")] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: Annotated[list[str] | None, typer.Option(metavar="CODE=LEVEL", help="Override a check's severity: CODE=LEVEL (repeatable).")] = None,
    waivers: Annotated[Path | None, typer.Option(metavar="FILE", help="Waivers file exported from an HTML report.")] = None,
    direction: Annotated[str | None, typer.Option(metavar="ar-en|en-ar", help="ar-en (default: Arabic is the source) or en-ar; a manifest row may set its own.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.")] = False,
) -> None:
    """Check many articles at once: reports per article, an index, cross-article consistency, CSV/XLSX.

    Exit codes: 0 every article passes, 1 findings at or above --fail-on in some article,
    2 usage error or some article could not be read, 3 an internal error on some article.

    Example: tqa batch articles/ 'desk/*.md' -g glossaries/syria.yaml --out tqa-reports
    """
    from tqa.batch import run_batch_command

    settings = _check_settings(glossary, fail_on, select, ignore, severity, waivers, direction)
    code = run_batch_command(paths or [], manifest, settings, out, store=store, scheduler=scheduler, workers=workers, quiet=quiet)
    if code:
        raise typer.Exit(code)


@app.command()
def history(
    store: Annotated[Path, typer.Option(metavar="PATH", help="The run store of `tqa batch`.")] = Path("tqa-reports/tqa-runs.sqlite"),
    since: Annotated[str, typer.Option(metavar="30d", help="Only checks this recent: Nd days, Nh hours, or an ISO date.")] = "30d",
    limit: Annotated[int, typer.Option(metavar="N", help="Rows per table.")] = 20,
) -> None:
    """What the run store says: spellings most often wrong, and articles that still fail.

    Example: tqa history --store tqa-reports/tqa-runs.sqlite --since 30d
    """
    from tqa.batch.history import history_text

    typer.echo(history_text(store, since, limit), nl=False)


glossary_app = typer.Typer(help="Glossary tools: lint files, suggest entries from an article pair.", no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")


@glossary_app.command("lint")
def glossary_lint(files: Annotated[list[Path], typer.Argument(metavar="FILE", help="Glossary files (YAML, CSV, TSV, TBX), in override order.")]) -> None:
    """Find duplicates, clashing forms and empty fields; exit 1 when there are any.

    Example: tqa glossary lint glossaries/syria.yaml desk.csv
    """
    from tqa.glossary_lint import lint_glossaries

    problems = lint_glossaries(files)
    for problem in problems:
        typer.echo(str(problem))
    typer.echo(f"{len(problems)} problem(s) in {len(files)} file(s)")
    if problems:
        raise typer.Exit(EXIT_FINDINGS)


@glossary_app.command("suggest")
def glossary_suggest(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English article.")],
    second: Annotated[Path, typer.Argument(metavar="EN", help="The other language's article.")],
    glossary: GlossaryOption = None,
) -> None:
    """Print ready-to-paste glossary entries for names the glossary lacks.

    Example: tqa glossary suggest samples/wheat-energy.ar.md samples/wheat-energy.en.md -g glossaries/syria.yaml
    """
    from tqa.config import load_settings
    from tqa.glossary_files import load_glossaries
    from tqa.name_mining import mine_name_pairs, suggested_entry_yaml
    from tqa.pipeline import read_aligned

    settings = load_settings(Path.cwd(), {"glossaries": tuple(str(p) for p in glossary or ())})
    loaded = load_glossaries([Path(p) for p in settings.glossaries])
    pairs = mine_name_pairs(read_aligned(first, second, settings, loaded), loaded)
    shorts = sum(1 for pair in pairs if pair.short_of is not None)
    typer.echo(f"# {len(pairs) - shorts} name(s) not in the glossary, {shorts} short form(s) of entries; check each spelling before adding it")
    for pair in pairs:
        if pair.short_of is not None:
            typer.echo(f"# add short: {pair.english.text} to {pair.short_of}")
            continue
        typer.echo(suggested_entry_yaml(pair.english.text, pair.arabic_entry_form, kind=pair.kind))


_REPORT_IT = "This is a bug in tqa; please report it (run again with --debug or TQA_DEBUG=1 for the traceback)."


def _debugging() -> bool:
    return _Run.debug or os.environ.get("TQA_DEBUG", "") not in ("", "0")


def _internal_error(error: BaseException, stage: StageError | None) -> None:
    """One line for a bug (exit 3): which stage, which input, what; the traceback on --debug."""
    import traceback

    cause = stage.cause if stage is not None else error
    if _debugging():
        traceback.print_exception(cause, file=sys.stderr)
    if stage is not None:
        where = str(stage)
    else:  # outside the staged pipeline: the command line says what was being read
        where = f"internal error in `{one_line(cut(' '.join(['tqa', *sys.argv[1:]]), 300))}`: {describe(cause)}"
    print(f"tqa: {where}. {_REPORT_IT}", file=sys.stderr)
    sys.exit(EXIT_INTERNAL)


def main() -> None:
    """Entry point: domain errors become one line on stderr and exit 2; a bug, one line and exit 3.

    typer/click handle usage errors themselves (exit 2 with a usage line);
    a TqaError raised inside a command passes through them to here.
    """
    try:
        app()
    except TqaError as error:
        print(f"tqa: error: {error}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except StageError as error:
        _internal_error(error, error)
    except KeyboardInterrupt:
        print("tqa: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_USAGE)  # the reader went away (tqa ... | head): nothing left to tell it
    except OSError as error:
        # Standard output could not be written (a full disk, /dev/full); files have their own errors.
        print(f"tqa: error: cannot write the output: {error.strerror or error}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except Exception as error:  # noqa: BLE001 - anything else is a bug, and never a verdict on the article
        _internal_error(error, None)
