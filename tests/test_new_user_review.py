"""False alarms and misses a new user met on articles of their own (review of 2026-12-01),
each fixed as a general rule and tested here on new invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, document, fired
from tqa.batch.store import Store
from tqa.checks.base import Example
from tqa.config import Settings
from tqa.errors import OutputError
from tqa.glossary.model import Glossary
from tqa.glossary.suggest import mine_name_pairs, new_entry_pairs
from tqa.model import Severity
from tqa.pipeline import Inputs, align_inputs, check_document, read_single
from tqa.text.directions import directions
from tqa.text.names import is_given_name
from tqa.text.numbers.english import english_quantities

LEAD_AR = "افتتحت البلدية سوقاً جديدة للخضار في وسط المدينة صباح أمس.\n\n"
LEAD_EN = "The municipality opened a new vegetable market in the city centre yesterday morning.\n\n"


def _codes(ar: str, en: str, glossary: Glossary | None = None, direction: str = "ar-en") -> list[str]:
    arabic, english = document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en")
    inputs = Inputs(english, arabic, "en", "ar") if direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    used = glossary if glossary is not None else Glossary([], [])
    report = check_document(align_inputs(inputs, used), used, tuple(BY_CODE.values()), Settings())
    return [f"{f.code} {f.severity.label} {f.message}" for f in report.findings]


# --- 1. A whole and a fraction of a scale in English words --------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The harvest reached one and a half million tonnes.", 1.5e6),
        ("The fund asked for two-and-a-half billion dollars.", 2.5e9),
        ("Some a million and a half pilgrims came.", 1.5e6),
        ("Exports rose to three and a quarter million barrels.", 3.25e6),
    ],
)
def test_a_whole_and_a_half_of_a_scale_is_one_number(text: str, value: float) -> None:
    found = [q for q in english_quantities(text) if not q.soft]
    assert [q.value for q in found] == [value]


def test_a_half_with_no_scale_is_left_to_the_measures() -> None:
    assert [q.value for q in english_quantities("The meeting lasted one and a half hours.") if not q.soft] == []


@pytest.mark.parametrize(
    "en",
    ["The number of visitors has climbed to one and a half million.", "Visitors now number one-and-a-half million."],
)
def test_a_million_and_a_half_in_words_matches_the_arabic(en: str) -> None:
    ar = "وارتفع عدد الزوار إلى مليون ونصف المليون زائر."
    assert [c for c in _codes(ar, en) if c.startswith(("D201", "D202", "D203"))] == []
    wrong = "The number of visitors has climbed to two and a half million."
    assert any(c.startswith("D203") or c.startswith("D201") for c in _codes(ar, wrong))


# --- 3. A bearing from a place does not place it ------------------------------------


@pytest.mark.parametrize(
    "text", ["A new road runs south from Mosul to Baghdad.", "The convoy drove west from the border crossing at Rabia."]
)
def test_a_direction_from_a_place_is_relative(text: str) -> None:
    assert all(d.relative for d in directions(text, "en"))


def _alone(tmp_path: Path, english: str, glossary: Glossary, code: str) -> list[str]:
    """One check's findings on an English article alone (tqa check EN)."""
    path = tmp_path / "alone.en.txt"
    path.write_text(english, encoding="utf-8")
    return [f.message for f in check_document(read_single(path), glossary, (BY_CODE[code],), Settings()).findings]


def test_a_line_running_north_from_a_southern_port_is_no_contradiction(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, [{"id": "basra", "type": "place", "en": "Basra", "ar": ["البصرة"], "region": "south"}])
    assert _alone(tmp_path, "A railway will run north from Basra to the capital.", glossary, "M803") == []
    assert _alone(tmp_path, "Basra, in the north, has a new railway.", glossary, "M803")


# --- 2. A word of a place name of several words is no misspelling of it ------------------

_PORT = [
    {"id": "misrata-free-zone", "type": "place", "en": "Misrata Free Zone", "ar": ["المنطقة الحرة بمصراتة"]},
    {"id": "khor-fakkan", "type": "place", "en": "Khor Fakkan", "ar": ["خورفكان"]},
]


