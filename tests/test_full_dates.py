"""Full dates: read as (year, month, day) in both languages, and compared as dates (D215),
so that a changed date is one finding and its figures are not reported again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqa.checks import ALL_CHECKS
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.full_dates import full_dates

GLOSSARY = load_glossaries([Path(__file__).resolve().parent.parent / "glossaries" / "syria.yaml"])


@pytest.mark.parametrize(
    ("text", "lang", "readings"),
    [
        ("ستُراجع في ١/٧/٢٠٢٧.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في 01-07-2027.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في ١.٧.٢٠٢٧.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في ۱/۷/۲۰۲۷.", "ar", [((2027, 7, 1),)]),  # Persian digits
        ("ستُراجع في ٢٠٢٧/٧/١.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في ١ تموز/يوليو ٢٠٢٧.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في الأول من تموز من عام ٢٠٢٧.", "ar", [((2027, 7, 1),)]),
        ("ستُراجع في ١٥ آب (أغسطس)، ٢٠٢٧.", "ar", [((2027, 8, 15),)]),
        ("It will be reviewed on 1 July 2027.", "en", [((2027, 7, 1),)]),
        ("It will be reviewed on July 1st, 2027.", "en", [((2027, 7, 1),)]),
        ("It will be reviewed on the 1st of Sept. 2027.", "en", [((2027, 9, 1),)]),
        ("It will be reviewed on 2027-07-01.", "en", [((2027, 7, 1),)]),
        ("It will be reviewed on 13/7/2027.", "en", [((2027, 7, 13),)]),
        ("It will be reviewed on 7/13/2027.", "en", [((2027, 7, 13),)]),
        # Both figures 12 or less: day/month or American month/day.
        ("It will be reviewed on 7/1/2027.", "en", [((2027, 1, 7), (2027, 7, 1))]),
    ],
)
def test_full_dates_are_read(text: str, lang: str, readings: list[tuple[tuple[int, int, int], ...]]) -> None:
    assert [d.readings for d in full_dates(text, lang)] == readings


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("في ٣١/٢/٢٠٢٧", "ar"),  # no such day
        ("صوّت ٣/١/٧/٢٠٢٧ من الأعضاء", "ar"),  # figures glued to more figures
        ("The score was 2/3 in 2027.", "en"),
        ("Prices rose 1.5 per cent in July 2027.", "en"),  # a month and a year, no day
        ("في ١ تموز/آب ٢٠٢٧", "ar"),  # the writer's two months disagree
    ],
)
def test_what_is_not_a_full_date(text: str, lang: str) -> None:
    assert full_dates(text, lang) == []


def test_offsets_point_at_what_was_typed() -> None:
    text = "ستُراجع الخطة في الأول من تموز ٢٠٢٧ بحسب الوزارة."
    (date,) = full_dates(text, "ar")
    assert text[date.start : date.end] == date.text == "الأول من تموز ٢٠٢٧"


def _codes(ar: str, en: str, direction: str = "ar-en") -> list[tuple[str, str]]:
    arabic = Document("a.ar", "text", (Block(ar),))
    english = Document("a.en", "text", (Block(en),))
    inputs = Inputs(english, arabic, "en", "ar") if direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    report = check_document(align_inputs(inputs, GLOSSARY), GLOSSARY, ALL_CHECKS, Settings())
    return [(f.code, f.message) for f in report.findings if f.severity.label != "info"]


AR = "ستُراجع الحكومة الخطة في ١/٧/٢٠٢٧ بحسب الوزارة."


@pytest.mark.parametrize(
    ("en", "what"),
    [
        ("The government will review the plan on August 1, 2027, the ministry said.", "correct the month"),
        (
            "The government will review the plan on January 7, 2027, the ministry said.",
            "correct the day and month, which are swapped",
        ),
        ("The government will review the plan on 1 July 2028, the ministry said.", "correct the year"),
        ("The government will review the plan on July 9, 2027, the ministry said.", "correct the day"),
    ],
)
def test_a_changed_date_is_one_date_finding(en: str, what: str) -> None:
    findings = _codes(AR, en)
    assert [code for code, _ in findings] == ["D215"], findings
    message = findings[0][1]
    assert "«١/٧/٢٠٢٧» (1 July 2027)" in message and message.endswith(what)


@pytest.mark.parametrize(
    "en",
    [
        "The government will review the plan on July 1, 2027, the ministry said.",
        "The government will review the plan on 1 July 2027, the ministry said.",
        "The government will review the plan on 01.07.2027, the ministry said.",
        "The government will review the plan on 7/1/2027, the ministry said.",
        "The government will review the plan on 1/7/2027, the ministry said.",
    ],
)
def test_one_date_written_another_way_is_no_finding(en: str) -> None:
    assert _codes(AR, en) == []


def test_a_month_name_date_against_figures_raises_no_month_finding() -> None:
    # D213 would say «تموز» is missing if the month inside the matched date were counted.
    assert _codes("ستُراجع الحكومة الخطة في ١ تموز ٢٠٢٧.", "The government will review the plan on 1/7/2027.") == []


def test_a_month_changed_inside_a_date_is_reported_once() -> None:
    findings = _codes("ستُراجع الحكومة الخطة في ١ تموز ٢٠٢٧.", "The government will review the plan on 1 August 2027.")
    assert [code for code, _ in findings] == ["D215"]


def test_english_source_and_arabic_translation() -> None:
    en = "The school will open on 19 September 2027, the ministry said."
    findings = _codes("ستُفتتح المدرسة في ٩/٩/٢٠٢٧ بحسب الوزارة.", en, direction="en-ar")
    assert [code for code, _ in findings] == ["D215"]
    assert findings[0][1] == (
        "The date «19 September 2027» (19 September 2027) is written «٩/٩/٢٠٢٧» (9 September 2027) in the Arabic; correct the day"
    )
    assert _codes("ستُفتتح المدرسة في ١٩/٩/٢٠٢٧ بحسب الوزارة.", en, direction="en-ar") == []


def test_an_ambiguous_english_date_is_never_reported() -> None:
    # 3/4/2027 matches neither reading of ١/٧/٢٠٢٧, but an English date in figures that reads
    # both ways is not compared: its figures stay with the number checks.
    findings = _codes(AR, "The government will review the plan on 3/4/2027, the ministry said.")
    assert "D215" not in [code for code, _ in findings]


def test_dates_unrelated_in_every_part_are_not_paired() -> None:
    findings = _codes("وصل الوفد في ٥/٣/٢٠٢٦.", "The delegation arrived on 14 June 2025.")
    assert "D215" not in [code for code, _ in findings]
