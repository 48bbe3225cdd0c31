"""Where an unclosed Arabic quotation should have closed (P501, Arabic translations).

Arabic news opens a quotation with «, or with a straight or curly double quote ("
and “, common in copy typed on a Latin keyboard): all three are read alike. A
quotation never closed runs at most to the end of its paragraph. The sentences after
the opening one go on with it until one opens with و or ف (وأضاف، ومن المتوقع): Arabic
news begins its narrative sentences so, and a quotation rarely; or until one reports
speech (قالت إن) or opens a quotation of its own. The evidence is where the closing mark is missing: the opening
sentence from the mark, or the last sentence that goes on with the quotation.
"""

from __future__ import annotations

from tqa import patterns
from tqa.checks.base import Hit, span
from tqa.checks.quote_close import quotation_run
from tqa.lang.ar import normalize
from tqa.model import Segment

# Each opening mark with the mark that closes it.
ARABIC_QUOTES = {"«": "»", "“": "”", '"': '"'}
_NARRATIVE = patterns.compile(r"\s*[وف]")
# A sentence that reports speech is the writer's again, with or without و: «قالت إن ...»
# (normalised: plain alef).
_REPORTS = patterns.compile(
    r"^\W*[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اشار|اشارت|اوضح|اوضحت|تابع|تابعت|لفت|لفتت|شدد|شددت|ذكر|ذكرت)(?![\u0621-\u064A])"
)
# A pasted run of marks makes one finding per mark: each one's evidence stays this short.
MAX_EVIDENCE = 400
_OPENING_WORDS = patterns.compile(r"[«“\"]\s*([^\s«»“”\"]{1,40}(?:\s+[^\s«»“”\"]{1,40})?)")


def _stops(text: str) -> bool:
    return bool(_NARRATIVE.match(text) or _REPORTS.match(normalize(text[:40]))) or any(mark in text for mark in ARABIC_QUOTES)


def unclosed_arabic_quotation(segment: Segment, index: int, paragraph: list[Segment]) -> Hit:
    """The finding for the opening mark at `index` of `segment`, which nothing in
    `paragraph` closes."""
    mark = segment.text[index]
    close = ARABIC_QUOTES[mark]
    last = quotation_run(paragraph, segment, _stops) or segment
    start = index if last is segment else 0
    words = _OPENING_WORDS.match(segment.text, index)
    opening = f"The quotation opened with {mark}{words.group(1)}{close}" if words else f"A quotation opened with {mark}"
    return Hit(
        message=f"{opening} is never closed in its paragraph; add {close} where the quotation ends",
        target=span(last, start, min(max(len(last.text.rstrip()), start + 1), start + MAX_EVIDENCE)),
    )
