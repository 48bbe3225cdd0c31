"""Recall fixes drawn from the blind pairs w8-w9, each on invented sentences (never those articles' words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.align.bilingual import align_sentences
from tqa.checks.base import Example
from tqa.text.dates import date_names
from tqa.text.skeletons import latin_matches_arabic
from tqa.text.translit import same_name

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
    example = Example(
        ar=f"وقال الوزير {written} إن العمل سيبدأ قريبا.",
        en=f"Minister {en} said work would begin soon.",
        fails=True,
        direction="en-ar",
    )
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
        ar="قال هاوري صالح، وهو خباز، إن سعر الطحين تضاعف. وأضاف هوري صالح أنه خفض عدد العمال.",
        en=en,
        fails=True,
        direction="en-ar",
    )
    assert fired(BY_CODE["N106"], changed) == [
        "«Hawre» is written «هوري» here and «هاوري» elsewhere in the Arabic: use one Arabic form"
    ]
    kept = Example(
        ar="قال هاوري صالح، وهو خباز، إن سعر الطحين تضاعف. وأضاف هاوري صالح أنه خفض عدد العمال.",
        en=en,
        fails=False,
        direction="en-ar",
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


_BEFORE_AR = "أعلنت الشركة يوم الأحد أنها ستستثمر 400 مليون دولار في مصنع جديد للإسمنت."
_BEFORE_EN = "The company said on Sunday it would invest $400 million in a new cement plant."
_AFTER_AR = "وقال المدير التنفيذي إن المصنع سيوظف 1,200 عامل بحلول عام 2028."
_AFTER_EN = "The chief executive said the plant would employ 1,200 workers by 2028."


def _middle_beads(middle_ar: str, middle_en: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = align_sentences([_BEFORE_AR, middle_ar, _AFTER_AR], [_BEFORE_EN, middle_en, _AFTER_EN], "ar", "en")
    return [(b.source, b.target) for b in beads]


def test_a_dropped_sentence_paired_with_an_added_one_is_split() -> None:
    # Figures and a month on one side, none on the other, nothing shared, and firm neighbours.
    dropped = "وكانت الوزارة قد خفضت رسوم الاستيراد في أبريل الماضي بنسبة 20 في المئة."
    added = "Egypt is one of the largest cement producers in Africa."
    assert _middle_beads(dropped, added) == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]
    example = Example(ar=" ".join([_BEFORE_AR, dropped, _AFTER_AR]), en=" ".join([_BEFORE_EN, added, _AFTER_EN]), fails=True)
    assert fired(BY_CODE["O301"], example) and fired(BY_CODE["O302"], example)


@pytest.mark.parametrize(
    ("middle_ar", "middle_en"),
    [
        # A changed figure: a translation with a wrong number, D201's to report.
        (
            "وأضافت أن 38 في المئة من المقاولين حصلوا على عقود.",
            "She added that 33 per cent of contractors had received contracts.",
        ),
        # One figure in words: still the translation.
        ("وقالت الوزارة إن الرسوم ارتفعت بنسبة 15 في المئة.", "The ministry said fees had risen by fifteen per cent."),
    ],
)
def test_a_translation_with_a_changed_or_spelt_out_figure_stays_paired(middle_ar: str, middle_en: str) -> None:
    assert _middle_beads(middle_ar, middle_en) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_name_word_that_begins_with_al_is_compared_whole(tmp_path: Path) -> None:
    # آلبا begins with آل, which folds to the article ال: its two letters after it are still a name.
    desk = desk_glossary(tmp_path, [{"id": "maria-alba", "type": "person", "en": "Maria Alba", "ar": ["ماريا آلبا"]}])
    en = "Maria Alba, the project's director, said the plant would open in spring."
    wrong = Example(ar="وقالت ماريا آلبه، مديرة المشروع، إن المحطة ستفتتح في الربيع.", en=en, fails=True, direction="en-ar")
    assert any("«ماريا آلبه»" in m for m in fired(BY_CODE["N103"], wrong, desk))
    right = Example(ar="وقالت ماريا آلبا، مديرة المشروع، إن المحطة ستفتتح في الربيع.", en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N103"], right, desk) == []


def test_an_english_name_that_begins_with_wh_renders_waw() -> None:
    assert latin_matches_arabic("Wheeler", "ويلر") and latin_matches_arabic("Whitney", "ويتني")
    example = Example(
        ar="قال جون ويلر، المحلل في لندن، إن الأسعار سترتفع. وأضاف وايلر أن الطلب قوي.",
        en="John Wheeler, an analyst in London, said prices would rise. Wheeler added that demand was strong.",
        fails=True,
        direction="en-ar",
    )
    assert fired(BY_CODE["N106"], example) == [
        "«Wheeler» is written «وايلر» here and «ويلر» elsewhere in the Arabic: use one Arabic form"
    ]
