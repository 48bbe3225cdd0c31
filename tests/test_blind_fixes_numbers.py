"""Number and date fixes drawn from the blind pairs w10-w12, each on invented sentences
(never those articles' words): one amount in two units, a day and month with no
year, a figure the aligner left in the next sentence, tens with the article, and a
thousand of a larger scale."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.example_runs import BY_CODE, fired
from tests.test_properties import texts
from tqa.checks.base import Example
from tqa.checks.number_pairs import compare_beads, compare_numbers
from tqa.model import Bead, Segment
from tqa.text.full_dates import full_dates
from tqa.text.numbers import quantities
from tqa.text.numbers.measures import measures

NUMBER_CODES = ("D201", "D202", "D203", "D204")


def _number_findings(example: Example) -> list[str]:
    return [message for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


def test_a_duration_in_other_units_is_one_amount() -> None:
    for ar, en in (
        ("تستغرق الرحلة بالحافلة ساعة واحدة من المطار.", "The bus ride from the airport takes 60 minutes."),
        ("ينتظر المرضى ما بين ساعة ونصف وساعتين.", "Patients wait between 90 minutes and two hours."),
        ("يستغرق العبور نصف ساعة فقط.", "The crossing takes only 30 minutes."),
        ("تدوم الجلسة ساعتين و١٥ دقيقة.", "The session lasts 135 minutes."),
        ("يستمر البرنامج ١٨ شهراً.", "The programme runs for a year and a half."),
        ("تمتد المهلة أسبوعين.", "The deadline runs for 14 days."),
    ):
        assert _number_findings(Example(ar=ar, en=en, fails=False)) == [], (ar, en)
        assert _number_findings(Example(ar=ar, en=en, fails=False, direction="en-ar")) == [], (ar, en)


def test_a_duration_that_changed_is_still_reported() -> None:
    example = Example(
        ar="تستغرق الرحلة بالحافلة ساعة واحدة من المطار.", en="The bus ride from the airport takes 50 minutes.", fails=True
    )
    assert fired(BY_CODE["D202"], example)
    changed = Example(ar="ينتظر المرضى ساعة و٤٠ دقيقة.", en="Patients wait one hour and 45 minutes.", fails=True)
    assert fired(BY_CODE["D203"], changed)


def test_an_amount_in_two_units_hides_only_its_own_side_figures() -> None:
    # The English share spans offsets 14-25; the Arabic year sits at 14-18 of its own
    # sentence. Both sentences have id 0: the Arabic year must stay a changed figure.
    arabic = (_segment(0, "تنخفض الكلفة، 2031 بنسبة 30٪."),)
    english = (_segment(0, "Costs fall by 30 per cent by 2030."),)
    assert arabic[0].text[14:18] == "2031"
    comparison = compare_numbers(arabic, english)
    assert [(a.quantity.value, e.quantity.value) for a, e in comparison.different] == [(2031.0, 2030.0)]


def test_a_sum_in_the_small_coin_is_the_same_sum() -> None:
    same = Example(
        ar="يدفع الركاب ٢٥ هللة عن كل كيلومتر من أول ٢٥ كيلومتراً.",
        en="Passengers pay 0.25 riyals per kilometre for the first 25 kilometres.",
        fails=False,
        direction="en-ar",
    )
    assert _number_findings(same) == []
    fils = Example(ar="ارتفع سعر الرغيف إلى ٥٠٠ فلس.", en="A loaf now costs 0.5 dinars.", fails=False)
    assert _number_findings(fils) == []
    wrong = Example(
        ar="يدفع الركاب ٢٥ هللة عن كل كيلومتر.", en="Passengers pay 2.5 riyals per kilometre.", fails=True, direction="en-ar"
    )
    assert _number_findings(wrong)


def test_a_share_in_words_is_the_per_cent() -> None:
    for ar, en in (
        ("ذهب ٥٠٪ من الميزانية إلى الأجور.", "Half of the budget went on wages."),
        ("يعيش ثلث السكان في العاصمة.", "About 33 per cent of the population live in the capital."),
    ):
        assert _number_findings(Example(ar=ar, en=en, fails=False)) == [], (ar, en)
    assert _number_findings(Example(ar="ذهب ٤٠٪ من الميزانية إلى الأجور.", en="Half of the budget went on wages.", fails=True))


def test_equal_values_in_different_scales() -> None:
    for ar, en in (
        ("تبلغ العائدات ١٥٠٠ مليون درهم سنوياً.", "Revenue will reach 1.5 billion dirhams a year."),
        ("بلغ الدين العام ألف و٤٠٠ مليار ليرة.", "Public debt reached 1.4 trillion pounds."),
        ("رصدت الحكومة ألفي مليون دولار.", "The government set aside $2bn."),
    ):
        assert _number_findings(Example(ar=ar, en=en, fails=False)) == [], (ar, en)
    assert [q.value for q in quantities("ألف و٤٠٠ مليار", "ar")] == [1.4e12]
    assert [q.value for q in quantities("ألف مليار", "ar")] == [1e12]


def test_tens_with_the_article_are_numbers() -> None:
    example = Example(
        ar="معظم المرشحين تجاوزوا الأربعين من العمر.", en="Most candidates are over 40 years old.", fails=False, direction="en-ar"
    )
    assert fired(BY_CODE["D201"], example) == []
    found = quantities("تجاوزوا الستين", "ar")
    assert [(q.value, q.soft, q.text) for q in found] == [(60.0, True, "الستين")]
    # Units with the article stay unread: الاثنين is Monday as often as "the two".
    assert quantities("وصل يوم الاثنين", "ar") == []


def test_a_changed_day_without_a_year_is_a_date_finding() -> None:
    example = Example(ar="تُعقد الجولة المقبلة في ١٤ أبريل.", en="The next round will be held on April 24.", fails=True)
    assert fired(BY_CODE["D215"], example)
    assert fired(BY_CODE["D203"], example) == []
    english_first = Example(
        ar="تُعقد الجولة المقبلة في ١٤ أبريل.", en="The next round will be held on 24 April.", fails=True, direction="en-ar"
    )
    assert fired(BY_CODE["D215"], english_first)
    same = Example(ar="تُعقد الجولة المقبلة في ١٤ أبريل.", en="The next round will be held on April 14th.", fails=False)
    assert fired(BY_CODE["D215"], same) == []
    assert _number_findings(same) == []


def test_a_date_with_a_year_is_not_paired_with_one_without() -> None:
    # The year on one side only is the year's figure to report, not a changed date.
    example = Example(ar="تُعقد الجولة المقبلة في ١٤ أبريل ٢٠٢٨.", en="The next round will be held on April 14.", fails=True)
    assert fired(BY_CODE["D215"], example) == []
    assert fired(BY_CODE["D201"], example)


def test_dates_without_a_year_are_read_only_with_a_month_name() -> None:
    assert [d.value for d in full_dates("The vote is on June 9.", "en")] == [(0, 6, 9)]
    assert [d.value for d in full_dates("صوّت المجلس في ٩ يونيو.", "ar")] == [(0, 6, 9)]
    assert full_dates("The score was 3/13 at half time.", "en") == []
    assert full_dates("From June 9-11 the port is shut.", "en") == []
    assert full_dates("On June 9, 40 people left.", "en") == []
    assert full_dates("The vote is on 31 June.", "en") == []


def _segment(index: int, text: str) -> Segment:
    return Segment(index, index, text)


def test_a_figure_in_the_neighbouring_unaligned_sentence_is_accounted_for() -> None:
    arabic = (_segment(0, "وستنتج الشركة ٣٠٠ ألف طن من القمح و٤٠ ألف طن من الشعير."),)
    english = (
        _segment(0, "The company will produce 300,000 tonnes of wheat."),
        _segment(1, "It will also grow 40,000 tonnes of barley."),
    )
    beads = [(Bead((0,), (0,)), arabic, english[:1]), (Bead((), (1,)), (), english[1:])]
    comparison = compare_beads(beads)[Bead((0,), (0,))]
    assert comparison.arabic_only == ()
    # Without the unaligned neighbour the figure is missing, as before.
    alone = compare_beads(beads[:1])[Bead((0,), (0,))]
    assert [x.quantity.value for x in alone.arabic_only] == [40000.0]
    # Another value in the neighbour accounts for nothing.
    other = (_segment(1, "It will also grow 45,000 tonnes of barley."),)
    different = compare_beads([beads[0], (Bead((), (1,)), (), other)])[Bead((0,), (0,))]
    assert [x.quantity.value for x in different.arabic_only] == [40000.0]


MEASURE_WORDS = (
    "ساعة",
    "ساعتين",
    "ونصف",
    "إلا ربعاً",
    "و٤٠ دقيقة",
    "نصف",
    "ربع",
    "هللة",
    "٪",
    "من",
    "السكان",
    "half",
    "an hour",
    "and a half",
    "minutes",
    "of the",
    "riyals",
    "cents",
    "$",
    "per cent",
    "15",
    "٣",
    "two",
    "ثلاث",
    "March",
    "مارس",
)


@given(texts(MEASURE_WORDS, st.text(max_size=6)), st.sampled_from(("ar", "en")))
def test_measures_and_dates_spans(text: str, lang: str) -> None:
    for m in measures(text, lang):
        assert 0 <= m.start < m.end <= len(text), (text, m)
    for d in full_dates(text, lang):
        assert 0 <= d.start < d.end <= len(text) and d.text == text[d.start : d.end], (text, d)


def test_a_range_of_days_written_two_ways_is_no_changed_date() -> None:
    for ar, en in (
        ("يستمر المعرض من ٣ إلى ١٣ مارس.", "The fair runs from March 3 to 13."),
        ("يستمر المعرض بين ٣ و١٣ مارس.", "The fair runs between 3 and 13 March."),
    ):
        example = Example(ar=ar, en=en, fails=False)
        assert fired(BY_CODE["D215"], example) == [], (ar, en)
        assert _number_findings(example) == [], (ar, en)
