"""Robust statistics of a run's own numbers: the median and the median absolute deviation,
by which the truncation check (O303) and the reference check (R701) calibrate to each
article. Here rather than statistics: that module (with fractions) cost every check's
start-up a few milliseconds (#14), and these two are all tqa asks of it."""

from __future__ import annotations

from collections.abc import Iterable

MAD_TO_SIGMA = 1.4826  # the median absolute deviation times this estimates a normal spread


def median(values: Iterable[float]) -> float:
    """statistics.median, to the bit: the middle value, or the mean of the two middle ones."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no median of nothing")
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def robust_spread(values: Iterable[float], centre: float) -> float:
    """The median absolute deviation from `centre`, scaled to a standard deviation."""
    return median(abs(value - centre) for value in values) * MAD_TO_SIGMA
