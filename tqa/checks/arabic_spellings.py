"""N101 and N102 on the Arabic side: a glossary name in an Arabic spelling the desk
lists as a variant or forbids, in an Arabic translation.

When the Arabic is the source it is the original, and its spellings are not the
translator's to fix: nothing is reported then.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import CheckContext, Hit, Pair, span


def arabic_spelling_hits(ctx: CheckContext, pair: Pair, kind: str) -> Iterator[Hit]:
    if ctx.translation.lang != "ar":
        return
    verdict = "is not house style" if kind == "variant" else "is a spelling the house style forbids"
    for segment in pair.arabic:
        for match in ctx.glossary.find(segment.text, "ar"):
            if match.kind != kind or not match.entry.ar:
                continue
            house = match.entry.ar[0]
            where = f" ({match.entry.origin})" if match.entry.origin else ""
            yield Hit(
                message=f"«{match.text}» {verdict} for {match.entry.en}{where}: write «{house}»",
                target=span(segment, match.start, match.end),  # the Arabic is the translation
                suggestion=house,
            )
