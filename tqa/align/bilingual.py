"""Sentence alignment by dynamic programming over beads.

A bead pairs k source sentences with l target sentences: 1-1, 1-2, 2-1, 2-2,
1-3, 3-1, and the null beads 1-0 (omission) and 0-1 (addition); after the DP,
null beads beside a bead may join it as one 4-1 or 1-4 bead (tqa.align.wide).
The cost of a bead adds:

- a length term (Gale & Church): target characters are expected to be `ratio`
  times source characters, with variance proportional to length. For Arabic ->
  English the ratio (1.10) and variance (3.5) were fitted on the NTREX-128 and
  FLORES-200 segment pairs in ../shared/data (bench/align.py --fit refits them);
- anchors both sides share (numbers in any digit script, glossary names,
  question marks, quotations): each shared anchor lowers the cost, each
  unmatched one raises it, so a sentence whose figures belong to the next
  translation is not glued to its neighbour;
- paragraph boundaries: a bead that crosses one pays, and a bead that starts a
  paragraph on one side only pays a little: strong but breakable hints; with as many
  paragraphs on each side, a bead whose sides open in different paragraphs pays more;
- a prior per bead type (merges and nulls are rarer than 1-1).

A second pass aligns again with the document's own length ratio and variance,
measured on the first pass's 1-1 beads and shrunk towards the prior
(`Costs.refitted`): an expanded translation, or an article whose words are glued
together, no longer reads as omissions next to merges.

The DP runs row by row over a band around the diagonal, vectorised with numpy;
memory is linear in the number of sentences times the band width. Additions
(0-1 runs inside one row) are solved with a running minimum instead of a loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tqa.align.band import solve
from tqa.align.confidence import confidences
from tqa.align.costs import Costs
from tqa.align.params import AlignParams, AnchorModel, params_for
from tqa.align.strays import return_strays, split_halves
from tqa.align.unrelated import split_unrelated, split_unrelated_merges
from tqa.align.wide import join_wide
from tqa.collector import gc_paused
from tqa.model import Article, Bead, Segment
from tqa.text.evidence import SentenceFeatures, features_of_sides

__all__ = ["AlignParams", "AnchorModel", "align", "align_length_only", "align_on_features", "align_sentences", "params_for"]


def align_on_features(
    source: list[SentenceFeatures], target: list[SentenceFeatures], params: AlignParams, model: AnchorModel
) -> tuple[Bead, ...]:
    if not source and not target:
        return ()
    # The aligner makes no reference cycles, but the collector, run as it allocates, would walk
    # every sentence's features again (0.5 s of 2 at 10,000 sentences a side, issue #14).
    with gc_paused():
        return _align_on_features(source, target, params, model)


def _align_on_features(
    source: list[SentenceFeatures], target: list[SentenceFeatures], params: AlignParams, model: AnchorModel
) -> tuple[Bead, ...]:
    costs = Costs(source, target, params, model)
    path = solve(costs, params.band)
    refitted = costs.refitted(path)
    final = costs if refitted is None else refitted  # the length model the path was found with
    if refitted is None:
        scores = confidences(costs, path)
    else:
        # The second path stays near the first: a narrower band around it suffices
        # (it widens itself wherever the path touches its edge).
        path = solve(refitted, params.refit_band, around=path)
        # A bead is as sure as the less sure of the two length models says: the refitted
        # one alone rated wrong beads higher (bench/align.py: ROC AUC 0.807, with both 0.833).
        scores = [min(a, b) for a, b in zip(confidences(costs, path), confidences(refitted, path), strict=True)]
    if model.use_anchors:
        path, scores = join_wide(final, path, scores, source, target)
        path, scores = return_strays(path, scores, source, target)
        path, scores = split_unrelated(path, scores, source, target)
        path, scores = split_unrelated_merges(path, scores, source, target)
        path, scores = split_halves(path, scores, source, target)
    return tuple(
        Bead(tuple(range(i, i + k)), tuple(range(j, j + l)), round(score, 4))
        for (i, k, j, l), score in zip(path, scores, strict=False)
    )


def align(source: Article, target: Article, anchors: AnchorModel | None = None) -> tuple[Bead, ...]:
    """Align two articles' sentences; every sentence is in exactly one bead, in order."""
    model = anchors or AnchorModel()
    glossary = model.glossary if model.use_anchors else None
    source_features, target_features = features_of_sides([(source.segments, source.lang), (target.segments, target.lang)], glossary)
    params = params_for(source.lang, target.lang)
    if model.use_paragraphs and source.paragraph_count == target.paragraph_count > 1:
        # Paragraph for paragraph: the structure is parallel, so a bead that crosses a
        # boundary is almost surely wrong (a truncated sentence would otherwise borrow
        # the next paragraph's first sentence to make up its length).
        params = replace(params, paragraph_cross=params.parallel_paragraph_cross, paragraph_shift=params.parallel_paragraph_shift)
    return align_on_features(source_features, target_features, params, model)


def align_length_only(source: Article, target: Article) -> tuple[Bead, ...]:
    """The Gale & Church baseline: lengths only, their priors, no anchors or paragraph hints."""

    model = AnchorModel(use_anchors=False, use_paragraphs=False)
    params = replace(params_for(source.lang, target.lang), null_cost=4.6, refit=False)
    features = features_of_sides([(a.segments, a.lang) for a in (source, target)], None)
    return align_on_features(features[0], features[1], params, model)


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: str, target_lang: str) -> tuple[Bead, ...]:
    """Align plain sentence lists (one paragraph each side)."""

    def article(sentences: Sequence[str], lang: str) -> Article:
        return Article("<sentences>", lang, "lines", tuple(Segment(i, 0, s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]

    return align(article(source, source_lang), article(target, target_lang))
