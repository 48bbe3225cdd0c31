"""A 2-2 bead whose two versions cut one passage at different places (tqa.align.crossed)
earns its anchors united; an omission and an addition beside a translated pair stay null beads."""

from __future__ import annotations

import numpy as np
import pytest

import tqa.align.crossed
from tests.align_articles import article, pairs
from tqa.align.bilingual import align

# The police chief's words close the first English sentence and open the second Arabic one.
FIRE_AR = [
    "اندلع حريق في مستودع للأخشاب قرب ميناء اللاذقية مساء السبت.",
    "أصيب الحارس برصاصة في الرأس وتوفي متأثراً بجراحه.",
    "وقال قائد الشرطة سامر الخطيب للصحفيين يوم الأحد إن الحارس حاول حماية زميله فأطلق عليه المسلح النار.",
    "وتبحث الشرطة عن رجلين فرا في سيارة بيضاء باتجاه جبلة.",
]
FIRE_EN = [
    "A fire broke out at a timber warehouse near the port of Latakia on Saturday evening.",
    "The guard was shot in the head and died of his wounds, police chief Samer al-Khatib told reporters on Sunday.",
    "He had tried to protect his colleague when the gunman opened fire.",
    "Police are searching for two men who fled in a white car towards Jableh.",
]


def test_a_passage_cut_at_different_places_is_one_bead() -> None:
    beads = pairs(align(article(FIRE_AR, "ar"), article(FIRE_EN, "en")))
    assert beads == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


def test_counted_by_its_halves_the_bead_reads_as_a_merge_and_an_addition(monkeypatch: pytest.MonkeyPatch) -> None:
    # The case above is the one the rule is for: undone, the second English sentence is an addition.
    monkeypatch.setattr(tqa.align.crossed, "cut_elsewhere", lambda costs, i, ends, grid: np.zeros(np.broadcast(i, ends).shape, dtype=bool))
    beads = pairs(align(article(FIRE_AR, "ar"), article(FIRE_EN, "en")))
    assert ((), (2,)) in beads


def test_an_omission_and_an_addition_beside_a_translated_pair_stay_null_beads() -> None:
    # A neighbour's words dropped from the English, a shopkeeper's added to it: the crossed
    # pair (the governor's promise) is a translation, and the halves share only quotation
    # marks, no content. Counted as content, the marks made the four sentences one bead.
    arabic = [
        FIRE_AR[0],
        'وقال أحد الجيران: "سمعنا صوت انفجار قوي قبل منتصف الليل".',
        'وقال المحافظ: "سنعوض أصحاب المحلات المتضررة خلال شهر واحد".',
        FIRE_AR[3],
    ]
    english = [
        FIRE_EN[0],
        'The governor said: "We will compensate the owners of the damaged shops within one month."',
        '"It was chaos, nobody knew where to go," one shopkeeper told us.',
        FIRE_EN[3],
    ]
    beads = pairs(align(article(arabic, "ar"), article(english, "en")))
    assert beads == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
