"""tqa.patterns: a pattern built from the cache is the pattern re.compile gives (Pattern
equality compares the compiled code), and a cache that is off, damaged or refused is
never an error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tqa.pipeline  # noqa: F401  (imports every check, so every pattern compiled at import is known)
from tqa import patterns
from tqa.cache_folder import write_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> patterns._Kept:
    """An empty cache for this test, in the test's own cache folder (conftest)."""
    fresh = patterns._Kept()
    monkeypatch.setattr(patterns, "_KEPT", fresh)
    return fresh


def test_every_pattern_tqa_compiled_equals_re_compile() -> None:
    compiled = dict(patterns._KEPT.used)
    assert len(compiled) > 200  # the modules' patterns went through tqa.patterns
    for (pattern, flags), parts in compiled.items():
        fresh = re.compile(pattern, flags)
        assert patterns._built(pattern, parts) == fresh, pattern
        assert patterns.compile(pattern, flags) == fresh, pattern


def test_a_pattern_is_kept_and_built_from_the_cache(kept: patterns._Kept, _cache_in_tmp: Path) -> None:
    text = r"(?P<day>\d{1,2})\s+(?:كانون الثاني|يناير)(?![ء-ي])"
    first = patterns.compile(text, re.IGNORECASE)
    kept.save()
    [written] = _cache_in_tmp.glob("patterns-*.marshal")
    again = patterns._Kept()
    assert (text, int(re.IGNORECASE)) in again.table()
    built = patterns._built(text, again.table()[text, int(re.IGNORECASE)])
    assert built == first == re.compile(text, re.IGNORECASE)
    assert built.groupindex == {"day": 1} and built.match("12 يناير") is not None
    assert written.stat().st_mode & 0o022 == 0


def test_a_damaged_or_refused_cache_compiles_afresh(
    kept: patterns._Kept, _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = r"\b(?:north|south)(?:ern)?\b"
    patterns.compile(text)
    kept.save()
    [written] = _cache_in_tmp.glob("patterns-*.marshal")
    written.write_bytes(written.read_bytes()[:-3])  # truncated: its length and CRC-32 no longer match
    assert patterns._Kept().table() == {}
    # Code the engine refuses (CPython validates what it is given) is compiled again.
    write_table(written, "patterns", {(text, 0): (32, b"\xff" * 12, 0, {}, (None,))})
    fresh = patterns._Kept()
    assert (text, 0) in fresh.table()
    monkeypatch.setattr(patterns, "_KEPT", fresh)
    assert patterns.compile(text) == re.compile(text)


def test_no_cache_folder_keeps_nothing(kept: patterns._Kept, monkeypatch: pytest.MonkeyPatch, _cache_in_tmp: Path) -> None:
    monkeypatch.setenv("TQA_CACHE_DIR", "off")
    assert patterns.compile(r"\d+٪") == re.compile(r"\d+٪")
    kept.save()
    assert not _cache_in_tmp.exists()


def test_errors_and_flags_are_re_compile_s() -> None:
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")
    assert patterns.compile(r"ab", re.IGNORECASE | re.MULTILINE) == re.compile(r"ab", re.IGNORECASE | re.MULTILINE)


@pytest.mark.parametrize("module", ["patterns", "generated_code"])
def test_what_tqa_keeps_is_the_same_in_every_process(module: str) -> None:
    """A pattern built from a set in hash order, or a dataclass method whose text differed,
    would differ from run to run: it would miss the kept table (tqa.cache_folder.KeptTable)
    every time, and the file would grow with each run's spelling of it."""
    program = (
        "import tqa.pipeline, tqa.cli.check_run, tqa.report.json_report, tqa.align.bilingual\n"
        f"from tqa import {module}\n"
        f"print(sorted({module}._KEPT.used))"
    )
    env = {**os.environ, "TQA_CACHE_DIR": "off", "PYTHONPATH": str(ROOT)}
    seen = {
        subprocess.run(
            [sys.executable, "-c", program], env={**env, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1
