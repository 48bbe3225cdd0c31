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
from itertools import chain, repeat

import numpy as np

Table = tuple[np.ndarray, np.ndarray]
EMPTY: Table = (np.array([-1], dtype=np.int64), np.zeros(1))
# Pairs joined at a time: bounds the transient memory of a long document.
_CHUNK_PAIRS = 500_000


@dataclass(frozen=True)
class Postings:
    """(anchor id, sentence) for every anchor of every sentence, sorted by anchor then sentence."""

    anchor: np.ndarray
    sentence: np.ndarray

    @property
    def size(self) -> int:
        return int(self.anchor.size)


def postings(features: Sequence[frozenset[str]], ids: Mapping[str, int]) -> Postings:
    """The postings of the anchors `ids` numbers (the rest are left out)."""
    sizes = [len(f) for f in features]
    anchor = np.fromiter(map(ids.get, chain.from_iterable(features), repeat(-1)), dtype=np.int64, count=sum(sizes))
    sentence = np.repeat(np.arange(len(features), dtype=np.int64), sizes)
    numbered = anchor >= 0
    anchor, sentence = anchor[numbered], sentence[numbered]
    order = np.lexsort((sentence, anchor))
    return Postings(anchor[order], sentence[order])


def common_neighbours(side: Postings) -> Postings:
    """Anchors sentence s shares with sentence s + 1, as postings of s: in postings sorted
    by anchor then sentence, an anchor of both is one posting followed by the other."""
    both = (side.anchor[1:] == side.anchor[:-1]) & (side.sentence[1:] == side.sentence[:-1] + 1)
    return Postings(side.anchor[:-1][both], side.sentence[:-1][both])


def join(left: Postings, right: Postings, low: np.ndarray, high: np.ndarray, width: int, weight: np.ndarray) -> Table:
    """Summed weight of the anchors each left sentence i shares with each right sentence
    j in [low[i], high[i]], as a table keyed i * width + j."""
    if left.size == 0 or right.size == 0:
        return EMPTY
    right_keys = right.anchor * width + right.sentence
    start = np.searchsorted(right_keys, left.anchor * width + np.maximum(low[left.sentence], 0))
    stop = np.searchsorted(right_keys, left.anchor * width + np.minimum(high[left.sentence], width - 1), side="right")
    counts = np.maximum(stop - start, 0)
    # Left sentences a block at a time, each block about _CHUNK_PAIRS pairs, summed on its own:
    # memory stays bounded (issue #14), and the blocks' keys follow one another in order. A
    # block keeps its postings' order, so each pair's weights add in the same order as ever.
    pairs_before = np.concatenate(([0], np.cumsum(np.bincount(left.sentence, weights=counts))))
    cuts = np.searchsorted(pairs_before, np.arange(_CHUNK_PAIRS, pairs_before[-1], _CHUNK_PAIRS), side="right") - 1
    edges = distinct(np.concatenate(([0], cuts, [pairs_before.size - 1])))
    parts = [
        _join_rows(left, right, start, counts, width, weight, (left.sentence >= first) & (left.sentence < last))
        for first, last in zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True)
    ]
    parts = [part for part in parts if part[0].size]
    if not parts:
        return EMPTY
    return np.concatenate([keys for keys, _ in parts]), np.concatenate([values for _, values in parts])


def _join_rows(
    left: Postings, right: Postings, start: np.ndarray, counts: np.ndarray, width: int, weight: np.ndarray, rows: np.ndarray
) -> Table:
    """`join` for the left postings `rows` selects."""
    n = counts[rows]
    offsets = np.repeat(start[rows] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
    keys = np.repeat(left.sentence[rows], n) * width + right.sentence[offsets]
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique, np.bincount(inverse, weights=np.repeat(weight[left.anchor[rows]], n), minlength=unique.size)


def distinct(values: np.ndarray) -> np.ndarray:
    """np.unique of finite values, without the numpy.ma import its first call costs
    (11 ms, 45 million instructions, of every check: #14)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if ordered.size else ordered


def lookup(table: Table, wanted: np.ndarray) -> np.ndarray:
    keys, values = table
    pos = np.clip(np.searchsorted(keys, wanted), 0, keys.size - 1)
    return np.where(keys[pos] == wanted, values[pos], 0.0)


@dataclass(frozen=True)
class Dense:
    """A table laid out row by row for the DP's lookups (issue #14): row r's values from
    column base[r + 1] on, in slots start[r + 1] + 1 onwards, with a zero slot before and
    after each row, and an empty row before the first and after the last. A lookup is a
    few gathers instead of a binary search over every pair of the band. A slot holds the
    number of its value in `book`, the table's distinct values (a few hundred sums of
    anchor weights): a quarter or an eighth of the memory, the same values exactly."""

    base: np.ndarray
    span: np.ndarray
    start: np.ndarray
    codes: np.ndarray
    book: np.ndarray

    def __call__(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The value at each (row, col), 0 where the table lists nothing; row-wise
        arguments (one value per row, as a column) cost a gather per row, not per cell."""
        at = np.minimum(np.maximum(rows, -1), self.base.size - 2) + 1
        offset = np.minimum(np.maximum(cols - self.base[at], -1), self.span[at])
        return np.asarray(self.book[self.codes[self.start[at] + 1 + offset]])


