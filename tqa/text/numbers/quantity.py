"""A number as a reader understands it (`Quantity`), and what both languages' extractors share."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import to_western_digits
from tqa.text.numbers.codes import same_number
from tqa.text.numbers.units import Measure, converted


@dataclass(frozen=True)
class Quantity:
    value: float  # what the text means: 800 مليون -> 8e8
    base: float  # the number as written before its scale word: 800
    scale: int  # power of 1000 the scale word adds: 0 none, 1 thousand, 2 million, 3 billion, 4 trillion
    start: int
    end: int
    text: str
    soft: bool = False  # a number word: may match, never reported alone
    percent: bool = False
    alternative: float | None = None  # the other reading of an ambiguous separator: 20.000 is 20000 or 20
    hijri: bool = False  # the day or year of a Hijri date (soft too)
    unit: tuple[str, int] | None = None  # a metric unit after it: ("W", 3) for gigawatts, ("Wh", 2) for MWh
    measure: Measure | None = None  # a unit of measure after it: Measure("mass", 100.0) for quintals (units.py)
    code: bool = False  # a telephone number: its value is its digits, written as they are (codes.py)

    def same_value(self, other: Quantity) -> bool:
        mine: tuple[float, ...] = (self.value,) if self.alternative is None else (self.value, self.alternative)
        theirs: tuple[float, ...] = (other.value,) if other.alternative is None else (other.value, other.alternative)
        if self.unit is not None and other.unit is not None and self.unit[0] == other.unit[0]:
            # 2 gigawatts and ألفا ميغاواط are one quantity in two units.
            mine = tuple(v * 1000.0 ** self.unit[1] for v in mine)
            theirs = tuple(v * 1000.0 ** other.unit[1] for v in theirs)
        if any(abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0) for a in mine for b in theirs):
            return True
        if self.code and other.code:
            return same_number(self.value, other.value)
        # 12 قنطاراً written 1.2 tonnes: one amount in the reader's unit.
        return (
            self.measure is not None
            and other.measure is not None
            and converted(self.value, self.measure, other.value, other.measure)
        )

    def wrong_scale_of(self, other: Quantity) -> bool:
        """Same written number, different scale word: 800 مليون against $800bn."""
        return (
            self.scale != other.scale
            and (self.scale > 0 or other.scale > 0)
            and abs(self.base - other.base) <= 1e-9 * max(abs(self.base), 1.0)
        )


_TIME_OR_FRACTION = patterns.compile(r"\d\s*[:/]\s*$|^\s*[:/]\s*\d")
# A clock time written with a dot, as British and Arab copy write it (10.30am, 22.30 GMT,
# «الساعة ١٠.٣٠ صباحاً»): hours and minutes, not a decimal, where a time of day marks it.
_DOT_TIME = patterns.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_TIME_OF_DAY = {
    lang: {side: patterns.compile(pattern, re.IGNORECASE) for side, pattern in table.items()}
    for lang, table in (("ar", ar.TIME_OF_DAY), ("en", en.TIME_OF_DAY))
}


def in_time_or_fraction(text: str, start: int, end: int, lang: str = "en") -> bool:
    """04:00, 10.30am and 2/3: a clock time or a fraction, whose parts are not counts.
    `text` is folded, with western digits, when `lang` is Arabic."""
    if _TIME_OR_FRACTION.search(text[max(0, start - 2) : start]) or _TIME_OR_FRACTION.search(text[end : end + 2]):
        return True
    if not _DOT_TIME.fullmatch(text, start, end):
        return False
    marks = _TIME_OF_DAY[lang]
    before = marks.get("before")
    return bool(marks["after"].match(text, end) or (before is not None and before.search(text[max(0, start - 12) : start])))


def share_range_scale(found: list[Quantity], text: str, joiner: re.Pattern[str], between: re.Pattern[str]) -> list[Quantity]:
    """`found` (in reading order) with the first end of each range given the scale word
    written once, after the second: «بين ٣ و٥ آلاف» is 3,000 to 5,000, "2 to 3 million"
    2 million to 3 million, as every reader takes them. `joiner` is what stands between
    the ends (its group "and" the word that needs `between` before the first end). The
    ends are within a factor of ten of each other, either way ("fell from 10 to 8
    million"), so «بين ٥٠٠ و٢ ألف» keeps its 500."""
    result = list(found)
    for at, (first, second) in enumerate(zip(found, found[1:], strict=False)):
        if first.scale or not second.scale or first.percent or first.alternative is not None:
            continue
        if not second.base / 10 <= first.base <= second.base * 10:
            continue
        joined = joiner.fullmatch(text, first.end, second.start)
        if joined is None or (joined["and"] and not between.search(text, max(0, first.start - 12), first.start)):
            continue
        result[at] = replace(first, value=first.base * 1000.0**second.scale, scale=second.scale, soft=False)
    return result


# Four digits with no separator and no scale: how a year is written in both languages;
# two when they end a span of years (2024-25), which reads them as the whole year.
_YEAR_DIGITS = patterns.compile(r"\d{4}|\d{2}")


def is_year(quantity: Quantity) -> bool:
    """A Gregorian year as news writes it (1900-2100, four bare digits, or the two of 2024-25)."""
    bare = _YEAR_DIGITS.fullmatch(to_western_digits(quantity.text).strip())
    return bool(bare) and quantity.scale == 0 and not quantity.percent and 1900 <= quantity.value <= 2100


# A span of years writes the second year short: the 2024-25 season, the 2025/26 budget,
# which Arabic copy writes whole (موسم ٢٠٢٤/٢٠٢٥). The two digits are the year they end.
_YEAR_SPAN_JOINER = patterns.compile(r"\s*[-–/]\s*")
_MORE_PARTS = patterns.compile(r"\s*[-–/.]\s*\d")  # 2010-11-05 is a date in figures, not a span


def complete_year_spans(found: list[Quantity], digits: str) -> list[Quantity]:
    """`found` (in reading order) with the short second year of each span of years read as
    the whole year: 2024-25 is 2024 to 2025. `digits` is the text with Western digits. The
    short year comes after the first in its century (2024-12 is a year and a month).

    A span written with a slash (2024/25, موسم ٢٠٢٤/٢٠٢٥) is no fraction: its years are as
    definite as any year, so a changed one is reported. Any other softness the reading gave
    them is kept."""
    result = list(found)
    for at, (first, second) in enumerate(zip(found, found[1:], strict=False)):
        span = _year_span(first, second, digits)
        if span is None:
            continue
        year, slashed = span
        soft = first.soft and not slashed, second.soft and not slashed
        result[at] = replace(result[at], soft=soft[0])
        result[at + 1] = replace(second, value=year, base=year, soft=soft[1])
    return result


def _year_span(first: Quantity, second: Quantity, digits: str) -> tuple[float, bool] | None:
    """(the second year, whole; whether a slash joins them) when two figures are a span of
    years: 2024-25, 2024/2025; None otherwise."""
    head, tail = digits[first.start : first.end], digits[second.start : second.end]
    if not (re.fullmatch(r"\d{4}", head) and re.fullmatch(r"\d{2}|\d{4}", tail)) or first.scale or second.scale:
        return None
    century, short = divmod(int(head), 100)
    year = century * 100 + int(tail) if len(tail) == 2 else int(tail)
    if not (1900 <= first.value <= 2100 and short < int(tail[-2:]) and year - int(head) <= 10):
        return None
    joiner = digits[first.end : second.start]
    if not _YEAR_SPAN_JOINER.fullmatch(joiner) or _MORE_PARTS.match(digits, second.end):
        return None
    if len(tail) == 4 and "/" not in joiner:
        return None  # 2024-2025 is read whole already, and softened by nothing
    return float(year), "/" in joiner


def make_quantity(
    base: float, scale: int, start: int, end: int, text: str, soft: bool = False, percent: bool = False
) -> Quantity:
    return Quantity(base * 1000.0**scale, base, scale, start, end, text[start:end], soft, percent)


def changed(quantity: Quantity, **changes: Any) -> Quantity:
    """dataclasses.replace(quantity, **changes), without its look at every field's
    definition: each number of a text is placed this way (issue 14). Every field is an
    init field, and a frozen instance holds nothing else in its __dict__."""
    return Quantity(**{**quantity.__dict__, **changes})


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def format_value(quantity: Quantity) -> str:
    """A number as an editor writes it: 800 million, 3.5, 11,800, 35,000 (not 35 thousand)."""
    names = {2: "million", 3: "billion", 4: "trillion"}
    if not (math.isfinite(quantity.value) and math.isfinite(quantity.base)):
        return quantity.text  # quantities() never returns one; a caller building its own gets the text back
    if quantity.code:
        return to_western_digits(quantity.text)
    if quantity.scale >= 2:
        base = f"{quantity.base:g}"
        return f"{base} {names[quantity.scale]}"
    value = round(quantity.value, 6)  # 1.005 thousand is 1,005, not 1,004.9999999999999
    if value == int(value):
        return f"{int(value):,}" if abs(value) >= 10000 or quantity.scale == 1 else str(int(value))
    return f"{value:,}"
