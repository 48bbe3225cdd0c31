"""Punctuation and form: marks that must pair up, questions, slips of the keyboard, links."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqa import patterns
from tqa.checks.arabic_quotes import ARABIC_QUOTES, unclosed_arabic_quotation
from tqa.checks.base import Check, CheckContext, EachPair, EachSentence, Example, Hit, Pair, WholeArticle, span
from tqa.checks.question_marks import question_added, question_lost
from tqa.checks.quote_close import MAX_STRAY_EVIDENCE as MAX_STRAY_EVIDENCE  # noqa: PLC0414 (tests bound P501 evidence by it)
from tqa.checks.quote_close import stray_mark_hit
from tqa.model import Segment, Severity
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.links import EMAIL_PATTERN, HANDLE_PATTERN, URL_PATTERN
from tqa.text.quotations import straight_role

_OPENERS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_STRAIGHT = '"'
# The marks the pairing looks at: the loop visits them, not every character (#14).
_MARKS = patterns.compile("[" + re.escape("".join([*_OPENERS, *_CLOSERS, _STRAIGHT])) + "]")
_STRAIGHT_QUOTE = patterns.compile(_STRAIGHT)


def _paragraphs(segments: tuple[Segment, ...]) -> list[list[Segment]]:
    groups: dict[int, list[Segment]] = {}
    for segment in segments:
        groups.setdefault(segment.paragraph, []).append(segment)
    return [groups[p] for p in sorted(groups)]


def _unbalanced_marks(paragraph: list[Segment]) -> list[tuple[Segment, int]]:
    """Positions of marks left open or closed without an opener, over a whole paragraph
    (a quotation often runs across sentences)."""
    stack: list[tuple[Segment, int, str]] = []
    stray: list[tuple[Segment, int]] = []
    for segment in paragraph:
        for mark in _MARKS.finditer(segment.text):
            index, ch = mark.start(), mark.group()
            if ch in _OPENERS:
                stack.append((segment, index, ch))
            elif ch == _STRAIGHT:
                if stack and stack[-1][2] == _STRAIGHT:
                    stack.pop()
                else:
                    stack.append((segment, index, ch))
            elif ch in _CLOSERS:
                opener = _CLOSERS[ch]
                position = next((n for n in range(len(stack) - 1, -1, -1) if stack[n][2] == opener), None)
                if position is None:
                    stray.append((segment, index))
                else:
                    del stack[position:]  # marks opened inside and never closed are reported with the outer pair
    found = [(s, i) for s, i, _ in stack] + stray
    return sorted(_unpaired_straight_quote(paragraph, found), key=lambda x: (x[0].id, x[1]))


def _unpaired_straight_quote(paragraph: list[Segment], found: list[tuple[Segment, int]]) -> list[tuple[Segment, int]]:
    """With an odd number of straight quotes, pairing them in turn blames the last one;
    the one left over is one whose removal lets the rest open before a word and close
    after one: in 'said "we want "more" now' that is the first, not the third."""
    quotes = [(segment, quote.start()) for segment in paragraph for quote in _STRAIGHT_QUOTE.finditer(segment.text)]
    blamed = [q for q in found if q in quotes]
    if len(quotes) % 2 == 0 or len(blamed) != 1:
        return found
    roles = [straight_role(segment.text, index) for segment, index in quotes]
    fits = [
        k for k in range(len(quotes))
        if all(role != ("close" if n % 2 == 0 else "open") for n, role in enumerate(roles[:k] + roles[k + 1 :]))
    ]
    if not fits:
        return found
    # A sentence usually holds whole quotations: prefer a quote alone in its sentence.
    odd = [k for k in fits if quotes[k][0].text.count(_STRAIGHT) % 2 == 1]
    return [q for q in found if q != blamed[0]] + [quotes[(odd or fits)[0]]]


def _continues_quote(paragraph: list[Segment], following: list[Segment] | None) -> bool:
    """English style leaves a quotation open at the end of a paragraph when the next
    paragraph continues it with a new opening mark."""
    return following is not None and bool(following) and following[0].text.lstrip()[:1] in ("“", "«", '"')


def _unbalanced(ctx: CheckContext) -> Iterator[Hit]:
    """A bracket or quotation mark in the translation is opened and never closed, or closed
    without being opened, within its paragraph.

    Why it matters: an unclosed quotation leaves the reader unsure where a quote
    ends and whose words follow; it often means part of a quote was lost. Close
    or remove the mark. Not reported when the aligned source has as many loose
    marks: the translation then mirrors its source.
    """
    paragraphs = _paragraphs(ctx.translation.segments)
    source_of = {j: bead.source for bead in ctx.doc.beads for j in bead.target}
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        stray = _unbalanced_marks(paragraph)
        source_ids = sorted({i for s in paragraph for i in source_of.get(s.id, ())})
        source_stray = _unbalanced_marks([ctx.doc.source.segments[i] for i in source_ids]) if source_ids else []
        if stray and len(source_stray) >= len(stray):
            continue  # the source has the same loose marks (a quote opened or closed outside the excerpt)
        for segment, index in stray:
            mark = segment.text[index]
            if mark in ("“", "«", '"') and _continues_quote(paragraph, following):
                continue
            opens = mark in ("“", "«") or (mark == _STRAIGHT and straight_role(segment.text, index) == "open")
            # قال:"نريد opens a quotation though no space comes before the mark.
            glued = mark == _STRAIGHT and segment.text[index + 1 : index + 2].isalpha()
            if mark in ARABIC_QUOTES and ctx.translation.lang == "ar" and (opens or glued):
                yield unclosed_arabic_quotation(segment, index, paragraph)
                continue
            yield stray_mark_hit(paragraph, segment, index, opens, english=ctx.translation.lang == "en")


_REPEATED = patterns.compile(r"(?<![\w'-])(?P<word>[^\W\d_]+)(?P<gap>\s+)(?P=word)(?![\w'-])", re.IGNORECASE)
# Doubles that English grammar allows.
_ALLOWED_DOUBLES = {"had", "that", "is", "do", "bye", "no", "very", "far", "so", "many", "more"}
# Place names that begin with a preposition: In Salah, In Amenas, To Kwa Wan. "In In
# Salah" is the preposition and the name; "the The Hague" is still a slip (an article).
_PREPOSITIONS = {"in", "at", "on", "to", "from", "near", "by", "for", "of", "into", "via", "outside", "around"}
_NAME_AFTER = patterns.compile(r"\s+[A-Z]")


def _preposition_before_a_name(text: str, match: re.Match[str]) -> bool:
    """The second copy is capitalised and opens a name of two words or more: a place
    named like the preposition before it."""
    second = text[match.end("gap") : match.end()]
    return match["word"].lower() in _PREPOSITIONS and second[0].isupper() and bool(_NAME_AFTER.match(text, match.end()))


def _repeated_word(ctx: CheckContext, segment: Segment) -> Iterator[Hit]:
    """The same word twice in a row in the translation ("the the").

    Why it matters: it is the slip that survives spell-checkers and makes copy
    look unedited. Delete one of them. A preposition before a place name that begins
    with it is no slip: "In In Salah" is "in" the town In Salah.
    """
    for match in _REPEATED.finditer(segment.text):
        if match["word"].lower() in _ALLOWED_DOUBLES or _preposition_before_a_name(segment.text, match):
            continue
        yield Hit(
            message=f"«{match['word']}» is written twice in a row; delete one",
            target=span(segment, match.start(), match.end()),
            suggestion=match["word"],
        )


_DOUBLE_SPACE = patterns.compile(r"(?<=\S)( {2,})(?=\S)")


def _double_space(ctx: CheckContext, segment: Segment) -> Iterator[Hit]:
    """Two or more spaces between words in the translation.

    Why it matters: content systems keep them, and they show as gaps in print and
    break searches for phrases. Use one space.
    """
    if "  " not in segment.text:  # most sentences: one C scan, not the lookbehind tried at every character (#14)
        return
    for match in _DOUBLE_SPACE.finditer(segment.text):
        yield Hit(
            message=f"{len(match.group())} spaces in a row; use one",
            target=span(segment, max(match.start() - 1, 0), min(match.end() + 1, len(segment.text))),
        )


_LINK = patterns.compile(f"(?P<url>{URL_PATTERN})|(?P<email>{EMAIL_PATTERN})|(?P<handle>{HANDLE_PATTERN})")


def _links(segment: Segment) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    if not any(mark in segment.text for mark in ("http", "www.", "@")):  # in every match of _LINK (a URL begins with one)
        return found  # none: C scans, not the lookbehinds tried at every character (#14)
    for match in _LINK.finditer(segment.text):
        text = match.group().rstrip(".,;:!?)]،؛")
        key = text.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
        found.append((key, match.start(), match.start() + len(text)))
    return found


def _link_differs(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A web address, e-mail address or @handle differs between source and translation.

    Why it matters: a link that was retyped rather than copied sends readers to
    the wrong page or account. Copy it from the source exactly.
    """
    translation, source_language = LANGUAGE_NAMES[ctx.translation.lang], LANGUAGE_NAMES[ctx.doc.source.lang]
    yield from _pair_links(pair, translation, source_language)


