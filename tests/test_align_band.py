"""The banded DP for long documents finds the path the full DP finds, including
where the path drifts far from the coarse path and the band must widen."""

from __future__ import annotations

import pytest
from test_align import AR, EN

import tqa.align.band
import tqa.align.costs
from tests.align_articles import article, pairs
from tqa.align.bilingual import align
from tqa.model import Article


def long_pair(copies: int, dropped: range) -> tuple[Article, Article]:
    """`copies` times the test article (numbers varied so copies differ), with the
    English of `dropped` source sentences left out: a long run of omissions."""
    arabic, english = [], []
    for copy in range(copies):
        arabic += [s.replace("٨٠٠", str(100 + copy)) for s in AR]
        english += [s.replace("800", str(100 + copy)) for s in EN]
    english = [s for k, s in enumerate(english) if k not in dropped]
    return article(arabic, "ar"), article(english, "en")


@pytest.mark.parametrize("dropped", [range(0), range(200, 260)], ids=["parallel", "sixty-omitted"])
def test_band_finds_the_full_dp_path(dropped: range, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = long_pair(80, dropped)  # 640 sentences a side: banded
    banded = pairs(align(source, target))
    monkeypatch.setattr(tqa.align.band, "_FULL_DP_CELLS", 10**9)
    assert banded == pairs(align(source, target))


def test_rising_chain() -> None:
    import numpy as np

    rows, cols = np.array([0, 1, 1, 2, 3, 4]), np.array([0, 5, 1, 2, 1, 3])
    assert tqa.align.band._rising_chain(rows, cols) == [(0, 0), (1, 1), (2, 2), (4, 3)]


def test_a_poor_coarse_path_widens_the_band_until_the_path_is_free(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    source, target = long_pair(80, range(100, 400))  # 300 omitted in a row: far off the diagonal
    full = pairs(align(source, target))
    passes: list[int] = []
    solve = tqa.align.band._solve_in_band

    def counted(costs: tqa.align.costs.Costs, lo: np.ndarray, hi: np.ndarray) -> object:
        passes.append(int((hi - lo).max()))
        return solve(costs, lo, hi)

    monkeypatch.setattr(tqa.align.band, "_solve_in_band", counted)
    monkeypatch.setattr(tqa.align.band, "_FULL_DP_CELLS", 0)
    monkeypatch.setattr(
        tqa.align.band, "_anchor_centre", lambda costs: np.rint(np.linspace(0, costs.m, costs.n + 1)).astype(np.int64)
    )
    banded = pairs(align(source, target))
    assert len(passes) > 1  # the band did widen
    assert banded == full  # 640 x 340 sentences: the full DP when unpatched
