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
