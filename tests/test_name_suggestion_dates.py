"""N105 (`tqa glossary suggest`), new-user review 12: a month or a weekday is a date, never a
name to add (the Hijri «شعبان» was offered as a place), and a given name of two Arabic words
that English writes as one (Abdellatif «عبد اللطيف») is part of the suggested name, not a
surname offered alone. Invented sentences, new names."""

from __future__ import annotations

import pytest

from tests.example_runs import document
from tqa.glossary.model import Glossary
from tqa.glossary.suggest import new_entry_pairs
from tqa.pipeline import Inputs, align_inputs
from tqa.text.skeletons import abd_name_before

LEAD_AR = "افتتحت البلدية سوقاً جديدة للخضار في وسط المدينة صباح أمس.\n\n"
LEAD_EN = "The municipality opened a new vegetable market in the city centre yesterday morning.\n\n"


def _suggested(ar: str, en: str) -> list[tuple[str, str]]:
    glossary = Glossary([], [])
    doc = align_inputs(Inputs(document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en"), "ar", "en"), glossary)
    return [(p.entry_english, p.arabic_entry_form) for p in new_entry_pairs(doc, glossary)]


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("وبدأ المهرجان في العاشر من شعبان ١٤٤٨ هـ.", "The festival began on 10 Shaaban 1448 AH."),
        ("وانتهت الأشغال في منتصف رجب الماضي.", "The works ended in mid-Rajab."),
        ("وتستأنف المحاكمة في كانون الثاني المقبل.", "The trial resumes in January."),
        ("وأغلقت الأسواق يوم الخميس.", "The markets closed on Thursday."),
    ],
    ids=["hijri-shaaban", "hijri-rajab", "levantine-month", "weekday"],
)
def test_a_month_or_a_weekday_is_never_a_name_to_add(ar: str, en: str) -> None:
    assert _suggested(ar, en) == []


def test_a_surname_that_is_a_month_comes_with_its_given_name() -> None:
    ar = "وقال المهندس سامر شعبان إن الجسر سيفتح قريباً."
    en = "Engineer Samer Shaaban said the bridge would open soon."
    assert _suggested(ar, en) == [("Samer Shaaban", "سامر شعبان")]


@pytest.mark.parametrize(
    ("ar", "en", "expected"),
    [
        (
            "وقال المدير عبد الكريم الزياني إن المشروع تأخر.",
            "Director Abdelkarim Zayani said the project was delayed.",
            ("Abdelkarim Zayani", "عبد الكريم الزياني"),
        ),
        (
            "وأكد عبد اللطيف البوعزاوي أن الموسم كان جيداً.",
            "Abdellatif Bouazzaoui said the season had been good.",
            ("Abdellatif Bouazzaoui", "عبد اللطيف البوعزاوي"),
        ),
    ],
    ids=["abdelkarim", "abdellatif"],
)
def test_a_two_word_abd_given_name_belongs_to_the_suggested_name(ar: str, en: str, expected: tuple[str, str]) -> None:
    assert _suggested(ar, en) == [expected]


@pytest.mark.parametrize(
    ("latin", "arabic", "fits"),
    [
        ("Abdellatif", "قال عبد اللطيف ", True),
        ("Abdul-Rahman", "قال عبد الرحمن ", True),
        ("Abdellatif", "قال عبد القادر ", False),  # another name after عبد
        ("Ahmed", "قال عبد اللطيف ", False),  # no Abd in the Latin
        ("Abdellatif", "قال اللطيف ", False),  # no عبد in the Arabic
    ],
)
def test_abd_name_before(latin: str, arabic: str, fits: bool) -> None:
    assert (abd_name_before(latin, arabic) == arabic.index("عبد")) if fits else abd_name_before(latin, arabic) is None
