"""How each sentence stands to the quotations around it: whether a quotation runs past
its end into a later sentence, whether it holds a quotation of several sentences whole,
and whether its
paragraph's marks pair up at all. The aligner reads a quotation as a bond between
neighbours.

A quotation of several sentences is one unit in both languages, but the two may cut it
differently: the splitter keeps «…» and “…” whole and cuts a straight-quoted passage at
its full stops, and a translator may move the attribution («وقالت: "A. B. C"» for
'"A," she said. "B. C."'). A cut between two beads that falls inside a quotation on one
side only then leaves a piece of the quotation on its own.

A version may also give a quotation a paragraph of its own where the other folds it
into the sentence before ('..., adding: "We are not against the refinery."'): each
sentence says whether it is a quotation, at most with its attribution (half its
characters or more inside marks that pair in it), and whether it ends on one.

Only marks that pair up count. A paragraph with a mark that pairs with nothing (a
dropped closing mark, or a sentence dropped with its mark) is unsure: which sentences
its quotations span is unknown there. English continues a quotation over a paragraph
break by leaving it open and opening the next paragraph with a new mark; that mark
reopens the quotation rather than starting another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tqa import patterns
from tqa.model import Segment

_CLOSER = {"«": "»", "“": "”"}
_CLOSERS = frozenset(_CLOSER.values())
_STRAIGHT = '"'
_OPENING = ('"', "“", "«")
_SENTENCE_BREAK = patterns.compile(r"[.!?؟]\s+\S")
# Every mark the walk reads, so that it visits the marks, not every character (issue #14).
_MARK = patterns.compile("[«“»”\"]")


@dataclass(frozen=True)
class Quoting:
    continues: bool = False  # a quotation open at the sentence's end closes in a later one
    several: bool = False  # a quotation of several sentences opens and closes inside it («A. B.»)
    unsure: bool = False  # the sentence's paragraph has a mark that pairs with nothing
    quotation: bool = False  # the sentence is a quotation, at most with its attribution («وقال: "..."»)
    ends_quoted: bool = False  # a quotation closes at the sentence's end ('..., adding: "..."')


@dataclass
class _Walk:
    """The marks still open, as (closing mark, sentence it opened in, where), and what was found."""

    open_marks: list[tuple[str, int, int]]
    continues: set[int]
    several: set[int]
    unsure: set[int]  # paragraphs


def quotings(segments: Sequence[Segment]) -> tuple[Quoting, ...]:
    """Per sentence, how it stands to the quotations around it."""
    walk = _Walk([], set(), set(), set())
    for number, segment in enumerate(segments):
        text = segment.text
        if number and segment.paragraph != segments[number - 1].paragraph:
            if walk.open_marks and text.lstrip().startswith(_OPENING):
                text = text.lstrip()[1:]  # the mark that reopens a quotation continued from the last paragraph
            elif walk.open_marks:
                walk.unsure.update(segments[opened].paragraph for _, opened, _ in walk.open_marks)
                walk.open_marks.clear()
        for found in _MARK.finditer(text):
            index, mark = found.start(), found.group()
            if mark in _CLOSER:
                walk.open_marks.append((_CLOSER[mark], number, index))
            elif mark in _CLOSERS or mark == _STRAIGHT:
                _read_mark(text, index, number, walk, segments)
    if walk.open_marks:
        walk.unsure.update(segments[opened].paragraph for _, opened, _ in walk.open_marks)
    return tuple(
        Quoting(n in walk.continues, n in walk.several, s.paragraph in walk.unsure, *_shape(s.text))
        for n, s in enumerate(segments)
    )


# A quotation that opens and closes inside one sentence, by mark kind.
_WHOLE_QUOTATION = patterns.compile(r'«[^«»]*»|“[^“”]*”|"[^"]*"')
_AFTER_CLOSING = " .!?؟,،;"


def quotations_in(text: str) -> list[str]:
    """The quotations that open and close inside one sentence, marks included, in order."""
    return [m.group() for m in _WHOLE_QUOTATION.finditer(text)]


def _shape(text: str) -> tuple[bool, bool]:
    """(the sentence is a quotation at most with its attribution, it ends on a quotation)."""
    body = text.strip()
    quoted = sum(len(m.group()) for m in _WHOLE_QUOTATION.finditer(body))
    closing = body.rstrip(_AFTER_CLOSING)[-1:]
    ends = closing in _CLOSERS or (closing == _STRAIGHT and body.count(_STRAIGHT) % 2 == 0)
    return bool(body) and 2 * quoted >= len(body), quoted > 0 and ends


def _read_mark(text: str, index: int, number: int, walk: _Walk, segments: Sequence[Segment]) -> None:
    """A closing mark or a straight quote at `index` of sentence `number`: it closes the
    quotation it belongs to (marking the sentences that quotation ran past), or opens one."""
    mark = text[index]
    marks = walk.open_marks
    wanted = _STRAIGHT if mark == _STRAIGHT else mark
    position = next((n for n in range(len(marks) - 1, -1, -1) if marks[n][0] == wanted), None)
    role = straight_role(text, index) if mark == _STRAIGHT else "close"
    if position is not None and role == "open":
        # A straight quote that opens while one is open: that one was never closed (a
        # dropped closing mark), and pairing across it would misread all that follows.
        walk.unsure.update(segments[opened].paragraph for _, opened, _ in marks[position:])
        del marks[position:]
        position = None
    if position is not None:
        _, opened, start = marks[position]
        walk.continues.update(range(opened, number))
        if opened == number and _SENTENCE_BREAK.search(text, start, index):
            walk.several.add(number)
        del marks[position:]
    elif role != "close":
        marks.append((_STRAIGHT, number, index))
    else:
        walk.unsure.add(segments[number].paragraph)  # a closing mark with nothing to close


def straight_role(text: str, index: int) -> str:
    """A straight quote opens before a word (space before, letter after) and closes after one."""
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    space_before = not before or before.isspace() or before in "([«“—"
    space_after = not after or after.isspace() or after in ".,;:!?)]»”—…"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"
