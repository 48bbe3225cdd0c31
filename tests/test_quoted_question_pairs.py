"""P502 pairs quotations by place and length when the two sides quote a different number of
times (issue #11): a quoted term written plain no longer hides a quoted question turned into a
statement. On invented sentences."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example, Pair
from tqa.checks.quoted_questions import paired_quotations
from tqa.model import Bead, Segment

LEAD_AR = "عقدت نقابة المعلمين مؤتمراً صحفياً في العاصمة يوم السبت.\n\n"
LEAD_EN = "The teachers' union held a press conference in the capital on Saturday.\n\n"


def _p502(ar: str, en: str, direction: str = "ar-en") -> list[str]:
    return fired(BY_CODE["P502"], Example(ar=LEAD_AR + ar, en=LEAD_EN + en, fails=False, direction=direction))


def test_a_quoted_question_stated_beside_a_quoted_term_written_plain() -> None:
    ar = "وقالت النقيبة إن الحكومة تجاوزت «الخط الأحمر»، وتساءلت: «سننتظر عاماً دراسياً آخر؟»"
    en = 'The union head said the government had crossed the red line, and asked: "We will wait another school year."'
    assert _p502(ar, en) == [
        "The source asks a question here, but the translation ends it with a full stop; write the question mark"
    ]
    kept = 'The union head said the government had crossed the red line, and asked: "We will wait another school year?"'
    assert _p502(ar, kept) == []


def test_a_quoted_term_the_translation_adds_does_not_hide_it_either() -> None:
    en = 'The union head said the government had crossed a "red line", and asked: "We will wait another school year?"'
    ar = "وقالت النقيبة إن الحكومة تجاوزت الخط الأحمر، وتساءلت: «سننتظر عاماً دراسياً آخر.»"
    assert len(_p502(ar, en, "en-ar")) == 1


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        # The question is reported, and the one quotation left is another, far from it.
        (
            "وتساءلت النقيبة: «سننتظر عاماً آخر؟» ثم قالت إن «المدارس تنهار أمام أعيننا ولا أحد يتحرك لإنقاذها».",
            'The union head wondered whether they would wait another year, then said: "Schools are collapsing before '
            'our eyes and nobody moves to save them."',
        ),
    ],
)
def test_quotations_that_cannot_be_paired_are_not_compared(ar: str, en: str) -> None:
    assert _p502(ar, en) == []


def _pair(ar: str, en: str) -> Pair:
    return Pair(Bead((0,), (0,)), (Segment(0, 0, ar),), (Segment(0, 0, en),))


def test_two_alike_quotations_near_one_are_not_paired() -> None:
    # Either Arabic quotation may be the English one: neither is paired.
    pair = _pair(
        "قالت النقيبة في ختام المؤتمر الصحفي الذي استمر ساعتين: «لن ننتظر» و«سنضرب؟»",
        'The union head closed a two-hour press conference: "We will strike."',
    )
    assert paired_quotations(pair) == []
    # One of them far from it: the near one is its partner.
    pair = _pair(
        "قالت النقيبة: «لن ننتظر» في ختام المؤتمر الصحفي الذي استمر ساعتين، و«سنضرب؟»",
        'The union head closed a two-hour press conference: "We will strike."',
    )
    assert [(a.segment.text[a.start : a.end], e.mark) for a, e in paired_quotations(pair)] == [("سنضرب؟»", ".")]
