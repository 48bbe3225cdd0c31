"""Name fixes drawn from the blind pairs w22-w24, on invented names and sentences: a
nationality adjective is no surname to compare (Saudi, al-Saadi) unless the article writes
it as a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import desk_glossary, fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.model import Segment
from tqa.text.names import NameWord, nationality_word

BY_CODE = {c.code: c for c in ALL_CHECKS}

_MINISTER = {"id": "saadi", "type": "person", "en": "Fares al-Saadi", "ar": ["فارس الساعدي"]}
_AR_SAUDI = "قال فارس الساعدي إن الشبكة ستربط بالسعودية. وأضاف الساعدي أن مسؤولين سعوديين زاروا الموقع."


@pytest.mark.parametrize(
    "en",
    [
        "Fares al-Saadi said the grid would link to Saudi Arabia. Saadi added that Saudi officials had visited the site.",
        "Fares al-Saadi said the grid would link to the Saudi network. Saadi said Emirati and Saudi engineers visited.",
    ],
)
def test_a_nationality_adjective_is_no_misspelt_surname(tmp_path: Path, en: str) -> None:
    desk = desk_glossary(tmp_path, [_MINISTER])
    example = Example(ar=_AR_SAUDI, en=en, fails=False)
    assert fired(BY_CODE["M805"], example, desk) == []
    assert fired(BY_CODE["N104"], example, desk) == []


def test_a_family_named_for_a_country_is_still_a_name(tmp_path: Path) -> None:
    # Written with the article (al-Saudi) the word names a family: compared as before.
    desk = desk_glossary(tmp_path, [_MINISTER])
    ar = "قال فارس الساعدي إن الشبكة جاهزة. وأضاف الساعدي أن العمل بدأ."
    en = "Fares al-Saadi said the grid was ready. Al-Saudi added that work had begun."
    assert fired(BY_CODE["M805"], Example(ar=ar, en=en, fails=True), desk)


def test_a_surname_after_a_given_name_is_a_name_though_it_reads_as_a_nationality() -> None:
    def word(text: str, which: str) -> NameWord:
        start = text.index(which)
        return NameWord(Segment(0, 0, text), start, start + len(which))

    assert nationality_word(word("Talks with Saudi officials began.", "Saudi"))
    assert nationality_word(word("The Iraqi Kurdish region voted.", "Kurdish"))
    assert nationality_word(word("Baghdad Says Saudi Grid Is Ready.", "Saudi"))  # a headline's capitals
    assert not nationality_word(word("The sculptor Mona Saudi died.", "Saudi"))
    assert not nationality_word(word("Said al-Saudi spoke.", "al-Saudi"))
    assert not nationality_word(word("Talks with Saadi began.", "Saadi"))
