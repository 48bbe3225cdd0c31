"""`tqa checks`, `tqa explain CODE`, `tqa config`: what tqa checks and with which settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tqa.cli.app import GlossaryOption, IgnoreOption, SelectOption, TqaCommand, app

# The library is imported inside each command, not at the top: `tqa --version`, `tqa checks`
# and shell completion then start in about 0.1 s instead of 0.35 s (issue 14).


@app.command("checks", cls=TqaCommand)
def list_checks() -> None:
    """List every check: code, name, category, default severity."""
    from tqa.checks import ALL_CHECKS

    for c in ALL_CHECKS:
        default = ("" if c.enabled_by_default else "  (off by default)") + (
            "" if c.needs_source else "  [also on one article alone]"
        )
        typer.echo(f"{c.code}  {c.name:<28} {c.category:<13} {c.severity.label:<8} {c.summary}{default}")


@app.command(cls=TqaCommand)
def explain(
    code: Annotated[str, typer.Argument(metavar="CODE", help="A check code or name, e.g. N102 or name-forbidden.")],
) -> None:
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


@app.command(cls=TqaCommand)
def config(glossary: GlossaryOption = None, select: SelectOption = None, ignore: IgnoreOption = None) -> None:
    """Print the settings in effect (command line > tqa.toml / [tool.tqa] > defaults)."""
    from tqa.config import load_settings

    overrides = {
        "glossaries": tuple(str(p) for p in glossary or ()),
        "select": tuple(select or ()),
        "ignore": tuple(ignore or ()),
    }
    settings = load_settings(Path.cwd(), overrides)
    typer.echo(json.dumps(settings.as_dict(), ensure_ascii=False, indent=2))
