"""A dropped sentence and an added one side by side (issue #11, blind w13): the aligner
pairs them as a 1-1 bead by length; they are split into an omission and an addition
when they share nothing a translation keeps. Without figures on either side, the
evidence is what each says: several concepts each, not one in common."""

from __future__ import annotations

import pytest

from tqa.align.bilingual import align_sentences

BEFORE_AR = "وتجمع مئات المحتجين يوم الأحد أمام مبنى البلدية في مدينة قابس احتجاجاً على انقطاع المياه منذ 12 يوماً."
BEFORE_EN = "Hundreds of protesters gathered on Sunday outside the town hall in Gabes over water cuts that have lasted 12 days."
AFTER_AR = "وقالت الشركة الوطنية للمياه إن الإمدادات ستعود خلال 48 ساعة بعد إصلاح خط رئيسي بطول 3 كيلومترات."
AFTER_EN = "The national water company said supplies would return within 48 hours once a 3-kilometre main line was repaired."


def middle(arabic: str, english: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = align_sentences([BEFORE_AR, arabic, AFTER_AR], [BEFORE_EN, english, AFTER_EN], "ar", "en")
    return [(b.source, b.target) for b in beads]


def test_a_dropped_and_an_added_sentence_with_nothing_in_common_are_split() -> None:
    dropped = "ولم تسجل الشرطة، بحسب مصادر أمنية، أي مواجهات مع قوات الجيش في المدينة."
    added = "Several students were briefly arrested at the university, local newspapers reported."
    assert middle(dropped, added) == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        # A translation: police, students, university in common.
        (
            "وقال الطلاب إن الشرطة اعتقلت عدداً منهم قرب الجامعة لفترة قصيرة.",
            "The students said police briefly detained several of them near the university.",
        ),
        # Sentences with too few concepts to tell: a loose rendering stays paired.
        ("ولم يرد أحد على الهاتف طوال اليوم.", "Nobody picked up all day."),
    ],
)
def test_a_translation_stays_paired(arabic: str, english: str) -> None:
    assert middle(arabic, english) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
