"""The bilingual aligner's parameters: what it may use beyond lengths (AnchorModel), and
the costs per bead type and evidence (AlignParams), fitted and tuned with bench/align.py."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary


@dataclass(frozen=True)
class AnchorModel:
    """What the aligner may use beyond lengths: the glossary's names, and switches."""

    glossary: Glossary | None = None
    use_anchors: bool = True
    use_paragraphs: bool = True


@dataclass(frozen=True)
class AlignParams:
    """The aligner's costs and switches, Arabic -> English (`reversed` for the other way)."""

    ratio: float = 1.10  # target characters per source character, Arabic -> English
    variance: float = 5.0  # fitted on segment pairs: 3.5; aligning split sentences needs more slack (bench/align.py)
    null_cost: float = 2.5  # below Gale & Church's 4.6: tuned on derived omission sets (bench/align.py)
    merge_cost: float = 2.8  # 1-2 and 2-1 (tuned with null_cost on the shared sets)
    double_merge_cost: float = 4.6  # 2-2
    triple_merge_cost: float = 6.5  # 1-3 and 3-1: they pay only when lengths leave no doubt
    quadruple_merge_cost: float = 8.0  # 1-4 and 4-1: not the DP's, joined after it (tqa.align.wide)
    anchor_match: float = 4.0
    anchor_miss: float = 0.8
    paragraph_cross: float = 3.0
    parallel_paragraph_cross: float = 20.0  # when both sides have the same number of paragraphs
    paragraph_start: float = 1.0
    # A bead whose sentences open in paragraphs of different rank (the fifth paragraph's last
    # sentence against the sixth's first) pays this: 0 unless both sides have as many
    # paragraphs, when the rank is a paragraph's partner (tqa.align.bilingual.align).
    paragraph_shift: float = 0.0
    parallel_paragraph_shift: float = 2.0
    # A cut between beads inside a quotation on one side only (tqa.align.boundaries).
    quotation_cut: float = 2.0
    max_length_cost: float = 25.0
    # A 1-2 or 2-1 bead pays this for each of its two merged sentences that has no
    # support of its own: no shared anchor with the other side, and a length the
    # bead fits as well without. A dropped short sentence otherwise rides on its
    # neighbour's evidence and hides in a merge (issue #11).
    unsupported_merge: float = 1.0
    plain_double_merge: bool = True
    own_support_shared: float = 1.0  # shared anchor weight that counts as support (a number, a name, two concepts)
    own_support_length: float = 1.0  # length cost a sentence must save its bead to count as support
    band: int = 40  # half-width around the coarse path; doubled where the path touches it
    # A second pass with the document's own length model (Costs.refitted): translators
    # and documents differ in how much they expand, and the length prior is an average.
    refit: bool = True
    refit_min_beads: int = 6  # 1-1 beads a document needs before its own figures count
    refit_ratio_weight: float = 10.0  # the prior ratio counts as this many beads
    refit_variance_weight: float = 40.0  # the prior variance counts as this many beads
    # The document's variance is measured on its 1-1 beads (a robust estimate); aligning
    # split sentences needs the same slack the prior has over segment pairs (5.0 / 3.3).
    refit_slack: float = 1.5

    def prior(self, k: int, l: int) -> float:
        if k == 0 or l == 0:
            return self.null_cost
        if k + l == 2:
            return 0.0
        if k + l == 3:
            return self.merge_cost
        if k == l:
            return self.double_merge_cost
        return self.triple_merge_cost if k + l == 4 else self.quadruple_merge_cost

    @property
    def refit_band(self) -> int:
        """The second pass's half-width: it stays near the first pass's path."""
        return max(self.band // 4, 5)

    def reversed(self) -> AlignParams:

        return replace(self, ratio=1.0 / self.ratio, variance=self.variance / self.ratio)


def params_for(source_lang: str, target_lang: str) -> AlignParams:
    if source_lang == target_lang:
        return AlignParams(ratio=1.0, variance=1.0, refit=False)  # two versions of one text: no translator's expansion to learn
    params = AlignParams()
    return params if source_lang == "ar" else params.reversed()
