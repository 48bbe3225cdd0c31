"""Every speed figure of issue #14 in one run, as ratios against a reference program.

    python bench/speed.py ../shared/data [--rounds 5] [--parts checks glossaries score align] [--baseline DIR]

Each figure is a separate process, timed from outside (wall clock, CPU time and
peak resident memory of that one process, by os.wait4), in paired rounds: each
round runs the reference program and then the measured one, and the ratio is
taken within the round, so a slow moment of a shared machine slows both. The
tables show medians over the rounds and the spread of the wall time (min-max),
which is the noise. References: `python -c pass` for start-up and checks,
sacrebleu's own CLI for `tqa score`, the `galechurch` package (if installed:
`pip install -e ".[bench]"`) for the aligner.

Inputs are built in a temporary folder: a ~100-sentence NTREX-128 pair (whole
documents joined), synthetic desk glossaries of 5,000 and 50,000 entries
(bench/glossary.py), reference/hypothesis line files cut from the shared sets'
English sentences (1,000 and 10,000 lines; an edited copy line for line for
--parallel, and one with dropped, added and merged sentences for the aligned
mode, whose sacrebleu reference is the line-for-line pair of the same size),
and 10,000 Arabic and English sentences a side for the aligner. Glossaries are timed
without the compiled-glossary cache (TQA_CACHE_DIR=off), on a first load that writes it,
and cached (tqa/glossary/cache.py); a check's first run with a new or edited 50,000-entry
glossary is timed whole, start-up, compiling and caching included.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from shared_data import require

PY = sys.executable
TQA = [PY, "-m", "tqa"]
SACREBLEU = [PY, "-m", "sacrebleu"]
SETS = ("ntrex128-news", "flores200-devtest", "iwslt17-ted-talks")
PARTS = ("checks", "glossaries", "score", "align")
SAMPLE = ["samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "-q"]


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    inner: float | None  # seconds the child measured itself (a library call), if it says


def run(command: list[str]) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    out = child.stdout.read() if child.stdout else b""
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed with exit {child.returncode}")
    last = out.decode().strip().splitlines()[-1:] or [""]
    inner = float(last[0].removeprefix("seconds ")) if last[0].startswith("seconds ") else None
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, inner)


def paired(
    reference: list[str], measured: list[str], rounds: int, glossary_cleared_from: Path | None = None
) -> tuple[list[Run], list[Run]]:
    """With `glossary_cleared_from` (a cache folder), each measured run gets a new
    TQA_CACHE_DIR holding that folder's files but its compiled glossaries: the first
    check after a desk adds or edits a glossary (bench/glossary_first.py)."""
    refs, runs = [], []
    for _ in range(rounds):
        refs.append(run(reference))
        prefix = []
        if glossary_cleared_from is not None:
            fresh = Path(tempfile.mkdtemp(dir=glossary_cleared_from.parent))
            for kept in glossary_cleared_from.iterdir():
                if not kept.name.startswith("glossary-"):
                    shutil.copy2(kept, fresh / kept.name)
            prefix = ["env", f"TQA_CACHE_DIR={fresh}"]
        runs.append(run([*prefix, *measured]))
    return refs, runs


def row(label: str, refs: list[Run], runs: list[Run], ref_label: str) -> str:
    def med(values: list[float]) -> float:
        return statistics.median(values)

    walls = [r.inner if r.inner is not None else r.wall for r in runs]
    ref_walls = [r.inner if r.inner is not None else r.wall for r in refs]
    ratio = med([w / max(b, 1e-9) for w, b in zip(walls, ref_walls, strict=False)])
    return (
        f"| {label} | {med(walls):.3f} s ({min(walls):.2f}-{max(walls):.2f}) | {med([r.cpu for r in runs]):.2f} s | "
        f"{max(r.rss_mb for r in runs):.0f} MB | {ref_label} {med(ref_walls):.3f} s, {max(r.rss_mb for r in refs):.0f} MB | {ratio:.2f}x |"
    )


# ---------------------------------------------------------------- inputs


def ntrex_pair(data: Path, folder: Path, wanted: int = 100) -> tuple[Path, Path, int]:
    ar_docs, en_docs, lines = [], [], 0
    for doc in sorted((data / "ntrex128-news" / "docs").iterdir()):
        ar, en = ((doc / f"{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ar", "en"))
        if len(ar) != len(en):
            continue
        kept = [(a, e) for a, e in zip(ar, en, strict=False) if a.strip() and e.strip()]
        ar_docs.append("\n".join(a for a, _ in kept))
        en_docs.append("\n".join(e for _, e in kept))
        lines += len(kept)
        if lines >= wanted:
            break
    paths = folder / "ntrex.ar.txt", folder / "ntrex.en.txt"
    for path, docs in zip(paths, (ar_docs, en_docs), strict=False):
        path.write_text("\n\n".join(docs) + "\n", encoding="utf-8")
    return paths[0], paths[1], lines


def glossary(folder: Path, entries: int) -> Path:
    """Entries built as bench/glossary.py builds them, with names of up to six syllables
    (its two to four give only 41,356 distinct names)."""
    from glossary import _SYLLABLES

    rng = random.Random(7)
    path = folder / f"desk{entries}.csv"
    seen: set[str] = set()
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "type", "en", "ar", "variants", "forbidden"])
        writer.writeheader()
        while len(seen) < entries:
            parts = [rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 6))]
            latin, arabic = "".join(p[0] for p in parts).capitalize(), "".join(p[1] for p in parts)
            if latin in seen:
                continue
            seen.add(latin)
            first = rng.choice(_SYLLABLES)
            given = first[0].capitalize()
            writer.writerow(
                {
                    "id": f"syn-{len(seen)}",
                    "type": rng.choice(["person", "place"]),
                    "en": f"{given}mad al-{latin}",
                    "ar": f"{first[1]}مد {arabic}|ال{arabic}",
                    "variants": f"{given}mad el-{latin}",
                    "forbidden": f"{given}mad al-{latin}h",
                }
            )
    return path


def sentence_pools(data: Path) -> tuple[list[str], list[str]]:
    ar: list[str] = []
    en: list[str] = []
    for name in SETS:
        for doc in sorted((data / name / "docs").iterdir()):
            a, e = ((doc / f"{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in ("ar", "en"))
            if len(a) == len(e):
                kept = [(x, y) for x, y in zip(a, e, strict=False) if x.strip() and y.strip()]
                ar += [x for x, _ in kept]
                en += [y for _, y in kept]
    return ar, en


def score_files(pool: list[str], folder: Path, count: int) -> tuple[Path, Path, Path]:
    """Reference lines, a line-for-line edited copy, and a copy with drops, additions and merges."""
    rng = random.Random(count)
    ref = [pool[k % len(pool)] for k in range(count)]
    parallel, aligned = [], []
    for line in ref:
        words = line.split()
        if rng.random() < 0.25 and len(words) > 3:
            words.insert(rng.randrange(1, len(words)), rng.choice(("reportedly", "also", "again", "publicly")))
        parallel.append(" ".join(words))
    k = 0
    while k < count:
        roll = rng.random()
        if roll < 0.04:
            k += 1  # dropped
        elif roll < 0.08 and k + 1 < count:
            aligned.append(parallel[k].rstrip(".") + ", and " + parallel[k + 1])
            k += 2
        else:
            aligned.append(parallel[k])
            if roll > 0.97:
                aligned.append(f"The statement was issued on day {rng.randrange(1000)} of a long process of consultations.")
            k += 1
    paths = folder / f"ref{count}.txt", folder / f"par{count}.txt", folder / f"hyp{count}.txt"
    for path, lines in zip(paths, (ref, parallel, aligned), strict=False):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


# ---------------------------------------------------------------- children (one library call, timed inside)


def child(args: list[str]) -> None:
    kind, *rest = args
    if kind == "glossary":
        # rest: the glossary, and the cache: "off", "fresh" (an empty folder: the load
        # writes it) or a folder a first run has filled
        fresh = tempfile.mkdtemp() if rest[1] == "fresh" else None
        os.environ["TQA_CACHE_DIR"] = fresh or rest[1]
        from tqa.glossary.files import load_glossaries

        start = time.perf_counter()
        load_glossaries([Path(rest[0])])
        if fresh:
            print(f"seconds {time.perf_counter() - start:.4f}")
            shutil.rmtree(fresh)
            return
    else:
        side = int(rest[0])
        ar_pool, en_pool = (Path(p).read_text(encoding="utf-8").splitlines() for p in rest[1:3])
        ar, en = (ar_pool * (side // len(ar_pool) + 1))[:side], (en_pool * (side // len(en_pool) + 1))[:side]
        if kind == "align":
            from tqa.align.bilingual import align_sentences

            start = time.perf_counter()
            align_sentences(ar, en, "ar", "en")
        else:
            import galechurch  # type: ignore[import-not-found]

            start = time.perf_counter()
            galechurch.align(ar, en, max_block_size=side * side + 1)
    print(f"seconds {time.perf_counter() - start:.4f}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--rounds", type=int, default=5, help="paired rounds for the short runs (long ones: half)")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another tqa source tree (say `git archive COMMIT tqa | tar -x -C DIR`): its checks are timed "
        "beside this code's, in the same rounds, with the same interpreter and libraries",
    )
    parser.add_argument(
        "--parts",
        nargs="+",
        choices=PARTS,
        default=list(PARTS),
        help="what to time: start-up and checks, glossaries, scoring, the aligner (default: all)",
    )
    args = parser.parse_args()
    data = require(args.data, *SETS)
    short, long = args.rounds, max(1, (args.rounds + 1) // 2)
    # Timed with compiled bytecode, as installed: an edited checkout's stale .pyc files would
    # otherwise be compiled again on every run (PYTHONDONTWRITEBYTECODE keeps them stale).
    for tree in (ROOT / "tqa", *([args.baseline / "tqa"] if args.baseline else [])):
        compileall.compile_dir(tree, quiet=1)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, commit {commit or '?'}, load average at start {os.getloadavg()[0]:.1f}"
    )
    print("| what | wall, median (min-max) | CPU | peak memory | reference | ratio |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if "checks" in args.parts:
            checks(data, folder, short, args.baseline)
        if "glossaries" in args.parts:
            glossaries(data, folder, short)
        if "score" in args.parts:
            scoring(data, folder, short, long)
        if "align" in args.parts:
            aligner(data, folder, long)
    print(f"load average at end {os.getloadavg()[0]:.1f} (2 shared cores: ratios are steadier than seconds)")


def checks(data: Path, folder: Path, rounds: int, baseline: Path | None = None) -> None:
    """Start-up and a check of the sample and of the NTREX pair, each run once first: the
    first check in a new environment writes tqa's caches (dependency versions, langdetect's
    n-gram rows), and a translator runs it many times. With a baseline tree, its two checks
    are the reference of this code's, round by round."""
    base = [PY, "-c", "pass"]
    ar, en, lines = ntrex_pair(data, folder)
    checked = [("check, 23-sentence sample", SAMPLE), (f"check, NTREX pair ({lines} segment pairs)", [str(ar), str(en), "-q"])]
    cases = [
        ("tqa --version", [*TQA, "--version"]),
        ("import tqa.cli", [PY, "-c", "import tqa.cli"]),
        *((label, [*TQA, "check", *args]) for label, args in checked),
    ]
    for _, command in cases[2:]:
        run(command)
    for label, command in cases:
        print(row(label, *paired(base, command, rounds), "python -c pass"), flush=True)
    if baseline is not None:
        tree = baseline.resolve()
        for label, args in checked:
            old = [PY, "-c", _FROM_TREE, str(tree), "check", *args]
            run(old)
            print(
                row(f"{label}, against the baseline", *paired(old, [*TQA, "check", *args], rounds), f"baseline {tree.name}"),
                flush=True,
            )


