"""A figure read in a sentence, kept with the sentence its evidence points into."""

from __future__ import annotations

from dataclasses import dataclass

from tqa.model import Segment, Span
from tqa.text.numbers import Quantity


@dataclass(frozen=True)
class Located:
    """A quantity read in a segment, kept with the segment its evidence points into."""

    segment: Segment
    quantity: Quantity

    def evidence(self) -> Span:
        start, end = self.quantity.start, self.quantity.end
        return Span(self.segment.id, start, end, self.segment.text[start:end])
