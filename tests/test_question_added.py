"""P506 (question-added) and P502's quoted questions, on invented sentences: a statement
given a question mark, a quoted question ended with a full stop after a verb of asking,
and what stays quiet (questions kept, reported questions quoted, marks moved)."""

from __future__ import annotations

import pytest

from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check
from tqa.config import Settings
from tqa.glossary.model import Glossary
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document

P502: Check = next(c for c in ALL_CHECKS if c.code == "P502")
P506: Check = next(c for c in ALL_CHECKS if c.code == "P506")

_LEAD_AR = "افتتحت البلدية محطة جديدة لتحلية المياه شرق المدينة صباح أمس.\n\n"
_LEAD_EN = "The municipality opened a new desalination plant east of the city yesterday morning.\n\n"


def _document(text: str, lang: str) -> Document:
    return Document(f"example.{lang}", "text", tuple(Block(p) for p in text.split("\n\n")))


def _fired(check: Check, english: str, arabic: str) -> list[str]:
    """The translation's evidence of each finding, for an English original and its Arabic."""
    inputs = Inputs(_document(_LEAD_EN + english, "en"), _document(_LEAD_AR + arabic, "ar"), "en", "ar")
    glossary = Glossary()
    report = check_document(align_inputs(inputs, glossary), glossary, (check,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.target.text if f.target else "" for f in report.findings]


def test_a_statement_given_a_question_mark_is_reported() -> None:
    fired = _fired(
        P506,
        '"The water belongs to every household in the district," the engineer said.',
        "وقال المهندس: «الماء ملك كل أسرة في الحي؟»",
    )
    assert fired == ["الماء ملك كل أسرة في الحي؟"]


def test_only_the_clause_with_the_mark_is_shown() -> None:
    fired = _fired(
        P506,
        "The plant cost 40 million dollars. Officials say it will serve the whole east of the city.",
        "وبلغت تكلفة المحطة ٤٠ مليون دولار. ويقول المسؤولون إنها ستخدم شرق المدينة كله؟",
    )
    assert fired == ["ويقول المسؤولون إنها ستخدم شرق المدينة كله؟"]


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        # A question, rhetorical or not, stays a question.
        ('"Who would refuse clean water?" the mayor asked.', "وتساءل رئيس البلدية: «من يرفض الماء النظيف؟»"),
        # A reported question quoted as a direct one.
        ("Residents asked whether the tariff would rise.", "وتساءل السكان: «هل سترتفع التعرفة؟»"),
        # A question in the source's words whose mark the source forgot.
        ("Will the plant be enough for the summer.", "هل تكفي المحطة لفصل الصيف؟"),
        # A question mark inside a quoted question of the source.
        ('She said the question "who pays?" was still open.', "وقالت إن سؤال «من يدفع؟» ما زال مطروحاً."),
        # The mark moved: the source asks in another sentence of the same paragraph.
        (
            "Will the plant be enough for the summer. Engineers doubt it?",
            "هل تكفي المحطة لفصل الصيف؟ يشك المهندسون في ذلك.",
        ),
        # A URL's query is no question.
        ("The tender is at https://water.example/t?id=7 online.", "المناقصة منشورة على https://water.example/t?id=7 على الإنترنت."),
    ],
)
def test_quiet(english: str, arabic: str) -> None:
    assert _fired(P506, english, arabic) == []


def test_a_quoted_question_ended_with_a_full_stop_after_a_verb_of_asking_is_reported() -> None:
    fired = _fired(
        P502,
        'The mayor spoke for an hour. "Who else will pay for the pipes if not the state?" she asked at the plant.',
        'وتحدثت رئيسة البلدية ساعة كاملة. وتساءلت في المحطة: "من غير الدولة سيدفع ثمن الأنابيب."',
    )
    assert fired == ['من غير الدولة سيدفع ثمن الأنابيب."']


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        # The question kept inside the quotation.
        ('"Who else will pay for the pipes?" she asked.', 'وتساءلت: "من غير الدولة سيدفع ثمن الأنابيب؟"'),
        # The quoted question reported, and another quotation that states.
        (
            '"Who pays?" she asked. "We cannot," the engineer said.',
            'وتساءلت عمن سيدفع. وقال المهندس: "لا نستطيع."',
        ),
    ],
)
def test_quoted_questions_kept_or_reported_are_quiet(english: str, arabic: str) -> None:
    assert _fired(P502, english, arabic) == []
