"""N104's choice of the spelling to keep among spellings of one name, and its case; and
the spellings the glossary checks report instead."""

from __future__ import annotations

from tqa.checks.base import CheckContext
from tqa.lang.en import fold_ascii
from tqa.model import Segment
from tqa.text.names import Spelling, find_unlisted_spelling, written_with_article


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


def glossary_reports(ctx: CheckContext, spelling: Spelling) -> bool:
    """Every use of `spelling` is a glossary person's name misspelt where the Arabic of its
    sentence gives the person's listed form (Omar al-Duleimi for «عمر الدليمي», listed
    Omar al-Dulaimi): N103 reports it there, with the house spelling; N104 would report
    the same word a second time."""
    pairs = {seg.id: pair for pair in ctx.pairs() for seg in pair.english}
    for word in spelling.words:
        pair = pairs.get(word.segment.id)
        if pair is None:
            return False
        people = {m.entry.id: m.entry for seg in pair.arabic for m in ctx.glossary.find(seg.text, "ar") if m.entry.type == "person"}
        found = (find_unlisted_spelling(pair.english, entry) for entry in people.values())
        if not any(f is not None and (f[0].id, f[1]) == (word.segment.id, word.start) for f in found):
            return False
    return True


def glossary_spelling_later(ctx: CheckContext, first: Segment, start: int, end: int, later: str) -> bool:
    """The first mention (`first`[start:end]) is inside a glossary name written in a variant
    or forbidden spelling, and the `later` one writes the house form's words (Adel Bin Salem,
    forbidden, then Ben Salem of the house Adel Ben Salem): N101/N102 report the first with
    the house spelling, and the later one is right."""
    words = fold_ascii(later).casefold().split()
    for match in ctx.glossary.find(first.text, "en"):
        if match.kind in ("variant", "forbidden") and match.start <= start and end <= match.end:
            house = fold_ascii(match.entry.en).casefold().split()
            if any(house[i : i + len(words)] == words for i in range(len(house) - len(words) + 1)):
                return True
    return False
