"""Name fixes drawn from the blind pairs w13-w15, on invented names and sentences:
acronyms an article or a note gives, a name referred back by a head noun before its
preposition, two short name words read together, a headline that names a thing by
what it is, a name inside a longer glossary name, two people with near given names,
and an apostrophe for ayn as a second spelling."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.arabic_near_names import changed_letter
from tqa.checks.base import Example
from tqa.checks.reworded_names import transliterated_words
from tqa.config import Settings
from tqa.glossary.entry import GlossaryEntry
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.acronyms import initials_in, is_acronym_of, note_acronyms
from tqa.text.translit import is_plausible_variant_pair

_AUTHORITY = {
    "id": "rada",
    "type": "organisation",
    "en": "Regional Authority for Desert Agriculture",
    "ar": ["الهيئة الإقليمية للزراعة الصحراوية"],
}


def test_an_acronym_may_leave_out_a_qualifier_acronym_of_the_name() -> None:
    name = "UN Agency for the Protection of Coastal Wetlands"
    assert is_acronym_of("APCW", name)
    assert is_acronym_of("UNAPCW", name)
    assert not is_acronym_of("APC", name)  # Wetlands gives no letter: another name
    assert not is_acronym_of("NAPCW", name)


def test_a_note_gives_acronyms_in_brackets_or_as_the_names_initials() -> None:
    assert note_acronyms("The wetlands agency (APCW); based in Geneva.", "Agency for Coastal Wetlands") == {"APCW"}
    assert note_acronyms("Acronym ADB acceptable after first mention.", "Arab Desert Bank") == {"ADB"}
    assert note_acronyms("Reports to the UAE cabinet.", "Arab Desert Bank") == frozenset()
    assert note_acronyms(None, "Arab Desert Bank") == frozenset()


def test_plain_initials_are_an_acronym_a_coined_one_is_not() -> None:
    assert initials_in("KSP said output rose; the UN agreed.", "Kuwait Steel Plant") == {"KSP"}
    assert initials_in("RADA said so.", _AUTHORITY["en"]) == {"RADA"}  # for gives no letter
    assert initials_in("REDAG said so.", _AUTHORITY["en"]) == frozenset()  # coined: two letters of some words
    assert initials_in("DEA said so.", "Desert Energy Agency of the Gulf") == frozenset()  # Gulf gives a letter too


def test_an_acronym_the_english_uses_for_a_name_the_arabic_spells_out(tmp_path: Path) -> None:
    ar = "أعلنت الهيئة الإقليمية للزراعة الصحراوية خطة جديدة.\n\nوقالت الهيئة الإقليمية للزراعة الصحراوية إن محصول التمور تراجع."
    first = "The Regional Authority for Desert Agriculture {}announced a new plan.\n\n"
    for en, fails in (
        (first.format("(RADA) ") + "RADA said the date harvest had fallen.", False),  # defined at first mention
        (first.format("") + "RADA said the date harvest had fallen.", False),  # its plain initials
        (first.format("") + "REDAG said the date harvest had fallen.", True),  # a coined acronym never defined
        (first.format("(REDAG) ") + "REDAG said the date harvest had fallen.", False),
        (first.format("") + "The agency said the date harvest had fallen.", True),  # agency is not its head, authority
    ):
        messages = fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk_glossary(tmp_path, [_AUTHORITY]))
        assert bool(messages) == fails, (en, messages)
    # An acronym that is not the initials counts when the desk's note gives it in brackets.
    noted = {**_AUTHORITY, "note": "Known by its old name's acronym (DAA)."}
    example = Example(ar=ar, en=first.format("") + "DAA said the date harvest had fallen.", fails=False)
    assert fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [noted])) == []
    assert fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [_AUTHORITY]))


def test_a_name_with_a_preposition_is_referred_back_by_the_noun_before_it(tmp_path: Path) -> None:
    # The English uses the acronym; the Arabic refers back to the authority by «الهيئة».
    entry = {**_AUTHORITY, "variants": ["RADA"]}
    en = "The Regional Authority for Desert Agriculture (RADA) said the harvest had fallen. RADA added that rain was scarce."
    for second, fails in (("وأضافت الهيئة أن الأمطار شحيحة.", False), ("وأضاف المزارعون أن الأمطار شحيحة.", True)):
        ar = "قالت الهيئة الإقليمية للزراعة الصحراوية إن المحصول تراجع. " + second
        example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
        assert bool(fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [entry]))) == fails, second


_FIELD = {"id": "wadi-naba", "type": "place", "en": "Wadi Naba oil field", "ar": ["حقل وادي نبعة النفطي", "حقل وادي نبعة"]}


def test_two_short_name_words_are_read_together() -> None:
    entry = GlossaryEntry("wadi-naba", "place", "Wadi Naba oil field", ("حقل وادي نبعة النفطي",))
    english, arabic = transliterated_words(entry)
    assert english == {"wadi", "naba"} and arabic == {"وادي", "نبعه"}
    # Oil and field are translated: they say which kind of place, not which one.
    assert not transliterated_words(GlossaryEntry("x", "place", "Ras oil field", ("حقل النفط",)))[0]


def test_a_place_named_by_its_own_short_words(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_FIELD])
    ar = "وتوقف حقل وادي نبعة مرتين هذا العام."
    for en, fails in (("Wadi Naba has stopped twice this year.", False), ("The site has stopped twice this year.", True)):
        assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk)) == fails, en


def _n103_with_headline(tmp_path: Path, headline: tuple[str, str], body: tuple[str, str]) -> list[str]:
    """N103 on a pair whose first block is a headline (heading=True), Arabic to English."""
    desk = desk_glossary(tmp_path, [_FIELD])
    arabic = Document("a.ar", "text", (Block(headline[0], heading=True), Block(body[0])))
    english = Document("a.en", "text", (Block(headline[1], heading=True), Block(body[1])))
    report = check_document(align_inputs(Inputs(arabic, english, "ar", "en"), desk), desk, (BY_CODE["N103"],), Settings())
    return [f"{f.source.segment if f.source else None}: {f.message}" for f in report.findings]


def test_a_headline_names_a_place_by_what_it_is_when_the_article_names_it(tmp_path: Path) -> None:
    headline = ("إضراب يوقف حقل وادي نبعة النفطي", "Strike halts southern oil field")
    named = ("أوقف عمال حقل وادي نبعة النفطي الإنتاج يوم الأحد.", "Workers halted output at the Wadi Naba oil field on Sunday.")
    assert _n103_with_headline(tmp_path, headline, named) == []
    # The body never names the field in English: the headline's field may be any field.
    unnamed = ("أوقف عمال حقل وادي نبعة النفطي الإنتاج يوم الأحد.", "Workers halted output on Sunday.")
    assert [m[:2] for m in _n103_with_headline(tmp_path, headline, unnamed)] == ["0:", "1:"]


def test_a_name_inside_a_longer_glossary_name_is_written(tmp_path: Path) -> None:
    place = {"id": "taweela", "type": "place", "en": "Taweela", "ar": ["الطويلة"]}
    zone = {"id": "taweela-zone", "type": "organisation", "en": "Taweela Free Zone", "ar": ["المنطقة الحرة في الطويلة"]}
    desk = desk_glossary(tmp_path, [place, zone])
    ar = "وأطلق الصندوق منطقة حرة جديدة في الطويلة."
    for en, fails in (("The fund launched the Taweela Free Zone.", False), ("The fund launched a new free zone.", True)):
        assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk)) == fails, en


def test_near_given_names_of_two_people_are_not_one_name() -> None:
    ar = "قال سمير هادي ناجي، وهو سائق، إن الوقود شحيح. وقالت المحللة هدى علي سمير إن الأسعار ارتفعت. وأضافت سمير أن الطوابير طويلة."
    en = (
        "Samir Hadi Naji, a driver, said fuel was scarce. Analyst Huda Ali Sameer said prices had risen. "
        "Sameer added that the queues were long."
    )
    assert fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=False)) == []
    # The same person's given name spelled two ways before one surname is still reported.
    ar = "قال سمير هادي ناجي إن الوقود شحيح. وأضاف سمير هادي ناجي أن الطوابير طويلة."
    en = "Samir Hadi Naji said fuel was scarce. Sameer Hadi Naji added that the queues were long."
    assert fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=True))


def test_an_apostrophe_for_ayn_is_a_second_spelling() -> None:
    assert is_plausible_variant_pair("Al Shaabi", "Al Sha'abi")
    assert is_plausible_variant_pair("Sha’abi", "Shaabi")
    assert not is_plausible_variant_pair("Sha’abi", "Sha'abi")  # the apostrophe's shape only
    ar = "قال المحلل خالد الشعبي إن الميناء عميق. وأضاف الشعبي أن السكك تحتاج إلى تحديث."
    en = "Analyst Khalid Al Shaabi said the port was deep. Al Sha'abi added that the railway needed upgrading."
    assert fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=True))
    en = "Analyst Khalid Al Sha'abi said the port was deep. Al Sha'abi added that the railway needed upgrading."
    assert fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=False)) == []


_MANSOURI = {"id": "tariq-al-mansouri", "type": "person", "en": "Tariq al-Mansouri", "ar": ["طارق المنصوري"]}


def test_a_glossary_surname_with_a_letter_changed_is_a_misspelt_name(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_MANSOURI])
    en = "Tariq al-Mansouri opened the plant on Sunday. Al-Mansouri said output would rise."
    ar = "افتتح طارق المنصوري المصنع يوم الأحد. وقال {} إن الإنتاج سيرتفع."
    changed = Example(ar=ar.format("المنسوري"), en=en, fails=True, direction="en-ar")  # س for ص
    assert fired(BY_CODE["N103"], changed, desk) == [
        "Tariq al-Mansouri is written «المنسوري» in the Arabic, a form the glossary does not list: write «المنصوري»"
    ]
    assert fired(BY_CODE["N106"], changed, desk) == []  # one problem, one finding
    # Named by surname alone, and never in full in the Arabic: the glossary's spelling decides.
    alone = Example(
        ar="وقال المنسوري إن الإنتاج سيرتفع.", en="Al-Mansouri said output would rise.", fails=True, direction="en-ar"
    )
    assert fired(BY_CODE["N103"], alone, desk)
    # A long vowel dropped spells the one name two ways: N106's, not a misspelt name.
    vowel = Example(ar=ar.format("المنصري"), en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["N103"], vowel, desk) == [] and fired(BY_CODE["N106"], vowel, desk)
    kept = Example(ar=ar.format("المنصوري"), en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N103"], kept, desk) == [] and fired(BY_CODE["N106"], kept, desk) == []
    # From Arabic the Arabic is the original: its spellings are not the translator's.
    assert fired(BY_CODE["N103"], Example(ar=changed.ar, en=en, fails=False), desk) == []


def test_a_changed_given_name_before_the_glossary_surname_is_a_misspelt_name(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{"id": "samir-qudah", "type": "person", "en": "Samir Qudah", "ar": ["سمير القضاة"]}])
    en = "Qudah said exports would rise next year."
    found = fired(
        BY_CODE["N103"],
        Example(ar="وأوضح سامر القضاة أن الصادرات سترتفع العام المقبل.", en=en, fails=True, direction="en-ar"),
        desk,
    )
    assert found == ["Samir Qudah is written «سامر القضاة» in the Arabic, a form the glossary does not list: write «سمير القضاة»"]
    # Another given name altogether is another person of the family; the surname alone is the person.
    for ar in ("وأوضح خالد القضاة أن الصادرات سترتفع العام المقبل.", "وأوضح القضاة أن الصادرات سترتفع العام المقبل."):
        assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=False, direction="en-ar"), desk) == [], ar


def test_a_letter_changed_is_told_from_a_second_spelling() -> None:
    assert changed_letter("القواري", "الكواري") and changed_letter("حمدون", "حمدان")
    assert not changed_letter("كاجوك", "كجوك") and not changed_letter("دومونت", "دومون")
    assert not changed_letter("فوجل", "فوغل")  # ج and غ both write a g


def _n106(ar: str, en: str, fails: bool) -> list[str]:
    return fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))


def test_an_unlisted_name_with_its_last_letter_dropped_is_a_second_spelling() -> None:
    en = "Analyst Mark Holcombe said demand was strong. Holcombe warned that costs were rising."
    ar = "قال المحلل مارك هولكومب إن الطلب قوي. غير أن {} حذر من ارتفاع التكاليف."
    assert _n106(ar.format("هولكوم"), en, True) == [
        "«Holcombe» is written «هولكوم» here and «هولكومب» elsewhere in the Arabic: use one Arabic form"
    ]
    assert _n106(ar.format("هولكومب"), en, False) == []


def test_an_unlisted_name_with_a_vowel_letter_changed_is_a_second_spelling() -> None:
    en = "Anna Berg, the mission's doctor, said cases were rising. Berg said more staff were coming."
    ar = "قالت آنا بيرغ، طبيبة البعثة، إن الإصابات في ازدياد. وقالت {} إن مزيداً من الموظفين قادمون."
    assert _n106(ar.format("بارغ"), en, True) == [
        "«Berg» is written «بارغ» here and «بيرغ» elsewhere in the Arabic: use one Arabic form"
    ]
    assert _n106(ar.format("بيرغ"), en, False) == []


def test_an_unlisted_name_with_ta_marbuta_then_ha_is_a_second_spelling() -> None:
    en = "Farmer Samir Qawasmeh said the harvest was poor. Qawasmeh said prices had fallen."
    ar = "قال المزارع سمير القواسمة إن المحصول ضعيف. وقال {} إن الأسعار تراجعت."
    assert _n106(ar.format("القواسمه"), en, True) == [
        "«Qawasmeh» is written «القواسمه» here and «القواسمة» elsewhere in the Arabic: use one Arabic form"
    ]
    assert _n106(ar.format("القواسمة"), en, False) == []


def test_a_country_and_its_adjective_are_not_two_spellings() -> None:
    en = "Exports to Kenya rose in March. Kenya's buyers paid more for tea."
    ar = "ارتفعت الصادرات إلى كينيا في مارس. ودفع المشترون الكينيون أكثر مقابل الشاي."
    assert _n106(ar, en, False) == []
    en = "Exports to Kenya rose in March. Kenya's ports were busy."
    assert _n106("ارتفعت الصادرات إلى كينيا في مارس. وكانت الموانئ الكينية مزدحمة.", en, False) == []


def test_an_acronym_entry_is_referred_back_by_the_head_noun_its_arabic_begins_with(tmp_path: Path) -> None:
    desk = desk_glossary(
        tmp_path, [{"id": "ormva", "type": "organisation", "en": "ORMVA", "ar": ["المكتب الجهوي للاستثمار الفلاحي"]}]
    )
    en = "ORMVA opened a new canal on Monday. ORMVA said water would reach 300 farms."
    for second, fails in (
        ("وقال المكتب إن المياه ستصل إلى 300 مزرعة.", False),
        ("وقال المسؤولون إن المياه ستصل إلى 300 مزرعة.", True),
    ):
        ar = "افتتح المكتب الجهوي للاستثمار الفلاحي قناة جديدة يوم الاثنين. " + second
        example = Example(ar=ar, en=en, fails=fails, direction="en-ar")
        assert bool(fired(BY_CODE["N103"], example, desk)) == fails, second


def test_a_well_known_name_is_not_respelled_by_another_word_on_its_arabic() -> None:
    # تونس is both the city and the country: Tunis and Tunisia share it, and are two names.
    ar = "عاد الوفد إلى تونس يوم الأحد. وقال مسؤولون في تونس إن الاتفاق قريب. ورحبت تونس بالخطوة."
    en = "The delegation returned to Tunis on Sunday. Officials in Tunisia said a deal was near. Tunisia welcomed the step."
    assert fired(BY_CODE["N104"], Example(ar=ar, en=en, fails=False)) == []
