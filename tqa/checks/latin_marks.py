"""P507 (latin-question-mark): an Arabic translation that asks with the Latin «?».

Arabic has its own question mark, «؟» (U+061F), turned to face the script's direction;
a Latin «?» right after an Arabic word is a keyboard slip a desk corrects before print
(«لرؤية الإبل?» for «لرؤية الإبل؟»). Only a mark that follows an Arabic letter, and is
outside any web address, is read: a Latin word, a URL's query («?id=») or a code quoted
in Latin script keeps its «?».
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa import patterns
from tqa.checks.base import Check, CheckContext, EachSentence, Example, Hit, span
from tqa.lang import ar
from tqa.model import Segment, Severity
from tqa.text.links import blank_links

# The Arabic word before the mark (with its harakat), and the mark.
_LATIN_QUESTION = patterns.compile(rf"[{ar.LETTERS}\u064b-\u0652]+\s?\?")


def _latin_question_mark(ctx: CheckContext, segment: Segment) -> Iterator[Hit]:
    """An Arabic translation ends a question with the Latin «?» instead of «؟».

    Why it matters: the Latin mark faces the wrong way in Arabic text and is the sign of
    copy that was not read before print. Write «؟». A «?» after a Latin word or inside a
    web address is left alone.
    """
    if ctx.translation.lang != "ar":
        return
    for match in _LATIN_QUESTION.finditer(blank_links(segment.text)):
        yield Hit(
            message=f"«{match.group()}» asks with the Latin «?»: Arabic writes «؟»",
            target=span(segment, match.start(), match.end()),
            suggestion=match.group()[:-1] + "؟",
        )


LATIN_QUESTION_MARK = Check(
    "P507", "latin-question-mark", "punctuation", Severity.WARNING, EachSentence(_latin_question_mark),
    (
        Example(ar="هل سيعود الصيادون إلى البحر?", en="Will the fishermen go back to sea?", fails=True, direction="en-ar"),
        Example(ar='وتساءل: "من سيدفع الثمن?"', en='"Who will pay the price?" he asked.', fails=True, direction="en-ar"),
        Example(ar="هل سيعود الصيادون إلى البحر؟", en="Will the fishermen go back to sea?", fails=False, direction="en-ar"),
        # A Latin title, and a web address's query, keep their mark.
        Example(ar="عرض الفيلم الوثائقي Who Owns the Sea? في الدوحة.", en="The documentary Who Owns the Sea? was shown in Doha.",
            fails=False, direction="en-ar"),
        Example(ar="نُشر البيان على https://gov.example/news?id=42 صباحاً.", en="The statement was posted at https://gov.example/news?id=42.",
            fails=False, direction="en-ar"),
        # The English of an Arabic original is no Arabic text.
        Example(ar="هل سيعود الصيادون إلى البحر؟", en="Will the fishermen go back to sea?", fails=False),
    ),
)

CHECKS = (LATIN_QUESTION_MARK,)
