"""Whether a sentence can hold what a reader reads: a cheap test before its patterns.

Most sentences hold no figure, number word, unit or month (two thirds of the shared
sets' hold no number), and each reader's patterns cost a scan of the whole sentence
(issue 14). Every pattern of the number, measure and date readers needs a digit or one
of its table's words written as a whole word: in Arabic, a word that ends with the table
word (the patterns' `(?![letters])`; a proclitic or the article may come before it), in
English a whole Latin word (`\\b` on both sides). Each reader builds its word set from
its own tables with the functions below and is not run over a sentence that has none;
tests/test_number_triggers.py holds every reader with and without its test equal, on
every table word and on random and real sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar

_DIGIT = patterns.compile(r"\d")  # any script's digits, as the readers' \d reads them
_ARABIC_WORD = patterns.compile(f"[{ar.LETTERS}]+")
_LATIN_WORD = patterns.compile(r"[a-z]+")
# The characters other than a-z that re.IGNORECASE reads as a Latin letter (dotted and
# dotless i, long s, the Kelvin sign): a text with one is read in full, as it may spell a
# number word the lower-cased words miss (tests/test_number_triggers.py derives the set).
ODD_CASE_LETTERS = "\u0130\u0131\u017f\u212a"
_ODD_CASE = patterns.compile(f"[{ODD_CASE_LETTERS}]")


class WordEnds(frozenset[str]):
    """Word endings a reader's patterns need (arabic_word_ends), each one known to the test."""


# The endings of every table: a sentence's words are kept with only their endings among them.
_KNOWN_ENDS: set[str] = set()


def arabic_word_ends(words: Iterable[str]) -> WordEnds:
    """The last run of letters of each table word (of خمس مئه, مئه): what a sentence's
    word must end with for a pattern that ends the table word with `(?![letters])`."""
    ends = {re.split(f"[^{ar.LETTERS}]+", word)[-1] for word in words}
    if "" in ends:
        raise ValueError("a table word that ends in no letter cannot be tested by its words")
    if not ends <= _KNOWN_ENDS:  # a table made later: every word and sentence is asked afresh
        _KNOWN_ENDS.update(ends)
        _SUFFIXES[:] = [slice(-size, None) for size in range(1, max(map(len, _KNOWN_ENDS)) + 1)]
        _endings.cache_clear()
        _word_endings.cache_clear()
    return WordEnds(ends)


def latin_words(words: Iterable[str]) -> frozenset[str]:
    """The lower-case Latin words each table entry is written with ("twenty-one": twenty, one)."""
    return frozenset(part for word in words for part in _LATIN_WORD.findall(word.lower()))


def has_arabic_word_ending(folded: str, ends: WordEnds) -> bool:
    """Some word of the (normalised) text ends with one of `ends`: the table word, with
    any proclitic or article before it."""
    return not ends.isdisjoint(_word_endings(folded))


def has_latin_word(text: str, words: frozenset[str]) -> bool:
    """Some whole Latin word of `text`, in any case, is one of `words`."""
    found = _latin_words(text)
    return found is None or not words.isdisjoint(found)


# Per sentence, the numbers, measures and dates ask in turn: kept for the few last
# sentences only, so that no sentence is read from an earlier one's memo. A table made
# later empties this memo and the words' (arabic_word_ends).
@lru_cache(maxsize=8)
def _word_endings(folded: str) -> frozenset[str]:
    return frozenset().union(*map(_endings, _ARABIC_WORD.findall(folded)))


# The slices of a word's endings up to the longest table ending: a longer one is no
# table's. A slice longer than the word is the whole word, an ending all the same.
_SUFFIXES: list[slice] = []


@lru_cache(maxsize=65536)  # words recur from sentence to sentence; one argument, the word, as its key (issue 14)
def _endings(word: str) -> frozenset[str]:
    """The endings of `word` that some table has (most words: none), found in C."""
    return frozenset(_KNOWN_ENDS.intersection(map(word.__getitem__, _SUFFIXES)))


@lru_cache(maxsize=8)
def _latin_words(text: str) -> frozenset[str] | None:
    """The lower-case Latin words of `text`; None when a character in it may be read as
    a Latin letter that lower() does not give (the text is then read in full)."""
    return None if _ODD_CASE.search(text) else frozenset(_LATIN_WORD.findall(text.lower()))


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None
