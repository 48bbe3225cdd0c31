"""`tqa batch`: many articles at once, with a run store, an index, cross-article
consistency and spreadsheet exports (issue 15). The CLI calls `run_batch_command`."""

from __future__ import annotations

import sys
from pathlib import Path

from tqa.batch.jobs import Job, expand, pair_files, read_manifest
from tqa.batch.progress import RichProgress, summary_table
from tqa.batch.runner import BatchOptions, BatchOutcome, run_batch
from tqa.config import Settings
from tqa.errors import ConfigError

__all__ = ["BatchInterrupted", "BatchOptions", "BatchOutcome", "Job", "find_jobs", "print_summary", "run_batch", "run_batch_command"]


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: the articles finished so far are in the store, and running the
    same command again goes on from there (what the CLI tells the user instead of the plain
    "tqa: interrupted")."""

    def __init__(self, store: Path) -> None:
        super().__init__(str(store))
        self.store = store


def find_jobs(paths: list[str], manifest: Path | None, out: Path | None = None) -> tuple[Job, ...]:
    if manifest is not None and paths:
        raise ConfigError("give PATH arguments or --manifest, not both", fix="list the articles in the manifest")
    if manifest is not None:
        return read_manifest(manifest)
    if not paths:
        raise ConfigError("no articles given", fix="run `tqa batch FOLDER` or `tqa batch --manifest FILE.csv`")
    return pair_files(expand(paths, exclude=out))


def run_batch_command(
    paths: list[str],
    manifest: Path | None,
    settings: Settings,
    out: Path,
    *,
    store: Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    quiet: bool = False,
) -> BatchOutcome:
    """Run the batch, with a progress bar on a terminal; what it found (print_summary says it)."""

    jobs = find_jobs(paths, manifest, out)
    defaulted = sum(1 for job in jobs if job.mode == "pair" and job.direction is None and not job.problem)
    if settings.direction == "auto" and defaulted and not quiet:
        # As `tqa check` says it: a batch of English originals checked the wrong way
        # round finds little, and nothing else would tell.
        print(
            f"direction: Arabic taken as the source of {defaulted} article pair(s) (the default); for English "
            "originals add --direction en-ar, or a manifest with a direction column per article",
            file=sys.stderr,
        )
    terminal = not quiet and sys.stderr.isatty()
    options = BatchOptions(out, store, scheduler, workers)
    try:
        outcome = run_batch(jobs, settings, options, RichProgress() if terminal else None)
    except KeyboardInterrupt:
        raise BatchInterrupted(options.store_path) from None
    return outcome


def print_summary(outcome: BatchOutcome, out: Path, quiet: bool = False) -> None:
    """The summary: a table on a terminal, one line otherwise; when quiet, one line on
    standard error only for articles that could not be read or checked (exit 2 or 3
    must never be silent)."""
    if quiet and (outcome.unreadable or outcome.crashed):
        print(
            f"tqa: error: {outcome.unreadable} article(s) could not be read and {outcome.crashed} could not be checked; "
            f"each is listed with its reason in {out / 'index.html'}",
            file=sys.stderr,
        )
    if not quiet and sys.stdout.isatty():
        summary_table(outcome, str(out))
    elif not quiet:
        print(
            f"tqa batch: {outcome.articles} article(s), {outcome.checked} checked, {outcome.reused} reused, "
            f"{outcome.failed} with findings, {outcome.unreadable} unreadable, {outcome.crashed} crashed; index: {out / 'index.html'}",
            flush=True,  # a reader gone is seen here, while the verdict is at hand
        )
    if not quiet and outcome.not_checked:
        shown = ", ".join(outcome.not_checked[:5]) + (f" and {len(outcome.not_checked) - 5} more" if len(outcome.not_checked) > 5 else "")
        print(f"not checked: {shown} (each with its reason in {out / 'index.html'})", flush=True)
