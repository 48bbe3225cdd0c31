"""The Arabic marks as a set (tqa.lang.ar.MARK_LETTERS) are exactly the letters the marks
pattern matches: offsets of folded text are found with the set (issue #14)."""

from __future__ import annotations

import sys

from tqa.lang import ar
from tqa.lang.ar import MARK_LETTERS, normalize, normalize_with_map


def test_mark_letters_are_the_pattern_letters() -> None:
    matched = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and ar._MARKS.match(chr(c))}
    assert matched == MARK_LETTERS
    assert len(MARK_LETTERS) == 10


def test_offsets_skip_marks_and_tatweel() -> None:
    text = "قالَ وزيرُ الخارجيـــة: «نَعَم»"
    folded, offsets = normalize_with_map(text)
    assert folded == normalize(text)
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
    assert all(text[o] not in MARK_LETTERS for o in offsets[:-1])
    assert [text[o] for o in offsets[:-1]] == [ch for ch in text if ch not in MARK_LETTERS]
