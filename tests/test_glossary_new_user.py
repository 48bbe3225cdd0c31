"""A new user's first steps with glossaries: a folder given for a file, a first name
proposed as a place."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tqa.errors import GlossaryError
from tqa.glossary.files import load_glossaries

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = [str(ROOT / "samples" / "moscow-visit.ar.md"), str(ROOT / "samples" / "moscow-visit.en.md")]


def test_a_folder_given_as_a_glossary_says_so_and_names_its_files(tmp_path: Path) -> None:
    shutil.copy(ROOT / "glossaries" / "syria.yaml", tmp_path / "house.yaml")
    (tmp_path / "desk.csv").write_text("id,en,ar\nhoms,Homs,حمص\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a glossary", encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        load_glossaries([tmp_path])
    assert str(caught.value) == (
        f"{tmp_path}: is a folder, not a glossary file (give each glossary file with its own --glossary (-g), "
        f"the one that should win last: -g {tmp_path / 'desk.csv'} -g {tmp_path / 'house.yaml'})"
    )
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "check", *SAMPLE, "-g", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"tqa: error: {caught.value}"]


def test_an_empty_folder_given_as_a_glossary_says_it_holds_none(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="is a folder, not a glossary file .*it holds no .yaml, .csv, .tsv or .tbx file"):
        load_glossaries([tmp_path])


def _suggested(tmp_path: Path, ar: str, en: str) -> list[tuple[str, str, str]]:
    from tqa.config import Settings
    from tqa.glossary.suggest import mine_name_pairs
    from tqa.pipeline import read_aligned

    (tmp_path / "a.ar.md").write_text(ar, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(en, encoding="utf-8")
    glossary = load_glossaries([])  # no glossary: Riyadh is in the house one
    doc = read_aligned(tmp_path / "a.ar.md", tmp_path / "a.en.md", Settings(), glossary)
    return [(p.english.text, p.arabic_entry_form, p.kind) for p in mine_name_pairs(doc, glossary)]


def test_a_first_name_alone_is_not_suggested_as_a_place(tmp_path: Path) -> None:
    """Samer and Mazen are no entries (the English given-name list lacks them; the Arabic
    one has them), but Samer al-Halabi is one, and Riyadh (الرياض, not رياض) a place."""
    ar = "كان سامر بين الجرحى في المستشفى.\n\nوصل مازن إلى دمشق صباح الأحد.\n\nوقال سامر الحلبي إن الوفد زار الرياض.\n"
    en = "Samer was among the wounded in the hospital.\n\nMazen arrived in Damascus on Sunday morning.\n\nSamer al-Halabi said the delegation visited Riyadh.\n"
    assert _suggested(tmp_path, ar, en) == [("Samer al-Halabi", "سامر الحلبي", "person"), ("Riyadh", "الرياض", "place")]


def test_n105_says_nothing_of_a_first_name_alone(tmp_path: Path) -> None:
    from tqa.config import Settings
    from tqa.pipeline import run

    (tmp_path / "a.ar.md").write_text("كان سامر بين الجرحى في المستشفى.\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text("Samer was among the wounded in the hospital.\n", encoding="utf-8")
    report = run(tmp_path / "a.ar.md", tmp_path / "a.en.md", Settings(select=("N105",)))
    assert [f.code for f in report.findings] == []


def test_a_short_given_name_goes_with_the_surname_it_precedes(tmp_path: Path) -> None:
    """Omar «عمر» carries two consonants, too few to pair alone, but a known given name
    written before a surname that pairs is that person's: the entry is the full name (a
    surname alone would then match «سلامة المواطنين», the citizens' safety). A word
    before the surname that is no known given name stays out (the Minister)."""
    ar = "وقال المتحدث باسم الوزارة عمر سلامة إن المشروع تأخر.\n\nوأكد الوزير دبدوب أن العمل سيستأنف.\n"
    en = "Ministry spokesman Omar Salameh said the project was delayed.\n\nMinister Dabdoub said work would resume.\n"
    assert _suggested(tmp_path, ar, en) == [("Omar Salameh", "عمر سلامة", "person"), ("Dabdoub", "دبدوب", "person")]


def test_suggest_takes_the_direction_as_check_does() -> None:
    """`tqa glossary suggest AR EN --direction en-ar` was refused ("no such option") where
    check, batch and align take it (a new user's review): the pair is aligned as check aligns it."""
    wheat = [str(ROOT / "samples" / f"wheat-energy.{lang}.md") for lang in ("ar", "en")]

    def suggest(*more: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tqa", "glossary", "suggest", *wheat, *more]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)

    plain, given = suggest(), suggest("--direction", "en-ar")
    assert plain.returncode == given.returncode == 0, given.stderr
    assert given.stdout == plain.stdout and "  - id: " in given.stdout
    wrong = suggest("--direction", "ar-fr")
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert wrong.stderr == "tqa: error: --direction 'ar-fr' is not ar-en or en-ar (write --direction ar-en or --direction en-ar)\n"
