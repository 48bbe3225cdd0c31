"""Whether each sentence of a 1-2 or 2-1 bead has support of its own (docs/alignment.md,
"Merges must earn their sentences"): a dropped short sentence otherwise rides on its
neighbour's evidence and hides in a merge (issue #11)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tqa.align.costs import Costs
    from tqa.align.params import AlignParams


def merge_support(costs: Costs, i: np.ndarray, k: int, ends: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """For a 2-1 (k=2) or 1-2 bead, per merged sentence: whether it lacks
    support of its own (no shared anchor with the single sentence, and no length the
    single sentence needs: without it the bead's length fits as well), and the weight
    of its own figures, names and dates (the anchors that count when missing)."""
    p = costs.p
    if k == 2:
        single = costs.tgt_len[ends] - costs.tgt_len[ends - 1]
        figures = [costs.src_anchor[i - 1] - costs.src_anchor[i - 2], costs.src_anchor[i] - costs.src_anchor[i - 1]]
        parts = [costs.src_len[i - 1] - costs.src_len[i - 2], costs.src_len[i] - costs.src_len[i - 1]]
        shared = [costs._pair_shared(i - 2, ends - 1), costs._pair_shared(i - 1, ends - 1)]
        both = costs._length_cost(parts[0] + parts[1], single)
        alone = [costs._length_cost(parts[1], single), costs._length_cost(parts[0], single)]
    else:
        single = costs.src_len[i] - costs.src_len[i - 1]
        figures = [costs.tgt_anchor[ends - 1] - costs.tgt_anchor[ends - 2], costs.tgt_anchor[ends] - costs.tgt_anchor[ends - 1]]
        parts = [costs.tgt_len[ends - 1] - costs.tgt_len[ends - 2], costs.tgt_len[ends] - costs.tgt_len[ends - 1]]
        shared = [costs._pair_shared(i - 1, ends - 2), costs._pair_shared(i - 1, ends - 1)]
        both = costs._length_cost(single, parts[0] + parts[1])
        alone = [costs._length_cost(single, parts[1]), costs._length_cost(single, parts[0])]
    # A long sentence left out of a bead leaves its length behind; only short ones
    # can save the bead too little length to count as support.
    lacking = [lacks_support(p, own, without - both) for own, without in zip(shared, alone, strict=False)]
    return list(zip(lacking, figures, strict=True))


def lacks_support(p: AlignParams, shared: np.ndarray, saving: np.ndarray) -> np.ndarray:
    """Whether a merged sentence lacks support of its own: it shares less anchor weight
    than own_support_shared with the single sentence, and leaving it out saves the bead
    less length cost than own_support_length (the rule of 2-1 and of 4-1 beads alike)."""
    return np.asarray((shared < p.own_support_shared) & (saving < p.own_support_length))
