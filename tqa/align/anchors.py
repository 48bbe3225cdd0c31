"""The aligner's anchor tables, built with numpy: which sentence pairs share anchors,
and how much, for the pairs a band of the DP can price.

A table is a pair of arrays: sorted keys i * (m + 1) + j (source sentence i, target
sentence j, 0-based) and the shared anchor weight of that pair. Pairs outside the
band are never listed, so a repeated anchor (a year, a question mark, "said") costs
band width per sentence, not document length.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

Table = tuple[np.ndarray, np.ndarray]
EMPTY: Table = (np.array([-1], dtype=np.int64), np.zeros(1))
# Pairs joined at a time: bounds the transient memory of a long document.
_CHUNK_PAIRS = 2_000_000


@dataclass(frozen=True)
class Postings:
    """(anchor id, sentence) for every anchor of every sentence, sorted by anchor then sentence."""

    anchor: np.ndarray
    sentence: np.ndarray

    @property
    def size(self) -> int:
        return int(self.anchor.size)


def postings(features: Sequence[frozenset[str]], ids: Mapping[str, int]) -> Postings:
    anchors = [ids[a] for f in features for a in f]
    sentences = [s for s, f in enumerate(features) for _ in f]
    anchor, sentence = np.array(anchors, dtype=np.int64), np.array(sentences, dtype=np.int64)
    order = np.lexsort((sentence, anchor))
    return Postings(anchor[order], sentence[order])


def common_neighbours(features: Sequence[frozenset[str]], ids: Mapping[str, int]) -> Postings:
    """Anchors sentence s shares with sentence s + 1, as postings of s."""
    return postings([features[s] & features[s + 1] for s in range(len(features) - 1)], ids)


def join(left: Postings, right: Postings, low: np.ndarray, high: np.ndarray, width: int, weight: np.ndarray) -> Table:
    """Summed weight of the anchors each left sentence i shares with each right sentence
    j in [low[i], high[i]], as a table keyed i * width + j."""
    if left.size == 0 or right.size == 0:
        return EMPTY
    right_keys = right.anchor * width + right.sentence
    start = np.searchsorted(right_keys, left.anchor * width + np.maximum(low[left.sentence], 0))
    stop = np.searchsorted(right_keys, left.anchor * width + np.minimum(high[left.sentence], width - 1), side="right")
    counts = np.maximum(stop - start, 0)
    keys_parts, value_parts = [], []
    bounds = np.cumsum(counts)
    first = 0
    while first < left.size:
        # Left postings are sorted by anchor, so a chunk mixes rows: aggregate at the end.
        last = int(np.searchsorted(bounds, (bounds[first - 1] if first else 0) + _CHUNK_PAIRS, side="right"))
        last = max(last, first + 1)
        chunk = slice(first, last)
        n = counts[chunk]
        offsets = np.repeat(start[chunk] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
        keys_parts.append(np.repeat(left.sentence[chunk], n) * width + right.sentence[offsets])
        value_parts.append(np.repeat(weight[left.anchor[chunk]], n))
        first = last
    keys = np.concatenate(keys_parts)
    if keys.size == 0:
        return EMPTY
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique, np.bincount(inverse, weights=np.concatenate(value_parts), minlength=unique.size)


def lookup(table: Table, wanted: np.ndarray) -> np.ndarray:
    keys, values = table
    pos = np.clip(np.searchsorted(keys, wanted), 0, keys.size - 1)
    return np.where(keys[pos] == wanted, values[pos], 0.0)


def merged(pairs: Table, correction: Table, width: int, count: int, source_side: bool) -> Table:
    """Shared weight of two neighbouring sentences on one side with one sentence on the
    other, anchors united first: |(A ∪ B) ∩ T| = |A ∩ T| + |B ∩ T| - |A ∩ B ∩ T|.
    Keys name the first of the two (i * width + j: source {i, i+1} and target j when
    `source_side`, else source i and target {j, j+1}); `correction` holds |A ∩ B ∩ T|.
    Only pairs where one of the two sentences shares something are listed."""
    keys = pairs[0][pairs[0] >= 0]
    step = width if source_side else 1
    joined = np.sort(np.concatenate((keys - step, keys)))
    # np.unique(joined), without the numpy.ma import it costs (0.01 s of every check, #14)
    candidates = joined[np.concatenate(([True], joined[1:] != joined[:-1]))] if joined.size else joined
    first = candidates // width if source_side else candidates % width
    candidates = candidates[(candidates >= 0) & (first >= 0) & (first + 1 < count)]
    if candidates.size == 0:
        return EMPTY
    values = lookup(pairs, candidates) + lookup(pairs, candidates + step) - lookup(correction, candidates)
    return candidates, values


ArticlePostings = tuple[Postings, Postings, Postings, Postings, np.ndarray, np.ndarray]


def article_postings(
    source: Sequence[frozenset[str]], target: Sequence[frozenset[str]], weights: Mapping[str, float]
) -> ArticlePostings:
    """Each side's anchors as numbered postings (and its neighbours' common ones), keeping
    only anchors the other side has somewhere: the rest can never be shared (every
    English word is a possible Latin-token anchor, but few appear in the Arabic). With
    them, each anchor's weight by its kind (`weights`, keyed by the anchor's first letter),
    and the same weights for content alone: a question or quotation mark ("p:") weighs nothing."""
    common = sorted(frozenset().union(*source) & frozenset().union(*target))
    ids = {a: n for n, a in enumerate(common)}
    weight = np.array([weights[a[0]] for a in common] or [0.0])
    content = np.array([0.0 if a[0] == "p" else weights[a[0]] for a in common] or [0.0])
    kept = [[f & ids.keys() for f in side] for side in (source, target)]
    return (
        postings(kept[0], ids),
        postings(kept[1], ids),
        common_neighbours(kept[0], ids),
        common_neighbours(kept[1], ids),
        weight,
        content,
    )
