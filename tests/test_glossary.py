from pathlib import Path

import pytest

from tqa.errors import GlossaryError
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary, GlossaryEntry

ENTRIES = (
    GlossaryEntry(
        "ahmed-al-sharaa",
        "person",
        "Ahmed al-Sharaa",
        ("أحمد الشرع", "الشرع"),
        ("Ahmad al-Sharaa",),
        ("Al-Shaara", "al-Shara"),
        "al-Sharaa",
    ),
    GlossaryEntry("tartus", "place", "Tartus", ("طرطوس",), (), ("Tartous",)),
    GlossaryEntry("qamishli", "place", "Qamishli", ("القامشلي",), (), ("Kamishli",)),
    GlossaryEntry("damascus", "place", "Damascus", ("دمشق",)),
    GlossaryEntry("dmitry-peskov", "person", "Dmitry Peskov", ("دميتري بيسكوف", "بيسكوف"), short="Peskov"),
    GlossaryEntry("hts", "organisation", "Hayat Tahrir al-Sham", ("هيئة تحرير الشام",), ("Hay'at Tahrir al-Sham",)),
    GlossaryEntry(
        "erdogan",
        "person",
        "Recep Tayyip Erdoğan",
        ("رجب طيب أردوغان", "أردوغان"),
        ("Recep Tayyip Erdogan", "Erdogan"),
        short="Erdoğan",
    ),
)
GLOSSARY = Glossary(ENTRIES)

ARABIC_CASES = [
    ("والتقى الرئيس أحمد الشرع بوتين", "ahmed-al-sharaa", "أحمد الشرع"),
    ("وقال الشرعُ إن", "ahmed-al-sharaa", "الشرعُ"),
    ("رحب بالشرع", "ahmed-al-sharaa", "الشرع"),
    ("وللشرع دور", "ahmed-al-sharaa", "شرع"),
    ("وصل بطرطوس", "tartus", "طرطوس"),
    ("ميناء لطرطوس", "tartus", "طرطوس"),
    ("وبدمشق", "damascus", "دمشق"),
    ("في القامشلي", "qamishli", "القامشلي"),
    ("بالقامشلي", "qamishli", "القامشلي"),
    ("وقال بيسكوف", "dmitry-peskov", "بيسكوف"),
    ("هيئة  تحرير   الشام", "hts", "هيئة  تحرير   الشام"),
    ("أكد إردوغان", "erdogan", "إردوغان"),
    ("دِمَشْق", "damascus", "دِمَشْق"),
    ("دمـــشق", "damascus", "دمـــشق"),
]


@pytest.mark.parametrize(("text", "entry_id", "matched"), ARABIC_CASES)
def test_arabic_forms_with_clitics_marks_and_tatweel(text: str, entry_id: str, matched: str) -> None:
    found = GLOSSARY.find(text, "ar")
    assert [(m.entry.id, m.text) for m in found] == [(entry_id, matched)]
    assert text[found[0].start : found[0].end] == matched


@pytest.mark.parametrize("text", ["الشرعية الدولية", "شرعي", "طرطوسية", "دمشقي", "مشروع"])
def test_arabic_never_matches_inside_a_longer_word(text: str) -> None:
    assert GLOSSARY.find(text, "ar") == []


ENGLISH_CASES = [
    ("Ahmed al-Sharaa arrived", "preferred", "Ahmed al-Sharaa"),
    ("then al-Sharaa said", "short", "al-Sharaa"),
    ("Al-Sharaa said", "short", "Al-Sharaa"),
    ("al Sharaa said", "short", "al Sharaa"),
    ("al-\nSharaa said", "short", "al-\nSharaa"),
    ("Al-Shaara said", "forbidden", "Al-Shaara"),
    ("Sharaa's aides", "variant", "Sharaa"),
    ("the port of Tartous", "forbidden", "Tartous"),
    ("Hay’at Tahrir al-Sham fighters", "variant", "Hay’at Tahrir al-Sham"),
    ("Recep Tayyip Erdogan", "variant", "Recep Tayyip Erdogan"),
    ("Erdoğan said", "short", "Erdoğan"),
    ("Peskov's remarks", "short", "Peskov"),
]


@pytest.mark.parametrize(("text", "kind", "matched"), ENGLISH_CASES)
def test_english_forms(text: str, kind: str, matched: str) -> None:
    found = GLOSSARY.find(text, "en")
    assert [(m.kind, m.text) for m in found] == [(kind, matched)]


def test_capitalised_form_does_not_match_a_common_word() -> None:
    glossary = Glossary([GlossaryEntry("hope", "place", "Hope", ())])
    assert glossary.find("we hope so", "en") == []
    assert [m.text for m in glossary.find("in Hope today", "en")] == ["Hope"]


def test_later_glossary_overrides_earlier_entry_by_id(tmp_path: Path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text("entries:\n  - id: tartus\n    type: place\n    en: Tartus\n    ar: [طرطوس]\n", encoding="utf-8")
    desk = tmp_path / "desk.csv"
    desk.write_text("id,type,en,ar,variants,forbidden\ntartus,place,Tartous,طرطوس,,Tartus|Tortosa\n", encoding="utf-8")
    glossary = load_glossaries([house, desk])
    assert len(glossary) == 1
    entry = glossary.entries[0]
    assert (entry.en, entry.forbidden, entry.origin) == ("Tartous", ("Tartus", "Tortosa"), f"{desk}:2")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "entries:\n  - id: x\n    en: [unclosed\n", r"bad.yaml:\d+: not valid YAML"),
        ("nolist.yaml", "name: x\n", r"nolist.yaml:1: has no 'entries:' list"),
        ("noen.yaml", "entries:\n  - id: x\n    type: place\n", r"noen.yaml:2: entry has no English form"),
        ("type.yaml", "entries:\n  - id: x\n    type: city\n    en: X\n", r"type.yaml:2: unknown type 'city'"),
        ("field.yaml", "entries:\n  - id: x\n    en: X\n    spelling: Y\n", r"field.yaml:2: unknown field\(s\) spelling"),
        ("nohead.tsv", "a\tb\nx\ty\n", r"nohead.tsv:1: header row has no 'en' column"),
    ],
)
def test_malformed_glossaries_name_file_and_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        load_glossaries([path])


def test_tsv_with_multiple_values_per_cell(tmp_path: Path) -> None:
    path = tmp_path / "desk.tsv"
    path.write_text(
        "id\ttype\ten\tar\tvariants\tforbidden\nhmeimim\tplace\tHmeimim\tحميميم\t\tKhmeimim|Humaymim\n", encoding="utf-8"
    )
    entry = load_glossaries([path]).entries[0]
    assert entry.forbidden == ("Khmeimim", "Humaymim")
    assert entry.ar == ("حميميم",)
