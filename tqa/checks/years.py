"""Years: a year (or a Hijri day or year) changed in translation is a wrong date, not a wrong amount.

The numbers checks find the changed figure (CheckContext.number_comparisons); this
check reports the pairs of it that are dates, under the date category, and
D203 leaves them alone, so that one changed year is one date finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair
from tqa.lang.ar import to_western_digits
from tqa.model import Severity
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.numbers import Quantity
from tqa.text.numbers.quantity import is_year


def is_date_pair(arabic: Quantity, english: Quantity) -> bool:
    """Both sides of a changed figure are a year, or both the day or year of a Hijri date."""
    return (arabic.hijri and english.hijri) or (is_year(arabic) and is_year(english))


def _year_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A year (or the day or year of a Hijri date) has another value in the translation
    (٢٠٢٧ written 2028, ١٤٤٧ هـ written 1446 AH).

    Why it matters: a wrong year moves an event, a deadline or a plan by a whole
    year, and the reader cannot tell. Use the year the source gives.
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for arabic, english in ctx.number_comparisons[pair.bead].different:
        if not is_date_pair(arabic.quantity, english.quantity):
            continue
        source, target = (arabic, english) if ctx.source_is_arabic else (english, arabic)
        expected, written = str(int(source.quantity.value)), str(int(target.quantity.value))
        # The short second year of a span (2025-26) says which year it reads as.
        read_as = f" ({written})" if to_western_digits(target.quantity.text).strip() != written else ""
        # A Hijri date's day (below 100; its year has three or four digits) is no year.
        what = "The day of the Hijri date" if source.quantity.hijri and source.quantity.value < 100 else "The year"
        yield Hit(
            message=f"{what} «{source.quantity.text}» ({expected}) is written «{target.quantity.text}»{read_as} in the {language}; correct the date",
            source=source.evidence(),
            target=target.evidence(),
            suggestion=expected,
        )


YEAR_CHANGED = Check(
    "D214",
    "year-changed",
    "date",
    Severity.ERROR,
    EachPair(_year_changed, paired=True),
    (
        Example(ar="ستُفتتح المحطة الجديدة في آذار ٢٠٣١.", en="The new station will open in March 2032.", fails=True),
        Example(ar="أُقرّ القانون في ٣ رجب ١٤٤٥ هـ.", en="The law was passed on 3 Rajab 1444 AH.", fails=True),
        # The day of a Hijri date written as an ordinal word, and another day in the translation.
        Example(ar="بدأ الموسم في العاشر من شوال ١٤٤٦ هـ.", en="The season began on 11 Shawwal 1446 AH.", fails=True),
        Example(ar="بدأ الموسم في العاشر من شوال ١٤٤٦ هـ.", en="The season began on 10 Shawwal 1446 AH.", fails=False),
        Example(ar="ستُفتتح المحطة الجديدة في آذار ٢٠٣١.", en="The new station will open in March 2031.", fails=False),
        Example(ar="وصل ١٢٥٠ زائراً إلى المعرض.", en="Some 1,520 visitors came to the fair.", fails=False),
    ),
)

CHECKS = (YEAR_CHANGED,)
