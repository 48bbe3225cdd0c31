"""Figures marked as approximate ("about 2.3 million", «نحو ٢٫٣ مليون»), and roundings.

A translator who writes "about 2.3 million" for «٢٫٣٤ مليون» has rounded, not changed,
the figure: the approximation word says so. A rounding counts only within half a step
of the rounded figure's written precision (2.34 -> 2.3, 1,240 -> 1,200), only when one
side says the figure is approximate, and only when it moves the figure by at most 5%
(ROUNDING_LIMIT) of its value: 587 -> about 600, 1.96 billion -> nearly 2 billion and
48.7% -> about 49% or nearly half are roundings; 45% -> around 40% (11%), 2.4 million ->
about 2 million (17%) change what the reader learns. A word that bounds the figure keeps
its side: "more than 4.7 million" for 4.72 million, not "more than half" for 48.7%.
2.34 -> 2.5, or 2.3 with no such word, is still a changed figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tqa import patterns
from tqa.lang.ar import to_western_digits
from tqa.text.numbers.quantity import Quantity

_CURRENCY = r"(?:(?:US|A|C)?\$|£|€|¥|USD|EUR|GBP)?\s*"
# Words that bound the figure from one side ("more than 600": the figure is above 600;
# "less than half": below it), and words that say it is about right.
_EN_ABOVE = r"more\s+than|over|just\s+over|upwards\s+of|at\s+least|above|in\s+excess\s+of"
_EN_BELOW = r"less\s+than|under|fewer\s+than|just\s+under|up\s+to|below|(?:just\s+)?shy\s+of|short\s+of"
_EN_ABOUT = r"about|around|some|nearly|almost|roughly|approximately|approx\.|an\s+estimated|estimated|close\s+to"
ENGLISH_WORDS = f"{_EN_ABOVE}|{_EN_BELOW}|{_EN_ABOUT}"
_ENGLISH = patterns.compile(rf"\b(?:(?P<above>{_EN_ABOVE})|(?P<below>{_EN_BELOW})|{_EN_ABOUT})\s+{_CURRENCY}$", re.IGNORECASE)
# Arabic words, with the proclitics و ب ل ف they take («بنحو», «وحوالي»).
_ARABIC = patterns.compile(
    r"(?<![\u0621-\u064A])[وفبل]?(?:(?P<above>أكثر(?:\s+بقليل)?\s+من|ما\s+يزيد(?:\s+قليلاً?)?\s+(?:على|عن)|ما\s+يربو\s+على|أزيد\s+من"
    r"|ما\s+لا\s+يقل\s+عن|ما\s+يفوق|يفوق)"
    r"|(?P<below>أقل(?:\s+بقليل)?\s+من|ما\s+يقل(?:\s+قليلاً?)?\s+عن|(?:ما\s+)?دون)"
    r"|نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب|يقارب|تقارب|ما\s+يقرب\s+من|ما\s+يناهز|يناهز|تقريباً?)"
    r"[\u064B-\u0652]*\s+" + _CURRENCY + r"$"
)
_ARABIC_AFTER = patterns.compile(r"^\s*(?:\S+\s+){0,3}?تقريب[اًا]")
_WINDOW = 40
# How far an approximate figure may be from the precise one, as a share of the precise
# one: what an editor lets "about" cover (587 -> about 600 is 2.2%, 45% -> around 40% is 11%).
ROUNDING_LIMIT = Decimal("0.05")


def approximation(text: str, start: int, end: int) -> int | None:
    """How the figure at text[start:end] is marked approximate: None, not at all; 0, about
    (or «تقريباً» after it); 1, the true figure is above it (more than); -1, below it (less than)."""
    before = text[max(0, start - _WINDOW) : start]
    word = _ENGLISH.search(before) or _ARABIC.search(before)
    if word is not None:
        return 1 if word["above"] else -1 if word["below"] else 0
    return 0 if _ARABIC_AFTER.match(text[end : end + _WINDOW]) else None


def is_approximate(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] has an approximation word before it (or «تقريباً» after it)."""
    return approximation(text, start, end) is not None


def on_its_side(precise: float, rounded: float, bound: int) -> bool:
    """The precise figure is on the side of the rounded one that its word says: "more than
    half" is not 48.7%, "less than 600" not 612."""
    return bound * (precise - rounded) >= 0


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


def is_rounding(precise: Quantity, rounded: Quantity, bound: int = 0) -> bool:
    """`rounded` is `precise` written with fewer digits, within half a step of its last digit
    and ROUNDING_LIMIT of its value, on the side that the rounded figure's `bound` says."""
    if precise.percent != rounded.percent or precise.value == rounded.value or _dated(precise) or _dated(rounded):
        return False
    if not on_its_side(precise.value, rounded.value, bound):
        return False
    try:
        half, finer = _step(rounded), _step(precise)
    except ArithmeticError:
        return False
    value = Decimal(repr(precise.value))
    difference = abs(value - Decimal(repr(rounded.value)))
    return half > finer and difference <= half and difference <= ROUNDING_LIMIT * abs(value)
