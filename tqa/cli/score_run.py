"""What `tqa score` does once its options are parsed, without typer: the typer command
(tqa/cli/align.py) and the fast path (tqa/cli/fast.py) both call `score_versions`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tqa.cli.check_run import Echo


@dataclass(frozen=True)
class ScoreOptions:
    """`tqa score`'s arguments and options, as the command line gave them."""

    hypothesis: Path
    reference: Path
    json_path: Path | None = None
    one_per_line: bool = False
    parallel: bool = False
    limit: int = 20


def score_versions(options: ScoreOptions, echo: Echo) -> int:
    """Score, write the JSON asked for, print the table; the exit code (0)."""
    from tqa.report.files import write_atomic
    from tqa.scoring.render import render_score_text, score_json
    from tqa.scoring.score import score_files

    o = options
    result = score_files(o.hypothesis, o.reference, one_per_line=o.one_per_line, parallel=o.parallel)
    # The JSON is built only when asked for: on 10,000 lines it costs 1 s (#14).
    text = json.dumps(score_json(result), ensure_ascii=False, indent=2) + "\n" if o.json_path else ""
    if o.json_path and str(o.json_path) == "-":
        echo(text, nl=False)
        return 0
    if o.json_path:
        write_atomic(o.json_path, text, inputs=(o.hypothesis, o.reference))
    echo(render_score_text(result, o.limit), nl=False)
    return 0
