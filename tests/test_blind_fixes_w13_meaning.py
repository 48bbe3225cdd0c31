"""Fixes drawn from the blind pairs w13-w15 (issue #11), on invented sentences:
directions compared place by place, a direction left out of a headline, Arabic
quotations opened with a straight or curly double quote, and a preposition before
a place name that begins with the same word (In In Salah)."""

from __future__ import annotations

import pytest
from example_runs import HOUSE, fired

from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check, Example
from tqa.config import Settings
from tqa.glossary.model import Glossary
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.bearings import bears_on
from tqa.text.directions import directions


def _check(code: str) -> Check:
    return next(c for c in ALL_CHECKS if c.code == code)


M801, M802 = _check("M801"), _check("M802")


# --- Directions, place by place ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("The depot lies 30 km east of Hama, near the eastern town of Salamiyah.", "en", [("east", "Hama"), ("eastern", "Salamiyah")]),
        ("Aid reached Daraa's western countryside and north-east Syria.", "en", [("western", "Daraa"), ("north-east", "Syria")]),
        ("Troops moved north on Monday along the northern border.", "en", [("north", None), ("northern", None)]),
        ("The wells lie in the southern outskirts of Deir ez-Zor.", "en", [("southern", "Deir ez-Zor")]),
        ("يقع المستودع شرق حماة، قرب بلدة السلمية الشرقية.", "ar", [("شرق", "حماة"), ("الشرقية", "السلمية")]),
        ("وصلت المساعدات إلى ريف درعا الغربي وشمال شرق سوريا.", "ar", [("الغربي", "درعا"), ("وشمال شرق", "سوريا")]),
        ("انتشرت القوات في الشمال وتقدمت شمالاً على الحدود الشمالية.", "ar", [("الشمال", None), ("شمالاً", None), ("الشمالية", "الحدود")]),
    ],
    ids=["en-of-and-adjective", "en-possessive-and-before-a-name", "en-no-name", "en-particle-name",
         "ar-construct-and-adjective", "ar-countryside-and-compound", "ar-no-place"],
)
def test_a_direction_bears_on_the_place_it_is_said_of(text: str, lang: str, wanted: list[tuple[str, str | None]]) -> None:
    found = [(d.text, (bears_on(text, d) or (None,))[0]) for d in directions(text, lang)]
    assert found == wanted


@pytest.mark.parametrize(
    ("ar", "en", "direction", "shown"),
    [
        (
            "تقع المصفاة على بعد 40 كيلومتراً شرق حمص، قرب بلدة القصير الغربية.",
            "The refinery lies 40 kilometres west of Homs, near the western town of Qusayr.",
            "en-ar",
            "«شرق» (east)",
        ),
        (
            "يقع المخيم جنوب الموصل، قرب قرية القيارة الجنوبية.",
            "The camp lies north of Mosul, close to the southern village of Qayyara.",
            "ar-en",
            "«north»",
        ),
        # Aleppo and «حلب» share no letters: the glossary says they are one place.
        (
            "اندلعت اشتباكات على بعد 20 كيلومتراً شمال حلب، في ريف إدلب الجنوبي.",
            "Clashes broke out 20 kilometres south of Aleppo, in the southern Idlib countryside.",
            "en-ar",
            "«شمال» (north)",
        ),
    ],
    ids=["adjective-kept-noun-changed", "into-english", "glossary-place"],
)
def test_a_place_moved_beside_a_place_kept_is_a_changed_direction(ar: str, en: str, direction: str, shown: str) -> None:
    example = Example(ar=ar, en=en, fails=True, direction=direction)
    changed = fired(M801, example, HOUSE)
    assert len(changed) == 1 and f"written {shown}" in changed[0]
    assert fired(M802, example, HOUSE) == []


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        (
            "تقع المصفاة على بعد 40 كيلومتراً غرب حمص، قرب بلدة القصير الغربية.",
            "The refinery lies 40 kilometres west of Homs, near the western town of Qusayr.",
        ),
        # A noun and an adjective said of the same place are one bearing.
        ("وصل النازحون إلى شمال إدلب، قرب الحدود.", "The displaced reached northern Idlib, near the border."),
        ("وصل النازحون إلى إدلب الشمالية.", "The displaced reached the north of Idlib."),
        # «وجنوبه» ("its south") names no place: the pair stays with the bearing alone.
        ("ضربت الفيضانات قرى في شرق السودان وجنوبه.", "Floods hit villages in eastern and southern Sudan."),
    ],
    ids=["kept", "noun-for-adjective", "adjective-for-noun", "pronoun"],
)
def test_directions_kept_place_by_place_are_not_reported(ar: str, en: str) -> None:
    example = Example(ar=ar, en=en, fails=False, direction="en-ar")
    assert fired(M801, example, HOUSE) == [] and fired(M802, example, HOUSE) == []


