"""P502 (question-lost): which source sentences ask, and which translations report a
question instead of asking it, or end it with a full stop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqa import patterns
from tqa.checks.base import CheckContext, Hit, Pair, span, whole
from tqa.checks.quoted_questions import quoted_question_stated
from tqa.lang import ar
from tqa.model import Segment

# A question mark that ends a clause: at the end of the sentence, or inside a quotation
# that goes on ("«Who will pay? They never did».", which the segmenter keeps whole),
# with any closing quotes or brackets after it, and the mark that closes the sentence or
# leads to the speaker after those («...؟». as Arabic ends a quoted sentence, «...؟»،
# قال). "(؟)", a mark of doubt, is no question.
_ASKS = patterns.compile(r"(?<!\()[?؟]\s*(?:[»”\"'’)\]]+[.,،:;؛]?)?(?:\s|$)")
_QUESTION_MARK = patterns.compile(r"[?؟]")
# A reported question, which English and Arabic both write as a statement: "asked
# whether the forces would stay". A bare "if" is no sign: "where will we go if we
# have no home" is a direct question with a condition in it.
_REPORTED = patterns.compile(
    r"\b(?:whether|ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:es|ed|ing)|questioned)\b"
    r"|\b(?:know|knows|knew|sure|clear|unclear|see|tell|told)\s+if\b"
    r"|(?:تساءل|تساءلت|سأل|سألت|يتساءل|ما\s+إذا|إن\s+كان)",
    re.IGNORECASE,
)
# A quotation closed with a comma before its attribution ('... no home," said al-Dibs'):
# the place where a quoted question's mark turns into a comma.
_CLOSED_WITH_COMMA = patterns.compile(r"[,،]\s*[\"”»’']")


# A direct question written with a full stop: a clause that opens the sentence, a
# quotation or what follows a colon, in the shape only a question has (an auxiliary
# before its subject, "Do we need", "Why did they"; «هل», «لماذا»), and ends with «.».
# A reported question ("asked whether ...") does not excuse it: the question is quoted.
_CLAUSE_START = r"(?:^|(?<=[“\"«:])\s*|(?<=[.!]\s))"
# Not "Had", "Should", "Were" or "May": a sentence opens with them as a condition or a
# wish ("Should the talks fail, ..."). "Will" before a capital is a name (Will Smith).
_AUXILIARIES = ("do", "does", "did", "is", "are", "was", "can", "could", "will", "would", "has", "have", "shall")
_NEGATED = tuple(f"{a}n't" for a in ("do", "does", "did", "is", "are", "was", "could", "would", "has", "have")) + (
    "can't",
    "won't",
)
_OPENING = "|".join(a.capitalize() for a in (*_AUXILIARIES, *_NEGATED) if a not in ("do", "don't"))
_PRONOUN = r"(?:I|we|you|he|she|it|they|there)"
# "Do" before anything but a pronoun is an order: "Do the right thing."
_SUBJECT = rf"(?:{_PRONOUN}|this|that|these|those|the|any\w*|our|their|your|his|her|its|(?<!Will )[A-Z][a-z]+)"
_WH = r"(?:Why|How|What(?!\s+is\s+more)|Where|When|Who|Which)"
_EN_STATED_QUESTION = patterns.compile(
    _CLAUSE_START
    + rf"(?P<clause>(?:{_WH}\s+(?:{'|'.join(_AUXILIARIES + _NEGATED)})|(?:Do|Don't)\s+{_PRONOUN}|(?:{_OPENING})\s+{_SUBJECT})\b[^.?!\n\"”»]*\.)"
)
# After a colon English may go on in lower case: "the question is: can the utility collect
# its bills." asks as "Can the utility ..." does, in the same shape (an auxiliary before its
# subject, a question word before an auxiliary).
_EN_STATED_AFTER_COLON = patterns.compile(
    r"(?<=:)\s*"
    + rf"(?P<clause>(?:{_WH.lower()}\s+(?:{'|'.join(_AUXILIARIES + _NEGATED)})|do\s+{_PRONOUN}"
    + rf"|(?:{_OPENING.lower()})\s+{_SUBJECT})\b[^.?!\n\"”»]*\.)"
)
_AR_STATED_QUESTION = patterns.compile(
    _CLAUSE_START + r"(?P<clause>(?:[وف])?(?:هل|أهل|لماذا|لمَ|كيف|متى|أين|ماذا|أليس|أليست)\s[^.؟!\n\"”»]*\.)"
)


# A heading or a plain-text subheading asks without its mark as often as with it ("Who
# pays", «من يدفع»): one in a question's shape is a question. The shape: an auxiliary
# after the question word or before the subject ("Why does it matter", "Can Jordan pay"),
# who/what/which before a verb ("Who pays", "What changed"; not "What the deal says", a
# clause that names), or a question word alone with "next"/"now". "How to ..." and "Why it
# matters" are titles, not questions.
_EN_HEADING_QUESTION = patterns.compile(
    rf"^(?:{_WH}(?:\s+(?:much|many|long|far|often))?\s+(?:{'|'.join(_AUXILIARIES + _NEGATED)}|should|must|might)\b"
    rf"|(?:{_OPENING}|Should|Must)\s+{_SUBJECT}\b|Do\s+{_PRONOUN}\b"
    rf"|(?:Who|What|Which)\s+(?!(?:{_PRONOUN}|the|a|an|this|that|these|those|our|their|your|his|her|its|to)\b)[a-z]+s?\b"
    r"|(?:What|Why|Where|Who)\s+(?:next|now|then)\W*$)",
    re.IGNORECASE,
)
# On normalised text. «من يدفع» (who pays) asks where «من» (also "from") comes before a
# verb's present (يـ, not a place: «من تونس»); «ما الحل» (what is the way out) where «ما»
# (also "not") comes before a noun with the article.
_AR_HEADING_QUESTION = patterns.compile(rf"^(?!(?:[وف])?(?:من|ما)\s){ar.QUESTION_OPENING}|^من\s+س?ي\w{{2,}}|^ما\s+ال\w")
_TITLE_END = patterns.compile(r"[.!?؟:…]\W*$")


def title_question(segment: Segment, article: tuple[Segment, ...]) -> bool:
    """Whether `segment` is a heading, or a short line standing alone as its paragraph
    with no closing mark (a plain-text subheading), in a question's shape."""
    alone = sum(1 for s in article if s.paragraph == segment.paragraph) == 1
    title = segment.heading or (alone and len(segment.text.split()) <= 8 and not _TITLE_END.search(segment.text))
    text = segment.text.strip()
    return title and bool(_EN_HEADING_QUESTION.match(text) or _AR_HEADING_QUESTION.match(ar.normalize(text)))


