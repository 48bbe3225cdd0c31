"""Fixes drawn from the held-out pairs w55-w57, on invented sentences: an English
headline of dictionary words is not reported as a third language because langdetect,
given few function words, guesses French."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example

_AR = "عودة طوابير الوقود مع تأخر الشحنات. وقال السكان إنهم ينتظرون ساعات."


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        # langdetect alone: French at 0.9 or more; every common word is an English word.
        ("Petrol queues resume outside stations as diesel deliveries lag. Residents said they wait for hours.", False),
        ("Fuel queues resume in central districts as grain deliveries lag. Residents said they wait for hours.", False),
        # Real French still is: most of its words are no English words.
        ("Les files d'attente reprennent devant les stations faute de livraisons. Residents said they wait for hours.", True),
    ],
)
def test_headline_of_english_words_is_english(en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["U403"], Example(ar=_AR, en=en, fails=fails))) is fails
