"""Misses a new user's articles showed (review 12, 2026-12-02), each fixed as a general rule
and tested here on new invented sentences: a misspelt full name in an opening sentence
whose surname a later sentence spells right (N103); a dropped article inside a compound
name, Abu al- or Abd al- (N101); a cardinal after the definite noun it counts (D201);
fractions written as words on both sides (D203)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

# --- 1. A misspelt full name, the surname right in a later sentence (en-ar) -----------

_HADDAD = [{"id": "nabil-qassar", "type": "person", "en": "Nabil Qassar", "short": "Qassar", "ar": ["نبيل القصار", "القصار"]}]
_EN_HADDAD = "Transport Minister Nabil Qassar opened the new bus station on Sunday.\n\nQassar later met the drivers."


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # The opening sentence misspells the name; the next paragraph spells the surname right.
        ("افتتح وزير النقل نبيل القصاد محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", True),
        # The same, with the surname right in the same paragraph: not a name moved there.
        ("افتتح وزير النقل نبيل القصاد محطة الحافلات الجديدة يوم الأحد. والتقى القصار لاحقاً السائقين.", True),
        # The article left out of the name: another spelling of it.
        ("افتتح وزير النقل نبيل قصار محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", True),
        # Spelt right both times.
        ("افتتح وزير النقل نبيل القصار محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", False),
    ],
)
def test_a_misspelt_first_mention_is_not_hidden_by_a_later_right_one(tmp_path: Path, ar: str, fails: bool) -> None:
    example = Example(ar=ar, en=_EN_HADDAD, fails=fails, direction="en-ar")
    messages = fired(BY_CODE["N103"], example, desk_glossary(tmp_path, _HADDAD))
    assert bool(messages) is fails
    assert not fails or all("نبيل القصار" in m for m in messages)


def test_a_name_moved_to_the_next_sentence_is_still_there(tmp_path: Path) -> None:
    """The person named whole in the Arabic's next sentence, as the English moved it: no finding."""
    ar = "افتُتحت محطة الحافلات الجديدة يوم الأحد. وقال نبيل القصار إنها ستخدم ألف راكب."
    en = "Nabil Qassar opened the new bus station on Sunday. He said it would serve a thousand passengers."
    example = Example(ar=ar, en=en, fails=False, direction="en-ar")
    assert not fired(BY_CODE["N103"], example, desk_glossary(tmp_path, _HADDAD))
