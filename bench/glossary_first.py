"""A desk's first check after it adds or edits a big glossary, against the checks after it.

    python bench/glossary_first.py [--rounds 3] [--before OTHER_CHECKOUT]

The first check with a new or edited glossary compiles it, writes the compiled form
to the cache (tqa/glossary/cache.py) and builds the indexes the checks derive from
all entries (M805's name words, people by surname); every later check reads them
from the cache. Prints, for synthetic desk glossaries of 5,000 and 50,000 entries
(built as bench/speed.py builds them): the load without the cache and on a first
load that writes it (timed inside the process, CPU and wall), and `tqa check` of the
23-sentence sample (the whole process, start-up included) with the glossary new,
then cached, and without the cache. With --before, the same figures for another
checkout of tqa (a `git worktree` or `git archive` of an older commit), measured in
the same rounds, one after the other, so that a busy moment slows both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

SAMPLE = ["samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "-q"]
Figure = tuple[float, float]  # CPU seconds, wall seconds


def child_load(path: str) -> None:
    """Run inside a child whose tqa is the checkout under test (PYTHONPATH)."""
    from tqa.glossary.files import load_glossaries

    cpu, wall = time.process_time(), time.perf_counter()
    load_glossaries([Path(path)])
    print(f"{time.process_time() - cpu:.4f} {time.perf_counter() - wall:.4f}")


def measured(code: Path, command: list[str], cache: str) -> Figure:
    """One process: its own timing if it prints one, else its CPU (os.wait4) and wall."""
    env = {**os.environ, "TQA_CACHE_DIR": cache, "PYTHONPATH": str(code)}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=code, env=env, stdout=subprocess.PIPE, stderr=errors)
        out = child.stdout.read() if child.stdout else b""
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            sys.exit(f"bench: {' '.join(command)} in {code} failed: {errors.read().decode()[-300:]}")
    words = out.decode().split()
    if len(words) == 2 and all(w.replace(".", "").isdigit() for w in words):
        return float(words[0]), float(words[1])
    return usage.ru_utime + usage.ru_stime, wall


def one_round(code: Path, glossaries: dict[int, Path], results: dict[str, list[Figure]]) -> None:
    python = sys.executable
    for entries, path in glossaries.items():
        results.setdefault(f"load, {entries:,} entries, no cache (in process)", []).append(
            measured(code, [python, __file__, "--child", str(path)], "off")
        )
        fresh = tempfile.mkdtemp(prefix="tqa-bench-cache-")
        try:
            results.setdefault(f"load, {entries:,} entries, first, writing the cache (in process)", []).append(
                measured(code, [python, __file__, "--child", str(path)], fresh)
            )
        finally:
            shutil.rmtree(fresh)
        check = [python, "-m", "tqa", "check", *SAMPLE, "-g", str(path)]
        fresh = tempfile.mkdtemp(prefix="tqa-bench-cache-")
        try:
            results.setdefault(f"check of the sample, {entries:,} entries, first (new glossary)", []).append(
                measured(code, check, fresh)
            )
            results.setdefault(f"check of the sample, {entries:,} entries, cached", []).append(measured(code, check, fresh))
        finally:
            shutil.rmtree(fresh)
        results.setdefault(f"check of the sample, {entries:,} entries, no cache", []).append(measured(code, check, "off"))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child_load(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another checkout of tqa to measure in the same rounds")
    args = parser.parse_args()
    from speed import glossary  # the synthetic desk glossary of bench/speed.py

    codes = {"before": args.before.resolve(), "after": ROOT} if args.before else {"this checkout": ROOT}
    with tempfile.TemporaryDirectory() as name:
        glossaries = {entries: glossary(Path(name), entries) for entries in (5_000, 50_000)}
        results: dict[str, dict[str, list[Figure]]] = {label: {} for label in codes}
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.1f}")
        for _ in range(args.rounds):
            for label, code in codes.items():
                one_round(code, glossaries, results[label])
    print(f"| what | {' | '.join(f'{label}: CPU, wall (median of {args.rounds})' for label in codes)} |")
    print(f"|---|{'---|' * len(codes)}")
    for what in results[next(iter(codes))]:
        cells = []
        for label in codes:
            figures = results[label][what]
            cpu, wall = (statistics.median(f[i] for f in figures) for i in (0, 1))
            cells.append(f"{cpu:.2f} s, {wall:.2f} s")
        print(f"| {what} | {' | '.join(cells)} |")
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
