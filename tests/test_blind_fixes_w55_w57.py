"""Fixes drawn from the held-out pairs w55-w57, on invented sentences: an English
headline of dictionary words is not reported as a third language because langdetect,
given few function words, guesses French; a range of days under one month name («من 22
إلى 25 أكتوبر», "from October 22 to 25") gives both ends the month, so a changed first
day is a changed date (D215), not a figure left beside the other end (D203); a straight
quote left at a sentence's end goes to the next sentence when that one needs an opener, so
P501 blames the quotation whose closing mark was dropped."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.segment import split_sentences

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


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        # One month name serves both ends of the range: the first day changed is a changed date.
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from March 15 to 18 in the old city.", True),
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from 15 to 18 March in the old city.", True),
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from March 14 to 18 in the old city.", False),
        ("وتقام المعارض بين 14 و18 مارس في المدينة القديمة.", "The fairs run between 14 and 18 March in the old city.", False),
    ],
)
def test_day_range_under_one_month(ar: str, en: str, fails: bool) -> None:
    example = Example(ar=ar, en=en, fails=fails)
    assert bool(fired(BY_CODE["D215"], example)) is fails
    # The first day is the date's, not a figure left over: no D203 "14 written 18".
    assert not fired(BY_CODE["D203"], example)


_UNCLOSED = (
    '"Orders fell by half this year, said Karim Haddad, a wholesaler in the old market. '
    '"Can we survive another season?" Haddad asked.'
)


def test_opening_quote_goes_to_the_sentence_that_closes_it() -> None:
    # The first quotation lost its closing mark; the second one's opener is not its closer.
    assert split_sentences(_UNCLOSED, "en") == [
        '"Orders fell by half this year, said Karim Haddad, a wholesaler in the old market.',
        '"Can we survive another season?" Haddad asked.',
    ]
    # A sloppy closing mark after a space stays when the next sentence needs no opener.
    sloppy = '"We will keep going in this direction. " Then the meeting ended.'
    assert split_sentences(sloppy, "en") == ['"We will keep going in this direction. "', "Then the meeting ended."]


def test_unclosed_quotation_is_blamed_before_its_attribution() -> None:
    ar = 'وقال كريم حداد، وهو تاجر جملة في السوق القديمة: "تراجعت الطلبات إلى النصف هذا العام". وتساءل حداد: "هل سننجو موسماً آخر؟"'
    hits = fired(BY_CODE["P501"], Example(ar=ar, en=_UNCLOSED, fails=True))
    assert len(hits) == 1
    assert "before «, said Karim Haddad»" in hits[0]
