"""Fixes drawn from the blind pairs w10-w12 (issue #11), on invented sentences: compass
words in a river's banks and in glossary names, a compound direction kept in part, a
quoted question ended with a full stop, an Arabic quotation never closed, and a
lowercase English word copied from the source into the Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from example_runs import desk_glossary, fired

from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check, Example
from tqa.checks.question_marks import stated_question
from tqa.config import Settings
from tqa.glossary.model import Glossary
from tqa.model import Block, Document, Segment
from tqa.pipeline import Inputs, align_inputs, check_document


def _check(code: str) -> Check:
    return next(c for c in ALL_CHECKS if c.code == code)


M801, M802, P501, P502, U402 = (_check(code) for code in ("M801", "M802", "P501", "P502", "U402"))


# --- Directions ------------------------------------------------------------------

_BATINAH = [
    {"id": "south-batinah", "type": "place", "en": "South Al Batinah", "ar": ["جنوب الباطنة"], "variants": ["South Batinah"]}
]


@pytest.mark.parametrize(
    ("ar", "en", "direction", "shown"),
    [
        (
            "ستقام محطة التحلية في محافظة جنوب الباطنة.",
            "The desalination plant will be built in North Al Batinah governorate.",
            "ar-en",
            "North Al Batinah",
        ),
        (
            "ستقام محطة التحلية في محافظة شمال الباطنة.",
            "The desalination plant will be built in South Al Batinah governorate.",
            "en-ar",
            "شمال الباطنة",
        ),
    ],
    ids=["into-english", "into-arabic"],
)
def test_a_glossary_name_with_its_compass_word_reversed_is_a_changed_direction(
    tmp_path: Path, ar: str, en: str, direction: str, shown: str
) -> None:
    found = fired(M801, Example(ar=ar, en=en, fails=True, direction=direction), desk_glossary(tmp_path, _BATINAH))
    assert len(found) == 1 and f"«{shown}»" in found[0]


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("ستقام محطة التحلية في محافظة جنوب الباطنة.", "The desalination plant will be built in South Al Batinah governorate."),
        # Both governorates, in both languages: nothing reversed.
        (
            "ستقام المحطة في جنوب الباطنة لا في شمال الباطنة.",
            "The plant will be built in South Al Batinah, not North Al Batinah.",
        ),
    ],
    ids=["kept", "both-named"],
)
def test_a_glossary_name_with_its_own_compass_word_is_not_reported(tmp_path: Path, ar: str, en: str) -> None:
    assert fired(M801, Example(ar=ar, en=en, fails=False), desk_glossary(tmp_path, _BATINAH)) == []


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("غمرت السيول المنازل على الضفة الشرقية للنهر.", "Floods swamped homes on the west bank of the river."),
        ("غمرت السيول المنازل على الضفة الغربية للوادي.", "Floods swamped homes on the east bank of the wadi."),
        ("غمرت السيول المنازل على الشاطئ الجنوبي للبحيرة.", "Floods swamped homes on the northern shore of the lake."),
    ],
    ids=["west-bank-of-a-river", "arabic-west-bank-of-a-wadi", "shore"],
)
def test_a_river_bank_or_shore_with_the_other_compass_word_is_reported(ar: str, en: str) -> None:
    assert len(fired(M801, Example(ar=ar, en=en, fails=True))) == 1


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("غمرت السيول المنازل على الضفة الغربية للنهر.", "Floods swamped homes on the west bank of the river."),
        ("زار الوزير الضفة الغربية أمس.", "The minister visited the West Bank yesterday."),
        ("زار الوزير الضفة الغربية لنهر الأردن أمس.", "The minister visited the West Bank yesterday."),
        # The right bank of a river is its west bank in this city: no compass word in the source.
        (
            "أعيد افتتاح الجامع في الساحل الأيمن من المدينة.",
            "The mosque reopened on the city's western bank, known locally as the right bank.",
        ),
        ("يقع السوق شمالي المدينة.", "The market lies north of the city."),
    ],
    ids=["bank-kept", "the-west-bank", "west-bank-of-the-jordan", "right-bank", "north-of-the-city"],
)
def test_banks_kept_and_the_west_bank_are_not_reported(ar: str, en: str) -> None:
    example = Example(ar=ar, en=en, fails=False)
    assert fired(M801, example) == [] and fired(M802, example) == []


@pytest.mark.parametrize(
    ("ar", "en", "direction"),
    [
        (
            "سجلت المحافظات الشمالية الغربية أضعف إقبال على التصويت.",
            "The western provinces recorded the weakest turnout.",
            "ar-en",
        ),
        ("سجلت ولايات الجنوب الشرقي أضعف إقبال على التصويت.", "The southern provinces recorded the weakest turnout.", "ar-en"),
        ("سجلت المحافظات الغربية أضعف إقبال على التصويت.", "The south-western provinces recorded the weakest turnout.", "en-ar"),
    ],
    ids=["north-west-as-west", "south-east-as-south", "into-arabic"],
)
def test_a_compound_direction_kept_in_part_is_a_dropped_direction(ar: str, en: str, direction: str) -> None:
    found = fired(M802, Example(ar=ar, en=en, fails=True, direction=direction))
    assert len(found) == 1 and "is only" in found[0]
    assert fired(M801, Example(ar=ar, en=en, fails=True, direction=direction)) == []


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        ("سجلت المحافظات الشمالية الغربية أضعف إقبال.", "The north-western provinces recorded the weakest turnout."),
        ("سجلت المحافظات الشمالية أضعف إقبال.", "The north-western provinces recorded the weakest turnout."),
        # The compound is kept; a simple direction beside it is another place.
        ("سجلت ولايات الشمال الغربي والجنوب أضعف إقبال.", "The north-west and the south recorded the weakest turnout."),
    ],
    ids=["kept", "more-precise", "compound-and-another"],
)
def test_a_compound_kept_or_made_more_precise_is_not_reported(ar: str, en: str) -> None:
    assert fired(M802, Example(ar=ar, en=en, fails=False)) == []


# --- P502: a quoted question ended with a full stop ---------------------------------


@pytest.mark.parametrize(
    ("ar", "en", "direction", "shown"),
    [
        (
            "وسئل الوزير عما إذا كانت الحكومة ستقترض مجدداً، فقال: «هل نحتاج إلى قرض جديد؟ ربما لا، فالأمر رهن بالأسعار».",
            'Asked whether the government would borrow again, the minister said: "Do we need a new loan. Perhaps not - it depends on prices."',
            "ar-en",
            "Do we need a new loan.",
        ),
        (
            "وقال المدير: «لماذا تأخرت الشحنة؟ لأن الميناء كان مغلقاً».",
            'The director said: "Why was the shipment late. Because the port was closed."',
            "ar-en",
            "Why was the shipment late.",
        ),
        (
            "وسألت النائبة عما إذا كانت الخطة ستنجح، وقالت: «هل تملك الوزارة المال الكافي.»",
            'The MP asked whether the plan would work, and said: "Does the ministry have enough money?"',
            "en-ar",
            "هل تملك الوزارة المال الكافي.",
        ),
    ],
    ids=["auxiliary-beside-a-reported-question", "why", "arabic-hal"],
)
def test_a_quoted_question_ended_with_a_full_stop_is_reported(ar: str, en: str, direction: str, shown: str) -> None:
    found = _p502(ar, en, direction)
    assert found == [shown]


@pytest.mark.parametrize(
    ("ar", "en"),
    [
        (
            "وقال المدير: «لماذا تأخرت الشحنة؟ لأن الميناء كان مغلقاً».",
            'The director said: "Why was the shipment late? Because the port was closed."',
        ),
        ("وسئل الوزير عما إذا كانت الحكومة ستقترض مجدداً؟", "The minister was asked whether the government would borrow again."),
    ],
    ids=["kept", "reported"],
)
def test_a_question_kept_or_reported_is_not_reported(ar: str, en: str) -> None:
    assert _p502(ar, en, "ar-en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Do the right thing.",  # an order
        "Should the talks fail, the army will move.",  # a condition
        "Had he known, he would have stayed.",
        "Will Smith said the film was finished.",  # a name
        "What is more, the port is closed.",
        "The minister said the port is closed.",
    ],
)
def test_statements_that_open_like_questions_are_not_questions(text: str) -> None:
    assert stated_question((Segment(0, 0, text),)) is None


def _p502(ar: str, en: str, direction: str) -> list[str]:
    arabic, english = _document(ar, "ar"), _document(en, "en")
    inputs = Inputs(english, arabic, "en", "ar") if direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    glossary = Glossary()
    report = check_document(align_inputs(inputs, glossary), glossary, (P502,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.target.text for f in report.findings if f.target]


def _document(text: str, lang: str) -> Document:
    return Document(f"example.{lang}", "text", tuple(Block(p) for p in text.split("\n\n")))


# --- P501: an Arabic quotation never closed ----------------------------------------

_EN_QUOTE = 'The economist said: "Parliament has passed laws before. The question is who will enforce this one."\n\nThe union will meet on Monday.'


def test_an_arabic_quotation_that_runs_to_the_paragraph_end_is_shown_where_it_should_close() -> None:
    arabic = "وقالت الخبيرة: «أقرّ البرلمان قوانين من قبل. السؤال هو من سيطبّق هذا القانون.\n\nوتجتمع النقابة يوم الاثنين."
    assert _p501(arabic) == ["السؤال هو من سيطبّق هذا القانون."]


def test_an_arabic_quotation_followed_by_narrative_is_shown_in_its_own_sentence() -> None:
    arabic = "وقالت الخبيرة: «أقرّ البرلمان قوانين من قبل. وأضافت أن النقابة تجتمع يوم الاثنين.\n\nوتجتمع النقابة يوم الاثنين."
    assert _p501(arabic) == ["«أقرّ البرلمان قوانين من قبل."]


def test_a_pasted_run_of_guillemets_makes_a_small_report() -> None:
    arabic = "وقالت الخبيرة " + "«" * 3000 + " نعم.\n\nوتجتمع النقابة يوم الاثنين."
    findings = _p501(arabic)
    assert findings and sum(len(text) for text in findings) < 20_000


def _p501(arabic: str) -> list[str]:
    inputs = Inputs(_document(_EN_QUOTE, "en"), _document(arabic, "ar"), "en", "ar")
    glossary = Glossary()
    report = check_document(align_inputs(inputs, glossary), glossary, (P501,), Settings())
    assert not report.failed_checks, report.failed_checks
    return [f.target.text for f in report.findings if f.target]


# --- U402: a lowercase English word copied into the Arabic ---------------------------

_EN = "The operator ordered 12 new railcars and signed new contracts on Tuesday."
_AR = "طلب المشغّل 12 عربة جديدة ووقّع عقوداً جديدة يوم الثلاثاء."


@pytest.mark.parametrize(
    ("arabic", "word"),
    [
        (_AR.replace("عربة", "railcar"), "railcar"),  # a modern word, plural in the source
        (_AR.replace("عقوداً", "contracts"), "contracts"),  # a plural the 1934 list lacks
    ],
    ids=["copied-modern-word", "inflected-word"],
)
def test_a_lowercase_english_word_left_in_the_arabic_is_reported(arabic: str, word: str) -> None:
    assert fired(U402, Example(ar=arabic, en=_EN, fails=True, direction="en-ar")) == [
        f"English words left in the Arabic: «{word}»; translate them"
    ]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        (_AR.replace("12 عربة", "12 عربة (railcars)"), _EN),  # a gloss
        ("تنتج المحطة 5 mtpa من الغاز.", "The plant produces 5 mtpa of gas."),  # a unit, in both
        ("كلمة الحضارة مشتقة من اللاتينية urbanitas، أي المدينة.", "The word comes from the Latin urbanitas, meaning the city."),
        (_AR.replace("المشغّل", "شركة railix"), _EN),  # a lowercase brand the source does not have
    ],
    ids=["gloss", "unit", "cited-latin", "brand"],
)
def test_glosses_units_cited_words_and_brands_are_not_reported(arabic: str, english: str) -> None:
    assert fired(U402, Example(ar=arabic, en=english, fails=False, direction="en-ar")) == []
