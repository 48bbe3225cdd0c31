"""Name fixes drawn from the blind pairs w25-w30, on invented names and sentences: a
glossary name written whole with its compass word turned round is named (M801's finding,
not N103's); an organisation whose Arabic name is a nisba adjective is not read in that
adjective after a definite noun."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

_STATION = {"id": "east-hadba", "type": "place", "en": "East Hadba pumping station", "ar": ["محطة ضخ الحدبة الشرقية"]}


@pytest.mark.parametrize(
    ("ar", "en", "direction"),
    [
        (
            "تعطلت مضختان في محطة ضخ الحدبة الغربية منذ الأحد.",
            "Two pumps at the East Hadba pumping station have been down since Sunday.",
            "en-ar",
        ),
        (
            "تعطلت مضختان في محطة ضخ الحدبة الشرقية منذ الأحد.",
            "Two pumps at the West Hadba pumping station have been down since Sunday.",
            "ar-en",
        ),
    ],
)
def test_a_name_with_its_compass_word_turned_is_no_missing_name(tmp_path: Path, ar: str, en: str, direction: str) -> None:
    desk = desk_glossary(tmp_path, [_STATION])
    example = Example(ar=ar, en=en, fails=True, direction=direction)
    assert fired(BY_CODE["N103"], example, desk) == []
    assert fired(BY_CODE["M801"], example, desk)


def test_a_name_dropped_is_still_missing(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_STATION])
    en = "Two pumps at the East Hadba pumping station have been down since Sunday."
    example = Example(ar="تعطلت مضختان في المحطة منذ الأحد.", en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["N103"], example, desk)


_AIRLINE = {"id": "sahel-air", "type": "organisation", "en": "Sahel Airlines", "ar": ["الخطوط الجوية الساحلية", "الساحلية"]}


@pytest.mark.parametrize(
    ("ar", "named"),
    [
        ("عادت الحركة إلى المدن الساحلية بعد العاصفة.", False),  # the coastal towns
        ("وغمرت المياه الطرق الساحلية والأحياء القريبة.", False),
        ("وتضررت المنازل بالمناطق الساحلية.", False),  # a proclitic on the noun
        ("وقالت الساحلية إنها ستستأنف رحلاتها.", True),  # alone: the airline
        ("هبطت طائرات الساحلية في المطار.", True),  # after an indefinite noun: its planes
        ("أعلنت الشركة الساحلية جدولا جديدا.", True),  # "the company": may be the airline
        ("تسير الخطوط الجوية الساحلية رحلتين.", True),
        ("سافر الوفد إلى الساحلية.", True),  # a preposition is no noun
    ],
)
def test_a_nisba_after_a_definite_noun_is_an_adjective(tmp_path: Path, ar: str, named: bool) -> None:
    desk = desk_glossary(tmp_path, [_AIRLINE])
    assert any(m.entry.id == "sahel-air" for m in desk.find(ar, "ar")) is named


def test_a_person_named_after_a_title_is_still_named(tmp_path: Path) -> None:
    # «الوزير الساحلي»: a title with its article, then a surname that reads as a nisba.
    desk = desk_glossary(tmp_path, [{"id": "sahili", "type": "person", "en": "al-Sahili", "ar": ["الساحلي"]}])
    assert desk.find("وقال الوزير الساحلي إن الطرق مفتوحة.", "ar")


def test_an_adjective_is_no_missing_airline(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_AIRLINE])
    ar = "عادت الحركة إلى المدن الساحلية بعد العاصفة."
    assert fired(BY_CODE["N103"], Example(ar=ar, en="Traffic returned to the coastal towns after the storm.", fails=False), desk) == []
    ar = "وقالت الساحلية إنها ستستأنف رحلاتها."
    assert fired(BY_CODE["N103"], Example(ar=ar, en="The carrier said it would resume flights.", fails=True), desk)