def _pair_links(pair: Pair, translation: str, source_language: str) -> Iterator[Hit]:
    source = [(s, *link) for s in pair.source for link in _links(s)]
    target = [(s, *link) for s in pair.target for link in _links(s)]
    target_keys = {key for _, key, _, _ in target}
    source_keys = {key for _, key, _, _ in source}
    only_source = [x for x in source if x[1] not in target_keys]
    only_target = [x for x in target if x[1] not in source_keys]
    for index, (segment, _, start, end) in enumerate(only_source):
        partner = only_target[index] if index < len(only_target) else None
        if partner is None:
            yield Hit(message=f"«{segment.text[start:end]}» is not in the {translation}; copy it over", source=span(segment, start, end))
            continue
        t_segment, _, t_start, t_end = partner
        yield Hit(
            message=f"The link «{segment.text[start:end]}» is written «{t_segment.text[t_start:t_end]}» in the {translation}; copy it exactly",
            source=span(segment, start, end),
            target=span(t_segment, t_start, t_end),
            suggestion=segment.text[start:end],
        )
    for segment, _, start, end in only_target[len(only_source):]:
        yield Hit(message=f"«{segment.text[start:end]}» is not in the {source_language} source; check where it comes from", target=span(segment, start, end))


UNBALANCED_MARKS = Check(
    "P501", "unbalanced-marks", "punctuation", Severity.WARNING, WholeArticle(_unbalanced),
    (
        Example(ar="وقال الوزير: «نريد علاقات متوازنة».", en="The minister said: “We want balanced relations.", fails=True),
        Example(ar="وصل الوفد (برئاسة الوزير) إلى موسكو.", en="The delegation (led by the minister arrived in Moscow.", fails=True),
        Example(ar="وقال الوزير: «نريد علاقات متوازنة».", en="The minister said: “We want balanced relations.”", fails=False),
        Example(
            ar="وقال الوزير: «نريد علاقات متوازنة.\n\nوسنواصل الحوار».",
            en="The minister said: “We want balanced relations.\n\n“We will keep talking.”",
            fails=False,
        ),
    ),
    needs_source=False,
)
QUESTION_LOST = Check(
    "P502", "question-lost", "punctuation", Severity.WARNING, EachPair(question_lost, paired=True),
    (
        Example(ar="هل ستبقى القوات الروسية في الساحل السوري؟", en="Russian forces will stay on the Syrian coast.", fails=True),
        Example(ar="هل تكفي هذه الاستثمارات لإنهاء انقطاع الكهرباء؟", en="These investments will be enough to end the power cuts.", fails=True),
        Example(ar="هل ستبقى القوات الروسية في الساحل السوري؟", en="Will Russian forces stay on the Syrian coast?", fails=False),
        Example(ar="وسأل الصحفيون: هل ستبقى القوات الروسية؟", en="Journalists asked whether Russian forces would stay.", fails=False),
        Example(
            ar="وسئل عن الخطة فقال: «هل ننتظر مزيداً من الوقت؟ لا أعتقد».",
            en='Asked whether the plan would change, he said: "Do we wait any longer. I do not think so."',
            fails=True,
        ),
        Example(ar="وقالت: «لماذا ندفع الثمن وحدنا.»", en='She said: "Why should we pay the price alone?"', fails=True, direction="en-ar"),
        # A quoted question handed to its speaker with a comma: "asked" does not report it.
        Example(ar='وتساءلت: "إلى متى سننتظر عودة الماء إلى الحي؟"', en='"How much longer must we wait for water to return," she asked.', fails=True),
        Example(ar='وتساءلت: "إلى متى سننتظر عودة الماء إلى الحي؟"', en='"How much longer must we wait for water to return?" she asked.', fails=False),
        # After a colon English asks in lower case; "asking" before it does not report the question.
        Example(
            ar="والسؤال الذي يطرحه المزارعون: هل تكفي المياه حتى الصيف؟",
            en="The question farmers are asking is: will the water last until summer.",
            fails=True,
        ),
    ),
)
QUESTION_ADDED = Check(
    "P506", "question-added", "punctuation", Severity.WARNING, EachPair(question_added, paired=True),
    (
        Example(ar="وقال: «إنه حق كل مزارع في الوادي».", en='"It is the right of every farmer in the valley?" he said.', fails=True),
        Example(ar="وقال: «سيفتح السوق يوم الجمعة؟»", en='"The market will open on Friday," he said.', fails=True, direction="en-ar"),
        Example(ar="وقال: «إنه حق كل مزارع في الوادي».", en='"It is the right of every farmer in the valley," he said.', fails=False),
        # A reported question may be quoted as a question.
        Example(ar="وسأل المزارعون عما إذا كانت المياه ستكفي.", en='The farmers asked: "Will the water be enough?"', fails=False),
        # A subheading asks without its mark as often as with it.
        Example(ar="من يدفع ثمن الجفاف؟\n\nارتفعت أسعار المياه.", en="Who pays for the drought\n\nWater prices rose.", fails=False, direction="en-ar"),
    ),
)
REPEATED_WORD = Check(
    "P503", "repeated-word", "punctuation", Severity.WARNING, EachSentence(_repeated_word),
    (
        Example(ar="وصلت القافلة إلى المدينة.", en="The convoy reached the the city.", fails=True),
        Example(ar="قال إن الاتفاق مهم.", en="He said that the deal was was important.", fails=True),
        Example(ar="قال إن ما قاله صحيح.", en="He said that that was true.", fails=False),
        # The town of In Amenas after the preposition: no slip.
        Example(ar="توقف الإنتاج في عين أمناس.", en="Production stopped in In Amenas.", fails=False),
        Example(ar="وصلت القافلة إلى المدينة.", en="The convoy reached the city.", fails=False),
    ),
    needs_source=False,
)
DOUBLE_SPACE = Check(
    "P504", "double-space", "punctuation", Severity.INFO, EachSentence(_double_space),
    (
        Example(ar="وصلت القافلة إلى المدينة.", en="The convoy  reached the city.", fails=True),
        Example(ar="وصل الوفد إلى موسكو.", en="The delegation arrived   in Moscow.", fails=True),
        Example(ar="وصلت القافلة إلى المدينة.", en="The convoy reached the city.", fails=False),
    ),
    needs_source=False,
)
LINK_DIFFERS = Check(
    "P505", "link-differs", "punctuation", Severity.ERROR, EachPair(_link_differs, paired=True),
    (
        Example(ar="نُشر البيان على https://sana.example/statement-2210 صباحاً.",
            en="The statement was posted at https://sana.example/statement-2201 in the morning.", fails=True),
        Example(ar="للتواصل: press@mofa.example أو @SyriaMOFA.", en="Contact: press@mofa.example or @SyriaMFA.", fails=True),
        Example(ar="نُشر البيان على https://sana.example/statement-2210 صباحاً.",
            en="The statement was posted at https://sana.example/statement-2210 in the morning.", fails=False),
        Example(ar="للتواصل: press@mofa.example أو @SyriaMOFA.", en="Contact: press@mofa.example or @SyriaMOFA.", fails=False),
        Example(ar="نُشر التقرير على https://who.example/report-17 أمس.", en="The report was posted at https://who.example/report-71 yesterday.",
            fails=True, direction="en-ar"),
    ),
)

CHECKS = (UNBALANCED_MARKS, QUESTION_LOST, REPEATED_WORD, DOUBLE_SPACE, LINK_DIFFERS, QUESTION_ADDED)
