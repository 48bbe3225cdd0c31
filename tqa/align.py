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

from tqa.align_features import SentenceFeatures, sentence_features
from tqa.model import Article, Bead

if TYPE_CHECKING:
    from tqa.glossary import Glossary

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
_ANCHOR_WEIGHT = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.6, "w": 0.8}
# Name keys are computed for every Arabic word, so most find no partner: they
# reward a match but an unmatched one is no evidence against a pairing.
_COUNTS_WHEN_MISSING = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.0, "w": 0.0}


@dataclass(frozen=True)
class AnchorModel:
    """What the aligner may use beyond lengths: the glossary's names, and switches."""

    glossary: Glossary | None = None
    use_anchors: bool = True
    use_paragraphs: bool = True


@dataclass(frozen=True)
class AlignParams:
    ratio: float = 1.10  # target characters per source character, Arabic -> English
    variance: float = 3.5
    null_cost: float = 3.0  # below Gale & Church's 4.6: tuned on derived omission sets (bench/align.py)
    merge_cost: float = 2.3  # 1-2 and 2-1
    double_merge_cost: float = 4.6  # 2-2
    triple_merge_cost: float = 6.5  # 1-3 and 3-1: they pay only when lengths leave no doubt
    anchor_match: float = 4.0
    anchor_miss: float = 0.8
    paragraph_cross: float = 3.0
    paragraph_start: float = 1.0
    max_length_cost: float = 25.0
    band: int = 100

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
    """Bead costs for one article pair, vectorised over target positions."""

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
        self.shared = _shared_anchors(source, target) if model.use_anchors else [(np.zeros(0, int), np.zeros(0))] * self.n

    def _pair_shared(self, i: int, cols: np.ndarray) -> np.ndarray:
        """Shared anchor weight of source sentence i with target sentences `cols` (0-based)."""
        keys, values = self.shared[i]
        if keys.size == 0:
            return np.zeros(cols.shape)
        pos = np.searchsorted(keys, cols)
        pos = np.clip(pos, 0, keys.size - 1)
        return np.where(keys[pos] == cols, values[pos], 0.0)

    def _bead_shared(self, i: int, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """Anchors a bead shares, each sentence matched at most once.

        A name repeated in neighbouring sentences (Peter Jones ... Jones) would
        otherwise reward merging them: each target sentence counts only its best
        source partner and vice versa, and the smaller total is taken.
        """
        if k == 0 or l == 0:
            return np.zeros(ends.shape)
        grid = [[self._pair_shared(i - 1 - a, ends - 1 - b) for b in range(l)] for a in range(k)]
        if k == 1 and l == 1:
            return grid[0][0]
        by_target = sum(np.maximum.reduce([grid[a][b] for a in range(k)]) for b in range(l))
        by_source = sum(np.maximum.reduce([grid[a][b] for b in range(l)]) for a in range(k))
        return np.minimum(by_target, by_source)

    def costs(self, i: int, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """Cost of the bead covering source (i-k, i] and target (j-l, j] for each j in `ends`."""
        p = self.p
        ls = self.src_len[i] - self.src_len[i - k]
        lt = self.tgt_len[ends] - self.tgt_len[ends - l]
        cost = np.full(ends.shape, p.prior(k, l))
        if k and l:
            mean = np.maximum((ls + lt / p.ratio) / 2.0, 1.0)
            delta = (lt - p.ratio * ls) / np.sqrt(p.variance * mean)
            cost += np.minimum(delta * delta / 2.0, p.max_length_cost)
        shared = self._bead_shared(i, k, l, ends)
        # Pairwise sums count an anchor repeated across a merged bead more than
        # once; no bead can share more than either side holds.
        source_all = self.src_anchor_all[i] - self.src_anchor_all[i - k]
        target_all = self.tgt_anchor_all[ends] - self.tgt_anchor_all[ends - l]
        shared = np.minimum(shared, np.minimum(source_all, target_all))
        countable = (self.src_anchor[i] - self.src_anchor[i - k]) + (self.tgt_anchor[ends] - self.tgt_anchor[ends - l])
        cost += -p.anchor_match * shared + p.anchor_miss * np.maximum(countable - 2.0 * shared, 0.0)
        if self.use_paragraphs:
            cost += self._paragraph_cost(i, k, l, ends)
        return cost

    def _paragraph_cost(self, i: int, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        p = self.p
        cost = np.zeros(ends.shape)
        if k > 1 and self.src_para[i - k] != self.src_para[i - 1]:
            cost += p.paragraph_cross
        if l > 1:
            cost += p.paragraph_cross * (self.tgt_para[ends - l] != self.tgt_para[ends - 1])
        if k and l:
            src_start = i - k == 0 or self.src_para[i - k] != self.src_para[i - k - 1]
            first = ends - l
            tgt_start = (first == 0) | (self.tgt_para[first] != self.tgt_para[np.maximum(first - 1, 0)])
            cost += p.paragraph_start * (tgt_start != src_start)
        return cost


def _cumulative_weights(features: list[SentenceFeatures], weights: dict[str, float], enabled: bool) -> np.ndarray:
    per_sentence = [sum(weights[a[0]] for a in f.anchors) if enabled else 0.0 for f in features]
    return np.concatenate(([0.0], np.cumsum(per_sentence)))


def _shared_anchors(source: list[SentenceFeatures], target: list[SentenceFeatures]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per source sentence: sorted target indices that share anchors, and the shared weight."""
    index: dict[str, list[int]] = {}
    for j, features in enumerate(target):
        for anchor in features.anchors:
            index.setdefault(anchor, []).append(j)
    rows = []
    for features in source:
        shared: dict[int, float] = {}
        for anchor in features.anchors:
            for j in index.get(anchor, ()):
                shared[j] = shared.get(j, 0.0) + _ANCHOR_WEIGHT[anchor[0]]
        keys = np.array(sorted(shared), dtype=int)
        rows.append((keys, np.array([shared[j] for j in keys], dtype=float)))
    return rows


def _band(n: int, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns [lo, hi] each row may use: all of them for articles, a band for books."""
    rows = np.arange(n + 1)
    if (n + 1) * (m + 1) <= 250_000:
        return np.zeros(n + 1, dtype=int), np.full(n + 1, m)
    half = width + abs(n - m)
    centre = rows * (m / max(n, 1))
    lo = np.maximum(np.floor(centre).astype(int) - half, 0)
    hi = np.minimum(np.ceil(centre).astype(int) + half, m)
    return lo, hi


def _solve(costs: _Costs, band: int) -> list[tuple[int, int, int, int]]:
    """The cheapest bead sequence as (source start, k, target start, l) tuples."""
    n, m = costs.n, costs.m
    lo, hi = _band(n, m, band)
    best: list[np.ndarray] = []
    back: list[np.ndarray] = []
    for i in range(n + 1):
        ends = np.arange(lo[i], hi[i] + 1)
        row = np.full(ends.shape, np.inf)
        choice = np.full(ends.shape, -1, dtype=np.int8)
        if i == 0:
            row[ends == 0] = 0.0
        for t, (k, l) in enumerate(BEAD_TYPES):
            if k == 0 or k > i:
                continue
            starts = ends - l
            prev = starts - lo[i - k]
            ok = (starts >= 0) & (prev >= 0) & (starts <= hi[i - k])
            if not ok.any():
                continue
            previous = np.full(ends.shape, np.inf)
            previous[ok] = best[i - k][prev[ok]]
            total = previous + np.where(ok, costs.costs(i, k, l, np.where(ok, ends, l)), np.inf)
            better = total < row
            row[better], choice[better] = total[better], t
        _additions(costs, i, ends, row, choice)
        best.append(row)
        back.append(choice)
    return _backtrack(back, lo, n, m)


def _additions(costs: _Costs, i: int, ends: np.ndarray, row: np.ndarray, choice: np.ndarray) -> None:
    """Runs of 0-1 beads within a row, by a running minimum over cumulative costs."""
    step = np.zeros(ends.shape)
    valid = ends > 0
    step[valid] = costs.costs(i, 0, 1, ends[valid])
    cumulative = np.cumsum(step)
    shifted = row - cumulative
    running = np.minimum.accumulate(shifted)
    improved = running + cumulative < row - 1e-12
    row[improved] = running[improved] + cumulative[improved]
    choice[improved] = BEAD_TYPES.index((0, 1))


def _backtrack(back: list[np.ndarray], lo: np.ndarray, n: int, m: int) -> list[tuple[int, int, int, int]]:
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(back[i][j - lo[i]])
        if t < 0:
            raise RuntimeError("alignment band lost the path")  # a bug, not bad input
        k, l = BEAD_TYPES[t]
        path.append((i - k, k, j - l, l))
        i, j = i - k, j - l
    return path[::-1]


def _bead_cost(costs: _Costs, start_i: int, k: int, start_j: int, l: int) -> float:
    return float(costs.costs(start_i + k, k, l, np.array([start_j + l]))[0])


def _split_costs(costs: _Costs, i: int, k: int, j: int, l: int) -> list[float]:
    """Costs of covering the block (k source, l target sentences) with one or two beads."""
    options = []
    if (k, l) in BEAD_TYPES:
        options.append(_bead_cost(costs, i, k, j, l))
    for k1, l1 in BEAD_TYPES:
        k2, l2 = k - k1, l - l1
        if (k2, l2) in BEAD_TYPES and k1 <= k and l1 <= l:
            options.append(_bead_cost(costs, i, k1, j, l1) + _bead_cost(costs, i + k1, k2, j + l1, l2))
    return options


def _confidences(costs: _Costs, path: list[tuple[int, int, int, int]]) -> list[float]:
    """How much cheaper each bead is than the nearest alternative, as a probability.

    For each pair of neighbouring beads, every other way to cover the same
    sentences with one or two beads is priced; a bead's margin is the smallest
    gap over its two windows, and its confidence the logistic of that margin.
    """
    own = [_bead_cost(costs, *bead) for bead in path]
    margins = [math.inf] * len(path)
    for t in range(len(path) - 1):
        (i, k1, j, l1), (_, k2, _, l2) = path[t], path[t + 1]
        chosen = own[t] + own[t + 1]
        alternatives = sorted(_split_costs(costs, i, k1 + k2, j, l1 + l2))
        # The chosen split is among the options; the first cost above it is the rival.
        rival = next((c for c in alternatives if c > chosen + 1e-9), math.inf)
        margin = rival - chosen
        margins[t] = min(margins[t], margin)
        margins[t + 1] = min(margins[t + 1], margin)
    if len(path) == 1:
        margins[0] = 6.0 - own[0] / 2.0
    return [1.0 / (1.0 + math.exp(-min(m, 50.0))) for m in margins]


def align_features(
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
    return align_features(source_features, target_features, params_for(source.lang, target.lang), model)


def align_length_only(source: Article, target: Article) -> tuple[Bead, ...]:
    """The Gale & Church baseline: lengths only, their priors, no anchors or paragraph hints."""
    from dataclasses import replace

    model = AnchorModel(use_anchors=False, use_paragraphs=False)
    params = replace(params_for(source.lang, target.lang), null_cost=4.6)
    features = [sentence_features(a.segments, a.lang, None) for a in (source, target)]
    return align_features(features[0], features[1], params, model)


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: str, target_lang: str) -> tuple[Bead, ...]:
    """Align plain sentence lists (one paragraph each side)."""
    from tqa.model import Segment

    def article(sentences: Sequence[str], lang: str) -> Article:
        return Article("<sentences>", lang, "lines", tuple(Segment(i, 0, s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]

    return align(article(source, source_lang), article(target, target_lang))
