"""`tqa align` (two texts to sentence pairs) and `tqa score` (a version against a reference)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tqa.cli.app import GlossaryOption, TqaCommand, _require_direction, app
from tqa.cli.common import print_whole
from tqa.cli.score_run import ScoreOptions, score_versions

if TYPE_CHECKING:
    from tqa.model import Bead

# The library is imported inside each command, not at the top: `tqa --version`, `tqa checks`
# and shell completion then start in about 0.1 s instead of 0.35 s (issue 14).


@app.command(cls=TqaCommand)
def align(
    first: Annotated[Path, typer.Argument(metavar="AR", help="The Arabic or the English text.")],
    second: Annotated[Path, typer.Argument(metavar="EN", help="The other language's text.")],
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="tsv|json|tmx|beads", help="tsv, json, tmx or beads (i:j,k:score).")] = "tsv",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here instead of standard output.")] = None,
    one_per_line: Annotated[bool, typer.Option("--one-per-line", help="Input is already one sentence per line.")] = False,
    gold: Annotated[Path | None, typer.Option(metavar="FILE",
        help="Gold beads ([i]:[j] lines, source first as --format beads writes them): print strict and lax P/R/F1.")] = None,
    glossary: GlossaryOption = None,
    direction: Annotated[
        str | None, typer.Option(metavar="ar-en|en-ar", help="ar-en (default: Arabic is the source) or en-ar; sets the TMX srclang.")
    ] = None,
) -> None:
    """Align two texts sentence by sentence (replaces LF Aligner for translation memories).

    Example: tqa align article.ar.txt article.en.txt --format tmx -o article.tmx
    """
    from tqa.align.io import FORMATS, render
    from tqa.config import load_settings
    from tqa.errors import ConfigError
    from tqa.glossary.files import load_glossaries
    from tqa.pipeline import align_lines, read_aligned

    if output_format not in FORMATS:
        raise ConfigError(f"--format {output_format!r} is not one of {', '.join(FORMATS)}")
    # Read before aligning: a malformed gold file must fail before any output is written.
    expected = _read_gold(gold) if gold else None
    _require_direction(direction)
    settings = load_settings(Path.cwd(), {"glossaries": tuple(str(p) for p in glossary or ()), "direction": direction})
    loaded = load_glossaries([Path(p) for p in settings.glossaries])
    document = align_lines(first, second, settings, loaded) if one_per_line else read_aligned(first, second, settings, loaded)
    text = render(document.beads, document.source, document.target, output_format)
    _write(text, output, (first, second, *(Path(g) for g in settings.glossaries), *([gold] if gold else [])))
    unpaired = [b for b in document.beads if not b.source or not b.target]
    if output_format == "tmx" and unpaired:
        # A translation memory holds pairs only; say what was left out so that it is not lost silently.
        left_out = sum(len(b.source) + len(b.target) for b in unpaired)
        typer.echo(f"tmx: {left_out} sentence(s) with no counterpart left out; --format tsv lists them", err=True)
    if expected is not None:
        _print_gold_scores(document.beads, expected, err=output is None)


def _read_gold(gold: Path) -> tuple[Bead, ...]:
    from tqa.align.evaluation import parse_beads
    from tqa.readers import load_text

    return parse_beads(load_text(gold), str(gold))


def _write(text: str, output: Path | None, inputs: tuple[Path, ...]) -> None:
    from tqa.report.files import write_atomic

    if output:
        write_atomic(output, text, inputs=inputs)
    else:
        print_whole(text)


def _print_gold_scores(beads: tuple[Bead, ...], expected: tuple[Bead, ...], err: bool) -> None:
    from tqa.align.evaluation import evaluate_beads

    scores = evaluate_beads(beads, expected)
    typer.echo(
        f"strict P {scores.strict_precision:.3f} R {scores.strict_recall:.3f} F1 {scores.strict_f1:.3f} | "
        f"lax P {scores.lax_precision:.3f} R {scores.lax_recall:.3f} F1 {scores.lax_f1:.3f}",
        err=err,
    )


@app.command(cls=TqaCommand)
def score(
    hypothesis: Annotated[Path, typer.Argument(metavar="HYP", help="The version to score (a translation or an edited copy).")],
    reference: Annotated[Path, typer.Argument(metavar="REF", help="The reference version, in the same language.")],
    json_path: Annotated[Path | None, typer.Option("--json", metavar="FILE",
        help="Write the scores as JSON (tqa-score/1) here; - for standard output.")] = None,
    one_per_line: Annotated[bool, typer.Option("--one-per-line", help="Inputs are already one sentence per line.")] = False,
    parallel: Annotated[bool, typer.Option("--parallel", help="Line k pairs with line k, as sacrebleu reads files; no aligning.")] = False,
    limit: Annotated[int, typer.Option(metavar="N", min=0, help="Rows of the worst-first table (0: all).")] = 20,
) -> None:
    """Score one version against a reference: BLEU, chrF, TER (sacrebleu) and a worst-first sentence table.

    The sentences are aligned first, so merged, split, added and dropped sentences are fine.

    Example: tqa score article.en.md reference.en.md --json scores.json
    """
    score_versions(ScoreOptions(hypothesis, reference, json_path, one_per_line, parallel, limit), typer.echo)
