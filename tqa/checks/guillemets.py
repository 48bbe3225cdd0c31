"""Where an unclosed Arabic quotation should have closed (P501, Arabic translations).

A quotation opened with « and never closed runs at most to the end of its paragraph.
The sentences after the opening one go on with it until one opens with و or ف
(وأضاف، ومن المتوقع): Arabic news begins its narrative sentences so, and a quotation
rarely. The evidence is where the closing » is missing: the opening sentence from
the mark, or the last sentence that goes on with the quotation.
"""

from __future__ import annotations

import re

from tqa.checks.base import Hit, span
from tqa.checks.quote_close import quotation_run
from tqa.model import Segment

_NARRATIVE = re.compile(r"\s*[وف]")
# A pasted run of marks makes one finding per mark: each one's evidence stays this short.
MAX_EVIDENCE = 400
_OPENING_WORDS = re.compile(r"«\s*([^\s«»]{1,40}(?:\s+[^\s«»]{1,40})?)")


def unclosed_guillemet(segment: Segment, index: int, paragraph: list[Segment]) -> Hit:
    """The finding for the « at `index` of `segment`, which nothing in `paragraph` closes."""
    last = quotation_run(paragraph, segment, lambda text: _NARRATIVE.match(text) or "«" in text) or segment
    start = index if last is segment else 0
    words = _OPENING_WORDS.match(segment.text, index)
    opening = f"The quotation opened with «{words.group(1)}»" if words else "A quotation opened with «"
    return Hit(
        message=f"{opening} is never closed in its paragraph; add » where the quotation ends",
        target=span(last, start, min(max(len(last.text.rstrip()), start + 1), start + MAX_EVIDENCE)),
    )
