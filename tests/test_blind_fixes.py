"""Fixes drawn from the blind article pairs (issue #11), each on invented sentences."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example


def test_a_changed_year_is_a_date_finding_not_a_number_finding(tmp_path: Path) -> None:
    example = Example(
        ar="يتوقع المصنع أن يبلغ طاقته الكاملة بحلول أيلول ٢٠٢٩.",
        en="The plant expects to reach full capacity by September 2030.",
        fails=True,
    )
    assert fired(BY_CODE["D214"], example) == ["The year «٢٠٢٩» (2029) is written «2030» in the English; correct the date"]
    assert fired(BY_CODE["D203"], example) == []
    amount = Example(ar="وظّف المصنع ١٩٥٠ عاملاً.", en="The plant employs 1,590 workers.", fails=True)
    assert fired(BY_CODE["D214"], amount) == []
    assert fired(BY_CODE["D203"], amount)


_EN = "The council approved the plan on Monday. Developers will build mixed-use towers near the river. Work starts next year."
_AR = "وافق المجلس على الخطة يوم الاثنين. وسيبني المطورون أبراجاً متعددة الاستخدامات قرب النهر. وتبدأ الأعمال العام المقبل."


def test_a_lowercase_english_compound_left_in_the_arabic_is_untranslated(tmp_path: Path) -> None:
    left = Example(ar=_AR.replace("أبراجاً متعددة الاستخدامات", "أبراجاً mixed-use"), en=_EN, fails=True, direction="en-ar")
    assert fired(BY_CODE["U402"], left) == ["English words left in the Arabic: «mixed-use»; translate them"]
    glossed = Example(
        ar=_AR.replace("متعددة الاستخدامات", "متعددة الاستخدامات (mixed-use)"), en=_EN, fails=False, direction="en-ar"
    )
    assert fired(BY_CODE["U402"], glossed) == []
    name = Example(ar=_AR.replace("المطورون", "المطورون في al-Rayyan"), en=_EN, fails=False, direction="en-ar")
    assert fired(BY_CODE["U402"], name) == []


def test_a_glossary_name_left_in_english_in_the_arabic_is_untranslated_not_missing(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{"id": "harbour-link", "type": "term", "en": "Harbour Link", "ar": ["مشروع الوصلة البحرية"]}])
    en = "The Harbour Link will open in spring. It joins the two ports."
    left = Example(ar="سيُفتتح Harbour Link في الربيع. ويربط المشروع بين الميناءين.", en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["U402"], left, desk) == ["«Harbour Link» is left in English in the Arabic: write «مشروع الوصلة البحرية»"]
    assert fired(BY_CODE["N103"], left, desk) == []
    glossed = Example(
        ar="سيُفتتح مشروع الوصلة البحرية (Harbour Link) في الربيع. ويربط المشروع بين الميناءين.",
        en=en,
        fails=False,
        direction="en-ar",
    )
    assert fired(BY_CODE["U402"], glossed, desk) == []


_PEOPLE = [
    {"id": "helena-varga", "type": "person", "en": "Helena Varga", "ar": ["هيلينا فارغا"]},
    {"id": "karim-al-haddadi", "type": "person", "en": "Karim al-Haddadi", "ar": ["كريم الحدادي"]},
]


def test_a_glossary_persons_surname_spelled_otherwise_in_the_arabic_translation(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, _PEOPLE)
    en = "Helena Varga opened the new clinic on Monday. Varga said it would treat 200 patients a day."
    ar = "افتتحت هيلينا فارغا العيادة الجديدة يوم الاثنين. وقالت {} إنها ستعالج ٢٠٠ مريض يومياً."
    changed = Example(ar=ar.format("فارجا"), en=en, fails=True, direction="en-ar")
    # The message names the glossary line, as N102's does.
    assert fired(BY_CODE["N106"], changed, desk) == [
        f"Helena Varga ({tmp_path / 'desk.yaml'}:2) is written «فارجا» here and «هيلينا فارغا» elsewhere: use one Arabic form («فارغا»)"
    ]
    kept = Example(ar=ar.format("فارغا"), en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N106"], kept, desk) == []


def test_a_surname_that_differs_by_a_long_vowel_only_is_the_same_name_written_twice(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, _PEOPLE)
    en = "Karim al-Haddadi chairs the port authority. Haddadi said exports would rise."
    ar = "يرأس كريم الحدادي هيئة الميناء. وقال {} إن الصادرات سترتفع."
    assert fired(BY_CODE["N106"], Example(ar=ar.format("الحدّادي"), en=en, fails=False, direction="en-ar"), desk) == []
    assert fired(BY_CODE["N106"], Example(ar=ar.format("الحادادي"), en=en, fails=True, direction="en-ar"), desk)
    # From Arabic the Arabic is the original: its spellings are not the translator's.
    assert fired(BY_CODE["N106"], Example(ar=ar.format("الحادادي"), en=en, fails=False), desk) == []


def test_an_opening_straight_quote_belongs_to_the_sentence_it_opens() -> None:
    from tqa.text.segment import split_sentences

    text = 'The mayor praised the crews. "The roads will reopen by Friday, and we will not stop until then, Haddad said. He thanked the volunteers.'
    assert split_sentences(text, "en") == [
        "The mayor praised the crews.",
        '"The roads will reopen by Friday, and we will not stop until then, Haddad said.',
        "He thanked the volunteers.",
    ]
    closed = 'The mayor praised the crews. "The roads will reopen by Friday," Haddad said.'
    assert split_sentences(closed, "en") == ["The mayor praised the crews.", '"The roads will reopen by Friday," Haddad said.']


def test_an_unclosed_quotation_is_shown_up_to_the_attribution_it_should_close_before(tmp_path: Path) -> None:
    ar = 'أشاد رئيس البلدية بالطواقم. وقال حداد: "ستفتح الطرق بحلول الجمعة ولن نتوقف". وشكر المتطوعين.'
    en = 'The mayor praised the crews. "The roads will reopen by Friday, and we will not stop, Haddad said. He thanked the volunteers.'
    messages = fired(BY_CODE["P501"], Example(ar=ar, en=en, fails=True))
    assert messages == ['The quotation opened with " at «"The roads…» is never closed; close it before «, Haddad said»']
    no_attribution = 'The mayor praised the crews. "The roads will reopen by Friday. He thanked the volunteers.'
    ar_plain = 'أشاد رئيس البلدية بالطواقم. "ستفتح الطرق بحلول الجمعة". وشكر المتطوعين.'
    assert fired(BY_CODE["P501"], Example(ar=ar_plain, en=no_attribution, fails=True)) == [
        # Its paragraph ends after the next sentence: the latest place to close it.
        'The quotation opened with " at «"The roads…» is never closed in this paragraph: close it where the quote ends '
        "(at the latest after «…thanked the volunteers.»), or remove the mark"
    ]


def test_an_unclosed_quoted_question_closes_after_its_mark() -> None:
    ar = 'وتساءلت المزارعة: "من سيشتري محصولنا هذا العام؟" وغادرت القاعة.'
    en = '"Who will buy our harvest this year? the farmer asked. She left the hall.'
    assert fired(BY_CODE["P501"], Example(ar=ar, en=en, fails=True)) == [
        'The quotation opened with " at «"Who will…» is never closed; close it after the ?, before «the farmer asked»'
    ]


def test_a_full_arabic_name_with_a_misspelt_surname_is_pointed_at(tmp_path: Path) -> None:
    desk = desk_glossary(
        tmp_path,
        [
            {"id": "nabil-al-qaisi", "type": "person", "en": "Nabil al-Qaisi", "ar": ["نبيل القيسي"]},
            {"id": "samia-rafei", "type": "person", "en": "Samia Rafei", "ar": ["سامية رافع"]},
        ],
    )
    en = "Nabil al-Qaisi, the port director, said traffic had doubled."
    misspelt = Example(ar="قال مدير الميناء نبيل القايسي إن الحركة تضاعفت.", en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["N103"], misspelt, desk) == [
        "Nabil al-Qaisi is written «نبيل القايسي» in the Arabic, a form the glossary does not list: write «نبيل القيسي»"
    ]
    short = Example(
        ar="قالت المديرة سامية رافعة إن الحركة تضاعفت.",
        en="The director Samia Rafei said traffic had doubled.",
        fails=True,
        direction="en-ar",
    )
    assert fired(BY_CODE["N103"], short, desk)[0].startswith("Samia Rafei is written «سامية رافعة»")
    right = Example(ar="قال مدير الميناء نبيل القيسي إن الحركة تضاعفت.", en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N103"], right, desk) == []
    # Two letters off a short surname is another name (القاسمي): not taken for a misspelling.
    other = Example(ar="قال مدير الميناء نبيل القاسمي إن الحركة تضاعفت.", en=en, fails=True, direction="en-ar")
    assert not any("«نبيل القاسمي»" in m for m in fired(BY_CODE["N103"], other, desk))


def test_an_arabic_form_with_latin_letters_does_not_match_its_arabic_words_alone(tmp_path: Path) -> None:
    desk = desk_glossary(
        tmp_path, [{"id": "nmc", "type": "organisation", "en": "NMC Holding", "ar": ["شركة الملاحة الوطنية", "شركة NMC"]}]
    )
    assert [m.text for m in desk.find("وأعلنت شركة ناشئة أن أرباحها ارتفعت.", "ar")] == []
    assert [m.text for m in desk.find("وقالت شركة الملاحة الوطنية إن أرباحها ارتفعت.", "ar")] == ["شركة الملاحة الوطنية"]
    example = Example(
        ar="قالت شركة الملاحة الوطنية إن الأرباح ارتفعت. وأعلنت شركة ناشئة أن الطلب قوي.",
        en="NMC Holding said profits rose. A start-up said that demand was strong.",
        fails=False,
    )
    assert fired(BY_CODE["N103"], example, desk) == []


def test_a_half_after_a_scale_word_is_part_of_the_number() -> None:
    from tqa.text.numbers import quantities

    assert [q.value for q in quantities("تبلغ كلفة السد مليار ونصف المليار دولار.", "ar")] == [1.5e9]
    assert [q.value for q in quantities("نقل الميناء ثلاثة ملايين ونصف طن.", "ar")] == [3.5e6]
    assert [q.value for q in quantities("صدّرت الشركة مليون وربع برميل.", "ar")] == [1.25e6]
    assert [q.value for q in quantities("يعيش مليون ونصف السكان في المدينة.", "ar")] == [1e6]  # the half of another noun
    example = Example(ar="تبلغ كلفة السد مليار ونصف المليار دولار.", en="The dam costs $1.5bn.", fails=False)
    assert fired(BY_CODE["D202"], example) == [] and fired(BY_CODE["D201"], example) == []


def test_the_first_of_a_month_is_day_one(tmp_path: Path) -> None:
    example = Example(ar="يبدأ العمل بالقانون الجديد في أول أيلول.", en="The new law takes effect on September 1.", fails=False)
    assert fired(BY_CODE["D202"], example) == []


def test_a_conversion_in_brackets_is_no_added_number(tmp_path: Path) -> None:
    ar = "تراجع إنتاج القمح إلى ٤٠ مليون قنطار هذا العام."
    converted = Example(ar=ar, en="Wheat output fell to 40 million quintals (4 million tonnes) this year.", fails=False)
    assert fired(BY_CODE["D202"], converted) == []
    extra = Example(ar="فرّ نحو ألفي شخص من القرية.", en="About 2,000 people (700 of them children) fled the village.", fails=True)
    assert fired(BY_CODE["D202"], extra) == ["The number «700» is not in the Arabic source; check it against the source"]


def test_units_after_a_scale_word_and_the_teens_are_read_whole(tmp_path: Path) -> None:
    from tqa.text.numbers import quantities

    assert [q.value for q in quantities("استقبل المعرض ٢٤ ألفاً و٣٠٠ زائر.", "ar")] == [24300.0]
    assert [q.value for q in quantities("ارتفع العدد إلى ألفين و٤٠ في المئة.", "ar")] == [2000.0, 40.0]
    assert [(q.value, q.soft) for q in quantities("خلال الأحد عشر يوماً الماضية", "ar")] == [(11.0, True)]
    assert [q.value for q in quantities("في الحادي عشر من أيلول والثاني عشر من تشرين", "ar")] == [11.0, 12.0]
    visitors = Example(
        ar="استقبل المعرض ٢٤ ألفاً و٣٠٠ زائر في الأيام الخمسة عشر الأولى.",
        en="The fair drew 24,300 visitors in its first 15 days.",
        fails=False,
    )
    for code in ("D201", "D202", "D203"):
        assert fired(BY_CODE[code], visitors) == [], code


def test_a_levantine_month_after_in_at_the_end_of_a_clause_is_a_month(tmp_path: Path) -> None:
    from tqa.text.dates import date_names

    assert [d.number for d in date_names("وأغلق المحتجون الجسر في تموز.", "ar")] == [7]
    assert [d.number for d in date_names("وبدأت الأعمال في آب من العام الماضي.", "ar")] == [8]
    assert date_names("وقال إن تموز كان إلهاً عند البابليين.", "ar") == []
    example = Example(
        ar="وأغلق المحتجون الجسر في تموز.", en="Protesters closed the bridge in July.", fails=False, direction="en-ar"
    )
    assert fired(BY_CODE["D213"], example) == []


def test_a_compass_word_inside_a_glossary_name_is_no_bearing(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{"id": "south-basin", "type": "place", "en": "South Basin", "ar": ["الحوض الجنوبي"]}])
    en = "The South Basin lies off the country's south-east coast."
    changed = Example(ar="يقع الحوض الجنوبي قبالة الساحل الجنوبي الغربي للبلاد.", en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["M801"], changed, desk) == [
        "«south-east» in the source is written «الجنوبي الغربي» (south-west) in the translation: write south-east"
    ]
    kept = Example(ar="يقع الحوض الجنوبي قبالة الساحل الجنوبي الشرقي للبلاد.", en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["M801"], kept, desk) == []
    dropped = Example(ar="يقع الحوض الجنوبي قبالة ساحل البلاد.", en=en, fails=True, direction="en-ar")
    assert fired(BY_CODE["M802"], dropped, desk)


def test_an_organisation_named_in_other_words_is_not_missing(tmp_path: Path) -> None:
    desk = desk_glossary(
        tmp_path,
        [
            {"id": "mof", "type": "organisation", "en": "Ministry of Finance", "ar": ["وزارة المالية"]},
            {"id": "nrg", "type": "organisation", "en": "Northern Regional Government", "ar": ["حكومة الإقليم الشمالي"]},
            {"id": "ndf", "type": "organisation", "en": "National Defence Forces", "ar": ["قوات الدفاع الوطني"]},
        ],
    )
    reworded = Example(
        ar="قالت وزارة المالية إن العجز تراجع.", en="The finance ministry said the deficit had narrowed.", fails=False
    )
    assert fired(BY_CODE["N103"], reworded, desk) == []
    title = Example(
        ar="قال رئيس حكومة الإقليم الشمالي إن الرواتب ستُدفع.",
        en="The Northern Region prime minister said salaries would be paid.",
        fails=False,
    )
    assert fired(BY_CODE["N103"], title, desk) == []
    other = Example(ar="قالت قوات الدفاع الوطني إنها انسحبت.", en="National forces said they had withdrawn.", fails=True)
    assert fired(BY_CODE["N103"], other, desk)


def test_arabic_spellings_listed_as_variants_or_forbidden_are_reported_in_an_arabic_translation(tmp_path: Path) -> None:
    desk = desk_glossary(
        tmp_path,
        [
            {"id": "ras-hilal", "type": "place", "en": "Ras Hilal", "ar": ["راس هلال"], "variants": ["رأس هلال", "Ras Helal"]},
            {
                "id": "omar-zwai",
                "type": "person",
                "en": "Omar al-Zwai",
                "ar": ["عمر الزوي"],
                "forbidden": ["Omar Zuwai", "عمر زوي"],
            },
        ],
    )
    en = "Omar al-Zwai visited the port of Ras Hilal on Monday."
    forbidden = Example(ar="زار عمر زوي ميناء راس هلال يوم الاثنين.", en=en, fails=True, direction="en-ar")
    assert [m.split(" (")[0] for m in fired(BY_CODE["N102"], forbidden, desk)] == [
        "«عمر زوي» is a spelling the house style forbids for Omar al-Zwai"
    ]
    variant = Example(ar="زار عمر الزوي ميناء رأس هلال يوم الاثنين.", en=en, fails=True, direction="en-ar")
    assert [m.split(" (")[0] for m in fired(BY_CODE["N101"], variant, desk)] == ["«رأس هلال» is not house style for Ras Hilal"]
    house = Example(ar="زار عمر الزوي ميناء راس هلال يوم الاثنين.", en=en, fails=False, direction="en-ar")
    assert fired(BY_CODE["N101"], house, desk) == [] and fired(BY_CODE["N102"], house, desk) == []
    # The Arabic original's spellings are not the translator's to fix.
    assert fired(BY_CODE["N101"], Example(ar=variant.ar, en=en, fails=False), desk) == []
    assert fired(BY_CODE["N103"], forbidden, desk) == []


def test_latin_that_the_desks_arabic_form_keeps_is_not_untranslated(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [{"id": "ocb", "type": "organisation", "en": "OCB", "ar": ["مكتب OCB"]}])
    kept = Example(ar="وأعلن مكتب OCB عن أرباح قياسية.", en="OCB announced record profits.", fails=False, direction="en-ar")
    assert fired(BY_CODE["U402"], kept, desk) == []
    # The desk writes the name in Latin inside its Arabic form: Latin alone is no untranslated text either.
    alone = Example(ar="وأعلن OCB عن أرباح قياسية.", en="OCB announced record profits.", fails=False, direction="en-ar")
    assert fired(BY_CODE["U402"], alone, desk) == []


def test_glossary_lint_takes_an_arabic_spelling_in_forbidden_for_a_value(tmp_path: Path) -> None:
    from tqa.glossary.lint import lint_glossaries

    entry = "name: desk\nentries:\n  - {{id: cbx, type: organisation, en: Central Bank of Xanadu, ar: [مصرف زانادو المركزي], forbidden: [{}]}}\n"
    arabic, empty = tmp_path / "arabic.yaml", tmp_path / "empty.yaml"
    arabic.write_text(entry.format("بنك زانادو المركزي"), encoding="utf-8")
    empty.write_text(entry.format("'--'"), encoding="utf-8")
    assert [p.message for p in lint_glossaries([arabic])] == []
    assert [p.message for p in lint_glossaries([empty])] == ["cbx: empty value in 'forbidden'"]
