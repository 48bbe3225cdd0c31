"""Acronyms of a glossary name: MASEN for the Moroccan Agency for Sustainable Energy,
EDL for Electricité du Liban, CBL for the Central Bank of Libya.

News copy gives an organisation's full name once and its acronym after it, in
brackets ("the Central Bank of Libya (CBL)"), then the acronym alone. An acronym is
the initials of the name's words, or their first letters (MASEN takes EN from
Energy); small words (of, for, du) may give a letter or none. A desk that lists
the acronym among an entry's spellings or in brackets in its note ("UN humanitarian
office (OCHA)"), or an article that defines it in brackets after the name, makes it a
short form of that entry; so do its plain initials (KPC), written anywhere.
An article may define a short brand the same way: "(SCZone)".
A word of the name that is itself an acronym (UN, EU) may give its letters or none:
OCHA and UNOCHA both abbreviate the UN Office for the Coordination of Humanitarian Affairs.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.lang.en import ACRONYM_FUNCTION_WORDS, fold_ascii

if TYPE_CHECKING:
    from tqa.glossary.entry import GlossaryEntry

_ACRONYM = patterns.compile(r"[A-Z]{2,8}")
_SHORT_FORM = patterns.compile(r"[A-Z][A-Za-z]{1,7}")
_ACRONYM_WORD = patterns.compile(r"(?<![A-Za-z])[A-Z]{2,8}(?![A-Za-z])")


def acronym_shaped(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


def short_form_shaped(text: str) -> bool:
    """An acronym, or a short brand of capitals and small letters (SCZone, MoE): one word
    with two capitals at least, the first letter one of them. An ordinary word in
    brackets (Egypt) has one."""
    return _SHORT_FORM.fullmatch(text) is not None and sum(c.isupper() for c in text) >= 2


@lru_cache(maxsize=4096)
def is_acronym_of(acronym: str, name: str) -> bool:
    """True when `acronym` takes, in order, a first part of every word of `name` but
    the small ones and those that are acronyms themselves (which may give a part or nothing)."""
    if not acronym_shaped(acronym):
        return False
    letters = acronym.lower()
    written = [(fold_ascii(w), w) for w in re.split(r"[\s\-‐‑–]+", name) if fold_ascii(w)]
    words = [folded for folded, _ in written]
    # A qualifier acronym (the UN of UN Office ...) is left out of many acronyms: OCHA.
    optional_at = [folded in ACRONYM_FUNCTION_WORDS or acronym_shaped(w) for folded, w in written]

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word, optional = words[j], optional_at[j]
        if optional and fits(i, j + 1):
            return True
        return any(letters[i : i + k] == word[:k] and fits(i + k, j + 1) for k in range(1, min(len(word), len(letters) - i) + 1))

    return len(words) >= 2 and fits(0, 0)


def defined_acronyms(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """Short forms `text` gives in brackets right after one of `names`: "Electricité du
    Liban (EDL)", "Suez Canal Economic Zone (SCZone)". Names are compared folded (accents,
    case); the short form is returned as written, and must be shaped as one (short_form_shaped)."""
    folded = fold_ascii(text)
    found = {
        m.group(1)
        for name in names
        for m in re.finditer(re.escape(fold_ascii(name)) + r"\s*\(\s*([a-z]{2,8})\s*\)", folded)
    }
    written = (m.group(1) for a in found for m in re.finditer(rf"\(\s*({a})\s*\)", text, re.IGNORECASE))
    return frozenset(w for w in written if short_form_shaped(w))


def note_acronyms(note: str | None, name: str) -> frozenset[str]:
    """Acronyms a glossary note gives for the entry: one in brackets ("(OCHA)"), or any
    capitalised word of the note that is the name's initials ("NOC acceptable after
    first mention" for the National Oil Corporation)."""
    if not note:
        return frozenset()
    bracketed = {m.group(1) for m in re.finditer(r"\(\s*([A-Z]{2,8})\s*\)", note)}
    initials = {w for w in _ACRONYM_WORD.findall(note) if is_acronym_of(w, name)}
    return frozenset(bracketed | initials)


def initials_in(text: str, name: str) -> frozenset[str]:
    """Words of `text` that are `name`'s plain initials, one capital per word but the small
    ones (KPC for the Kuwait Petroleum Corporation), defined or not: a reader spells them out.
    A coined acronym (JAREN, taking EN of Energy) needs its definition; three letters at
    least, for two capitals (UN, AP) stand for too many names."""
    words = [w for w in re.split(r"[\s\-‐‑–]+", name) if fold_ascii(w) and fold_ascii(w) not in ACRONYM_FUNCTION_WORDS]
    initials = "".join(w[0] for w in words).upper()
    return frozenset(w for w in set(_ACRONYM_WORD.findall(text)) if len(w) >= 3 and w == initials)


def written_acronym(text: str, acronyms: frozenset[str]) -> str | None:
    """The first of `acronyms` that `text` writes as a word (MASEN's counts)."""
    for acronym in sorted(acronyms):
        if re.search(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", text):
            return acronym
    return None


def entry_acronyms(entry: GlossaryEntry, english: str) -> frozenset[str]:
    """An organisation's acronyms in an article whose English is `english`: listed ones that
    are the initials of its name (MASEN), those its note gives ("(OCHA)"), any short form
    the article defines in brackets after the name ("... du Liban (EDL)", "(SCZone)"), and
    its plain initials (KPC) wherever written. News writes them after the first mention: a
    short form, not a variant. A coined acronym the article never defines (JAREN) tells a
    reader nothing. A person's initials (MBS) are a nickname, which a desk may well keep
    out of its copy."""
    if entry.type == "person":
        return frozenset()
    listed = {form for form in (entry.short or "", *entry.variants) if is_acronym_of(form, entry.en)}
    found = defined_acronyms(english, (entry.en, *entry.variants)) | initials_in(english, entry.en)
    return frozenset(listed) | note_acronyms(entry.note, entry.en) | found
