"""Consistency: one source sentence, one translation."""

from __future__ import annotations

from collections.abc import Iterator

from tqa import patterns
from tqa.checks.base import Check, CheckContext, Example, Hit, WholeArticle, whole
from tqa.lang.ar import normalize
from tqa.model import Segment, Severity

# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_PUNCTUATION = patterns.compile(r"[^\w\s]")


def _source_key(text: str, arabic: bool) -> str:
    text = normalize(text) if arabic else text.casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def _target_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", normalize(text).casefold()).split())


def _inconsistent_translation(ctx: CheckContext) -> Iterator[Hit]:
    """The same source sentence is translated two different ways in one article.

    Why it matters: a quote repeated in the source is repeated word for word; a
    reader who sees two wordings assumes two statements. Use the first
    translation again (or change both).
    """
    first_seen: dict[str, tuple[tuple[Segment, ...], str]] = {}
    for pair in ctx.pairs():
        source, target = pair.source, pair.target
        if len(source) != 1 or not target:
            continue
        key = _source_key(source[0].text, ctx.source_is_arabic)
        if len(key.split()) < 4:
            continue  # short lines ("He said:") legitimately vary with context
        rendering = " ".join(_target_key(t.text) for t in target)
        if key not in first_seen:
            first_seen[key] = (target, rendering)
            continue
        first_target, first_rendering = first_seen[key]
        if rendering == first_rendering:
            continue
        earlier = " ".join(t.text for t in first_target)
        yield Hit(
            message=f"This sentence repeats an earlier one in the source but is translated differently; earlier: «{earlier}»",
            source=whole(source[0]),
            target=whole(target[0]),
            suggestion=earlier,
        )


INCONSISTENT_TRANSLATION = Check(
    "C601",
    "inconsistent-translation",
    "consistency",
    Severity.WARNING,
    WholeArticle(_inconsistent_translation),
    (
        Example(
            ar="وقال الحاكم: «العملة الجديدة خطوة نحو الاستقرار». وأكد أن المصرف لن يطبع أوراقاً إضافية.\n\nويرى "
            "اقتصاديون أن الخطة مرهونة بالإنتاج. وقال الحاكم: «العملة الجديدة خطوة نحو الاستقرار».",
            en="The governor said: “The new currency is a step towards stability.” He stressed that the bank would not print more "
            "notes.\n\nEconomists say the plan depends on production. The governor said: “The new money is a step toward stability.”",
            fails=True,
        ),
        Example(
            ar="وقال المتحدث إن المحادثات ستستمر غداً في جنيف. وأضاف أن الوفدين متفائلان.\n\nوقال المتحدث إن المحادثات ستستمر غداً في جنيف.",
            en="The spokesman said the talks would continue tomorrow in Geneva. He added that both "
            "delegations were optimistic.\n\nThe spokesman said talks would resume in Geneva the next day.",
            fails=True,
        ),
        Example(
            ar="وقال الحاكم: «العملة الجديدة خطوة نحو الاستقرار». وأكد أن المصرف لن يطبع أوراقاً إضافية.\n\nويرى "
            "اقتصاديون أن الخطة مرهونة بالإنتاج. وقال الحاكم: «العملة الجديدة خطوة نحو الاستقرار».",
            en="The governor said: “The new currency is a step towards stability.” He stressed that the bank would not print more "
            "notes.\n\nEconomists say the plan depends on production. The governor said: “The new currency is a step towards stability.”",
            fails=False,
        ),
    ),
)

CHECKS = (INCONSISTENT_TRANSLATION,)
