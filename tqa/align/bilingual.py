"""Sentence alignment by dynamic programming over beads.

A bead pairs k source sentences with l target sentences: 1-1, 1-2, 2-1, 2-2,
1-3, 3-1, and the null beads 1-0 (omission) and 0-1 (addition). The cost of a
bead adds:

- a length term (Gale & Church): target characters are expected to be `ratio`
  times source characters, with variance proportional to length. For Arabic ->
  English the ratio (1.10) and variance (3.5) were fitted on the NTREX-128 and
  FLORES-200 segment pairs in ../shared/data (bench/align.py --fit refits them);
- anchors both sides share (numbers in any digit script, glossary names,
  question marks, quotations): each shared anchor lowers the cost, each
  unmatched one raises it, so a sentence whose figures belong to the next
  translation is not glued to its neighbour;
- paragraph boundaries: a bead that crosses one pays, and a bead that starts a
  paragraph on one side only pays a little: strong but breakable hints;
- a prior per bead type (merges and nulls are rarer than 1-1).

The DP runs row by row over a band around the diagonal, vectorised with numpy;
memory is linear in the number of sentences times the band width. Additions
(0-1 runs inside one row) are solved with a running minimum instead of a loop.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from tqa.align import anchors
from tqa.align.sequences import increasing_chain
from tqa.model import Article, Bead, Segment
from tqa.text.evidence import SentenceFeatures, sentence_features

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
_ANCHOR_WEIGHT = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.6, "w": 0.8, "l": 1.0, "d": 1.0}
# Name keys are computed for every Arabic word, so most find no partner: they
# reward a match but an unmatched one is no evidence against a pairing.
_COUNTS_WHEN_MISSING = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.0, "w": 0.0, "l": 0.0, "d": 0.5}


@dataclass(frozen=True)
class AnchorModel:
    """What the aligner may use beyond lengths: the glossary's names, and switches."""

    glossary: Glossary | None = None
    use_anchors: bool = True
    use_paragraphs: bool = True


@dataclass(frozen=True)
class AlignParams:
    ratio: float = 1.10  # target characters per source character, Arabic -> English
    variance: float = 5.0  # fitted on segment pairs: 3.5; aligning split sentences needs more slack (bench/align.py)
    null_cost: float = 2.5  # below Gale & Church's 4.6: tuned on derived omission sets (bench/align.py)
    merge_cost: float = 2.8  # 1-2 and 2-1 (tuned with null_cost on the shared sets)
    double_merge_cost: float = 4.6  # 2-2
    triple_merge_cost: float = 6.5  # 1-3 and 3-1: they pay only when lengths leave no doubt
    anchor_match: float = 4.0
    anchor_miss: float = 0.8
    paragraph_cross: float = 3.0
    parallel_paragraph_cross: float = 20.0  # when both sides have the same number of paragraphs
    paragraph_start: float = 1.0
    max_length_cost: float = 25.0
    # A 1-2 or 2-1 bead pays this for each of its two merged sentences that has no
    # support of its own: no shared anchor with the other side, and a length the
    # bead fits as well without. A dropped short sentence otherwise rides on its
    # neighbour's evidence and hides in a merge (issue #11).
    unsupported_merge: float = 1.0
    plain_double_merge: bool = True
    own_support_shared: float = 1.0  # shared anchor weight that counts as support (a number, a name, two concepts)
    own_support_length: float = 1.0  # length cost a sentence must save its bead to count as support
    band: int = 40  # half-width around the coarse path; doubled where the path touches it

    def prior(self, k: int, l: int) -> float:
        if k == 0 or l == 0:
            return self.null_cost
        if k + l == 2:
            return 0.0
        if k + l == 3:
            return self.merge_cost
        return self.double_merge_cost if k == l else self.triple_merge_cost

    def reversed(self) -> AlignParams:
        from dataclasses import replace

        return replace(self, ratio=1.0 / self.ratio, variance=self.variance / self.ratio)


def params_for(source_lang: str, target_lang: str) -> AlignParams:
    if source_lang == target_lang:
        return AlignParams(ratio=1.0, variance=1.0)
    params = AlignParams()
    return params if source_lang == "ar" else params.reversed()


