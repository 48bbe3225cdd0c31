"""Align two versions of one article in the same language, sentence to sentence.

An editor merges two sentences, splits one, drops or adds one; a reference
translation words things its own way. Pairs are found by character-trigram
similarity: exact matches first as anchors, then a small DP in each gap between
them, with 1-1, 1-2, 2-1 and skips. Used by `tqa score` and R701.
"""

from __future__ import annotations

from collections.abc import Sequence

from tqa.align.sequences import increasing_chain
from tqa.model import Bead

# Aligner costs (0 = identical). A skipped sentence costs SKIP_COST, so two
# sentences are paired 1-1 rather than dropped and added when their n-gram Dice
# similarity exceeds 1 - 2 * SKIP_COST = 0.2: unrelated English sentences share
# 0.1-0.2 of their trigrams through "the", "ing" and the like.
SKIP_COST = 0.4
MERGE_COST = 0.05
# Cells of the DP at most this far off a gap's diagonal are explored; the gaps
# between exact-match anchors are short in practice, so this bounds only pathologies.
BAND = 40
NGRAM = 3
# A sentence repeated c times in one version and d in the other gives c * d anchor
# candidates; above this many it is left to the DP. A budget on the product, not a
# cap per side: a boilerplate line repeated 60 times in both 10,000-line versions
# (3,600 candidates) left the whole text as one gap, 100 s of DP (#14).
MAX_COPY_PAIRS = 10_000
MIN_CONTAINMENT = 0.3

Features = frozenset[str]


def _features(text: str) -> Features:
    # Character trigrams of the case-folded, space-normalised text: robust to a
    # changed word or inflection, the edits that separate two versions of a sentence.
    folded = " " + " ".join(text.casefold().split()) + " "
    return frozenset(folded[k : k + NGRAM] for k in range(len(folded) - NGRAM + 1))


def _dice(a: Features, b: Features) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _merge_step(
    common_first: int, first: Features, common_second: int, second: Features, merged: Features, single: Features
) -> tuple[float, float] | None:
    """Cost and similarity of two sentences (`merged` = their union) against one.

    The weaker part's containment is added to the cost: in a true merge both
    sentences live on in the merged one; a dropped short sentence next to an
    unchanged one would otherwise look like a merge. Below MIN_CONTAINMENT the
    merge could not beat a 1-1 bead plus a skip, so it is not costed at all.
    """
    containment = min(common_first / max(len(first), 1), common_second / max(len(second), 1))
    if containment < MIN_CONTAINMENT:
        return None
    similarity = _dice(merged, single)
    return 1 - similarity + MERGE_COST + (1 - containment), similarity


def align_monolingual(hyp: Sequence[str], ref: Sequence[str]) -> tuple[Bead, ...]:
    """Beads (hypothesis ids -> reference ids) of two versions of one text.

    Equal sentences (case and spacing aside) on the longest common subsequence
    are fixed 1-1 anchors (`_anchors`); the gaps between anchors are
    aligned by dynamic programming over 1-1, 1-0, 0-1, 2-1 and 1-2 beads whose cost
    is n-gram dissimilarity, not length (lengths say little within one language).
    Deterministic: ties go to the first move in a fixed order.
    """
    keys_h = [" ".join(t.casefold().split()) for t in hyp]
    keys_r = [" ".join(t.casefold().split()) for t in ref]
    anchors = _anchors(keys_h, keys_r)
    # Only sentences between anchors are compared: an anchored one's trigrams are never
    # read, and most sentences of two versions are anchored (#14).
    anchored_h, anchored_r = {a for a, _ in anchors}, {b for _, b in anchors}
    feats_h = [frozenset() if k in anchored_h else _features(t) for k, t in enumerate(hyp)]
    feats_r = [frozenset() if k in anchored_r else _features(t) for k, t in enumerate(ref)]
    beads: list[Bead] = []
    i = j = 0
    for a, b in anchors:
        beads.extend(_align_gap(feats_h, feats_r, i, a, j, b))
        beads.append(Bead((a,), (b,), 1.0))
        i, j = a + 1, b + 1
    beads.extend(_align_gap(feats_h, feats_r, i, len(hyp), j, len(ref)))
    return _pair_replacements(beads, feats_h, feats_r)


def _pair_replacements(beads: list[Bead], fh: list[Features], fr: list[Features]) -> tuple[Bead, ...]:
    """Within a run of skipped sentences, pair dropped and added ones in order, 1-1.

    A sentence dropped where another was added is a rewrite, as in a diff's
    "replace": the editor wants the two side by side (and a low chrF), not an
    omission and an addition that are really one change.
    """
    paired: list[Bead] = []
    run: list[Bead] = []
    for bead in [*beads, Bead((0,), (0,))]:  # the sentinel flushes the last run
        if bead.source and bead.target:
            dropped = [b.source[0] for b in run if b.source]
            added = [b.target[0] for b in run if b.target]
            for k in range(max(len(dropped), len(added))):
                i, j = (dropped[k] if k < len(dropped) else None), (added[k] if k < len(added) else None)
                if i is not None and j is not None:
                    paired.append(Bead((i,), (j,), _dice(fh[i], fr[j])))
                else:
                    paired.append(Bead((i,) if i is not None else (), (j,) if j is not None else (), 0.0))
            paired.append(bead)
            run = []
        else:
            run.append(bead)
    return tuple(paired[:-1])