def test_the_first_word_of_a_longer_place_name_alone_is_another_place(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, _PORT)
    # Misurata is the city, not the free zone named after it (whose house form is no suggestion for it).
    assert _alone(tmp_path, "The minister spoke to reporters in Misurata on Monday.", glossary, "M805") == []


def test_a_misspelt_longer_place_name_is_reported_whole_with_its_house_form(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, _PORT)
    found = _alone(tmp_path, "Ships queued outside Khor Fakan for two days.", glossary, "M805")
    assert len(found) == 1 and "«Khor Fakan»" in found[0] and found[0].endswith("write «Khor Fakkan»")


def test_a_misspelling_in_an_english_original_is_a_note_with_no_suggestion(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, _PORT)
    codes = _codes("ووصلت السفن إلى خورفكان.", "The ships reached Khor Fakan.", glossary, direction="en-ar")
    m805 = [c for c in codes if c.startswith("M805")]
    assert len(m805) == 1 and m805[0].startswith("M805 info") and "nothing to change in the translation" in m805[0]
    # In the translation it is still the translator's to correct.
    codes = _codes("ووصلت السفن إلى المرفأ.", "The ships reached Khor Fakan.", glossary)
    assert [c[:12] for c in codes if c.startswith("M805")] == ["M805 warning"]


# --- 4. and 5. Names to suggest: a given name with its surname, companies, regions ----------


@pytest.mark.parametrize("name", ["Karim", "Kareem", "Ziad", "Nour", "Adel", "Rania"])
def test_common_arab_given_names_are_given_names(name: str) -> None:
    assert is_given_name(name)


