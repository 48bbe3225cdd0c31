"""A figure the translator added in brackets to convert another one for the reader.

"31 million quintals (3.1 million tonnes)", "140 km/h (87 mph)", "45°C (113°F)",
"500m dirhams ($54m)", «٤٠ مليون ريال (نحو ١٠٤ ملايين دولار)»: the bracketed figure is
the same amount in the reader's unit. The source need not give it, and it is no error:
D202 leaves it alone, and D201 leaves alone one that the translation drops while it keeps
the figure converted. Only a bracket that holds nothing but an amount and its unit, right
after another amount, counts; and only a plausible conversion, within 5% of the true
figure (50 km is 31 miles: "(30 miles)" is one, "(40 miles)" a changed figure). A sum in
another currency counts whatever its figure: an exchange rate is news, not a constant.
"""

from __future__ import annotations

import re

from tqa import patterns
from tqa.text.numbers import Quantity, quantities
from tqa.text.numbers.approximate import ENGLISH_WORDS
from tqa.text.numbers.currencies import currency_and_end, currency_of
from tqa.text.numbers.units import plausibly_converted

# What may stand between the bracket and its figure: a word saying the figure is
# converted or rounded ("or", «أي», "about", «نحو»).
_LEAD = patterns.compile(
    rf"\(\s*(?:(?:or|equivalent\s+to|{ENGLISH_WORDS}|أي|اي|نحو|حوالي|حوالى|قرابة|ما\s+يعادل|ما\s+يقارب|أكثر\s+من|اكثر\s+من)\s+)?[-−]?",
    re.IGNORECASE,
)
# What may follow its amount and unit before the bracket closes.
_TAIL = patterns.compile(r"\s*(?:(?:a|per)\s+(?:year|day)|سنويا|يوميا|أمريكي|امريكي)?\s*\)", re.IGNORECASE)
# Between the amount converted and the bracket: its unit, in a few words, no other figure or clause.
_GAP = patterns.compile(r"[^\d()٠-٩,.;:،؛]{0,40}")


def converted_from(text: str, quantity: Quantity, lang: str) -> Quantity | None:
    """The amount that `quantity` converts, when it is alone in a bracket right after it
    (with only a unit, and a rounding word, beside it) in another unit or currency."""
    opening = text.rfind("(", 0, quantity.start)
    if opening < 0 or _LEAD.fullmatch(text, opening, quantity.start) is None:
        return None
    found = quantities(text, lang)
    this = next((q for q in found if q.start == quantity.start), quantity)
    before = [q for q in found if q.end <= opening and _GAP.fullmatch(text, q.end, opening)]
    if not before or _TAIL.match(text, _unit_end(text, this, lang)) is None:
        return None
    amount = before[-1]
    if amount.measure is not None and this.measure is not None:
        plausible = plausibly_converted(_signed(text, amount), amount.measure, _signed(text, this), this.measure)
        return amount if plausible else None
    currencies = currency_of(text, amount, lang), currency_of(text, this, lang)
    return amount if None not in currencies and currencies[0] != currencies[1] else None


def _signed(text: str, quantity: Quantity) -> float:
    """The figure with the minus sign before it that the number reader leaves out (-5°C);
    not the dash of a range (50-60 km)."""
    minus = re.search(r"(?:^|[\s(])[-−]$", text[max(0, quantity.start - 2) : quantity.start])
    return -quantity.value if minus else quantity.value


def _unit_end(text: str, quantity: Quantity, lang: str) -> int:
    """Where the figure's unit or currency ends (the figure's end when it has none)."""
    currency = currency_and_end(text, quantity, lang)
    if currency is not None:
        return currency[1]
    if quantity.measure is None:
        return quantity.end
    # The unit's words: letters, «/», «°» and spaces, up to the bracket.
    closing = text.find(")", quantity.end)
    return closing if closing > 0 and re.fullmatch(r"[^\d()]{0,30}", text[quantity.end : closing]) else quantity.end
