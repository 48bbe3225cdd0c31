"""Numbers as a reader understands them, in Arabic and English text.

`quantities(text, lang)` finds every number with its value after scale words
(٨٠٠ مليون = 800,000,000 = "$800m"), in any digit script (٣٥ = ۳۵ = 35), with
Arabic and English decimal and thousands separators, percent signs and words,
the Arabic dual (مليونين = 2 million), compounds (مليون و٢٠٠ ألف = 1.2 million)
and the English abbreviations (k, m, mn, bn, tn, attached or after a currency).

Number words (ثلاثة، three, الأول، first) are *soft*: they may satisfy a
number on the other side, but a soft number with no counterpart is not reported,
because words like "one" and أحد are pronouns as often as they are numbers. A word
from three up that counts the noun after it (ثلاثة وزراء, "four ministers"), one
before a per cent (الواحد في المئة) or with a scale word is as definite as a figure
(tqa.text.numbers.counting).
Bare plural scale words (ملايين، thousands of) are not numbers at all.

Offsets are into the original text, so findings point at what the writer typed.
"""

from __future__ import annotations

import math
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import to_western_digits
from tqa.text.links import blank_links
from tqa.text.numbers.arabic import arabic_quantities
from tqa.text.numbers.english import english_quantities
from tqa.text.numbers.quantity import Quantity, changed, complete_year_spans, format_value
from tqa.text.numbers.units import measure_after

__all__ = ["Quantity", "format_value", "quantities"]


def quantities(text: str, lang: str) -> list[Quantity]:
    """Every number in `text`, in reading order."""
    return list(_quantities(text, lang))


@lru_cache(maxsize=4096)  # the aligner and five checks read each sentence's numbers: 470 calls, 190 sentences (#14)
def _quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    # Digits inside a web address, e-mail address or handle are part of a name,
    # not a figure (P505 compares links as wholes).
    masked = blank_links(text)
    found = arabic_quantities(masked) if lang == "ar" else english_quantities(masked)
    if not found:
        return ()  # most sentences: no span of years, no Hijri date to look for (issue #14)
    western = to_western_digits(masked)
    found = complete_year_spans(found, western)
    # One digit table for every script: ۱۴۴۶ هـ (Persian digits) is Hijri as ١٤٤٦ هـ is.
    hijri = _hijri_spans(western, lang)
    return tuple(_placed(q, text, masked, lang, hijri) for q in found if _finite(q))


def _placed(quantity: Quantity, text: str, masked: str, lang: str, hijri: list[tuple[int, int]]) -> Quantity:
    """The quantity with the text it was read from, and what follows it: a metric unit, a
    unit of measure. The day or year of a Hijri date is soft."""
    in_hijri = any(a <= quantity.start < b for a, b in hijri)
    return changed(
        quantity,
        text=text[quantity.start : quantity.end],
        hijri=in_hijri,
        unit=_metric_unit(masked, quantity.end, lang),
        measure=measure_after(masked, quantity.end, lang),
        soft=True if in_hijri else quantity.soft,
    )


# Arabic copy writes the unit in either script (٢ غيغاواط, 2 GW).
_UNIT_TABLES = {
    "ar": ((ar.METRIC_UNIT, ar.METRIC_PREFIXES), (en.METRIC_UNIT, en.METRIC_PREFIXES)),
    "en": ((en.METRIC_UNIT, en.METRIC_PREFIXES),),
}


def _metric_unit(text: str, end: int, lang: str) -> tuple[str, int] | None:
    """The metric unit right after a number (2 GW, ألفي ميغاواط), as (dimension, power of 1000)."""
    for pattern, prefixes in _UNIT_TABLES["ar" if lang == "ar" else "en"]:
        match = pattern.match(text, end)
        if match is not None:
            parts = match.groupdict()
            prefix = parts.get("prefix") or parts.get("abbreviation") or ""
            power = prefixes.get(prefix, prefixes.get(prefix.lower()))
            if power is not None:
                return ("Wh" if parts.get("hours") or parts.get("h") else "W", power)
    return None


def _finite(quantity: Quantity) -> bool:
    """A run of 400 digits (or 10^305 trillion) is infinity as a float: no figure a
    writer means, and one that no arithmetic or formatting can take (issue 12)."""
    values = (quantity.value, quantity.base, quantity.alternative if quantity.alternative is not None else 0.0)
    return all(math.isfinite(v) for v in values)


# Hijri dates (١٥ شعبان ١٤٤٦ هـ, 15 Shaban 1446 AH) are often given beside the
# Gregorian date and dropped in translation, a normal desk choice: their day and
# year are soft, matched when both sides keep them and never reported alone. A
# number counts as part of one only with the date's other parts around it: a day
# and a year, or a year marked هـ/AH. «خلال رمضان 1500 سلة» and «3 صفر» are figures.
_AR_HIJRI_MONTHS = ar.HIJRI_MONTHS_PATTERN
_EN_HIJRI_MONTHS = en.HIJRI_MONTHS_PATTERN
# A digit of either script before the text is folded: the day or year of a Hijri date.
_HIJRI_DIGIT = "[0-9٠-٩]"
_HIJRI_DATE = {
    "ar": patterns.compile(
        rf"(?<![0-9٠-٩]){_HIJRI_DIGIT}{{1,2}}\s*(?:{_AR_HIJRI_MONTHS})\s*{_HIJRI_DIGIT}{{3,4}}(?![0-9٠-٩])(?:\s*هـ)?"
        rf"|(?:(?:{_AR_HIJRI_MONTHS})\s*)?{_HIJRI_DIGIT}{{3,4}}\s*هـ"
        # The day as an ordinal word: «الرابع من شعبان ١٤٤٧ هـ», «الحادي والعشرين من رمضان ١٤٤٦».
        rf"|(?<!\S)ال\S+(?:\s+وال\S+)?\s+من\s+(?:{_AR_HIJRI_MONTHS})\s*{_HIJRI_DIGIT}{{3,4}}(?![0-9٠-٩])(?:\s*هـ)?"
    ),
    "en": patterns.compile(
        rf"\b\d{{1,2}}\s*(?:{_EN_HIJRI_MONTHS}),?\s*\d{{3,4}}\b(?:\s*AH)?"
        rf"|(?:{_EN_HIJRI_MONTHS})\s+\d{{1,2}}\b,?\s*\d{{3,4}}\b(?:\s*AH)?"
        rf"|(?:(?:{_EN_HIJRI_MONTHS})\s*)?\b\d{{3,4}}\s*AH\b"
    ),
}


# Each form of both patterns has a year of three or four digits: a text with no three
# digits in a row is not searched (most figures are not years; issue 14).
_THREE_DIGITS = patterns.compile(r"\d{3}")


def _hijri_spans(text: str, lang: str) -> list[tuple[int, int]]:
    if _THREE_DIGITS.search(text) is None:
        return []
    return [(m.start(), m.end()) for m in _HIJRI_DATE["ar" if lang == "ar" else "en"].finditer(text)]
