"""The unit of measure written after a figure, and whether two figures in two units are
one amount converted: 12 قنطاراً is 1.2 tonnes, 120 km is 75 miles.

A translator often converts a unit for the reader (quintals, which Maghreb and Levant
farming copy uses, into tonnes; dunams into hectares). The figure then changes with
its unit, by the ratio of the two units, and no figure was changed. Each unit is read
as (dimension, size in the dimension's base unit): kilograms, metres, square metres,
litres, km/h; a temperature also has its zero (°F: 0 is -17.8°C). Currencies are not
here: an exchange rate is news, not a constant.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from tqa import patterns
from tqa.lang.ar import normalize


class Measure(NamedTuple):
    dimension: str
    size: float  # one of the unit in the dimension's base unit
    zero: float = 0.0  # the unit's zero in the base unit: only temperatures have one

    def base(self, value: float) -> float:
        return value * self.size + self.zero

    def of_base(self, value: float) -> float:
        return (value - self.zero) / self.size


# English units, longest alternatives first within each; "metric" and "square" are read here.
_EN_UNITS: tuple[tuple[str, str, float], ...] = (
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²", "area", 1e6),
    (r"square\s+met(?:re|er)s?|sq\.?\s?m|m2|m²", "area", 1.0),
    (r"square\s+miles?|sq\.?\s?mi", "area", 2_589_988.11),
    (r"square\s+(?:feet|foot)|sq\.?\s?ft", "area", 0.09290304),
    (r"hectares?|ha", "area", 1e4),
    (r"acres?", "area", 4046.856),
    (r"dunams?|donums?", "area", 1000.0),
    (r"feddans?", "area", 4200.0),
    # "tons" is the metric ton in world news copy (as «طن»); only a ton said to be short
    # (US, 2,000 lb) or long (imperial, 2,240 lb) is another size.
    (r"short\s+tons?", "mass", 907.18474),
    (r"long\s+tons?", "mass", 1016.0469),
    (r"(?:metric\s+)?tonnes?|(?:metric\s+)?tons?", "mass", 1000.0),
    (r"quintals?", "mass", 100.0),
    (r"kilo(?:gram(?:me)?s?)?|kilos|kg", "mass", 1.0),
    (r"grams?|grammes?", "mass", 0.001),
    (r"ounces?|oz", "mass", 0.028349523),
    (r"kilomet(?:re|er)s?|km", "length", 1000.0),
    (r"miles?", "length", 1609.344),
    (r"met(?:re|er)s?", "length", 1.0),
    (r"feet|foot|ft", "length", 0.3048),
    (r"yards?|yds?", "length", 0.9144),
    (r"inch(?:es)?", "length", 0.0254),
    (r"centimet(?:re|er)s?|cm", "length", 0.01),
    (r"millimet(?:re|er)s?|mm", "length", 0.001),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "volume", 1000.0),
    (r"cubic\s+(?:feet|foot)|cu\.?\s?ft", "volume", 28.316847),
    (r"lit(?:re|er)s?", "volume", 1.0),
    (r"barrels?", "volume", 158.987),
    (r"gallons?", "volume", 3.785),
    (r"km/h|kph|kmh|kilomet(?:re|er)s?\s+(?:per|an)\s+hour", "speed", 1.0),
    (r"mph|miles?\s+(?:per|an)\s+hour", "speed", 1.609344),
    (r"knots?", "speed", 1.852),
    (r"pounds?|lbs?", "mass", 0.45359237),
)
# Arabic units (normalised: plain alef, ه for ة, ي for ى), with the accusative alef
# (طنا، قنطارا) and the plurals; the square follows the unit («كيلومتر مربع»).
_AR_UNITS: tuple[tuple[str, str, float], ...] = (
    (r"(?:كيلومترات|كيلومترا|كيلومتر|كلم|كم)\s+مربع[اه]?", "area", 1e6),
    (r"(?:امتار|مترا|متر)\s+مربع[اه]?", "area", 1.0),
    (r"هكتارات|هكتارا|هكتار", "area", 1e4),
    (r"دونمات|دونما|دونم", "area", 1000.0),
    (r"افدنه|فدادين|فدانا|فدان", "area", 4200.0),
    (r"اطنان|طنا|طن", "mass", 1000.0),
    (r"قناطير|قنطارا|قنطار", "mass", 100.0),
    (r"كيلوغرامات|كيلوغراما|كيلوغرام|كيلوجرام|كيلوغرام|كلغ|كغ", "mass", 1.0),
    (r"غرامات|غراما|غرام|جرام", "mass", 0.001),
    (r"كيلومترات|كيلومترا|كيلومتر|كلم|كم", "length", 1000.0),
    (r"اميال|ميلا|ميل", "length", 1609.344),
    (r"امتار|مترا|متر", "length", 1.0),
    (r"سنتيمترات|سنتيمترا|سنتيمتر|سم", "length", 0.01),
    (r"مليمترات|مليمترا|مليمتر|ملم", "length", 0.001),
    (r"اقدام|قدما|قدم", "length", 0.3048),
    (r"بوصات|بوصه|انشات|انش", "length", 0.0254),
    (r"(?:امتار|مترا|متر)\s+مكعب[اه]?", "volume", 1000.0),
    (r"لترات|لترا|لتر", "volume", 1.0),
    (r"براميل|برميلا|برميل", "volume", 158.987),
    (r"غالونات|غالونا|غالون|جالون", "volume", 3.785),
    (r"(?:كيلومترات|كيلومترا|كيلومتر|كلم|كم)\s*(?:/\s*(?:ساعه|س)|(?:في\s+ال|بال)ساعه)", "speed", 1.0),
    (r"(?:اميال|ميلا|ميل)\s*(?:/\s*(?:ساعه|س)|(?:في\s+ال|بال)ساعه)", "speed", 1.609344),
    (r"عقده", "speed", 1.852),
    (r"ارطال|رطلا|رطل", "mass", 0.45359237),
)
# Temperatures, in degrees Celsius: Fahrenheit has its own zero. A bare C or F counts only
# written onto the figure (45C, 113F), as British copy writes it.
_FAHRENHEIT = Measure("temperature", 5 / 9, -160 / 9)
_EN_TEMPERATURES = (
    (r"°\s?C|(?<=\d)C|degrees?\s+(?:Celsius|centigrade)", Measure("temperature", 1.0)),
    (r"°\s?F|(?<=\d)F|degrees?\s+Fahrenheit", _FAHRENHEIT),
)
_AR_TEMPERATURES = (
    (r"(?:درجات|درجه)\s+مئويه|°\s?م", Measure("temperature", 1.0)),
    (r"(?:درجات|درجه)\s+(?:فهرنهايت|فهرنهيت)", _FAHRENHEIT),
)


def _compile(
    table: tuple[tuple[str, str, float], ...], others: tuple[tuple[str, Measure], ...], flags: int, end: str
) -> list[tuple[re.Pattern[str], Measure]]:
    rows = [(pattern, Measure(dimension, size)) for pattern, dimension, size in table] + list(others)
    return [(patterns.compile(rf"\s*-?\s*(?:{pattern}){end}", flags), measure) for pattern, measure in rows]


# The bare C and F are read case-sensitively: "45c" is no temperature.
_EN = _compile(_EN_UNITS, (), re.IGNORECASE, r"\b") + _compile((), _EN_TEMPERATURES, 0, r"\b")
_AR = _compile(_AR_UNITS, _AR_TEMPERATURES, 0, r"(?![\u0621-\u064A])")


def _any(table: list[tuple[re.Pattern[str], Measure]]) -> re.Pattern[str]:
    """One pattern that matches where any of `table`'s does, each with its own flags."""
    return patterns.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p, _ in table))


