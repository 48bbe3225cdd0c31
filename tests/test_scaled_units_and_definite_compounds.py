"""Number readings that raised false alarms on held-out pairs, each a general rule on
invented sentences: a trade unit whose abbreviation holds the scale (MIGD, mcm, mb/d), a
unit and a ten both with the article (الفنادق الستة والتسعين), and a month written as its
days against a bounded «شهر»."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.numbers import quantities

NUMBER_CODES = ("D201", "D202", "D203", "D204")


def _numbers(ar: str, en: str) -> list[str]:
    example = Example(ar=ar, en=en, fails=False, direction="en-ar")
    return [f"{code} {message}" for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


# --- 1. A unit whose abbreviation carries the scale reads the scale; bpd has none.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("تنتج محطة التحلية الجديدة ٧٥ مليون غالون يومياً.", "The new desalination plant produces 75 MIGD."),
        ("تبلغ طاقة المحطة ٤٠ مليون غالون في اليوم.", "The station has a capacity of 40 MGD."),
        ("ضخّ الخط ١٢ مليون متر مكعب من الغاز الشهر الماضي.", "The line pumped 12 mcm of gas last month."),
        ("بلغ إنتاج البلاد ٣٫٢ مليون برميل يومياً في يونيو.", "The country pumped 3.2 mb/d in June."),
        ("بلغ إنتاج الحقل ٢ مليون برميل يومياً.", "The field produced 2 mbpd."),
    ],
)
def test_a_unit_that_carries_its_scale_matches_the_scale_word(ar: str, en: str) -> None:
    assert _numbers(ar, en) == []


def test_a_unit_that_carries_its_scale_still_catches_a_changed_scale() -> None:
    assert _numbers("تنتج المحطة ٧٥ ألف غالون يومياً.", "The plant produces 75 MIGD.")
    assert [q.value for q in quantities("The refinery runs 250,000 bpd.", "en")] == [250_000.0]


# --- 2. A unit and a ten that both carry the article are one number.
@pytest.mark.parametrize(
    ("ar", "en", "value"),
    [
        ("زار المفتشون المدارس الثلاث والأربعين في المحافظة.", "Inspectors visited the 43 schools in the province.", 43.0),
        ("أعادت البلدية تأهيل الحدائق الخمس والعشرين.", "The council restored the 25 parks.", 25.0),
        ("صوّت النواب السبعة والثلاثون لصالح القانون.", "The 37 deputies voted for the law.", 37.0),
    ],
)
def test_a_definite_unit_and_ten_is_one_number(ar: str, en: str, value: float) -> None:
    assert value in [q.value for q in quantities(ar, "ar")]
    assert _numbers(ar, en) == []


def test_a_definite_unit_and_ten_against_another_figure_is_reported() -> None:
    assert _numbers("أعادت البلدية تأهيل الحدائق الخمس والعشرين.", "The council restored the 52 parks.")


# --- 3. A bounded month is about 30 days against 28 to 31 days bounded on the same side.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("يكفي مخزون القمح لأكثر من شهر.", "Wheat stocks will last for more than 30 days."),
        ("استغرقت الأشغال أقل من شهر.", "The works took less than 31 days."),
    ],
)
def test_a_bounded_month_is_its_days(ar: str, en: str) -> None:
    assert _numbers(ar, en) == []


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("يكفي مخزون القمح لأكثر من شهر.", "Wheat stocks will last for more than 45 days."),
        ("يكفي مخزون القمح لأقل من شهر.", "Wheat stocks will last for more than 30 days."),
        ("يكفي مخزون القمح لأكثر من شهرين.", "Wheat stocks will last for more than 60 days."),
    ],
)
def test_a_month_is_no_other_day_count(ar: str, en: str) -> None:
    assert _numbers(ar, en)
