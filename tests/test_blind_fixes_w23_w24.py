"""Fixes drawn from the blind pairs w23-w24, on invented sentences: a sentence an editor
moved far from its place (O301, O302), a translated sentence paired with the sentence
added after it because the lexicon lacked its words (authority, expansion, downturn),
and an added paragraph hidden in a merge with its neighbour (O302, D202)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.align.unrelated import split_unrelated_merges
from tqa.checks.base import Example
from tqa.model import Segment
from tqa.text.evidence import SentenceFeatures, sentence_features


def _fired(codes: tuple[str, ...], ar: list[str], en: list[str], direction: str = "ar-en") -> list[str]:
    """The findings of `codes` on two articles given as paragraphs."""
    example = Example(ar="\n\n".join(ar), en="\n\n".join(en), fails=False, direction=direction)
    return [f"{code}: {m}" for code in codes for m in fired(BY_CODE[code], example)]


# --- A sentence moved far from its place ---------------------------------------------

PORT_AR = [
    "أعلنت شركة الموانئ الوطنية يوم الثلاثاء أنها وقعت عقدا لتوسيع ميناء الحاويات الجنوبي بتكلفة 640 مليون دولار.",
    "وقال المدير العام للشركة إن الأشغال ستبدأ في الربيع المقبل وستستمر ثلاث سنوات.",
    "وأضاف أن الطاقة الاستيعابية للميناء سترتفع إلى مليوني حاوية سنويا.",
    "وستتولى مجموعة نرويجية تشغيل الرصيف الجديد لمدة خمس وعشرين سنة.",
    "ويعاني الميناء منذ سنوات من ازدحام السفن التي تنتظر أحيانا أسبوعا كاملا قبل تفريغ حمولتها.",
    "ويشكو المصدرون من أن التأخير يرفع تكاليف النقل ويضعف قدرتهم على المنافسة.",
    "وارتفع سهم مجموعة «هالفورسن» بنسبة 3.7 في المئة في بورصة أوسلو بعد الإعلان.",
]
PORT_EN = [
    "The national ports company said on Tuesday it had signed a $640 million contract to expand the southern container port.",
    "The company's director general said work would begin next spring and last three years.",
    "He said the port's capacity would rise to two million containers a year.",
    "A Norwegian group will operate the new quay for 25 years.",
    "Shares in the Halvorsen group rose 3.7% on the Oslo stock exchange after the announcement.",
    "The port has for years suffered from congestion, with ships sometimes waiting a whole week before unloading.",
    "Exporters complain that the delays raise transport costs and weaken their ability to compete.",
]


def test_a_sentence_moved_far_from_its_place_is_neither_dropped_nor_added() -> None:
    assert _fired(("O301", "O302"), PORT_AR, PORT_EN) == []


def test_a_dropped_and_an_added_sentence_naming_the_same_company_are_both_reported() -> None:
    # One kind of evidence in common (the company's name), and different figures: the
    # English dropped one sentence about Halvorsen and wrote another.
    arabic = PORT_AR[:-1] + ["وقال متحدث باسم «هالفورسن» إن المجموعة ستوظف 300 عامل في الميناء."]
    english = PORT_EN[:4] + ["Halvorsen was founded in Bergen in 1921 and runs terminals in six countries."] + PORT_EN[5:]
    found = _fired(("O301", "O302"), arabic, english)
    assert len(found) == 2 and found[0].startswith("O301") and found[1].startswith("O302")


# --- The lexicon's words of a translated sentence (cases in tests/test_lexicon.py) ----------

HARBOUR_EN = [
    "Container traffic through the port of Tartus fell by a third last year as shipping lines cut calls, the transport ministry said on Sunday.",
    "Grain imports held steady at about 2 million tonnes, helped by lower freight rates.",
]
HARBOUR_AR = [
    "وقالت وزارة النقل يوم الأحد إن حركة الحاويات عبر مرفأ طرطوس تراجعت بمقدار الثلث العام الماضي مع تقليص خطوط الشحن رحلاتها.",
    "واستقرت واردات الحبوب عند نحو مليوني طن، بفضل انخفاض أسعار الشحن.",
]


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("The authority has kept up the expansion of the quays despite the downturn.", "وواصلت الهيئة توسعة الأرصفة رغم التراجع."),
        ("The authorities have kept up the expansion of the quays despite the downturn.", "وواصلت السلطات توسعة الأرصفة رغم التراجع."),
    ],
)
def test_a_short_translation_keeps_its_sentence_when_a_longer_one_is_added_after_it(english: str, arabic: str) -> None:
    # The added Arabic sentence is nearer the English in length; the words decide.
    added = "وأكد مسؤولون أن خطط التحديث لن تتوقف مهما كانت الصعوبات."
    english_paragraph = english + " A new crane terminal opened in March, the first in 20 years."
    arabic_paragraph = f"{arabic} {added} وافتتحت في مارس محطة رافعات جديدة هي الأولى منذ 20 عاما."
    found = _fired(("O302",), [*HARBOUR_AR, arabic_paragraph], [*HARBOUR_EN, english_paragraph], direction="en-ar")
    assert len(found) == 1 and "خطط التحديث" in found[0]


# --- An added paragraph hidden in a merge ----------------------------------------------

SALES_AR = [
    "أعلنت شركة الإسمنت الوطنية يوم الاثنين أن مبيعاتها في السوق المحلية ارتفعت بنسبة 9 في المئة خلال النصف الأول من العام.",
    "وبلغت إيرادات الشركة في الفترة الممتدة من يناير إلى يونيو 410 ملايين دولار، مقابل 365 مليون دولار في الفترة نفسها من العام الماضي.",
    "وقال المدير العام للشركة إن توسعة مصنع الشمال ستنتهي قبل نهاية العام، مما سيرفع طاقته الإنتاجية.",
    "وأضاف أن الشركة تدرس دخول أسواق جديدة في غرب أفريقيا.",
    "ويتوقع محللون أن يستمر الطلب على الإسمنت في النمو مع تسارع مشاريع البنية التحتية.",
    "وتراجعت أسعار الطاقة خلال الأشهر الماضية، ما خفف الضغط على هوامش أرباح المصنعين.",
]
SALES_EN = [
    "The national cement company said on Monday its sales in the domestic market rose 9% in the first half of the year.",
    "Revenue for January-June reached $410m, against $365m a year earlier.",
    "Brokers had forecast a rise of about 6%.",
    "The company's director general said the expansion of the northern plant would be finished by the end of the year, raising its output.",
    "He said the company was studying entry into new markets in West Africa.",
    "Analysts expect demand for cement to keep growing as infrastructure projects speed up.",
    "Energy prices have fallen in recent months, easing pressure on manufacturers' margins.",
]


def test_an_added_paragraph_with_a_figure_of_its_own_is_not_merged_into_its_neighbour() -> None:
    found = _fired(("O302", "D202"), SALES_AR, SALES_EN)
    assert len(found) == 1 and found[0].startswith("O302") and "Brokers had forecast" in found[0]


def _features(text: str, lang: str, paragraph: int) -> SentenceFeatures:
    return sentence_features([Segment(0, paragraph, text)], lang, None)[0]


@pytest.mark.parametrize(("paragraph", "split"), [(1, True), (0, False)])
def test_a_merged_sentence_is_split_off_only_across_a_paragraph_break(paragraph: int, split: bool) -> None:
    # Within one paragraph a piece of the translation whose only figure was changed
    # (2029 written 2030) shares nothing with its source either: it is the translation.
    source = [_features("وستشتري الشركة مليوني طن من الكلنكر سنويا لمدة 15 عاما، على أن تبدأ الشحنات في 2029.", "ar", 0)]
    target = [
        _features("The company will buy two million tonnes of clinker a year for 15 years.", "en", 0),
        _features("Shipments are due to begin in 2030.", "en", paragraph),
    ]
    path, scores = split_unrelated_merges([(0, 1, 0, 2)], [0.9], source, target)
    assert path == ([(0, 1, 0, 1), (1, 0, 1, 1)] if split else [(0, 1, 0, 2)])
    assert scores == [0.9] * len(path)
