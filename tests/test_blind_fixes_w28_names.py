"""Name fixes drawn from the blind pairs w25-w30, on invented names and sentences: a
glossary name written whole with its compass word turned round is named (M801's finding,
not N103's); an organisation whose Arabic name is a nisba adjective is not read in that
adjective after a definite noun; once named, a body is referred back to by the noun that
says what kind of body it is («الميثاق», the compact) or by the kind of the place named
inside it («الإقليم» for a regional government); a French name's silent s (Dufresne,
دوفرين) no longer hides its Arabic from the transliteration key; an English sentence
that opens with "The town" right after one naming a place refers back to that place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example
from tqa.text.skeletons import latin_matches_arabic

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
        ("ألغت الخطوط الساحلية رحلتين.", True),  # a noun of its own longer name
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


_PACT = {"id": "lwp", "type": "organisation", "en": "Levant Water Pact", "ar": ["ميثاق المشرق للمياه"], "variants": ["LWP"]}
_HRG = {"id": "hrg", "type": "organisation", "en": "Hawraman Regional Government", "ar": ["حكومة إقليم هورامان"], "variants": ["HRG"]}
_SGC = {"id": "sgc", "type": "organisation", "en": "Southern Gas Company", "ar": ["شركة غاز الجنوب"], "variants": ["SGC"]}


@pytest.mark.parametrize(
    ("entry", "ar", "en", "fails"),
    [
        (
            _PACT,
            "جاءت المنحة من ميثاق المشرق للمياه.\n\nوقال الميثاق إنه سيدفع المنحة على دفعتين.",
            "The grant came from the Levant Water Pact (LWP).\n\nThe LWP said it would pay the grant in two instalments.",
            False,
        ),
        (
            _HRG,
            "وجرت المحادثات مع حكومة إقليم هورامان في العاصمة.\n\nوسيحصل الإقليم على حصة من العائدات.",
            "The talks were held with the Hawraman Regional Government (HRG) in the capital.\n\nThe HRG will receive a share of the revenue.",
            False,
        ),
        # A word of the name that is no kind of place: «الغاز» is the gas, not the company.
        (
            _SGC,
            "وأعلنت شركة غاز الجنوب خطة جديدة.\n\nوارتفع إنتاج الغاز في الربع الأخير.",
            "The Southern Gas Company (SGC) announced a new plan.\n\nThe SGC raised its output in the last quarter.",
            True,
        ),
    ],
)
def test_a_body_referred_back_to_by_its_kind(tmp_path: Path, entry: dict[str, object], ar: str, en: str, fails: bool) -> None:
    desk = desk_glossary(tmp_path, [entry])
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction="en-ar"), desk)) is fails


def test_the_kind_alone_is_no_name_before_the_name_is_given(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_PACT, _HRG])
    ar = "جاءت المنحة من جهات مانحة.\n\nوقال الميثاق إنه سيدفع المنحة على دفعتين."
    en = "The grant came from donors.\n\nThe Levant Water Pact said it would pay the grant in two instalments."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=True, direction="en-ar"), desk)
    ar = "وجرت المحادثات في العاصمة.\n\nوسيحصل الإقليم على حصة من العائدات."
    en = "The talks were held in the capital.\n\nThe Hawraman Regional Government will receive a share of the revenue."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=True, direction="en-ar"), desk)


def test_a_french_silent_s_is_not_written_in_arabic() -> None:
    assert latin_matches_arabic("Duchesne", "دوشين") and latin_matches_arabic("Dumesnil", "دومينيل")
    assert latin_matches_arabic("Duchesne", "دوشسن")  # written as spelt, still read
    assert not latin_matches_arabic("Lester", "ليتر")  # s before t is said: Lester, Westbrook
    assert not latin_matches_arabic("Chesney", "تشيني")  # two consonants left are too few: Cheney is another name


@pytest.mark.parametrize(("second", "fails"), [("دوشان", True), ("دوشين", False)])
def test_a_french_name_respelt_in_the_arabic(second: str, fails: bool) -> None:
    ar = f"قال المهندس مارك دوشين إن الأشغال تتقدم. وأضاف {second} أن الافتتاح سيكون في الربيع."
    en = "The engineer Marc Duchesne said the works were advancing. Duchesne added that the opening would be in spring."
    assert bool(fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails


_MAHOUT = {"id": "mahout", "type": "place", "en": "Mahout", "ar": ["محوت"]}
_HAIMA = {"id": "haima", "type": "place", "en": "Haima", "ar": ["هيماء"]}


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        (
            "تريد الحكومة تحويل محوت إلى مركز صناعي. وتقع محوت على بحر العرب.",
            "The government wants to turn Mahout into an industrial hub. The town lies on the Arabian Sea.",
            False,
        ),
        # Two places in the sentence before: "the town" is either.
        (
            "تريد الحكومة ربط محوت بهيماء. وتقع محوت على بحر العرب.",
            "The government wants to link Mahout with Haima. The town lies on the Arabian Sea.",
            True,
        ),
        # Not named in the sentence before: "the town" may be any town.
        (
            "تريد الحكومة إنشاء مركز صناعي جديد. وتقع محوت على بحر العرب.",
            "The government wants to build a new industrial hub. The town lies on the Arabian Sea.",
            True,
        ),
    ],
)
def test_the_town_just_named(tmp_path: Path, ar: str, en: str, fails: bool) -> None:
    desk = desk_glossary(tmp_path, [_MAHOUT, _HAIMA])
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk)) is fails
