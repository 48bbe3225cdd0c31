"""Name fixes drawn from the blind pairs w22-w24, on invented names and sentences: a
nationality adjective is no surname to compare (Saudi, al-Saadi) unless the article writes
it as a name; a person's unlisted name whose final vowel is respelt in an Arabic
translation (ة added, ي for ه); a glossary name written with the other hamza seat."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.arabic_respelt import seat_respelt
from tqa.checks.arabic_unlisted_names import final_vowel_respelt
from tqa.checks.base import Example
from tqa.model import Segment
from tqa.text.names import NameWord, nationality_word

_MINISTER = {"id": "saadi", "type": "person", "en": "Fares al-Saadi", "ar": ["فارس الساعدي"]}
_AR_SAUDI = "قال فارس الساعدي إن الشبكة ستربط بالسعودية. وأضاف الساعدي أن مسؤولين سعوديين زاروا الموقع."


@pytest.mark.parametrize(
    "en",
    [
        "Fares al-Saadi said the grid would link to Saudi Arabia. Saadi added that Saudi officials had visited the site.",
        "Fares al-Saadi said the grid would link to the Saudi network. Saadi said Emirati and Saudi engineers visited.",
    ],
)
def test_a_nationality_adjective_is_no_misspelt_surname(tmp_path: Path, en: str) -> None:
    desk = desk_glossary(tmp_path, [_MINISTER])
    example = Example(ar=_AR_SAUDI, en=en, fails=False)
    assert fired(BY_CODE["M805"], example, desk) == []
    assert fired(BY_CODE["N104"], example, desk) == []


def test_a_family_named_for_a_country_is_still_a_name(tmp_path: Path) -> None:
    # Written with the article (al-Saudi) the word names a family: compared as before.
    desk = desk_glossary(tmp_path, [_MINISTER])
    ar = "قال فارس الساعدي إن الشبكة جاهزة. وأضاف الساعدي أن العمل بدأ."
    en = "Fares al-Saadi said the grid was ready. Al-Saudi added that work had begun."
    assert fired(BY_CODE["M805"], Example(ar=ar, en=en, fails=True), desk)


def test_a_surname_after_a_given_name_is_a_name_though_it_reads_as_a_nationality() -> None:
    def word(text: str, which: str) -> NameWord:
        start = text.index(which)
        return NameWord(Segment(0, 0, text), start, start + len(which))

    assert nationality_word(word("Talks with Saudi officials began.", "Saudi"))
    assert nationality_word(word("The Iraqi Kurdish region voted.", "Kurdish"))
    assert nationality_word(word("Baghdad Says Saudi Grid Is Ready.", "Saudi"))  # a headline's capitals
    assert not nationality_word(word("The sculptor Mona Saudi died.", "Saudi"))
    assert not nationality_word(word("Said al-Saudi spoke.", "al-Saudi"))
    assert not nationality_word(word("Talks with Saadi began.", "Saadi"))


def test_final_vowel_respelt() -> None:
    assert final_vowel_respelt("جباره", "جبار") and final_vowel_respelt("جبار", "جباره")
    assert final_vowel_respelt("كوساكي", "كوساكه")
    assert not final_vowel_respelt("كوريا", "كوريه") and not final_vowel_respelt("كوري", "كوريه")  # a country's adjective
    assert not final_vowel_respelt("جبار", "جبار")
    assert not final_vowel_respelt("ناصريه", "ناصر")  # a place's adjective: two letters on
    assert not final_vowel_respelt("سالم", "سالي")  # a consonant changed


_FARMER = (
    "قال المزارع خليل شمار إن المحصول تراجع هذا العام. وأكد {} أن الأسعار ارتفعت.",
    "The farmer Khalil Shammar said the harvest fell this year. Shammar said prices had risen.",
)
_ENGINEER = (
    "قال المهندس الياباني كينجي أوكابي إن التوربينات وصلت. وأوضح {} أن التركيب يبدأ غداً.",
    "The Japanese engineer Kenji Okabe said the turbines had arrived. Okabe said installation begins tomorrow.",
)


@pytest.mark.parametrize(
    ("pair", "second", "fails"),
    [
        (_FARMER, "شمارة", True),  # ة added
        (_FARMER, "شمار", False),
        (_ENGINEER, "أوكابه", True),  # a foreign surname's final ي written ه
        (_ENGINEER, "أوكابي", False),
    ],
)
def test_an_unlisted_surname_with_its_final_vowel_respelt(pair: tuple[str, str], second: str, fails: bool) -> None:
    ar, en = pair[0].format(second), pair[1]
    assert bool(fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) == fails


@pytest.mark.parametrize(
    "en",
    [
        "The delegation arrived in Korea yesterday. It said Korea companies would invest.",
        # "South Korea" is written like a full name: still a country and its adjective.
        "The delegation arrived in South Korea yesterday. It said South Korea companies would invest.",
    ],
)
def test_a_place_and_its_adjective_stay_apart(en: str) -> None:
    ar = "وصل الوفد إلى كوريا الجنوبية أمس. وقال إن الشركات الكورية ستستثمر."
    assert fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=False, direction="en-ar")) == []


def test_seat_respelt() -> None:
    assert seat_respelt("إربيل", ["أربيل"]) and seat_respelt("أدلب", ["إدلب"])
    assert seat_respelt("وأدلب", ["إدلب"])  # with a proclitic
    assert not seat_respelt("اربيل", ["أربيل"])  # a bare alif: style
    assert not seat_respelt("أربيل", ["أربيل"])
    assert not seat_respelt("إربيل", ["أربيل", "إربيل"])  # the glossary lists both seats
    assert not seat_respelt("إربيل", ["اربيل"])  # a bare listed form says nothing of the seat


_ZAKHO = {"id": "ibrahim-khalil", "type": "place", "en": "Ibrahim Khalil", "ar": ["إبراهيم الخليل"]}


@pytest.mark.parametrize(
    ("written", "fails"),
    [("أبراهيم الخليل", True), ("ابراهيم الخليل", False), ("إبراهيم الخليل", False)],
)
def test_a_listed_name_with_the_other_hamza_seat_is_an_unlisted_form(tmp_path: Path, written: str, fails: bool) -> None:
    desk = desk_glossary(tmp_path, [_ZAKHO])
    ar = f"عبرت الشاحنات معبر {written} صباح الأحد."
    en = "The lorries crossed at Ibrahim Khalil on Sunday morning."
    found = fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction="en-ar"), desk)
    assert bool(found) == fails
    if fails:
        assert "«إبراهيم الخليل»" in found[0] and written in found[0]


@pytest.mark.parametrize(("surname", "fails"), [("الأنصاري", True), ("الانصاري", False), ("الإنصاري", False)])
def test_a_listed_surname_alone_with_the_other_hamza_seat(tmp_path: Path, surname: str, fails: bool) -> None:
    person = {"id": "insari", "type": "person", "en": "Walid al-Insari", "ar": ["وليد الإنصاري"]}
    desk = desk_glossary(tmp_path, [person])
    ar = f"وصل وليد الإنصاري إلى الميناء صباحاً. وقال {surname} إن الرصيف جاهز."
    en = "Walid al-Insari arrived at the port in the morning. Al-Insari said the quay was ready."
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction="en-ar"), desk)) == fails
