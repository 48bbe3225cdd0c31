"""Omissions inside merges (issue #11): in a 2-1 or 1-2 bead each sentence needs
support of its own, so a dropped short sentence is reported, not glued on."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tqa.align.bilingual
from tests.align_articles import article, pairs
from tqa.align.bilingual import align

HOSPITAL_AR = [
    "افتتح وزير الصحة مستشفى الأطفال الجديد في حمص صباح الأحد بعد ترميم استمر عامين.",
    "وكان الطقس ماطراً وبارداً طوال اليوم.",
    "ويضم المستشفى مئة وعشرين سريراً وثلاث غرف عمليات وقسماً للطوارئ يعمل على مدار الساعة.",
    "وقال الوزير إن الحكومة ستفتتح مستشفيين آخرين في حماة وإدلب قبل نهاية العام.",
]
HOSPITAL_EN = [
    "The health minister opened the new children's hospital in Homs on Sunday morning after a two-year restoration.",
    "The hospital has 120 beds, three operating theatres and an emergency department that works around the clock.",
    "The minister said the government would open two more hospitals in Hama and Idlib before the end of the year.",
]


def test_a_dropped_short_sentence_is_an_omission_not_a_merge() -> None:
    beads = pairs(align(article(HOSPITAL_AR, "ar"), article(HOSPITAL_EN, "en")))
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]


def test_without_the_support_rule_the_sentence_hides_in_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    # The case above is the one the rule is for: undone, the omission is glued on.
    original = tqa.align.bilingual.params_for
    monkeypatch.setattr(tqa.align.bilingual, "params_for", lambda s, t: replace(original(s, t), unsupported_merge=0.0))
    beads = pairs(align(article(HOSPITAL_AR, "ar"), article(HOSPITAL_EN, "en")))
    assert ((0, 1), (0,)) in beads


def test_a_dropped_short_english_sentence_is_an_addition_when_arabic_is_the_source() -> None:
    english = [*HOSPITAL_EN[:1], "It was a cold and rainy day.", *HOSPITAL_EN[1:]]
    arabic = [HOSPITAL_AR[0], *HOSPITAL_AR[2:]]
    beads = pairs(align(article(arabic, "ar"), article(english, "en")))
    assert ((), (1,)) in beads


def test_two_short_sentences_merged_in_translation_stay_a_merge() -> None:
    arabic = [
        "وصل الوفد الروسي إلى دمشق صباح اليوم.",
        "وبدأت المحادثات بعد الظهر.",
        "وتناولت المحادثات صفقة قمح بقيمة ٣٠٠ مليون دولار وتطوير ميناء طرطوس.",
    ]
    english = [
        "The Russian delegation arrived in Damascus this morning, and talks began in the afternoon.",
        "The talks covered a $300 million wheat deal and the development of the port of Tartus.",
    ]
    assert pairs(align(article(arabic, "ar"), article(english, "en"))) == [((0, 1), (0,)), ((2,), (1,))]


def test_a_sentence_split_in_translation_stays_a_split() -> None:
    arabic = [
        "وقال المتحدث باسم الوزارة إن أول شحنة من القمح الروسي ستصل إلى اللاذقية في ١٥ آذار، وإن الشحنة الثانية ستصل في نيسان.",
        "ومن المنتظر أن تعقد اللجنة المشتركة اجتماعها المقبل في دمشق.",
    ]
    english = [
        "The ministry spokesman said the first shipment of Russian wheat would reach Latakia on March 15.",
        "The second shipment will arrive in April.",
        "The joint committee is due to hold its next meeting in Damascus.",
    ]
    assert pairs(align(article(arabic, "ar"), article(english, "en"))) == [((0,), (0, 1)), ((1,), (2,))]
