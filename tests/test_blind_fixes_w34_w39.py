"""Fixes drawn from the held-out pairs w34-w39, on invented names and sentences: the
family word آل written as the article (خالد الزين for خالد آل زين) is the listed person
in an unlisted form."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

_AL_ZAIN = {"id": "khalid-al-zain", "type": "person", "en": "Khalid Al Zain", "ar": ["خالد آل زين"]}


@pytest.mark.parametrize(
    ("ar", "written"),
    [
        ("وقال رئيس الغرفة خالد الزين إن الصادرات تراجعت.", "خالد الزين"),
        ("وقال رئيس الغرفة خالد آل زين إن الصادرات تراجعت.", None),
    ],
)
def test_the_family_word_al_written_as_the_article_is_an_unlisted_form(tmp_path: Path, ar: str, written: str | None) -> None:
    en = "Chamber head Khalid Al Zain said exports had fallen."
    example = Example(ar=ar, en=en, fails=written is not None, direction="en-ar")
    messages = fired(BY_CODE["N103"], example, desk_glossary(tmp_path, [_AL_ZAIN]))
    assert messages == ([] if written is None else [messages[0]])
    assert written is None or f"written «{written}»" in messages[0]
