"""The aligner's second pass: the document's own length ratio and variance (Costs.refitted)."""

from __future__ import annotations

from dataclasses import replace

from tests.align_articles import pairs
from tqa.align.band import solve
from tqa.align.bilingual import align_on_features
from tqa.align.costs import Costs
from tqa.align.params import AlignParams, AnchorModel
from tqa.text.evidence import SentenceFeatures

# An English translation three quarters as long as the Arabic throughout (the prior
# expects 1.10 times as long): a translator who condenses, or an Arabic text padded out.
SOURCE = [100, 191, 179, 73, 134, 194, 161, 200, 188, 56, 195, 43]
TARGET = [84, 141, 136, 49, 107, 147, 122, 145, 156, 38, 130, 36]


def features(lengths: list[int]) -> list[SentenceFeatures]:
    return [SentenceFeatures(length, 0, frozenset()) for length in lengths]


def test_a_condensed_translation_is_aligned_one_to_one() -> None:
    beads = align_on_features(features(SOURCE), features(TARGET), AlignParams(), AnchorModel())
    assert pairs(beads) == [((i,), (i,)) for i in range(len(SOURCE))]


def test_the_prior_alone_reads_it_as_omissions_and_merges() -> None:
    # What the second pass repairs: with the prior's ratio, sentences are dropped and glued.
    beads = align_on_features(features(SOURCE), features(TARGET), replace(AlignParams(), refit=False), AnchorModel())
    assert any(len(bead.source) != 1 or len(bead.target) != 1 for bead in beads)


def test_an_omission_in_a_condensed_translation_is_still_found() -> None:
    target = TARGET[:5] + TARGET[6:]  # the English drops sentence 5
    beads = align_on_features(features(SOURCE), features(target), AlignParams(), AnchorModel())
    assert ((5,), ()) in pairs(beads)
    assert all(len(bead.source) <= 1 and len(bead.target) <= 1 for bead in beads)


def test_a_short_document_keeps_the_prior() -> None:
    costs = Costs(features(SOURCE[:5]), features(TARGET[:5]), AlignParams(), AnchorModel())
    assert costs.refitted(solve(costs, costs.p.band)) is None


def test_the_refitted_figures_follow_the_document() -> None:
    costs = Costs(features(SOURCE), features(TARGET), AlignParams(), AnchorModel())
    refitted = costs.refitted([(i, 1, i, 1) for i in range(len(SOURCE))])
    assert refitted is not None
    assert 0.75 < refitted.p.ratio < 0.9  # shrunk from 1.10 towards the document's 0.75
    assert not refitted.p.refit  # one second pass, never a third


def test_a_bead_is_as_sure_as_the_less_sure_length_model() -> None:
    """Confidence after the second pass: the lower of what the prior's and the document's
    length models say of each bead (the document's alone rated wrong beads higher)."""
    from tqa.align.confidence import confidences

    target = TARGET[:5] + TARGET[6:]
    beads = align_on_features(features(SOURCE), features(target), AlignParams(), AnchorModel())
    path, i, j = [], 0, 0
    for bead in beads:
        path.append((i, len(bead.source), j, len(bead.target)))
        i, j = i + len(bead.source), j + len(bead.target)
    costs = Costs(features(SOURCE), features(target), AlignParams(), AnchorModel())
    refitted = costs.refitted(solve(costs, costs.p.band))
    assert refitted is not None
    expected = [round(min(a, b), 4) for a, b in zip(confidences(costs, path), confidences(refitted, path), strict=True)]
    assert [b.score for b in beads] == expected
    assert any(b.score < round(c, 4) for b, c in zip(beads, confidences(refitted, path), strict=True))
