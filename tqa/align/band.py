"""The aligner's dynamic programme: row by row over a band of columns around a coarse
path (the length shares, or rare shared anchors on long texts), widened where the
best path touches it, so the band costs speed, never correctness."""

from __future__ import annotations

import numpy as np

from tqa.align import anchors
from tqa.align.costs import BEAD_TYPES, Costs
from tqa.align.sequences import increasing_chain


def _length_centre(costs: Costs) -> np.ndarray:
    """Per row, the target column that the same share of the text has reached: a coarse
    path that follows where one side splits more than the other."""
    n, m = costs.n, costs.m
    if costs.src_len[-1] <= 0 or costs.tgt_len[-1] <= 0:
        return np.asarray(np.rint(np.arange(n + 1) * (m / max(n, 1))), dtype=np.int64)
    share = costs.tgt_len / costs.tgt_len[-1]
    return np.asarray(np.clip(np.searchsorted(share, costs.src_len / costs.src_len[-1]), 0, m), dtype=np.int64)


def _anchor_centre(costs: Costs) -> np.ndarray:
    """A coarse path through rare anchors: the sentence pairs that share an anchor
    found at most once per _RARE_SPAN sentences on each side, within _COARSE_WINDOW of
    the length shares, chained as the longest sequence rising on both sides; the
    length shares where no anchor helps."""
    centre = _length_centre(costs)
    if costs._postings is None:
        return centre
    n, m = costs.n, costs.m
    source, target, _, _, weight, _ = costs._postings
    limit = max(2, (max(n, m) * 2) // _RARE_SPAN)
    rare = (np.bincount(source.anchor, minlength=weight.size) <= limit) & (
        np.bincount(target.anchor, minlength=weight.size) <= limit
    )
    keep_s, keep_t = rare[source.anchor], rare[target.anchor]
    source = anchors.Postings(source.anchor[keep_s], source.sentence[keep_s])
    target = anchors.Postings(target.anchor[keep_t], target.sentence[keep_t])
    rows = np.minimum(np.arange(n) + 1, n)
    keys, _ = anchors.join(source, target, centre[rows] - _COARSE_WINDOW, centre[rows] + _COARSE_WINDOW, m + 1, weight)
    keys = keys[keys >= 0]
    chain = _rising_chain(keys // (m + 1), keys % (m + 1))
    if not chain:
        return centre
    points_i = np.array([0] + [i + 1 for i, _ in chain] + [n])
    points_j = np.array([0] + [j + 1 for _, j in chain] + [m])
    return np.asarray(np.rint(np.interp(np.arange(n + 1), points_i, points_j)), dtype=np.int64)


_RARE_SPAN = 1000  # an anchor is rare when it comes at most twice per this many sentences
_COARSE_WINDOW = 600  # how far from the length shares an anchor pair may lie


def _rising_chain(rows: np.ndarray, cols: np.ndarray) -> list[tuple[int, int]]:
    """The longest chain of (row, col) points rising strictly in both."""
    order = np.lexsort((-cols, rows))  # within a row, later columns first: one point per row
    return increasing_chain(list(zip(rows[order].tolist(), cols[order].tolist(), strict=True)))


def _band(centre: np.ndarray, half: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns [lo, hi] each row may use, both non-decreasing, each row reachable from
    the one before, every path from (0, 0) to (n, m) inside."""
    lo = np.clip(centre - half, 0, m)
    hi = np.clip(centre + half, 0, m)
    lo[0], hi[-1] = 0, m
    hi = np.maximum.accumulate(hi)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    lo[1:] = np.minimum(lo[1:], hi[:-1])
    return lo, hi


def solve(costs: Costs, band: int, around: list[tuple[int, int, int, int]] | None = None) -> list[tuple[int, int, int, int]]:
    """The cheapest bead sequence as (source start, k, target start, l) tuples.

    The DP runs in a band of fixed half-width around a coarse path (the length
    shares), or around a path found before (`around`: the second pass, whose
    costs differ a little). Where the best path touches the band's edge, a wider
    band might do better: the band is re-centred on the path found, doubled around
    the touching rows, and the DP run again, so the band costs speed, never correctness.
    """
    n, m = costs.n, costs.m
    if (n + 1) * (m + 1) <= _FULL_DP_CELLS:
        centre, half = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1)
    else:
        centre = _anchor_centre(costs) if around is None else _path_columns(around, n)
        half = np.full(n + 1, band)
    while True:
        lo, hi = _band(centre, half, m)
        path, touched = _solve_in_band(costs, lo, hi)
        full = bool((lo == 0).all() and (hi == m).all())
        if path is not None and (not touched or full):
            return path
        if full:
            raise RuntimeError("alignment found no path")  # a bug: the full DP always has one
        if path is None:
            half = half * 2
            continue
        centre = _path_columns(path, n)
        near = np.convolve(np.isin(np.arange(n + 1), touched), np.ones(2 * band + 1), mode="same") > 0
        half = np.where(near, half * 2, half)


_FULL_DP_CELLS = 250_000  # articles: every cell; books: a band


def _path_columns(path: list[tuple[int, int, int, int]], n: int) -> np.ndarray:
    rows = np.array([0] + [i + k for i, k, _, _ in path])
    cols = np.array([0] + [j + l for _, _, j, l in path])
    return np.asarray(np.rint(np.interp(np.arange(n + 1), rows, cols)), dtype=np.int64)


def _solve_in_band(costs: Costs, lo: np.ndarray, hi: np.ndarray) -> tuple[list[tuple[int, int, int, int]] | None, list[int]]:
    """The best path inside the band, or None, and the rows where it touches the band's edge.

    Cost tables are built a block of rows at a time: memory is the band's back
    pointers and best costs, not eight tables of the whole band."""
    n, m = costs.n, costs.m
    width = int((hi - lo).max()) + 1
    costs.cover(lo, hi)
    best = np.full((n + 1, width), np.inf)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    best[0][0] = 0.0
    block = max(16, 16_384 // width)
    for first in range(0, n + 1, block):
        rows = slice(first, min(first + block, n + 1))
        _fill_rows(best, back, *_block(costs, lo, hi, width, rows), first)
    if not np.isfinite(best[n][m - lo[n]]):
        return None, []
    path = _backtrack(back, lo, n, m)
    return path, _touches_edge(path, lo, hi, m)


# The bead types that take at least one source sentence, and how many they take.
_TAKES = np.array([t for t, (k, _) in enumerate(BEAD_TYPES) if k], dtype=np.int8)
_TAKES_K = np.array([k for k, _ in BEAD_TYPES if k])
_ADDITION = BEAD_TYPES.index((0, 1))


def _fill_rows(
    best: np.ndarray, back: np.ndarray, index: np.ndarray, cost: np.ndarray, additions: np.ndarray, first: int
) -> None:
    """Rows first.. of the DP. Each row takes, per cell, the cheapest bead type that takes a
    source sentence (the first cheapest wins a tie, as when each type in turn replaced the
    best only when strictly cheaper); row 0 has none, and a row's cells are all infinite
    before, so the cheapest replaces them. Then runs of 0-1 beads within the row, by a
    running minimum over the cumulative costs of additions (`additions`, per row)."""
    flat = best.reshape(-1)
    for r in range(index.shape[0]):
        row, choice = best[first + r], back[first + r]
        if first + r:
            total = flat[index[r]]
            total += cost[r]
            row[:] = total.min(axis=0)
            choice[:] = _TAKES[total.argmin(axis=0)]
        cumulative = additions[r]
        running = np.minimum.accumulate(row - cumulative)
        running += cumulative
        improved = running < row - 1e-12
        np.copyto(row, running, where=improved)
        np.copyto(choice, _ADDITION, where=improved)


def _block(
    costs: Costs, lo: np.ndarray, hi: np.ndarray, width: int, rows: slice
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each cell of the band's `rows` and each bead type that takes a source sentence, where
    in the flattened best costs the cell its bead starts from lies (clipped into the band) and its
    cost, infinite where that cell lies outside the band or before the first row; laid out row,
    type, column, so that a row's are one contiguous piece. And per row, the cumulative costs
    of additions (0-1 beads) along it. Found for the whole block at once, one pass per type
    (issue #14): a best cost is finite or infinite, never NaN or minus infinity, so an infinite
    cost keeps any start out exactly as leaving it out did. A start inside the band lies at or
    after the row's first column, so its bead's target sentences exist."""
    row = np.arange(rows.start, rows.stop)
    ends = lo[rows, None] + np.arange(width)
    inside = ends <= hi[rows, None]
    index = np.empty((row.size, _TAKES.size, width), dtype=np.int64)
    cost = np.empty((row.size, _TAKES.size, width))
    for position, (t, k) in enumerate(zip(_TAKES, _TAKES_K, strict=True)):
        l = BEAD_TYPES[t][1]
        start = np.maximum(row - k, 0)
        step = ends - (lo[start] + l)[:, None]
        ok = inside & (step >= 0) & (step < width) & (row >= k)[:, None]
        index[:, position] = start[:, None] * width + np.clip(step, 0, width - 1)
        cost[:, position] = np.where(ok, _table(costs, row, k, l, ends), np.inf)
    additions = np.where(inside & (ends >= 1), _table(costs, row, 0, 1, ends), np.inf)
    return index, cost, np.cumsum(np.where(np.isfinite(additions), additions, 0.0), axis=1)


def _table(costs: Costs, row: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
    """A k-l bead's cost at each cell; any bead that fits stands in for the cells where
    none does (their costs are discarded)."""
    if k > costs.n or l > costs.m:
        return np.full(ends.shape, np.inf)
    return costs.costs(np.maximum(row, k)[:, None], k, l, np.clip(ends, l, costs.m))


def _touches_edge(path: list[tuple[int, int, int, int]], lo: np.ndarray, hi: np.ndarray, m: int) -> list[int]:
    """Rows where the path runs along the band's edge: a wider band might do better there."""
    return [i + k for i, k, j, l in path if (lo[i + k] > 0 and j + l == lo[i + k]) or (hi[i + k] < m and j + l == hi[i + k])]


def _backtrack(back: np.ndarray, lo: np.ndarray, n: int, m: int) -> list[tuple[int, int, int, int]]:
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        k, l = BEAD_TYPES[int(back[i][j - lo[i]])]
        path.append((i - k, k, j - l, l))
        i, j = i - k, j - l
    return path[::-1]
