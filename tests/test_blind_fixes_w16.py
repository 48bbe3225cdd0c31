"""Number and date fixes drawn from the blind pairs w16-w18, each on invented sentences
(never those articles' words): spans of years written short, a decade against its
years, a dateline's figures, a weekday the translation writes in an ambiguous word,
and a month after a preposition that opens the sentence."""

from __future__ import annotations

from tests.example_runs import fired
from tests.test_blind_fixes_w13 import BY_CODE, _both_ways
from tqa.checks.base import Example
from tqa.text.dates import date_names, dateline_end, possible_date_names
from tqa.text.numbers import quantities
from tqa.text.numbers.measures import measures


def test_a_span_of_years_writes_its_second_year_short() -> None:
    for ar, en in (
        ("تراجعت صادرات القطن في موسم ٢٠٢٦/٢٠٢٧ إلى النصف.", "Cotton exports halved in the 2026-27 season."),
        ("ناقش البرلمان موازنة السنة المالية 2027-2028 أمس.", "Parliament debated the 2027/28 budget yesterday."),
        ("بلغ العجز 4 مليارات دولار في العام المالي 1998/1999.", "The deficit reached $4 billion in fiscal 1998-99."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    assert [q.value for q in quantities("the 2026-27 season", "en")] == [2026.0, 2027.0]
    assert [q.value for q in quantities("موسم ٢٠٢٦/٢٧", "ar")] == [2026.0, 2027.0]
    # A year and a month, or a date in figures, are not spans of years.
    assert [q.value for q in quantities("in 2026-05", "en")] == [2026.0, 5.0]
    assert [q.value for q in quantities("on 2026-07-11", "en")] == [2026.0, 7.0, 11.0]
    # The span's end changed is a changed year.
    changed = Example(ar="تراجعت الصادرات في موسم ٢٠٢٦-٢٠٢٧.", en="Exports fell in the 2026-28 season.", fails=True)
    assert fired(BY_CODE["D214"], changed)


def test_a_decade_is_ten_years() -> None:
    for ar, en in (
        ("ينتظر المزارعون منذ أكثر من عشر سنوات تعويضاتهم.", "Farmers have waited more than a decade for compensation."),
        ("عاش اللاجئون عشرين عاماً في المخيم.", "The refugees lived two decades in the camp."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    assert [m.value for m in measures("خلال عقدين من الجفاف", "ar")] == [240.0]
    assert measures("وقعت الوزارة عقداً مع شركة تركية", "ar") == []  # عقد is a contract as often
    changed = Example(
        ar="ينتظر المزارعون منذ ثماني سنوات تعويضاتهم.", en="Farmers have waited a decade for compensation.", fails=True
    )
    assert fired(BY_CODE["D201"], changed)


def test_a_dateline_is_the_desk_furniture() -> None:
    english = "AMMAN, Nov. 14 (Desk Wire) - Jordan opened 12 new schools, the ministry said."
    assert english[: dateline_end(english, "en")] == "AMMAN, Nov. 14 (Desk Wire) - "
    arabic = "عمّان، 14 تشرين الثاني/نوفمبر (وكالة الأنباء) - افتتح الأردن 12 مدرسة جديدة."
    assert arabic[: dateline_end(arabic, "ar")] == "عمّان، 14 تشرين الثاني/نوفمبر (وكالة الأنباء) - "
    assert dateline_end("وقال المسؤول، 14 شخصاً أصيبوا - بحسب الوزارة.", "ar") == 0
    assert dateline_end("The minister said 14 people, all civilians - were hurt.", "en") == 0
    assert _both_ways("افتتح الأردن 12 مدرسة جديدة، بحسب الوزارة.", english) == []
    # A figure of the story after the dateline is still compared.
    assert _both_ways("افتتح الأردن 21 مدرسة جديدة، بحسب الوزارة.", english) != []


def test_a_weekday_in_an_ambiguous_word_is_there_when_the_source_names_it() -> None:
    satisfied = (
        ("افتتحت البلدية، الاثنين، سوقاً جديدة للخضار.", "The municipality opened a new vegetable market on Monday."),
        ("أعلنت الوزارة الاثنين عن خطة جديدة.", "The ministry announced a new plan on Monday."),
    )
    for ar, en in satisfied:
        assert not fired(BY_CODE["D213"], Example(ar=ar, en=en, fails=False, direction="en-ar")), ar
    # The Arabic source's «الاثنين» is still "the two" until a date word makes it a day.
    two = Example(ar="اتفق الوزير مع الاثنين على الخطة.", en="The minister agreed the plan with the two men.", fails=False)
    assert not fired(BY_CODE["D213"], two)
    # Another day in the translation is still missing the source's day or a change.
    changed = Example(
        ar="افتتحت البلدية سوقاً جديدة يوم الثلاثاء.",
        en="The municipality opened a market on Monday.",
        fails=True,
        direction="en-ar",
    )
    assert fired(BY_CODE["D212"], changed)
    assert [d.ambiguous for d in possible_date_names("التقى الاثنين في عمّان", "ar")] == [True]
    # A part of the day before it makes it the day: «مساء الاثنين» is Monday evening.
    assert [d.number for d in date_names("وصل الوفد مساء الاثنين إلى بغداد.", "ar")] == [1]


def test_a_month_after_a_preposition_that_opens_the_sentence() -> None:
    assert [d.number for d in date_names("In May, the council raised the fees.", "en")] == [5]
    assert [d.number for d in date_names("Since May the river has fallen.", "en")] == [5]
    assert date_names("May the talks succeed, he said.", "en") == []
    ar, en = "رفع المجلس الرسوم في مايو/أيار الماضي.", "In May, the council raised the fees."
    assert not fired(BY_CODE["D213"], Example(ar=ar, en=en, fails=False))


def test_a_weekday_dated_from_the_paper_is_not_missing() -> None:
    ar, en = "أعلنت الوزارة أمس خطة جديدة للنقل.", "The ministry announced a new transport plan on Thursday."
    assert not fired(BY_CODE["D213"], Example(ar=ar, en=en, fails=False, direction="en-ar"))
    ar_source = Example(ar="أعلنت الوزارة يوم الخميس خطة جديدة.", en="The ministry announced a new plan yesterday.", fails=False)
    assert not fired(BY_CODE["D213"], ar_source)
    # «اليوم» is "nowadays" as often: it does not stand for the day.
    today = Example(
        ar="تواجه الوزارة اليوم أزمة نقل.", en="The ministry faced a transport crisis on Thursday.", fails=True, direction="en-ar"
    )
    assert fired(BY_CODE["D213"], today)


def test_a_number_word_before_a_verb_or_a_preposition_is_an_age_or_a_time() -> None:
    for text in ("Most children under five were vaccinated.", "The shops close after seven in the evening."):
        assert all(q.soft for q in quantities(text, "en")), text
    assert [q.soft for q in quantities("Seven shops closed early.", "en")] == [False]
    ar, en = "أغلقت المتاجر أبوابها بعد السابعة مساءً.", "The shops closed after seven in the evening."
    assert _both_ways(ar, en) == []


def test_a_year_against_a_count_is_not_one_figure_changed() -> None:
    example = Example(ar="وظفت الشركة سبعة عمال جدد.", en="The firm, founded in 2019, hired new workers.", fails=True)
    assert not fired(BY_CODE["D203"], example)
    assert fired(BY_CODE["D202"], example) and fired(
        BY_CODE["D201"], Example(ar=example.ar, en=example.en, fails=True, direction="en-ar")
    )
    # A digit dropped from a year is still one figure changed.
    slip = Example(ar="تأسست الشركة عام 2019.", en="The firm was founded in 219.", fails=True)
    assert fired(BY_CODE["D203"], slip)
