"""Questions inside quotations (P502): the mark that ends each quoted clause, compared
quotation by quotation, so that a quoted question the translation ends as a statement is
found even beside a verb of asking ('"...," she asked' for «...؟» تساءلت).

A quoted question keeps its own mark in both languages whatever follows the quotation:
'"Why now?" he asked', «لماذا الآن؟» قال. A quotation closed with a comma and handed to its
attribution ('"...," she asked', «...»، قالت) is a statement's way of closing; for a
quotation that asks in the source it is a question mark turned into a comma.
"""

from __future__ import annotations

from dataclasses import dataclass

from tqa import patterns
from tqa.checks.base import Pair
from tqa.lang import ar, en
from tqa.model import Segment

# A closed quotation, «...», “...” or "..." (straight ones only where they pair up).
_QUOTATION = patterns.compile(r'«(?P<a>[^«»]*)»|“(?P<b>[^“”]*)”|"(?P<c>[^"]*)"')
_END_MARK = patterns.compile(r"[.?؟!]")
_COMMA = patterns.compile(r"[,،]")
# The speaker named after the quotation: '," she asked', '," said Karoui', '," the mayor
# added', «...»، قالت / وأضاف. Reporting a question ("asked") is among the verbs: the
# quotation is the question itself, and keeps its mark.
_ATTRIBUTION = patterns.compile(
    rf"\s*[,،]?\s*(?:{en.SPEECH_VERBS}\b|(?:he|she|they|we|I|it|(?:the|a|an|one)\s+[a-z]+(?:\s+[a-z]+)?|{en.SPEAKER_NAME})\s+{en.SPEECH_VERBS}\b"
    rf"|[وف]?{ar.AR_SPEECH_VERBS}(?![{ar.LETTERS}]))"
)

# A quoted clause in a question's words ("How many more must die", «إلى متى ننتظر»): with
# its mark turned into a comma before the speaker, it is the question the source asked, not
# a statement of the source's quotation that the translation moved the question out of.
_QUESTION_WORDS = patterns.compile(rf"(?i:{en.QUESTION_OPENING})|{ar.QUESTION_OPENING}")


@dataclass(frozen=True)
class QuotationEnd:
    """A closed quotation: its sentence, the start of its last clause and the end of the
    quotation, and how it ends: its last mark (inside, or a full stop right after it, as
    in Arabic «...».), "," when closed with a comma, or "" for none."""

    segment: Segment
    clause: int
    end: int
    mark: str
    start: int = 0  # where the quoted words begin

    @property
    def words(self) -> int:
        return len(self.segment.text[self.start : self.end].split())

    @property
    def handed_to_speaker(self) -> bool:
        """Whether a clause in a question's words closes without a mark or with a comma
        and the speaker follows: '"How long must we wait," she asked', «إلى متى ننتظر»، قالت."""
        text = self.segment.text
        if self.mark not in (",", "") or not _ATTRIBUTION.match(text, self.end):
            return False
        return bool(_QUESTION_WORDS.match(ar.normalize(text[self.clause : self.end].lstrip("«“\"'"))))


def quotation_ends(segments: tuple[Segment, ...]) -> list[QuotationEnd]:
    """Each closed quotation of `segments`, in order."""
    found = []
    for segment in segments:
        text = segment.text
        for match in _QUOTATION.finditer(text):
            if match["c"] is not None and text.count('"') % 2:
                continue  # an odd straight quote: which ones pair is unsure
            group = next(g for g in "abc" if match[g] is not None)
            start, end = match.span(group)
            inside = text[start:end].rstrip()
            mark = inside[-1:] if _END_MARK.fullmatch(inside[-1:]) else text[match.end() : match.end() + 1]
            if _COMMA.fullmatch(inside[-1:]) or _COMMA.fullmatch(mark):
                mark = ","
            breaks = [m.end() for m in _END_MARK.finditer(text, start, start + len(inside) - 1)]
            clause = max(breaks, default=start)
            clause += len(text[clause:]) - len(text[clause:].lstrip())
            ending = mark if _END_MARK.fullmatch(mark) or mark == "," else ""
            found.append(QuotationEnd(segment, clause, match.end(), ending, start))
    return found


def quoted_question_stated(pair: Pair) -> tuple[Segment, int, int] | None:
    """A quotation that asks in the source and, in the translation, ends with a full stop
    or hands over to its speaker without its question mark: «"...?" Fakih asked» written
    «وتساءل فقيه: "...."», «وتساءلت: "...؟"» written '"...," she asked'. The verb of
    asking does not make a quoted question reported. Quotations are paired in turn when
    both sides quote as often, else by where they stand and how long they are
    (paired_quotations)."""
    for asked, stated in paired_quotations(pair):
        if asked.mark in ("?", "؟") and (stated.mark == "." or stated.handed_to_speaker):
            return stated.segment, stated.clause, stated.end
    return None


# How far apart two quotations may stand (as a share of their sentences' length) and how
# different in length (words, either way, or a few words: «سنضرب» is "We will strike") to be
# one quotation translated.
_NEAR = 0.25
_LENGTH_RATIO = 2.5
_FEW_WORDS = 3


def paired_quotations(pair: Pair) -> list[tuple[QuotationEnd, QuotationEnd]]:
    """The source's quotations with their translations. With as many on both sides, the
    k-th of one is the k-th of the other. Otherwise a quotation was added or dropped (a
    quoted term the translation writes plain: «الخط الأحمر», the red line), and each source
    quotation is paired with the one target quotation that stands near the same place in
    its sentences and is of a like length, when no other quotation on either side does."""
    source, target = _positions(pair.source), _positions(pair.target)
    if len(source) == len(target):
        return [(s, t) for (s, _), (t, _) in zip(source, target, strict=True)]
    pairs = []
    for quotation, at in source:
        like = [(t, there) for t, there in target if _alike(quotation, at, t, there)]
        # Each of the two is the other's only likeness: a quotation dropped beside it cannot take its place.
        if len(like) == 1 and [q for q, here in source if _alike(q, here, *like[0])] == [quotation]:
            pairs.append((quotation, like[0][0]))
    return pairs


def _alike(source: QuotationEnd, at: float, target: QuotationEnd, there: float) -> bool:
    """Near the same place in their sentences, and of a like length."""
    words, other = max(source.words, 1), max(target.words, 1)
    alike = abs(words - other) <= _FEW_WORDS or other / _LENGTH_RATIO <= words <= other * _LENGTH_RATIO
    return abs(there - at) <= _NEAR and alike


def _positions(segments: tuple[Segment, ...]) -> list[tuple[QuotationEnd, float]]:
    """Each quotation of `segments` with where it ends, as a share of their length."""
    total = sum(len(s.text) + 1 for s in segments) or 1
    found, before = [], 0
    for segment in segments:
        found += [(q, (before + q.end) / total) for q in quotation_ends((segment,))]
        before += len(segment.text) + 1
    return found
