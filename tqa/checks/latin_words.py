"""Helpers of U402: which Latin words inside an Arabic translation are text left untranslated.

A translator leaves Latin in Arabic copy on purpose for a name or an acronym
(Reuters, NATO) and for a gloss in brackets after the Arabic rendering
(«البناء والتشغيل (build-operate)»). Everything else is text not yet translated:
a lowercase phrase, a lowercase compound written with hyphens (mixed-use is two
words, as much as "mixed use"), or a glossary name whose Arabic form the desk gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from english_words import get_english_words_set

from tqa.glossary.model import Glossary, GlossaryEntry


def ordinary_words(words: list[str]) -> int:
    """How many ordinary (not name, not acronym) English words a run holds; a lowercase
    hyphenated compound counts each of its parts of two letters or more."""
    count = 0
    for word in words:
        if word[:1].isupper() or word.isupper():
            continue
        parts = [p for p in word.split("-") if len(p) >= 2 and p.islower()]
        count += max(1, len(parts))
    return count


def bracketed(text: str, start: int, end: int) -> bool:
    """The run is alone inside brackets: a gloss of the Arabic before it, not a gap in it."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


@dataclass(frozen=True)
class LatinName:
    start: int
    end: int
    entry: GlossaryEntry


def glossary_names_in_latin(glossary: Glossary, arabic: str) -> Iterator[LatinName]:
    """Glossary names written in their English form inside an Arabic sentence that does
    not also give an Arabic form of the entry (then the Latin is a gloss)."""
    given = {m.entry.id for m in glossary.find(arabic, "ar")}
    for match in glossary.find(arabic, "en"):
        entry = match.entry
        if not entry.ar or entry.id in given or bracketed(arabic, match.start, match.end):
            continue
        if any(match.text in form for form in entry.ar):
            continue  # the desk's own Arabic form keeps it in Latin («مجموعة OCP»)
        yield LatinName(match.start, match.end, entry)


# A lone word is text left untranslated only when it is an ordinary English word:
# Webster's Second (the "web2" list of the english-words package, public domain; its
# proper nouns are capitalised and left out). A Latin word quoted in an etymology
# («civilis»), a unit (mtpa) or a lowercase brand is not in it. The package's other
# list (GCIDE) is GPL and is not read.
_MIN_LONE_WORD = 4


@cache
def _english_words() -> frozenset[str]:
    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


def lone_english_word(text: str, start: int, end: int, source_words: frozenset[str]) -> bool:
    """The run text[start:end] is one ordinary lowercase English word standing in the
    Arabic: not a gloss in brackets, not part of a handle, address or file name, and not
    written in the source as a name (capitalised there)."""
    word = text[start:end]
    if len(word) < _MIN_LONE_WORD or not word.isascii() or not word.isalpha() or not word.islower():
        return False
    if word not in _english_words() or word.capitalize() in source_words or bracketed(text, start, end):
        return False
    before, after = text[start - 1 : start], text[end : end + 2]
    if before in {"@", "#", ".", "/", "_", "\\"} or after[:1] in {"@", "_", "/"}:
        return False
    return not (after[:1] == "." and after[1:2].isalnum())  # file.pdf, site.com
