"""Amounts written in two forms, paired before the figures are (tqa.checks.number_pairs):
one duration, sum or share in two units («ساعة واحدة», "60 minutes"; «50٪ من», "half of"),
and a share in words that the translation changed («بزيادة الربع», "a third more").

A fraction in words is a per cent (tqa.text.numbers.shares) with no digits for the figure
checks to compare. Left over on both sides of one sentence pair, the only share of one side
against the only share of the other (in words or a per cent, one of them in words) is one
share changed. Never where either says the share is approximate ("nearly a third" for 30%):
that leeway is the rounding rule's, and it needs a figure on both sides to judge; but two
fraction words that differ («نحو ثلثي», "around a third") are two shares, approximate or not.
"""

from __future__ import annotations

from collections.abc import Sequence

from tqa.checks.located import Located
from tqa.model import Segment
from tqa.text.numbers import Quantity
from tqa.text.numbers.approximate import approximation
from tqa.text.numbers.measures import Measure, measures

Placed = tuple[Segment, Measure]
# A share in words and a per cent this close are one share (a third written 33% or 34%).
_SAME_SHARE_POINTS = 1.0


def same_amounts(
    arabic_segments: Sequence[Segment], english_segments: Sequence[Segment]
) -> tuple[list[Placed], list[Placed], list[Placed], list[Placed]]:
    """The amounts each side writes in another form than the other (Arabic, English, paired
    in order), then each side's amounts left unpaired."""
    english = [(s, m) for s in english_segments for m in measures(s.text, "en")]
    paired: tuple[list[Placed], list[Placed]] = ([], [])
    arabic_left = []
    for a in ((s, m) for s in arabic_segments for m in measures(s.text, "ar")):
        partner = next((e for e in english if a[1].same_amount(e[1])), None)
        if partner is None:
            arabic_left.append(a)
        else:
            english.remove(partner)
            paired[0].append(a)
            paired[1].append(partner)
    return paired[0], paired[1], arabic_left, english


def changed_share(
    arabic_left: list[Placed], english_left: list[Placed], arabic: list[Located], english: list[Located]
) -> tuple[Located, Located] | None:
    """The one share of each side (its words left unpaired in `*_left`, its per cents among the
    figures `arabic`, `english`) when one is in words and the two differ; else None."""
    words = [[_as_figure(p) for p in left if _word_share(p[1])] for left in (arabic_left, english_left)]
    if not (words[0] or words[1]):
        return None
    sides = [[*words[0], *_shares(arabic)], [*words[1], *_shares(english)]]
    if len(sides[0]) != 1 or len(sides[1]) != 1:
        return None
    first, second = sides[0][0], sides[1][0]
    # Two fraction words are each a rounding already: "around a third" for «نحو ثلثي» is
    # another fraction, whatever "around" allows a figure.
    if not (words[0] and words[1]) and any(approximation(x.segment.text, x.quantity.start, x.quantity.end) is not None for x in (first, second)):
        return None
    return (first, second) if abs(first.quantity.value - second.quantity.value) > _SAME_SHARE_POINTS else None


def _shares(figures: list[Located]) -> list[Located]:
    return [x for x in figures if x.quantity.percent]


def _word_share(measure: Measure) -> bool:
    """A share in words, approximate or not (a figure's approximation is checked with the pair)."""
    return measure.dimension == "share" and not measure.exact


def _as_figure(placed: Placed) -> Located:
    """A share in words as the figure it stands for: «الربع» is 25, a third 33.3."""
    segment, measure = placed
    value = round(measure.value, 1)
    text = segment.text[measure.start : measure.end]
    return Located(segment, Quantity(value, value, 0, measure.start, measure.end, text, percent=True))
