"""The figures of one sentence pair, matched: what the four number checks (D201-D204) report on.

The comparison runs on values after scale words (tqa.text.numbers), so ٨٠٠ مليون,
800 million, $800m and 800,000,000 are one number. Unmatched numbers are then
explained in the order an editor would: the same written number with another
scale word (wrong scale), the same scale with other digits (different value), and
what is left is missing or added. `CheckContext.number_comparisons` computes it once per run.
"""

from __future__ import annotations

from dataclasses import dataclass

from tqa.checks.date_pairs import compare_dates
from tqa.model import Segment, Span
from tqa.readers.langid import script_of
from tqa.text.numbers import Quantity, quantities


@dataclass(frozen=True)
class Located:
    segment: Segment
    quantity: Quantity

    def evidence(self) -> Span:
        start, end = self.quantity.start, self.quantity.end
        return Span(self.segment.id, start, end, self.segment.text[start:end])


@dataclass(frozen=True)
class NumberComparison:
    wrong_scale: tuple[tuple[Located, Located], ...]  # (arabic, english)
    different: tuple[tuple[Located, Located], ...]
    arabic_only: tuple[Located, ...]
    english_only: tuple[Located, ...]


def _located(segments: tuple[Segment, ...], lang: str) -> list[Located]:
    # A sentence left in the other language (the language checks report it) is
    # read with that language's conventions, so its figures still count.
    def conventions(segment: Segment) -> str:
        script = script_of(segment.text)
        return "en" if script == "latin" else "ar" if script == "arabic" else lang

    return [Located(s, q) for s in segments for q in quantities(s.text, conventions(s))]


def _outside_dates(
    arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]
) -> tuple[list[Located], list[Located]]:
    """The figures of each side, without those of a date matched on the other side: they are
    the date check's (D215), so that one date is one finding."""
    dates = compare_dates(arabic_segments, english_segments)
    arabic = [x for x in _located(arabic_segments, "ar") if not dates.covers(x.segment, x.quantity.start, x.quantity.end, "ar")]
    english = [x for x in _located(english_segments, "en") if not dates.covers(x.segment, x.quantity.start, x.quantity.end, "en")]
    return arabic, english


def compare_numbers(arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]) -> NumberComparison:
    """The figures of an Arabic and an English sentence group, matched and explained."""
    arabic, english = _outside_dates(arabic_segments, english_segments)
    # 1. Same value, in any notation. Definite numbers claim partners first so
    # that a soft "one" does not take the partner of a written 1.
    for a in sorted(arabic, key=lambda x: x.quantity.soft):
        partner = next((e for e in english if e.quantity.same_value(a.quantity)), None)
        if partner is not None:
            arabic = [x for x in arabic if x is not a]
            english = [x for x in english if x is not partner]
    # A Hijri day or year kept on both sides but changed (١٤٤٦ هـ written 1445 AH) is
    # a changed figure; kept on one side only, it is soft like any number word.
    hijri_changed = []
    for a in [x for x in arabic if x.quantity.hijri]:
        partner = next((e for e in english if e.quantity.hijri and (e.quantity.value >= 100) == (a.quantity.value >= 100)), None)
        if partner is not None:
            hijri_changed.append((a, partner))
            english.remove(partner)
    arabic = [a for a in arabic if not a.quantity.soft]
    english = [e for e in english if not e.quantity.soft]
    # 2. Same digits, another scale word.
    wrong_scale = []
    for a in list(arabic):
        partner = next((e for e in english if a.quantity.wrong_scale_of(e.quantity)), None)
        if partner is not None:
            wrong_scale.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    # 3. Left over on both sides at the same scale, or within a factor of ten
    # (٣٥ ألف against 53,000): read as one number changed.
    different = hijri_changed
    for a in list(arabic):
        partner = next((e for e in english if _comparable(a.quantity, e.quantity)), None)
        if partner is not None:
            different.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    return NumberComparison(tuple(wrong_scale), tuple(different), tuple(arabic), tuple(english))


def _comparable(arabic: Quantity, english: Quantity) -> bool:
    if arabic.percent != english.percent:
        return False
    if arabic.scale == english.scale:
        return True
    small, large = sorted((abs(arabic.value), abs(english.value)))
    return small > 0 and large / small <= 10  # a dropped or added zero (120,000 written 12,000) is one changed figure
