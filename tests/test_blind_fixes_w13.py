"""Number and date fixes drawn from the blind pairs w13-w15, each on invented sentences
(never those articles' words): durations in the dual and in ranges, and the
unrelated-bead split that must see one amount written in two units, Maghreb
«الفاتح» and ordinal days past the tenth."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.example_runs import BY_CODE, HOUSE, document, fired
from tests.test_properties import texts
from tqa.checks.base import Example
from tqa.checks.number_pairs import compare_beads
from tqa.model import Bead, Segment
from tqa.pipeline import Inputs, align_inputs
from tqa.text.evidence import sentence_features, share_evidence
from tqa.text.full_dates import full_dates
from tqa.text.numbers import quantities
from tqa.text.numbers.measures import measures

NUMBER_CODES = ("D201", "D202", "D203", "D204")


def _number_findings(example: Example) -> list[str]:
    return [message for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


def _paired(ar: str, en: str) -> bool:
    """The one-sentence pair is aligned as one bead: a split pair (O301 + O302) would
    leave the number checks nothing to compare, and a test of no findings vacuous."""
    doc = align_inputs(Inputs(document(ar, "ar"), document(en, "en"), "ar", "en"), HOUSE)
    return [(len(b.source), len(b.target)) for b in doc.beads] == [(1, 1)]


def _both_ways(ar: str, en: str) -> list[str]:
    assert _paired(ar, en), (ar, en)
    return _number_findings(Example(ar=ar, en=en, fails=False)) + _number_findings(
        Example(ar=ar, en=en, fails=False, direction="en-ar")
    )


def test_a_dual_with_the_article_is_a_duration() -> None:
    for ar, en in (
        ("أمضى المسعفون اليومين الماضيين في البحث تحت الأنقاض.", "Rescuers spent the past 48 hours searching the rubble."),
        ("ارتفعت الأسعار خلال الأسبوعين الأخيرين.", "Prices rose over the last 14 days."),
        ("انخفض المخزون في الشهرين الأولين من العام.", "Stocks fell in the first 2 months of the year."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    # A singular with the article is a clock time or a day, not a length of time.
    assert measures("بدأ القصف عند الساعة الثالثة فجراً.", "ar") == []
    assert measures("وصل الوفد اليوم إلى الرباط.", "ar") == []


def test_a_range_writes_its_unit_once() -> None:
    for ar, en in (
        ("يستغرق إصلاح الخط ما بين 24 و48 ساعة.", "Repairing the line takes one to two days."),
        ("تصل النتائج من 14 إلى 21 يوماً بعد الفحص.", "Results arrive two to three weeks after the test."),
        ("يستغرق التسليم من يومين إلى ثلاثة أسابيع.", "Delivery takes between 2 days and 3 weeks."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    arabic = [(m.value, m.dimension) for m in measures("ينتظر السائقون بين 3 و5 ساعات.", "ar")]
    assert arabic == [(180.0, "time"), (300.0, "time")]
    assert [m.value for m in measures("Drivers wait between 3 and 5 hours.", "en")] == [180.0, 300.0]
    # "and" (و) joins a range's ends only after "between"; a range runs upwards.
    assert [m.value for m in measures("قبل 10 و3 أيام", "ar")] == [4320.0]
    assert [m.value for m in measures("He won 5 and 3 days later lost.", "en")] == [4320.0]
    assert [m.value for m in measures("The score was 3-2 days before the final.", "en")] == [2880.0]


def test_a_changed_range_is_still_reported() -> None:
    changed = Example(ar="يستغرق إصلاح الخط ما بين 24 و48 ساعة.", en="Repairing the line takes two to three days.", fails=True)
    assert _number_findings(changed)


def test_one_amount_in_two_units_is_evidence_the_sentences_pair() -> None:
    arabic = sentence_features(
        (Segment(0, 0, "وقال إن إعادة فتح الميناء تتطلب ما بين 48 و72 ساعة بعد انتهاء الإضراب."),), "ar", None
    )
    english = sentence_features(
        (Segment(0, 0, "He said reopening the port would take two to three days after the strike."),), "en", None
    )
    assert share_evidence(arabic[0].anchors, english[0].anchors)
    unrelated = sentence_features((Segment(0, 0, "The minister thanked the workers for their patience."),), "en", None)
    assert not share_evidence(arabic[0].anchors, unrelated[0].anchors)


def test_alfatih_is_the_first_of_the_month() -> None:
    for text, value in (
        ("تفتح المدارس أبوابها في الفاتح أكتوبر.", (0, 10, 1)),
        ("يدخل القانون حيز التنفيذ ابتداء من الفاتح من مارس 2029.", (2029, 3, 1)),
        ("وتنطلق الحملة والفاتح من شهر ماي المقبل.", (0, 5, 1)),
    ):
        assert [d.value for d in full_dates(text, "ar")] == [value], text
    # Not before a month, الفاتح is a name or an adjective.
    assert full_dates("صلى المصلون في مسجد الفاتح يوم 3.", "ar") == []
    same = Example(
        ar="يدخل القانون حيز التنفيذ في الفاتح من مارس 2029.", en="The law takes effect on March 1, 2029.", fails=False
    )
    assert _paired(same.ar, same.en) and _number_findings(same) == [] and fired(BY_CODE["D215"], same) == []
    changed = Example(
        ar="يدخل القانون حيز التنفيذ في الفاتح من مارس 2029.", en="The law takes effect on March 11, 2029.", fails=True
    )
    assert fired(BY_CODE["D215"], changed)


def test_ordinal_days_run_to_the_thirty_first() -> None:
    for text, value in (
        ("عُقدت الجلسة في الحادي عشر من نيسان.", (0, 4, 11)),
        ("انتهت المهلة في التاسع عشر من أيلول 2027.", (2027, 9, 19)),
        ("وصل الوفد في العشرين من شباط.", (0, 2, 20)),
        ("صدر القرار في الثالث والعشرين من يوليو.", (0, 7, 23)),
        ("تنتهي السنة المالية في الحادي والثلاثين من ديسمبر.", (0, 12, 31)),
    ):
        assert [d.value for d in full_dates(text, "ar")] == [value], text
    assert full_dates("في الحادي والثلاثين من نوفمبر", "ar") == []  # November has thirty days
    example = Example(ar="صدر القرار في الثالث والعشرين من يوليو.", en="The decision was issued on July 23.", fails=False)
    assert _paired(example.ar, example.en) and _number_findings(example) == [] and fired(BY_CODE["D215"], example) == []


def test_a_scale_word_written_once_serves_both_ends_of_a_range() -> None:
    for ar, en in (
        ("يحصل كل مزارع على ما بين 2 و4 آلاف دينار سنوياً.", "Each farmer receives 2,000-4,000 dinars a year."),
        ("يحتاج المشروع من ٣ إلى ٥ مليارات دولار.", "The project needs $3bn to $5bn."),
        ("يقدر عدد الزوار بين 6 ملايين و8 ملايين.", "Visitors are estimated at between 6 and 8 million."),
        ("تتراوح الكلفة بين 1.5 و2 مليون يورو.", "The cost ranges from 1.5 to 2 million euros."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    assert [q.value for q in quantities("بين ثلاثة وخمسة آلاف", "ar")] == [3000.0, 5000.0]
    assert [q.value for q in quantities("$2-3bn", "en")] == [2e9, 3e9]
    # A range runs upwards, and "and" (و) joins ends only after "between" (بين).
    assert [q.value for q in quantities("بين 500 و2 ألف", "ar")] == [500.0, 2000.0]
    assert [q.value for q in quantities("وصل 3 و5 آلاف شخص", "ar")] == [3.0, 5000.0]
    assert [q.value for q in quantities("in 2019 and 3 million", "en")] == [2019.0, 3e6]


def test_a_changed_end_of_a_shared_scale_range_is_reported() -> None:
    changed = Example(ar="يحصل كل مزارع على ما بين 2 و4 آلاف دينار.", en="Each farmer receives 3,000-4,000 dinars.", fails=True)
    assert fired(BY_CODE["D203"], changed)


def test_a_figure_with_a_scale_word_is_also_its_value_in_digits_as_evidence() -> None:
    arabic = sentence_features((Segment(0, 0, "وتتوقع الشركة أرباحاً قدرها 2500 مليون ريال."),), "ar", None)
    english = sentence_features((Segment(0, 0, "The firm expects a profit of 2.5 billion riyals."),), "en", None)
    assert share_evidence(arabic[0].anchors, english[0].anchors)
    thousands = sentence_features((Segment(0, 0, "The firm hired 7,000 staff."),), "en", None)
    assert "v:7000" in thousands[0].anchors
    assert "v:7000" in sentence_features((Segment(0, 0, "وظفت الشركة 7 آلاف عامل."),), "ar", None)[0].anchors


def test_a_number_word_before_the_per_cent_is_a_share() -> None:
    for ar, en in (
        ("تجاوزت البطالة عتبة الخمسة في المئة.", "Unemployment passed the 5 percent threshold."),
        ("ارتفع التضخم بنسبة ثلاثة بالمئة.", "Inflation rose by three per cent."),
        ("لم يتجاوز النمو الواحد في المئة.", "Growth did not exceed one percent."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    found = quantities("تجاوزت عتبة الخمسة في المئة", "ar")
    assert [(q.value, q.percent, q.soft) for q in found] == [(5.0, True, False)]
    changed = Example(ar="تجاوزت البطالة عتبة الخمسة في المئة.", en="Unemployment passed the 6 percent threshold.", fails=True)
    assert fired(BY_CODE["D203"], changed)


def test_a_number_word_that_counts_is_a_figure() -> None:
    assert _both_ways("وصل ثلاثة وزراء إلى الرباط.", "Three ministers arrived in Rabat.") == []
    assert _both_ways("أصيب خمسة وعشرون شخصاً في الحادث.", "25 people were injured in the accident.") == []
    changed = Example(ar="وصل ثلاثة وزراء إلى الرباط.", en="Four ministers arrived in Rabat.", fails=True)
    assert fired(BY_CODE["D203"], changed)
    words = Example(ar="قُتل سبعة جنود في الكمين.", en="Nine soldiers were killed in the ambush.", fails=True)
    assert fired(BY_CODE["D203"], words)
    assert [(q.value, q.soft) for q in quantities("قُتل سبعة جنود", "ar")] == [(7.0, False)]
    assert [(q.value, q.soft) for q in quantities("ألف وخمسة وعشرون", "ar")] == [(1025.0, False)]


def test_a_number_word_that_names_or_guesses_stays_soft() -> None:
    for text, lang in (
        ("وصل الوزراء الثلاثة", "ar"),  # the article: a known group
        ("ثلاثة أو أربعة أيام", "ar"),
        ("خمس الميزانية", "ar"),  # a fifth of, not five
        ("عاد خمسة إلى منازلهم", "ar"),
        ("The three leaders met.", "en"),
        ("It took two or three days.", "en"),
        ("in the first nine months of the year", "en"),
        ("a three-day visit", "en"),
        ("the country's four provinces", "en"),
        ("a mother of four who fled", "en"),
        ("one of the towns", "en"),
        ("two ministers", "en"),  # one and two are the dual and pronouns as often
    ):
        assert all(q.soft for q in quantities(text, lang)), text
    for ar, en in (
        ("اجتمع قادة مصر والأردن والعراق في عمّان.", "The three leaders of Egypt, Jordan and Iraq met in Amman."),
        ("يستغرق الإصلاح بضعة أيام.", "Repairs take two or three days."),
        ("ارتفع الإنتاج في الأشهر التسعة الأولى.", "Output rose in the first nine months."),
        ("تضاعف سعر الخبز ثلاث مرات.", "The price of bread tripled."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)


def test_a_number_left_in_arabic_in_the_english_is_there() -> None:
    # The language checks report the Arabic words; the figure is not missing.
    example = Example(ar="تمر الحافلة كل خمس دقائق.", en="A bus passes every خمس دقائق.", fails=False)
    assert _paired(example.ar, example.en) and _number_findings(example) == []


def test_a_road_code_is_its_number() -> None:
    for ar, en in (
        ("أغلق المزارعون الطريق الوطني رقم 12 صباح الأحد.", "Farmers blocked the N12 national road on Sunday morning."),
        ("تعطلت حركة السير على الطريق السريع M5 قرب حمص.", "Traffic stalled on the M5 motorway near Homs."),
        ("وقع الحادث على الطريق رقم 7 شمال المدينة.", "The crash happened on Route A7 north of the city."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    changed = Example(
        ar="أغلق المزارعون الطريق الوطني رقم 12 صباح الأحد.", en="Farmers blocked the N21 national road.", fails=True
    )
    assert fired(BY_CODE["D203"], changed)
    # Codes that are names, not roads, stay unread.
    assert quantities("The H5N1 virus spread before the G20 summit.", "en") == []
    assert quantities("انتشر فيروس H5N1 قبل قمة G20.", "ar") == []


def test_a_headline_figure_the_body_repeats_is_checked_in_the_body() -> None:
    ar = "الشركة ترفع إنتاج الإسمنت إلى 40 ألف طن\n\nأعلنت الشركة أنها سترفع إنتاجها من الإسمنت إلى 40 ألف طن سنوياً بحلول الصيف."
    en = (
        "Cement maker announces expansion\n\nThe company said it would raise cement output to 40,000 tonnes a year by the summer."
    )
    assert _number_findings(Example(ar=ar, en=en, fails=False)) == []
    # The body lost the figure too: the body's pair reports it.
    wrong = en.replace("40,000", "14,000")
    assert fired(BY_CODE["D203"], Example(ar=ar, en=wrong, fails=True))
    # A headline figure the body does not repeat is still missing.
    alone = ar.replace("إلى 40 ألف طن سنوياً", "بشكل كبير")
    assert fired(BY_CODE["D201"], Example(ar=alone, en=en.replace(" to 40,000 tonnes a year", " sharply"), fails=True))
    # The first paragraph closed by a stop is the lead sentence, not a headline.
    lead = ar.replace("40 ألف طن\n\n", "40 ألف طن.\n\n")
    assert fired(BY_CODE["D201"], Example(ar=lead, en=en.replace("expansion\n\n", "expansion.\n\n"), fails=True))


def test_a_marked_heading_figure_the_body_repeats_is_not_missing() -> None:
    head_ar, head_en = Segment(0, 0, "ارتفاع الصادرات إلى 12 مليار دولار", True), Segment(0, 0, "Exports surge", True)
    body_ar = Segment(1, 1, "ارتفعت الصادرات إلى 12 مليار دولار.")
    body_en = Segment(1, 1, "Exports rose to $12bn.")
    beads = [(Bead((0,), (0,)), (head_ar,), (head_en,)), (Bead((1,), (1,)), (body_ar,), (body_en,))]
    assert compare_beads(beads)[Bead((0,), (0,))].arabic_only == ()
    alone = compare_beads(beads[:1])[Bead((0,), (0,))]
    assert [x.quantity.value for x in alone.arabic_only] == [12e9]


def test_a_falling_range_shares_its_scale_too() -> None:
    assert [q.value for q in quantities("Sales fell from 10 to 8 million units.", "en")] == [10e6, 8e6]
    assert [q.value for q in quantities("تراجعت المبيعات من 10 إلى 8 ملايين وحدة.", "ar")] == [10e6, 8e6]
    assert _both_ways("تراجعت المبيعات من 10 إلى 8 ملايين وحدة.", "Sales fell from 10 million to 8 million units.") == []


NEW_WORDS = (
    "بين",
    "3",
    "و5",
    "آلاف",
    "الفاتح",
    "من",
    "جويلية",
    "الحادي والعشرين",
    "الطريق الوطني رقم",
    "N49",
    "national road",
    "Route",
    "three",
    "ministers",
    "the",
    "or",
    "الواحد",
    "في المئة",
    "خمسة",
    "وعشرين",
    "وزراء",
    "اليومين",
    "ساعة",
    "to",
    "million",
    "-",
    "tripled",
    "percent",
)


@given(texts(NEW_WORDS, st.text(max_size=6)), st.sampled_from(("ar", "en")))
def test_new_readings_keep_their_spans(text: str, lang: str) -> None:
    for q in quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and q.text == text[q.start : q.end], (text, q)
    for m in measures(text, lang):
        assert 0 <= m.start < m.end <= len(text), (text, m)
    for d in full_dates(text, lang):
        assert 0 <= d.start < d.end <= len(text) and d.text == text[d.start : d.end], (text, d)


def test_a_digit_string_with_both_separators_is_read() -> None:
    # The last separator is the decimal point (found by Hypothesis: «4.5,4.5» crashed the reader).
    assert [q.value for q in quantities("بلغ 1,234.5 طن", "ar")] == [1234.5]
    assert [q.value for q in quantities("بلغ 1.234,5 طن", "ar")] == [1234.5]
    assert len(quantities(" 1 1 1 4.5,4.5 ", "ar")) == 4
