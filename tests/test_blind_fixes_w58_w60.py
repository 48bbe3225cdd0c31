"""Fixes drawn from the held-out pairs w58-w60, on invented sentences: a translation may
give the gap between two figures instead of one of them ("four months ahead of
schedule" for «بدلاً من ٢٦ شهراً» beside the 22 both give), and the number checks leave
the two alone, while a gap that is no such distance, or that stands for another gap, is
still reported."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example

NUMBER_CODES = ("D201", "D202", "D203")


def _numbers(ar: str, en: str, direction: str) -> list[str]:
    example = Example(ar=ar, en=en, fails=False, direction=direction)
    return [f"{code} {message}" for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


@pytest.mark.parametrize(
    ("ar", "en", "direction", "fails"),
    [
        # The gap instead of the figure it replaces, marked by a comparison word after it or before it.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً كانت مقررة.", "The bridge opened after 18 months, six months ahead of schedule.", "ar-en", False),
        ("ارتفع عدد المدارس من ٤٠ إلى ٥٥ مدرسة.", "The number of schools rose by 15 to 55.", "ar-en", False),
        ("ضمت القافلة ٣٠ شاحنة، أي أقل بعشر شاحنات من المقرر.", "The convoy had 30 trucks instead of the planned 40.", "en-ar", False),
        # A gap that is not the distance between the two figures is a changed figure.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً كانت مقررة.", "The bridge opened after 18 months, five months ahead of schedule.", "ar-en", True),
        # A gap standing for another gap: «بمقدار ١٠» written "by 5" is changed, though 15 - 5 = 10.
        ("ارتفع عدد المدارس بمقدار ١٠ إلى ١٥ مدرسة.", "The number of schools rose by 5 to 15.", "ar-en", True),
        # No comparison word: a bare figure is never read as a gap.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً.", "The bridge opened after 18 months instead of 6.", "ar-en", True),
    ],
)
def test_a_stated_difference_stands_for_its_figure(ar: str, en: str, direction: str, fails: bool) -> None:
    assert bool(_numbers(ar, en, direction)) is fails

