"""U402 and code quoted in an article (new-user review 12): markup and a function call
copied into the Arabic as the source quotes them are in no language, so no translator
translates them; English prose copied beside them is still text left untranslated.
Invented sentences."""

from __future__ import annotations

import pytest

from tqa.checks import ALL_CHECKS
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.links import blank_code

_HOUSE = load_glossaries([])
_U402 = next(c for c in ALL_CHECKS if c.code == "U402")

_EN = (
    "The ministry's new portal crashed on its first day. "
    "A student showed the flaw by typing <b onclick=steal()>hello</b> into the search box. "
    "Engineers fixed it within hours."
)
_AR = (
    "تعطلت البوابة الجديدة للوزارة في يومها الأول. "
    "وكشف طالب الثغرة بكتابة <b onclick=steal()>hello</b> في خانة البحث. "
    "وأصلح المهندسون الخلل خلال ساعات."
)


def _messages(ar: str, en: str = _EN) -> list[str]:
    english = Document("example.en", "text", (Block(en),))
    arabic = Document("example.ar", "text", (Block(ar),))
    report = check_document(align_inputs(Inputs(english, arabic, "en", "ar"), _HOUSE), _HOUSE, (_U402,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.message for f in report.findings]


@pytest.mark.parametrize(
    "arabic",
    [
        _AR,
        _AR.replace("<b onclick=steal()>hello</b>", "<iframe src=page width=0></iframe>"),
        _AR.replace("<b onclick=steal()>hello</b>", "<script>console_log(document.cookie)</script>"),
        _AR.replace("<b onclick=steal()>hello</b>", "reset_password()"),
    ],
    ids=["tag-and-text", "tag-attributes", "call-inside-tags", "call"],
)
def test_quoted_code_is_not_text_left_untranslated(arabic: str) -> None:
    en = _EN.replace("<b onclick=steal()>hello</b>", arabic.split("بكتابة ")[1].split(" في خانة")[0])
    assert _messages(arabic, en) == []


@pytest.mark.parametrize(
    ("arabic", "words"),
    [
        # Prose copied from the source beside code is still not translated.
        (_AR.replace("في خانة البحث", "into the search box"), "into the search box"),
        (_AR.replace("وأصلح المهندسون الخلل", "وأصلح engineers fixed it"), "engineers fixed it"),
        # A gloss written with no bracket between prose words is no call: "building(s)" is letters.
        (_AR.replace("الخلل خلال", "the broken building(s) خلال"), "the broken building"),
    ],
    ids=["prose-beside-code", "prose-elsewhere", "plural-in-brackets"],
)
def test_english_prose_beside_code_is_still_reported(arabic: str, words: str) -> None:
    assert any(f"«{words}" in message for message in _messages(arabic)), _messages(arabic)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("<script>alert(2)</script> نص", " نص"),
        ("x < y و y > z", "x < y و y > z"),  # comparison signs, no tag
        ("البناء (build)", "البناء (build)"),  # a gloss: a space before the bracket
        ("the word(s) here", "the word(s) here"),  # letters only in the brackets
        ("field user_id set", "field  set"),
    ],
)
def test_blank_code_keeps_offsets_and_prose(text: str, kept: str) -> None:
    blanked = blank_code(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == " ".join(kept.split())
