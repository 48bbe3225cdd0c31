"""Shared test settings.

- The compiled-glossary cache (tqa/glossary/cache.py) writes to the user's cache folder:
  the tests point it at temporary folders, never at the real home.
- Hypothesis: one knob for every property test. The default profile keeps the suite
  quick; `HYPOTHESIS_PROFILE=long` runs 2,000 examples per property (the loaders' and
  the slow properties' shares scale with it)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("quick", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))

_SESSION_CACHE = tempfile.mkdtemp(prefix="tqa-test-cache-")
os.environ["TQA_CACHE_DIR"] = _SESSION_CACHE  # for glossaries loaded when test modules are imported


def pytest_unconfigure(config: pytest.Config) -> None:
    # tqa.patterns writes the patterns it compiled when the process exits: not into a
    # folder created again after it was removed.
    os.environ["TQA_CACHE_DIR"] = "off"
    shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tqa-cache"
    monkeypatch.setenv("TQA_CACHE_DIR", str(folder))
    yield folder
