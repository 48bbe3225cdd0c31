"""A reader that goes away (`tqa check … | head -1`): tqa goes quiet, and its exit code
still means what README's table says. A check's verdict is reached before it prints, so
it stands (0 or 1); a command cut off before it had finished exits 130, never 1, which
CI reads as findings."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.signals import default_sigint

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ("samples/clean.ar.md", "samples/clean.en.md")
PLANTED = ("samples/moscow-visit.ar.md", "samples/moscow-visit.en.md")


def _reader_gone(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run tqa with standard output a pipe whose reader has already closed it."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "tqa", *args], stdout=write, stderr=subprocess.PIPE, text=True, cwd=cwd, timeout=120, check=False
        )
    finally:
        os.close(write)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((*CLEAN,), 0),
        ((*CLEAN, "--json", "-"), 0),
        ((*CLEAN, "--html", "-"), 0),
        ((*PLANTED,), 1),
        ((*PLANTED, "--json", "-"), 1),
        ((*PLANTED, "--quiet"), 1),
    ],
    ids=["clean", "clean-json", "clean-html", "findings", "findings-json", "findings-quiet"],
)
def test_a_check_keeps_its_verdict_when_the_reader_goes_away(args: tuple[str, ...], code: int) -> None:
    done = _reader_gone("check", *args)
    assert (done.returncode, done.stderr) == (code, "")


def test_the_reports_are_written_whole_when_the_reader_goes_away(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = _reader_gone("check", *PLANTED, "--json", str(report))
    assert done.returncode == 1 and report.read_text(encoding="utf-8").rstrip().endswith("}")


@pytest.mark.parametrize(
    "args",
    [("checks",), ("explain", "M801"), ("align", *CLEAN), ("score", CLEAN[1], CLEAN[1])],
    ids=["checks", "explain", "align", "score-fast-path"],
)
def test_a_command_cut_off_before_it_finished_is_interrupted_not_findings(args: tuple[str, ...]) -> None:
    done = _reader_gone(*args)
    assert (done.returncode, done.stderr) == (130, "")


def test_a_batch_keeps_its_verdict_when_the_reader_goes_away(tmp_path: Path) -> None:
    for path in CLEAN:
        shutil.copy(ROOT / path, tmp_path / Path(path).name)
    done = _reader_gone("batch", str(tmp_path), "--out", str(tmp_path / "out"), "--direction", "ar-en")
    assert (done.returncode, done.stderr) == (0, "")


def test_ctrl_c_while_tqa_is_still_being_imported_is_quiet() -> None:
    """The console script and `python -m tqa` start in tqa.entry: an interrupt that lands
    while tqa.cli is being imported exits 130 without a traceback (seen on a busy machine),
    with the one line every Ctrl-C gives."""
    code = (
        "import builtins\n"
        "real = builtins.__import__\n"
        "def interrupted(name, *args, **kwargs):\n"
        "    if name == 'tqa.cli':\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupted\n"
        "from tqa.entry import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert (done.returncode, done.stderr) == (130, "tqa: interrupted\n")


@pytest.mark.parametrize("typer_path", [False, True], ids=["fast", "typer"])
def test_ctrl_c_during_a_check_says_so_in_one_line(tmp_path: Path, typer_path: bool) -> None:
    """A Ctrl-C exited 130 without a word (new-user review): one line says the run stopped."""
    for lang in ("ar", "en"):
        bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob(f"*.{lang}.md"))]
        (tmp_path / f"long.{lang}.md").write_text("\n\n".join(bodies * 24), encoding="utf-8")
    start = "import tqa.cli.fast as fast\nfast.parse = lambda argv: None\n" if typer_path else ""
    code = f"import sys\nsys.argv = ['tqa', 'check', 'long.ar.md', 'long.en.md']\n{start}from tqa.entry import run\nrun()\n"
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=default_sigint
    )
    time.sleep(2.0)
    assert process.poll() is None, "the check ended before the Ctrl-C: make the article longer"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (130, b"tqa: interrupted\n")


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["PYTHONUNBUFFERED", "buffered"])
def test_a_reader_that_stops_midway_through_a_long_alignment_is_interrupted(tmp_path: Path, unbuffered: str) -> None:
    """`tqa align … | head -c 100` on an article whose alignment is larger than a pipe
    holds: tqa has not finished printing when the reader goes, so 130, also where Python's
    unbuffered stdout used to drop the rest of a short write and exit 0 (new-user review)."""
    for lang in ("ar", "en"):
        bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob(f"*.{lang}.md"))]
        (tmp_path / f"long.{lang}.md").write_text("\n\n".join(bodies * 4), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    process = subprocess.Popen(
        [sys.executable, "-m", "tqa", "align", "long.ar.md", "long.en.md"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    assert len(process.stdout.read(100)) == 100
    process.stdout.close()
    assert process.wait(timeout=120) == 130 and process.stderr.read() == b""


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "--json", "-"],
        ["check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "-q"],
        ["check", "samples/moscow-visit.ar.md", "missing.en.md"],
        ["score", "samples/moscow-visit.en.md", "samples/moscow-visit.en.md"],
        ["checks"],
    ],
)
def test_the_command_leaves_as_python_would(tmp_path: Path, argv: list[str]) -> None:
    """tqa.entry.main ends the process without Python's teardown (#14): the same exit code,
    every byte of both outputs, and the cache files written at exit, as `run` and Python's exit."""
    runs = []
    for name, call in (("python", "run"), ("leave", "main")):
        env = {**os.environ, "TQA_CACHE_DIR": str(tmp_path / name)}
        code = f"import sys\nsys.argv = ['tqa', *{argv!r}]\nfrom tqa.entry import {call}\n{call}()\n"
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
        runs.append((done.returncode, done.stdout, done.stderr, sorted(p.name for p in (tmp_path / name).iterdir())))
    assert runs[0] == runs[1]
    assert runs[0][3], "a first run writes tqa's caches at exit"


def test_a_profiler_gets_its_results_written(tmp_path: Path) -> None:
    # The quick exit skips what runs after the command; a profiler writes its file there.
    stats = tmp_path / "tqa.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "tqa", "--version"]
    done = subprocess.run(command, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert stats.stat().st_size > 0
