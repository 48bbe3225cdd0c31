"""A glossary person's full Arabic name written with a misspelt surname.

«فلاح الجزايري» for the listed «فلاح الجزائري», «أسامة ربيعة» for «أسامة ربيع»: the
given name is the listed one, word for word, and the surname is one or two letters
off (a hamza seat, a final ة, ع for أ). With the given name there the word is the
person's surname, not another word; N103 then says "written «…», a form the
glossary does not list" instead of "not in the Arabic" or nothing at all.
"""

from __future__ import annotations

from tqa.checks.base import CheckContext, Hit, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import ARABIC_WORD, normalize, proclitic_stems
from tqa.model import Segment, Span


def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _near(word: str, surname: str) -> bool:
    if word == surname or word.startswith("ال") != surname.startswith("ال"):
        return False
    allowed = 1 if len(surname.removeprefix("ال")) <= 4 else 2  # short names: one letter only
    return edit_distance(word, surname) <= allowed


def misspelt_full_name(entry: GlossaryEntry, segments: tuple[Segment, ...]) -> tuple[Segment, int, int] | None:
    """The listed given name(s) followed by a near miss of the listed surname, in `segments`."""
    if entry.type != "person":
        return None
    for form in entry.ar:
        words = normalize(form).split()
        if len(words) < 2 or len(words[-1].removeprefix("ال")) < 3:
            continue
        given, surname = words[:-1], words[-1]
        for segment in segments:
            found = list(ARABIC_WORD.finditer(segment.text))
            for n in range(len(found) - len(given)):
                first = normalize(found[n].group())
                if given[0] not in (first, *proclitic_stems(first)):
                    continue
                if [normalize(m.group()) for m in found[n + 1 : n + len(given)]] != given[1:]:
                    continue
                last = found[n + len(given)]
                if _near(normalize(last.group()), surname):
                    return segment, found[n].start(), last.end()
    return None


def misspelt_full_name_hit(ctx: CheckContext, entry: GlossaryEntry, arabic: tuple[Segment, ...], english: Span) -> Hit | None:
    """N103's finding for a misspelt full name in `arabic`, the English mention as evidence."""
    found = misspelt_full_name(entry, arabic)
    if found is None:
        return None
    segment, start, end = found
    house = entry.ar[0]
    message = (
        f"{entry.en} is written «{segment.text[start:end]}» in the Arabic, a form the glossary does not list: write «{house}»"
    )
    source, target = ctx.by_role(span(segment, start, end), english)
    return Hit(message, source=source, target=target, suggestion=house)
