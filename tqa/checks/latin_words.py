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

from tqa import patterns
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


def ordinary_title(words: list[str]) -> bool:
    """Two or more capitalised words, each an English word by the dictionary: a name made of
    ordinary words (Clean Fuels Project, Jordan Response Plan), which Arabic translates
    («خطة الاستجابة الأردنية»). A name of its own (Reuters, Nordvind) holds a word no
    dictionary has, and an acronym (NEPC) is no word."""
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() and dictionary_word(w) for w in words)


def bracketed(text: str, start: int, end: int) -> bool:
    """The run is alone inside brackets: a gloss of the Arabic before it, not a gap in it."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


@dataclass(frozen=True)
class LatinName:
    """A glossary name written in Latin letters inside an Arabic sentence, where it begins and ends."""

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


# A lone word is text left untranslated when it is an ordinary English word, or the
# source's own lowercase word copied over:
# Webster's Second (the "web2" list of the english-words package, public domain; its
# proper nouns are capitalised and left out). A Latin word quoted in an etymology
# («civilis»), a unit (mtpa) or a lowercase brand is not in it. The package's other
# list (GCIDE) is GPL and is not read.
_MIN_LONE_WORD = 4


@cache
def _english_words() -> frozenset[str]:
    # Imported when a Latin word is first judged: with importlib.resources and tempfile it
    # cost every check's start-up, most of which never ask (#14).
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


# Lowercase abbreviations that news copy keeps in Latin inside Arabic, as in English:
# units of energy, volume and speed (the shorter ones are under _MIN_LONE_WORD).
_UNITS = frozenset(
    [
        "mtpa",
        "bcm",
        "bcma",
        "tcf",
        "mmbtu",
        "mmscfd",
        "bopd",
        "mbpd",
        "kwh",
        "mwh",
        "gwh",
        "twh",
        "kwp",
        "mwp",
        "gwp",
        "ppm",
        "ppb",
        "kmh",
        "sqkm",
    ]
)


def _stems(word: str) -> set[str]:
    """The word and the bare forms its regular endings could come from: Webster's list
    has "contract", not "contracts", "trainset" is "trainsets" in the source."""
    stems = {word}
    for ending, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stems.add(word[: -len(ending)] + replacement)
    return stems


def dictionary_word(word: str) -> bool:
    """An English word by Webster's list, in any regular inflection (case ignored)."""
    return bool(_stems(word.casefold()) & _english_words())


def _ordinary_or_copied(word: str, source_words: frozenset[str]) -> bool:
    """An English word by the dictionary (in any regular inflection), or one copied in
    lowercase from the source, which holds it in the same or another inflection: a
    modern word no list of 1934 has (trainset, smartphone) is still the source's text."""
    if dictionary_word(word):
        return True
    stems = _stems(word)
    if word in _UNITS:
        return False
    return any(stems & _stems(w) for w in source_words if w.islower())


# A word cited as a word, after the name of its language or "the term": «من اللاتينية
# civilis», «ما يُعرف بـ».
_CITED = patterns.compile(
    r"(?:اللاتيني|الإنجليزي|الإنكليزي|الانجليزي|الفرنسي|الإيطالي|الإسباني|الألماني|اليوناني|مصطلح|كلمة|يسمى|يُسمى|تسمى|تُسمى|باسم|يعرف|يُعرف|تعرف|تُعرف)"
    r"[\u0600-\u06FF]*[\s\"“«]*(?:بـ?\s*)?$"
)


def lone_english_word(text: str, start: int, end: int, source_words: frozenset[str]) -> bool:
    """The run text[start:end] is one ordinary lowercase English word standing in the
    Arabic: not a gloss in brackets, not part of a handle, address or file name, and not
    written in the source as a name (capitalised there)."""
    word = text[start:end]
    if len(word) < _MIN_LONE_WORD or not word.isascii() or not word.isalpha() or not word.islower():
        return False
    if not _ordinary_or_copied(word, source_words) or word.capitalize() in source_words or bracketed(text, start, end):
        return False
    if _CITED.search(text[max(0, start - 40) : start]):
        return False  # «من اللاتينية civilis»: a word quoted as a word
    before, after = text[start - 1 : start], text[end : end + 2]
    if before in {"@", "#", ".", "/", "_", "\\"} or after[:1] in {"@", "_", "/"}:
        return False
    return not (after[:1] == "." and after[1:2].isalnum())  # file.pdf, site.com