def _anchors(keys_h: list[str], keys_r: list[str]) -> list[tuple[int, int]]:
    """The longest common subsequence of equal sentences (Hunt-Szymanski), as anchors.

    The LCS is what a line diff of the two versions keeps: it cannot pair a
    repeated passage with the wrong copy of itself (difflib's longest-block-first
    matching can), and it finds anchors in text that repeats boilerplate (patience
    diff's unique-lines-only rule finds none). Sentences repeated so often that
    their copies make more than MAX_COPY_PAIRS pairs are left to the DP, which bounds the work.
    """
    where_r: dict[str, list[int]] = {}
    for j, key in enumerate(keys_r):
        where_r.setdefault(key, []).append(j)
    copies_h: dict[str, int] = {}
    for key in keys_h:
        copies_h[key] = copies_h.get(key, 0) + 1
    candidates: list[tuple[int, int]] = []
    for i, key in enumerate(keys_h):
        positions = where_r.get(key, [])
        if positions and len(positions) * copies_h[key] <= MAX_COPY_PAIRS:
            # Decreasing j for one i: an increasing chain then takes at most one of them.
            candidates.extend((i, j) for j in reversed(positions))
    return increasing_chain(candidates)


def _align_gap(fh: list[Features], fr: list[Features], i0: int, i1: int, j0: int, j1: int) -> list[Bead]:
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(i0, i1)] + [Bead((), (j,), 0.0) for j in range(j0, j1)]
    back = _fill(fh, fr, i0, j0, n, m)
    beads: list[Bead] = []
    a, b = n, m
    while a or b:
        da, db, sim = back[a, b]
        beads.append(Bead(tuple(range(i0 + a - da, i0 + a)), tuple(range(j0 + b - db, j0 + b)), sim))
        a, b = a - da, b - db
    return beads[::-1]


def _fill(
    fh: list[Features], fr: list[Features], i0: int, j0: int, n: int, m: int
) -> dict[tuple[int, int], tuple[int, int, float]]:
    """The DP over the band: for each cell, the bead (hyp step, ref step, similarity) that ends there.

    Moves are tried in a fixed order (1-1, 1-0, 0-1, 2-1, 1-2) and only a
    strictly lower cost replaces the best, so ties resolve the same way every run.
    Trigram overlaps are computed once per cell and reused by the merges.
    """
    width = BAND + abs(n - m)
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    common: dict[tuple[int, int], int] = {}
    inf = float("inf")
    for a in range(n + 1):
        centre = a * m / n
        for b in range(max(0, int(centre - width)), min(m, int(centre + width)) + 1):
            if not (a or b):
                continue
            moves = _moves(fh, fr, i0 + a - 1, j0 + b - 1, (a, b), common)
            best, move = inf, (0, 0, 0.0)
            for da, db, step_cost, sim in moves:
                total = cost.get((a - da, b - db), inf) + step_cost
                if total < best:
                    best, move = total, (da, db, sim)
            cost[a, b], back[a, b] = best, move
    return back


def _moves(
    fh: list[Features], fr: list[Features], i: int, j: int, cell: tuple[int, int], common: dict[tuple[int, int], int]
) -> list[tuple[int, int, float, float]]:
    """The beads that may end at `cell` (a, b), hypothesis sentence i and reference
    sentence j, as (hyp step, ref step, cost, similarity), in the fixed order of `_fill`.
    Records the cell's trigram overlap in `common` for the merges of later cells."""
    a, b = cell
    moves: list[tuple[int, int, float, float]] = []
    if a and b:
        shared = common[a, b] = len(fh[i] & fr[j])
        sim = 2 * shared / (len(fh[i]) + len(fr[j])) if fh[i] or fr[j] else 0.0
        moves.append((1, 1, 1 - sim, sim))
    moves.append((1, 0, SKIP_COST, 0.0) if a else (0, 1, SKIP_COST, 0.0))
    if a and b:
        moves.append((0, 1, SKIP_COST, 0.0))
    if a >= 2 and b:
        before = common.get((a - 1, b))
        before = len(fh[i - 1] & fr[j]) if before is None else before
        step = _merge_step(before, fh[i - 1], common[a, b], fh[i], fh[i - 1] | fh[i], fr[j])
        if step:
            moves.append((2, 1, *step))
    if a and b >= 2:
        before = common.get((a, b - 1))
        before = len(fh[i] & fr[j - 1]) if before is None else before
        step = _merge_step(before, fr[j - 1], common[a, b], fr[j], fr[j - 1] | fr[j], fh[i])
        if step:
            moves.append((1, 2, *step))
    return moves
