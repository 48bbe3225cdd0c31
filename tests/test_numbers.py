"""Tricky numbers and dates, Arabic written literally: what a reader understands."""

from __future__ import annotations

import pytest

from tqa.text.dates import date_names
from tqa.text.numbers import quantities

ARABIC_NUMBERS = [
    ("بلغت قيمة الصفقة ٨٠٠ مليون دولار", [800e6]),
    ("ارتفعت الأسعار بنسبة ٣٥٪", [35]),
    ("بنسبة ۳۵ بالمئة", [35]),  # Persian digits, percent word
    ("نمو ٤٫٥ في المئة", [4.5]),  # Arabic decimal separator
    ("نحو ١٬٥٠٠ شخص", [1500]),  # Arabic thousands separator
    ("سعر ١١٨٠٠ ليرة", [11800]),
    ("وصلت ٣ مليارات ليرة", [3e9]),
    ("٤٠ تريليون ليرة", [40e12]),
    ("مليون و٢٠٠ ألف نازح", [1.2e6]),  # compound
    ("٤٢ ألف مليار", [42e12]),  # stacked scale words
    ("نحو مليوني طن", [2e6]),  # dual in construct state
    ("نصف مليار دولار", [0.5e9]),
    ("ربع مليون زائر", [0.25e6]),
    ("بلغت ملياري دولار", [2e9]),
    ("خصصت ألفين من الأسرّة", [2000]),
    ("ثلاثة ملايين شخص", [3e6]),  # number word with a scale is definite
    ("و٣٠٠ مليون دولار", [300e6]),  # attached و
    ("بين ٦٠-٧٠٪", [60, 70]),
    ("عاد ملايين السوريين وآلاف اللاجئين", []),  # "millions of": not a number
    ("كوفيد-١٩", [19]),  # as in COVID-19 on the English side
    ("بفيروس H5N1", []),  # a code
    ("في عام٢٠٢٠", [2020]),  # a missing space does not hide the year
    ("نحو ١٫٥مليون", [1.5e6]),
]


@pytest.mark.parametrize(("text", "values"), ARABIC_NUMBERS)
def test_arabic_values(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities(text, "ar") if not q.soft] == pytest.approx(values)


ENGLISH_NUMBERS = [
    ("a deal worth $800bn", [800e9]),
    ("$3m and $6bn", [3e6, 6e9]),
    ("rose by 53% or 4.5 per cent", [53, 4.5]),
    ("two million people", [2e6]),
    ("1.2 million and 11,800", [1.2e6, 11800]),
    ("a 100m race", [100]),  # metres or millions: both readings are kept (see below)
    ("3 billion and 7 trillion", [3e9, 7e12]),
    ("US$ 5 bn", [5]),  # a spaced abbreviation is not read as a scale
    ("between 60-70%", [60, 70]),
    ("a £11million deal", [11e6]),
    ("worth SR3bn, QR5bn or Dh2bn", [3e9, 5e9, 2e9]),  # Gulf currency prefixes
    ("AED 2bn", [2e9]),
    ("half a billion dollars", [0.5e9]),
    ("at 04:00 on Saturday", []),  # a clock time is not a count
    ("his 34th start", []),  # ordinals are soft: Arabic writes them as words
    ("220 2/3 innings", [220]),
]


def test_bare_m_matches_metres_and_millions() -> None:
    (english,) = quantities("the 100m race", "en")
    assert english.same_value(quantities("سباق ١٠٠ متر", "ar")[0])
    assert english.same_value(quantities("١٠٠ مليون", "ar")[0])


def test_ambiguous_separator_matches_either_reading() -> None:
    (arabic,) = quantities("شمل الاستطلاع 20.000 تلميذ", "ar")
    (english,) = quantities("a survey of 20,000 pupils", "en")
    assert arabic.same_value(english)


@pytest.mark.parametrize(("text", "values"), ENGLISH_NUMBERS)
def test_english_values(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities(text, "en") if not q.soft] == pytest.approx(values)


def test_offsets_point_at_what_was_typed() -> None:
    text = "بلغت قيمتها ٨٠٠ مليونٍ دولار"  # a case ending on the scale word
    (quantity,) = quantities(text, "ar")
    assert text[quantity.start : quantity.end] == quantity.text == "٨٠٠ مليونٍ"
    assert quantity.value == 800e6


