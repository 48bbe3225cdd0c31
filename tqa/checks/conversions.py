"""A figure the translator added in brackets to convert another one for the reader.

"31 million quintals (3.1 million tonnes)", "120 km (75 miles)", "500m dirhams
($54m)": the bracketed figure is the same amount in the reader's unit. The source
does not give it, and it is no error: D202 leaves it alone. Only a bracket that
holds nothing but an amount and its unit, right after another amount, counts.
"""

from __future__ import annotations

import re

from tqa import patterns

# Units of measure and currencies a conversion is written in.
_UNITS = (
    r"tonnes?|tons?|quintals?|kg|kilograms?|kilos?|grams?|pounds?|lbs?|ounces?|oz|"
    r"km|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|ft|yards?|inches|cm|mm|"
    r"hectares?|ha|acres?|feddans?|dunams?|sq\s?km|square\s+(?:kilometres?|kilometers?|miles?|metres?|meters?|feet)|"
    r"litres?|liters?|gallons?|barrels?|bpd|cubic\s+(?:metres?|meters?|feet)|bcm|"
    r"degrees?(?:\s+(?:Celsius|Fahrenheit))?|°[CF]|"
    r"dollars?|euros?|pounds?|dirhams?|dinars?|riyals?|rials?|liras?|francs?|sterling"
)
_AMOUNT = r"(?:US\$|\$|£|€)?\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|bn|m|k|tn))?"
_BRACKET = patterns.compile(
    rf"\(\s*(?:about|around|some|roughly|nearly|almost|over|more\s+than)?\s*{_AMOUNT}\s*(?:(?:{_UNITS})\b)?\s*(?:a\s+year|a\s+day|per\s+year|per\s+day)?\s*\)",
    re.IGNORECASE,
)
_BEFORE = patterns.compile(
    r"\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|bn|m|k))?(?:\s+[A-Za-z-]+){0,2}\s*$", re.IGNORECASE
)


def is_conversion(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is alone in a bracket that follows another amount."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or text[opening:start].count(")"):
        return False
    bracket = _BRACKET.match(text, opening)
    # Only the last words before the bracket matter: a bounded window keeps the search linear.
    return (
        bracket is not None and bracket.end() >= end and _BEFORE.search(text[max(0, opening - 80) : opening].rstrip()) is not None
    )
