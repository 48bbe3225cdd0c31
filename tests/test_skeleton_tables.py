"""A skeleton's one-translate tables (tqa.text.skeletons._Capitals) give what translating
by the class tables and dropping every character that is not a capital gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tqa.text import skeletons

_LETTERS = (
    "".join(map(chr, [*skeletons.ARABIC_CLASSES, *skeletons.LATIN_CLASSES])) + "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإؤئ abcXYZ-'é"
)


def _slow(text: str, classes: dict[int, str]) -> str:
    return "".join(ch for ch in text.translate(classes) if ch.isupper())


@given(st.one_of(st.text(), st.text(alphabet=_LETTERS)))
def test_capitals_tables_translate_as_the_class_tables_and_a_filter(text: str) -> None:
    assert text.translate(skeletons._ARABIC_KEYS) == _slow(text, skeletons.ARABIC_CLASSES)
    assert text.translate(skeletons._LATIN_KEYS) == _slow(text, skeletons.LATIN_CLASSES)
