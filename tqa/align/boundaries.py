"""Where a bead may start, end and span: paragraph breaks and quotations, per side.

A paragraph break is a strong but breakable hint that a bead ends there. A quotation
that runs past a sentence's end binds that sentence to the next: a cut between beads
inside a quotation on one side and outside it on the other leaves a piece of the
quotation alone (the splitter keeps «A. B.» whole but cuts "A. B." at its full stop;
a translator moves the attribution), so the cut pays. And a paragraph break inside a
quotation that the next paragraph continues ("A. [new paragraph] "B.") is English
typography, not a boundary of content: a bead may span it for free. So is the break
before a quotation that one version sets in a paragraph of its own and the other folds
into the sentence before ('..., adding: "We are not against the refinery."' against
«وأضاف أن...» [new paragraph] «وقال: "لسنا ضد المصفاة..."»), when the quotation shares
evidence with that sentence (the aligner's costs decide: `folded_quotation`).
"""

from __future__ import annotations

import numpy as np

from tqa.text.evidence import SentenceFeatures


class Side:
    """One side's boundaries, indexed by the boundary b before sentence b (0..n)."""

    def __init__(self, features: list[SentenceFeatures]) -> None:
        self.para = np.array([f.paragraph for f in features] + [-1])
        # quoted[b]: a quotation runs across boundary b; unsure[b]: a sentence beside it
        # is in a paragraph whose marks do not pair up (tqa.text.quotations).
        self.quoted = np.array([False] + [f.quoting.continues for f in features], dtype=bool)
        self.several = np.array([False] + [f.quoting.several for f in features], dtype=bool)
        self.marks_before = np.cumsum([0] + ["p:quote" in f.anchors for f in features])
        # Per sentence (one more at the end, for a bead's ends): a quotation sentence; one ending on a quotation.
        self.quotation = np.array([f.quoting.quotation for f in features] + [False], dtype=bool)
        self.ends_quoted = np.array([f.quoting.ends_quoted for f in features] + [False], dtype=bool)
        unsure = np.array([False] + [f.quoting.unsure for f in features] + [False], dtype=bool)
        self.unsure = unsure[:-1] | unsure[1:]
        # hard[b]: a paragraph break at b that no quotation runs across.
        hard = np.zeros(len(features) + 1, dtype=np.int64)
        hard[1:-1] = (self.para[1:-1] != self.para[:-2]) & ~self.quoted[1:-1]
        self.breaks = np.cumsum(hard)
        self.quoted_before = np.cumsum(self.quoted)
        # opens[s]: sentence s opens a paragraph (opens[n]: past the last one), read once, not per bead.
        first = np.arange(len(features) + 1)
        self.opens = (first == 0) | (self.para != self.para[np.maximum(first - 1, 0)])
        # rank[s]: how many paragraphs open before sentence s's, whatever the reader numbered them.
        self.rank = np.cumsum(self.opens) - 1

    def crosses(self, end: np.ndarray, k: int) -> np.ndarray:
        """Whether sentences (end-k, end] span a paragraph break no quotation runs across."""
        return np.asarray(self.breaks[end - 1] - self.breaks[end - k] > 0)

    def quoted_inside(self, end: np.ndarray, k: int) -> np.ndarray:
        """How many of the cuts between sentences (end-k, end] fall inside a quotation."""
        return np.asarray(self.quoted_before[end - 1] - self.quoted_before[end - k])

    def holds_quotation(self, end: np.ndarray, k: int) -> np.ndarray:
        """Whether sentences (end-k, end] hold quotation marks, and surely neither start nor
        end inside a quotation: they hold their quotations whole."""
        start = end - k
        inside = self.quoted[start] | self.quoted[end] | self.unsure[start] | self.unsure[end]
        return np.asarray((self.marks_before[end] > self.marks_before[start]) & ~inside)

    def quoting(self, end: np.ndarray) -> np.ndarray:
        """Whether sentence end-1 holds a quotation of several sentences or lies inside one."""
        return np.asarray(self.several[end] | self.quoted[end - 1] | self.quoted[end])

    def starts(self, first: np.ndarray) -> np.ndarray:
        """Whether sentence `first` opens a paragraph."""
        return np.asarray(self.opens[first])


