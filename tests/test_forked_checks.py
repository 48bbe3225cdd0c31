"""A long article's checks in two processes (issue #14, tqa.checks.forked): the report of
one process, the child's checks run here when it fails, serial where a child must not be
forked, and no child left behind by Ctrl-C or a killed parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.signals import default_sigint, kill_leaving_no_worker
from tqa.checks import ALL_CHECKS, forked, run_each_check
from tqa.checks.base import CheckContext
from tqa.config import Settings
from tqa.pipeline import load_settings_glossaries, read_aligned

ROOT = Path(__file__).resolve().parent.parent
needs_fork = pytest.mark.skipif(not forked.may_fork(), reason="no child may be forked here")


def _codes(group: object) -> list[str]:
    return [c.code for c in group]  # type: ignore[attr-defined]


@needs_fork
def test_a_forked_run_reports_what_one_process_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    glossary = load_settings_glossaries(settings)
    sample = ROOT / "samples"
    document = read_aligned(sample / "moscow-visit.ar.md", sample / "moscow-visit.en.md", settings, glossary)
    used = []
    in_two = forked._in_two
    monkeypatch.setattr(forked, "_in_two", lambda *args: used.append(1) or in_two(*args))
    monkeypatch.setattr(forked, "THRESHOLD", 1)
    monkeypatch.setattr(forked, "may_fork", lambda: True)  # a thread another test left would keep it serial
    split = run_each_check(CheckContext(document, glossary), ALL_CHECKS)
    assert used == [1]
    monkeypatch.setattr(forked, "THRESHOLD", 10**9)
    serial = run_each_check(CheckContext(document, glossary), ALL_CHECKS)
    assert used == [1] and split == serial
    assert {f.code[0] for f in split.findings} >= {"N", "D"}  # both processes found some


@needs_fork
def test_the_outcomes_come_back_in_the_registry_order_and_a_dead_child_costs_only_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "may_fork", lambda: True)
    parent = os.getpid()
    assert forked.run_split(_codes, ALL_CHECKS, 1000) == _codes(ALL_CHECKS)

    def dies_in_the_child(group: object) -> list[str]:
        if os.getpid() != parent:
            os._exit(3)
        return _codes(group)

    assert forked.run_split(dies_in_the_child, ALL_CHECKS, 1000) == _codes(ALL_CHECKS)


def test_serial_below_the_threshold_when_switched_off_and_in_a_pool_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_in_two", None)  # called, it would fail
    assert forked.run_split(_codes, ALL_CHECKS, forked.THRESHOLD - 1) == _codes(ALL_CHECKS)
    monkeypatch.setenv(forked.SWITCH, "0")
    assert forked.run_split(_codes, ALL_CHECKS, 1000) == _codes(ALL_CHECKS)
    monkeypatch.delenv(forked.SWITCH)
    with ProcessPoolExecutor(1) as pool:  # a batch's article worker
        assert pool.submit(forked.may_fork).result() is False


CHILD = textwrap.dedent(
    """
    import time
    from tqa.checks import ALL_CHECKS, forked

    def slow(group):
        time.sleep(60)
        return list(group)

    print("started", flush=True)
    forked.run_split(slow, ALL_CHECKS, 1000)
    """
)


def _started() -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD], env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, start_new_session=True, preexec_fn=default_sigint, text=True,
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "started\n"
    for _ in range(100):  # until the child runs
        if _children(process.pid):
            break
        time.sleep(0.05)
    assert len(_children(process.pid)) == 1
    return process


@needs_fork
def test_ctrl_c_leaves_no_child_behind() -> None:
    process = _started()
    child = _children(process.pid)[0]
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, errors = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # the child kept it waiting: the test fails, and leaves nothing
        os.killpg(process.pid, signal.SIGKILL)
        raise
    assert process.returncode != 0 and "KeyboardInterrupt" in errors
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split(")")[1][:3]


@needs_fork
def test_a_killed_parent_leaves_no_child_behind() -> None:
    assert kill_leaving_no_worker(_started()) == []


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(n) for n in (task / "children").read_text().split()]
    return found
