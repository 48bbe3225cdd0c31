"""The long fuzz run of issue 12: N hostile or broken inputs per family, one table.

    python bench/fuzz.py --examples 10000 [--family docx] [--cli-every 20] [--workers 2]

Every example goes through the reader or loader it reaches, in-process
(tests/fuzz/harness.py run_boundary: milliseconds); one in --cli-every also
through the whole CLI (`tqa check` with --json and --html, `tqa glossary lint`),
which checks exit codes, one-line errors, untouched inputs and reports. Worker
processes run the examples; one that takes over 20 s is killed and counted as a
hang. Peak MB is the largest resident size a worker reached. Failing inputs are
saved under --save (default fuzz-failures/) as minimal reproducers.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz.harness import Outcome, run_boundary, run_cli
from tests.fuzz.inputs import FAMILIES, make_case

HANG_SECONDS = 20.0
MEMORY_CAP = 3 * 1024**3  # address space per worker: a runaway allocation fails instead of swapping


def _worker(conn: Connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    while True:
        job = conn.recv()
        if job is None:
            return
        family, seed, cli = job
        case = make_case(family, seed)
        with tempfile.TemporaryDirectory() as folder:
            outcome = run_boundary(case, Path(folder) / "boundary")
            if not outcome.failed and cli:
                outcome = run_cli(case, Path(folder) / "cli")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        conn.send((outcome, case.note, peak))


@dataclass
class Row:
    inputs: int = 0
    cli: int = 0
    tracebacks: int = 0
    hangs: int = 0
    other: int = 0  # bad exit codes, modified inputs, partial reports, stray files
    peak_mb: float = 0.0
    notes: Counter[str] = field(default_factory=Counter)


class Pool:
    """Workers fed one job at a time, so that a hang is killed alone."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.workers: list[tuple[mp.Process, Connection]] = [self._start() for _ in range(size)]

    def _start(self) -> tuple[mp.Process, Connection]:
        parent, child = mp.Pipe()
        process = mp.Process(target=_worker, args=(child,), daemon=True)
        process.start()
        return process, parent

    def run(self, jobs: list[tuple[str, int, bool]], record: callable) -> None:  # type: ignore[valid-type]
        pending = list(reversed(jobs))
        busy: dict[int, tuple[tuple[str, int, bool], float]] = {}
        while pending or busy:
            for index in range(self.size):
                if index not in busy and pending:
                    job = pending.pop()
                    self.workers[index][1].send(job)
                    busy[index] = (job, time.monotonic())
            ready = wait([self.workers[i][1] for i in busy], timeout=1.0)
            for index in list(busy):
                process, conn = self.workers[index]
                job, started = busy[index]
                if conn in ready:
                    try:
                        outcome, note, peak = conn.recv()
                    except EOFError:  # the worker died (killed by the memory cap, a crash in C)
                        outcome, note, peak = Outcome("traceback", f"worker died (exit {process.exitcode})"), "", 0.0
                        self.workers[index] = self._start()
                    record(job, outcome, note, peak)
                    del busy[index]
                elif time.monotonic() - started > HANG_SECONDS:
                    process.kill()
                    process.join()
                    self.workers[index] = self._start()
                    record(job, Outcome("hang", f"over {HANG_SECONDS:.0f} s"), "", 0.0)
                    del busy[index]

    def close(self) -> None:
        for process, conn in self.workers:
            conn.send(None)
            process.join(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=1000, help="inputs per family")
    parser.add_argument("--family", choices=sorted(FAMILIES), action="append", help="only this family (repeatable)")
    parser.add_argument("--cli-every", type=int, default=20, help="drive the whole CLI for one example in this many")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="first seed (runs are reproducible)")
    parser.add_argument("--save", type=Path, default=Path("fuzz-failures"), help="folder for failing inputs")
    args = parser.parse_args()
    families = args.family or list(FAMILIES)
    rows = {family: Row() for family in families}
    started = time.monotonic()

    def record(job: tuple[str, int, bool], outcome: Outcome, note: str, peak: float) -> None:
        family, seed, cli = job
        row = rows[family]
        row.inputs += 1
        row.cli += cli
        row.peak_mb = max(row.peak_mb, peak)
        if outcome.kind == "traceback":
            row.tracebacks += 1
        elif outcome.kind == "hang":
            row.hangs += 1
        elif outcome.failed:
            row.other += 1
        if outcome.failed:
            row.notes[f"{outcome.kind}: {outcome.detail}"] += 1
            _save(args.save, family, seed, outcome, note)

    for family in families:
        # Fresh workers per family: a worker's peak resident size only grows, so it is the family's own.
        jobs = [(family, seed, seed % args.cli_every == 0) for seed in range(args.seed, args.seed + args.examples)]
        pool = Pool(args.workers)
        try:
            pool.run(jobs, record)
        finally:
            pool.close()
    _print_table(rows, time.monotonic() - started, args)


def _save(folder: Path, family: str, seed: int, outcome: Outcome, note: str) -> None:
    case = make_case(family, seed)
    target = folder / f"{family.replace('/', '-')}-{seed}"
    target.mkdir(parents=True, exist_ok=True)
    (target / case.name).write_bytes(case.data)
    (target / "WHAT.txt").write_text(
        f"{family} seed {seed}: {note or case.note} -> {outcome.kind} {outcome.detail}\n", encoding="utf-8"
    )


def _print_table(rows: dict[str, Row], seconds: float, args: argparse.Namespace) -> None:
    print(
        f"fuzz: {args.examples} examples per family from seed {args.seed}, the whole CLI for 1 in {args.cli_every}, {args.workers} workers, {seconds:.0f} s"
    )
    print("| family | inputs | tracebacks | hangs over 20 s | peak MB | notes |")
    print("|---|---|---|---|---|---|")
    for family, row in rows.items():
        notes = "; ".join(f"{text} ×{n}" for text, n in row.notes.most_common(6)) or "none"
        if row.other:
            notes = f"{row.other} other failures; " + notes
        print(
            f"| {family} | {row.inputs:,} ({row.cli:,} via the CLI) | {row.tracebacks} | {row.hangs} | {row.peak_mb:.0f} | {notes} |"
        )
    if any(row.notes for row in rows.values()):
        print(f"failing inputs saved under {args.save}/")


if __name__ == "__main__":
    main()
