"""Recall fixes drawn from the blind pairs w8-w9, each on invented sentences (never those articles' words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import desk_glossary, fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.text.dates import date_names
from tqa.text.translit import same_name

BY_CODE = {c.code: c for c in ALL_CHECKS}

_PERSON = {
    "id": "yusuf-bin-hamad-al-marri",
    "type": "person",
    "en": "Yusuf bin Hamad Al Marri",
    "ar": ["يوسف بن حمدان المري"],
}
_BROTHER = {"id": "ali-bin-hamdan-al-marri", "type": "person", "en": "Ali bin Hamdan Al Marri", "ar": ["علي بن حمدان المري"]}
_KURD = {"id": "dilshad-karim-aziz", "type": "person", "en": "Dilshad Karim Aziz", "ar": ["دلشاد كريم عزيز"]}


@pytest.mark.parametrize(
    ("entry", "written", "en"),
    [
        # The father's name, one long vowel off (حمدين for حمدان).
        (_PERSON, "يوسف بن حمدين المري", "Yusuf bin Hamad Al Marri"),
        # The given name, two letters off (دلشار for دلشاد is one; دلشيار two).
        (_KURD, "دلشيار كريم عزيز", "Dilshad Karim Aziz"),
    ],
)
def test_a_full_arabic_name_with_one_word_near_missed_is_reported(
    entry: dict[str, object], written: str, en: str, tmp_path: Path
) -> None:
    desk = desk_glossary(tmp_path, [entry])
    example = Example(ar=f"وقال الوزير {written} إن العمل سيبدأ قريبا.", en=f"Minister {en} said work would begin soon.", fails=True, direction="en-ar")
    messages = fired(BY_CODE["N103"], example, desk)
    assert len(messages) == 1
    assert f"«{written}»" in messages[0] and f"write «{entry['ar'][0]}»" in messages[0]  # type: ignore[index]


def test_another_person_or_another_name_is_not_a_near_miss(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_PERSON, _BROTHER])
    en = "Minister Yusuf bin Hamad Al Marri said work would begin soon."
    # Two words differ: another man of the family, not a misspelling.
    other = Example(ar="وقال الوزير خالد بن ناصر المري إن العمل سيبدأ قريبا.", en=en, fails=False, direction="en-ar")
    assert not any("خالد بن ناصر المري" in m for m in fired(BY_CODE["N103"], other, desk))
    # The brother the glossary lists is his own entry.
    brother = Example(ar="وقال الوزير علي بن حمدان المري إن العمل سيبدأ قريبا.", en=en, fails=False, direction="en-ar")
    assert not any("علي بن حمدان المري" in m for m in fired(BY_CODE["N103"], brother, desk))
    # Written as listed.
    kept = Example(ar="وقال الوزير يوسف بن حمدان المري إن العمل سيبدأ قريبا.", en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N103"], kept, desk) == []


def test_a_given_name_the_english_writes_once_is_compared_in_the_arabic() -> None:
    en = "Hawre Salih, a baker, said flour had doubled in price. Salih added that he had cut staff."
    changed = Example(
        ar="قال هاوري صالح، وهو خباز، إن سعر الطحين تضاعف. وأضاف هوري صالح أنه خفض عدد العمال.", en=en, fails=True, direction="en-ar"
    )
    assert fired(BY_CODE["N106"], changed) == [
        "«Hawre» is written «هوري» here and «هاوري» elsewhere in the Arabic: use one Arabic form"
    ]
    kept = Example(
        ar="قال هاوري صالح، وهو خباز، إن سعر الطحين تضاعف. وأضاف هاوري صالح أنه خفض عدد العمال.", en=en, fails=False, direction="en-ar"
    )
    assert fired(BY_CODE["N106"], kept) == []
    # From Arabic the Arabic is the original: not the translator's to fix.
    assert fired(BY_CODE["N106"], Example(ar=changed.ar, en=en, fails=False)) == []


def test_two_people_who_share_a_surname_are_not_one_name_in_the_arabic() -> None:
    example = Example(
        ar="قال حامد صالح إن سعر الطحين تضاعف. وقال حمد صالح إنه خفض عدد العمال.",
        en="Hamid Salih said flour had doubled in price. Hamad Salih said he had cut staff.",
        fails=False,
        direction="en-ar",
    )
    assert fired(BY_CODE["N106"], example) == []


def test_a_surname_spelled_with_one_more_long_vowel_is_found_though_it_begins_a_common_word() -> None:
    # الساعدي begins with ساعد "helped": a family name all the same; فريق is a word whole.
    example = Example(
        ar="قال المهندس عمر السعدي إن الموقع مناسب. وأكد الساعدي أن العمل سيبدأ قريبا.",
        en="Engineer Omar Al Saadi said the site was suitable. Al Saadi said work would start soon.",
        fails=True,
        direction="en-ar",
    )
    assert fired(BY_CODE["N106"], example) == [
        "«Saadi» is written «الساعدي» here and «السعدي» elsewhere in the Arabic: use one Arabic form"
    ]


def test_a_short_function_word_is_never_a_name_spelling() -> None:
    # Omani fits من and the Korean name part مين by its letters: neither is a spelling of it.
    example = Example(
        ar="قال كيم مين سو إن الفنيين العمانيين مهرة. وقال إن معظم العمال من العمانيين. وسيتدرب مئة فني عماني.",
        en="Kim Min-soo said the Omani technicians were skilled. He said most workers were Omani. A hundred Omani technicians will train.",
        fails=False,
        direction="en-ar",
    )
    assert fired(BY_CODE["N106"], example) == []


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        (
            "قال أحمد بن عمران إن الميناء جاهز. وأضاف بن عمران أن العمل سيبدأ قريبا.",
            "Ahmed Bin Omran said the port was ready. Ben Omran added that work would start soon.",
            True,
        ),
        (
            "قال سيدي ولد اعلي إن الصيد تراجع. وأضاف ولد اعلي أن الأسعار ارتفعت.",
            "Sidi Ould Ely said fishing had declined. Ould Eli added that prices had risen.",
            True,
        ),
        (
            "قال أحمد بن عمران إن الميناء جاهز. وأضاف بن عمران أن العمل سيبدأ قريبا.",
            "Ahmed Bin Omran said the port was ready. Bin Omran added that work would start soon.",
            False,
        ),
        # Two people: another given name before the particle.
        (
            "قال سيدي ولد اعلي إن الصيد تراجع. والتقى أحمد ولد علي بالوزير. وقال ولد اعلي إن الأسعار ارتفعت.",
            "Sidi Ould Ely said fishing had declined. Ahmed Ould Ali met the minister. Ould Ely said prices had risen.",
            False,
        ),
    ],
)
def test_a_name_joined_by_a_particle_is_compared_whole(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=fails))) is fails


def test_qaf_written_g_is_the_same_name() -> None:
    assert same_name("Ishag", "Ishaq") and same_name("Gaddafi", "Qaddafi")
    assert not same_name("Gamal", "Kamal")
    example = Example(
        ar="قال إسحاق موسى إن الحصاد تأخر. وأضاف إسحاق أن الأمطار قليلة.",
        en="Ishaq Musa said the harvest was late. Ishag added that rain was scarce.",
        fails=True,
    )
    assert fired(BY_CODE["N104"], example)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("ارتفعت الأسعار منذ نهاية جوان الفارط.", 6),
        ("ستبدأ الأشغال مطلع ماي.", 5),
        ("توقفت الأمطار في جوان الماضي.", 6),
        ("وأضافت جوان أن الأسعار ارتفعت.", None),
        ("وقالت ماي إن حكومتها ستصمد.", None),
    ],
)
def test_a_maghreb_month_that_is_a_given_name_is_read_in_a_month_context(text: str, month: int | None) -> None:
    found = [d.number for d in date_names(text, "ar") if d.kind == "month"]
    assert found == ([month] if month else [])


def test_june_written_july_after_the_end_of_is_a_changed_month() -> None:
    example = Example(ar="تراجعت الأمطار منذ نهاية جوان.", en="Rainfall has fallen since the end of July.", fails=True)
    assert fired(BY_CODE["D211"], example)
