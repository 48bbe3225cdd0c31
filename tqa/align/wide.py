"""One sentence that translates four: beads wider than the DP's (issue #14).

The DP's widest beads are 3-1 and 1-3; a wider type would price every cell of the band
for the few places that need it. Where one version runs four sentences together (a
list of events cut at each semicolon on one side, «(1) التدفق» «(2) الكثافة، و» «(3)
السرعة.» against "(1) flow, (2) density, and (3) speed"), the DP leaves the pieces it
cannot fit as omissions beside the merge that holds the rest. `join_wide` joins such
null beads to the bead beside them when one 4-1 or 1-4 bead costs less than the bead and
the nulls together, and each joined sentence has support of its own: a shared anchor
or length the single sentence needs (as a merge's sentences must, docs/alignment.md,
"Merges must earn their sentences"), so that a dropped sentence does not hide in it.

Wide beads earn the anchors of their sentences united (tqa.align.costs prices 3-1
beads by their best sentence's anchors alone): the bead the join replaces is priced
the same way, so the comparison is fair.
"""

from __future__ import annotations

import numpy as np

from tqa.align.costs import _ANCHOR_WEIGHT, Costs
from tqa.align.merge_support import lacks_support
from tqa.text.evidence import SentenceFeatures

Path = list[tuple[int, int, int, int]]  # (source start, k, target start, l) per bead
Bead = tuple[int, int, int, int]
Sides = tuple[list[SentenceFeatures], list[SentenceFeatures]]
WIDEST = 4  # sentences on the wide side: 4-1 and 1-4 beads


def join_wide(
    costs: Costs, path: Path, scores: list[float], source: list[SentenceFeatures], target: list[SentenceFeatures]
) -> tuple[Path, list[float]]:
    """The path with null beads joined to the 1-k or k-1 bead beside them where one bead
    wider than the DP's costs less (the joined bead with the lowest confidence of its parts)."""
    beads, kept = list(path), list(scores)
    at = 0
    while at < len(beads):
        found = _best_join(costs, beads, at, (source, target))
        if found is None:
            at += 1
            continue
        first, last, bead = found
        kept[first:last] = [min(kept[first:last])]
        beads[first:last] = [bead]
        at = first + 1
    return beads, kept


def _best_join(costs: Costs, beads: Path, at: int, sides: Sides) -> tuple[int, int, Bead] | None:
    """The cheapest wide bead made of the bead at `at` and null beads beside it, as the
    slice of `beads` it replaces and the bead; None when none saves anything."""
    i, k, j, l = beads[at]
    best: tuple[float, int, int, Bead] | None = None
    # The pieces to join are omissions (1-0) when the single sentence is the target's, additions when the source's.
    for on_source in [side for side, single in ((True, l), (False, k)) if single == 1 and k and l]:
        null, wide = ((1, 0), k) if on_source else ((0, 1), l)
        before, after = _run(beads, at, -1, null), _run(beads, at, 1, null)
        # Only the shape the DP has not priced: it found the narrower ones dearer already.
        for x, y in [(x, WIDEST - wide - x) for x in range(before + 1) if 0 <= WIDEST - wide - x <= after]:
            bead = (i - x, WIDEST, j, 1) if on_source else (i, 1, j - x, WIDEST)
            joined = list(range(x)) + list(range(WIDEST - y, WIDEST))  # the null sentences' places in it
            if not all(_supported(costs, bead, n, sides) for n in joined):
                continue
            saving = sum(_cost(costs, b, sides) for b in beads[at - x : at + 1 + y]) - _cost(costs, bead, sides)
            if saving > 0 and (best is None or saving > best[0]):
                best = (saving, at - x, at + 1 + y, bead)
    return None if best is None else best[1:]


def _run(beads: Path, at: int, step: int, null: tuple[int, int]) -> int:
    """How many `null` beads follow (step 1) or precede (step -1) the bead at `at`."""
    count, next_at = 0, at + step
    while 0 <= next_at < len(beads) and (beads[next_at][1], beads[next_at][3]) == null:
        count, next_at = count + 1, next_at + step
    return count


def _shared(bead: Bead, sides: Sides) -> float:
    """The anchor weight the bead's two sides share, each side's anchors united."""
    i, k, j, l = bead
    ours = frozenset().union(*(f.anchors for f in sides[0][i : i + k]))
    theirs = frozenset().union(*(f.anchors for f in sides[1][j : j + l]))
    return sum(_ANCHOR_WEIGHT[a[0]] for a in ours & theirs)


def _cost(costs: Costs, bead: Bead, sides: Sides) -> float:
    """The bead's cost; beads of three sentences or more on a side earn their anchors united."""
    i, k, j, l = bead
    united = np.array([_shared(bead, sides)]) if max(k, l) > 2 and min(k, l) == 1 else None
    return float(costs.costs(np.array([i + k]), k, l, np.array([j + l]), united)[0])


def _supported(costs: Costs, bead: Bead, n: int, sides: Sides) -> bool:
    """Whether the n-th sentence of the wide side of a 4-1 or 1-4 bead has support of its own:
    a shared anchor with the single sentence, or length that the bead needs."""
    i, k, j, l = bead
    if k > 1:
        alone, single, length = (i + n, 1, j, 1), costs.tgt_len[j + 1] - costs.tgt_len[j], costs.src_len
        wide = np.array([length[i + k] - length[i]])
        part = length[i + n + 1] - length[i + n]
        both, without = costs._length_cost(wide, single), costs._length_cost(wide - part, single)
    else:
        alone, single, length = (i, 1, j + n, 1), costs.src_len[i + 1] - costs.src_len[i], costs.tgt_len
        wide = np.array([length[j + l] - length[j]])
        part = length[j + n + 1] - length[j + n]
        both, without = costs._length_cost(single, wide), costs._length_cost(single, wide - part)
    return not bool(lacks_support(costs.p, np.array([_shared(alone, sides)]), without - both)[0])
