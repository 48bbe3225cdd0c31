"""A glossary name the translation moved into the neighbouring sentence.

A translator who restructures moves an attribution or a place across a sentence
break: «وأضافت الحوراني في مؤتمر صحفي في عمّان» becomes part of the English sentence
before it ("..., she told a news conference in Amman."). The aligner still pairs the
sentences in order, so the name is missing from one pair and extra in its neighbour.
Counting the name on both sides of the neighbour tells the move from a loss: only a
neighbour whose translation names it more often than its own source took it in.
"""

from __future__ import annotations

from tqa.checks.base import CheckContext, Pair
from tqa.model import Lang, Segment


def named_elsewhere(ctx: CheckContext, pair: Pair, entry_id: str) -> bool:
    """Whether the name `entry_id`, missing from `pair`'s translation, is there after all:
    moved into a neighbouring sentence, or left out of a headline whose translation the desk
    wrote itself («وزارة الموارد المائية تمدد...» as "Iraq extends ...") while the body names it.
    As for a direction (M802), a headline is the desk's own; a name the translation never
    gives at all is still reported."""
    if pair.source and all(s.heading for s in pair.source):
        side: Lang = "en" if pair.source_is_arabic else "ar"
        return _count(ctx, ctx.translation.segments, side, entry_id) > 0
    return moved_to_neighbour(ctx, pair, entry_id)


def moved_to_neighbour(ctx: CheckContext, pair: Pair, entry_id: str) -> bool:
    """Whether the name `entry_id`, missing from `pair`'s translation, is in the translation
    of a neighbouring pair of the same paragraph more often than in that pair's source."""
    source_lang: Lang = "ar" if pair.source_is_arabic else "en"
    target_lang: Lang = "en" if pair.source_is_arabic else "ar"
    paragraphs = {s.paragraph for s in pair.target}
    for near in ctx.neighbours(pair):
        if not near.source or not near.target or not paragraphs & {s.paragraph for s in near.target}:
            continue
        if _count(ctx, near.target, target_lang, entry_id) > _count(ctx, near.source, source_lang, entry_id):
            return True
    return False


def _count(ctx: CheckContext, segments: tuple[Segment, ...], side: Lang, entry_id: str) -> int:
    """Mentions of the entry, by full name or listed form and by surname alone."""
    found = 0
    for segment in segments:
        named = [(m.start, m.end) for m in ctx.glossary.find(segment.text, side) if m.entry.id == entry_id]
        # A surname inside a full name already counted is the same mention.
        alone = [
            m
            for m in ctx.glossary.find_surnames(segment.text, side)
            if m.entry.id == entry_id and not any(a <= m.start < b for a, b in named)
        ]
        found += len(named) + len(alone)
    return found
