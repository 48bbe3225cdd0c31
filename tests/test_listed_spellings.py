"""Spellings the glossary lists are accepted spellings (N106), N104 says which spelling
to keep and points at the one to change, and `tqa history` ranks glossary spellings only.
Invented sentences throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.example_runs import BY_CODE
from tqa.checks.base import Check, Example
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary
from tqa.model import Block, Document, Finding
from tqa.pipeline import Inputs, align_inputs, check_document

ROOT = Path(__file__).resolve().parent.parent
HOUSE = load_glossaries([ROOT / "glossaries" / "syria.yaml"])


def _glossary(tmp_path: Path, entries: list[dict[str, object]]) -> Glossary:
    path = tmp_path / "desk.yaml"
    path.write_text(yaml.safe_dump({"name": "desk", "entries": entries}, allow_unicode=True), encoding="utf-8")
    return load_glossaries([path])


def _findings(check: Check, example: Example, glossary: Glossary = HOUSE) -> list[Finding]:
    def document(text: str, lang: str) -> Document:
        return Document(f"example.{lang}", "text", tuple(Block(p) for p in text.split("\n\n")))

    arabic, english = document(example.ar, "ar"), document(example.en, "en")
    inputs = Inputs(english, arabic, "en", "ar") if example.direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    report = check_document(align_inputs(inputs, glossary), glossary, (check,), Settings())
    assert not report.failed_checks, report.failed_checks
    return list(report.findings)


# --------------------------------------------------------------------------- N106

_ISLAMIC_STATE_AR = (
    "أعلنت الشرطة أنها اعتقلت خمسة من أعضاء تنظيم الدولة الإسلامية في الموصل.\n\nوقالت إن داعش كان يخطط لهجمات في المدينة."
)
_ISLAMIC_STATE_EN = "Police said they had arrested five Islamic State members in Mosul.\n\nThey said Islamic State had been planning attacks in the city."


@pytest.mark.parametrize("direction", ["ar-en", "en-ar"])
def test_two_arabic_forms_one_entry_lists_are_one_name(direction: str) -> None:
    example = Example(ar=_ISLAMIC_STATE_AR, en=_ISLAMIC_STATE_EN, fails=False, direction=direction)
    assert _findings(BY_CODE["N106"], example) == []


_UNICEF_AR = (
    "قالت منظمة الأمم المتحدة للطفولة (يونيسف) إن آلاف الأطفال بلا مدارس.\n\nوأضافت يونيسف أنها سترسل معلمين إلى المخيمات."
)
_UNICEF_EN = "The UN Children's Fund (UNICEF) said thousands of children had no school.\n\nUNICEF added that it would send teachers to the camps."


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "unicef", "type": "organisation", "en": "UNICEF", "ar": ["يونيسف", "منظمة الأمم المتحدة للطفولة"]},
        {"id": "unicef", "type": "organisation", "en": "UNICEF", "ar": ["منظمة الأمم المتحدة للطفولة", "يونيسف"]},
        {
            "id": "unicef",
            "type": "organisation",
            "en": "UN Children's Fund",
            "short": "UNICEF",
            "ar": ["يونيسف", "منظمة الأمم المتحدة للطفولة"],
        },
    ],
    ids=["acronym-first", "full-first", "short"],
)
@pytest.mark.parametrize("direction", ["ar-en", "en-ar"])
def test_a_full_name_with_its_acronym_then_the_acronym_is_one_name(
    entry: dict[str, object], direction: str, tmp_path: Path
) -> None:
    desk = _glossary(tmp_path, [entry])
    assert _findings(BY_CODE["N106"], Example(ar=_UNICEF_AR, en=_UNICEF_EN, fails=False, direction=direction), desk) == []


def test_a_single_word_form_the_entry_lists_is_no_second_spelling_of_the_surname(tmp_path: Path) -> None:
    en = "Lena Morales visited the flooded villages on Tuesday. Morales said aid would arrive within days."
    ar = "زارت لينا موراليس القرى المنكوبة يوم الثلاثاء. وقالت {} إن المساعدات ستصل خلال أيام."
    listed = _glossary(
        tmp_path, [{"id": "lena-morales", "type": "person", "en": "Lena Morales", "ar": ["لينا موراليس", "مورالس"]}]
    )
    assert _findings(BY_CODE["N106"], Example(ar=ar.format("مورالس"), en=en, fails=False, direction="en-ar"), listed) == []
    # The same spelling, unlisted, against the listed full name: still one name written two ways.
    unlisted = _glossary(tmp_path, [{"id": "lena-morales", "type": "person", "en": "Lena Morales", "ar": ["لينا موراليس"]}])
    assert [
        f.target.text
        for f in _findings(BY_CODE["N106"], Example(ar=ar.format("مورالس"), en=en, fails=True, direction="en-ar"), unlisted)
        if f.target
    ] == ["مورالس"]


# --------------------------------------------------------------------------- N104

_KHATIB_AR = (
    "زار وزير الصحة رامي الخطيب المستشفى يوم الاثنين. وقال الخطيب إن عشرة أجنحة أعيد فتحها. وأضاف الخطيب أن البقية ستفتح في أيار."
)
_KHATIB_EN = "Health Minister Rami al-Khatib visited the hospital on Monday. {} said ten wards had reopened. The rest will open in May, {} added."


def _evidence(finding: Finding) -> tuple[int, str]:
    assert finding.target is not None
    return finding.target.segment, finding.target.text


def test_n104_points_at_the_spelling_used_less_and_says_to_keep_the_one_used_most() -> None:
    example = Example(ar=_KHATIB_AR, en=_KHATIB_EN.format("Al-Khateeb", "al-Khateeb"), fails=True)
    [finding] = _findings(BY_CODE["N104"], example)
    assert _evidence(finding) == (0, "al-Khatib")
    # Al-Khateeb and al-Khateeb are one spelling (the check groups them so): ×2.
    assert finding.message == (
        "«al-Khatib» and «Al-Khateeb» look like one name spelled two ways («al-Khatib» ×1, «Al-Khateeb» ×2):"
        " keep «Al-Khateeb», the spelling used most, and change «al-Khatib»"
    )
    assert finding.suggestion == "al-Khateeb"  # in the case of the word it replaces


def test_n104_on_a_tie_says_so_and_points_at_the_later_spelling() -> None:
    ar = "زار وزير الصحة رامي الخطيب المستشفى يوم الاثنين. وقال الخطيب إن عشرة أجنحة أعيد فتحها."
    en = "Health Minister Rami al-Khatib visited the hospital on Monday. Al-Khateeb said ten wards had reopened."
    [finding] = _findings(BY_CODE["N104"], Example(ar=ar, en=en, fails=True))
    assert _evidence(finding) == (1, "Al-Khateeb")
    assert finding.message == (
        "«Al-Khateeb» and «al-Khatib» look like one name spelled two ways («al-Khatib» ×1, «Al-Khateeb» ×1, a tie):"
        " choose one spelling and use it throughout"
    )
    assert finding.suggestion is None  # neither spelling decides


def test_n104_keeps_the_glossary_spelling_of_a_surname_even_when_it_is_used_less(tmp_path: Path) -> None:
    desk = _glossary(tmp_path, [{"id": "omar-al-haddad", "type": "person", "en": "Omar al-Haddad", "ar": ["عمر الحداد"]}])
    ar = "افتتح عمر الحداد العيادة يوم الاثنين. وقال الحداد إنها ستعالج ٢٠٠ مريض يومياً. وأضاف الحداد أن الطاقم مدرب. وقال الحداد إن الكلفة بلغت مليوني دولار."
    en = (
        "Omar al-Haddad opened the clinic on Monday. Al-Haddad said it would treat 200 patients a day."
        " Al-Hadad added that the staff were trained. The cost was $2m, al-Hadad said."
    )
    [finding] = _findings(BY_CODE["N104"], Example(ar=ar, en=en, fails=True), desk)
    assert _evidence(finding) == (2, "Al-Hadad")
    assert finding.message.endswith(": keep «Al-Haddad», the glossary's spelling, and change «Al-Hadad»")
    assert finding.suggestion == "Al-Haddad"


def test_n104_never_asks_to_change_a_glossary_persons_surname_as_listed(tmp_path: Path) -> None:
    people = [
        {"id": "omar-al-haddad", "type": "person", "en": "Omar al-Haddad", "ar": ["عمر الحداد"]},
        {"id": "lina-al-hadad", "type": "person", "en": "Lina al-Hadad", "ar": ["لينا الحداد"]},
    ]
    desk = _glossary(tmp_path, people)
    ar = "افتتح عمر الحداد ولينا الحداد العيادة يوم الاثنين. وقال عمر الحداد إنها ستعالج ٢٠٠ مريض يومياً. وأضافت لينا الحداد أن الطاقم مدرب."
    en = (
        "Omar al-Haddad and Lina al-Hadad opened the clinic on Monday. Al-Haddad said "
        "it would treat 200 patients a day. Al-Hadad added that the staff were trained."
    )
    assert _findings(BY_CODE["N104"], Example(ar=ar, en=en, fails=False), desk) == []


# --------------------------------------------------------------------------- tqa history


def test_history_ranks_glossary_spellings_only(tmp_path: Path) -> None:
    from tqa.batch.history import history_text
    from tqa.batch.store import Store, now

    path = tmp_path / "tqa-runs.sqlite"
    store = Store(path)
    run_id = store.start_run("sig", str(tmp_path), 1)
    article = store.db.execute(
        "INSERT INTO articles (key, paths, content_hash, signature, run_id, checked_at, status, error, mode, failed, seconds, desk)"
        " VALUES ('dam', 'dam.ar.md|dam.en.md', 'h', 'sig', ?, ?, 'ok', '', 'pair', 0, 0.1, '')",
        (run_id, now()),
    ).lastrowid
    rows: list[tuple[str, str, str | None]] = [
        ("N101", "Kamishli", "Qamishli"),  # a listed variant
        ("N102", "Halab", "Aleppo"),  # a forbidden spelling
        ("M805", "Qamishly", "Qamishli"),  # misspelt, with the house form
        ("N104", "al-Masri", "Al-Masry"),  # two spellings of a name the glossary lacks: neither is wrong by the glossary
        ("N103", "دهوك", "Dohuk"),  # a name missing from the English: nothing is misspelt
        ("N106", "براك", "باراك"),
        ("M805", "Lavrof", None),  # no house form to show
    ]
    for position, (code, wrong, house) in enumerate(rows):
        store.db.execute(
            "INSERT INTO findings (article_id, position, code, name, severity, category, message, suggestion, source, target, fingerprint)"
            " VALUES (?, ?, ?, 'n', 'warning', 'name', 'm', ?, NULL, ?, ?)",
            (article, position, code, house, wrong, f"f{position}"),
        )
    store.close()
    listed = history_text(path, "30d", 20).split("Articles that still fail:")[0]
    for wrong, house in (("Kamishli", "Qamishli"), ("Halab", "Aleppo"), ("Qamishly", "Qamishli")):
        assert f"1 × {wrong} (house: {house}) in 1 article(s)" in listed
    for other in ("al-Masri", "دهوك", "براك", "Lavrof"):
        assert other not in listed
