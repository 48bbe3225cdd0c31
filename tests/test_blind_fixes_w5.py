"""Fixes drawn from the blind pairs w5-w7, each on invented sentences (never those articles' words)."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example


def test_a_trade_unit_that_holds_its_scale_is_not_a_scale_error() -> None:
    # mtpa is million tonnes a year, bcm billion cubic metres: the Arabic writes the scale word.
    for ar, en in (
        (
            "ستورّد الشركة ثلاثة ملايين طن سنوياً، وستخصص مليوني طن منها للهند.",
            "The firm will ship 3 mtpa and set aside 2 mtpa of it for India.",
        ),
        ("تنتج المنشأة ٤٠ مليار متر مكعب من الغاز.", "The facility produces 40 bcm of gas."),
    ):
        example = Example(ar=ar, en=en, fails=False, direction="en-ar")
        assert fired(BY_CODE["D204"], example) == []
        assert fired(BY_CODE["D201"], example) == []
    wrong = Example(
        ar="تنتج المنشأة ٤٠ ألف متر مكعب من الغاز.", en="The facility produces 40 bcm of gas.", fails=True, direction="en-ar"
    )
    assert fired(BY_CODE["D204"], wrong)


def test_a_metric_prefix_is_read_with_its_number() -> None:
    # 3 gigawatts written as 3,000 megawatts is one quantity; 3 megawatts is not.
    same = Example(
        ar="ستبلغ قدرة المزرعة ثلاثة آلاف ميغاواط.", en="The farm will reach 3 gigawatts.", fails=False, direction="en-ar"
    )
    assert fired(BY_CODE["D204"], same) == []
    assert fired(BY_CODE["D203"], same) == []
    short = Example(ar="ستبلغ قدرة المزرعة ٣ ميغاواط.", en="The farm will reach 3 GW.", fails=True, direction="en-ar")
    assert fired(BY_CODE["D203"], short)


def test_a_compass_word_that_is_a_surname_is_not_a_direction() -> None:
    # «الشمالي» here is a family name, romanised Shamali in the English.
    surname = Example(
        ar="وقالت سعاد الشمالي، وهي ممرضة، إن الرواتب تأخرت.", en="Souad Shamali, a nurse, said salaries were late.", fails=False
    )
    assert fired(BY_CODE["M802"], surname) == []
    bearing = Example(
        ar="وقالت ممرضة في الريف الشمالي إن الرواتب تأخرت.", en="A nurse in the countryside said salaries were late.", fails=True
    )
    assert fired(BY_CODE["M802"], bearing)


def test_a_compass_noun_with_a_pronoun_is_a_direction() -> None:
    # «وشرقه»: "and its east"; «الغربة» (exile) folds to the same letters but is no bearing.
    example = Example(
        ar="تضررت قرى في جنوب البلد وشرقه.",
        en="Villages in the south and east of the country were damaged.",
        fails=False,
        direction="en-ar",
    )
    assert fired(BY_CODE["M802"], example) == []
    exile = Example(ar="عاد بعد سنوات الغربة.", en="He returned after years in exile.", fails=False)
    assert fired(BY_CODE["M802"], exile) == []


_AGENCY = {
    "id": "jaren",
    "type": "organisation",
    "en": "Jordan Agency for Renewable Energy",
    "ar": ["الوكالة الأردنية للطاقة المتجددة"],
    "variants": ["JAREN"],
}
_AGENCY_EN = "The Jordan Agency for Renewable Energy (JAREN) opened a solar plant on Sunday.\n\nJAREN's director said a second plant would follow."


def test_an_acronym_of_an_organisation_is_a_short_form_not_a_variant(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_AGENCY])
    ar = "افتتحت الوكالة الأردنية للطاقة المتجددة محطة شمسية يوم الأحد.\n\nوقال مدير الوكالة الأردنية للطاقة المتجددة إن محطة ثانية ستتبعها."
    assert fired(BY_CODE["N101"], Example(ar=ar, en=_AGENCY_EN, fails=False), desk) == []
    # A variant that is no acronym of the name stays a variant.
    other = desk_glossary(tmp_path, [{**_AGENCY, "variants": ["Jordanian Renewables Agency"]}])
    renamed = _AGENCY_EN.replace("JAREN's", "The Jordanian Renewables Agency's")
    assert fired(BY_CODE["N101"], Example(ar=ar, en=renamed, fails=True), other)


def test_an_acronym_the_article_defines_names_the_organisation(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{**_AGENCY, "variants": []}])
    ar = "افتتحت الوكالة الأردنية للطاقة المتجددة محطة شمسية يوم الأحد.\n\nوقال مدير الوكالة الأردنية للطاقة المتجددة إن محطة ثانية ستتبعها."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=_AGENCY_EN, fails=False), desk) == []
    undefined = _AGENCY_EN.replace(" (JAREN)", "")
    assert fired(BY_CODE["N103"], Example(ar=ar, en=undefined, fails=True), desk)


def test_an_acronym_written_in_arabic_letters_names_the_organisation(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_AGENCY])
    ar = "افتتحت الوكالة الأردنية للطاقة المتجددة محطة شمسية يوم الأحد.\n\nوقال مدير جارين إن محطة ثانية ستتبعها."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=_AGENCY_EN, fails=False, direction="en-ar"), desk) == []
    dropped = ar.replace("مدير جارين", "المدير")
    assert fired(BY_CODE["N103"], Example(ar=dropped, en=_AGENCY_EN, fails=True, direction="en-ar"), desk)


def test_an_arabic_form_with_latin_letters_is_found(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{"id": "kdx", "type": "organisation", "en": "KDX Holding", "ar": ["شركة KDX القابضة"]}])
    en = "The port contract went to KDX Holding, a logistics firm."
    ar = "وذهب عقد الميناء إلى شركة KDX القابضة، وهي شركة للخدمات اللوجستية."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=False, direction="en-ar"), desk) == []
    other = ar.replace("شركة KDX القابضة", "شركة محلية")
    assert fired(BY_CODE["N103"], Example(ar=other, en=en, fails=True, direction="en-ar"), desk)


def test_a_name_with_a_first_vowel_is_not_a_misspelling_of_one_without(tmp_path: Path) -> None:
    # al-Ubaidi (العبيدي) and al-Baidi (البيضي) share consonants, but the first vowel writes ayn.
    desk = desk_glossary(tmp_path, [{"id": "baidi", "type": "person", "en": "Salem Khalid al-Baidi", "ar": ["سالم خالد البيضي"]}])
    ar = "وقال سالم خالد البيضي إن الميناء سيفتح قريباً.\n\nوقال عدنان العبيدي، وهو تاجر، إن الأسعار ارتفعت."
    en = "Salem Khalid al-Baidi said the port would open soon.\n\nAdnan al-Ubaidi, a trader, said prices had risen."
    assert fired(BY_CODE["M805"], Example(ar=ar, en=en, fails=False, direction="en-ar"), desk) == []
    misspelt = en.replace("Adnan al-Ubaidi, a trader,", "Al-Baydi")
    assert fired(BY_CODE["M805"], Example(ar=ar, en=misspelt, fails=True, direction="en-ar"), desk)


_QUOTE_AR = (
    "وقال مدير المطار سامر عيسى، الذي يعمل في قطاع الطيران المدني منذ أكثر من عشرين عاماً، للصحفيين في قاعة الوصول: "
    '"انتظرنا هذا اليوم طويلاً وتحملنا خلاله خسائر كبيرة. الآن نستطيع أن نبدأ العمل ونعيد الموظفين إلى مكاتبهم في المطار".'
)
_QUOTE_EN = (
    '"We waited a long time for this day and suffered heavy losses. Now we can start work and bring the staff back '
    'to their offices at the airport," airport director Samer Issa, who has worked in civil aviation '
    "for more than twenty years, told reporters in the arrivals hall."
)


def test_an_attribution_that_moves_across_a_quotation_is_not_a_truncation() -> None:
    from tqa.checks.completeness import _AR_LONG, _EN_LONG

    moved = Example(ar=f"{_AR_LONG}\n\n{_QUOTE_AR}", en=f"{_EN_LONG}\n\n{_QUOTE_EN}", fails=False)
    assert fired(BY_CODE["O303"], moved) == []
    # A sentence cut elsewhere in the same article is still reported.
    cut_en = _EN_LONG.replace(
        "make it easier for expatriates to travel and return to visit their families, and help revive trade and tourism in the north of the country",
        "help",
    )
    cut = Example(ar=f"{_AR_LONG}\n\n{_QUOTE_AR}", en=f"{cut_en}\n\n{_QUOTE_EN}", fails=True)
    assert len(fired(BY_CODE["O303"], cut)) == 1


_SHORT_QUOTE_AR = (
    "وقال مدير المطار سامر عيسى، الذي يعمل في قطاع الطيران المدني منذ أكثر من عشرين عاماً، للصحفيين في قاعة الوصول: "
    '"انتظرنا هذا اليوم طويلاً. الآن نستطيع أن نبدأ العمل".'
)
_SHORT_QUOTE_EN = (
    '"We waited a long time for this day. Now we can start work again at last," airport director Samer Issa, who has worked in '
    "civil aviation for more than twenty years, told reporters gathered in the arrivals hall on Sunday."
)


def test_a_sentence_whose_words_the_neighbouring_pair_holds_is_not_omitted() -> None:
    from tqa.checks.completeness import _AR_LONG, _EN_LONG

    moved = Example(ar=f"{_AR_LONG}\n\n{_SHORT_QUOTE_AR}", en=f"{_EN_LONG}\n\n{_SHORT_QUOTE_EN}", fails=False)
    assert fired(BY_CODE["O301"], moved) == []
    dropped = _SHORT_QUOTE_EN.replace(' Now we can start work again at last,"', '"')
    assert fired(BY_CODE["O301"], Example(ar=f"{_AR_LONG}\n\n{_SHORT_QUOTE_AR}", en=f"{_EN_LONG}\n\n{dropped}", fails=True))


def test_two_short_sentences_for_one_are_not_an_addition() -> None:
    from tqa.checks.completeness import _AR_LONG, _EN_LONG

    ar = f'{_AR_LONG}\n\nوأضاف أحد الركاب: "قالوا لنا إن الرحلات ستبدأ بعد شهرين. سننتظر، فقد انتظرنا خمس سنوات".'
    en = f'{_EN_LONG}\n\n"They told us flights would start in two months. We will wait. We have waited five years," one passenger said.'
    assert fired(BY_CODE["O302"], Example(ar=ar, en=en, fails=False)) == []
    added = en.replace("We will wait. ", "We will wait. The airport café will also reopen with a new menu. ")
    assert fired(BY_CODE["O302"], Example(ar=ar, en=added, fails=True))


def test_an_institution_named_by_the_word_its_arabic_name_means_is_named(tmp_path: Path) -> None:
    # «مجلس الشيوخ» means "senate" as a whole (the lexicon says so), not word by word.
    desk = desk_glossary(tmp_path, [{"id": "senate", "type": "organisation", "en": "Federal Senate", "ar": ["مجلس الشيوخ"]}])
    ar = "صوّت مجلس الشيوخ على الموازنة يوم الخميس."
    assert fired(BY_CODE["N103"], Example(ar=ar, en="The senate voted on the budget on Thursday.", fails=False), desk) == []
    assert fired(BY_CODE["N103"], Example(ar=ar, en="Lawmakers voted on the budget on Thursday.", fails=True), desk)
