"""`tqa check`: one article pair (or one article) in, the reports out.

The options are declared here for typer (help, usage errors); what the command does is
tqa.cli.check_run, which the fast path (tqa.cli.fast) calls without typer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tqa.cli.app import GlossaryOption, IgnoreOption, SelectOption, TqaCommand, app
from tqa.cli.check_run import CheckOptions, check_articles

# The library is imported inside each command, not at the top: `tqa --version`, `tqa checks`
# and shell completion then start in about 0.1 s instead of 0.35 s (issue 14).


@app.command(cls=TqaCommand)
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No findings: print the header line, the counts, the verdict and the signature "
        "(and any failed check, lapsed waiver, legacy encoding or reference score).")] = False,
    reference: Annotated[
        Path | None, typer.Option(metavar="FILE", help="A reference translation (target language): add BLEU/chrF/TER and R701 findings.")
    ] = None,
) -> None:
    """Check a translation: AR and EN articles in either order.

    Example: tqa check samples/moscow-visit.ar.md samples/moscow-visit.en.md -g glossaries/syria.yaml --html report.html
    """
    options = CheckOptions(first, second, glossary, html, json_path, fail_on, select, ignore, severity, waivers, direction, quiet, reference)
    code = check_articles(options, typer.echo)
    if code:
        raise typer.Exit(code)
