"""The quarters of one sentence pair, matched: what D216 reports on.

A quarter and its year are one fact: when both sides name the same year with their
quarters («الربع الثاني من ٢٠٢٥», 2Q25), that year is the quarter check's, and the
number checks (tqa.checks.number_pairs) leave it out, as they leave out a matched
date's figures (D215); a desk's 2Q25 writes the year in no figure they could read.

The same quarter on both sides is matched first; what is left is paired in reading
order as one quarter changed. Two quarters whose written years differ are never
paired: the year's own figure is reported (D214).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tqa.model import Segment, Span
from tqa.text.quarters import Quarter, quarters


@dataclass(frozen=True)
class LocatedQuarter:
    """A quarter of a year read in a segment, kept with the segment its evidence points into."""

    segment: Segment
    quarter: Quarter

    def evidence(self) -> Span:
        return Span(self.segment.id, self.quarter.start, self.quarter.end, self.quarter.text)


@dataclass(frozen=True)
class QuarterComparison:
    """The quarters of aligned sentences paired up: those that agree and those that differ."""

    same: tuple[tuple[LocatedQuarter, LocatedQuarter], ...]  # (arabic, english)
    changed: tuple[tuple[LocatedQuarter, LocatedQuarter], ...]

    def covers_year(self, segment: Segment, start: int, end: int, lang: str) -> bool:
        """Characters [start, end) of a segment on the `lang` side are inside a quarter whose
        partner names the same year."""
        side = 0 if lang == "ar" else 1
        for pair in self.same + self.changed:
            located = pair[side]
            inside = located.segment.id == segment.id and located.quarter.start <= start and end <= located.quarter.end
            if inside and pair[0].quarter.year is not None and pair[0].quarter.year == pair[1].quarter.year:
                return True
        return False


def _located(segments: tuple[Segment, ...], lang: str) -> list[LocatedQuarter]:
    return [LocatedQuarter(s, q) for s in segments for q in quarters(s.text, lang)]


def _same_year(a: Quarter, b: Quarter) -> bool:
    return a.year is None or b.year is None or a.year == b.year


@lru_cache(maxsize=512)
def compare_quarters(arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]) -> QuarterComparison:
    """The quarters of an Arabic and an English sentence group, matched."""
    arabic, english = _located(arabic_segments, "ar"), _located(english_segments, "en")
    same = []
    for a in list(arabic):
        partner = next((e for e in english if e.quarter.number == a.quarter.number and _same_year(a.quarter, e.quarter)), None)
        if partner is not None:
            same.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    changed = []
    for a in arabic:
        partner = next((e for e in english if _same_year(a.quarter, e.quarter)), None)
        if partner is not None:
            changed.append((a, partner))
            english.remove(partner)
    return QuarterComparison(tuple(same), tuple(changed))
