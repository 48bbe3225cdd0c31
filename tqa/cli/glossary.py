"""`tqa glossary lint` and `tqa glossary suggest`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tqa.cli.app import EXIT_FINDINGS, EXIT_USAGE, GlossaryOption, TqaCommand, _require_direction, app

# The library is imported inside each command, not at the top: `tqa --version`, `tqa checks`
# and shell completion then start in about 0.1 s instead of 0.35 s (issue 14).


glossary_app = typer.Typer(help="Glossary tools: lint files, suggest entries from an article pair.", no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")


@glossary_app.command("lint", cls=TqaCommand)
def glossary_lint(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", help="Glossary files (YAML, CSV, TSV, TBX), in override order.")],
) -> None:
    """Find invalid entries, duplicates, clashing forms and empty fields, all of them in one
    run, one line each; exit 2 when tqa check would refuse a file, 1 when there are others.

    Example: tqa glossary lint glossaries/syria.yaml desk.csv
    """
    from tqa.glossary.lint import lint_glossaries

    problems = lint_glossaries(files)
    for problem in problems:
        typer.echo(str(problem))
    summary = f"{len(problems)} problem(s) in {len(files)} file(s)"
    fatal = sum(1 for problem in problems if problem.fatal)
    if fatal:
        # Exit 2 says its one line on standard error, as every refusal of tqa does.
        typer.echo(f"tqa: error: {summary}, {fatal} of them fatal: tqa check refuses the glossary until they are fixed", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(summary)
    if problems:
        raise typer.Exit(EXIT_FINDINGS)


@glossary_app.command("suggest", cls=TqaCommand)
def glossary_suggest(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English article.")],
    second: Annotated[Path, typer.Argument(metavar="EN", help="The other language's article.")],
    glossary: GlossaryOption = None,
    direction: Annotated[
        str | None, typer.Option(metavar="ar-en|en-ar", help="ar-en (default: Arabic is the source) or en-ar, as for tqa check.")
    ] = None,
) -> None:
    """Print ready-to-paste glossary entries for names the glossary lacks.

    Example: tqa glossary suggest samples/wheat-energy.ar.md samples/wheat-energy.en.md -g glossaries/syria.yaml
    """
    from tqa.config import load_settings
    from tqa.glossary.files import load_glossaries
    from tqa.glossary.suggest import mine_name_pairs, suggested_entry_yaml
    from tqa.pipeline import read_aligned

    _require_direction(direction)  # the pair is aligned as `tqa check` aligns it, in the same direction
    settings = load_settings(Path.cwd(), {"glossaries": tuple(str(p) for p in glossary or ()), "direction": direction})
    loaded = load_glossaries([Path(p) for p in settings.glossaries])
    pairs = mine_name_pairs(read_aligned(first, second, settings, loaded), loaded)
    shorts = sum(1 for pair in pairs if pair.short_of is not None)
    typer.echo(
        f"# {len(pairs) - shorts} name(s) not in the glossary, {shorts} short form(s) of entries; check each spelling before adding it"
    )
    for pair in pairs:
        if pair.short_of is not None:
            typer.echo(f"# add short: {pair.english.text} to {pair.short_of}")
            continue
        typer.echo(suggested_entry_yaml(pair.entry_english, pair.arabic_entry_form, kind=pair.kind, check=pair.kind_check))
