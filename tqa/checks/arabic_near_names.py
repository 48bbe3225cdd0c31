"""A glossary person's full Arabic name with one of its words misspelt.

«فلاح الجزايري» for the listed «فلاح الجزائري», «خالد بن سليم الحبسي» for «خالد بن
سالم الحبسي», «ريبوار حميد مصطفى» for «ريباز حميد مصطفى»: every other word of the
listed full name is there, word for word and in order, and one word is one or two
letters off (a hamza seat, a final ة, a long vowel, ع for أ). With the rest of the
name there, the word is the person's, not another word. This is the Arabic mirror
of the English key's unlisted spellings (tqa.text.names.find_unlisted_spelling):
N103 then says "written «…», a form the glossary does not list" instead of "not in
the Arabic", or nothing at all because the surname alone is there.
"""

from __future__ import annotations

from tqa.checks.base import CheckContext, Hit, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import ARABIC_WORD, consonants, normalize, proclitic_stems
from tqa.model import Segment, Span

# A listed word shorter than this (بن) is a particle or too
# short to tell a misspelling from another word: it must be written as listed.
MIN_WORD_LETTERS = 3


def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _near(word: str, listed: str) -> bool:
    """One or two letters off a listed name word; for a short word one letter, or two
    when only its long vowels differ (سليم for سالم: the same consonants)."""
    if word == listed or word.startswith("ال") != listed.startswith("ال"):
        return False
    distance = edit_distance(word, listed)
    if len(listed.removeprefix("ال")) > 4:
        return distance <= 2
    return distance <= 1 or (distance == 2 and consonants(word) == consonants(listed))


def _differs_in_one_word(written: list[str], listed: list[str]) -> bool:
    """`written` is `listed` with exactly one word near-missed (the first written word
    may carry a proclitic: وريبوار)."""
    first_forms = (written[0], *proclitic_stems(written[0]))
    near_first = (form for form in first_forms if _near(form, listed[0]))
    first = listed[0] if listed[0] in first_forms else next(near_first, written[0])
    words = [first, *written[1:]]
    differing = [(w, x) for w, x in zip(words, listed, strict=True) if w != x]
    if len(differing) != 1:
        return False
    word, word_listed = differing[0]
    return len(word_listed) >= MIN_WORD_LETTERS and _near(word, word_listed)


def misspelt_full_name(entry: GlossaryEntry, segments: tuple[Segment, ...]) -> tuple[Segment, int, int] | None:
    """A listed full Arabic name of the person with one word near-missed, in `segments`."""
    if entry.type != "person":
        return None
    for form in entry.ar:
        listed = normalize(form).split()
        if len(listed) < 2:
            continue
        for segment in segments:
            found = list(ARABIC_WORD.finditer(segment.text))
            for n in range(len(found) - len(listed) + 1):
                window = found[n : n + len(listed)]
                if _differs_in_one_word([normalize(m.group()) for m in window], listed):
                    return segment, window[0].start(), window[-1].end()
    return None


def misspelt_full_name_hit(ctx: CheckContext, entry: GlossaryEntry, arabic: tuple[Segment, ...], english: Span) -> Hit | None:
    """N103's finding for a misspelt full name in `arabic`, the English mention as evidence.
    A window that another glossary entry lists (a brother, «أحمد حميد مصطفى») is that
    person, not a misspelling of this one."""
    found = misspelt_full_name(entry, arabic)
    if found is None:
        return None
    segment, start, end = found
    if any(m.entry.id != entry.id and m.start < end and start < m.end for m in ctx.glossary.find(segment.text, "ar")):
        return None
    house = entry.ar[0]
    message = (
        f"{entry.en} is written «{segment.text[start:end]}» in the Arabic, a form the glossary does not list: write «{house}»"
    )
    source, target = ctx.by_role(span(segment, start, end), english)
    return Hit(message, source=source, target=target, suggestion=house)
