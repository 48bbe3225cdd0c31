"""What N101 and N103 say, new-user review 12 (wording only, no new findings): a surname
written another way after the given name offers the whole preferred form, and a glossary
name the English seems to lack names the capitalised words that may be it, misspelt.
Invented sentences and a desk glossary of invented people."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.example_runs import desk_glossary, fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example

N101 = next(c for c in ALL_CHECKS if c.code == "N101")
N103 = next(c for c in ALL_CHECKS if c.code == "N103")
PEOPLE = [
    {
        "id": "karim-al-nouri",
        "type": "person",
        "en": "Karim al-Nouri",
        "short": "al-Nouri",
        "ar": ["كريم النوري", "النوري"],
        "variants": ["Nouri"],
    },
    {"id": "salim-abu-al-rous", "type": "person", "en": "Salim Abu al-Rous", "short": "Abu al-Rous", "ar": ["سليم أبو الروس"]},
]


@pytest.mark.parametrize(
    ("en", "message"),
    [
        (
            "Mayor Karim Nouri opened the new bridge on Sunday.",
            "«Karim Nouri» is not house style for Karim al-Nouri: write «Karim al-Nouri»",
        ),
        # The surname alone still gets the short form.
        ("The bridge, Nouri said, opened on Sunday.", "«Nouri» is not house style for Karim al-Nouri: write «al-Nouri»"),
    ],
    ids=["whole-name", "surname-alone"],
)
def test_n101_offers_the_whole_preferred_form_when_the_whole_name_is_there(tmp_path: Path, en: str, message: str) -> None:
    glossary = desk_glossary(tmp_path, PEOPLE)
    found = fired(N101, Example(ar="افتتح رئيس البلدية كريم النوري الجسر الجديد يوم الأحد.", en=en, fails=True), glossary)
    assert [re.sub(r" \([^()]*desk\.yaml:\d+\)", "", m) for m in found] == [message]


def test_n103_names_words_that_may_be_the_name_misspelt(tmp_path: Path) -> None:
    glossary = desk_glossary(tmp_path, PEOPLE)
    ar = "وقال وزير الزراعة سليم أبو الروس إن الموسم جيد."
    found = fired(N103, Example(ar=ar, en="Agriculture Minister Salim Abou Rose said the season was good.", fails=True), glossary)
    assert found == [
        "Salim Abu al-Rous («سليم أبو الروس») is in the Arabic; the English has «Salim Abou Rose»: "
        "if that is this name, write «Salim Abu al-Rous»"
    ]
    # Nothing that shares a word with the name: the message is as before.
    found = fired(N103, Example(ar=ar, en="The agriculture minister said the season was good.", fails=True), glossary)
    assert found == [
        "Salim Abu al-Rous («سليم أبو الروس») is in the Arabic but not in the English: add «Salim Abu al-Rous» or confirm the rewording"
    ]
