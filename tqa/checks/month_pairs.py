"""A month given by its two Arabic names must be one month.

Arabic news copy often writes a month in both of its series at once, the Levantine
and Iraqi name with the one taken from the Western calendar (ARABIC.md, "Dates"):
«حزيران/يونيو» is June, «تموز (يوليو)» July. When the two halves name different
months («تموز/يونيو»), the date is wrong whichever half a reader believes; D211
cannot see it, since the English agrees with one half.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa import patterns
from tqa.checks.base import Check, CheckContext, Example, Hit, WholeArticle, span
from tqa.model import Segment, Severity
from tqa.text.dates import ENGLISH_MONTHS, DateName, date_names

# What joins the two names of one month: a slash, or the second in brackets.
_JOINER = patterns.compile(r"\s*[/(]\s*")


@dataclass(frozen=True)
class MonthPair:
    """Two month names given together for one month (an Arabic and a Western name)."""

    first: DateName
    second: DateName

    @property
    def agrees(self) -> bool:
        return self.first.number == self.second.number


def month_pairs(text: str) -> list[MonthPair]:
    """Each month an Arabic text names twice in a row, joined by a slash or brackets
    (آب/أغسطس, مارس (آذار)), in reading order."""
    months = [d for d in date_names(text, "ar") if d.kind == "month"]
    return [MonthPair(a, b) for a, b in zip(months, months[1:], strict=False) if _JOINER.fullmatch(text[a.end : b.start])]


def _english_months(ctx: CheckContext, segment: Segment) -> set[int]:
    """The months the English of the Arabic sentence names (its aligned pair)."""
    for pair in ctx.pairs():
        if any(s.id == segment.id for s in pair.arabic):
            return {d.number for s in pair.english for d in date_names(s.text, "en") if d.kind == "month"}
    return set()


def _month_pair_disagrees(ctx: CheckContext) -> Iterator[Hit]:
    """A month written with its two Arabic names gives two different months («تموز/يونيو»: July and June).

    Why it matters: a reader takes either name for the date, and a translation
    that follows one half agrees with the source by chance. Write the two names of
    one month (حزيران/يونيو); where the English gives the month, it says which one
    the other names mean. Also checked on an Arabic article alone.
    """
    for segment in ctx.arabic.segments:
        for pair in month_pairs(segment.text):
            if pair.agrees:
                continue
            first, second = pair.first, pair.second
            said = f"«{first.text}» is {first.english} but «{second.text}» is {second.english}"
            english = _english_months(ctx, segment) & {first.number, second.number}
            if len(english) == 1:
                month = ENGLISH_MONTHS[next(iter(english)) - 1]
                advice = f"the English says {month}: write both names of {month}"
            else:
                advice = "write the two names of one month"
            evidence = span(segment, first.start, second.end)
            yield Hit(f"The month «{evidence.text}» names two months: {said}; {advice}", *ctx.by_role(evidence, None))


MONTH_PAIR_DISAGREES = Check(
    "D217",
    "month-pair-disagrees",
    "date",
    Severity.ERROR,
    WholeArticle(_month_pair_disagrees),
    (
        Example(ar="تنطلق الحملة في آب/سبتمبر المقبل.", en="The campaign starts next September.", fails=True),
        Example(ar="أُجريت الانتخابات في ٣ شباط (مارس) ٢٠٢٤.", en="The election was held on 3 March 2024.", fails=True),
        Example(ar="ستفتح المدرسة في أيلول/أكتوبر ٢٠٢٨.", en="The school will open in September 2028.", fails=True, direction="en-ar"),
        Example(ar="تنطلق الحملة في آب/أغسطس المقبل.", en="The campaign starts next August.", fails=False),
        Example(ar="أُجريت الانتخابات في ٣ آذار (مارس) ٢٠٢٤.", en="The election was held on 3 March 2024.", fails=False),
        # Two months of a span, not one month twice.
        Example(ar="تمتد الحملة من آب إلى أيلول.", en="The campaign runs from August to September.", fails=False),
    ),
    needs_source=False,
)

CHECKS = (MONTH_PAIR_DISAGREES,)
