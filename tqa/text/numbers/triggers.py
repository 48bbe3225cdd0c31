"""Whether a sentence can hold a number at all: a cheap test before the readers' patterns.

Most sentences hold no figure and no number word (two thirds of the shared sets'), and
each reader's patterns cost a scan of the whole sentence (issue 14). Every pattern of
the number readers (tqa.text.numbers.arabic, .english, .duals, .codes) needs a digit
or one of its tables' words, written as a whole word: in Arabic the word ends where the
letters end (the patterns' `(?![letters])`; a proclitic may come before it), in English
it is a whole Latin word (`\\b` on both sides). So a sentence with no digit and no such
word has no number, and the readers are not run over it. The word sets below are built
from the readers' own tables, and tests/test_number_triggers.py holds the readers with
and without this test equal, on every table word and on random and real sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar, en
from tqa.text.numbers import arabic, duals, english

_DIGIT = patterns.compile(r"\d")  # any script's digits, as the readers' \d reads them
_ARABIC_WORD = patterns.compile(f"[{ar.LETTERS}]+")
_LATIN_WORD = patterns.compile(r"[a-z]+")
# The characters other than a-z that re.IGNORECASE reads as a Latin letter (dotted and
# dotless i, long s, the Kelvin sign): a text with one is read in full, as it may spell a
# number word the lower-cased words miss (tests/test_number_triggers.py derives the set).
ODD_CASE_LETTERS = "\u0130\u0131\u017f\u212a"
_ODD_CASE = patterns.compile(f"[{ODD_CASE_LETTERS}]")


def arabic_word_ends(words: Iterable[str]) -> frozenset[str]:
    """The last run of letters of each table word (of خمس مئه, مئه): what a sentence's
    word must end with for a pattern that ends the table word with `(?![letters])`."""
    ends = {re.split(f"[^{ar.LETTERS}]+", word)[-1] for word in words}
    if "" in ends:
        raise ValueError("a table word that ends in no letter cannot be tested by its words")
    return frozenset(ends)


def latin_words(words: Iterable[str]) -> frozenset[str]:
    """The lower-case Latin words each table entry is written with ("twenty-one": twenty, one)."""
    return frozenset(part for word in words for part in _LATIN_WORD.findall(word.lower()))


def has_arabic_word_ending(folded: str, ends: frozenset[str]) -> bool:
    """Some word of the (normalised) text ends with one of `ends`: the table word, with
    any proclitic or article before it."""
    return any(_ends_with(word, ends) for word in _ARABIC_WORD.findall(folded))


@lru_cache(maxsize=65536)  # words recur from sentence to sentence; two tables ask of them
def _ends_with(word: str, ends: frozenset[str]) -> bool:
    return any(word[-size:] in ends for size in range(1, len(word) + 1))


def has_latin_word(text: str, words: frozenset[str]) -> bool:
    """Some whole Latin word of `text`, in any case, is one of `words`."""
    return bool(_ODD_CASE.search(text)) or not words.isdisjoint(_LATIN_WORD.findall(text.lower()))


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


# Every word a number pattern can end with: number words (عشر of the teens and مئه of
# the per cent among them), scales (single, dual, plural, definite), the duals of units
# and the singulars before them.
_ARABIC_NUMBER_ENDS = arabic_word_ends(
    [
        *arabic.AR_UNITS,
        *arabic.AR_ARTICLE_UNITS,
        *ar.TEEN_UNITS,
        *ar.SCALES,
        *ar.PLURAL_SCALES,
        *ar.DEFINITE_SCALES,
        *duals.DUALS,
        *duals.SINGULARS,
    ]
)
_ENGLISH_NUMBER_WORDS = latin_words([*english.NUMBER_WORDS, *en.SCALE_WORDS])


def may_hold_number(text: str, lang: str) -> bool:
    """False only when no number reader can find anything in `text` (links blanked)."""
    if has_digit(text):
        return True
    if lang == "ar":
        return has_arabic_word_ending(ar.normalize_with_map(ar.to_western_digits(text))[0], _ARABIC_NUMBER_ENDS)
    return has_latin_word(text, _ENGLISH_NUMBER_WORDS)