def _pairs(ar: str, en: str, glossary: Glossary | None = None) -> list[tuple[str, str, str]]:
    used = glossary if glossary is not None else Glossary([], [])
    doc = align_inputs(Inputs(document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en"), "ar", "en"), used)
    return [(p.english.text, p.arabic_entry_form, p.kind) for p in new_entry_pairs(doc, used)]


def test_a_given_name_before_a_short_surname_is_suggested_whole() -> None:
    ar = "وقال المهندس زياد عامر إن الأعمال ستنتهي قريباً."
    en = "Engineer Ziad Amer said the works would end soon."
    assert _pairs(ar, en) == [("Ziad Amer", "زياد عامر", "person")]


def test_a_given_name_alone_is_never_suggested() -> None:
    assert _pairs("وقالت نادية إن الأعمال ستنتهي قريباً.", "Nadia said the works would end soon.") == []


def test_a_company_is_suggested_with_its_head_word_as_an_organisation() -> None:
    ar = 'وفازت شركة "زيلاند للطاقة" البريطانية بالعقد.'
    en = "Britain's Zealand Energy won the contract."
    assert _pairs(ar, en) == [("Zealand Energy", "زيلاند للطاقة", "organisation")]
    ar = 'ووقعت الوزارة عقداً مع "الكرمل القابضة".'
    en = "The ministry signed a contract with Al Karmel Holding."
    assert _pairs(ar, en) == [("Al Karmel Holding", "الكرمل القابضة", "organisation")]


def test_a_region_named_with_a_compass_word_is_suggested_whole() -> None:
    ar = "وتصدر الشركة منتجاتها إلى شرق تنزانيا."
    en = "The company exports its goods to East Tanzania."
    assert _pairs(ar, en) == [("East Tanzania", "شرق تنزانيا", "place")]


def test_a_glossary_persons_surname_is_a_short_form_not_a_new_entry(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, [{"id": "hala-mansour", "type": "person", "en": "Hala Mansour", "ar": ["هالة منصور"]}])
    ar = "وقالت هالة منصور إن المشروع تأخر. وأضافت منصور أن التمويل متوفر."
    en = "Hala Mansour said the project was late. Mansour added that the money was there."
    doc = align_inputs(Inputs(document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en"), "ar", "en"), glossary)
    assert [(p.english.text, p.short_of) for p in mine_name_pairs(doc, glossary)] == [("Mansour", "hala-mansour")]
    assert new_entry_pairs(doc, glossary) == []  # what N105 and a batch's index suggest


def test_a_surname_only_ever_opening_its_sentences_is_still_a_name_use_in_a_batch(tmp_path: Path) -> None:
    from tqa.batch.worker import _name_uses

    glossary = Glossary([], [])
    ar = "وقالت هالة منصور إن المشروع تأخر. وأضافت منصور أن التمويل متوفر."
    en = "Hala Mansur said the project was late. Mansour added that the money was there."
    doc = align_inputs(Inputs(document(LEAD_AR + ar, "ar"), document(LEAD_EN + en, "en"), "ar", "en"), glossary)
    assert {u.text for u in _name_uses(doc, glossary)} >= {"Mansur", "Mansour"}


# --- 6. N103 quotes the name as the Arabic writes it ---------------------------------


def test_a_name_written_in_more_words_is_quoted_whole(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, [{"id": "samir-benomar", "type": "person", "en": "Samir Benomar", "ar": ["سمير بنعمر"]}])
    example = Example(ar="وقال سمير بن عمر إن الأشغال انتهت.", en="Samir Benomar said the works were over.", fails=True, direction="en-ar")
    found = fired(BY_CODE["N103"], example, glossary)
    assert len(found) == 1 and "written «سمير بن عمر» in the Arabic" in found[0]


# --- 7. A month given by two names that are two months -----------------------------------


@pytest.mark.parametrize(
    ("ar", "en", "said"),
    [
        ("وتنتهي المهلة في نيسان/مايو ٢٠٢٨.", "The deadline ends in May 2028.", "the English says May"),
        ("وتنتهي المهلة في نيسان/مايو ٢٠٢٨.", "The deadline ends in April 2028.", "the English says April"),
        ("وتنتهي المهلة في كانون الثاني (فبراير) المقبل.", "The deadline ends next February.", "the English says February"),
    ],
)
def test_a_month_pair_naming_two_months_is_reported(ar: str, en: str, said: str) -> None:
    found = [c for c in _codes(ar, en) if c.startswith("D217")]
    assert len(found) == 1 and said in found[0]


def test_a_month_pair_of_one_month_or_a_span_of_two_is_fine() -> None:
    assert [c for c in _codes("وتنتهي المهلة في نيسان/أبريل ٢٠٢٨.", "The deadline ends in April 2028.") if "D217" in c] == []
    ar, en = "وتمتد الأشغال من نيسان إلى أيار.", "The works run from April to May."
    assert [c for c in _codes(ar, en) if "D217" in c] == []


def test_a_month_pair_is_checked_in_an_arabic_article_alone(tmp_path: Path) -> None:
    path = tmp_path / "alone.ar.txt"
    path.write_text("وتنتهي المهلة في تشرين الأول/نوفمبر ٢٠٢٨.", encoding="utf-8")
    report = check_document(read_single(path), Glossary([], []), (BY_CODE["D217"],), Settings())
    assert [f.severity for f in report.findings] == [Severity.ERROR]
    assert "«تشرين الأول» is October but «نوفمبر» is November" in report.findings[0].message


def test_a_glossary_persons_surname_respelt_in_the_arabic_shows_the_english_source(tmp_path: Path) -> None:
    # Review of 2026-12-02: with the person in the glossary, N106 showed only the Arabic.
    desk = desk_glossary(tmp_path, [{"id": "salma-ghanem", "type": "person", "en": "Salma Ghanem", "ar": ["سلمى غانم"]}])
    english = document("Salma Ghanem opened the fair on Monday.\n\nGhanem said exhibitors came from six countries.", "en")
    arabic = document("افتتحت سلمى غانم المعرض يوم الاثنين.\n\nوقالت جانم إن العارضين جاؤوا من ست دول.", "ar")
    report = check_document(align_inputs(Inputs(english, arabic, "en", "ar"), desk), desk, (BY_CODE["N106"],), Settings())
    (finding,) = report.findings
    assert finding.source is not None and finding.source.text == "Ghanem"
    assert finding.target is not None and finding.target.text == "جانم"


def test_a_run_store_that_cannot_be_created_says_cannot_write_here(tmp_path: Path) -> None:
    # Review of 2026-12-02: an unwritable --out folder was blamed on a store file that did not exist.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write here") as raised:
        Store(blocker / "tqa-runs.sqlite")
    assert "delete this file" not in str(raised.value)
    corrupt = tmp_path / "runs.sqlite"
    corrupt.write_bytes(b"not a database at all" * 100)
    with pytest.raises(OutputError, match="is not a usable run store"):
        Store(corrupt)