# Most figures have no unit after them: one try of the union tells, before the 46 tries
# that choose the longest unit (issue 14).
_ANY = {"ar": _any(_AR + _EN), "en": _any(_EN)}


def measure_after(text: str, end: int, lang: str) -> Measure | None:
    """The unit of measure that follows a figure ending at `end` in `text`. The longest
    unit read wins: «متر مكعب» over «متر». Arabic copy writes units in either script."""
    # Only the unit is wanted, not its offsets: the Arabic is read normalised (قنطاراً: قنطارا).
    # English is read in place, so that "45C" sees the digit before its C.
    text, start, end = (normalize(text[end : end + 40]), 0, 40) if lang == "ar" else (text, end, end + 40)
    if _ANY["ar" if lang == "ar" else "en"].match(text, start, end) is None:
        return None
    tables = (_AR, _EN) if lang == "ar" else (_EN,)
    best: tuple[int, Measure] | None = None
    for pattern, measure in (entry for table in tables for entry in table):
        match = pattern.match(text, start, end)
        if match is not None and (best is None or match.end() > best[0]):
            best = (match.end(), measure)
    return best[1] if best is not None else None


def _step(value: float) -> float:
    """The rounding a figure is written to: 1.2 to a tenth, 62 to one, 9,200 to a hundred."""
    value = abs(value)
    if value == 0:
        return 1.0
    for power in range(int(math.floor(math.log10(value))), -7, -1):
        step = 10.0**power
        if abs(value / step - round(value / step)) <= 1e-6:
            return step
    return 1e-6


def converted(a: float, a_unit: Measure, b: float, b_unit: Measure) -> bool:
    """`a` in one unit and `b` in another of the same dimension are one amount: each,
    converted, rounds to the other as that one is written (2 tonnes and 20 quintals;
    120 km and 75 miles), and they differ by at most 3%."""
    if not _comparable(a, a_unit, b, b_unit):
        return False
    a_as_b = b_unit.of_base(a_unit.base(a))
    b_as_a = a_unit.of_base(b_unit.base(b))
    close = abs(a_as_b - b) <= 0.03 * abs(b)
    return close and abs(a_as_b - b) <= _step(b) / 2 + 1e-9 * abs(b) and abs(b_as_a - a) <= _step(a) / 2 + 1e-9 * abs(a)


def plausibly_converted(a: float, a_unit: Measure, b: float, b_unit: Measure, limit: float = 0.05) -> bool:
    """`b` is `a` converted into `b_unit` within `limit` of the true figure, however it is
    rounded: "50 km (30 miles)" (31.1) is a conversion a reader accepts, "50 km (40 miles)" is not."""
    if not _comparable(a, a_unit, b, b_unit):
        return False
    true = b_unit.of_base(a_unit.base(a))
    return abs(true - b) <= limit * max(abs(true), 1e-9)


def _comparable(a: float, a_unit: Measure, b: float, b_unit: Measure) -> bool:
    """Two units of one dimension; amounts above zero, but for a temperature (-4°C is 25°F)."""
    if a_unit.dimension != b_unit.dimension or a_unit == b_unit:
        return False
    return a_unit.dimension == "temperature" or (a > 0 and b > 0)
