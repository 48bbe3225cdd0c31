"""People: a surname alone after the full name, and another person of the same family (issue #11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqa.checks import ALL_CHECKS
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.glossary.suggest import mine_name_pairs
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document

ROOT = Path(__file__).resolve().parent.parent
HOUSE = load_glossaries([ROOT / "glossaries" / "syria.yaml"])
# A desk glossary lists full names only, with the surname in neither language.
DESK = Glossary(
    [
        GlossaryEntry("sergei-lavrov", "person", "Sergei Lavrov", ("سيرغي لافروف",)),
        GlossaryEntry("omar-al-bashir", "person", "Omar al-Bashir", ("عمر البشير",)),
    ]
)
# A desk glossary that lists the Arabic surname, as many do, but no English short form.
DESK_AR_SHORT = Glossary(
    [
        GlossaryEntry("sergei-lavrov", "person", "Sergei Lavrov", ("سيرغي لافروف", "لافروف")),
        GlossaryEntry("omar-al-bashir", "person", "Omar al-Bashir", ("عمر البشير", "البشير")),
    ]
)

LAVROV_AR = (
    "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق يوم الأحد.\n\nواستمرت المحادثات خمس ساعات في القصر.\n\n"
    "وقال لافروف إن المحادثات كانت مثمرة."
)
LAVROV_EN = (
    "Russian Foreign Minister Sergei Lavrov arrived in Damascus on Sunday.\n\nThe talks lasted five hours at the palace.\n\n"
    "Lavrov said the talks had been fruitful."
)
BASHIR_AR = "زار الرئيس السوداني السابق عمر البشير القاهرة يوم الأحد.\n\nواستمرت المحادثات خمس ساعات في القصر.\n\nوأضاف البشير أن العلاقات متينة."
BASHIR_EN = (
    "Former Sudanese president Omar al-Bashir visited Cairo on Sunday.\n\nThe talks lasted five hours at the palace.\n\n"
    "Al-Bashir added that relations were strong."
)


def _findings(
    ar: str, en: str, glossary: Glossary, direction: str = "ar-en", codes: tuple[str, ...] = ("N101", "N102", "N103")
) -> list[str]:
    arabic = Document("a.ar", "text", tuple(Block(p) for p in ar.split("\n\n")))
    english = Document("a.en", "text", tuple(Block(p) for p in en.split("\n\n")))
    inputs = Inputs(english, arabic, "en", "ar") if direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    document = align_inputs(inputs, glossary)
    checks = tuple(c for c in ALL_CHECKS if c.code in codes)
    return [f"{f.code}: {f.message}" for f in check_document(document, glossary, checks, Settings()).findings]


@pytest.mark.parametrize("glossary", [DESK, DESK_AR_SHORT], ids=["full-names", "arabic-surname"])
@pytest.mark.parametrize("direction", ["ar-en", "en-ar"])
@pytest.mark.parametrize(
    ("ar", "en"), [(LAVROV_AR, LAVROV_EN), (BASHIR_AR, BASHIR_EN), (BASHIR_AR, BASHIR_EN.replace("Al-Bashir", "Bashir"))]
)
def test_surname_after_full_name_is_no_missing_name(ar: str, en: str, glossary: Glossary, direction: str) -> None:
    assert _findings(ar, en, glossary, direction) == []


def test_a_name_really_missing_is_still_reported() -> None:
    en = LAVROV_EN.replace("Lavrov said", "He said")
    assert [f[:4] for f in _findings(LAVROV_AR, en, DESK_AR_SHORT)] == ["N103"]


def test_surname_glossary_suggest_proposes_a_short_form() -> None:
    arabic = Document("a.ar", "text", (Block(LAVROV_AR),))
    english = Document("a.en", "text", (Block(LAVROV_EN),))
    document = align_inputs(Inputs(arabic, english, "ar", "en"), DESK)
    pairs = [p for p in mine_name_pairs(document, DESK) if p.english.text != "Damascus"]
    assert [(p.english.text, p.short_of) for p in pairs] == [("Lavrov", "sergei-lavrov")]
    assert _findings(LAVROV_AR, LAVROV_EN, DESK, codes=("N105",)) == []


HAFEZ_EN = "The regime in Damascus was led first by Hafez al-Assad and then by his son."
HAFEZ_AR = "حكم النظام في دمشق أولاً حافظ الأسد ثم ابنه."


@pytest.mark.parametrize("direction", ["ar-en", "en-ar"])
def test_another_given_name_is_another_person(direction: str) -> None:
    assert _findings(HAFEZ_AR, HAFEZ_EN, HOUSE, direction) == []
    assert "bashar-al-assad" not in [m.entry.id for m in HOUSE.find(HAFEZ_EN, "en")]
    assert "bashar-al-assad" not in [m.entry.id for m in HOUSE.find(HAFEZ_AR, "ar")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("President al-Assad said", "en"),
        ("Syria's Assad fled", "en"),
        ("the Assad family", "en"),
        ("قال الأسد", "ar"),
        ("نظام الأسد", "ar"),
    ],
)
def test_surname_without_another_given_name_is_the_entry(text: str, lang: str) -> None:
    assert [m.entry.id for m in HOUSE.find(text, lang)] == ["bashar-al-assad"]


# A desk entry with a variant and a forbidden spelling of the given name too.
DESK_SPELLINGS = Glossary(
    [
        GlossaryEntry(
            "nasser-al-qudah",
            "person",
            "Nasser al-Qudah",
            ("ناصر القضاة",),
            variants=("Nasser al-Qudat",),
            forbidden=("Nasir al-Qudha",),
        ),
        GlossaryEntry("layla-barakat", "person", "Layla Barakat", ("ليلى بركات",), variants=("Leila Barakat",)),
    ]
)


@pytest.mark.parametrize("before", ["The Minister of Water", "Jordanian", "Minister", "Spokeswoman"])
@pytest.mark.parametrize(
    ("written", "entry", "kind"),
    [("Nasir al-Qudha", "nasser-al-qudah", "forbidden"), ("Leila Barakat", "layla-barakat", "variant")],
)
def test_a_listed_full_name_after_a_capitalised_word_is_the_entry(before: str, written: str, entry: str, kind: str) -> None:
    """A listed full name in any spelling carries its own given name: the capitalised
    word before it (a title, a ministry, a nationality) names no other person, so the
    forbidden or variant spelling is still reported (a new user's report)."""
    found = [(m.entry.id, m.kind) for m in DESK_SPELLINGS.find(f"{before} {written} said the plant would open.", "en")]
    assert found == [(entry, kind)]

