"""Name fixes drawn from the blind pairs w25-w30, on invented names and sentences: a
glossary name written whole with its compass word turned round is named (M801's finding,
not N103's)."""

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