def stated_question(segments: tuple[Segment, ...]) -> tuple[Segment, int, int] | None:
    """The first direct question of `segments` that ends with a full stop, or None."""
    for segment in segments:
        for pattern in (_EN_STATED_QUESTION, _EN_STATED_AFTER_COLON, _AR_STATED_QUESTION):
            match = pattern.search(segment.text)
            if match is not None:
                return segment, match.start("clause"), match.end("clause")
    return None


def asks(segment: Segment) -> bool:
    return bool(_ASKS.search(segment.text))


def question_marks(segments: tuple[Segment, ...]) -> int:
    """How many clauses ask, by their marks ("(؟)", a mark of doubt, is none)."""
    return sum(len(_ASKS.findall(s.text)) for s in segments)


def has_question_mark(segments: tuple[Segment, ...]) -> bool:
    return any(_QUESTION_MARK.search(s.text) for s in segments)


def reports_question(segments: tuple[Segment, ...]) -> bool:
    return any(_REPORTED.search(s.text) for s in segments)


def asking_sentences(ctx: CheckContext, pair: Pair) -> list[Segment]:
    """The source sentences of the pair that ask, and, when the translation closes a
    quotation with a comma, a quoted question of the same paragraph that the aligner
    left with no counterpart next to this pair: the translation moved the attribution
    and kept the question in this pair's sentence (`"... no home," said al-Dibs`)."""
    asking = [s for s in pair.source if asks(s)]
    if not any(_CLOSED_WITH_COMMA.search(t.text) for t in pair.target):
        return asking
    beads = ctx.doc.beads
    index = ctx.bead_positions[pair.bead]
    paragraphs = {s.paragraph for s in pair.source}
    segments = ctx.doc.source.segments
    for neighbour in beads[max(index - 1, 0) : index] + beads[index + 1 : index + 2]:
        if neighbour.target:
            continue
        for i in neighbour.source:
            sentence = segments[i]
            if sentence.paragraph in paragraphs and _ends_quotation(sentence) and _translated_here(pair):
                asking.append(sentence)
    return asking


def _translated_here(pair: Pair) -> bool:
    """Whether the pair's translation has a sentence to spare for the question: the aligner
    gave it more sentences than its source, next to a source sentence it left alone. A
    question left out altogether is the omission checks' business, not a question made a
    statement."""
    return len(pair.target) > len(pair.source)


