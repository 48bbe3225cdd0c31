"""Completeness: sentences with no counterpart on the other side."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, Example, Hit, whole
from tqa.model import Severity


def _preview(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _omission(ctx: CheckContext) -> Iterator[Hit]:
    """A source sentence has no counterpart in the translation.

    Why it matters: a dropped sentence is the most serious translation error a
    reader cannot detect. Translate it, or confirm that the cut was an editorial
    decision (and waive the finding).
    """
    source_is_arabic = ctx.source_is_arabic
    for pair in ctx.pairs():
        source, target = (pair.arabic, pair.english) if source_is_arabic else (pair.english, pair.arabic)
        if source and not target:
            for segment in source:
                evidence = whole(segment)
                yield Hit(
                    message=f"This sentence was not translated: «{_preview(segment.text)}»; translate it or confirm the cut",
                    arabic=evidence if source_is_arabic else None,
                    english=None if source_is_arabic else evidence,
                )


def _addition(ctx: CheckContext) -> Iterator[Hit]:
    """A sentence in the translation has no counterpart in the source.

    Why it matters: an added sentence may be useful context, but it may also be
    text pasted from another article or a comment left in the copy. Check that
    the addition is intended.
    """
    source_is_arabic = ctx.source_is_arabic
    for pair in ctx.pairs():
        source, target = (pair.arabic, pair.english) if source_is_arabic else (pair.english, pair.arabic)
        if target and not source:
            for segment in target:
                evidence = whole(segment)
                yield Hit(
                    message=f"This sentence has no counterpart in the source: «{_preview(segment.text)}»; check that the addition is intended",
                    english=evidence if source_is_arabic else None,
                    arabic=None if source_is_arabic else evidence,
                )


_AR = "وصل الرئيس إلى موسكو يوم الثلاثاء. وعقد اجتماعاً مطولاً مع نظيره الروسي في الكرملين. ثم زار جامعة موسكو الحكومية حيث ألقى كلمة أمام الطلاب."
_EN = "The president arrived in Moscow on Tuesday. He held a long meeting with his Russian counterpart at the Kremlin. He then visited Moscow State University, where he gave a speech to students."
OMISSION = Check(
    "O301", "omission", "omission", Severity.ERROR, _omission,
    (
        Example(ar=_AR, en="The president arrived in Moscow on Tuesday. He then visited Moscow State University, where he gave a speech to students.", fails=True),
        Example(ar=_AR, en=_EN, fails=False),
        Example(ar="وصل الرئيس إلى موسكو يوم الثلاثاء، وعقد اجتماعاً مع نظيره.", en="The president arrived in Moscow on Tuesday. He held a meeting with his counterpart.", fails=False),
    ),
)
ADDITION = Check(
    "O302", "addition", "addition", Severity.WARNING, _addition,
    (
        Example(ar=_AR, en=_EN.replace("Kremlin. ", "Kremlin. Russia has been a close ally of Damascus for decades and keeps two bases on the coast. "), fails=True),
        Example(ar=_AR, en=_EN, fails=False),
    ),
)

CHECKS = (OMISSION, ADDITION)
