"""Fixes drawn from the held-out pairs w40-w42 (numbers and lengths), on invented
sentences: an equal split ("a 50-50 venture", «مناصفة») is one share of 50, not two
figures; two findings that quote the same evidence have two fingerprints; an ordinal that
names an hour («العاشرة صباحاً», "10 a.m.") is as definite as the figure; a byline of a few
words («مراسلنا» for "By our correspondent") is no sentence whose length is judged."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, HOUSE, document, fired
from tqa.checks import run_checks
from tqa.checks.base import CheckContext, Example
from tqa.checks.fingerprint import fingerprint
from tqa.pipeline import Inputs, align_inputs

_VENTURE = "The port is run by a 50-50 joint venture between the government and a private group."


@pytest.mark.parametrize(
    ("ar", "en", "missing"),
    [
        ("تدير الميناء شركة هي مشروع مشترك مناصفة بين الحكومة ومجموعة خاصة.", _VENTURE, 0),
        ("تدير الميناء شركة يملكها بالمناصفة كل من الحكومة ومجموعة خاصة.", _VENTURE, 0),
        ("تدير الميناء شركة يملكها بالتساوي كل من الحكومة ومجموعة خاصة.", _VENTURE, 0),
        ("تدير الميناء شركة يملك كل من الحكومة ومجموعة خاصة ٥٠٪ منها.", _VENTURE, 0),
        ("تدير الميناء شركة هي مشروع مشترك مناصفة بين الحكومة ومجموعة خاصة.", _VENTURE.replace("50-50", "fifty-fifty"), 0),
        # The split lost: both figures are missing, as before.
        ("تدير الميناء شركة هي مشروع مشترك بين الحكومة ومجموعة خاصة.", _VENTURE, 2),
        # A 50-50 split is no other share: 60-40 stays two figures.
        ("تدير الميناء شركة هي مشروع مشترك مناصفة بين الحكومة ومجموعة خاصة.", _VENTURE.replace("50-50", "60-40"), 2),
    ],
)
def test_an_equal_split_is_one_share_of_fifty(ar: str, en: str, missing: int) -> None:
    example = Example(ar=ar, en=en, fails=bool(missing), direction="en-ar")
    assert len(fired(BY_CODE["D201"], example)) == missing


def test_two_findings_with_the_same_evidence_have_two_fingerprints() -> None:
    arabic, english = document("تدير الميناء شركة هي مشروع مشترك بين الحكومة ومجموعة خاصة.", "ar"), document(_VENTURE, "en")
    doc = align_inputs(Inputs(english, arabic, "en", "ar"), HOUSE)
    findings = run_checks(CheckContext(doc, HOUSE), (BY_CODE["D201"],))
    assert [f.source.text for f in findings if f.source] == ["50", "50"]
    first, second = (f.fingerprint for f in findings)
    assert first != second
    # The first keeps the fingerprint it always had: only the repeat is new.
    assert first == fingerprint("D201", _VENTURE, None, "50\x1e")


_SHOPS = "وقال التاجر إن المتاجر تغلق عند {}."


@pytest.mark.parametrize(
    ("hour", "en", "code", "fails"),
    [
        # An hour the English drops is a dropped figure, as "10 a.m." dropped is.
        ("الساعة العاشرة صباحاً", "The trader said the shops close in the morning.", "D201", True),
        ("الساعة العاشرة صباحاً", "The trader said the shops close at 10 a.m.", "D201", False),
        ("العاشرة صباحاً", "The trader said the shops close at 10am.", "D201", False),
        ("الساعة الثامنة", "The trader said the shops close at eight o'clock.", "D201", False),
        # Changed, it is a changed figure, not a figure added and another dropped.
        ("العاشرة صباحاً", "The trader said the shops close at 9 a.m.", "D203", True),
        ("الحادية عشرة ليلاً", "The trader said the shops close at 10 p.m.", "D203", True),
        ("الحادية عشرة ليلاً", "The trader said the shops close at 11 p.m.", "D203", False),
        # One o'clock is «الواحدة», not the ordinal «الأولى».
        ("الواحدة فجراً", "The trader said the shops close at 1 a.m.", "D201", False),
        ("الواحدة فجراً", "The trader said the shops close at 2 a.m.", "D203", True),
        # The first hour of something is no clock time: an ordinal, soft as before.
        ("الساعة الأولى من التداول", "The trader said the shops close in early trading.", "D201", False),
        ("المرة الثالثة", "The trader said the shops close once more.", "D201", False),
    ],
)
def test_an_ordinal_that_names_an_hour_is_the_figure(hour: str, en: str, code: str, fails: bool) -> None:
    example = Example(ar=_SHOPS.format(hour), en=en, fails=fails)
    assert bool(fired(BY_CODE[code], example)) is fails


_WHEAT_EN = """By our correspondent

The ministry said on Monday that wheat prices had risen by a tenth over the past month.

Bakers in the city said they had cut the size of the bread bundle to keep the price unchanged.

A bag of flour now costs twice what it cost at the start of the year, traders said.

The government has promised to import more grain from the Black Sea ports before winter.

Farmers say the dry spring cut the harvest in the eastern provinces by nearly half.

Aid agencies warned that poor families were already skipping meals to save money."""
_WHEAT_AR = """مراسلنا

قالت الوزارة يوم الاثنين إن أسعار القمح ارتفعت بمقدار العُشر خلال الشهر الماضي.

وقال خبازون في المدينة إنهم قلّصوا حجم ربطة الخبز للإبقاء على سعرها دون تغيير.

وبات كيس الطحين يكلف الآن ضعف ما كان يكلفه في بداية العام، بحسب تجار.

ووعدت الحكومة باستيراد مزيد من الحبوب من موانئ البحر الأسود قبل الشتاء.

ويقول مزارعون إن الربيع الجاف قلّص المحصول في المحافظات الشرقية بنحو النصف.

وحذرت وكالات الإغاثة من أن العائلات الفقيرة باتت تتخلى عن وجبات لتوفير المال."""


@pytest.mark.parametrize("byline", ["By our correspondent", "By staff reporter", "*By our correspondent*"])
def test_a_byline_is_no_sentence_cut_short(byline: str) -> None:
    en = _WHEAT_EN.replace("By our correspondent", byline)
    assert fired(BY_CODE["O303"], Example(ar=_WHEAT_AR, en=en, fails=False, direction="en-ar")) == []
