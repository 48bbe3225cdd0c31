"""tqa batch on the shared NTREX-128 and FLORES-200 documents: article pairs per second
and peak memory, beside a baseline of one `tqa check` process per article, in one run.

    python bench/batch.py ../shared/data [--baseline 20] [--workers N]

Each document's lines are written as one Arabic and one English article (a line per
paragraph) into a temporary folder; tqa splits and aligns them itself. Printed:
- baseline: `tqa check AR EN -g glossaries/syria.yaml --json FILE`, one process per
  article, on the first N pairs (each process pays Python's start and the imports);
- one process: the whole batch with --workers 1;
- pool: the whole batch on every core (the default), cold (pool start included) and
  warm (from the first finished article to the last).
Peak memory is the largest resident set of the main process and of any worker.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import data_parser, require

from tqa.batch import find_jobs
from tqa.batch.runner import BatchOptions, run_batch
from tqa.batch.worker import ArticleResult
from tqa.config import Settings

SETS = ("ntrex128-news", "flores200-devtest")
GLOSSARY = ROOT / "glossaries" / "syria.yaml"


def write_articles(data: Path, folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for name in SETS:
        for doc in sorted((data / name / "docs").iterdir()):
            ar = [line for line in (doc / "ar.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
            en = [line for line in (doc / "en.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
            if not ar or not en:
                continue
            slug = f"{name.split('-')[0]}-{doc.name}"
            paths = (folder / f"{slug}.ar.txt", folder / f"{slug}.en.txt")
            paths[0].write_text("\n\n".join(ar) + "\n", encoding="utf-8")
            paths[1].write_text("\n\n".join(en) + "\n", encoding="utf-8")
            pairs.append(paths)
    return pairs


class Clock:
    """A progress sink that notes when the first and the last article finish."""

    def __init__(self) -> None:
        self.first = self.last = 0.0
        self.done = 0

    def start(self, total: int, reused: int) -> None:
        pass

    def advance(self, result: ArticleResult) -> None:
        self.done += 1
        self.last = time.perf_counter()
        self.first = self.first or self.last

    def stop(self) -> None:
        pass


def batch(folder: Path, out: Path, workers: int | None) -> tuple[int, float, float, int]:
    """(articles, seconds, warm seconds from first to last result, failed to read or crashed)."""
    jobs = find_jobs([str(folder)], None)
    clock = Clock()
    started = time.perf_counter()
    outcome = run_batch(jobs, Settings(glossaries=(str(GLOSSARY),)), BatchOptions(out, workers=workers), clock)
    seconds = time.perf_counter() - started
    return outcome.articles, seconds, clock.last - clock.first, outcome.unreadable + outcome.crashed


def baseline(pairs: list[tuple[Path, Path]], out: Path) -> tuple[float, int]:
    """Seconds for one `tqa check` process per pair, and the largest process's peak RSS (kB)."""
    peak = 0
    started = time.perf_counter()
    for n, (ar, en) in enumerate(pairs):
        command = [sys.executable, "-m", "tqa", "check", str(ar), str(en), "-g", str(GLOSSARY), "--json", str(out / f"{n}.json")]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        peak = max(peak, usage.ru_maxrss)
    return time.perf_counter() - started, peak


def main() -> None:
    parser = data_parser(__doc__)
    parser.add_argument("--baseline", type=int, default=20, help="pairs for the one-process-per-article baseline")
    parser.add_argument("--workers", type=int, default=None, help="pool size (default: every core)")
    args = parser.parse_args()
    data, sample, workers = require(args.data, *SETS), args.baseline, args.workers
    with tempfile.TemporaryDirectory() as temp:
        folder, root = Path(temp) / "articles", Path(temp)
        folder.mkdir()
        pairs = write_articles(data, folder)
        cores = workers or os.cpu_count() or 1
        print(f"{len(pairs)} article pairs ({', '.join(SETS)}); {os.cpu_count()} cores")
        n, seconds, warm, bad = batch(folder, root / "pool", workers)
        pool_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(
            f"pool ({cores} workers): {n} pairs in {seconds:.1f} s = {n / seconds:.1f} pairs/s cold, "
            f"{(n - 1) / warm:.1f} pairs/s warm; largest worker {pool_peak / 1024:.0f} MB; {bad} unreadable or crashed"
        )
        n, seconds, warm, _ = batch(folder, root / "one", 1)
        print(
            f"one process: {n} pairs in {seconds:.1f} s = {n / seconds:.1f} pairs/s; "
            f"main process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
        (root / "baseline").mkdir()
        seconds, peak = baseline(pairs[:sample], root / "baseline")
        print(
            f"baseline, one `tqa check` process per pair: {min(sample, len(pairs))} pairs in {seconds:.1f} s = "
            f"{min(sample, len(pairs)) / seconds:.2f} pairs/s; largest process {peak / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
