"""Every benchmark script answers --help with its usage, and does nothing else: a new user's
first try of a script must not start a ten-minute run or write a folder named --help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p.name for p in (ROOT / "bench").glob("*.py") if p.name != "shared_data.py")


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_prints_the_usage_and_writes_nothing(script: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    work = tmp_path / "work"  # not tmp_path itself, which holds the test's tqa cache folder (conftest)
    work.mkdir()
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--help"], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:")
    assert list(work.iterdir()) == []
