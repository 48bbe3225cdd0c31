"""The longest chain of anchor points that rises on both sides: one algorithm, used by
the bilingual aligner's coarse path and by the monolingual alignment of two versions."""

from __future__ import annotations

from bisect import bisect_left


def increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of `pairs` whose second items increase strictly, by patience sorting.

    `pairs` must be sorted by first item, and within one first item by second item
    descending, so that at most one point of each first item joins the chain."""
    tails: list[int] = []  # tails[k]: smallest last second item of a chain of length k + 1
    tail_index: list[int] = []
    parent = [-1] * len(pairs)
    for index, (_, second) in enumerate(pairs):
        k = bisect_left(tails, second)
        if k == len(tails):
            tails.append(second)
            tail_index.append(index)
        else:
            tails[k], tail_index[k] = second, index
        parent[index] = tail_index[k - 1] if k else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = parent[index]
    return chain[::-1]
