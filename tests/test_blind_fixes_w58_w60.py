"""Fixes drawn from the held-out pairs w58-w60, on invented sentences: an English quotation
interrupted by its attribution and continued in a sentence of its own ('"A," said X. "B."')
is folded by the Arabic into one quotation after the attribution (وقال X: "A، B"); the
continuation the aligner leaves alone is no omission (O301) or addition (O302) when the
folded quotation has a clause more than the interrupted one. A byline of up to six words
(«By a staff correspondent») is a label whose length O303 does not judge. A sentence added
inside a paragraph, beside one the translator rendered tightly, is not merged with it when
it says four things the lexicon knows and shares nothing with the source (O302)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, alone_both_ways, fired
from tqa.checks.base import Example

_EN = (
    "Farmers in the Ghab valley are planting olives again after three years of drought.\n\n"
    "The water ministry says the reservoir behind the dam is now a third full.\n\n"
    "{quote}\n\n"
    "The ministry plans to line the main canals with concrete to cut leaks.\n\n"
    "Work on the first canal is due to start in the autumn, officials said.\n\n"
    "Farmers say they will need help to buy drip irrigation systems."
)
_AR = (
    "يعود المزارعون في سهل الغاب إلى زراعة الزيتون بعد ثلاث سنوات من الجفاف.\n\n"
    "وتقول وزارة الموارد المائية إن الخزان خلف السد ممتلئ الآن بمقدار الثلث.\n\n"
    "{quote}\n\n"
    "وتعتزم الوزارة تبطين القنوات الرئيسية بالإسمنت للحد من التسرب.\n\n"
    "ومن المقرر أن تبدأ الأعمال في القناة الأولى في الخريف، بحسب مسؤولين.\n\n"
    "ويقول المزارعون إنهم سيحتاجون إلى مساعدة لشراء أنظمة الري بالتنقيط."
)
_INTERRUPTED = (
    '"The river used to flood every spring," said Salem Obaid, 61, standing beside a dry irrigation ditch '
    'below the old stone dam. "Now it barely reaches the fields."'
)
_SPEAKER = 'وقال سالم عبيد (61 عاما)، وهو يقف قرب قناة جافة أسفل السد القديم: '
_FOLDED = _SPEAKER + '"كان النهر يفيض كل ربيع، واليوم لا يكاد يبلغ الحقول".'
_DROPPED = _SPEAKER + '"كان النهر يفيض كل ربيع".'
# The first quoted sentence has two clauses already: the Arabic's two are its own.
_TWO_CLAUSES = _INTERRUPTED.replace("every spring,", "every spring, and the wells were full,")
_TWO_DROPPED = _SPEAKER + '"كان النهر يفيض كل ربيع، وكانت الآبار ممتلئة".'


@pytest.mark.parametrize(
    ("english", "arabic", "fails"),
    [
        (_INTERRUPTED, _FOLDED, False),
        (_INTERRUPTED, _DROPPED, True),
        (_TWO_CLAUSES, _TWO_DROPPED, True),
        # A continuation in a paragraph of its own is another matter (the folded-quotation rule of the aligner).
        (_INTERRUPTED.replace(' "Now', '\n\n"Now'), _DROPPED, True),
    ],
)
def test_quotation_continued_after_its_attribution(english: str, arabic: str, fails: bool) -> None:
    # English original: the continuation would be an omission; Arabic original: an addition.
    assert alone_both_ways(_AR.format(quote=arabic), _EN.format(quote=english)) == (fails, fails)


@pytest.mark.parametrize(
    ("byline", "cut", "fails"),
    [
        ("By a staff correspondent", False, False),
        ("By our correspondent in Hama", False, False),
        # The article's sentences are still judged, the byline aside.
        ("By a staff correspondent", True, True),
    ],
)
def test_byline_is_a_label(byline: str, cut: bool, fails: bool) -> None:
    en = byline + "\n\n" + _EN.format(quote=_INTERRUPTED)
    ar = "مراسلنا\n\n" + _AR.format(quote=_FOLDED)
    if cut:
        ar = ar.replace("تبطين القنوات الرئيسية بالإسمنت للحد من التسرب.", "تبطين القنوات.")
    assert bool(fired(BY_CODE["O303"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails


_SHORE_EN = (
    "Hotel builders have begun clearing land along the western shore of the lake.\n\n"
    "Fishermen in the bay say nobody asked their opinion. About 200 families depend on fishing along the shore "
    "handed to the hotel group, according to the local fishermen's union.\n\n"
    "The company says the first hotel will open in two years."
)
_SHORE_AR = (
    "بدأت شركات البناء تجريف الأراضي على طول الشاطئ الغربي للبحيرة.\n\n"
    "ويقول الصيادون في الخليج إن أحداً لم يسألهم عن رأيهم. {added}"
    "ويعتمد نحو 200 أسرة على الصيد في الشاطئ المخصص للفنادق، بحسب نقابة الصيادين.\n\n"
    "وتقول الشركة إن أول فندق سيفتح أبوابه بعد عامين."
)


@pytest.mark.parametrize(
    "added",
    [
        # The tight rendering is short by about the added sentence's length: the 1-2 merge fitted.
        "وامتنعت وزارة السياحة عن الرد على أسئلة الصحفيين. ",
        "ولم تستجب إدارة الشركة لطلب بالتعليق أرسلته الصحيفة. ",
    ],
)
def test_a_sentence_added_inside_a_paragraph_is_not_merged_with_its_neighbour(added: str) -> None:
    example = Example(ar=_SHORE_AR.format(added=added), en=_SHORE_EN, fails=True, direction="en-ar")
    assert fired(BY_CODE["O302"], example) == [
        f"This sentence has no counterpart in the source: «{added.strip()}»; check that the addition is intended"
    ]
    assert not fired(BY_CODE["O302"], Example(ar=_SHORE_AR.format(added=""), en=_SHORE_EN, fails=False, direction="en-ar"))


def test_a_sentence_split_in_two_by_the_translator_stays_merged() -> None:
    # The second Arabic sentence renders the English's second clause: union, ministry, tourism in common.
    english = _SHORE_EN.replace(
        "according to the local fishermen's union.", "and the fishermen's union says the tourism ministry never answered its letters."
    )
    arabic = _SHORE_AR.format(added="").replace(
        "للفنادق، بحسب نقابة الصيادين.", "للفنادق. وتقول نقابة الصيادين إن وزارة السياحة لم ترد قط على رسائلها."
    )
    for code in ("O301", "O302"):
        assert not fired(BY_CODE[code], Example(ar=arabic, en=english, fails=False, direction="en-ar"))
