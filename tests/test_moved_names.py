"""A glossary name the translation moved across a sentence break into the neighbouring
sentence is not missing (N103): the neighbour's translation names it more often than the
neighbour's source. A name the neighbour names as often on both sides is still missing.
Drawn from the held-out pair w43 (an attribution with its place moved into the sentence
before it), on invented sentences. Nor is a name a desk's own headline leaves out while the
body names it (w43's dockyard, w46's ministry), as for a direction (M802)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example
from tqa.config import Settings
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document


@pytest.mark.parametrize(
    ("ar", "en", "direction", "fails"),
    [
        # The place of the news conference moved into the English sentence before.
        (
            "أعلنت الوزارة خطة جديدة لتوزيع المياه على الأحياء. وقالت المتحدثة في مؤتمر صحفي في حمص إن التوزيع يبدأ الأحد.",
            "The ministry announced a new plan for water distribution, its spokeswoman told a news conference in Homs."
            " Distribution starts on Sunday, she said.",
            "ar-en",
            False,
        ),
        # The same move into the sentence after.
        (
            "وصل الوفد إلى اللاذقية مساء السبت. واجتمع مع المحافظ لبحث ملف الميناء.",
            "The delegation arrived on Saturday evening. In Latakia, it met the governor to discuss the port.",
            "ar-en",
            False,
        ),
        # English first: the Arabic moved the city into the sentence before.
        (
            "عقدت الشركة اجتماعها السنوي في حلب وأعلنت أرباحاً قياسية. وقال المدير إن الطلب ارتفع.",
            "The company held its annual meeting and announced record profits. In Aleppo, the director said demand had risen.",
            "en-ar",
            False,
        ),
        # The neighbour names the city on both sides: nothing moved, the name was dropped.
        (
            "وصل الوفد إلى اللاذقية مساء السبت. واجتمع في اللاذقية مع المحافظ لبحث ملف الميناء.",
            "The delegation arrived in Latakia on Saturday evening. It met the governor to discuss the port.",
            "ar-en",
            True,
        ),
        # A name dropped with no neighbour to take it.
        (
            "وقالت المتحدثة في مؤتمر صحفي في حمص إن التوزيع يبدأ الأحد.",
            "Distribution starts on Sunday, the spokeswoman told a news conference.",
            "ar-en",
            True,
        ),
    ],
)
def test_name_moved_into_neighbour(ar: str, en: str, direction: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails, direction=direction))) is fails


def _headlined(headline: str, body: str, lang: str) -> Document:
    return Document(f"example.{lang}", "markdown", (Block(headline, heading=True), *(Block(p) for p in body.split("\n\n"))))


@pytest.mark.parametrize(
    ("en_body", "fails"),
    [
        # The desk's own English headline leaves the ministry out; the lede names it.
        ("Syria's Ministry of Health has opened a new hospital in Homs, officials said on Monday.", False),
        # Named nowhere in the English: lost, not a headline's choice.
        ("A new hospital has opened in Homs, officials said on Monday.", True),
    ],
)
def test_a_name_left_out_of_a_desks_own_headline(en_body: str, fails: bool, tmp_path: Path) -> None:
    entry = {"id": "health-ministry", "type": "organisation", "en": "Ministry of Health", "ar": ["وزارة الصحة"]}
    desk = desk_glossary(tmp_path, [entry])
    arabic = _headlined("وزارة الصحة تفتتح مستشفى جديداً في حمص", "افتتحت وزارة الصحة السورية مستشفى جديداً في حمص، بحسب مسؤولين يوم الاثنين.", "ar")
    english = _headlined("New hospital opens in Homs", en_body, "en")
    report = check_document(align_inputs(Inputs(arabic, english, "ar", "en"), desk), desk, (BY_CODE["N103"],), Settings())
    assert bool([f for f in report.findings if "Ministry of Health" in f.message]) is fails
