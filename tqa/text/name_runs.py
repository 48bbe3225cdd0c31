"""One English word that stands first in a longer name in some uses and alone after "the"
in others names two things: "Nile Capital" (a firm) and "the Nile" (the river), "Gulf Air"
and "the Gulf". The Arabic may rightly write the two otherwise (نايل كابيتال, the firm's own
name in Arabic letters; النيل, the river's Arabic name), so the uses after "the" are
compared apart from the others. A firm's short name keeps no article (Hanbit Engineering,
then "Hanbit will act"): it stays with the longer name. A word for what kind of place the
name is (the Nile River, Minya Governorate) makes no longer name. And a surname used with
no given name before it (al-Murad said) is the person named before, not another who bears it.
"""

from __future__ import annotations

from tqa import patterns
from tqa.text.names import NameWord, Spelling

_NEXT_NAME_WORD = patterns.compile(r"\s+([A-Z][a-z]+)\b")
_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")
# Words that say what kind of place a name is: the name with them is the same place.
_PLACE_KINDS = frozenset(
    [
        "River", "Valley", "Delta", "Basin", "Governorate", "Province", "Region", "District", "City",
        "Town", "Village", "Oasis", "Desert", "Mountains", "Mountain", "Sea", "Lake", "Island", "Islands",
        "Dam", "Canal", "Bay", "Coast", "Plain", "Plateau", "Strait",
    ]
)


def by_name(spelling: Spelling) -> list[Spelling]:
    """The uses of `spelling`, with those alone after "the" apart when another use stands
    first in a longer name."""
    longer = [w for w in spelling.words if _name_after(w)]
    alone = [w for w in spelling.words if not _name_after(w) and _THE_BEFORE.search(w.segment.text, max(0, w.start - 8), w.start)]
    if not longer or not alone:
        return [spelling]
    return [Spelling(spelling.core, tuple(w for w in spelling.words if w not in alone)), Spelling(spelling.core, tuple(alone))]


def _name_after(word: NameWord) -> bool:
    found = _NEXT_NAME_WORD.match(word.segment.text, word.end)
    return found is not None and found[1] not in _PLACE_KINDS


_NAME_BEFORE = patterns.compile(r"[A-Z][a-z'-]+\s+$")


def surname_alone(word: NameWord) -> bool:
    """A later use of a surname with no given name before it ('al-Murad said'): the person
    named before, where «سامر الأحمدي» after «خالد الأحمد» is another (Samer al-Ahmad)."""
    return _NAME_BEFORE.search(word.segment.text, max(0, word.start - 40), word.start) is None
