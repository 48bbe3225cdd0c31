"""The cost of a bead for the bilingual aligner: lengths (Gale & Church), shared anchors,
paragraph boundaries and a prior per bead type, vectorised over arrays of bead ends,
with the parameters of tqa.align.params."""

from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np

from tqa.align import anchors, boundaries, crossed
from tqa.align.merge_support import merge_support
from tqa.align.params import AlignParams, AnchorModel
from tqa.text.evidence import SentenceFeatures

BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
_ANCHOR_WEIGHT = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.6, "w": 0.8, "l": 1.0, "d": 1.0, "m": 0.0, "v": 1.0}
# Name keys are computed for every Arabic word, so most find no partner: they
# reward a match but an unmatched one is no evidence against a pairing. So do the
# values of figures (v:, «٥ آلاف» = 5,000), whose written figure already counts when
# missing. Amounts in a unit (m:) weigh nothing here: their figures are anchors
# already; they are evidence only for the unrelated-bead split (tqa.align.unrelated).
_COUNTS_WHEN_MISSING = {"n": 1.0, "g": 1.0, "p": 0.5, "t": 0.0, "w": 0.0, "l": 0.0, "d": 0.5, "m": 0.0, "v": 0.0}
_MARKS = {a: w if a == "p" else 0.0 for a, w in _COUNTS_WHEN_MISSING.items()}  # what a sentence left alone still pays for