def dense(table: Table, width: int) -> Dense:
    """The table keyed row * width + col (keys sorted, -1 for none) laid out by rows.
    Found from each row's first and last key, then _CHUNK_PAIRS keys at a time: no
    temporary as long as the table (at 100,000 sentences a side, 75 MB each, issue #14)."""
    keys, values = table
    unlisted = int(np.searchsorted(keys, 0))  # the -1 keys, first in sorted keys
    keys, values = keys[unlisted:], values[unlisted:]
    count = int(keys[-1]) // width + 1 if keys.size else 0
    bounds = np.searchsorted(keys, np.arange(count + 1) * width)  # row r's keys: bounds[r] to bounds[r + 1]
    listed = np.flatnonzero(bounds[1:] > bounds[:-1])
    first = np.zeros(count + 2, dtype=np.int64)
    span = np.zeros(count + 2, dtype=np.int64)
    first[listed + 1] = keys[bounds[listed]] % width
    span[listed + 1] = keys[bounds[listed + 1] - 1] % width - first[listed + 1] + 1
    start = np.concatenate(([0], np.cumsum(span + 2)[:-1]))
    blocks = [slice(a, a + _CHUNK_PAIRS) for a in range(0, keys.size, _CHUNK_PAIRS)]
    book = distinct(np.concatenate([[0.0], *(distinct(values[block]) for block in blocks)]))
    kind = np.uint8 if book.size <= 256 else np.uint16 if book.size <= 65536 else np.int64
    codes = np.full(int(start[-1] + span[-1] + 2), np.searchsorted(book, 0.0), dtype=kind)
    for block in blocks:
        rows, cols = np.divmod(keys[block], width)
        codes[start[rows + 1] + 1 + cols - first[rows + 1]] = np.searchsorted(book, values[block])
    return Dense(first, span, start, codes, book)


def merged(pairs: Table, correction: Table, width: int, count: int, source_side: bool) -> Table:
    """Shared weight of two neighbouring sentences on one side with one sentence on the
    other, anchors united first: |(A ∪ B) ∩ T| = |A ∩ T| + |B ∩ T| - |A ∩ B ∩ T|.
    Keys name the first of the two (i * width + j: source {i, i+1} and target j when
    `source_side`, else source i and target {j, j+1}); `correction` holds |A ∩ B ∩ T|.
    Only pairs where one of the two sentences shares something are listed."""
    keys = pairs[0][pairs[0] >= 0]
    if keys.size == 0:
        return EMPTY
    step = width if source_side else 1
    # Key ranges of about _CHUNK_PAIRS pairs each, one at a time: the candidates' temporaries
    # stay bounded (at 100,000 sentences a side the whole was 110 MB at once, issue #14).
    edges = [int(keys[0]) - step, *keys[_CHUNK_PAIRS::_CHUNK_PAIRS].tolist(), int(keys[-1]) + 1]
    parts = [_merged_range(pairs, correction, keys, (a, b), step, width, count) for a, b in zip(edges[:-1], edges[1:], strict=True)]
    parts = [part for part in parts if part[0].size]
    if not parts:
        return EMPTY
    return np.concatenate([keys for keys, _ in parts]), np.concatenate([values for _, values in parts])


def _merged_range(
    pairs: Table, correction: Table, keys: np.ndarray, bounds: tuple[int, int], step: int, width: int, count: int
) -> Table:
    """`merged` for the candidate keys in [bounds[0], bounds[1]): listed keys there, and
    the keys one step after there, moved back a step."""
    low, high = bounds
    own = keys[np.searchsorted(keys, low) : np.searchsorted(keys, high)]
    after = keys[np.searchsorted(keys, low + step) : np.searchsorted(keys, high + step)] - step
    candidates = distinct(np.concatenate((after, own)))
    first = candidates // width if step == width else candidates % width
    candidates = candidates[(candidates >= 0) & (first >= 0) & (first + 1 < count)]
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
    sides = postings(source, ids), postings(target, ids)
    return (
        *sides,
        common_neighbours(sides[0]),
        common_neighbours(sides[1]),
        weight,
        content,
    )
