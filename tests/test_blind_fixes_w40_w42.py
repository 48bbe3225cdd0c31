"""Fixes drawn from the held-out pairs w40-w42 (names), on invented names and sentences: a
word that only ever follows a name particle opening the name (Dhabi, always in Abu Dhabi)
is half of a name, not a spelling of another single name (Dubai); a place written as one
part of a compound name joined by hyphens, in the compound's own spelling
(Tanger-Tetouan-Al Hoceima), is named; a family name made with a particle written joined
and apart (Benaissa, Ben Aissa) is one name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        # Two emirates, one of them named with the particle Abu: two names.
        (
            "تصل الشحنات إلى دبي وأبوظبي كل أسبوع. وارتفعت الأسعار في دبي.",
            "Shipments reach Dubai and Abu Dhabi every week. Prices rose in Dubai.",
            False,
        ),
        (
            "افتتح الفرع في أبو ظبي ثم في دبي. وقال المدير إن دبي سوق كبيرة.",
            "The branch opened in Abu Dhabi and then in Dubai. The manager said Dubai was a big market.",
            False,
        ),
        # One city spelled two ways is still one name spelled two ways.
        (
            "وصلت السفينة إلى جدة. وقال مسؤول في ميناء جدة إن التفريغ بدأ.",
            "The ship reached Jeddah. An official at the port of Jiddah said unloading had begun.",
            True,
        ),
        # Both spellings follow the particle, once after a given name: still compared.
        (
            "قال سالم ولد اعبيد إن المبيعات ارتفعت. وقال ولد اعبيد إنه يبيع عشرين جهازاً.",
            'Salem Ould Abeid said sales had risen. "I sell 20 a month," said Ould Ebeid.',
            True,
        ),
        # A family name after a given name and a particle may be given alone later: still compared.
        (
            "قال سالم بن عمران إن الميناء جاهز. وأضاف عمران أن العمل بدأ.",
            "Salem Bin Omran said the port was ready. Omrane added that work had begun.",
            True,
        ),
        (
            "وفي أبوظبي قال المدير إن الطلب ارتفع. وقال مسؤول في دبي إن الأسعار ارتفعت.",
            "In Abu Dhabi the manager said demand had risen. An official in Dubai said prices had risen.",
            False,
        ),
    ],
)
def test_a_word_only_seen_after_a_particle_is_half_a_name(ar: str, en: str, fails: bool) -> None:
    example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
    assert bool(fired(BY_CODE["N104"], example)) is fails


_REGION = "وقال المسؤول إن معظم العمال الجدد يسكنون في جهة طنجة تطوان الحسيمة."


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        ("The official said most of the new workers live in the Tanger-Tetouan-Al Hoceima region.", False),
        ("The official said most of the new workers live in the Tangier-Tetouan-Al Hoceima region.", False),
        # The city is not there: dropped, or another compound.
        ("The official said most of the new workers live in the northern region.", True),
        ("The official said most of the new workers live in the Rabat-Sale-Kenitra region.", True),
    ],
)
def test_a_place_inside_a_hyphenated_compound_name_is_named(tmp_path: Path, en: str, fails: bool) -> None:
    entry = {"id": "tangier", "type": "place", "en": "Tangier", "ar": ["طنجة"]}
    messages = fired(BY_CODE["N103"], Example(ar=_REGION, en=en, fails=fails), desk_glossary(tmp_path, [entry]))
    assert bool(messages) is fails


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        ("Analyst Karim Benaissa said exports would rise. Ben Aissa added that prices were stable.", True),
        ("Analyst Karim Ben Aissa said exports would rise. Benaissa added that prices were stable.", True),
        ("Analyst Karim Bin Talal said exports would rise. Bintalal added that prices were stable.", True),
        ("Analyst Karim Benaissa said exports would rise. Benaissa added that prices were stable.", False),
        # Two different names, one with the particle: not one name.
        ("Analyst Karim Ben Aissa said exports would rise. Bennani added that prices were stable.", False),
    ],
)
def test_a_particle_name_written_joined_and_apart_is_one_name(en: str, fails: bool) -> None:
    ar = "قال المحلل كريم بن عيسى إن الصادرات سترتفع. وأضاف بن عيسى أن الأسعار مستقرة."
    assert bool(fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=fails))) is fails
