"""Fixes drawn from the blind pairs w19-w21, on invented names and sentences: a place's
accepted variant that is its house name cut short, once the article has written it."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

PROVINCE = {
    "id": "north-coast",
    "type": "place",
    "en": "North Coast Province",
    "ar": ["محافظة الساحل الشمالي"],
    "variants": ["North Coast"],
}
AR = "زار الوزير محافظة الساحل الشمالي. ويعمل نصف سكان محافظة الساحل الشمالي في الزراعة."


def test_a_place_cut_short_after_its_house_name_is_no_variant(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [PROVINCE])
    after = "The minister visited North Coast Province. Half the residents of North Coast work in farming."
    assert fired(BY_CODE["N101"], Example(ar=AR, en=after, fails=False), desk) == []


def test_the_short_variant_before_the_house_name_or_for_a_person_is_still_reported(tmp_path: Path) -> None:
    before = "The minister visited North Coast. Half the residents of North Coast Province work in farming."
    assert len(fired(BY_CODE["N101"], Example(ar=AR, en=before, fails=True), desk_glossary(tmp_path, [PROVINCE]))) == 1
    person = {"id": "rana-hadi", "type": "person", "en": "Rana Hadi Salem", "ar": ["رنا هادي سالم"], "variants": ["Rana Hadi"]}
    ar = "قالت رنا هادي سالم إن العمل بدأ. وأضافت رنا هادي سالم أن الموسم جيد."
    en = "Rana Hadi Salem said work had begun. Rana Hadi added that the season was good."
    assert len(fired(BY_CODE["N101"], Example(ar=ar, en=en, fails=True), desk_glossary(tmp_path, [person]))) == 1
