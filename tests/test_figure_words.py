"""Figures written in words or with a bound (issue #11), on invented sentences: approximation
and bound words in both languages, a change in one word (doubled, halved, «تضاعف») against a
per cent, short and long tons, and spans of years written with a slash or a short year."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.numbers import quantities

LEAD_AR = "أصدرت وزارة الزراعة تقريرها السنوي يوم الخميس.\n\n"
LEAD_EN = "The agriculture ministry released its annual report on Thursday.\n\n"
NUMBERS = ("D201", "D202", "D203", "D214")


def _fired(ar: str, en: str, direction: str = "ar-en") -> list[str]:
    example = Example(ar=LEAD_AR + ar, en=LEAD_EN + en, fails=False, direction=direction)
    return [f"{code}: {m}" for code in NUMBERS for m in fired(BY_CODE[code], example)]


@pytest.mark.parametrize(
    ("ar", "en", "direction"),
    [
        # The translation rounds, and its word says so, on the right side.
        ("وبلغ محصول الشعير ما يقرب من ٤٠٠ ألف طن.", "The barley crop reached 397,000 tonnes.", "en-ar"),
        ("وبلغ محصول الشعير أقل بقليل من ٤٠٠ ألف طن.", "The barley crop reached 397,000 tonnes.", "en-ar"),
        ("وبلغ محصول الشعير أكثر بقليل من ٤٠٠ ألف طن.", "The barley crop reached 404,000 tonnes.", "en-ar"),
        ("وبلغ محصول الشعير ٣٩٧ ألف طن.", "The barley crop came in just shy of 400,000 tonnes.", "ar-en"),
        ("وبلغ محصول الشعير ٣٩٧ ألف طن.", "The barley crop came in just under 400,000 tonnes.", "ar-en"),
        ("وبلغ محصول الشعير ٣٩٧ ألف طن.", "The barley crop came to almost 400,000 tonnes.", "ar-en"),
        # A change in one word is its per cent.
        ("وارتفعت واردات الأعلاف بنسبة ١٠٠٪ خلال عامين.", "Feed imports doubled in two years.", "ar-en"),
        ("وتراجعت مساحة الأراضي المروية بنسبة ٥٠٪.", "The irrigated area has halved.", "ar-en"),
        ("وارتفعت أسعار البذور بنسبة ٢٠٠٪.", "Seed prices tripled.", "ar-en"),
        ("وتضاعفت أسعار البذور منذ الحرب.", "Seed prices have risen 100% since the war.", "ar-en"),
        ("وارتفعت أسعار البذور إلى الضعف منذ الحرب.", "Seed prices have risen 100% since the war.", "ar-en"),
        # Tons are the metric ton unless said short; a short ton converted is one amount.
        ("وصدّرت البلاد ٣٠٠ ألف طن من التمور.", "The country exported 300,000 tons of dates.", "ar-en"),
        ("وصدّرت البلاد ٣٠٠ ألف طن من التمور.", "The country exported 330,000 short tons of dates.", "ar-en"),
        # A span of years, whole or with its second year short.
        ("وتراجع الإنتاج في موسم ٢٠٢٥/٢٠٢٦.", "Output fell in the 2025-26 season.", "ar-en"),
        ("وتراجع الإنتاج في موسم ٢٠٢٥-٢٠٢٦.", "Output fell in the 2025/26 season.", "ar-en"),
    ],
)
def test_the_same_figure_in_other_words_is_not_reported(ar: str, en: str, direction: str) -> None:
    assert _fired(ar, en, direction) == []


@pytest.mark.parametrize(
    ("ar", "en", "direction", "code"),
    [
        # A bound on the wrong side, or a rounding too far.
        ("وبلغ محصول الشعير أكثر بقليل من ٤٠٠ ألف طن.", "The barley crop reached 396,000 tonnes.", "en-ar", "D203"),
        ("وبلغ محصول الشعير ٤٠٢ ألف طن.", "The barley crop came in just shy of 400,000 tonnes.", "ar-en", "D203"),
        ("وبلغ محصول الشعير ما يقرب من ٤٠٠ ألف طن.", "The barley crop reached 350,000 tonnes.", "en-ar", "D203"),
        # Another change than the word says.
        ("وارتفعت واردات الأعلاف بنسبة ٢٠٠٪ خلال عامين.", "Feed imports doubled in two years.", "ar-en", "D203"),
        ("وتراجعت مساحة الأراضي المروية بنسبة ٦٠٪.", "The irrigated area has halved.", "ar-en", "D203"),
        # "tons" are not short tons: the figure changed.
        ("وصدّرت البلاد ٣٠٠ ألف طن من التمور.", "The country exported 330,000 tons of dates.", "ar-en", "D203"),
    ],
)
def test_a_changed_figure_is_still_reported(ar: str, en: str, direction: str, code: str) -> None:
    assert [m[:4] for m in _fired(ar, en, direction)] == [code]


def test_doubled_as_serves_and_counts_nothing() -> None:
    # "doubled as" is "served as": the per cent beside it is still missing.
    found = _fired("وارتفعت الأسعار بنسبة ١٠٠٪ وتحوّل المخزن إلى مدرسة.", "Prices rose, and the warehouse doubled as a school.")
    assert [m[:4] for m in found] == ["D201"]


def test_a_slashed_span_of_years_is_no_fraction() -> None:
    assert [(q.value, q.soft) for q in quantities("موسم ٢٠٢٥/٢٠٢٦", "ar")] == [(2025.0, False), (2026.0, False)]
    assert [(q.value, q.soft) for q in quantities("the 2025/26 season", "en")] == [(2025.0, False), (2026.0, False)]
    # A fraction and a year with its month stay what they were.
    assert all(q.soft for q in quantities("a 3/4 majority", "en"))
    assert [q.value for q in quantities("on 2025/12", "en")] == [2025.0, 12.0]


def test_a_changed_year_of_a_span_is_reported_with_the_year_it_reads_as() -> None:
    found = _fired("وتراجع الإنتاج في موسم ٢٠٢٤/٢٠٢٥.", "Output fell in the 2024-26 season.")
    assert found == ["D214: The year «٢٠٢٥» (2025) is written «26» (2026) in the English; correct the date"]