def statement_sentence(pair: Pair) -> Segment:
    """The translation's sentence to show: the one that closes a quotation with a comma,
    where the question's mark went, else the first."""
    return next((t for t in pair.target if _CLOSED_WITH_COMMA.search(t.text)), pair.target[0])


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_QUESTION_THEN_CLOSE = patterns.compile(r"[?؟]\s*[»”\"’']")
_STOP_AT_END = patterns.compile(r"\.\W*$")


def _ends_quotation(segment: Segment) -> bool:
    return bool(_QUESTION_THEN_CLOSE.search(segment.text))


def _handed_to_speaker(segment: Segment, start: int, end: int) -> bool:
    """Whether the stated clause closes its quotation with a comma ('...," she asked'),
    not with a full stop."""
    return not _STOP_AT_END.search(segment.text[start:end]) and segment.text[end : end + 1] != "."


def question_lost(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A sentence that asks a question in the source is not a question in the translation.

    Why it matters: a question turned into a statement asserts what the source
    only asked (هل ستبقى القوات؟ "Will the forces stay?" is not "The forces will
    stay."). Keep the question, direct or reported. A quoted question in the shape of
    one ("Do we need ...", «هل نحتاج ...») that ends with a full stop is reported even
    beside a reported one ("Asked whether ..., he said: ..."): the mark is simply wrong.
    So is a quoted question closed with a comma before its speaker, even "she asked"
    ('"How long must we wait," she asked'), and one after a colon, in lower case as English
    writes it there ("the question many are asking is: can the city pay."). A heading may
    ask without its mark ("Who pays").
    """
    asking = asking_sentences(ctx, pair)
    if not asking:
        return
    stated = stated_question(pair.target) or quoted_question_stated(pair)
    if stated is not None and question_marks(pair.target) < question_marks(pair.source):
        ending = "hands the quotation to its speaker without it" if _handed_to_speaker(*stated) else "ends it with a full stop"
        yield Hit(
            message=f"The source asks a question here, but the translation {ending}; write the question mark",
            source=whole(asking[0]),
            target=span(*stated),
        )
        return
    if has_question_mark(pair.target) or reports_question(pair.target):
        return  # kept, perhaps in one of two sentences; or reported: "asked whether ..."
    if any(title_question(t, ctx.translation.segments) for t in pair.target):
        return  # a heading that asks without its mark, as headings do ("Who pays")
    yield Hit(
        message="The source asks a question here, but the translation makes it a statement; keep the question",
        source=whole(asking[0]),
        target=whole(statement_sentence(pair)),
    )


# The clause a question mark ends: from the last sentence end or opening quotation mark before it.
_ASKED_CLAUSE = patterns.compile(r"[^.!؟?«“\"]*[?؟]")


def _asks_in_paragraphs(segments: tuple[Segment, ...], paragraphs: set[int]) -> int:
    return question_marks(tuple(s for s in segments if s.paragraph in paragraphs))


def question_added(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A sentence that states something in the source asks it as a question in the translation.

    Why it matters: a question mark on a statement turns what a speaker asserted into
    doubt («إنه حق كل عائلة؟» "is it the right of every family?" for "it is the right
    of every family"). End it as the source does. A question the source asks, directly
    or reported ("asked whether ..."), or in a question's words with its mark forgotten
    («هل تكفي المحطة.», a heading "Who pays"), may be asked in the translation; and a
    mark that moved from a neighbouring sentence of the paragraph (the source asks
    there) is no addition.
    """
    asking = next((t for t in pair.target if asks(t)), None)
    if asking is None or has_question_mark(pair.source) or reports_question(pair.source):
        return
    if stated_question(pair.source) is not None or any(title_question(s, ctx.doc.source.segments) for s in pair.source):
        return  # a question in the source's words, its mark forgotten there: the translation puts it back
    source_asks = _asks_in_paragraphs(ctx.doc.source.segments, {s.paragraph for s in pair.source})
    if source_asks >= _asks_in_paragraphs(ctx.translation.segments, {t.paragraph for t in pair.target}):
        return
    clause = _ASKED_CLAUSE.search(asking.text)
    assert clause is not None  # the sentence asks: it holds a question mark
    start = clause.start() + len(clause.group()) - len(clause.group().lstrip())
    yield Hit(
        message="The source states this, but the translation ends it with a question mark; end it with a full stop as the source does",
        source=whole(pair.source[0]),
        target=span(asking, start, clause.end()),
    )
