"""The terminal side of a batch (rich): a progress bar for runs longer than a second and
a summary table at the end. Quiet when standard error is not a terminal, and with -q."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from tqa.batch.worker import OK, ArticleResult

if TYPE_CHECKING:
    from tqa.batch.runner import BatchOutcome

SHOW_AFTER = 1.0  # seconds: a quick run needs no bar


class RichProgress:
    """articles done / to do, rate, ETA and failures so far; shown once a run has taken a second."""

    def __init__(self) -> None:
        from rich.console import Console  # rich only when a batch shows progress (heavy import)

        self.console = Console(stderr=True)
        self.bar: Any = None
        self.task: Any = None
        self.total = 0
        self.done = 0
        self.failures = 0
        self.started = 0.0

    def start(self, total: int, reused: int) -> None:
        self.total, self.started = total - reused, time.monotonic()
        if reused:
            self.console.print(f"tqa batch: {reused} unchanged article(s) reused from the store, {self.total} to check")

    def advance(self, result: ArticleResult) -> None:
        self.done += 1
        self.failures += result.status != OK
        if self.bar is None and time.monotonic() - self.started > SHOW_AFTER and self.done < self.total:
            self._open()
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done, failures=self.failures, rate=self._rate())

    def _open(self) -> None:
        # rich is heavy: imported only when the bar is shown.
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[progress.data.speed]{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failures]} could not be checked"),
            console=self.console,
            transient=True,
        )
        self.bar.start()
        self.task = self.bar.add_task(
            "articles", total=self.total, completed=self.done, failures=self.failures, rate=self._rate()
        )

    def _rate(self) -> str:
        elapsed = time.monotonic() - self.started
        return f"{self.done / elapsed:.1f} articles/s" if elapsed > 0 else ""

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def summary_table(outcome: BatchOutcome, out: str) -> None:
    """The end-of-run table, on standard output."""
    from rich.console import Console  # rich only at the end of a batch (heavy import)
    from rich.table import Table

    table = Table(title=f"tqa batch: {outcome.articles} article(s) → {out}")
    table.add_column("articles", justify="right")
    for name in ("checked", "reused", "with findings ≥ fail-on", "could not be read", "crashed"):
        table.add_column(name, justify="right")
    table.add_row(
        str(outcome.articles),
        str(outcome.checked),
        str(outcome.reused),
        str(outcome.failed),
        str(outcome.unreadable),
        str(outcome.crashed),
    )
    Console().print(table)