def _run_with_headline(check: Check, ar: tuple[str, str], en: tuple[str, str]) -> list[str]:
    def document(lines: tuple[str, str], lang: str) -> Document:
        return Document(f"example.{lang}", "text", (Block(lines[0], heading=True), Block(lines[1])))

    glossary = Glossary()
    inputs = Inputs(document(en, "en"), document(ar, "ar"), "en", "ar")
    report = check_document(align_inputs(inputs, glossary), glossary, (check,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.source.text for f in report.findings if f.source]


_BODY_EN = "The ministry said the road would reopen to lorries on Sunday after three weeks of repairs."
_BODY_AR = "وقالت الوزارة إن الطريق سيعاد فتحه أمام الشاحنات يوم الأحد بعد ثلاثة أسابيع من الإصلاحات."


def test_a_direction_left_out_of_a_headline_is_not_reported() -> None:
    en = ("Lorries return as the southern highway reopens", _BODY_EN)
    ar = ("عودة الشاحنات مع إعادة فتح الطريق السريع", _BODY_AR)
    assert _run_with_headline(M802, ar, en) == []


def test_a_direction_changed_in_a_headline_is_still_reported() -> None:
    en = ("Lorries return as the southern highway reopens", _BODY_EN)
    ar = ("عودة الشاحنات مع إعادة فتح الطريق السريع الشمالي", _BODY_AR)
    assert _run_with_headline(M801, ar, en) == ["southern"]


def test_a_direction_left_out_of_the_body_is_still_reported() -> None:
    en = ("Lorries return as the highway reopens", _BODY_EN.replace("the road", "the southern road"))
    ar = ("عودة الشاحنات مع إعادة فتح الطريق السريع", _BODY_AR)
    assert _run_with_headline(M802, ar, en) == ["southern"]


# --- P501: an Arabic quotation opened with a straight or curly double quote ------------

P501 = _check("P501")
_EN_QUOTE = 'The farmer said: "The frost took half the crop. We will replant in spring."\n\nThe cooperative meets on Sunday.'


def _p501(arabic: str) -> list[tuple[str, str]]:
    example = Example(ar=arabic, en=_EN_QUOTE, fails=True, direction="en-ar")
    glossary = Glossary()
    document = Document("example.ar", "text", tuple(Block(p) for p in example.ar.split("\n\n")))
    english = Document("example.en", "text", tuple(Block(p) for p in example.en.split("\n\n")))
    report = check_document(align_inputs(Inputs(english, document, "en", "ar"), glossary), glossary, (P501,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [(f.target.text, f.message) for f in report.findings if f.target]


@pytest.mark.parametrize(("mark", "close"), [('"', '"'), ("“", "”"), ("«", "»")], ids=["straight", "curly", "guillemet"])
def test_an_arabic_quotation_never_closed_is_shown_where_it_should_close_whatever_its_mark(mark: str, close: str) -> None:
    arabic = f"وقال المزارع: {mark}أخذ الصقيع نصف المحصول. سنعيد الزراعة في الربيع.\n\nوتجتمع التعاونية يوم الأحد."
    [(evidence, message)] = _p501(arabic)
    assert evidence == "سنعيد الزراعة في الربيع."
    assert message.startswith(f"The quotation opened with {mark}أخذ الصقيع{close}") and f"add {close} where" in message


@pytest.mark.parametrize("mark", ['"', "“"], ids=["straight", "curly"])
def test_an_arabic_quotation_followed_by_narrative_is_shown_in_its_own_sentence(mark: str) -> None:
    arabic = f"وقال المزارع: {mark}أخذ الصقيع نصف المحصول. وأضاف أن التعاونية ستعوض الخسائر.\n\nوتجتمع التعاونية يوم الأحد."
    assert [evidence for evidence, _ in _p501(arabic)] == [f"{mark}أخذ الصقيع نصف المحصول."]


def test_an_arabic_quotation_glued_to_its_colon_is_a_quotation() -> None:
    arabic = 'وقال المزارع:"أخذ الصقيع نصف المحصول. سنعيد الزراعة في الربيع.\n\nوتجتمع التعاونية يوم الأحد.'
    assert [evidence for evidence, _ in _p501(arabic)] == ["سنعيد الزراعة في الربيع."]


@pytest.mark.parametrize(
    "arabic",
    [
        'وقال المزارع: "أخذ الصقيع نصف المحصول. سنعيد الزراعة في الربيع".\n\nوتجتمع التعاونية يوم الأحد.',
        "وقال المزارع: “أخذ الصقيع نصف المحصول. سنعيد الزراعة في الربيع.”\n\nوتجتمع التعاونية يوم الأحد.",
        # Continued in the next paragraph, which reopens it: a convention, not a slip.
        'وقال المزارع: "أخذ الصقيع نصف المحصول.\n\n"سنعيد الزراعة في الربيع".',
    ],
    ids=["straight-over-two-sentences", "curly-over-two-sentences", "continued"],
)
def test_an_arabic_quotation_closed_after_its_second_sentence_is_not_reported(arabic: str) -> None:
    assert _p501(arabic) == []


# --- P503: a preposition before a place name that begins with it ---------------------

P503 = _check("P503")


@pytest.mark.parametrize(
    "en",
    [
        "Gas output fell in In Amenas after the strike.",
        "In In Guezzam, traders closed their shops on Monday.",
        "The convoy drove from Ain Sefra to To Kwa Wan.",
    ],
    ids=["in-in-amenas", "sentence-start", "to-to-kwa-wan"],
)
def test_a_preposition_before_a_name_that_begins_with_it_is_no_doubled_word(en: str) -> None:
    assert fired(P503, Example(ar="توقف الإنتاج في عين أمناس.", en=en, fails=False), Glossary()) == []


@pytest.mark.parametrize(
    "en",
    [
        "Gas output fell in in Amenas after the strike.",  # the second copy is not the name's
        "Judges at the The Hague court ruled on Monday.",  # an article, not a preposition
        "Gas output fell In In the south after the strike.",  # no name follows
        "Gas output fell in In, the company said.",
    ],
    ids=["lower-case", "article", "no-name", "nothing-after"],
)
def test_other_doubled_words_are_still_reported(en: str) -> None:
    assert len(fired(P503, Example(ar="توقف الإنتاج في عين أمناس.", en=en, fails=True), Glossary())) == 1