def paragraph_cost(
    source: Side,
    target: Side,
    i: np.ndarray,
    k: int,
    l: int,
    ends: np.ndarray,
    cross: float,
    start: float,
    folded: np.ndarray | bool = False,
    shift: float = 0.0,
) -> np.ndarray:
    """A bead that spans a paragraph break pays `cross`, unless `folded` (a quotation
    folded into the sentence before on the other side); one that starts a paragraph on
    one side only pays `start`; one whose sides open in paragraphs of different rank pays `shift`."""
    cost: np.ndarray | float = 0.0  # a null bead's stays a number: it pays nothing here
    kept = np.logical_not(folded)
    if k > 1:
        cost = cost + cross * (source.crosses(i, k) & kept)
    if l > 1:
        cost = cost + cross * (target.crosses(ends, l) & kept)
    if k and l:
        cost = cost + start * (source.starts(i - k) != target.starts(ends - l))
        if shift:
            cost = cost + shift * (source.rank[i - k] != target.rank[ends - l])
    return np.asarray(cost)


def counted_sentences(
    source: Side, target: Side, i: np.ndarray, k: int, l: int, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The sentences a bead of k source and l target sentences counts, per side, for its
    prior: the pieces of one quotation cut at its full stops count as one sentence when
    the other side holds the quotation whole («A. B. C.» against "A. B. C." in three)."""
    counted_k = k - source.quoted_inside(i, k) * target.holds_quotation(ends, l) if k > 1 else np.full(np.shape(i), k)
    counted_l = l - target.quoted_inside(ends, l) * source.holds_quotation(i, k) if l > 1 else np.full(np.shape(ends), l)
    return np.asarray(counted_k), np.asarray(counted_l)


def one_quotation(source: Side, target: Side, i: np.ndarray, k: int, ends: np.ndarray) -> np.ndarray:
    """For a 2-1 (k=2) or 1-2 bead: whether its two merged sentences are one quotation cut
    at a full stop, against a sentence that quotes too. Each piece is then bound to the
    other by the quotation marks, and needs no support of its own to ride in the bead
    ("We are not against our students. We are against a system" against «نحن لسنا ضد
    تلامذتنا، نحن ضد نظام»). The other sentence quotes when it holds a quotation of several
    sentences, lies inside one, or is itself a quotation with at most its attribution: a
    translator often joins the two quoted sentences with a comma ('"We sold at a loss.
    Why farm at all?" he said' against «وقال: "بعنا بخسارة، فلماذا نزرع؟"»)."""
    if k == 2:
        return np.asarray(source.quoted[i - 1] & (target.quoting(ends) | target.quotation[ends - 1]))
    return np.asarray(target.quoted[ends - 1] & (source.quoting(i) | source.quotation[i - 1]))


def folded_quotation(source: Side, target: Side, i: np.ndarray, k: int, ends: np.ndarray) -> np.ndarray:
    """For a 2-1 (k=2) or 1-2 bead: whether its second merged sentence is a quotation that
    opens a paragraph, and the single sentence on the other side ends on a quotation: one
    version set the quotation apart, the other folded it into the sentence before."""
    if k == 2:
        merged, last, single, at = source, i - 1, target, ends - 1
    else:
        merged, last, single, at = target, ends - 1, source, i - 1
    return np.asarray(merged.quotation[last] & merged.starts(last) & single.ends_quoted[at])


def quotation_cut(source: Side, target: Side, i: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """1 where a bead ending at source boundary i and target boundary `ends` cuts through a
    quotation on one side right after the other side closed the quotation in the sentence
    that opened it: the piece cut off belongs to that sentence's quotation. (Only there: a
    translation without quotation marks, or a dropped piece that took its mark along,
    leaves the other side plain, which says nothing about where the cut belongs.)"""
    source_cut = source.quoted[i] & ~target.quoted[ends] & target.several[ends]
    target_cut = target.quoted[ends] & ~source.quoted[i] & source.several[i]
    return np.asarray((source_cut | target_cut) & ~source.unsure[i] & ~target.unsure[ends], dtype=float)
