"""Fixes drawn from the blind pairs w8-w9, each on invented sentences (never those articles' words)."""

from __future__ import annotations

from pathlib import Path

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

_AUTHORITY = {
    "id": "sinjar-water-authority",
    "type": "organisation",
    "en": "Sinjar Water Authority",
    "ar": ["هيئة مياه سنجار"],
}
_DAM = {"id": "wadi-zabid-dam", "type": "place", "en": "Zabid storage dam", "ar": ["سد زبيد"]}


def test_an_organisation_named_then_referred_to_by_what_it_is(tmp_path: Path) -> None:
    # «هيئة المياه» / «الهيئة» after «هيئة مياه سنجار»: the Arabic refers back as news does.
    desk = desk_glossary(tmp_path, [_AUTHORITY])
    en = (
        "The Sinjar Water Authority said on Monday that tanker deliveries would resume.\n\n"
        "The Sinjar Water Authority blamed a broken pump for the cuts.\n\n"
        "Sinjar Water Authority engineers began repairs on Tuesday."
    )
    ar = (
        "قالت هيئة مياه سنجار يوم الاثنين إن توزيع المياه بالصهاريج سيستأنف.\n\n"
        "وحمّلت الهيئة عطلا في مضخة مسؤولية الانقطاع.\n\n"
        "وبدأ مهندسو هيئة المياه أعمال الإصلاح يوم الثلاثاء."
    )
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=False, direction="en-ar"), desk) == []


def test_a_head_noun_before_the_name_is_given_is_not_the_name(tmp_path: Path) -> None:
    # The first sentence says «الهيئة» before the Arabic has named the authority at all.
    desk = desk_glossary(tmp_path, [_AUTHORITY])
    en = "The Sinjar Water Authority said on Monday that tanker deliveries would resume."
    ar = "قالت الهيئة يوم الاثنين إن توزيع المياه بالصهاريج سيستأنف."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=True, direction="en-ar"), desk)
    # Another body of the same kind is not this one, named before or not.
    other = "قالت هيئة مياه سنجار إن المياه ستعود.\n\nوقالت هيئة الكهرباء إن الانقطاع سيستمر."
    english = "The Sinjar Water Authority said water would return.\n\nThe Sinjar Water Authority said the cuts would go on."
    assert fired(BY_CODE["N103"], Example(ar=other, en=english, fails=True, direction="en-ar"), desk)


def test_a_place_by_its_own_name_word_with_its_kind_reworded(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_DAM])
    # "the Zabid dam" and "the Zabid water storage dam": Zabid is the name, the rest says what it is.
    for en in ("Rains filled the Zabid dam last week.", "Rains filled the Zabid water storage dam last week."):
        example = Example(ar="ملأت الأمطار سد زبيد الأسبوع الماضي.", en=en, fails=False)
        assert fired(BY_CODE["N103"], example, desk) == []
    dropped = Example(ar="ملأت الأمطار سد زبيد الأسبوع الماضي.", en="Rains filled the dam last week.", fails=True)
    assert fired(BY_CODE["N103"], dropped, desk)


def test_a_place_referred_to_as_the_dam_once_named(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, [_DAM])
    ar = "ملأت الأمطار سد زبيد الأسبوع الماضي.\n\nويروي سد زبيد نحو ثلاثة آلاف هكتار."
    named = "Rains filled the Zabid storage dam last week.\n\nThe dam irrigates some 3,000 hectares."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=named, fails=False), desk) == []
    # A name that is all name (no kind noun) has no such short form.
    port = {"id": "mukalla", "type": "place", "en": "Mukalla", "ar": ["المكلا"]}
    desk = desk_glossary(tmp_path, [port])
    ar = "وصلت السفينة إلى المكلا.\n\nوقال مسؤول في المكلا إن الشحنة سليمة."
    en = "The ship reached Mukalla.\n\nAn official at the port said the cargo was intact."
    assert fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=True), desk)


def test_a_figure_converted_with_its_unit_is_the_same_amount() -> None:
    # The translator gives the reader tonnes, hectares and miles; the figure moves with the unit.
    for ar, en in (
        ("حصد المزارعون ٣٥ قنطاراً من الزيتون.", "Farmers picked 3.5 tonnes of olives."),
        ("زُرع ٤٠٠ دونم بالقمح.", "Some 40 hectares were sown with wheat."),
        ("يمتد الطريق ١٦٠ كيلومتراً.", "The road runs for 100 miles."),
    ):
        example = Example(ar=ar, en=en, fails=False)
        assert fired(BY_CODE["D203"], example) == [], (ar, en)
        assert fired(BY_CODE["D201"], example) == [], (ar, en)


def test_a_figure_changed_beside_a_unit_change_is_still_reported() -> None:
    # 35 quintals are 3.5 tonnes, not 3.2; 160 km are about 100 miles, not 160 miles or 60.
    for ar, en in (
        ("حصد المزارعون ٣٥ قنطاراً من الزيتون.", "Farmers picked 3.2 tonnes of olives."),
        ("حصد المزارعون ٣٥ قنطاراً من الزيتون.", "Farmers picked 3.5 quintals of olives."),
        ("يمتد الطريق ١٦٠ كيلومتراً.", "The road runs for 60 miles."),
    ):
        assert fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=True)), (ar, en)


