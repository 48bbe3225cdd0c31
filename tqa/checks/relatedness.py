"""How much two articles share, bead by bead (O304, unrelated-articles): the evidence
is the aligner's (tqa.text.evidence), and bench/checks.py prints its calibration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tqa.model import AlignedDocument
from tqa.text.evidence import sentence_features, share_evidence

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary

# Fewer aligned pairs than this say too little about a whole article.
MIN_PAIRS_FOR_RELATEDNESS = 8
# Below this share of beads (pairs, and sentences left alone) with shared evidence the two
# files are not versions of one article. The sentences the aligner leaves alone count:
# two unrelated files are mostly split into omissions and additions, leaving a few
# pairs that share a weekday or a country. On the shared NTREX, FLORES and IWSLT
# documents with eight pairs or more (bench/checks.py), a translation scores 0.27 or more
# (0.36 at the 5th percentile), an unrelated article 0.01 at the median and 0.19 at
# most: all are caught (nine in ten when only pairs were counted). Shorter pairs of
# articles vary too much: with six pairs a translation may score 0.17.
MIN_RELATED_SHARE = 0.2


def pairs_sharing_evidence(doc: AlignedDocument, glossary: Glossary) -> tuple[int, int, int]:
    """How many aligned pairs share a number, a name, a date or two content words, of how
    many pairs, and of how many beads, sentences left alone included (O304's share;
    bench/checks.py prints its calibration on real and mismatched articles)."""
    paired = [b for b in doc.beads if b.source and b.target]
    source = [f.anchors for f in sentence_features(doc.source.segments, doc.source.lang, glossary)]
    target = [f.anchors for f in sentence_features(doc.target.segments, doc.target.lang, glossary)]
    sharing = sum(
        share_evidence(frozenset().union(*(source[i] for i in b.source)), frozenset().union(*(target[j] for j in b.target)))
        for b in paired
    )
    return sharing, len(paired), sum(1 for b in doc.beads if b.source or b.target)
