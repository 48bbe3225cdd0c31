"""The figures of a sentence pair kept with their digits but written in another unit of the
same kind (D205): «١٢٠ كيلومتراً» as "120 miles". The number checks match figures by value
(tqa.checks.number_pairs), so the same digits pass them whatever unit follows."""

from __future__ import annotations

import math
from collections.abc import Iterator

from tqa import patterns
from tqa.checks.base import CheckContext, Hit, Pair, span
from tqa.model import Segment, Span
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.numbers import Quantity, quantities
from tqa.text.numbers.units import Measure

# Units this close are one unit loosely named (a feddan is 1.04 acres): not reported.
SAME_SIZE = 1.05
# The unit's words after the figure, for the evidence: one word, two after a qualifier.
_UNIT_WORDS = patterns.compile(r"\s*-?\s*(?:(?:square|cubic|metric|short|long|sq\.?|cu\.?)\s+)?[^\s\d.,;:()،؛]+(?:\s+(?:مربع[اةه]?|مكعب[اةه]?))?")

_Measured = tuple[Segment, Quantity, Measure]


def unit_changed_hits(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    english = _measured(pair.english, "en")
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for a_segment, a, a_measure in _measured(pair.arabic, "ar"):
        same = [x for x in english if _same_digits(x[1], a) and x[2].dimension == a_measure.dimension]
        if not same or any(_same_size(a_measure, x[2]) for x in same):
            continue
        english.remove(same[0])
        e_segment, e, _ = same[0]
        arabic, english_unit = _with_unit(a_segment, a), _with_unit(e_segment, e)
        source, target = (arabic, english_unit) if ctx.source_is_arabic else (english_unit, arabic)
        yield Hit(
            message=f"«{source.text}» is written «{target.text}» in the {language}: the same figure in another unit; "
            "write the source's unit or convert the figure",
            source=source,
            target=target,
        )


def _measured(segments: tuple[Segment, ...], lang: str) -> list[_Measured]:
    return [(s, q, q.measure) for s in segments for q in quantities(s.text, lang) if q.measure is not None]


def _same_digits(a: Quantity, b: Quantity) -> bool:
    """The same figure as written (12 قنطاراً and 1.2 tonnes are one amount, not one figure)."""
    return abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)  # Quantity.same_value's tolerance


def _same_size(a: Measure, b: Measure) -> bool:
    return a.zero == b.zero and abs(math.log(a.size / b.size)) <= math.log(SAME_SIZE)


def _with_unit(segment: Segment, quantity: Quantity) -> Span:
    words = _UNIT_WORDS.match(segment.text, quantity.end)
    return span(segment, quantity.start, words.end() if words else quantity.end)
