"""Figures stated as a difference: "four months ahead of schedule", «أقل بثلاثة أيام».

A translator may give the gap between two figures instead of one of them: «أنجزت المشروع
في ٢٢ شهراً بدلاً من ٢٦ شهراً» (in 22 months instead of 26) is "completed the project in
22 months, four months ahead of schedule". The reader learns the same. A figure counts as
a difference only when a comparison word says so right after it (and its unit): ahead,
behind, earlier, later, more, fewer, less, longer, shorter, higher, lower; in Arabic
أقل، أكثر، أبكر، قبل الموعد، مبكراً، إضافية; or before it: "by", «بمقدار», «بفارق»,
«أطول بـ». A bare figure is never read as one.
"""

from __future__ import annotations

import re

from tqa import patterns
from tqa.lang.ar import normalize

# After the figure, its unit (one word, or none), then the comparison word.
_ENGLISH = patterns.compile(
    r"^(?:-|\s+)(?:[a-z]+\s+)?(?:ahead\s+of|behind|earlier|later|sooner|early|late"
    r"|more|fewer|less|longer|shorter|higher|lower)\b",
    re.IGNORECASE,
)
# Normalised Arabic (one alef, ه for ة): «شهراً أقل», «أيام قبل الموعد», «ساعات إضافية».
_ARABIC = patterns.compile(
    r"^\s+(?:\S+\s+)?(?:اقل|اكثر|ابكر|اضافيه|اضافيا|اضافي|قبل\s+(?:ال)?موعد|مبكرا|متاخرا|بعد\s+(?:ال)?موعد)(?![\u0621-\u064A])"
)
_ENGLISH_BEFORE = patterns.compile(r"\bby\s+(?:[$£€]\s*)?$", re.IGNORECASE)
_ARABIC_BEFORE = patterns.compile(
    r"(?:(?<![\u0621-\u064A])(?:بمقدار|بفارق|بزياده|بنقص)|(?:اقل|اكثر|اطول|اقصر|ابكر|اعلي|ادني|اكبر|اصغر)\s+ب)\s*$"
)
_WINDOW = 40


def is_difference(text: str, start: int, end: int, lang: str) -> bool:
    """The figure at text[start:end] is stated as the gap between two figures."""
    before, after = text[max(0, start - _WINDOW) : start], text[end : end + _WINDOW]
    if lang == "en":
        return bool(_ENGLISH.match(after) or _ENGLISH_BEFORE.search(before))
    return bool(_ARABIC.match(normalize(after)) or _ARABIC_BEFORE.search(normalize(before)))
