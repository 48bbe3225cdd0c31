"""U402 on one lowercase English word left in an Arabic translation (invented sentences)."""

from __future__ import annotations

import pytest

from tqa.checks import ALL_CHECKS
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document

_HOUSE = load_glossaries([])
_U402 = next(c for c in ALL_CHECKS if c.code == "U402")

_EN = "The refinery signed new supply contracts on Tuesday. The port handles about four million tonnes a year."
_AR = "وقّعت المصفاة عقود توريد جديدة يوم الثلاثاء. ويتعامل الميناء مع نحو أربعة ملايين طن سنوياً."


def _messages(ar: str, en: str = _EN) -> list[str]:
    english = Document("example.en", "text", tuple(Block(p) for p in en.split("\n\n")))
    arabic = Document("example.ar", "text", tuple(Block(p) for p in ar.split("\n\n")))
    report = check_document(align_inputs(Inputs(english, arabic, "en", "ar"), _HOUSE), _HOUSE, (_U402,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("arabic", "word"),
    [
        (_AR.replace("عقود توريد", "عقود supply"), "supply"),
        (_AR.replace("الميناء", "الميناء terminal"), "terminal"),
        (_AR.replace("ويتعامل الميناء", "ويعاني الميناء من bottleneck ويتعامل"), "bottleneck"),
    ],
    ids=["after-a-noun", "after-the-subject", "mid-sentence"],
)
def test_one_ordinary_english_word_left_in_the_arabic_is_reported(arabic: str, word: str) -> None:
    assert _messages(arabic) == [f"English words left in the Arabic: «{word}»; translate them"]


@pytest.mark.parametrize(
    "arabic",
    [
        _AR,
        _AR.replace("عقود توريد", "عقود توريد (supply)"),  # a gloss in brackets
        _AR.replace("أربعة ملايين طن", "أربعة mtpa"),  # a unit
        _AR.replace("جديدة", "جديدة، وأصل الكلمة اللاتيني civilis"),  # a Latin word quoted
        _AR.replace("المصفاة", "شركة zentrix"),  # a brand in lowercase, in no English word list
        _AR.replace("جديدة", "جديدة عبر @harbour"),  # a handle
        _AR.replace("جديدة", "جديدة في harbour.pdf"),  # a file name
        _AR.replace("جديدة", "جديدة مع the"),  # too short to be sure
    ],
    ids=["clean", "gloss", "unit", "latin", "brand", "handle", "file", "short"],
)
def test_names_glosses_units_and_foreign_words_are_not_reported(arabic: str) -> None:
    assert _messages(arabic) == []


def test_a_word_the_source_writes_as_a_name_is_not_reported() -> None:
    en = _EN.replace("The refinery", "The Harbour refinery")
    assert _messages(_AR.replace("المصفاة", "مصفاة harbour"), en) == []