class _Costs:
    """Bead costs for one article pair, vectorised over (source end, target end) arrays."""

    def __init__(self, source: list[SentenceFeatures], target: list[SentenceFeatures], params: AlignParams, model: AnchorModel) -> None:
        self.p = params
        self.n, self.m = len(source), len(target)
        self.src_len = np.concatenate(([0.0], np.cumsum([f.length for f in source], dtype=float)))
        self.tgt_len = np.concatenate(([0.0], np.cumsum([f.length for f in target], dtype=float)))
        self.src_anchor = _cumulative_weights(source, _COUNTS_WHEN_MISSING, model.use_anchors)
        self.tgt_anchor = _cumulative_weights(target, _COUNTS_WHEN_MISSING, model.use_anchors)
        self.src_anchor_all = _cumulative_weights(source, _ANCHOR_WEIGHT, model.use_anchors)
        self.tgt_anchor_all = _cumulative_weights(target, _ANCHOR_WEIGHT, model.use_anchors)
        self.src_para = np.array([f.paragraph for f in source] + [-1])
        self.tgt_para = np.array([f.paragraph for f in target] + [-1])
        self.use_paragraphs = model.use_paragraphs
        self.use_anchors = model.use_anchors
        self._postings = _anchor_postings(source, target) if model.use_anchors else None
        self._covered = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        self.pairs = self.merged_source = self.merged_target = anchors.EMPTY

    def cover(self, lo: np.ndarray, hi: np.ndarray) -> None:
        """Make sure anchor pairs are known for every cell of the band [lo, hi].

        Repeated anchors (a year, a question mark) pair every sentence with every
        other in a long document; only pairs a bead in the band can use are listed.
        """
        if self._postings is None:
            return
        # Source sentence i is in beads ending at rows i+1..i+3, with target sentences
        # up to 3 before those rows' columns (and one more for the merged tables).
        rows = np.arange(self.n)
        low = lo[np.minimum(rows + 1, self.n)] - 5
        high = hi[np.minimum(rows + 4, self.n)] + 1
        old_low, old_high = self._covered
        if old_low.size and (low >= old_low).all() and (high <= old_high).all():
            return
        self._covered = (low, high)
        source, target, source_common, target_common, weight = self._postings
        width = self.m + 1
        self.pairs = anchors.join(source, target, low, high, width, weight)
        # |A ∩ B ∩ T| for neighbours A, B on one side: postings of common anchors joined
        # with the other side (for target neighbours, the band of the first one's column).
        source_triples = anchors.join(source_common, target, low, high, width, weight)
        target_triples = anchors.join(source, target_common, low - 1, high, width, weight)
        self.merged_source = anchors.merged(self.pairs, source_triples, width, self.n, source_side=True)
        self.merged_target = anchors.merged(self.pairs, target_triples, width, self.m, source_side=False)

    def _pair_shared(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Shared anchor weight of source sentences `rows` with target sentences `cols` (0-based)."""
        return anchors.lookup(self.pairs, rows.astype(np.int64) * (self.m + 1) + cols)

    def _bead_shared(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """Anchors a bead shares, each anchor counted once.

        For 2-1 and 1-2 beads the anchors of the two sentences are united before
        they are matched (a name repeated in neighbouring sentences, Peter Jones ...
        Jones, must not reward merging them; the second sentence's own anchors
        must). Wider beads take, per sentence, its best partner on the other side.
        """
        if k == 0 or l == 0:
            return np.zeros(i.shape)
        width = self.m + 1
        if (k, l) == (2, 1):
            return anchors.lookup(self.merged_source, (i - 2).astype(np.int64) * width + (ends - 1))
        if (k, l) == (1, 2):
            return anchors.lookup(self.merged_target, (i - 1).astype(np.int64) * width + (ends - 2))
        grid = [[self._pair_shared(i - 1 - a, ends - 1 - b) for b in range(l)] for a in range(k)]
        if k == 1 and l == 1:
            return grid[0][0]
        if k == l == 2 and self.p.plain_double_merge:
            # A 2-2 bead earns what its two 1-1 halves earn, no more: news repeats a
            # name in neighbouring sentences, and crossed pairs would reward the merge.
            return np.asarray(grid[0][0] + grid[1][1], dtype=float)
        by_target = sum(np.maximum.reduce([grid[a][b] for a in range(k)]) for b in range(l))
        by_source = sum(np.maximum.reduce([grid[a][b] for b in range(l)]) for a in range(k))
        return np.asarray(np.minimum(by_target, by_source), dtype=float)

    def costs(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """Cost of the bead covering source (i-k, i] and target (j-l, j], for arrays i and j = `ends`."""
        p = self.p
        i, ends = np.broadcast_arrays(i, ends)
        cost = np.full(i.shape, p.prior(k, l))
        if k and l:
            cost += self._length_cost(self.src_len[i] - self.src_len[i - k], self.tgt_len[ends] - self.tgt_len[ends - l])
        # No bead can share more than either side holds.
        source_all = self.src_anchor_all[i] - self.src_anchor_all[i - k]
        target_all = self.tgt_anchor_all[ends] - self.tgt_anchor_all[ends - l]
        shared = np.minimum(self._bead_shared(i, k, l, ends), np.minimum(source_all, target_all))
        if self.use_anchors and k + l == 3:
            # A short merged sentence without support of its own pays: else it rides
            # on its neighbour's evidence and hides an omission (issue #11).
            for lacking in self._merge_support(i, k, ends):
                cost += p.unsupported_merge * lacking
        countable = (self.src_anchor[i] - self.src_anchor[i - k]) + (self.tgt_anchor[ends] - self.tgt_anchor[ends - l])
        cost += -p.anchor_match * shared + p.anchor_miss * np.maximum(countable - 2.0 * shared, 0.0)
        if self.use_paragraphs:
            cost += self._paragraph_cost(i, k, l, ends)
        return cost

    def _length_cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        p = self.p
        mean = np.maximum((ls + lt / p.ratio) / 2.0, 1.0)
        delta = (lt - p.ratio * ls) / np.sqrt(p.variance * mean)
        return np.asarray(np.minimum(delta * delta / 2.0, p.max_length_cost), dtype=float)

    def _merge_support(self, i: np.ndarray, k: int, ends: np.ndarray) -> list[np.ndarray]:
        """For a 2-1 (k=2) or 1-2 bead, per merged sentence: whether it lacks
        support of its own (no shared anchor with the single sentence, and no length the
        single sentence needs: without it the bead's length fits as well)."""
        p = self.p
        if k == 2:
            single = self.tgt_len[ends] - self.tgt_len[ends - 1]
            parts = [self.src_len[i - 1] - self.src_len[i - 2], self.src_len[i] - self.src_len[i - 1]]
            shared = [self._pair_shared(i - 2, ends - 1), self._pair_shared(i - 1, ends - 1)]
            both = self._length_cost(parts[0] + parts[1], single)
            alone = [self._length_cost(parts[1], single), self._length_cost(parts[0], single)]
        else:
            single = self.src_len[i] - self.src_len[i - 1]
            parts = [self.tgt_len[ends - 1] - self.tgt_len[ends - 2], self.tgt_len[ends] - self.tgt_len[ends - 1]]
            shared = [self._pair_shared(i - 1, ends - 2), self._pair_shared(i - 1, ends - 1)]
            both = self._length_cost(single, parts[0] + parts[1])
            alone = [self._length_cost(single, parts[1]), self._length_cost(single, parts[0])]
        # A long sentence left out of a bead leaves its length behind; only short ones
        # can save the bead too little length to count as support.
        lacking = [(own < p.own_support_shared) & (without - both < p.own_support_length) for own, without in zip(shared, alone)]
        return lacking

    def _paragraph_cost(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        p = self.p
        cost = np.zeros(i.shape)
        if k > 1:
            cost += p.paragraph_cross * (self.src_para[i - k] != self.src_para[i - 1])
        if l > 1:
            cost += p.paragraph_cross * (self.tgt_para[ends - l] != self.tgt_para[ends - 1])
        if k and l:
            first_source, first_target = i - k, ends - l
            source_start = (first_source == 0) | (self.src_para[first_source] != self.src_para[np.maximum(first_source - 1, 0)])
            target_start = (first_target == 0) | (self.tgt_para[first_target] != self.tgt_para[np.maximum(first_target - 1, 0)])
            cost += p.paragraph_start * (target_start != source_start)
        return cost


def _cumulative_weights(features: list[SentenceFeatures], weights: dict[str, float], enabled: bool) -> np.ndarray:
    per_sentence = [sum(weights[a[0]] for a in f.anchors) if enabled else 0.0 for f in features]
    return np.concatenate(([0.0], np.cumsum(per_sentence)))


_Postings = tuple[anchors.Postings, anchors.Postings, anchors.Postings, anchors.Postings, np.ndarray]


def _anchor_postings(source: list[SentenceFeatures], target: list[SentenceFeatures]) -> _Postings:
    """Each side's anchors as numbered postings, keeping only anchors the other side has
    somewhere: the rest can never be shared (every English word is a possible
    Latin-token anchor, but few appear in the Arabic)."""
    common = sorted(frozenset().union(*(f.anchors for f in source)) & frozenset().union(*(f.anchors for f in target)))
    ids = {a: n for n, a in enumerate(common)}
    weight = np.array([_ANCHOR_WEIGHT[a[0]] for a in common] or [0.0])
    kept = [[f.anchors & ids.keys() for f in side] for side in (source, target)]
    return (
        anchors.postings(kept[0], ids),
        anchors.postings(kept[1], ids),
        anchors.common_neighbours(kept[0], ids),
        anchors.common_neighbours(kept[1], ids),
        weight,
    )


def _length_centre(costs: _Costs) -> np.ndarray:
    """Per row, the target column that the same share of the text has reached: a coarse
    path that follows where one side splits more than the other."""
    n, m = costs.n, costs.m
    if costs.src_len[-1] <= 0 or costs.tgt_len[-1] <= 0:
        return np.asarray(np.rint(np.arange(n + 1) * (m / max(n, 1))), dtype=np.int64)
    share = costs.tgt_len / costs.tgt_len[-1]
    return np.asarray(np.clip(np.searchsorted(share, costs.src_len / costs.src_len[-1]), 0, m), dtype=np.int64)


def _anchor_centre(costs: _Costs) -> np.ndarray:
    """A coarse path through rare anchors: the sentence pairs that share an anchor
    found at most once per _RARE_SPAN sentences on each side, within _COARSE_WINDOW of
    the length shares, chained as the longest sequence rising on both sides; the
    length shares where no anchor helps."""
    centre = _length_centre(costs)
    if costs._postings is None:
        return centre
    n, m = costs.n, costs.m
    source, target, _, _, weight = costs._postings
    limit = max(2, (max(n, m) * 2) // _RARE_SPAN)
    rare = (np.bincount(source.anchor, minlength=weight.size) <= limit) & (np.bincount(target.anchor, minlength=weight.size) <= limit)
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
    return increasing_chain([(int(rows[point]), int(cols[point])) for point in order.tolist()])


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


def _solve(costs: _Costs, band: int) -> list[tuple[int, int, int, int]]:
    """The cheapest bead sequence as (source start, k, target start, l) tuples.

    The DP runs in a band of fixed half-width around a coarse path (the length
    shares). Where the best path touches the band's edge, a wider band might do
    better: the band is re-centred on the path found, doubled around the touching
    rows, and the DP run again, so the band costs speed, never correctness.
    """
    n, m = costs.n, costs.m
    if (n + 1) * (m + 1) <= _FULL_DP_CELLS:
        centre, half = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1)
    else:
        centre, half = _anchor_centre(costs), np.full(n + 1, band)
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


def _cost_tables(costs: _Costs, lo: np.ndarray, hi: np.ndarray, width: int, rows: slice) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Every bead type's cost at every cell of the band's `rows`, in one pass per type."""
    row = np.arange(rows.start, rows.stop)[:, None]
    ends = lo[rows, None] + np.arange(width)[None, :]
    inside = ends <= hi[rows, None]
    tables = []
    for k, l in BEAD_TYPES:
        if k > costs.n or l > costs.m:
            tables.append(np.full(ends.shape, np.inf))
            continue
        valid = inside & (ends - l >= 0) & (row - k >= 0)
        table = costs.costs(np.where(valid, row, k), k, l, np.where(valid, ends, l))
        tables.append(np.where(valid, table, np.inf))
    return ends, inside, tables


def _solve_in_band(costs: _Costs, lo: np.ndarray, hi: np.ndarray) -> tuple[list[tuple[int, int, int, int]] | None, list[int]]:
    """The best path inside the band, or None, and the rows where it touches the band's edge.

    Cost tables are built a block of rows at a time: memory is the band's back
    pointers and best costs, not eight tables of the whole band."""
    n, m = costs.n, costs.m
    width = int((hi - lo).max()) + 1
    costs.cover(lo, hi)
    best = np.full((n + 1, width), np.inf)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    addition = BEAD_TYPES.index((0, 1))
    best[0][0] = 0.0
    block = max(64, 250_000 // width)
    for first in range(0, n + 1, block):
        rows = slice(first, min(first + block, n + 1))
        ends, inside, tables = _cost_tables(costs, lo, hi, width, rows)
        for i in range(rows.start, rows.stop):
            r = i - first
            row, choice = best[i], back[i]
            for t, (k, l) in enumerate(BEAD_TYPES):
                if k == 0 or k > i:
                    continue
                previous = ends[r] - l - lo[i - k]
                ok = inside[r] & (previous >= 0) & (previous < width)
                total = np.full(width, np.inf)
                total[ok] = best[i - k][previous[ok]] + tables[t][r][ok]
                better = total < row
                row[better], choice[better] = total[better], t
            _additions(tables[addition][r], row, choice)
    if not np.isfinite(best[n][m - lo[n]]):
        return None, []
    path = _backtrack(back, lo, n, m)
    return path, _touches_edge(path, lo, hi, m)


def _touches_edge(path: list[tuple[int, int, int, int]], lo: np.ndarray, hi: np.ndarray, m: int) -> list[int]:
    """Rows where the path runs along the band's edge: a wider band might do better there."""
    return [i + k for i, k, j, l in path if (lo[i + k] > 0 and j + l == lo[i + k]) or (hi[i + k] < m and j + l == hi[i + k])]


def _additions(step: np.ndarray, row: np.ndarray, choice: np.ndarray) -> None:
    """Runs of 0-1 beads within a row, by a running minimum over cumulative costs."""
    cumulative = np.cumsum(np.where(np.isfinite(step), step, 0.0))
    running = np.minimum.accumulate(row - cumulative)
    improved = running + cumulative < row - 1e-12
    row[improved] = running[improved] + cumulative[improved]
    choice[improved] = BEAD_TYPES.index((0, 1))


def _backtrack(back: np.ndarray, lo: np.ndarray, n: int, m: int) -> list[tuple[int, int, int, int]]:
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        k, l = BEAD_TYPES[int(back[i][j - lo[i]])]
        path.append((i - k, k, j - l, l))
        i, j = i - k, j - l
    return path[::-1]


# The cost margin at which a bead is as likely right as wrong. Measured with
# bench/align.py on the shared sets: beads with a smaller margin are 5% of all
# beads but hold 54% of the wrong ones (24% of them are wrong, against 1% of the rest).
MARGIN_AT_HALF = 1.5


def _bead_costs(costs: _Costs, beads: np.ndarray) -> np.ndarray:
    """Costs of beads given as rows (source start, k, target start, l), vectorised per bead type."""
    result = np.full(len(beads), np.inf)
    for k, l in BEAD_TYPES:
        chosen = (beads[:, 1] == k) & (beads[:, 3] == l)
        if chosen.any():
            result[chosen] = costs.costs(beads[chosen, 0] + k, k, l, beads[chosen, 2] + l)
    return result


def _confidences(costs: _Costs, path: list[tuple[int, int, int, int]]) -> list[float]:
    """How much cheaper each bead is than the nearest alternative, as a probability.

    For each pair of neighbouring beads, every other way to cover the same
    sentences with one or two beads is priced; a bead's margin is the smallest
    gap over its two windows, and its confidence the logistic of that margin less MARGIN_AT_HALF.
    """
    beads = np.array(path, dtype=np.int64).reshape(-1, 4)
    own = _bead_costs(costs, beads)
    margins = np.full(len(path), np.inf)
    if len(path) == 1:
        margins[0] = 6.0 - own[0] / 2.0
    if len(path) > 1:
        first, second = beads[:-1], beads[1:]
        chosen = own[:-1] + own[1:]
        blocks = np.stack([first[:, 0], first[:, 1] + second[:, 1], first[:, 2], first[:, 3] + second[:, 3]], axis=1)
        rival = np.full(len(blocks), np.inf)
        options = [(k, l, None) for k, l in BEAD_TYPES] + [(k1, l1, (k1, l1)) for k1, l1 in BEAD_TYPES]
        for k1, l1, split in options:
            if split is None:
                # The whole block as one bead.
                fits = (blocks[:, 1] == k1) & (blocks[:, 3] == l1)
                if not fits.any():
                    continue
                option = np.full(len(blocks), np.inf)
                option[fits] = _bead_costs(costs, blocks[fits])
            else:
                rest_k, rest_l = blocks[:, 1] - k1, blocks[:, 3] - l1
                fits = np.zeros(len(blocks), dtype=bool)
                for k2, l2 in BEAD_TYPES:
                    fits |= (rest_k == k2) & (rest_l == l2)
                if not fits.any():
                    continue
                head = blocks[fits].copy()
                head[:, 1], head[:, 3] = k1, l1
                tail = np.stack([head[:, 0] + k1, rest_k[fits], head[:, 2] + l1, rest_l[fits]], axis=1)
                option = np.full(len(blocks), np.inf)
                option[fits] = _bead_costs(costs, head) + _bead_costs(costs, tail)
            # The chosen split is among the options; the cheapest cost above it is the rival.
            above = option > chosen + 1e-9
            rival = np.where(above, np.minimum(rival, option), rival)
        margin = rival - chosen
        margins[:-1] = np.minimum(margins[:-1], margin)
        margins[1:] = np.minimum(margins[1:], margin)
    return [float(1.0 / (1.0 + math.exp(-min(m - MARGIN_AT_HALF, 50.0)))) for m in margins]


def align_on_features(
    source: list[SentenceFeatures], target: list[SentenceFeatures], params: AlignParams, model: AnchorModel
) -> tuple[Bead, ...]:
    if not source and not target:
        return ()
    costs = _Costs(source, target, params, model)
    path = _solve(costs, params.band)
    scores = _confidences(costs, path)
    return tuple(
        Bead(tuple(range(i, i + k)), tuple(range(j, j + l)), round(score, 4)) for (i, k, j, l), score in zip(path, scores)
    )


def align(source: Article, target: Article, anchors: AnchorModel | None = None) -> tuple[Bead, ...]:
    """Align two articles' sentences; every sentence is in exactly one bead, in order."""
    model = anchors or AnchorModel()
    glossary = model.glossary if model.use_anchors else None
    source_features = sentence_features(source.segments, source.lang, glossary)
    target_features = sentence_features(target.segments, target.lang, glossary)
    params = params_for(source.lang, target.lang)
    if model.use_paragraphs and source.paragraph_count == target.paragraph_count > 1:
        # Paragraph for paragraph: the structure is parallel, so a bead that crosses a
        # boundary is almost surely wrong (a truncated sentence would otherwise borrow
        # the next paragraph's first sentence to make up its length).
        from dataclasses import replace

        params = replace(params, paragraph_cross=params.parallel_paragraph_cross)
    return align_on_features(source_features, target_features, params, model)


def align_length_only(source: Article, target: Article) -> tuple[Bead, ...]:
    """The Gale & Church baseline: lengths only, their priors, no anchors or paragraph hints."""
    from dataclasses import replace

    model = AnchorModel(use_anchors=False, use_paragraphs=False)
    params = replace(params_for(source.lang, target.lang), null_cost=4.6)
    features = [sentence_features(a.segments, a.lang, None) for a in (source, target)]
    return align_on_features(features[0], features[1], params, model)


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: str, target_lang: str) -> tuple[Bead, ...]:
    """Align plain sentence lists (one paragraph each side)."""

    def article(sentences: Sequence[str], lang: str) -> Article:
        return Article("<sentences>", lang, "lines", tuple(Segment(i, 0, s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]

    return align(article(source, source_lang), article(target, target_lang))
