"""Quarters of a year, read in both languages and compared (D216), on invented sentences."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.quarters import quarters

LEAD_AR = "أعلنت شركة الإسمنت الوطنية نتائجها المالية يوم الأحد.\n\n"
LEAD_EN = "The national cement company announced its financial results on Sunday.\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Output fell in the third quarter of 2024.", "en", [(3, 2024)]),
        ("Output fell in the 4th quarter of fiscal 2024.", "en", [(4, 2024)]),
        ("Output fell in Q1 and rose in Q4'25.", "en", [(1, None), (4, 2025)]),
        ("Analysts expect weaker 2Q26 earnings.", "en", [(2, 2026)]),
        ("First-quarter deliveries doubled.", "en", [(1, None)]),
        ("The line opens in the final quarter of next year.", "en", [(4, None)]),
        # A fraction, a district, a round of a cup, and the latest quarter.
        ("Nearly a quarter of the staff left.", "en", []),
        ("Shops in the old quarter reopened.", "en", []),
        ("The club lost its first quarter-final.", "en", []),
        ("Sales slowed in the last quarter.", "en", []),
        ("تراجع الإنتاج في الربع الثالث من عام ٢٠٢٤.", "ar", [(3, 2024)]),
        ("تراجع الإنتاج خلال الربع الـ2 ٢٠٢٤.", "ar", [(2, 2024)]),
        ("وللربع الرابع على التوالي تراجع الإنتاج.", "ar", [(4, None)]),
        ("تراجع الإنتاج في الربع الأخير من العام الماضي.", "ar", [(4, None)]),
        ("ارتفعت الصادرات خلال الثلاثي الأول من 2025.", "ar", [(1, 2025)]),
        ("غادر نحو ربع الموظفين الشركة.", "ar", []),
        ("يسكن نحو ربع مليون شخص في المدينة.", "ar", []),
        ("انعقد الاجتماع الثلاثي الأول في عمّان.", "ar", []),
        ("تحسنت المبيعات في الربع الأخير.", "ar", []),
    ],
)
def test_quarters_are_read_by_rank_only(text: str, lang: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(q.number, q.year) for q in quarters(text, lang)] == expected


def _fired(ar: str, en: str, direction: str = "ar-en") -> list[str]:
    example = Example(ar=LEAD_AR + ar, en=LEAD_EN + en, fails=False, direction=direction)
    return [f"{code}: {m}" for code in ("D201", "D202", "D203", "D214", "D216") for m in fired(BY_CODE[code], example)]


def test_a_changed_quarter_is_one_date_finding() -> None:
    found = _fired(
        "وتوقعت الشركة أن يتعافى الطلب في الربع الثالث من عام ٢٠٢٧.",
        "The company expects demand to recover in the fourth quarter of 2027.",
    )
    assert found == [
        "D216: «الربع الثالث من عام ٢٠٢٧» is the third quarter of 2027, but the English says "
        "«fourth quarter of 2027» (the fourth quarter of 2027); correct the quarter"
    ]


def test_a_desks_shorthand_keeps_the_year() -> None:
    # 2Q27 writes the year in no figure: the quarter's year is the quarter's.
    assert _fired("ارتفعت الأرباح ٨٪ في الربع الثاني من ٢٠٢٧.", "Profit rose 8% in 2Q27.") == []
    assert [m[:4] for m in _fired("ارتفعت الأرباح ٨٪ في الربع الثاني من ٢٠٢٧.", "Profit rose 8% in 1Q27.")] == ["D216"]


def test_another_year_is_the_years_finding_not_the_quarters() -> None:
    found = _fired("ارتفعت الأرباح ٨٪ في الربع الثاني من ٢٠٢٧.", "Profit rose 8% in the second quarter of 2028.")
    assert [m[:4] for m in found] == ["D214"]


def test_quarters_are_matched_before_they_are_paired() -> None:
    # The same two quarters in another order are the same quarters.
    ar = "وارتفعت المبيعات في الربع الأول بعد تراجعها في الربع الرابع من العام السابق."
    en = "Sales rose in the first quarter after falling in the fourth quarter of the previous year."
    assert _fired(ar, en) == []
    en_changed = "Sales rose in the second quarter after falling in the fourth quarter of the previous year."
    assert [m[:4] for m in _fired(ar, en_changed)] == ["D216"]
