"""Figures marked as approximate ("about 2.3 million", «نحو ٢٫٣ مليون»), and roundings.

A translator who writes "about 2.3 million" for «٢٫٣٤ مليون» has rounded, not changed,
the figure: the approximation word says so. A rounding counts only within half a step
of the rounded figure's written precision (2.34 -> 2.3, 1,240 -> 1,200), and only
when one side says the figure is approximate; 2.34 -> 2.5, or 2.3 with no such word,
is still a changed figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tqa import patterns
from tqa.lang.ar import to_western_digits
from tqa.text.numbers.quantity import Quantity

_CURRENCY = r"(?:(?:US|A|C)?\$|£|€|¥|USD|EUR|GBP)?\s*"
_ENGLISH = patterns.compile(
    r"\b(?:about|around|some|nearly|almost|roughly|approximately|approx\.|an estimated|estimated|"
    r"more than|over|close to|less than|under|fewer than|just over|just under|upwards of|up to|at least)\s+" + _CURRENCY + r"$",
    re.IGNORECASE,
)
# Arabic words, with the proclitics و ب ل ف they take («بنحو», «وحوالي»).
_ARABIC = patterns.compile(
    r"(?<![\u0621-\u064A])[وفبل]?(?:نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب|يقارب|تقارب|ما\s+يناهز|يناهز|"
    r"أكثر\s+من|أقل\s+من|ما\s+يزيد\s+(?:على|عن)|ما\s+يربو\s+على|أزيد\s+من|ما\s+لا\s+يقل\s+عن|تقريباً?)"
    r"[\u064B-\u0652]*\s+" + _CURRENCY + r"$"
)
_ARABIC_AFTER = patterns.compile(r"^\s*(?:\S+\s+){0,3}?تقريب[اًا]")
_WINDOW = 40


def is_approximate(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] has an approximation word before it (or «تقريباً» after it)."""
    before = text[max(0, start - _WINDOW) : start]
    return bool(_ENGLISH.search(before) or _ARABIC.search(before) or _ARABIC_AFTER.match(text[end : end + _WINDOW]))


def _step(quantity: Quantity) -> Decimal:
    """Half of what the figure's last written digit counts: 2.3 million -> 50,000; 1,200 -> 50."""
    digits = re.sub(r"[^0-9.]", "", to_western_digits(f"{quantity.base!r}"))
    written = Decimal(digits).normalize()
    exponent = written.as_tuple().exponent
    assert isinstance(exponent, int)  # a finite base always has one
    return Decimal(10) ** exponent * Decimal(1000) ** quantity.scale / 2


def _dated(quantity: Quantity) -> bool:
    """A year or a Hijri day is a date, which is never rounded (D214 compares it)."""
    year = re.fullmatch(r"\d{4}", to_western_digits(quantity.text).strip())
    return quantity.hijri or (bool(year) and 1900 <= quantity.value <= 2100)


def is_rounding(precise: Quantity, rounded: Quantity) -> bool:
    """`rounded` is `precise` written with fewer digits, within half a step of its last digit."""
    if precise.percent != rounded.percent or precise.value == rounded.value or _dated(precise) or _dated(rounded):
        return False
    try:
        half, finer = _step(rounded), _step(precise)
    except ArithmeticError:
        return False
    difference = abs(Decimal(repr(precise.value)) - Decimal(repr(rounded.value)))
    return half > finer and difference <= half
