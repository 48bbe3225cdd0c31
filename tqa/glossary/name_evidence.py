"""What the whole article says of a name to suggest as a glossary entry (N105, `tqa glossary
suggest`): its kind, from every mention of it on both sides and not from the first alone,
and its English form, from the body rather than from a headline or a sentence's first word.

A name first met with nothing around it ("shelling hit al-Sukhnah") is often placed later
("residents of al-Sukhnah", «مدينة السخنة», "Palmyra and al-Sukhnah"): a translator would
read the article so. With no such word anywhere, the name's shape is all there is (an al-
particle for a family, one bare word for a place), and the entry says to check the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.glossary.name_kinds import later_cue_kind, shape_is_evidence, shape_kind
from tqa.lang.ar import BASE_LETTERS

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.model import Segment
    from tqa.text.names import NameWord

SHAPE_ONLY = "a guess from the name's shape alone"
DISAGREE = "the article's words disagree"


@dataclass(frozen=True)
class NameKind:
    """A suggested entry's type, and why the editor should check it ("" when the article says)."""

    kind: str
    check: str = ""


# Between a name and a glossary place beside it, the words that make the two one list or
# one place ("Palmyra and al-Sukhnah", "al-Sukhnah, east of Homs", "al-Sukhnah near Palmyra").
_LISTED = patterns.compile(r"^(?:,|,? and|,? or)\s+$")
_ARABIC_LETTER = patterns.compile(rf"[{BASE_LETTERS}]")
_PLACED = patterns.compile(r",?\s*(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$")


def article_kind(
    english: NameWord, arabic: str, first_cue: str | None, given_name_first: bool, sides: tuple[tuple[Segment, ...], tuple[Segment, ...]], glossary: Glossary
) -> NameKind:
    """The words around the first mention; else a shape that says enough (a given name
    first, a compass word); else what every other mention and glossary neighbour says, if
    they agree; else the shape's guess, to check. `sides`: the English and the Arabic article."""
    if first_cue is not None:
        return NameKind(first_cue)
    if shape_is_evidence(english.text, given_name_first):
        return NameKind(shape_kind(english.text))
    english_side, arabic_side = sides
    said = {*_english_cues(english, english_side, glossary), *_arabic_cues(arabic, arabic_side)}
    if len(said) == 1:
        return NameKind(said.pop())
    return NameKind(shape_kind(english.text), DISAGREE if said else SHAPE_ONLY)


def _mentions(text: str, segments: tuple[Segment, ...]) -> list[tuple[Segment, int, int]]:
    """Where the English writes the name, in any case; not a longer word (al-Sukhnahwi).
    Found with str.find, not a pattern made for each name: an article of a hundred sentences
    has dozens of names to suggest, and compiling them was a tenth of its check (#14)."""
    needle = text.lower()
    found = []
    for segment in segments:
        folded = _lowered(segment.text)
        if needle not in folded:
            continue
        if len(folded) != len(segment.text) or len(needle) != len(text):  # a letter lower() lengthens (İ)
            pattern = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)
            found += [(segment, m.start(), m.end()) for m in pattern.finditer(segment.text)]
            continue
        at = folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not _word_char(segment.text, at - 1) and not _word_char(segment.text, end):
                found.append((segment, at, end))
                at = folded.find(needle, end)
            else:
                at = folded.find(needle, at + 1)
    return found


@lru_cache(maxsize=4096)
def _lowered(text: str) -> str:
    return text.lower()


def _word_char(text: str, at: int) -> bool:
    """What the pattern (?<![\\w-]) and (?![\\w-]) refuse at `at`: a word character or a hyphen."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _english_cues(name: NameWord, segments: tuple[Segment, ...], glossary: Glossary) -> list[str]:
    kinds: list[str] = []
    for segment, start, end in _mentions(name.text, segments):
        if segment.text[end : end + 2] in ("'s", "’s"):
            continue  # in al-Assad's time: the cue is the possessor's
        kinds.extend(k for k in [later_cue_kind("", segment.text[:start])] if k)
        if _beside_a_place(segment, start, end, glossary):
            kinds.append("place")
    return kinds


def _beside_a_place(segment: Segment, start: int, end: int, glossary: Glossary) -> bool:
    """A glossary place in the same list or placing the name (Palmyra and al-Sukhnah)."""
    for match in glossary.find(segment.text, "en"):
        if match.entry.type != "place":
            continue
        if match.start >= end and (_LISTED.match(segment.text[end : match.start]) or _PLACED.fullmatch(segment.text[end : match.start])):
            return True
        if match.end <= start and _LISTED.match(segment.text[match.end : start]):
            return True
    return False


def _arabic_cues(arabic: str, segments: tuple[Segment, ...]) -> list[str]:
    """What the word right before each Arabic mention says (مدينة السخنة), a conjunction or
    preposition glued to the name allowed (وبالسخنة), never inside a longer word (الشرعية)."""
    before = [(s.text[:start].split() or [""])[-1] for s in segments for start in _arabic_mention_starts(arabic, s.text)]
    return [k for word in before for k in [later_cue_kind(word, "")] if k]


_GLUED = "وفبلك"


def _arabic_mention_starts(arabic: str, text: str) -> list[int]:
    """Where each mention of `arabic` starts, with up to two of _GLUED before it, neither
    end inside a longer word: what the pattern
    (?<![BASE_LETTERS])[وفبلك]{0,2}ARABIC(?![BASE_LETTERS]) finds, without compiling one per
    name (#14)."""
    starts = []
    at = text.find(arabic)
    while at >= 0:
        end = at + len(arabic)
        start = None
        if not _ARABIC_LETTER.match(text, end):
            glued = [s for s in (at - 2, at - 1, at) if s >= 0 and all(c in _GLUED for c in text[s:at])]
            start = next((s for s in glued if s == 0 or not _ARABIC_LETTER.match(text, s - 1)), None)
        if start is not None:
            starts.append(start)
        at = text.find(arabic, end if start is not None else at + 1)
    return starts


def body_form(name: NameWord, segments: tuple[Segment, ...]) -> str | None:
    """The name as the body writes it inside a sentence (al-Sukhnah), where the first mention's
    capitals are its position's: a headline's, or a sentence's first word (Al-Sukhnah). None
    when the first mention is such a place already, or the body never writes it so."""
    if not _capitals_of_position(name.segment, name.start):
        return None
    for segment, start, end in _mentions(name.text, segments):
        if not _capitals_of_position(segment, start):
            return segment.text[start:end]
    return None


_SMALL_WORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as"])
_OPENING = patterns.compile(r"^[\W_]*$")


def _capitals_of_position(segment: Segment, start: int) -> bool:
    """A heading (title case or not: headlines capitalise as they please), a sentence in
    title case, or the sentence's first word."""
    if segment.heading or _OPENING.match(segment.text[:start]):
        return True
    words = [w for w in segment.text.split() if w[:1].isalpha() and w.casefold() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
