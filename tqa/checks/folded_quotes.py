"""A quotation interrupted by its attribution in one version and folded into one
quotation in the other: no omission or addition (O301, O302), though the aligner
leaves the continuation alone.

English news cuts a quotation with its attribution and goes on in a sentence of its
own ('"My father grew coffee here," said Ali, 52. "Now I grow qat."'). Arabic puts
the attribution first and joins the quoted sentences with a comma (وقال علي (52
عاما): "زرع أبي البن هنا، أما الآن فأزرع القات"). The lone continuation then rides
in its neighbour's translation, which ends on the joined quotation: that quotation
has more clauses than the neighbour's own, and is not short for its source.
The same holds the other way round: a quotation of two sentences with the attribution
after the second ('"We used to work two shifts. Now we wait for the phone," said Abdi.')
leaves its opening sentence alone, and the Arabic that joins both («وقالت العبدي: "كنا
نشتغل ورديتين، واليوم ننتظر الهاتف"») rides with the sentence that closes it.
A continuation dropped with nothing joined leaves the quotation with the clauses of
the sentence before it, and is reported.
"""

from __future__ import annotations

from tqa import patterns
from tqa.checks.base import CheckContext, Pair
from tqa.checks.length_ratios import chars
from tqa.model import Segment
from tqa.text.quotations import quotations_in, straight_role

_CLAUSE_BREAK = patterns.compile("[,،;؛]")
_MARK = patterns.compile('[«“»”"]')
_OPENING = ('"', "“", "«")
_CLOSING = " .!?؟"
# How much shorter than its partner predicts the folding side may be: sentence pairs of one
# article vary by about this much in length ratio.
SHORT_BY = 0.15


def folded_into_quotation(ctx: CheckContext, pair: Pair, added: bool, scale: float) -> bool:
    """Whether the lone sentence of `pair` (a translation sentence when `added`) is a
    quotation that continues the one its previous pair interrupts with an attribution, or
    opens the one its next pair closes, and that pair's other side folds it in; `scale`
    is the article's median length ratio."""
    doc = ctx.doc
    at = ctx.bead_positions[pair.bead]
    lone = pair.target if added else pair.source
    if len(lone) != 1:
        return False
    after = _quotation_alone(lone[0].text)
    if not after and not _opens_unclosed(lone[0].text):
        return False
    place = at - 1 if after else at + 1
    near = doc.beads[place] if 0 <= place < len(doc.beads) else None
    if near is None or not near.source or not near.target:
        return False
    source = tuple(doc.source.segments[i] for i in near.source)
    target = tuple(doc.target.segments[j] for j in near.target)
    same, held = (target, source) if added else (source, target)
    joined = _interrupted_and_joined(same, held, lone[0], after)
    # The joined quotation holds a clause more than the interrupted one, at most the lone sentence's.
    if joined is None or not joined[0] < joined[1] <= joined[0] + _clauses(lone[0].text):
        return False
    # The side that folds the quotation is not short for its partner: a continuation is
    # often a few words beside a long attribution, so more length is no requirement.
    folding, partner = (chars(source) * scale, chars(target)) if added else (chars(target), chars(source) * scale)
    return folding >= (1 - SHORT_BY) * partner


def _interrupted_and_joined(same: tuple[Segment, ...], held: tuple[Segment, ...], lone: Segment, after: bool) -> tuple[int, int] | None:
    """The clauses of the quotation's part in the neighbour on the lone sentence's side, and
    of the quotation the other side holds whole. After the lone sentence: the neighbour's
    last sentence ends on its own quotation, cut by the attribution; the other side's ends
    on the joined one. Before it ('"A. | B," he said.'): the neighbour's first sentence
    closes the quotation the lone sentence opened; the other side's first sentence holds it."""
    if after:
        interrupted = quotations_in(same[-1].text)
        if same[-1].paragraph != lone.paragraph or not interrupted or _ends_quoted(same[-1].text):
            return None
        folded = quotations_in(held[-1].text)
        if not folded or not _ends_quoted(held[-1].text):
            return None
        return _clauses(interrupted[-1]), _clauses(folded[-1])
    closing = _closing_part(same[0].text)
    folded = quotations_in(held[0].text)
    if same[0].paragraph != lone.paragraph or closing is None or not folded:
        return None
    return _clauses(closing), _clauses(folded[0])


def _opens_unclosed(text: str) -> bool:
    """A sentence that opens a quotation and does not close it: '"We used to work two shifts.'."""
    body = text.strip()
    return body.startswith(_OPENING) and not quotations_in(body)


def _closing_part(text: str) -> str | None:
    """The words before the mark that closes a quotation opened in an earlier sentence
    ('Now we wait," said Abdi.'), or None when the sentence's first mark opens one."""
    found = _MARK.search(text)
    if found is None or found.group() in _OPENING[1:] or (found.group() == '"' and straight_role(text, found.start()) == "open"):
        return None
    return text[: found.start()]


def _quotation_alone(text: str) -> bool:
    """A sentence that is one quotation and nothing else: '"Now I grow qat."'."""
    found, body = quotations_in(text), text.strip()
    return len(found) == 1 and body.startswith(found[0]) and not body[len(found[0]) :].strip(_CLOSING)


def _ends_quoted(text: str) -> bool:
    """Whether a quotation closes the sentence: the attribution, if any, stands before it."""
    found = quotations_in(text)
    return bool(found) and text.rstrip(_CLOSING).endswith(found[-1].rstrip(_CLOSING))


def _clauses(text: str) -> int:
    """The comma-joined clauses of a quotation, a piece of at least one word each."""
    return sum(1 for piece in _CLAUSE_BREAK.split(text.strip('"“”«» .!?؟')) if piece.strip())
