"""Where an unclosed English quotation should have closed (the Arabic reading is
tqa.checks.arabic_quotes; both walk the sentences after the opening one with quotation_run).

English news closes a quotation right before its attribution: "... in West
Africa," Alaoui said. When the closing mark is missing, the comma and the
attribution are still there, so the place to fix is known: P501 then shows the
whole quotation, from its opening mark to the attribution, and says where to close.
"""

from __future__ import annotations

from collections.abc import Callable

from tqa import patterns
from tqa.checks.base import Hit, span
from tqa.lang.en import SPEAKER_NAME, SPEECH_VERBS
from tqa.model import Segment, Span

_ATTRIBUTION = patterns.compile(
    rf"[,?!]\s+(?:{SPEAKER_NAME}|he|she|they|the\s+\w+(?:\s+\w+)?)\s+{SPEECH_VERBS}\b"
    rf"|[,?!]\s+{SPEECH_VERBS}\s+{SPEAKER_NAME}"
)
_OPENING = ('"', "“")


def missing_close(text: str, index: int) -> tuple[int, int] | None:
    """For an opening quotation mark at `index` that nothing closes in its sentence, the
    attribution it should close before (start, end in `text`), if the sentence has one."""
    if text[index : index + 1] not in _OPENING:
        return None
    rest = text[index + 1 :]
    match = _ATTRIBUTION.search(rest)
    if match is None or any(mark in rest[: match.start()] for mark in ('"', "”", "“")):
        return None  # no attribution, or another quotation mark in between: the gap is elsewhere
    return index + 1 + match.start(), index + 1 + match.end()


_ANY_QUOTE = ('"', "“", "”", "«", "»")
# A sentence that reports speech is the writer's again, not the quotation's: "He added
# that ..." (the Arabic «وأضاف أن ...» is tqa.checks.arabic_quotes').
_EN_REPORTS = patterns.compile(rf"^\W*(?:[\w'’-]+\s+){{0,4}}{SPEECH_VERBS}\b")


def quoted_run_end(paragraph: list[Segment], segment: Segment) -> Segment | None:
    """For a quotation opened in `segment` that nothing in its paragraph closes: the last
    sentence the quotation runs on into, when it runs past its own (no quotation mark
    and no "he added" of the writer's before it). That is where the closing mark was
    dropped («He added: "A. B.» lost it after B); None when it ends in its own sentence."""
    return quotation_run(paragraph, segment, _ends_quotation)


def quotation_run(paragraph: list[Segment], segment: Segment, stops: Callable[[str], object]) -> Segment | None:
    """The last sentence after `segment` in its paragraph before the first one that `stops`
    an unclosed quotation (each language has its own signs); None when the next one does."""
    run = None
    for later in (s for s in paragraph if s.id > segment.id):
        if stops(later.text):
            break
        run = later
    return run


def _ends_quotation(text: str) -> bool:
    text = text.strip()
    return not text or any(mark in text for mark in _ANY_QUOTE) or _reports(text)


def _reports(text: str) -> bool:
    return bool(_EN_REPORTS.match(text))


# The evidence for a stray mark stops here even inside one long "word" (a pasted run of marks),
# so that a paragraph of n marks costs n findings of bounded size, not n squared characters.
MAX_STRAY_EVIDENCE = 60
# A quotation left open is shown whole up to this length (Arabic: arabic_quotes.MAX_EVIDENCE).
MAX_QUOTATION_EVIDENCE = 400


def stray_mark_hit(paragraph: list[Segment], segment: Segment, index: int, opens: bool, english: bool) -> Hit:
    """P501's finding for the mark at `index` of `segment` that its paragraph leaves
    unpaired; `opens` when it opens a quotation (a straight quote before a word).

    An opened quotation is shown up to where its closing mark is missing, and the message
    says where it opens: an English quotation with its attribution, from the mark to the
    attribution ("…half the time, al-Hasan said"); any other, from the mark to the end of
    its sentence, or, when it runs on past it (quoted_run_end), the last sentence it may
    run to (a finding's evidence is one sentence). A mark that closes nothing stays shown
    with the words after it, which the editor fixes or removes."""
    mark = segment.text[index]
    if not opens:
        evidence = span(segment, index, _word_end(segment.text, index))
        return Hit(message=f"The mark {mark} has no partner in this paragraph; close it or remove it", target=evidence)
    opened = f"The quotation opened with {mark} at «{segment.text[index : _word_end(segment.text, index)]}…»"
    close = missing_close(segment.text, index) if english else None
    if close is not None:
        attribution = segment.text[close[0] : close[1]]
        # A question or exclamation keeps its mark inside the quotation: '"Why? she asked' closes after the ?.
        where = f"after the {attribution[0]}, before «{attribution[1:].strip()}»" if attribution[0] in "?!" else f"before «{attribution}»"
        return Hit(message=f"{opened} is never closed; close it {where}", target=_quotation(segment, index, close[1]))
    end = quoted_run_end(paragraph, segment)
    last = end or segment
    # Its own sentence's end is the latest place too when the next sentence stops the run.
    return Hit(
        message=f"{opened} is never closed in this paragraph: close it where the quote ends (at the latest after «{_tail(last.text)}»), or remove the mark",
        target=_quotation(last, index if last is segment else 0, len(last.text.rstrip())),
    )


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_LAST_WORDS = patterns.compile(r"(?:\S+\s+){0,2}\S+\s*$")
_NEXT_WORDS = patterns.compile(r"\W?\s*\S+(?:\s+\S+)?")


def _quotation(segment: Segment, start: int, end: int) -> Span:
    """The quotation's words in `segment` from `start` to where it should close at `end`;
    of a long one (a pasted run of marks is one long "word"), the last words only."""
    if end - start > MAX_QUOTATION_EVIDENCE:
        match = _LAST_WORDS.search(segment.text[end - MAX_STRAY_EVIDENCE : end])
        start = end - MAX_STRAY_EVIDENCE + (match.start() if match else 0)
    return span(segment, start, max(end, start + 1))


def _word_end(text: str, index: int) -> int:
    """The evidence for a stray mark: the mark and the two words after it."""
    match = _NEXT_WORDS.match(text[index : index + MAX_STRAY_EVIDENCE])
    return index + (match.end() if match else 1)


def _tail(text: str) -> str:
    """The last words of a sentence, for a message: «…their entire harvest.»."""
    words = text.split()
    return ("…" if len(words) > 3 else "") + " ".join(words[-3:])
