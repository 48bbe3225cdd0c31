"""Number and punctuation fixes drawn from the blind pairs w31–w33 (after their one scoring),
each on new invented sentences: "around the clock" is 24 hours, a definite fraction after a
verb of share is a per cent, a unit's singular beside its dual in a range is 1, a figure that
labels a thing ("Line 7") may be referred back to with the noun, and a question after a colon
ended with a full stop is a question lost."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.lang.ar import normalize
from tqa.text.numbers import quantities
from tqa.text.numbers.shares import arabic_shares

NUMBERS = ("D201", "D202", "D203")


def _numbers(ar: str, en: str, direction: str = "ar-en") -> list[str]:
    example = Example(ar=ar, en=en, fails=False, direction=direction)
    return [f"{code} {m}" for code in NUMBERS for m in fired(BY_CODE[code], example)]


# --- 1. "Around the clock" is 24 hours, both ways.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("ستفتح المستشفيات الميدانية أبوابها على مدار 24 ساعة.", "Field hospitals will stay open around the clock."),
        ("يعمل فريق الإنقاذ طوال 24 ساعة دون توقف.", "The rescue team works round the clock without a break."),
        ("تعمل الأفران على مدار الساعة منذ بداية العيد.", "Bakeries have worked 24 hours a day since the start of the holiday."),
        ("يعمل المعبر على مدار الساعة.", "The crossing runs a 24-hour service."),
    ],
)
def test_around_the_clock_is_twenty_four_hours(ar: str, en: str) -> None:
    assert _numbers(ar, en) == []
    assert _numbers(ar, en, "en-ar") == []


def test_another_length_against_around_the_clock_is_still_reported() -> None:
    assert _numbers("ستفتح المستشفيات أبوابها على مدار 12 ساعة.", "Hospitals will stay open around the clock.") != []


# --- 2. A definite fraction after a verb of share is a per cent; a quarter of a year is not.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("وشكّل الطلاب الأجانب الربع تقريباً.", "Foreign students made up about 25%."),
        ("ويمثل الشباب النصف من سكان المخيم.", "Young people account for 50% of the camp's population."),
        (
            "وتشكّل المصانع الصغيرة الثلث والباقي للشركات الكبرى.",
            "Small factories make up 33% and the rest belongs to large firms.",
        ),
        ("وبلغت حصة الدولة الثلثين بعد الصفقة.", "The state's stake reached 67% after the deal."),
    ],
)
def test_a_definite_fraction_after_a_verb_of_share_is_a_per_cent(ar: str, en: str) -> None:
    assert _numbers(ar, en, "en-ar") == []


@pytest.mark.parametrize(
    "text",
    ["بلغت المبيعات في الربع الأول ذروتها.", "بلغ المنتخب الربع النهائي للمرة الأولى.", "شكّل الربع الثالث من العام مفاجأة."],
)
def test_a_quarter_of_a_year_or_a_round_is_no_share(text: str) -> None:
    folded = normalize(text)
    assert list(arabic_shares(folded)) == []


def test_a_changed_share_in_words_is_still_reported() -> None:
    assert _numbers("وشكّل الطلاب الأجانب الربع.", "Foreign students made up 40%.", "en-ar") != []


# --- 3. A unit's singular beside its own dual is 1, in a range of one to two.
@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("ارتفع منسوب البحيرة بين متر ومترين خلال الشتاء.", "The lake rose by 1 to 2 metres over the winter."),
        ("تستغرق الرحلة من ساعة إلى ساعتين.", "The trip takes 1 to 2 hours."),
        ("يباع الكيلو بدينار أو دينارين.", "A kilo sells for 1 or 2 dinars."),
    ],
)
def test_a_singular_beside_its_dual_is_one(ar: str, en: str) -> None:
    assert _numbers(ar, en, "en-ar") == []


def test_a_lone_singular_is_no_figure() -> None:
    assert [q.value for q in quantities("قطع العداء مترا إضافيا ثم توقف.", "ar")] == []
    assert [q.value for q in quantities("ارتفع المنسوب بين متر وكيلومترين.", "ar")] == [2.0]  # another unit's dual
    # The singular is soft: "a day or two" gives no figure 1 to miss.
    assert _numbers("يستغرق الإصلاح يوماً أو يومين.", "Repairs take a day or two.") == []


# --- 4. A figure that labels a thing, referred back to with the noun alone.
LABEL_AR = "وأطلقت الشركة الخط ٤ للحافلات الكهربائية في المدينة.\n\n"
LABEL_EN = "The company launched Line 4 of its electric buses in the city.\n\n"


def test_a_labelled_thing_referred_back_to_with_its_noun_is_no_missing_figure() -> None:
    ar = LABEL_AR + "وسيعمل الخط من السادسة صباحاً حتى منتصف الليل."
    en = LABEL_EN + "Line 4 will run from 6am until midnight."
    assert [m for m in _numbers(ar, en, "en-ar") if "«4»" in m] == []


def test_a_label_never_given_before_is_still_missing() -> None:
    ar = "وأطلقت الشركة حافلات كهربائية في المدينة.\n\nوسيعمل الخط من السادسة صباحاً حتى منتصف الليل."
    en = "The company launched electric buses in the city.\n\nLine 4 will run from 6am until midnight."
    assert [m[:4] for m in _numbers(ar, en, "en-ar") if "«4»" in m] == ["D201"]


# --- 5. A question after a colon, in a question's shape, ended with a full stop.
def _question_lost(ar: str, en: str) -> list[str]:
    return fired(BY_CODE["P502"], Example(ar=ar, en=en, fails=False))


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        (
            "لكن ما يشغل السكان: هل ستصل المساعدات قبل الشتاء؟",
            "But the question residents are asking is: will the aid arrive before winter.",
        ),
        (
            "والسؤال المطروح الآن: لماذا تأخرت الوزارة في الرد؟",
            "Everyone is now asking: why did the ministry take so long to respond.",
        ),
    ],
)
def test_a_question_after_a_colon_ended_with_a_full_stop_is_lost(ar: str, en: str) -> None:
    assert _question_lost(ar, en) != []


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        (
            "لكن ما يشغل السكان: هل ستصل المساعدات قبل الشتاء؟",
            "But the question residents are asking is: will the aid arrive before winter?",
        ),
        ("وتساءل السكان: هل ستصل المساعدات قبل الشتاء؟", "Residents asked whether the aid would arrive before winter."),
        ("والسؤال المطروح الآن: لماذا تأخرت الوزارة في الرد؟", "Many are now asking why the ministry took so long to respond."),
    ],
)
def test_a_kept_or_reported_question_after_a_colon_passes(ar: str, en: str) -> None:
    assert _question_lost(ar, en) == []
