"""A glossary name matched in an Arabic translation, yet written with a letter that
matching folds: ه for ة at a word's end (لولوه for لولوة), or hamza on another seat
(إربيل for أربيل).

Matching folds these letters so that a name is found however it is written; a reader
sees another spelling all the same. N103 reports the mention as a form the glossary
does not list. A difference that is the writer's style is not reported: a bare alif for
a hamza seat (اربيل for أربيل: hamza is often left off in wire and informal copy), ى
for ي.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqa.checks.arabic_near_names import MIN_WORD_LETTERS
from tqa.checks.base import CheckContext, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import normalize, strip_marks
from tqa.model import Segment, Span

_TA_MARBUTA = frozenset("ةه")


def ending_respelt(written: str, listed: str) -> bool:
    """`written`, matched as the glossary's `listed` form, ends a word with ه where the
    form has ة, or the other way round (لولوه for لولوة). The first word may carry a
    proclitic (ولولوه)."""
    words, forms = strip_marks(written).split(), strip_marks(listed).split()
    if len(words) != len(forms) or not words:
        return False
    words[0] = words[0][-len(forms[0]) :]
    differing = [(w, f) for w, f in zip(words, forms, strict=True) if w != f]
    return bool(differing) and all(
        len(w) == len(f) >= MIN_WORD_LETTERS and w[:-1] == f[:-1] and {w[-1], f[-1]} == _TA_MARBUTA for w, f in differing
    )


# The alif's hamza seats: above (أ), below (إ), with madda (آ). Which one a name takes
# is its spelling (إبراهيم, أربيل, آمنة); a professional editor corrects the wrong seat.
_SEATS = frozenset("أإآ")


def seat_respelt(written: str, listed: Iterable[str]) -> bool:
    """`written`, matched as a glossary name, puts hamza on an alif where every listed
    form that has a seat there puts it on another (إربيل for أربيل). A bare alif in the
    text, or in a listed form, is no evidence either way (اربيل passes)."""
    words = strip_marks(written).split()
    houses: list[str] = []
    text = ""
    for form in listed:
        parts = strip_marks(form).split()
        if not words or len(parts) != len(words):
            continue
        candidate = " ".join([words[0][-len(parts[0]) :], *words[1:]])  # the first word may carry a proclitic
        if normalize(candidate) == normalize(" ".join(parts)):
            text = candidate
            houses.append(" ".join(parts))
    for at, letter in enumerate(text):
        seats = {house[at] for house in houses if house[at] in _SEATS}
        if letter in _SEATS and seats and letter not in seats:
            return True
    return False


def listed_form_respelt(written: str, form: str, entry: GlossaryEntry) -> bool:
    """`written`, matched as the entry's listed `form`, respelt with a letter matching folds."""
    return ending_respelt(written, form) or seat_respelt(written, entry.ar)


def respelt_mentions(ctx: CheckContext, arabic: tuple[Segment, ...]) -> dict[str, tuple[Span, str]]:
    """Per glossary entry, a mention in `arabic` respelt with a letter matching folds, with
    the house form to write: the full name (لولوه, إربيل), or the surname alone (بوسنينه
    for the listed «… بوسنينة»)."""
    found: dict[str, tuple[Span, str]] = {}
    for segment in arabic:
        for m in ctx.glossary.find(segment.text, "ar"):
            if listed_form_respelt(m.text, m.form, m.entry):
                found.setdefault(m.entry.id, (span(segment, m.start, m.end), m.entry.ar[0]))
        for m in ctx.glossary.find_surnames(segment.text, "ar"):
            surname = m.entry.ar[0].split()[-1]
            if ending_respelt(m.text, surname) or seat_respelt(m.text, [form.split()[-1] for form in m.entry.ar]):
                found.setdefault(m.entry.id, (span(segment, m.start, m.end), surname))
    return found