class Costs:
    """Bead costs for one article pair, vectorised over (source end, target end) arrays."""

    def __init__(
        self, source: list[SentenceFeatures], target: list[SentenceFeatures], params: AlignParams, model: AnchorModel
    ) -> None:
        self.p = params
        self.n, self.m = len(source), len(target)
        self.src_len = np.concatenate(([0.0], np.cumsum([f.length for f in source], dtype=float)))
        self.tgt_len = np.concatenate(([0.0], np.cumsum([f.length for f in target], dtype=float)))
        kinds = (_anchor_kinds(source), _anchor_kinds(target))
        self.src_anchor = _cumulative_weights(kinds[0], _COUNTS_WHEN_MISSING, model.use_anchors)
        self.tgt_anchor = _cumulative_weights(kinds[1], _COUNTS_WHEN_MISSING, model.use_anchors)
        self.marks = tuple(_cumulative_weights(side, _MARKS, model.use_anchors) for side in kinds)
        self.src_anchor_all = _cumulative_weights(kinds[0], _ANCHOR_WEIGHT, model.use_anchors)
        self.tgt_anchor_all = _cumulative_weights(kinds[1], _ANCHOR_WEIGHT, model.use_anchors)
        self.src_side, self.tgt_side = boundaries.Side(source), boundaries.Side(target)
        self.use_paragraphs = model.use_paragraphs
        self.use_anchors = model.use_anchors
        features = ([f.anchors for f in source], [f.anchors for f in target])
        self._postings = anchors.article_postings(*features, _ANCHOR_WEIGHT) if model.use_anchors else None
        self._covered = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        self.pairs = self.merged_source = self.merged_target = anchors.dense(anchors.EMPTY, self.m + 1)
        self.target_triples = self.quadruples = self.content_pairs = self.pairs

    def refitted(self, path: list[tuple[int, int, int, int]]) -> Costs | None:
        """Costs with this document's own length ratio and variance, measured on the 1-1
        beads of a first `path` and shrunk towards the prior; None when the document has
        too few 1-1 beads or its figures match the prior (a second pass would change nothing).

        A translation that expands throughout (or an article whose words are glued
        together on one side) otherwise looks like omissions to the prior's tight
        length model; omitted sentences themselves are not 1-1 beads, so they do not
        bend the figures.
        """
        p = self.p
        ones = np.array([(i, j) for i, k, j, l in path if k == 1 and l == 1], dtype=np.int64).reshape(-1, 2)
        ls = self.src_len[ones[:, 0] + 1] - self.src_len[ones[:, 0]]
        lt = self.tgt_len[ones[:, 1] + 1] - self.tgt_len[ones[:, 1]]
        keep = (ls > 0) & (lt > 0)
        ls, lt, n = ls[keep], lt[keep], int(keep.sum())
        if not p.refit or n < p.refit_min_beads:
            return None
        share = n / (n + p.refit_ratio_weight)
        ratio = float(np.exp((1 - share) * np.log(p.ratio) + share * np.log(lt.sum() / ls.sum())))
        # The median of a squared standard normal is 0.455: the variance that makes the typical 1-1 bead
        # of this document an ordinary one. The median as np.median takes it, which imports numpy.ma (#14).
        spread = np.sort((lt - ratio * ls) ** 2 / ((ls + lt / ratio) / 2.0))[[(n - 1) // 2, n // 2]].sum() / 2.0 / 0.455
        own = max(float(spread) * p.refit_slack, 0.5)
        share = n / (n + p.refit_variance_weight)
        variance = float(np.exp((1 - share) * np.log(p.variance) + share * np.log(own)))
        if abs(np.log(ratio / p.ratio)) < 0.01 and abs(np.log(variance / p.variance)) < 0.01:
            return None
        # Only the length model changes: the anchor postings and tables are shared.
        second = copy.copy(self)
        second.p = replace(p, ratio=ratio, variance=variance, refit=False)
        return second

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
        # The second pass's band, a quarter as wide around the first pass's path (which lies
        # inside this band), is then covered already: the tables are built once (issue #14).
        low, high = low - self.p.refit_band, high + self.p.refit_band
        self._covered = (low, high)
        source, target, source_common, target_common, weight, content = self._postings
        width = self.m + 1
        pairs = anchors.join(source, target, low, high, width, weight)
        # |A ∩ B ∩ T| for neighbours A, B on one side: postings of common anchors joined
        # with the other side (for target neighbours, the band of the first one's column).
        # Each sorted table is dropped once laid out, so that few are held at once (at
        # 100,000 sentences a side the pairs' alone is 75 MB, issue #14).
        source_triples = anchors.join(source_common, target, low, high, width, weight)
        self.merged_source = anchors.dense(anchors.merged(pairs, source_triples, width, self.n, source_side=True), width)
        del source_triples
        target_triples = anchors.join(source, target_common, low - 1, high, width, weight)
        self.merged_target = anchors.dense(anchors.merged(pairs, target_triples, width, self.m, source_side=False), width)
        self.pairs = anchors.dense(pairs, width)
        del pairs
        # For 2-2 beads cut at different places (tqa.align.crossed): |A ∩ C ∩ D|, |A ∩ B ∩ C ∩ D|, and content alone.
        self.target_triples = anchors.dense(target_triples, width)
        del target_triples
        self.quadruples = anchors.dense(anchors.join(source_common, target_common, low - 1, high, width, weight), width)
        self.content_pairs = anchors.dense(anchors.join(source, target, low, high, width, content), width)

    def _pair_shared(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Shared anchor weight of source sentences `rows` with target sentences `cols` (0-based)."""
        return self.pairs(rows, cols)

    def _bead_shared(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """Anchors a bead shares, each anchor counted once.

        For 2-1 and 1-2 beads the anchors of the two sentences are united before
        they are matched (a name repeated in neighbouring sentences, Peter Jones ...
        Jones, must not reward merging them; the second sentence's own anchors
        must). Wider beads take, per sentence, its best partner on the other side.
        """
        if k == 0 or l == 0:
            return np.zeros(np.shape(i))
        if (k, l) == (2, 1):
            return self.merged_source(i - 2, ends - 1)
        if (k, l) == (1, 2):
            return self.merged_target(i - 1, ends - 2)
        grid = [[self._pair_shared(i - 1 - a, ends - 1 - b) for b in range(l)] for a in range(k)]
        if k == 1 and l == 1:
            return grid[0][0]
        by_target = sum(np.maximum.reduce([grid[a][b] for a in range(k)]) for b in range(l))
        by_source = sum(np.maximum.reduce([grid[a][b] for b in range(l)]) for a in range(k))
        best = np.minimum(by_target, by_source)
        if k == l == 2 and self.p.plain_double_merge:
            # A 2-2 bead earns what its two 1-1 halves earn, no more: news repeats a
            # name in neighbouring sentences, and crossed pairs would reward the merge.
            # Unless each side is one quotation cut in two: the versions cut it at different
            # places (the attribution before it on one side, after it on the other), and the
            # crossed pair holds the speaker («وقال ...: "إلى متى؟» / '..." said ...').
            # And when the two versions cut one passage at different places, it earns its anchors united.
            quoted = self.src_side.quoted[i - 1] & self.tgt_side.quoted[ends - 1]
            halves = np.where(crossed.cut_elsewhere(self, i, ends, grid), crossed.united(self, i, ends), grid[0][0] + grid[1][1])
            return np.asarray(np.where(quoted, best, halves), dtype=float)
        return np.asarray(best, dtype=float)

    def costs(self, i: np.ndarray, k: int, l: int, ends: np.ndarray, united: np.ndarray | None = None) -> np.ndarray:
        """Cost of the bead covering source (i-k, i] and target (j-l, j], for arrays i and j = `ends`;
        `united`, when given, is the anchor weight the bead's two sides share, each side's
        anchors united first (tqa.align.wide, for beads wider than the DP's).

        i and `ends` broadcast together, and each term keeps the shape it needs: the DP passes a
        row's i once (a column), and a null bead's terms stay one per row or column until the
        quotation cut (issue #14). The terms add in the same order as ever, so costs are exact."""
        p = self.p
        shape = np.broadcast_shapes(np.shape(i), np.shape(ends))
        cost: np.ndarray | float = p.prior(k, l)
        if self.use_anchors and k and l and k + l > 3:
            cost = self._quotation_prior(i, k, l, ends)
        if k and l:
            cost = cost + self._length_cost(self.src_len[i] - self.src_len[i - k], self.tgt_len[ends] - self.tgt_len[ends - l])
        # No bead can share more than either side holds.
        held = np.minimum(_span(self.src_anchor_all, i, k), _span(self.tgt_anchor_all, ends, l))
        shared = np.minimum(self._bead_shared(i, k, l, ends) if united is None else united, held)
        if self.use_anchors and k + l == 3:
            # A short merged sentence without support of its own pays: else it rides
            # on its neighbour's evidence and hides an omission (issue #11).
            # Its figures and names, which its neighbour's matches would net out, count against the merge.
            bound = boundaries.one_quotation(self.src_side, self.tgt_side, i, k, ends)
            for lacking, figures in merge_support(self, i, k, ends):
                cost = cost + (p.unsupported_merge + p.anchor_miss * figures) * (lacking & ~bound)
        # A sentence left alone contradicts no figure, name or date, but its quotation mark still belongs with the rest.
        src, tgt = (self.src_anchor, self.tgt_anchor) if k and l else self.marks
        countable = _span(src, i, k) + _span(tgt, ends, l)
        cost = cost + (-p.anchor_match * shared + p.anchor_miss * np.maximum(countable - 2.0 * shared, 0.0))
        if self.use_paragraphs:
            folded = self._folded_quotation(i, k, l, ends)
            cost = cost + boundaries.paragraph_cost(
                self.src_side, self.tgt_side, i, k, l, ends, p.paragraph_cross, p.paragraph_start, folded, p.paragraph_shift
            )
        if self.use_anchors:
            cost = cost + p.quotation_cut * boundaries.quotation_cut(self.src_side, self.tgt_side, i, ends)
        return np.asarray(cost) if np.shape(cost) == shape else np.array(np.broadcast_to(cost, shape), dtype=float)

    def _quotation_prior(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray:
        """The prior of a wide bead whose pieces of one quotation count as one sentence
        (boundaries.counted_sentences): a quotation cut at its full stops on one side and
        kept whole on the other is no rarer than a 2-1 bead, but no cheaper either."""
        p = self.p
        table = np.array([[p.prior(a, b) if a or b else 0.0 for b in range(l + 1)] for a in range(k + 1)])
        counted_k, counted_l = boundaries.counted_sentences(self.src_side, self.tgt_side, i, k, l, ends)
        return np.asarray(np.maximum(table[counted_k, counted_l], p.merge_cost), dtype=float)

    def _folded_quotation(self, i: np.ndarray, k: int, l: int, ends: np.ndarray) -> np.ndarray | bool:
        """For a 2-1 or 1-2 bead, whether its paragraph break is only that of a quotation the
        other side folds into its single sentence (boundaries.folded_quotation), and the
        quotation shares evidence of its own with that sentence: a number, a name, or a
        concept with its marks. A quotation that shares nothing is another one, dropped."""
        if not self.use_anchors or k + l != 3:
            return False
        own = self._pair_shared(i - 1, ends - 1)  # the second merged sentence with the single one
        folded = boundaries.folded_quotation(self.src_side, self.tgt_side, i, k, ends)
        return np.asarray(folded & (own >= self.p.own_support_shared))

    def _length_cost(self, ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
        p = self.p
        mean = np.maximum((ls + lt / p.ratio) / 2.0, 1.0)
        delta = (lt - p.ratio * ls) / np.sqrt(p.variance * mean)
        return np.asarray(np.minimum(delta * delta / 2.0, p.max_length_cost), dtype=float)


def _span(cumulative: np.ndarray, end: np.ndarray, count: int) -> np.ndarray | float:
    """The sum over the `count` sentences before boundary `end`: exactly 0.0 for none, whose
    shape then does not widen a row's or a column's term to every cell."""
    return cumulative[end] - cumulative[end - count] if count else 0.0


def _anchor_kinds(features: list[SentenceFeatures]) -> list[str]:
    """Each sentence's anchor kinds ("n", "g", ...), one letter an anchor, in its set's order:
    read once for the six weighted sums, which add them in that order as before (issue #14)."""
    return ["".join([a[0] for a in f.anchors]) for f in features]


def _cumulative_weights(kinds: list[str], weights: dict[str, float], enabled: bool) -> np.ndarray:
    per_sentence = [sum(map(weights.__getitem__, letters)) if enabled else 0.0 for letters in kinds]
    return np.concatenate(([0.0], np.cumsum(per_sentence)))
