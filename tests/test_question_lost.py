"""P502 (question-lost) on invented sentences: a question kept inside a quotation that
goes on, one whose mark became a comma before a moved attribution, and what stays quiet."""

from __future__ import annotations

import pytest

from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check
from tqa.checks.question_marks import asks, reports_question
from tqa.config import Settings
from tqa.glossary.model import Glossary
from tqa.model import Block, Document, Segment
from tqa.pipeline import Inputs, align_inputs, check_document

P502: Check = next(c for c in ALL_CHECKS if c.code == "P502")


def _document(text: str, lang: str) -> Document:
    return Document(f"example.{lang}", "text", tuple(Block(p) for p in text.split("\n\n")))


def _fired(arabic: str, english: str) -> list[tuple[str, str]]:
    inputs = Inputs(_document(arabic, "ar"), _document(english, "en"), "ar", "en")
    glossary = Glossary()
    report = check_document(align_inputs(inputs, glossary), glossary, (P502,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [(f.source.text if f.source else "", f.target.text if f.target else "") for f in report.findings]


_LEAD = "افتتحت البلدية سوقاً جديداً للخضار في وسط المدينة صباح أمس.\n\n"
_LEAD_EN = "The municipality opened a new vegetable market in the city centre yesterday morning.\n\n"


def test_a_question_inside_a_quotation_that_goes_on_is_reported() -> None:
    arabic = _LEAD + "وتساءلت البائعة: «من سيدفع إيجار البسطات؟ لم يخبرنا أحد بشيء حتى الآن»."
    english = _LEAD_EN + '"Who will pay the rent for the stalls. Nobody has told us anything so far," the vendor said.'
    fired = _fired(arabic, english)
    assert len(fired) == 1
    assert "من سيدفع" in fired[0][0]


def test_a_quoted_question_whose_mark_became_a_comma_before_the_attribution_is_reported() -> None:
    arabic = _LEAD + (
        "وقال الخياط، وهو بائع قديم في السوق انتقل إليه من الحي الشرقي في الشتاء الماضي: "
        '"لا أعترض على السوق الجديد، لكنني أحتاج إلى مكان قريب. كيف أبيع بضاعتي إذا كان السوق بعيداً؟"'
    )
    english = _LEAD_EN + (
        '"I do not object to the new market, but I need a place nearby. How will I sell my goods if the market is far away," '
        "said al-Khayyat, a long-time trader who moved to the market from the eastern district last winter."
    )
    fired = _fired(arabic, english)
    assert len(fired) == 1
    assert fired[0][0].startswith("كيف أبيع") and 'far away,"' in fired[0][1]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        # The question kept, and a conditional "if" inside it.
        ("كيف أبيع بضاعتي إذا كان السوق بعيداً؟", "How will I sell my goods if the market is far away?"),
        # A question kept inside a quotation that goes on.
        ("وتساءلت البائعة: «من سيدفع الإيجار؟ لم يخبرنا أحد».", '"Who will pay the rent? Nobody told us," the vendor asked.'),
        # A reported question.
        ("وتساءلت البائعة: «من سيدفع الإيجار؟»", "The vendor wondered who would pay the rent."),
        ("هل سيفتح السوق يوم الجمعة؟", "Traders do not know if the market will open on Friday."),
        # A question split across two sentences, one keeping the mark.
        (
            "هل سيفتح السوق يوم الجمعة أم سيبقى مغلقاً حتى نهاية الشهر؟",
            "Will the market open on Friday? Or will it stay shut until the end of the month.",
        ),
        # A mark of doubt is no question.
        ("بلغ عدد البسطات ٤٠٠ (؟) بسطة.", "The number of stalls reached 400."),
    ],
)
def test_quiet(arabic: str, english: str) -> None:
    assert _fired(_LEAD + arabic, _LEAD_EN + english) == []


def test_what_asks_and_what_reports() -> None:
    def segment(text: str) -> Segment:
        return Segment(0, 0, text)

    assert asks(segment("قال: «لماذا الآن؟ لا أحد يعرف»."))
    assert asks(segment('وسأل: "لماذا الآن؟"'))
    assert not asks(segment("بلغ العدد ٤٠٠ (؟) بسطة."))
    assert not reports_question((segment("Where will we go if we have no home."),))
    assert reports_question((segment("She asked if the market would open."),))
    assert reports_question((segment("It is not clear whether it will open."),))
