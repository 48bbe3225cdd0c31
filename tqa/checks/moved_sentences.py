"""A sentence on one side only whose words went into the neighbouring pair: no omission
or addition (O301, O302), though the aligner left it alone.

A quotation of two sentences is cut at its full stop in both languages, its
attribution after it in English («"... Baghdad asked. ...," Mustafa told ...») and
before it in Arabic («وأضاف مصطفى: "... بغداد.»). The attribution's names then pair the
second English sentence with both Arabic ones, and the first is left alone. What
shows that its words are there: its own evidence (a number, a glossary name, a date,
or a name written in the other script) in the neighbour's translation, which the
neighbour's own source does not explain, and a neighbour's translation longer than
its source predicts.
"""

from __future__ import annotations

from tqa.checks.base import CheckContext, Pair
from tqa.checks.length_ratios import chars
from tqa.lang.ar import is_arabic_text
from tqa.model import Article, Segment
from tqa.text.evidence import sentence_features
from tqa.text.names import COMMON_CAPITALISED, arabic_word_romanised_by, core_of, name_words

# With its own evidence in the neighbour's translation, the neighbour need hold only
# this share of the lone sentence's length (the length check alone wants half): the
# attribution moved across the cut carries length of its own both ways.
MOVED_WITH_EVIDENCE = 0.25
_SPECIFIC = ("n:", "g:", "d:")  # numbers, glossary entries, dates: not name keys of every Arabic word


def evidence_in_neighbour(ctx: CheckContext, pair: Pair, added: bool, scale: float) -> bool:
    """The lone sentence of `pair` (a translation sentence when `added`) went into the
    next or previous pair of its paragraph; `scale` is the article's median length ratio."""
    doc = ctx.doc
    at = ctx.bead_positions[pair.bead]
    for near in (doc.beads[at - 1] if at else None, doc.beads[at + 1] if at + 1 < len(doc.beads) else None):
        if near is None or not near.source or not near.target:
            continue
        lone, same, held = (
            (pair.target, _segments(doc.target, near.target), _segments(doc.source, near.source))
            if added
            else (pair.source, _segments(doc.source, near.source), _segments(doc.target, near.target))
        )
        if {s.paragraph for s in same} != {lone[0].paragraph}:
            continue
        explained = _anchors(ctx, same)
        moved = (_anchors(ctx, lone) - explained) & (_anchors(ctx, held) - explained)
        if not any(a.startswith(_SPECIFIC) for a in moved) and not _name_moved(lone, same, held):
            continue
        # The neighbour's translation is too long (an omission) or too short (an addition).
        if added:
            off, alone = chars(held) * scale - chars(same), float(chars(lone))
        else:
            off, alone = chars(held) - chars(same) * scale, chars(lone) * scale
        if off >= MOVED_WITH_EVIDENCE * alone:
            return True
    return False


# A lone sentence that says this many things of its own (figures, dates, names, lexicon
# concepts its neighbour's sentences on its side do not have), none of them in the
# neighbour's translation, did not go into that neighbour, whatever the lengths say.
MIN_OWN_CONTENT = 2
_CONTENT = ("n:", "d:", "g:", "w:")


def says_other_things(ctx: CheckContext, lone: tuple[Segment, ...], same: tuple[Segment, ...], held: tuple[Segment, ...]) -> bool:
    """Whether `lone` (one side only) holds MIN_OWN_CONTENT anchors of its own and the
    other side of its neighbour (`held`; `same` is the neighbour on lone's side) has none
    of them: "Tickets sold out within hours of going on sale online" (hours, selling,
    online, month) beside a pair about ticket prices is an added sentence, though the
    neighbour's translation is short by about its length (issue #11)."""
    own = _anchors(ctx, lone) - _anchors(ctx, same)
    # A figure's value and amount (v:, m:) find it written another way, but count with its digits.
    counted = sum(1 for a in own if a.startswith(_CONTENT))
    return counted >= MIN_OWN_CONTENT and not {a for a in own if a.startswith((*_CONTENT, "v:", "m:"))} & _anchors(ctx, held)