# Runs `python -m tqa ARGS` from another source tree: that tree first on the path, and the
# editable install's finder (which would load this checkout's tqa) removed.
_FROM_TREE = (
    "import runpy, sys\n"
    "sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f) and 'editable' not in type(f).__module__]\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "sys.argv = ['tqa', *sys.argv[2:]]\n"
    "runpy.run_module('tqa', run_name='__main__', alter_sys=True)\n"
)


def glossaries(data: Path, folder: Path, rounds: int) -> None:
    """Glossaries without the compiled-glossary cache, on the first load (writing it), and
    cached; each cached check's cache is filled by one run first, and the first check with
    the 50,000-entry glossary (new or edited) starts each round from that cache without
    its compiled glossaries."""
    base = [PY, "-c", "pass"]
    ar, en, _ = ntrex_pair(data, folder)
    cases: list[tuple[str, list[str]]] = []
    cache = folder / "cache"
    off, cached = ["env", "TQA_CACHE_DIR=off"], ["env", f"TQA_CACHE_DIR={cache}"]
    for entries in (5_000, 50_000):
        path = glossary(folder, entries)
        for mode in ("off", "fresh", str(cache)):
            label = {"off": "no cache", "fresh": "first, writing the cache"}.get(mode, "cached")
            cases.append(
                (
                    f"glossary load, {entries:,} entries, {label} (in process)",
                    [PY, __file__, "--child", "glossary", str(path), mode],
                )
            )
        for label, prefix in (("no cache", off), ("cached", cached)):
            cases.append(
                (f"check of the sample with {entries:,} entries, {label}", [*prefix, *TQA, "check", *SAMPLE, "-g", str(path)])
            )
        run([*cached, *TQA, "check", *SAMPLE, "-g", str(path)])
    for label, prefix in (("no cache", off), ("cached", cached)):
        cases.append(
            (f"check, NTREX pair with 50,000 entries, {label}", [*prefix, *TQA, "check", str(ar), str(en), "-q", "-g", str(path)])
        )
    run([*cached, *TQA, "check", str(ar), str(en), "-q", "-g", str(path)])
    for label, command in cases:
        print(row(label, *paired(base, command, rounds), "python -c pass"), flush=True)
    first = [*TQA, "check", *SAMPLE, "-g", str(path)]
    label = "check of the sample with 50,000 entries, first (new glossary: compiled and cached)"
    print(row(label, *paired(base, first, rounds, glossary_cleared_from=cache), "python -c pass"), flush=True)


