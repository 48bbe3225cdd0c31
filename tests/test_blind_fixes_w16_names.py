"""Name fixes drawn from the blind pairs w16-w18, on invented names and sentences: a short
brand an article defines in brackets, a place referred back by the feature it is (the
Cape, the strait), a glossary person's full Arabic name with the surname's article
dropped or the given name respelt as the English reads it, a glossary name whose final
ة is written ه, and a name the glossary lacks written with the article once and without
it once."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.arabic_respelt import ending_respelt
from tqa.checks.base import Example
from tqa.text.acronyms import defined_acronyms, short_form_shaped


def test_a_short_brand_is_shaped_as_a_short_form() -> None:
    assert short_form_shaped("RSZone") and short_form_shaped("EDL") and short_form_shaped("MoE")
    assert not short_form_shaped("Egypt") and not short_form_shaped("E") and not short_form_shaped("zone")
    name = "Red Sea Free Trade Zone"
    assert defined_acronyms(f"The {name} (RSZone) said.", (name,)) == {"RSZone"}
    assert defined_acronyms(f"The {name} (Egypt) said.", (name,)) == frozenset()


def test_a_listed_short_brand_the_article_defines_is_no_variant(tmp_path: Path) -> None:
    zone = {
        "id": "rsz",
        "type": "organisation",
        "en": "Red Sea Free Trade Zone",
        "ar": ["المنطقة الحرة للبحر الأحمر"],
        "variants": ["RSZone"],
    }
    desk = desk_glossary(tmp_path, [zone])
    ar = "أعلنت المنطقة الحرة للبحر الأحمر خطة جديدة. وقالت المنطقة الحرة للبحر الأحمر إن الاستثمارات زادت."
    defined = "The Red Sea Free Trade Zone (RSZone) announced a new plan. RSZone said investment had grown."
    undefined = "The Red Sea Free Trade Zone announced a new plan. RSZone said investment had grown."
    assert fired(BY_CODE["N101"], Example(ar=ar, en=defined, fails=False), desk) == []
    assert fired(BY_CODE["N101"], Example(ar=ar, en=undefined, fails=True), desk)


_CAPE = {"id": "cape", "type": "place", "en": "Cape of Good Winds", "ar": ["رأس الرياح الطيبة"]}
_STRAIT = {"id": "strait", "type": "place", "en": "Strait of Qarnain", "ar": ["مضيق القرنين"]}


def test_a_place_named_is_referred_back_by_the_feature_it_is(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_CAPE, _STRAIT])
    ar = "تبحر الناقلات حول رأس الرياح الطيبة منذ أشهر.\n\nوقال ربان إن الالتفاف حول رأس الرياح الطيبة يضيف أسبوعاً."
    for second, fails in (("A captain said sailing around the Cape added a week.", False), ("A captain said the detour added a week.", True)):
        en = "Tankers have sailed around the Cape of Good Winds for months.\n\n" + second
        assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk)) == fails, second
    # Before the article names it, "the strait" may be any strait.
    ar = "عبرت السفينة مضيق القرنين ليلاً."
    assert fired(BY_CODE["N103"], Example(ar=ar, en="The ship crossed the strait at night.", fails=True), desk)
    ar = "اقتربت السفينة من مضيق القرنين.\n\nثم عبرت السفينة مضيق القرنين ليلاً."
    en = "The ship neared the Strait of Qarnain.\n\nIt then crossed the strait at night."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=False), desk) == []


_RIMA = {"id": "rima", "type": "person", "en": "Rima Saffouri", "ar": ["ريما الصفوري"]}
_SAMIA = {"id": "samia", "type": "person", "en": "Samia Mahjoub", "ar": ["سمية المحجوب"]}


def _n103_en_ar(tmp_path: Path, entry: dict[str, object], ar: str, en: str, fails: bool) -> list[str]:
    example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
    return fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [entry]))


def test_a_full_name_with_the_surnames_article_dropped_or_added(tmp_path: Path) -> None:
    en = "Rima Saffouri said the project was late."
    found = _n103_en_ar(tmp_path, _RIMA, "وقالت ريما صفوري إن المشروع تأخر.", en, True)
    assert found and "«ريما صفوري»" in found[0] and "«ريما الصفوري»" in found[0]
    assert _n103_en_ar(tmp_path, _RIMA, "وقالت ريما الصفوري إن المشروع تأخر.", en, False) == []
    # The surname alone, as listed, names her after the full name.
    ar = "وقالت ريما الصفوري إن المشروع تأخر. وأضافت الصفوري أن التمويل وصل."
    assert _n103_en_ar(tmp_path, _RIMA, ar, en + " Saffouri added that the money had arrived.", False) == []
    # A desk that lists the name without the article is told when the article is added.
    plain = {**_RIMA, "ar": ["ريما صفوري"]}
    assert _n103_en_ar(tmp_path, plain, "وقالت ريما الصفوري إن المشروع تأخر.", en, True)


def test_a_given_name_respelt_as_the_english_reads_it(tmp_path: Path) -> None:
    # «ساميا» is two letters and a consonant off «سمية»: no near spelling, but the English reads it.
    en = "Samia Mahjoub said exports had doubled."
    found = _n103_en_ar(tmp_path, _SAMIA, "وقالت ساميا المحجوب إن الصادرات تضاعفت.", en, True)
    assert found and "«ساميا المحجوب»" in found[0]
    assert _n103_en_ar(tmp_path, _SAMIA, "وقالت سمية المحجوب إن الصادرات تضاعفت.", en, False) == []
    # Another given name the English does not read is another person, not a misspelling.
    assert _n103_en_ar(tmp_path, _SAMIA, "وقالت سلوى المحجوب إن الصادرات تضاعفت.", en, False) == []
    # Only a given name counts: the surname alone is read by too many words of a sentence.
    ar = "وقالت سمية المحجوب إن الصادرات تضاعفت. وأكد المحجوب أن الأسعار ارتفعت."
    assert _n103_en_ar(tmp_path, _SAMIA, ar, en + " Mahjoub said prices had risen.", False) == []


def test_a_final_ta_marbuta_written_as_ha_is_told_apart() -> None:
    assert ending_respelt("ربيعه كنعان", "ربيعة كنعان")
    assert ending_respelt("وربيعه كنعان", "ربيعة كنعان")  # with a proclitic
    assert ending_respelt("ربيعة كنعانة", "ربيعة كنعانه")  # the house form decides either way
    assert not ending_respelt("ربيعة كنعان", "ربيعة كنعان")
    assert not ending_respelt("احمد كنعان", "أحمد كنعان")  # alef forms: style, not a misspelling
    assert not ending_respelt("ربيعه كنعان", "ربيعة كنعاني")


def test_a_glossary_name_with_ha_for_ta_marbuta_in_an_arabic_translation(tmp_path: Path) -> None:
    person = {"id": "rabia", "type": "person", "en": "Rabia Kanaan", "ar": ["ربيعة كنعان"]}
    place = {"id": "manara", "type": "place", "en": "Al-Manara", "ar": ["المنارة"]}
    desk = desk_glossary(tmp_path, [person, place])
    en = "Rabia Kanaan said the clinic in Al-Manara had reopened."
    for ar, fails in (
        ("وقالت ربيعه كنعان إن العيادة في المنارة أعيد فتحها.", True),
        ("وقالت ربيعة كنعان إن العيادة في المناره أعيد فتحها.", True),
        ("وقالت ربيعة كنعان إن العيادة في المنارة أعيد فتحها.", False),
    ):
        found = fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction="en-ar"), desk)
        assert len(found) == int(fails), (ar, found)
    # From Arabic the Arabic is the original: its spellings are not the translator's.
    example = Example(ar="وقالت ربيعه كنعان إن العيادة أعيد فتحها.", en="Rabia Kanaan said the clinic had reopened.", fails=False)
    assert fired(BY_CODE["N103"], example, desk) == []


def test_an_unlisted_surname_with_the_article_once_and_without_it_once() -> None:
    en = "Lawyer Samir Nahhas said the deeds were forged. Nahhas added that the court would decide."
    for second, fails in (("وأضاف النحاس أن المحكمة ستبت في الأمر.", True), ("وأضاف نحاس أن المحكمة ستبت في الأمر.", False)):
        ar = "وقال المحامي سمير نحاس إن السندات مزورة. " + second
        found = fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))
        assert bool(found) == fails, (second, found)
    # The English writes the article the second time too: the Arabic follows it (N104's to judge).
    en = "Lawyer Samir Nahhas said the deeds were forged. Al-Nahhas added that the court would decide."
    ar = "وقال المحامي سمير نحاس إن السندات مزورة. وأضاف النحاس أن المحكمة ستبت في الأمر."
    assert fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=False, direction="en-ar")) == []
    # A word that ends no full name is no family name: "Kurdish" is كردي, then الكردي.
    en = "A Kurdish official said the road was open. The Kurdish minister agreed."
    ar = "وقال مسؤول كردي إن الطريق مفتوح. ووافق الوزير الكردي."
    assert fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=False, direction="en-ar")) == []
