"""A translation that is mostly additions: the source it was checked against is cut short,
or is another version of the article (O305)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tqa.checks.base import CheckContext, Hit, Pair, whole

# At least this many sentences of the translation alone, and this share of all of them.
# One article in a hundred adds a sentence of background or two (O302 says so, a warning);
# a third of the translation with no source is a cut source or the wrong file.
MOST_ADDED = 3
ADDED_SHARE = 1 / 3


def mostly_added(ctx: CheckContext, added: Callable[[CheckContext, Pair], bool]) -> Iterator[Hit]:
    """One finding when `added` (O302's test) holds for MOST_ADDED sentences of the translation
    or more, and for ADDED_SHARE of them."""
    lone = [pair for pair in ctx.pairs() if pair.target and not pair.source and added(ctx, pair)]
    count = sum(len(pair.target) for pair in lone)
    total = len(ctx.doc.target.segments)
    if count < MOST_ADDED or count < ADDED_SHARE * total:
        return
    yield Hit(
        message=(
            f"{count} of the translation's {total} sentences have no counterpart in the source: the source looks cut "
            "short or is another version of the article; check that you compared the right files"
        ),
        source=whole(ctx.doc.source.segments[-1]),
        target=whole(lone[0].target[0]),
    )