def scoring(data: Path, folder: Path, short: int, long: int) -> None:
    _, pool = sentence_pools(data)
    for count in (1_000, 10_000):
        rounds = short if count <= 1_000 else long
        ref, parallel, aligned = score_files(pool, folder, count)
        baseline = [*SACREBLEU, str(ref), "-i", str(parallel), "-m", "bleu", "chrf", "ter"]
        for label, command in (
            (f"tqa score --parallel, {count:,} lines", [*TQA, "score", str(parallel), str(ref), "--parallel"]),
            (f"tqa score aligned, {count:,} lines", [*TQA, "score", str(aligned), str(ref), "--one-per-line"]),
        ):
            print(row(label, *paired(baseline, command, rounds), "sacrebleu CLI"), flush=True)


def aligner(data: Path, folder: Path, rounds: int) -> None:
    ar, en = sentence_pools(data)
    pools = folder / "pool.ar", folder / "pool.en"
    for path, pool in zip(pools, (ar, en), strict=False):
        path.write_text("\n".join(pool) + "\n", encoding="utf-8")
    side = 10_000
    command = [PY, __file__, "--child", "align", str(side), *map(str, pools)]
    try:
        import galechurch  # type: ignore[import-not-found]  # noqa: F401  (bench extra)

        reference, ref_label = [PY, __file__, "--child", "galechurch", str(side), *map(str, pools)], "galechurch"
    except ImportError:
        reference, ref_label = [PY, "-c", "pass"], "python -c pass (galechurch not installed)"
    print(row(f"aligner, {side:,} sentences a side (in process)", *paired(reference, command, rounds), ref_label), flush=True)


if __name__ == "__main__":
    main()
