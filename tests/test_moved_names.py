"""A glossary name the translation moved across a sentence break into the neighbouring
sentence is not missing (N103): the neighbour's translation names it more often than the
neighbour's source. A name the neighbour names as often on both sides is still missing.
Drawn from the held-out pair w43 (an attribution with its place moved into the sentence
before it), on invented sentences."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example


@pytest.mark.parametrize(
    ("ar", "en", "direction", "fails"),
    [
        # The place of the news conference moved into the English sentence before.
        (
            "أعلنت الوزارة خطة جديدة لتوزيع المياه على الأحياء. وقالت المتحدثة في مؤتمر صحفي في حمص إن التوزيع يبدأ الأحد.",
            "The ministry announced a new plan for water distribution, its spokeswoman told a news conference in Homs."
            " Distribution starts on Sunday, she said.",
            "ar-en",
            False,
        ),
        # The same move into the sentence after.
        (
            "وصل الوفد إلى اللاذقية مساء السبت. واجتمع مع المحافظ لبحث ملف الميناء.",
            "The delegation arrived on Saturday evening. In Latakia, it met the governor to discuss the port.",
            "ar-en",
            False,
        ),
        # English first: the Arabic moved the city into the sentence before.
        (
            "عقدت الشركة اجتماعها السنوي في حلب وأعلنت أرباحاً قياسية. وقال المدير إن الطلب ارتفع.",
            "The company held its annual meeting and announced record profits. In Aleppo, the director said demand had risen.",
            "en-ar",
            False,
        ),
        # The neighbour names the city on both sides: nothing moved, the name was dropped.
        (
            "وصل الوفد إلى اللاذقية مساء السبت. واجتمع في اللاذقية مع المحافظ لبحث ملف الميناء.",
            "The delegation arrived in Latakia on Saturday evening. It met the governor to discuss the port.",
            "ar-en",
            True,
        ),
        # A name dropped with no neighbour to take it.
        (
            "وقالت المتحدثة في مؤتمر صحفي في حمص إن التوزيع يبدأ الأحد.",
            "Distribution starts on Sunday, the spokeswoman told a news conference.",
            "ar-en",
            True,
        ),
    ],
)
def test_name_moved_into_neighbour(ar: str, en: str, direction: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction=direction))) is fails
