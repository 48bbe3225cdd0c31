"""One sentence translating four (tqa.align.wide, issue #14): a list cut at each semicolon
on one side and run together on the other is one 4-1 or 1-4 bead, not a merge beside
omissions; a dropped sentence with no support of its own is not joined to it."""

from __future__ import annotations

import pytest

import tqa.align.wide
from tests.align_articles import article, pairs
from tqa.align.bilingual import align

CHOLERA_AR = [
    "أعلنت وزارة الصحة يوم الاثنين حصيلة جديدة للإصابات بالكوليرا في المحافظات الشمالية.",
    "وسجلت مدينة حلب ١٢٠ إصابة جديدة؛",
    "وإدلب ٤٥ إصابة؛",
    "والرقة ٣٠ إصابة؛",
    "ودير الزور ١٢ إصابة.",
    "ودعت الوزارة السكان إلى غلي مياه الشرب وغسل الخضار جيداً قبل تناولها.",
]
CHOLERA_EN = [
    "The health ministry on Monday announced a new tally of cholera infections in the northern provinces.",
    "Aleppo recorded 120 new infections, Idlib 45, Raqqa 30 and Deir ez-Zor 12.",
    "The ministry urged residents to boil drinking water and wash vegetables thoroughly before eating them.",
]
# The fourth piece is a sentence the translation dropped: nothing of it is in the English.
DROPPED_AR = [*CHOLERA_AR[:4], "وكان الطقس حاراً.", CHOLERA_AR[5]]
DROPPED_EN = [CHOLERA_EN[0], "Aleppo recorded 120 new infections, Idlib 45 and Raqqa 30.", CHOLERA_EN[2]]


def test_four_arabic_pieces_of_one_english_sentence_are_one_bead() -> None:
    beads = pairs(align(article(CHOLERA_AR, "ar"), article(CHOLERA_EN, "en")))
    assert beads == [((0,), (0,)), ((1, 2, 3, 4), (1,)), ((5,), (2,))]


def test_four_pieces_are_one_bead_in_the_other_direction() -> None:
    beads = pairs(align(article(CHOLERA_EN, "en"), article(CHOLERA_AR, "ar")))
    assert beads == [((0,), (0,)), ((1,), (1, 2, 3, 4)), ((2,), (5,))]


@pytest.mark.parametrize("english_first", [False, True])
def test_a_dropped_sentence_without_support_stays_alone(english_first: bool) -> None:
    source, target = article(DROPPED_AR, "ar"), article(DROPPED_EN, "en")
    beads = pairs(align(target, source) if english_first else align(source, target))
    assert (((), (4,)) if english_first else ((4,), ())) in beads
    assert all(len(side) < 4 for bead in beads for side in bead)


def test_without_the_support_rule_the_dropped_sentence_would_be_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    # The case above is the one the rule is for: undone, the omission hides in a 4-1 bead.
    monkeypatch.setattr(tqa.align.wide, "_supported", lambda *args: True)
    beads = pairs(align(article(DROPPED_AR, "ar"), article(DROPPED_EN, "en")))
    assert ((1, 2, 3, 4), (1,)) in beads