# Kinds of evidence a sentence and its translation share wherever they stand. A moved
# sentence shares two kinds with its translation, one of them a figure, a date or a
# glossary name ("Shares in Energia Meridionale rose 2.4% on the Milan stock exchange"
# against «وارتفع سهم «إنرجيا ميريديونالي» بنسبة ٢٫٤٪ في بورصة ميلانو»: the figure, the
# company and Milan); a person named in two unrelated sentences is one kind only.
_KINDS = {"n": "figure", "v": "figure", "m": "figure", "d": "date", "g": "name", "t": "name"}
_KEPT_KINDS = frozenset({"figure", "date"})
MIN_MOVED_KINDS = 2
# Its translation's length, against what the article's ratio predicts, lies within this factor.
MOVED_LENGTH = 2.0


def moved_elsewhere(ctx: CheckContext, pair: Pair, added: bool, scale: float) -> bool:
    """The lone sentence of `pair` (a translation sentence when `added`) is the one
    sentence left alone on the other side that it translates, further away than the
    pair next to it: an editor moved it (the share price closing the Arabic goes up
    after the quotation it reacts to in the English). The aligner keeps the order of
    the sentences, so it leaves both alone; the move is no omission and no addition.
    Each must be the other's only match."""
    lone = pair.target[0] if added else pair.source[0]
    partners = [other for other in _lone(ctx, not added) if _translates(ctx, lone, other, scale, added)]
    if len(partners) != 1:
        return False
    return [other for other in _lone(ctx, added) if _translates(ctx, partners[0], other, scale, not added)] == [lone]


def _lone(ctx: CheckContext, target: bool) -> list[Segment]:
    """The sentences of one side that the aligner left alone."""
    if target:
        return [ctx.doc.target.segments[j] for bead in ctx.doc.beads if not bead.source for j in bead.target]
    return [ctx.doc.source.segments[i] for bead in ctx.doc.beads if not bead.target for i in bead.source]


def _translates(ctx: CheckContext, one: Segment, other: Segment, scale: float, one_is_target: bool) -> bool:
    """Whether `other`, on the other side, shares MIN_MOVED_KINDS kinds of evidence with
    `one` (a figure or a date among them, or a glossary name and two concepts) and has the length its translation would."""
    common = _anchors(ctx, (one,)) & _anchors(ctx, (other,))
    kinds = {_KINDS[a[0]] for a in common if a[0] in _KINDS}
    if sum(1 for a in common if a.startswith("w:")) >= 2:
        kinds.add("concepts")
    strong = bool(kinds & _KEPT_KINDS) or any(a.startswith("g:") for a in common)
    source, target = (other, one) if one_is_target else (one, other)
    ratio = len(target.text) / max(len(source.text) * scale, 1.0)
    return len(kinds) >= MIN_MOVED_KINDS and strong and 1 / MOVED_LENGTH <= ratio <= MOVED_LENGTH


def _segments(article: Article, ids: tuple[int, ...]) -> tuple[Segment, ...]:
    return tuple(article.segments[i] for i in ids)


def _anchors(ctx: CheckContext, segments: tuple[Segment, ...]) -> frozenset[str]:
    lang = "ar" if is_arabic_text(" ".join(s.text for s in segments)) else "en"
    return frozenset().union(*(f.anchors for f in sentence_features(segments, lang, ctx.glossary)))


def _name_moved(lone: tuple[Segment, ...], same: tuple[Segment, ...], held: tuple[Segment, ...]) -> bool:
    """A capitalised English name on one side (Baghdad) romanises an Arabic word on the
    other, and the neighbour's sentences on the lone sentence's side do not have it.
    Weekdays and months are no evidence: Monday and «منذ» share their consonants."""
    lone_is_english = not is_arabic_text(" ".join(s.text for s in lone))
    english, arabic = (lone, held) if lone_is_english else (held, lone)
    for word in name_words(english):
        core = core_of(word.text)
        if core.casefold() in COMMON_CAPITALISED or len(core) < 4:
            continue
        if _in(core, same, lone_is_english):
            continue  # the neighbour's own sentences have the name
        if arabic_word_romanised_by(arabic, [core]) is not None:
            return True
    return False


def _in(core: str, segments: tuple[Segment, ...], english: bool) -> bool:
    if english:
        return any(core.casefold() in s.text.casefold() for s in segments)
    return arabic_word_romanised_by(segments, [core]) is not None
