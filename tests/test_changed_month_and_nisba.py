"""Two cases a new user met, on invented sentences: a translation that changes a date's
month keeps the day, which still pairs it with its source sentence (the aligner must not
give the sentence away to a neighbour across a paragraph break, and D215 reports the
month); and a surname written once with ي added (a nisba) after the same given name, where
the English spells the name alike both times, is one name spelt two ways (N106)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.align_articles import article, pairs
from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.align.bilingual import align
from tqa.checks.base import Example
from tqa.text.evidence import date_anchors

_AR = [
    "افتتحت البلدية أمس جسراً جديداً فوق النهر بطول ٣٠٠ متر.",
    "هل يخفف الجسر الازدحام؟",
    "يقول سكان إن الطريق إليه ما زال ضيقاً.",
    "ومن المقرر أن يبت مجلس الشعب في المشروع في الخامس عشر من آذار/مارس.",
]
_EN = [
    "The municipality yesterday opened a new 300-metre bridge over the river.",
    "Will the bridge ease congestion?",
    "Deputies are due to rule on the scheme on April 15.",
]


def test_a_date_spelt_with_an_ordinal_day_has_the_day_as_its_value() -> None:
    assert {"d:m3", "v:15"} <= date_anchors("في الخامس عشر من آذار/مارس", "ar")
    assert {"d:m4", "v:15"} <= date_anchors("on April 15", "en")
    assert date_anchors("في آذار/مارس الماضي", "ar") == {"d:m3"}  # a month alone names no day


def test_a_changed_month_does_not_give_the_sentence_to_its_neighbour() -> None:
    # The English drops the last sentence of the second paragraph and writes April for March:
    # the day (15) still ties the date sentences, across the dropped one.
    beads = align(article(_AR, "ar", [0, 1, 1, 2]), article(_EN, "en", [0, 1, 2]))
    assert pairs(beads) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]


def test_a_sentence_is_not_paired_across_a_paragraph_break_on_length_alone() -> None:
    # The day changed too (15 to 16): nothing but length ties the date sentences. With as many
    # paragraphs on each side, pairing the second paragraph's dropped last sentence with the third
    # paragraph's only one must beat leaving it alone by more than a length's whim.
    english = [*_EN[:2], _EN[2].replace("15", "16")]
    beads = align(article(_AR, "ar", [0, 1, 1, 2]), article(english, "en", [0, 1, 2]))
    assert pairs(beads) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]


def test_the_changed_month_is_reported_and_the_day_is_no_added_figure() -> None:
    example = Example(ar="\n\n".join([_AR[0], " ".join(_AR[1:3]), _AR[3]]), en="\n\n".join(_EN), fails=True)
    assert fired(BY_CODE["D215"], example)
    assert not fired(BY_CODE["D202"], example)


def _khaled(second: str, surname: str = "al-Ahmad") -> Example:
    ar = f"وقال المزارع خالد الأحمد إن المطر تأخر هذا العام.\n\nوسيخزن المحصول في صوامع الرقة، بحسب المزارع {second}."
    en = f"Farmer Khaled al-Ahmad said the rain came late this year.\n\nThe crop will be stored in silos in Raqqa, according to farmer Khaled {surname}."
    return Example(ar=ar, en=en, fails=True, direction="en-ar")


@pytest.mark.parametrize(
    ("second", "surname", "fails"),
    [
        ("خالد الاحمدي", "al-Ahmad", True),  # ي added after the same given name: one person respelt
        ("خالد الأحمد", "al-Ahmad", False),
        ("خالد الأحمدي", "al-Ahmadi", False),  # the English writes two names: not this check's to compare
    ],
)
def test_a_surname_with_a_nisba_added(tmp_path: Path, second: str, surname: str, fails: bool) -> None:
    glossary = desk_glossary(tmp_path, [{"id": "x", "type": "place", "en": "Raqqa", "ar": ["الرقة"]}])
    assert bool(fired(BY_CODE["N106"], _khaled(second, surname), glossary)) is fails


def test_the_nisba_after_another_given_name_is_another_person(tmp_path: Path) -> None:
    # «أحمد» and «أحمدي» are both names: without the same given name before both, no evidence of one person.
    example = Example(
        ar="وقال المزارع خالد الأحمد إن المطر تأخر.\n\nوقال جاره سامر الأحمدي إن المحصول جيد.",
        en="Farmer Khaled al-Ahmad said the rain came late.\n\nHis neighbour Samer al-Ahmad said the crop was good.",
        fails=False,
        direction="en-ar",
    )
    glossary = desk_glossary(tmp_path, [{"id": "x", "type": "place", "en": "Raqqa", "ar": ["الرقة"]}])
    assert not fired(BY_CODE["N106"], example, glossary)
