"""Fixes drawn from the blind pairs w23-w24, on invented sentences: a translated sentence
paired with the sentence added after it because the lexicon lacked its words (authority,
expansion, downturn)."""

from __future__ import annotations

import pytest

from tests.example_runs import fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.lang.lexicon import arabic_concepts, english_concepts

BY_CODE = {c.code: c for c in ALL_CHECKS}


def _fired(codes: tuple[str, ...], ar: list[str], en: list[str], direction: str = "ar-en") -> list[str]:
    """The findings of `codes` on two articles given as paragraphs."""
    example = Example(ar="\n\n".join(ar), en="\n\n".join(en), fails=False, direction=direction)
    return [f"{code}: {m}" for code in codes for m in fired(BY_CODE[code], example)]


# --- The lexicon's words of a translated sentence ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "concept", "expected"),
    [
        ("the port authority", "en", "w:authorit", True),
        ("local authorities", "en", "w:authorit", True),
        ("السلطات المحلية", "ar", "w:authorit", True),
        ("هيئة الطيران المدني", "ar", "w:authorit", True),
        # A sultanate (سلطنة) is no authority; an authority is no author, pressure no press.
        ("سلطنة عمان", "ar", "w:authorit", False),
        ("the port authority", "en", "w:author", False),
        ("the author of the report", "en", "w:author", True),
        ("under pressure", "en", "w:press", False),
        ("the government pressed ahead", "en", "w:press", False),
        ("the foreign press", "en", "w:press", True),
        ("plans to expand the airport", "en", "w:expan", True),
        ("توسيع المطار", "ar", "w:expan", True),
        ("the economic downturn", "en", "w:decrease", True),
    ],
)
def test_news_words_of_authority_expansion_and_decline(text: str, lang: str, concept: str, expected: bool) -> None:
    found = arabic_concepts(text) if lang == "ar" else english_concepts(text)
    assert (concept in found) is expected


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
