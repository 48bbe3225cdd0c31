"""tqa.robust stands in for statistics.median: it must give the same float, to the bit."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tqa.robust import median, robust_spread

FINITE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(st.lists(FINITE, min_size=1, max_size=40))
def test_median_is_statistics_median(values: list[float]) -> None:
    assert median(values) == statistics.median(values)
    assert median(iter(values)) == statistics.median(values)  # a generator, as the checks pass one


@given(st.lists(FINITE, min_size=1, max_size=40))
def test_robust_spread_is_the_scaled_median_absolute_deviation(values: list[float]) -> None:
    centre = statistics.median(values)
    assert robust_spread(values, centre) == statistics.median(abs(v - centre) for v in values) * 1.4826


def test_even_counts_take_the_mean_of_the_middle_two() -> None:
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median([0.1, 0.2]) == (0.1 + 0.2) / 2


def test_no_median_of_nothing() -> None:
    with pytest.raises(ValueError):
        median([])
