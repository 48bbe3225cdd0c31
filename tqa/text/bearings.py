"""What a compass direction is said of: the place it bears on.

"80 kilometres north of Amman" and «جنوب عمّان» bear on Amman; "the northern city of
Ramtha", "northern Syria", "Aleppo's northern countryside", «مدينة الرمثا الشمالية»
and «ريف حلب الشمالي» bear on Ramtha, Syria and Aleppo. A noun and an adjective on the
same place are one bearing: "north of Ramtha" and «الرمثا الشمالية» both say where
Ramtha is, or lies from. A sentence with two directions of two places is compared
place by place, not in order of appearance (ARABIC.md, "Directions": the noun
governs the place that follows it in construct, the adjective follows its noun).
Only named places are read (capitalised in English); "the northern border" and
«الحدود الشمالية» bear on no name and are compared as before, by bearing alone.
"""

from __future__ import annotations

from tqa import patterns
from tqa.lang.ar import ARABIC_WORD_CHARS, is_arabic_text, normalize
from tqa.text.directions import AR_ROOTS, Direction, arabic_direction_word

# A name in English: capitalised words, with the lower-case particles of Arabic
# names between them (Deir ez-Zor, Ras al-Ain).
_EN_NAME = r"[A-Z][A-Za-z’'‐-]*(?:\s+(?:(?:al|el|ez|ad|as|ash|ar|az|bin|ibn|abu)[-‐\s])?[A-Z][A-Za-z’'‐-]*)*"
# After the direction: "north of Amman", "the northern city of Ramtha", "northern
# outskirts of the Nile Delta", "northern Syria", "north-east Aleppo countryside".
# The words between the adjective and "of" are nouns (city, outskirts), not links.
_LINKS = r"(?:and|or|but|to|in|on|at|by|from|with|for|as|is|was|were|are|the|a|an)\b"
_EN_AFTER = patterns.compile(rf"\s+(?:(?:(?!{_LINKS})[a-z]+\s+){{0,2}}of\s+(?:the\s+)?)?(?P<name>{_EN_NAME})")
# Before it, a possessive: "Aleppo's northern countryside", "Syria's north".
_EN_BEFORE = patterns.compile(rf"(?P<name>{_EN_NAME})['’]s\s+$")
_AR_AFTER = patterns.compile(rf"\s+([{ARABIC_WORD_CHARS}]+)(?:\s+([{ARABIC_WORD_CHARS}]+))?")
_AR_BEFORE = patterns.compile(rf"(?:([{ARABIC_WORD_CHARS}]+)\s+)?([{ARABIC_WORD_CHARS}]+)\s+$")
# The words before a direction are searched for backwards from its start: only this many
# characters, so that a long sentence costs no more than a short one.
_BEFORE = 120


def bears_on(text: str, direction: Direction) -> tuple[str, ...]:
    """The spellings the place a direction is said of may have, as written in `text`
    (an Arabic place is tried as one word and as two: «دير الزور»); () when the
    direction is said of no name, or is itself a name (the West Bank)."""
    if not direction.compared:
        return ()
    if is_arabic_text(direction.text):
        return _arabic(text, direction)
    after = _EN_AFTER.match(text, direction.end)
    before = _EN_BEFORE.search(text[max(direction.start - _BEFORE, 0) : direction.start])
    found = after or before
    return (found["name"].removesuffix("'s").removesuffix("’s"),) if found else ()


def _arabic(text: str, direction: Direction) -> tuple[str, ...]:
    """The noun in construct bears on the word after it (جنوب عمّان، شمالي حلب, and a
    compound: شمال شرق سوريا); the adjective on the noun before it (الرمثا الشمالية،
    ريف حلب الشمالي). The article noun alone (في الشمال) and the adverb (شمالاً) bear on none."""
    first = normalize(direction.text.split()[0])
    word = arabic_direction_word(first)
    if word is None:
        return ()
    root = next(r for r in AR_ROOTS if word.bare.startswith(r))
    ending = word.bare.removeprefix(root)
    construct = not word.article and ending in ("", "ي")
    adjective = not construct and ending in ("ي", "يه", "يين", "يون", "يتين")
    if construct:
        after = _AR_AFTER.match(text, direction.end)
        words = [w for w in (after.groups() if after else ()) if w]
    elif adjective:
        before = _AR_BEFORE.search(text[max(direction.start - _BEFORE, 0) : direction.start])
        words = [w for w in (before.groups() if before else ()) if w]
        words.reverse()  # nearest first: الرمثا before مدينة الرمثا
    else:
        return ()
    if not words:
        return ()
    one = words[0]
    two = " ".join(words[:2]) if construct else " ".join(reversed(words[:2]))
    return (one, two) if len(words) > 1 else (one,)
