"""The full dates of one sentence pair, matched as dates: what D215 reports on.

A date is one fact, whatever figures and month names spell it, so the figures
and month names inside a date that has its partner on the other side are the
date check's alone: the number checks (tqa.checks.number_pairs) and the month
checks (tqa.checks.dates) leave them out, and a changed date is one finding.

Dates are matched in two steps: the same date in any notation (an ambiguous
English 7/1/2027 matches 1 July or 7 January), then, among the dates left, an
Arabic date and an English one that share a part (day, month or year) or swap
day and month are one date changed. An ambiguous English date is never paired
as changed: a month/day reading could explain the difference.

A date with no year («3 مارس», March 13) is compared only with dates that have no
year either: against "3 March 2027" it would have to be read as a dropped year,
which the year's own figure (D201/D202) already reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.lang.ar import to_western_digits
from tqa.model import Segment, Span
from tqa.readers.langid import script_of
from tqa.text.full_dates import NO_YEAR, FullDate, full_dates


@dataclass(frozen=True)
class LocatedDate:
    """A full date read in a segment, kept with the segment its evidence points into."""

    segment: Segment
    date: FullDate

    def evidence(self) -> Span:
        return Span(self.segment.id, self.date.start, self.date.end, self.date.text)

    def covers(self, segment: Segment, start: int, end: int) -> bool:
        return segment.id == self.segment.id and self.date.start <= start and end <= self.date.end


@dataclass(frozen=True)
class DateComparison:
    """The dates of aligned sentences paired up: those that agree and those that differ."""

    same: tuple[tuple[LocatedDate, LocatedDate], ...]  # (arabic, english)
    changed: tuple[tuple[LocatedDate, LocatedDate], ...]

    def covers(self, segment: Segment, start: int, end: int, lang: str) -> bool:
        """Characters [start, end) of a segment on the `lang` side are inside a matched date."""
        side = 0 if lang == "ar" else 1
        return any(pair[side].covers(segment, start, end) for pair in self.same + self.changed)


def _located(segments: tuple[Segment, ...], lang: str) -> list[LocatedDate]:
    def conventions(segment: Segment) -> str:
        script = script_of(segment.text)
        return "en" if script == "latin" else "ar" if script == "arabic" else lang

    return [LocatedDate(s, d) for s in segments for d in full_dates(s.text, conventions(s))]


def _shared_parts(arabic: FullDate, english: FullDate) -> int:
    (ay, am, ad), (ey, em, ed) = arabic.value, english.value
    swapped = (am, ad) == (ed, em)
    return (ay == ey != NO_YEAR) + (am == em) + (ad == ed) + (2 if swapped else 0)


@lru_cache(maxsize=512)
def compare_dates(arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]) -> DateComparison:
    """The full dates of an Arabic and an English sentence group, matched."""
    arabic, english = _located(arabic_segments, "ar"), _located(english_segments, "en")
    same: list[tuple[LocatedDate, LocatedDate]] = []
    changed: list[tuple[LocatedDate, LocatedDate]] = []
    for with_year in (True, False):
        group_same, group_changed = _match(
            [a for a in arabic if _has_year(a) == with_year], [e for e in english if _has_year(e) == with_year]
        )
        same += group_same
        changed += group_changed if with_year else _not_ranges(group_changed, arabic_segments, english_segments)
    return DateComparison(tuple(same), tuple(changed))


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_FIGURES = patterns.compile(r"\d+")


def _figures(segments: tuple[Segment, ...]) -> set[int]:
    return {int(f) for s in segments for f in _FIGURES.findall(to_western_digits(s.text))[:200]}


def _not_ranges(
    changed: list[tuple[LocatedDate, LocatedDate]], arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]
) -> list[tuple[LocatedDate, LocatedDate]]:
    """Yearless dates paired as changed, less those whose two different days both stand as
    figures on the other side: «من ٣ إلى ١٣ مارس» is "from March 3 to 13", one range written two ways."""
    arabic_figures, english_figures = _figures(arabic_segments), _figures(english_segments)
    return [
        (a, e)
        for a, e in changed
        if a.date.value[2] == e.date.value[2] or not (a.date.value[2] in english_figures and e.date.value[2] in arabic_figures)
    ]


def _has_year(located: LocatedDate) -> bool:
    return located.date.value[0] != NO_YEAR


def _match(
    arabic: list[LocatedDate], english: list[LocatedDate]
) -> tuple[list[tuple[LocatedDate, LocatedDate]], list[tuple[LocatedDate, LocatedDate]]]:
    same = []
    for a in list(arabic):
        # Either side may read two ways: an English 7/1/2027, the end of February.
        partner = next((e for e in english if set(a.date.readings) & set(e.date.readings)), None)
        if partner is not None:
            same.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    changed = []
    for a in arabic:
        if a.date.month_end:
            continue  # the end of a month names no day to call changed
        candidates = [e for e in english if not (e.date.ambiguous or e.date.month_end) and _shared_parts(a.date, e.date) > 0]
        if candidates:
            partner = max(candidates, key=lambda e: _shared_parts(a.date, e.date))  # the first of the closest
            changed.append((a, partner))
            english.remove(partner)
    return same, changed
