"""Fixes drawn from the held-out pairs w46-w48, on invented names and sentences: a person's
surname the English writes alike twice, rendered in the Arabic once without the article and
once with it and a letter apart besides (أبيدي, then العبيدي for Abidi: a Latin initial
vowel is أ or ع in Arabic), is one name spelt two ways (N106); a lower-case "the west" after a
distance ("30 kilometres to the west") is a bearing, not the West as a group of countries (M801)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.directions import directions

_EN = (
    "Trader Khalid Abidi opened his stall at dawn. Prices had doubled since spring, Abidi said."
    " Most buyers now pay in cash."
)


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # Without the article first, then with it and ع for أ: one surname spelt two ways.
        ("فتح التاجر خالد أبيدي متجره فجراً. وقال العبيدي إن الأسعار تضاعفت منذ الربيع. ويدفع معظم المشترين نقداً الآن.", True),
        # The same word both times, the article once and not once: article_apart's case, still reported.
        ("فتح التاجر خالد عبيدي متجره فجراً. وقال العبيدي إن الأسعار تضاعفت منذ الربيع. ويدفع معظم المشترين نقداً الآن.", True),
        # One spelling throughout: nothing to report.
        ("فتح التاجر خالد العبيدي متجره فجراً. وقال العبيدي إن الأسعار تضاعفت منذ الربيع. ويدفع معظم المشترين نقداً الآن.", False),
    ],
)
def test_surname_with_article_and_letter_apart(ar: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N106"], Example(ar=ar, en=_EN, fails=fails, direction="en-ar"))) is fails


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        ("The new depot lies 30 kilometres to the west of the city.", True),
        ("The new depot lies 30km to the west.", True),
        ("The new depot lies 30 kilometres to the east.", False),
    ],
)
def test_distance_to_the_west_is_a_bearing(en: str, fails: bool) -> None:
    ar = "يقع المستودع الجديد على بعد 30 كيلومتراً شرق المدينة." if "of the city" in en else "يقع المستودع الجديد على بعد 30 كيلومتراً شرقاً."
    assert bool(fired(BY_CODE["M801"], Example(ar=ar, en=en, fails=fails))) is fails


def test_the_west_without_a_distance_is_still_the_countries() -> None:
    (west,) = directions("Ties with the west have cooled, and aid to the west of the country was cut.", "en")[:1]
    assert not west.compared
