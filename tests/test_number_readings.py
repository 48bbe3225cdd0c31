"""Readings of numbers a translator's review found wanting, each a general rule on invented
sentences: a telephone number regrouped is one number, a clock time with a dot is a time,
and the dual of a unit is 2."""

from __future__ import annotations

import pytest

from tests.example_runs import fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.lang.ar import to_western_digits
from tqa.text.numbers import quantities
from tqa.text.numbers.codes import phone_numbers

BY_CODE = {c.code: c for c in ALL_CHECKS}
NUMBER_CODES = ("D201", "D202", "D203", "D204")


def _numbers(ar: str, en: str, direction: str = "ar-en") -> list[str]:
    example = Example(ar=ar, en=en, fails=False, direction=direction)
    return [f"{code} {message}" for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


# --- 2. A telephone number regrouped is one number.
@pytest.mark.parametrize(
    "en",
    ["Call 02 477 1305.", "Call 02-477-1305.", "Call (02) 477 1305.", "Call +963 2 477 1305.", "Call 00963 2 4771305."],
)
def test_a_regrouped_telephone_number_is_one_number(en: str) -> None:
    assert _numbers("اتصلوا بالرقم ٠٢٤٧٧١٣٠٥.", en) == []
    assert _numbers("اتصلوا بالرقم ٠٢٤٧٧١٣٠٥.", en, "en-ar") == []


def test_a_changed_telephone_number_is_reported_as_written() -> None:
    (finding,) = _numbers("اتصلوا بالرقم ٠٢٤٧٧١٣٠٥.", "Call 02 477 1350.")
    assert finding.startswith("D203") and "(024771305)" in finding


def test_dates_and_times_in_figures_are_no_telephone_numbers() -> None:
    for text in ("on 05.11.2026", "on 05 11 2026", "from 08.30-09.45", "in 2024 2025 and 2026", "0.5 per cent"):
        assert phone_numbers(text) == [], text
    assert phone_numbers(to_western_digits("الرقم ٠٩٤٤ ١٢٣ ٤٥٦")) == [(6, 18, 944123456.0)]


# --- 3. A clock time written with a dot is a time.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("انطلق القطار الساعة ٧:٤٥ صباحاً.", "The train left at 7.45am."),
        ("انطلق القطار الساعة ٧:٤٥ مساءً.", "The train left at 7.45 p.m."),
        ("انطلق القطار الساعة ١٩:٤٥ بتوقيت غرينتش.", "The train left at 19.45 GMT."),
        ("انطلق القطار الساعة ٧.٤٥ صباحاً.", "The train left at 7:45am."),
    ],
)
def test_a_clock_time_with_a_dot_is_a_time(ar: str, en: str) -> None:
    assert _numbers(ar, en) == []


def test_a_decimal_is_still_a_decimal() -> None:
    assert _numbers("بلغ سعر السهم ٧.٤٥ دولار.", "The share price was $7.54.") != []
    (price,) = quantities("The share price was 7.45 at noon.", "en")
    assert not price.soft


# --- 4. The dual of a unit is 2.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("يقع الحاجز على بعد كيلومترين من البلدة.", "The checkpoint is 2 km from the town."),
        ("ارتفع منسوب النهر مترين.", "The river rose by 2 metres."),
        ("ارتفع سعر الوجبة دولارين.", "The price of a meal rose by $2."),
        ("نقلت الشاحنة طنين من الطحين.", "The truck carried 2 tonnes of flour."),
        ("تبعد الجزيرة ميلين عن الشاطئ.", "The island is 2 miles offshore."),
        ("ظل المعبر مغلقاً أسبوعين.", "The crossing stayed closed for 2 weeks."),
        ("استمر الحصار شهرين.", "The siege lasted 2 months."),
        ("سُجن الصحفي سنتين.", "The journalist was jailed for 2 years."),
        ("بيع الرغيف بليرتين.", "A loaf sold for 2 pounds."),
    ],
)
def test_the_dual_of_a_unit_is_two(ar: str, en: str) -> None:
    assert _numbers(ar, en) == []
    assert _numbers(ar, en, "en-ar") == []


def test_a_dual_against_another_figure_is_still_reported() -> None:
    assert _numbers("يقع الحاجز على بعد كيلومترين من البلدة.", "The checkpoint is 3 km from the town.") != []
    assert [q.value for q in quantities("فاز نادي ميلان بالمباراة", "ar")] == []  # Milan, not two miles
