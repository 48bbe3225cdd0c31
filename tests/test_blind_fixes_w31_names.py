"""Name fixes drawn from the blind pairs w31-w33, on invented names and sentences: a
company whose English name says no kind («شركة» in its Arabic does) is referred back to
as «الشركة» once named; a place listed as «مدينة X» is named by X alone when X is not
itself an entry; a Maghreb family name contracts its article to ل (لحلو, الحلو); an
Italian or Greek hard ch is written ك (Marchetti, ماركيتي); a bank of a khor or a shatt is
a side of it, not the West Bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.arabic_near_names import article_contracted
from tqa.checks.base import Example
from tqa.checks.place_kinds import name_without_kind, named_without_kind
from tqa.model import Segment
from tqa.text.skeletons import latin_matches_arabic

_CEMENT = {
    "id": "gulf-falcon-cement",
    "type": "organisation",
    "en": "Gulf Falcon Cement",
    "ar": ["شركة الصقر الخليجية للإسمنت", "الصقر الخليجية للإسمنت"],
    "variants": ["GFC"],
}
_FIRST_AR = "افتتحت شركة الصقر الخليجية للإسمنت فرناً جديداً يوم الأحد. "
_FIRST_EN = "Gulf Falcon Cement (GFC) opened a new kiln on Sunday. "


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        (_FIRST_AR + "وقالت الشركة إن الإنتاج سيتضاعف بحلول الصيف.", False),
        (_FIRST_AR + "وقال المسؤولون إن الإنتاج سيتضاعف بحلول الصيف.", True),
        # «الشركة» before the company is named may be any company.
        ("قالت الشركة إن الإنتاج سيتضاعف بحلول الصيف. وافتتحت فرناً جديداً يوم الأحد.", True),
    ],
)
def test_a_company_named_by_its_acronym_is_referred_back_to_as_the_company(tmp_path: Path, ar: str, fails: bool) -> None:
    desk = desk_glossary(tmp_path, [_CEMENT])
    en = _FIRST_EN + "GFC said output would double by the summer."
    if ar.startswith("قالت"):
        en = "GFC said output would double by the summer. It opened a new kiln on Sunday."
    example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
    assert bool(fired(BY_CODE["N103"], example, desk)) == fails, ar


_CITY = {"id": "qalqilya-city", "type": "place", "en": "Qalqilya City", "ar": ["مدينة قلقيلية"]}
_EASTERN = {"id": "eastern-region", "type": "place", "en": "Eastern Region", "ar": ["المنطقة الشرقية"]}


@pytest.mark.parametrize(
    ("ar", "en", "direction", "entries", "fails"),
    [
        ("أغلقت السلطات سوق قلقيلية يوم الخميس.", "Authorities closed the Qalqilya City market on Thursday.", "en-ar", [_CITY], False),
        ("أغلقت السلطات سوق مدينة قلقيلية يوم الخميس.", "Authorities closed the Qalqilya market on Thursday.", "ar-en", [_CITY], False),
        ("أغلقت السلطات السوق المركزي يوم الخميس.", "Authorities closed the Qalqilya City market on Thursday.", "en-ar", [_CITY], True),
        # «الشرقية» is a word of the lexicon (eastern), not the name of the region.
        ("أغلقت السلطات السوق الشرقية يوم الخميس.", "Authorities closed a market in the Eastern Region on Thursday.", "en-ar", [_EASTERN], True),
    ],
)
def test_a_place_listed_with_its_kind_is_named_by_its_name_alone(
    tmp_path: Path, ar: str, en: str, direction: str, entries: list[dict[str, object]], fails: bool
) -> None:
    example = Example(ar=ar, en=en, fails=fails, direction=direction)
    assert bool(fired(BY_CODE["N103"], example, desk_glossary(tmp_path, entries))) == fails, ar


def test_a_name_word_listed_on_its_own_names_that_entry_not_the_city(tmp_path: Path) -> None:
    governorate = {"id": "qalqilya", "type": "place", "en": "Qalqilya Governorate", "ar": ["قلقيلية"]}
    segment = (Segment(0, 0, "أغلقت السلطات سوق قلقيلية يوم الخميس."),)
    alone = desk_glossary(tmp_path, [_CITY])
    assert named_without_kind(alone, alone.entries[0], segment, "ar")
    both = desk_glossary(tmp_path, [_CITY, governorate])
    assert not named_without_kind(both, both.entries[0], segment, "ar")
    assert name_without_kind("Qalqilya City", "en") == ("qalqilya",)
    assert name_without_kind("Eastern Region", "en") is None  # eastern is a word, not a name


_LAMRABET = {"id": "said-lamrabet", "type": "person", "en": "Said Lamrabet", "ar": ["سعيد لمرابط"]}


@pytest.mark.parametrize(
    ("ar", "written"),
    [
        ("وقال وزير الفلاحة سعيد المرابط إن الموسم سيكون صعبا.", "سعيد المرابط"),
        ("وقال وزير الفلاحة سعيد لمرابط إن الموسم سيكون صعبا.", None),
    ],
)
def test_a_maghreb_surname_with_its_article_written_in_full_is_an_unlisted_form(
    tmp_path: Path, ar: str, written: str | None
) -> None:
    en = "Agriculture Minister Said Lamrabet said the season would be hard."
    example = Example(ar=ar, en=en, fails=written is not None, direction="en-ar")
    messages = fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [_LAMRABET]))
    assert messages == ([] if written is None else [messages[0]])
    assert written is None or f"written «{written}»" in messages[0]


def test_the_contracted_article_is_the_alef_alone() -> None:
    assert article_contracted("المرابط", "لمرابط")
    assert article_contracted("لحلو", "الحلو")
    assert not article_contracted("المرابط", "مرابط")  # the article dropped: another rule
    assert not article_contracted("البن", "لبن")  # too short to tell a name from a word


def test_an_italian_or_greek_hard_ch_is_written_with_kaf() -> None:
    assert latin_matches_arabic("Zecchini", "زيكيني") and latin_matches_arabic("Christodoulou", "كريستودولو")
    assert latin_matches_arabic("Michelle", "ميشيل")  # English ch before e still reads ش
    assert not latin_matches_arabic("Richards", "ريكاردز")  # ch before a is not hard: Ricardo is another name


@pytest.mark.parametrize(
    ("second", "fails"),
    [
        ("زكيني", True),  # the long vowel dropped: one name spelt two ways
        ("زيكيني", False),
        ("الزيكينية", False),  # the adjective with the article and the feminine: not the name respelt
    ],
)
def test_an_italian_name_respelt_in_the_arabic(second: str, fails: bool) -> None:
    ar = f"قالت الباحثة لوتشيا زيكيني إن الطلب يرتفع. وأضافت {second} أن الأسعار ستستقر."
    en = "The researcher Lucia Zecchini said demand was rising. Zecchini added that prices would settle."
    assert bool(fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("رست السفينة على الضفة الغربية لخور عبد الله.", "The ship docked on the eastern bank of Khor Abdullah.", True),
        ("شُيّد الرصيف على الضفة الغربية لشط العرب.", "The quay was built on the east bank of the Shatt al-Arab.", True),
        ("رست السفينة على الضفة الغربية لخور عبد الله.", "The ship docked on the western bank of Khor Abdullah.", False),
        ("زار الوزير الضفة الغربية لخمسة أيام.", "The minister visited the West Bank for five days.", False),
    ],
)
def test_a_bank_of_a_tidal_inlet_or_shatt_is_a_side_not_the_west_bank(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["M801"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails


def test_a_city_whose_name_word_is_another_entry_is_not_named_by_it_in_english(tmp_path: Path) -> None:
    town = {"id": "qalqilya-town", "type": "place", "en": "Qalqilya", "ar": ["قلقيلية"]}
    segment = (Segment(0, 0, "Authorities closed the Qalqilya market on Thursday."),)
    alone = desk_glossary(tmp_path, [_CITY])
    assert named_without_kind(alone, alone.entries[0], segment, "en")
    both = desk_glossary(tmp_path, [_CITY, town])
    assert not named_without_kind(both, both.entries[0], segment, "en")
