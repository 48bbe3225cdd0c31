"""A glossary name the translation moved into the neighbouring sentence.

A translator who restructures moves an attribution or a place across a sentence
break: «وأضافت الحوراني في مؤتمر صحفي في عمّان» becomes part of the English sentence
before it ("..., she told a news conference in Amman."). The aligner still pairs the
sentences in order, so the name is missing from one pair and extra in its neighbour.
Counting the name on both sides of the neighbour tells the move from a loss: only a
neighbour whose translation names it more often than its own source took it in.
"""

from __future__ import annotations

from tqa.checks.base import CheckContext, Pair, is_headline
from tqa.model import Lang


def named_elsewhere(ctx: CheckContext, pair: Pair, entry_id: str) -> bool:
    """Whether the name `entry_id`, missing from `pair`'s translation, is there after all:
    moved into a neighbouring sentence, or left out of a headline whose translation the desk
    wrote itself («وزارة الموارد المائية تمدد...» as "Iraq extends ...") while the body names it.
    As for a direction (M802), a headline is the desk's own; a name the translation never
    gives at all is still reported."""
    if pair.source and all(is_headline(ctx.doc.source, s) for s in pair.source):
        side: Lang = "en" if pair.source_is_arabic else "ar"
        return bool(ctx.mentions_of(ctx.translation.segments, side, entry_id))
    return _moved_to_neighbour(ctx, pair, entry_id)


def _moved_to_neighbour(ctx: CheckContext, pair: Pair, entry_id: str) -> bool:
    """Whether the name `entry_id`, missing from `pair`'s translation, is in the translation
    of a neighbouring pair of the same paragraph more often than in that pair's source."""
    source_lang: Lang = "ar" if pair.source_is_arabic else "en"
    target_lang: Lang = "en" if pair.source_is_arabic else "ar"
    paragraphs = {s.paragraph for s in pair.target}
    for near in ctx.neighbours(pair):
        if not near.source or not near.target or not paragraphs & {s.paragraph for s in near.target}:
            continue
        if len(ctx.mentions_of(near.target, target_lang, entry_id)) > len(ctx.mentions_of(near.source, source_lang, entry_id)):
            return True
    return False
