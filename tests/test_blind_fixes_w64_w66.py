"""Fixes drawn from the false alarms of the blind pairs w64-w66, each on invented sentences
(never those articles' words): an Arabic dateline that sets its place off by a dash and
closes its date with a colon; a period counted after its noun («السنوات الخمس الماضية»)
that the translation writes in figures; a weekday after «يوم» without its article
(«كل يوم خميس», every Thursday); a surname that is a compass word, as a verb's subject."""

from __future__ import annotations

from tests.example_runs import fired
from tests.test_blind_fixes_w13 import BY_CODE, _both_ways
from tqa.checks.base import Example
from tqa.text.dates import date_names, dateline_end


def test_an_arabic_dateline_may_use_a_dash_and_a_colon() -> None:
    arabic = "صلالة - 14 أكتوبر 2026: افتتحت البلدية 12 حديقة جديدة."
    assert arabic[: dateline_end(arabic, "ar")] == "صلالة - 14 أكتوبر 2026: "
    english = "SALALAH, Oman, Oct 14 - The municipality opened 12 new parks."
    assert _both_ways(arabic, english) == []
    # A figure of the story after the dateline is still compared.
    assert _both_ways("صلالة - 14 أكتوبر 2026: افتتحت البلدية 21 حديقة جديدة.", english) != []
    # A sentence that merely mentions a date before a colon is not a dateline.
    assert dateline_end("وقال المسؤول إن 14 شخصاً أصيبوا في 3 مايو: بحسب الوزارة.", "ar") == 0
    assert dateline_end("أعلن الوزير، 14 مايو، أن: الخطة جاهزة.", "ar") == 0


def test_a_period_counted_after_its_noun_is_the_translations_figure() -> None:
    for ar, en in (
        ("ارتفع الإنتاج فوق المتوسط المسجل خلال السنوات الخمس الماضية.", "Output rose above the 5-year average."),
        ("بلغت المبيعات في الأشهر التسعة الأولى مليون طن.", "Sales in the first 9 months reached one million tonnes."),
    ):
        assert _both_ways(ar, en) == [], (ar, en)
    # The period is soft: a translation that gives it another way needs no figure.
    assert _both_ways("بلغت المبيعات في الأشهر التسعة الأولى مليون طن.", "Sales reached one million tonnes in January-September.") == []
    # Another figure in the translation is still a figure the source lacks.
    assert _both_ways("ارتفع الإنتاج فوق المتوسط المسجل خلال السنوات الخمس الماضية.", "Output rose above the 7-year average.") != []


def test_a_weekday_after_yawm_may_go_without_its_article() -> None:
    weekly = Example(
        ar="تفتح المكتبة أبوابها كل يوم خميس حتى المساء.",
        en="The library opens every Thursday until the evening.",
        fails=False,
        direction="en-ar",
    )
    assert not fired(BY_CODE["D213"], weekly)
    assert [d.number for d in date_names("تفتح المكتبة كل يوم سبت.", "ar")] == [6]
    # Another day is still a changed day; «يوم أحد» is as often "a day of one of".
    changed = Example(ar="تفتح المكتبة كل يوم سبت.", en="The library opens every Thursday.", fails=True)
    assert fired(BY_CODE["D212"], changed)
    assert date_names("احتفلوا في يوم أحد الأعياد الوطنية.", "ar") == []


def test_a_compass_surname_after_a_verb_is_the_person() -> None:
    pronoun = Example(
        ar="وأكد الحرفي سامي الشرقي أن الطلب تراجع. وطالب الشرقي بدعم حكومي للورش الصغيرة.",
        en="Craftsman Sami Sharqi said demand had fallen. He asked for government support for small workshops.",
        fails=False,
    )
    assert not fired(BY_CODE["M802"], pronoun)
    # A bearing after its noun is still one to keep.
    dropped = Example(ar="وطالب السكان بإصلاح الطريق الشرقي.", en="Residents asked for the road to be repaired.", fails=True)
    assert fired(BY_CODE["M802"], dropped)


def test_evidence_across_a_sentence_boundary_is_located_where_it_starts() -> None:
    from tqa.model import Article, Segment
    from tqa.scoring.defects import locate

    segments = (Segment(0, 0, "Will the bridge hold?"), Segment(1, 0, "Nobody knows."))
    article = Article("x.en.txt", "en", "txt", segments)
    found = locate(article, "hold? Nobody")
    assert found is not None and (found.segment, segments[0].text[found.start : found.end]) == (0, "hold?")
    assert locate(article, "hold? Everybody") is None
