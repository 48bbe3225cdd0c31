"""A short fuzz profile (issue 12): hostile and broken files of every family through
the reader boundary, and some through the whole CLI. bench/fuzz.py is the long run.

Families whose loaders belong to other modules (glossary, waivers, config) are run
by bench/fuzz.py only, until their hardening lands: their failures are listed there.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import run_boundary, run_cli
from tests.fuzz.strategies import cases

READER_FAMILIES = ("txt/md", "html", "docx", "xliff/tmx")


@pytest.mark.parametrize("family", READER_FAMILIES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(data=st.data())
def test_readers_read_or_refuse(family: str, data: st.DataObject) -> None:
    case = data.draw(cases(family))
    with tempfile.TemporaryDirectory() as folder:
        outcome = run_boundary(case, Path(folder))
    assert not outcome.failed, f"{case.note}: {outcome.kind} {outcome.detail}"


@pytest.mark.parametrize("family", READER_FAMILIES)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(data=st.data())
def test_the_cli_exits_0_1_or_2_with_one_line(family: str, data: st.DataObject) -> None:
    case = data.draw(cases(family))
    with tempfile.TemporaryDirectory() as folder:
        outcome = run_cli(case, Path(folder))
    assert not outcome.failed, f"{case.note}: {outcome.kind} {outcome.detail}"
