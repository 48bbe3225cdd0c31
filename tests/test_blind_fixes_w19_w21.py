"""Fixes drawn from the blind pairs w19-w21, on invented sentences: questions inside
quotations and in headings (P502, P506), a month's end as its last day (D215 and the
number checks), a year and a half as 18 months, and sub-Saharan Africa as a name (M802)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.checks.question_marks import asks, title_question
from tqa.model import Segment
from tqa.text.full_dates import full_dates
from tqa.text.numbers.measures import measures

NUMBER_AND_DATE = ("D201", "D202", "D203", "D211", "D215")
LEAD_AR = "افتتحت البلدية محطة جديدة لضخ المياه في الحي الشرقي صباح أمس.\n\n"
LEAD_EN = "The municipality opened a new water pumping station in the eastern district yesterday morning.\n\n"


def _fired(codes: tuple[str, ...], ar: str, en: str, direction: str = "ar-en") -> list[str]:
    example = Example(ar=LEAD_AR + ar, en=LEAD_EN + en, fails=False, direction=direction)
    return [f"{code}: {m}" for code in codes for m in fired(BY_CODE[code], example)]


# --- Questions inside quotations ---------------------------------------------------

@pytest.mark.parametrize(
    ("ar", "en", "direction"),
    [
        # The mark became a comma before the speaker; "asked" does not make it reported.
        (
            'وتساءل أحد السكان: "إلى متى سنشتري المياه من الصهاريج بأسعار مرتفعة؟"',
            '"How long will we keep buying water from tankers at high prices," one resident asked.',
            "ar-en",
        ),
        # Arabic closes the quoted question and then the sentence: «...؟».
        (
            "وقالت المهندسة ريم الخطيب: «كيف ستصل المياه إلى الطوابق العليا إذا بقي الضغط ضعيفاً؟».",
            'Engineer Reem al-Khatib said: "How will water reach the upper floors if the pressure stays low."',
            "ar-en",
        ),
        # An Arabic translation that hands the question to its speaker with a comma.
        (
            "«لماذا يدفع سكان الحي الشرقي أكثر من غيرهم»، تساءل رئيس اللجنة.",
            '"Why should residents of the eastern district pay more than others?" the committee head asked.',
            "en-ar",
        ),
    ],
)
def test_a_quoted_question_stated_in_the_translation_is_reported(ar: str, en: str, direction: str) -> None:
    assert len(_fired(("P502",), ar, en, direction)) == 1


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        # Kept, with its speaker after it.
        ('وتساءل أحد السكان: "إلى متى سننتظر؟"', '"How long will we wait?" one resident asked.'),
        # Restructured: the statement quoted, the question reported outside the quotation.
        ("وقال أحد السكان: «لن نغادر الحي. إلى أين نذهب؟»", '"We will not leave the district," one resident said, asking where they could go.'),
        # Reported, no quotation at all.
        ("وتساءل أحد السكان: «هل ستكفي المحطة الحي كله؟»", "One resident wondered whether the station would serve the whole district."),
    ],
)
def test_a_quoted_question_kept_or_restructured_is_quiet(ar: str, en: str) -> None:
    assert _fired(("P502", "P506"), ar, en) == []


def test_a_quoted_question_closed_before_the_sentence_ends_asks() -> None:
    assert asks(Segment(0, 0, "وقال: «لماذا الآن؟»."))
    assert asks(Segment(0, 0, "«لماذا الآن؟»، قال الوزير."))
    assert not asks(Segment(0, 0, "بلغ العدد ٤٠٠ (؟)."))


# --- Questions in headings ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "heading", "question"),
    [
        ("Who pays", True, True),
        ("What next", True, True),
        ("Why does the price keep rising", True, True),
        ("Can the valley farms survive", True, True),
        ("How much will the pipeline cost", True, True),
        ("من يدفع", True, True),
        ("هل تكفي المياه", True, True),
        ("ما الحل", True, True),
        ("Why it matters", True, False),
        ("How to apply", True, False),
        ("What the deal says", True, False),
        ("Who we are", True, False),
        ("ما زالت الأسعار ترتفع", True, False),
        # A body sentence in a question's shape is no heading.
        ("Who pays is still unclear, officials said.", False, False),
    ],
)
def test_a_heading_in_a_questions_shape_asks(text: str, heading: bool, question: bool) -> None:
    segment = Segment(0, 0, text, heading)
    assert title_question(segment, (segment, Segment(1, 0, "More text follows here."))) == question


def test_a_heading_question_given_or_left_without_its_mark_is_no_finding() -> None:
    # A plain-text subheading: a short line of its own, with no closing stop.
    ar, en = "من يتحمل كلفة المحطة؟\n\nارتفعت التعرفة في آذار.", "Who bears the cost of the station\n\nTariffs rose in March."
    assert _fired(("P506",), ar, en, "en-ar") == []
    assert _fired(("P502",), ar, en, "ar-en") == []
    # A heading that states something given a question mark is still reported.
    assert len(_fired(("P506",), "كلفة المحطة؟\n\nارتفعت التعرفة في آذار.", "The cost of the station\n\nTariffs rose in March.", "en-ar")) == 1


# --- The end of a month ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "readings"),
    [
        ("تنتهي الأعمال بحلول نهاية تموز/يوليو.", "ar", ((0, 7, 31),)),
        ("حتى آخر يوم من شباط ٢٠٢٨", "ar", ((2028, 2, 29),)),
        ("by the end of September", "en", ((0, 9, 30),)),
        ("the last day of February", "en", ((0, 2, 28), (0, 2, 29))),
        ("by end-April 2027", "en", ((2027, 4, 30),)),
        # Late June is some day of its last third, not its last day; May's is Theresa May's.
        ("في أواخر حزيران", "ar", None),
        ("in late June", "en", None),
        ("the end of May's government", "en", None),
    ],
)
def test_the_end_of_a_month_is_its_last_day(text: str, lang: str, readings: tuple[tuple[int, int, int], ...] | None) -> None:
    found = full_dates(text, lang)
    assert (found[0].readings if found else None) == readings


def test_the_end_of_a_month_matches_its_last_day_and_nothing_else() -> None:
    ar = "وقال المدير إن أعمال الصيانة ستنتهي بحلول نهاية أيلول/سبتمبر."
    assert _fired(NUMBER_AND_DATE, ar, "The director said maintenance work would end by September 30.") == []
    assert _fired(NUMBER_AND_DATE, ar, "The director said maintenance work would end by September 30.", "en-ar") == []
    # The end written in English, the day in Arabic.
    day = "وقال المدير إن أعمال الصيانة ستنتهي بحلول ٣٠ أيلول/سبتمبر."
    assert _fired(NUMBER_AND_DATE, day, "The director said maintenance work would end by the end of September.") == []
    assert _fired(NUMBER_AND_DATE, day, "The director said maintenance work would end by the end of September.", "en-ar") == []
    # Another day of the month is still a figure the source does not give.
    assert [m[:4] for m in _fired(NUMBER_AND_DATE, ar, "The director said maintenance work would end by September 28.")] == ["D202"]
    late = "وقال المدير إن أعمال الصيانة ستنتهي في أواخر أيلول/سبتمبر."
    assert [m[:4] for m in _fired(NUMBER_AND_DATE, late, "The director said maintenance work would end by September 30.")] == ["D202"]


# --- A year and a half --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("بعد انقطاع دام أكثر من سنة ونصف", "ar", 18.0),
        ("خلال عام وربع", "ar", 15.0),
        ("منذ نصف عام", "ar", 6.0),
        ("بعد عامين ونصف", "ar", 30.0),
        ("a year and a half", "en", 18.0),
        ("half a year", "en", 6.0),
    ],
)
def test_a_year_and_a_half_is_eighteen_months(text: str, lang: str, months: float) -> None:
    assert [(m.dimension, m.value) for m in measures(text, lang)] == [("months", months)]


def test_a_year_with_no_fraction_or_figure_is_no_duration() -> None:
    assert [m for m in measures("في العام ونصف السكان", "ar") if m.dimension == "months"] == []
    assert measures("بعد عام من التوقف", "ar") == []
    # The fraction is a share of what follows: a general manager and half the staff.
    assert [m.dimension for m in measures("اجتمع مدير عام ونصف الموظفين", "ar")] == ["share"]


def test_months_against_a_year_and_a_half() -> None:
    ar = "واستؤنف الضخ بعد انقطاع دام أكثر من سنة ونصف."
    assert _fired(NUMBER_AND_DATE, ar, "Pumping resumed after a break of more than 18 months.") == []
    assert [m[:4] for m in _fired(NUMBER_AND_DATE, ar, "Pumping resumed after a break of more than 16 months.")] == ["D202"]


# --- Sub-Saharan Africa -------------------------------------------------------------

def test_sub_saharan_africa_is_a_name_not_a_bearing() -> None:
    ar = "ويعمل في المزارع عمال من دول أفريقيا جنوب الصحراء."
    assert _fired(("M801", "M802"), ar, "Workers from sub-Saharan African countries work on the farms.") == []
    # South of a desert an adjective names is a direction still.
    ar = "وتقع المزارع جنوب الصحراء الغربية."
    assert len(_fired(("M802",), ar, "The farms lie near Western Sahara.")) == 1