def test_a_compound_number_in_words_is_read_whole() -> None:
    # «ألف وثلاثمئة» is 1,300 and «ثلاثة آلاف ومئتا» 3,200: not a soft thousand and a stray hundred.
    for ar, en in (
        ("وسجلت المدارس ألفاً وثلاثمئة طالب جديد.", "Schools enrolled 1,300 new pupils."),
        ("ووصل ثلاثة آلاف ومئتا لاجئ إلى المخيم.", "Some 3,200 refugees reached the camp."),
        ("وبلغ عدد الزوار مليوناً وخمسمائة ألف زائر.", "Visitors numbered 1.5 million."),
    ):
        example = Example(ar=ar, en=en, fails=False)
        assert fired(BY_CODE["D201"], example) == [], ar
        assert fired(BY_CODE["D203"], example) == [], ar
    changed = Example(ar="وسجلت المدارس ألفاً وثلاثمئة طالب جديد.", en="Schools enrolled 1,500 new pupils.", fails=True)
    assert fired(BY_CODE["D203"], changed)


_QUOTE_EN = """The port of Tripoli reopened its grain terminal on Sunday after three months of repairs.

The terminal can now unload 4,000 tonnes of wheat a day, the port authority said.

"We have kept every promise Tunis made. We rebuilt the silos, we trained the crews, and still the ships do not come," Haddad told reporters in Benghazi.

"Our workers are not waiting for charity."

Traders said freight costs had risen by 30 percent since the summer.

The government plans to import 600,000 tonnes of wheat next year."""
_QUOTE_AR = """أعادت هيئة ميناء طرابلس يوم الأحد فتح محطة الحبوب بعد ثلاثة أشهر من أعمال الإصلاح.

وقالت هيئة الميناء إن المحطة باتت قادرة على تفريغ ٤ آلاف طن من القمح يوميا.

وقال حداد للصحفيين في بنغازي: "وفينا بكل وعود تونس. أعدنا بناء الصوامع ودربنا الطواقم، ومع ذلك لا تأتي السفن إلينا.

"إن عمالنا لا ينتظرون الصدقة".

وقال تجار إن تكاليف الشحن ارتفعت بنسبة ٣٠ في المئة منذ الصيف.

وتعتزم الحكومة استيراد ٦٠٠ ألف طن من القمح العام المقبل."""
_QUOTE_DESK = [
    {"id": "salem-haddad", "type": "person", "en": "Salem Haddad", "ar": ["سالم حداد"]},
    {"id": "benghazi", "type": "place", "en": "Benghazi", "ar": ["بنغازي"]},
]


def test_a_quotation_cut_at_its_full_stop_with_the_attribution_moved_is_translated(tmp_path: Path) -> None:
    # English: «"A. B," Haddad told reporters in Benghazi.»; Arabic: «وقال حداد ... في بنغازي: "A. B.»
    # The names of the attribution pair the second English sentence with both Arabic ones.
    desk = desk_glossary(tmp_path, _QUOTE_DESK)
    example = Example(ar=_QUOTE_AR, en=_QUOTE_EN, fails=False, direction="en-ar")
    assert fired(BY_CODE["O301"], example, desk) == []


def test_the_first_sentence_of_a_quotation_dropped_is_still_an_omission(tmp_path: Path) -> None:
    desk = desk_glossary(tmp_path, _QUOTE_DESK)
    cut = _QUOTE_AR.replace("وفينا بكل وعود تونس. ", "")
    assert fired(BY_CODE["O301"], Example(ar=cut, en=_QUOTE_EN, fails=True, direction="en-ar"), desk)


def test_an_unclosed_quotation_says_how_far_it_may_run() -> None:
    # The mark is shown; the message names the last sentence the quotation runs on into.
    ar = "وقال الوزير: «لن نرفع الأسعار هذا العام. سنحمي المستهلكين».\n\nوقال التجار إن الطلب تراجع."
    en = 'The minister said: "We will not raise prices this year. We will protect consumers.\n\nTraders said demand had fallen.'
    (message,) = fired(BY_CODE["P501"], Example(ar=ar, en=en, fails=True))
    assert "at the latest after «…will protect consumers.»" in message
    # A sentence of the writer's ("He added that ...") ends the quotation's run: it closes in its own sentence.
    en = 'The minister said: "We will not raise prices this year. He added that consumers would be protected.\n\nTraders said demand had fallen.'
    (message,) = fired(BY_CODE["P501"], Example(ar=ar, en=en, fails=True))
    assert "at the latest after «…prices this year.»" in message


def test_a_word_that_shares_a_stem_with_the_name_word_is_not_the_name(tmp_path: Path) -> None:
    # "Kurdish" is not "Kurdistan": the Kurdistan Regional Government is not in this sentence.
    krg = {"id": "krg", "type": "organisation", "en": "Kurdistan Regional Government", "ar": ["حكومة إقليم كردستان"]}
    desk = desk_glossary(tmp_path, [krg])
    example = Example(
        ar="وقالت حكومة إقليم كردستان إن الرواتب ستصرف الخميس.",
        en="Kurdish officials said salaries would be paid on Thursday.",
        fails=True,
    )
    assert fired(BY_CODE["N103"], example, desk)
