"""Directions and the single-article sense checks: the tricky cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.example_runs import BY_CODE
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.directions import compatible, directions, opposed

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = load_glossaries([ROOT / "glossaries" / "syria.yaml"])


def _fired(code: str, ar: str, en: str, direction: str = "ar-en") -> list[str]:
    arabic = Document("a.ar", "text", tuple(Block(p) for p in ar.split("\n\n")))
    english = Document("a.en", "text", tuple(Block(p) for p in en.split("\n\n")))
    inputs = Inputs(english, arabic, "en", "ar") if direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    report = check_document(align_inputs(inputs, GLOSSARY), GLOSSARY, (BY_CODE[code],), Settings())
    return [f.message for f in report.findings]


N, S, E, W = "north", "south", "east", "west"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("وقع الهجوم شمال شرق سوريا.", [("north-east", "شمال شرق", True)]),
        ("في ريف حلب الغربي", [("west", "الغربي", True)]),
        ("في الشمال الشرقي", [("north-east", "الشمال الشرقي", True)]),
        ("شمالي غربي المدينة", [("north-west", "شمالي غربي", True)]),
        # A conjunction makes two bearings, not a compound.
        ("في الشمال والشرق", [("north", "الشمال", True), ("east", "والشرق", True)]),
        ("اتجهت القافلة شمالاً", [("north", "شمالاً", True)]),
        ("بالشمال السوري وللجنوب", [("north", "بالشمال", True), ("south", "وللجنوب", True)]),
        ("في المناطق الجنوبيّة", [("south", "الجنوبيّة", True)]),
        # Names and the West: found, never compared.
        ("في الشرق الأوسط وشمال أفريقيا", [("east", "الشرق", False), ("north", "وشمال", False)]),
        ("في الضفة الغربية والقدس الشرقية", [("west", "الغربية", False), ("east", "الشرقية", False)]),
        ("فرضت الدول الغربية عقوبات", [("west", "الغربية", False)]),
        ("وقال المسؤولون الغربيون", [("west", "الغربيون", False)]),
        ("انتقد الغرب القرار", [("west", "الغرب", False)]),
        ("كوريا الشمالية وجنوب السودان", [("north", "الشمالية", False), ("south", "وجنوب", False)]),
        # Words that hold the letters but are no direction.
        ("المشرق العربي والمغرب", []),
        ("غربال", []),
    ],
)
def test_arabic_directions(text: str, wanted: list[tuple[str, str, bool]]) -> None:
    assert [(d.label, d.text, d.compared) for d in directions(text, "ar")] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Fighting in northeast Syria.", [("north-east", "northeast", True)]),
        (
            "The north-eastern city and the North-West",
            [("north-east", "north-eastern", True), ("north-west", "North-West", False)],
        ),
        ("They moved south west.", [("south-west", "south west", True)]),
        ("Northern Syria was calm.", [("north", "Northern", True)]),
        ("North of Aleppo, shells fell.", [("north", "North", True)]),
        ("Fighters moved northwards.", [("north", "northwards", True)]),
        # Names, the West and a person called West.
        ("He visited North Korea and the Middle East.", [("north", "North", False), ("east", "East", False)]),
        ("The West imposed Western sanctions.", [("west", "West", False), ("west", "Western", False)]),
        ("Ties with the west are cold; western governments agree.", [("west", "west", False), ("west", "western", False)]),
        ("West said he would sing.", [("west", "West", False)]),
        (
            "East-West talks and the north-south divide",
            [("east", "East", False), ("west", "West", False), ("north", "north", False), ("south", "south", False)],
        ),
        ("Westminster and Southampton", []),
    ],
)
def test_english_directions(text: str, wanted: list[tuple[str, str, bool]]) -> None:
    assert [(d.label, d.text, d.compared) for d in directions(text, "en")] == wanted


def test_relative_directions_are_marked() -> None:
    relative = {d.text: d.relative for d in directions("Areas west of the river and the north of the country.", "en")}
    assert relative == {"west": True, "north": False}


def test_bearings_compare_by_component() -> None:
    ne, nw, n = frozenset({N, E}), frozenset({N, W}), frozenset({N})
    assert compatible(ne, n) and compatible(n, ne) and not compatible(ne, nw)
    assert opposed(ne, nw) and opposed(n, frozenset({S})) and not opposed(ne, n)


def test_a_changed_direction_names_both_and_the_source_bearing() -> None:
    messages = _fired(
        "M801", "تقدمت القوات في ريف حلب الشمالي الشرقي.", "Troops advanced in the north-western Aleppo countryside."
    )
    assert messages == [
        "«الشمالي الشرقي» (north-east) in the source is written «north-western» in the translation: write north-east"
    ]


def test_english_source_changed_direction() -> None:
    messages = _fired("M801", "سقطت قذائف جنوب حلب.", "Shells fell north of Aleppo.", direction="en-ar")
    assert messages == ["«north» in the source is written «جنوب» (south) in the translation: write شمال"]


def test_a_direction_in_one_sentence_of_a_merge_is_found_in_the_merged_translation() -> None:
    ar = "تقدمت القوات شمال حلب. وسيطرت على ثلاث قرى."
    en = "Troops advanced north of Aleppo, taking three villages."
    assert _fired("M801", ar, en) == [] and _fired("M802", ar, en) == []


def test_less_precise_is_not_changed_but_a_compound_flip_is() -> None:
    assert _fired("M801", "وصلت القافلة إلى شمال شرق سوريا.", "The convoy reached northern Syria.") == []
    assert _fired("M801", "وصلت القافلة إلى شمال شرق سوريا.", "The convoy reached north-west Syria.") != []


def test_arabic_left_in_the_english_keeps_its_direction() -> None:
    # U401 reports the leftover Arabic; the direction in it is not "dropped".
    assert _fired("M802", "قتل ١٢ شخصاً في ريف حلب الجنوبي.", "Twelve people were killed in ريف حلب الجنوبي.") == []


def test_a_name_on_one_side_matches_a_direction_on_the_other() -> None:
    assert _fired("M801", "دخلت القوات الغوطة الشرقية.", "Troops entered Eastern Ghouta.") == []
    assert _fired("M802", "دخلت القوات الغوطة الشرقية.", "Troops entered the Ghouta.") == []  # a name is never reported


def _single(code: str, en: str, glossary_text: str | None = None, tmp_path: Path | None = None) -> list[str]:
    from tqa.model import AlignedDocument, Article, Bead
    from tqa.text.segment import segment_document

    glossary = GLOSSARY
    if glossary_text is not None and tmp_path is not None:
        path = tmp_path / "g.yaml"
        path.write_text(glossary_text, encoding="utf-8")
        glossary = load_glossaries([path])
    target = segment_document(Document("a.en", "text", tuple(Block(p) for p in en.split("\n\n"))), "en")
    doc = AlignedDocument(Article("", "ar", "none", ()), target, tuple(Bead((), (j,)) for j in range(len(target.segments))))
    return [f.message for f in check_document(doc, glossary, (BY_CODE[code],), Settings()).findings]


_KURDS = (
    "Fighting flared in north-east Syria, where Kurdish forces hold the oil fields.\n\n"
    "Russia withdrew from the airport in Kurdish-held northeastern Syria.\n\n"
    "Washington backed the Kurds, who until recently held the oil regions in the northwest of the country."
)


def test_the_article_outvotes_one_opposed_sentence() -> None:
    messages = _single("M803", _KURDS)
    assert len(messages) == 1 and messages[0].startswith(
        "«northwest» puts «Kurds» in the north-west, but the article puts «Kurdish» in the north-east"
    )


def test_one_sentence_against_one_is_no_majority() -> None:
    two = _KURDS.split("\n\n", 1)[1]
    assert _single("M803", two) == []


def test_a_direction_from_a_place_or_of_a_part_of_it_places_nothing() -> None:
    # Areas west of the Euphrates, and the northern part of Aleppo, say nothing of the Kurds or of Aleppo's region.
    text = (
        _KURDS.rsplit("\n\n", 1)[0] + "\n\nThe Kurds lost areas west of the Euphrates.\n\nKurdish fighters left northern Aleppo."
    )
    assert _single("M803", text) == []


def test_a_glossary_region_is_a_fact_and_needs_no_majority() -> None:
    assert _single("M803", "Troops entered Qamishli, in the north-west of the country.") != []
    assert _single("M803", "Troops entered Qamishli, in the north-east of the country.") == []
    # The direction goes with the nearest name after which it stands.
    assert _single("M803", "Qamishli lies in the north-east and Idlib in the north-west.") == []


def test_a_region_is_read_from_the_glossary(tmp_path: Path) -> None:
    glossary = "entries:\n  - id: zahle\n    type: place\n    en: Zahle\n    ar: [زحلة]\n    region: East\n"
    assert _single("M803", "The convoy reached Zahle in western Lebanon.", glossary, tmp_path) != []
    assert _single("M803", "The convoy reached Zahle in eastern Lebanon.", glossary, tmp_path) == []


def test_lint_rejects_a_region_that_is_no_compass_direction(tmp_path: Path) -> None:
    from tqa.glossary.lint import lint_glossaries

    path = tmp_path / "g.yaml"
    path.write_text(
        "entries:\n  - id: homs\n    type: place\n    en: Homs\n    ar: [حمص]\n    region: centre\n", encoding="utf-8"
    )
    assert [p.message for p in lint_glossaries([path])] == [
        "homs: region 'centre' is not a compass direction; write one of north, north-east, east, south-east, south, south-west, west, north-west"
    ]
    path.write_text(
        "entries:\n  - id: homs\n    type: place\n    en: Homs\n    ar: [حمص]\n    region: north-west\n", encoding="utf-8"
    )
    assert lint_glossaries([path]) == []


def _single_ar(code: str, ar: str) -> list[str]:
    from tqa.model import AlignedDocument, Article, Bead
    from tqa.text.segment import segment_document

    target = segment_document(Document("a.ar", "text", tuple(Block(p) for p in ar.split("\n\n"))), "ar")
    doc = AlignedDocument(Article("", "en", "none", ()), target, tuple(Bead((), (j,)) for j in range(len(target.segments))))
    return [f.message for f in check_document(doc, GLOSSARY, (BY_CODE[code],), Settings()).findings]


def test_an_arabic_article_is_held_to_the_glossary_region() -> None:
    assert _single_ar("M803", "دخلت القوات مدينة القامشلي في شمال غرب سوريا.") != []
    assert _single_ar("M803", "دخلت القوات مدينة القامشلي في شمال شرق سوريا.") == []
    # غرب الفرات is said of the Euphrates, and ريف حلب الغربي of Aleppo's countryside.
    assert _single_ar("M803", "تقدمت القوات من القامشلي إلى ريف حلب الغربي.") == []


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("a deal worth $800bn", "en", ["USD"]),
        ("800 million dollars and €5m", "en", ["USD", "EUR"]),
        ("wages of SYP 500,000", "en", ["SYP"]),
        ("بقيمة ٨٠٠ مليون دولار و٥ ملايين ليرة", "ar", ["USD", "SYP"]),
        ("800 people and 35%", "en", []),
    ],
)
def test_currencies_are_read_from_the_sign_or_the_word_after(text: str, lang: str, wanted: list[str]) -> None:
    from tqa.checks.sense import amounts
    from tqa.model import Segment

    assert [a.currency for a in amounts(Segment(0, 0, text), lang)] == wanted


_PORT = "Investors signed deals worth $6bn in May. A port deal worth $800bn followed. Another $14bn was pledged in June."


def test_an_amount_far_above_its_neighbours_is_a_prompt() -> None:
    assert _single("M804", _PORT) == [
        "«$800bn» (800 billion) is 57 times the other USD amounts beside it ($6bn, $14bn): check the scale"
    ]
    assert _single("M804", _PORT.replace("$800bn", "$800m")) == []


def test_an_amount_far_below_is_a_prompt_too_but_only_beside_its_own_sentences() -> None:
    assert _single("M804", _PORT.replace("$800bn", "$8m")) == [
        "«$8m» (8 million) is 1/750 of the other USD amounts beside it ($6bn, $14bn): check the scale"
    ]
    # A paragraph break, or a sentence between, and the figures are no longer neighbours.
    assert _single("M804", _PORT.replace(" A port", "\n\nA port")) == []
    assert _single("M804", _PORT.replace("$14bn", "€14bn")) == []


def test_misspelt_place_gets_the_house_form() -> None:
    (message,) = _single("M805", "Russia withdrew from the Qamishly airport.")
    assert re.fullmatch(
        r"«Qamishly» looks like a misspelling of Qamishli \(.*syria\.yaml:\d+\), a spelling the glossary does not list: write «Qamishli»",
        message,
    )


def test_misspelt_surname_opening_a_sentence_gets_a_capital() -> None:
    messages = _single("M805", "Al-Shaibany said the talks went well.")
    assert len(messages) == 1 and messages[0].endswith("write «Al-Shaibani»")


@pytest.mark.parametrize(
    "text",
    [
        "Share it on:",  # page furniture: an English word, not al-Sharaa
        "Coach Rod Reed said the team was ready.",  # the key alone pairs Reed with Riyadh
        "Mohamed Salah scored twice.",  # a given name is shared by many people
        "The Qamishli airport reopened; Khmeimim did not.",  # listed spellings are N101/N102's
    ],
)
def test_no_misspelling_where_there_is_none(text: str) -> None:
    assert _single("M805", text) == []


def test_n103_not_m805_reports_a_misspelling_beside_its_arabic() -> None:
    ar, en = "انسحبت روسيا من مطار القامشلي.", "Russia withdrew from the Qamishly airport."
    assert _fired("M805", ar, en) == [] and _fired("N103", ar, en) != []
    assert _fired("M805", ar, en, direction="en-ar") != []  # the English original: nothing else says it


@pytest.mark.parametrize(
    ("ar", "en", "direction", "advice"),
    [
        # The source's direction in the form the translation wrote (a new user's review: "write south" for "northern").
        ("اندلعت اشتباكات في ريف حماة الجنوبي.", "Clashes broke out in the northern Hama countryside.", "ar-en", "write southern"),
        ("امتدت الحرائق إلى الأحياء الشرقية.", "The fires spread to the western districts.", "ar-en", "write eastern"),
        ("تقع المزرعة على بعد ٣٠ كيلومتراً غرباً.", "The farm lies 30 kilometres to the east.", "en-ar", "write شرقاً"),
    ],
)
def test_the_advice_keeps_the_form_the_translation_wrote(ar: str, en: str, direction: str, advice: str) -> None:
    (message,) = _fired("M801", ar, en, direction=direction)
    assert message.endswith(advice)
