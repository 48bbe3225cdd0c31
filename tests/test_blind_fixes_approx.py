"""Fixes drawn from the blind pairs w13-w15, on invented sentences: a figure rounded
next to an approximation word is not a changed figure (D203), and a month written as
a date in figures with the same day is not a missing month (D213)."""

from __future__ import annotations

from dataclasses import replace

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.numbers import quantities
from tqa.text.numbers.approximate import is_approximate, is_rounding

NUMBER_CODES = ("D201", "D202", "D203", "D204")


def _numbers(example: Example) -> list[str]:
    return [message for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


def test_a_rounding_next_to_an_approximation_word_is_not_a_changed_figure() -> None:
    for ar, en in (
        ("استقبل المطار ٤٫٧٢ مليون مسافر العام الماضي.", "The airport received about 4.7 million passengers last year."),
        ("استقبل المطار ٤٫٧٢ مليون مسافر العام الماضي.", "The airport received nearly $4.7m in fees last year."),
        ("استقبل المطار ٤٫٧٢ مليون مسافر العام الماضي.", "The airport received more than 4.7 million passengers."),
        ("نزح ٣٨٦٠ شخصاً من القرى الحدودية.", "Around 3,900 people fled the border villages."),
        ("نزح ٣٨٦٠ شخصاً من القرى الحدودية.", "Some 3,860 people fled the border villages."),
        # The source says it is approximate; the translation rounds without the word.
        ("نزح نحو ٣٨٦٠ شخصاً من القرى الحدودية.", "3,900 people fled the border villages."),
    ):
        assert _numbers(Example(ar=ar, en=en, fails=False)) == [], (ar, en)


def test_an_arabic_rounding_next_to_an_approximation_word_passes() -> None:
    for ar in (
        "فرّ نحو ٥٢٠٠ شخص من القرى الحدودية.",
        "فرّ حوالي ٥٢٠٠ شخص من القرى الحدودية.",
        "فرّ ما يقارب ٥٢٠٠ شخص من القرى الحدودية.",
        "فرّ قرابة ٥٢٠٠ شخص من القرى الحدودية.",
        # "More than" keeps its side: 5,180 is more than 5,000 (and not more than 5,200, below).
        "فرّ أكثر من ٥٠٠٠ شخص من القرى الحدودية.",
    ):
        example = Example(ar=ar, en="Some 5,180 people fled the border villages.", fails=False, direction="en-ar")
        assert _numbers(example) == [], ar


def test_a_rounding_without_the_word_or_beyond_rounding_is_still_changed() -> None:
    for ar, en in (
        ("استقبل المطار ٤٫٧٢ مليون مسافر العام الماضي.", "The airport received 4.7 million passengers last year."),
        ("استقبل المطار ٤٫٧٢ مليون مسافر العام الماضي.", "The airport received about 4.9 million passengers last year."),
        ("نزح ٣٨٦٠ شخصاً من القرى الحدودية.", "Around 3,800 people fled the border villages."),
        ("نزح ٣٥ شخصاً من القرى الحدودية.", "About 53 people fled the border villages."),
        ("ارتفعت الأسعار بنسبة ١٢٫٤٪.", "Prices rose by about 12.8%."),
    ):
        assert fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=True)), (ar, en)
    inflated = Example(ar="فرّ أكثر من ٥٢٠٠ شخص من القرى الحدودية.", en="Some 5,180 people fled the border villages.", fails=True)
    assert fired(BY_CODE["D203"], replace(inflated, direction="en-ar"))


def test_the_source_figure_is_never_the_rounded_one() -> None:
    # "about 1,200" in the source written 1,240 adds a precision the source does not have.
    example = Example(ar="وصل ١٢٤٠ لاجئاً إلى المخيم.", en="About 1,200 refugees reached the camp.", fails=True, direction="en-ar")
    assert fired(BY_CODE["D203"], example)


def test_approximation_words_and_roundings() -> None:
    text = "بلغت الكلفة زهاء ٣٫٢ مليار دولار"
    (figure,) = quantities(text, "ar")
    assert is_approximate(text, figure.start, figure.end)
    plain = "The cost reached 3.2 billion dollars"
    (bare,) = quantities(plain, "en")
    assert not is_approximate(plain, bare.start, bare.end)
    (precise,) = quantities("3.24 billion", "en")
    (rounded,) = quantities("3.2 billion", "en")
    assert is_rounding(precise, rounded)
    assert not is_rounding(rounded, precise)
    (year,) = quantities("2024", "en")
    (decade,) = quantities("2020", "en")
    assert not is_rounding(year, decade)  # a year is a date, never a rounding


def test_a_month_written_in_figures_with_its_day_is_not_missing() -> None:
    for ar in (
        "أعلنت الوزارة في ١٨/٩ خطة جديدة للكهرباء.",
        "أعلنت الوزارة في 18/9 خطة جديدة للكهرباء.",
        "أعلنت الوزارة في ١٨/٩/٢٠٢٦ خطة جديدة للكهرباء.",
        "أعلنت الوزارة في 18.9.2026 خطة جديدة للكهرباء.",
    ):
        example = Example(ar=ar, en="The ministry announced a new power plan on September 18.", fails=False, direction="en-ar")
        assert fired(BY_CODE["D213"], example) == [], ar
    # 4/9 reads either way: the reading that matches "4 September" is taken.
    either = Example(ar="أعلنت الوزارة في ٩/٤ خطة جديدة.", en="The ministry announced a new plan on 4 September.", fails=False)
    assert fired(BY_CODE["D213"], either) == []
    arabic_source = Example(
        ar="أعلنت الوزارة في ١٨ أيلول خطة جديدة.", en="The ministry announced a new plan on 18/9.", fails=False
    )
    assert fired(BY_CODE["D213"], arabic_source) == []


def test_a_date_in_figures_with_another_day_or_month_leaves_the_month_missing() -> None:
    for ar in (
        "أعلنت الوزارة في ١٧/٩ خطة جديدة للكهرباء.",
        "أعلنت الوزارة في ١٨/١٠ خطة جديدة للكهرباء.",
        "ارتفع الإنتاج ١٨.٩ في المئة.",
    ):
        example = Example(ar=ar, en="The ministry announced a new power plan on September 18.", fails=True, direction="en-ar")
        assert fired(BY_CODE["D213"], example), ar