def test_number_words_are_soft() -> None:
    assert all(q.soft for q in quantities("التقى الوزراء الثلاثة في اليوم الأول", "ar"))
    assert all(q.soft for q in quantities("one of the three ministers in the 1990s", "en"))


DATES = [
    ("ar", "في أيار الماضي", [("month", 5)]),
    ("ar", "حتى نهاية شباط ٢٠٢٧", [("month", 2)]),
    ("ar", "في آب/أغسطس", [("month", 8), ("month", 8)]),
    ("ar", "وصل يوم الثلاثاء في ١٥ تشرين الثاني", [("weekday", 2), ("month", 11)]),
    ("ar", "في كانون الثاني", [("month", 1)]),
    ("ar", "في جانفي", [("month", 1)]),  # Maghreb series
    ("ar", "مارس الوزير ضغوطاً", []),  # the verb "practised"
    ("ar", "في ٣ مارس", [("month", 3)]),
    ("ar", "التقى الأب بابنه", []),  # أب "father", not آب
    ("ar", "اتفق الاثنان", []),
    ("ar", "بين الاثنين المتنافسين", []),  # "the two", not Monday
    ("ar", "يوم الاثنين", [("weekday", 1)]),
    ("ar", "في رمضان", []),  # Hijri months are not Gregorian ones
    ("en", "It may rain in May.", [("month", 5)]),
    ("en", "May I ask a question?", []),
    ("en", "on Tuesday, Nov. 15", [("weekday", 2), ("month", 11)]),
    ("en", "Mar a Lago", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATES)
def test_date_names(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert [(d.kind, d.number) for d in date_names(text, lang)] == expected


def test_links_hide_their_digits_and_end_at_a_quotation_mark() -> None:
    from tqa.text.links import blank_links

    text = "زوروا «https://example.com/2024/report» أو راسلوا news2@tqa.org أو @desk_24: 35 قتيلاً"
    blanked = blank_links(text)
    assert len(blanked) == len(text)
    assert "«" in blanked and "»" in blanked  # the closing mark is not part of the address
    assert "2024" not in blanked and "news2" not in blanked and "desk_24" not in blanked
    assert [q.value for q in quantities(text, "ar")] == [35]


@pytest.mark.parametrize(
    ("text", "lang", "soft"),
    [
        ("رفع المصرف سعر الصرف في ١٥ شعبان ١٤٤٦ هـ، الموافق ١٤ شباط/فبراير ٢٠٢٥.", "ar", [True, True, False, False]),
        ("صدر القرار عام 1446 هـ وشمل ٣٠ شخصاً.", "ar", [True, False]),
        ("On 15 Shaban 1446 AH, that is February 14, 2025, 30 people left.", "en", [True, True, False, False, False]),
        ("On Sha'ban 15, 1446 the bank acted.", "en", [True, True]),
        ("رمضان ٢٠٢٥ بدأ يوم السبت.", "ar", [False]),  # a Gregorian year beside a Hijri month is a figure
        ("وزعت الجمعية خلال رمضان 1500 سلة غذائية.", "ar", [False]),  # a count in Ramadan, not a year
        ("During Ramadan 12 civilians were killed.", "en", [False]),
        ("توفي في 3 صفر.", "ar", [False]),  # صفر is also zero: a day needs its year
        ("وصل في ١٠ ذو الحجه ١٤٤٥.", "ar", [True, True]),  # ه for ة, as copy often has it
        ("Ramadan 2025 began on Saturday, and 30 people came.", "en", [False, False]),
    ],
)
def test_hijri_dates_are_soft(text: str, lang: str, soft: list[bool]) -> None:
    assert [q.soft for q in quantities(text, lang)] == soft


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("عاد ٣٥ ألف لاجئ", "ar", "35,000"),
        ("1.005 thousand", "en", "1,005"),
        ("١٢ مليوناً و٩٠٠ ألف", "ar", "12.9 million"),
        ("٤٫٥٪", "ar", "4.5"),
    ],
)
def test_a_figure_is_suggested_as_an_editor_writes_it(text: str, lang: str, written: str) -> None:
    from tqa.text.numbers import format_value

    assert [format_value(q) for q in quantities(text, lang)] == [written]
