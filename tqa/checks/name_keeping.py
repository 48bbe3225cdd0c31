"""N104's choice of the spelling to keep among spellings of one name, and its case."""

from __future__ import annotations

from tqa.checks.base import CheckContext
from tqa.text.names import Spelling, written_with_article


def glossary_surnames(ctx: CheckContext, spellings: list[Spelling]) -> set[str]:
    """The spellings (by core) that write a glossary person's surname as listed (Khattab
    of Anas Khattab, alone): a surname is no glossary form of its own, so N104 sees it."""
    listed = {(seg.id, m.start) for seg in ctx.english.segments for m in ctx.glossary.find_surnames(seg.text, "en")}
    return {s.core for s in spellings if any((w.segment.id, w.start) in listed for w in s.words)}


def spelling_to_keep(cluster: list[Spelling], house: set[str]) -> tuple[Spelling | None, str]:
    """The spelling to keep and why: the glossary's, else the one used most; none on a tie."""
    listed = [s for s in cluster if s.core in house]
    if listed:
        return listed[0], "the glossary's spelling"
    most = max(len(s.words) for s in cluster)
    top = [s for s in cluster if len(s.words) == most]
    return (top[0], "the spelling used most") if len(top) == 1 else (None, "")


def in_case_of(keep: str, word: str) -> str:
    """The spelling to keep, its article in the case of the word it replaces: al-Khateeb
    mid-sentence, Al-Khateeb where a sentence starts."""
    if written_with_article(keep) and written_with_article(word):
        return (word[0].upper() if word[0].isupper() else word[0].lower()) + keep[1:]
    return keep


def keep_advice(counts: str, keep: str | None, reason: str, change: str) -> str:
    """N104's advice after the counts: which spelling to keep and why, or a tie to settle."""
    if keep is None:
        return f" ({counts}, a tie): choose one spelling and use it throughout"
    return f" ({counts}): keep «{keep}», {reason}, and change «{change}»"
