"""Hypothesis strategies, one per input family: a seed drawn by Hypothesis becomes one
deterministic case (tests/fuzz/inputs.py), so a failure replays from its seed."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.fuzz.inputs import FAMILIES, Case, make_case


def cases(family: str) -> st.SearchStrategy[Case]:
    if family not in FAMILIES:
        raise ValueError(f"no fuzz family {family!r}; one of {', '.join(FAMILIES)}")
    return st.integers(min_value=0, max_value=2**32).map(lambda seed: make_case(family, seed))
