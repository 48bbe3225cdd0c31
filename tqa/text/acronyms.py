"""Acronyms of a glossary name: MASEN for the Moroccan Agency for Sustainable Energy,
EDL for Electricité du Liban, CBL for the Central Bank of Libya.

News copy gives an organisation's full name once and its acronym after it, in
brackets ("the Central Bank of Libya (CBL)"), then the acronym alone. An acronym is
the initials of the name's words, or their first letters (MASEN takes EN from
Energy); small words (of, for, du) may give a letter or none. A desk that lists
the acronym among an entry's spellings, or an article that defines it in brackets
after the name, makes it a short form of that entry.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tqa.lang.en import ACRONYM_FUNCTION_WORDS, fold_ascii

_ACRONYM = re.compile(r"[A-Z]{2,8}")


def acronym_shaped(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


@lru_cache(maxsize=4096)
def is_acronym_of(acronym: str, name: str) -> bool:
    """True when `acronym` takes, in order, a first part of every word of `name` but
    the small ones (which may give a part or nothing)."""
    if not acronym_shaped(acronym):
        return False
    letters = acronym.lower()
    words = [w for w in re.split(r"[\s\-‐‑–]+", fold_ascii(name)) if w]

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word, optional = words[j], words[j] in ACRONYM_FUNCTION_WORDS
        if optional and fits(i, j + 1):
            return True
        return any(letters[i : i + k] == word[:k] and fits(i + k, j + 1) for k in range(1, min(len(word), len(letters) - i) + 1))

    return len(words) >= 2 and fits(0, 0)


def defined_acronyms(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """Acronyms `text` gives in brackets right after one of `names`: "Electricité du Liban (EDL)".
    Names are compared folded (accents, case); the acronym must be written in capitals."""
    folded = fold_ascii(text)
    found = {
        m.group(1).upper()
        for name in names
        for m in re.finditer(re.escape(fold_ascii(name)) + r"\s*\(\s*([a-z]{2,8})\s*\)", folded)
    }
    return frozenset(a for a in found if re.search(rf"\(\s*{a}\s*\)", text))


def written_acronym(text: str, acronyms: frozenset[str]) -> str | None:
    """The first of `acronyms` that `text` writes as a word (MASEN's counts)."""
    for acronym in sorted(acronyms):
        if re.search(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", text):
            return acronym
    return None
