"""Quarters: a quarter of a year named in the source is the same quarter in the translation."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair
from tqa.checks.quarter_pairs import compare_quarters
from tqa.model import Severity
from tqa.readers.langid import LANGUAGE_NAMES


def _quarter_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A quarter of a year is another quarter in the translation («الربع الثالث من عام
    2026» written "the second quarter of 2026", Q3 written «الربع الرابع»).

    Why it matters: a quarter dates results, forecasts and project stages; a changed
    one moves them by three months, and no figure shows it (the rank is a word). Read
    by rank only: "a quarter of the revenue" (a fraction), the old quarter (a
    district), quarter-finals, and "the last quarter" with no year (perhaps the latest
    one) are not compared. Use the quarter the source names.
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for arabic, english in compare_quarters(pair.arabic, pair.english).changed:
        source, target = (arabic, english) if ctx.source_is_arabic else (english, arabic)
        said, written = source.quarter, target.quarter
        yield Hit(
            message=f"«{said.text}» is {said.english}, but the {language} says «{written.text}» ({written.english}); correct the quarter",
            source=source.evidence(),
            target=target.evidence(),
            suggestion=said.english if ctx.translation.lang == "en" else None,
        )


QUARTER_CHANGED = Check(
    "D216",
    "quarter-changed",
    "date",
    Severity.ERROR,
    EachPair(_quarter_changed, paired=True),
    (
        Example(
            ar="ستبدأ أعمال الحفر في الربع الثالث من عام ٢٠٢٧.",
            en="Digging will start in the second quarter of 2027.",
            fails=True,
        ),
        Example(ar="ارتفعت مبيعات الشركة ٩٪ في الربع الأول.", en="The company's sales rose 9% in Q2.", fails=True),
        Example(
            ar="ستعلن الشركة نتائج الربع الرابع في شباط.",
            en="The firm will report third-quarter results in February.",
            fails=True,
        ),
        Example(
            ar="سيفتتح المصنع في الربع الأخير من عام ٢٠٢٨.",
            en="The plant will open in the first quarter of 2028.",
            fails=True,
            direction="en-ar",
        ),
        Example(
            ar="ستبدأ أعمال الحفر في الربع الثالث من عام ٢٠٢٧.",
            en="Digging will start in the third quarter of 2027.",
            fails=False,
        ),
        Example(ar="ارتفعت مبيعات الشركة ٩٪ في الربع الأول.", en="The company's sales rose 9% in Q1.", fails=False),
        Example(
            ar="سيفتتح المصنع في الربع الأخير من عام ٢٠٢٨.", en="The plant will open in the fourth quarter of 2028.", fails=False
        ),
        # A fraction, a district and "the last quarter" (the latest one) are no rank of a year.
        Example(
            ar="فقدت الشركة ربع إيراداتها في الربع الثاني.",
            en="The firm lost a quarter of its revenue in the second quarter.",
            fails=False,
        ),
        Example(ar="ارتفعت الأرباح في الربع الثالث.", en="Profits rose in the last quarter.", fails=False),
        Example(ar="يقع الفندق في الحي القديم.", en="The hotel stands in the old quarter.", fails=False),
    ),
)

CHECKS = (QUARTER_CHANGED,)
