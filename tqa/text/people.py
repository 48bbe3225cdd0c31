"""People in glossaries: a surname alone names the entry's person, another given name
before it names someone else.

News style names a person in full once, then by surname ("Sergei Lavrov said ...
Lavrov added"), and desk glossaries list full names only: the surname is a valid
short form with no `short` in the glossary. But "Hafez al-Assad" is not Bashar
al-Assad: a surname preceded by a given name that is not the entry's names another
member of the family (issue #11). Likewise in an article's own names: Karim as the given
name of Karim Abbas Radhi and Kareem as Nadia Fadhil Kareem's surname name two people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tqa import patterns
from tqa.glossary.entry import GlossaryEntry, GlossaryMatch, Lookup
from tqa.glossary.matcher import english_tokens, normalize_texts
from tqa.lang import word_list
from tqa.lang.ar import (
    ABSORBED_ARTICLE,
    ARABIC_WORD,
    ARTICLE,
    BASE_LETTERS,
    normalize,
    proclitic_stems,
    word_forms,
)
from tqa.lang.en import GLOSSARY_ARTICLES, NAME_PARTICLES, NAME_WORD_ARTICLES, spelling_key
from tqa.lang.lexicon import arabic_concepts
from tqa.text.names import COMMON_CAPITALISED, TITLES, NameWord, Spelling, core_of, cores_of, name_word_spans
from tqa.text.translit import same_name

MIN_SURNAME_LETTERS = 4

# Capitalised words that stand before a surname and are no given name: titles,
# and adjectives news copy puts before a name ("ousted Assad", "the late Hafez").
# Listed in tqa/lang/data/en_not_given_names.txt.
_NOT_GIVEN = frozenset(word_list("en_not_given_names"))

# Common Arabic given names (normalised): «حافظ الأسد» names Hafez, not the entry's
# Bashar. Arabic has no capitals, so only a known given name marks another person;
# names that are also common words are left out (علي is على folded, لصالح is "in favour of").
# Listed in tqa/lang/data/ar_given_names.txt.
AR_GIVEN_NAMES = frozenset(normalize(name) for name in word_list("ar_given_names"))

# The word before a name, over the article the name may begin with (Hafez al-|Assad).
_ARTICLE_EITHER_CASE = "|".join(f"[{a[0].upper()}{a[0]}]{a[1:]}" for a in NAME_WORD_ARTICLES)  # al, Al, ash, Ash...
_LATIN_BEFORE = patterns.compile(r"([A-Z][A-Za-zÀ-ÿğşçıİ'’ʿ-]*)\s+(?:(?:" + _ARTICLE_EITHER_CASE + r")[-‐‑ ])?$")
_ARABIC_BEFORE = patterns.compile(f"([{BASE_LETTERS}]+)\\s+$")


def _folded_words(forms: tuple[str, ...]) -> set[str]:
    return {w for form in forms for w in english_tokens(form)}


@lru_cache(maxsize=4096)
def _given_names(entry: GlossaryEntry) -> frozenset[str]:
    """The first words of the entry's listed full names, house, variant or forbidden
    (Nasser of Nasser al-Qudah, Nasir of a forbidden Nasir al-Qudha): a form that begins
    with one names the person in full, so a capitalised word before it ("the Minister of
    Water Nasir al-Qudha", "Jordanian Nasser al-Qudah") is no other person's given name."""
    firsts = set()
    for form in entry.english_forms:
        words = english_tokens(form)
        if len(words) >= 2 and words[0] not in GLOSSARY_ARTICLES and words[0] not in NAME_PARTICLES:
            firsts.add(words[0])
    return frozenset(firsts)


def other_person_before(entry: GlossaryEntry, text: str, start: int) -> bool:
    """The English name matched at `start` is preceded by a given name the entry does
    not have ("Hafez al-Assad" for Bashar al-Assad): another person."""
    if entry.type != "person" or not _given_names(entry).isdisjoint(english_tokens(text[start:])[:1]):
        return False  # the match is a listed full name, in whatever spelling: its own given name
    before = _LATIN_BEFORE.search(text[:start])
    if before is None or re.search(r"['’]s$", before.group(1)) or before.group(1).isupper():
        return False  # no word, a possessive (Syria's Assad), or an acronym
    words = english_tokens(before.group(1))
    if not words or len(words[-1]) < 3:
        return False
    word = words[-1]
    if word in COMMON_CAPITALISED or word in TITLES or word in _NOT_GIVEN or word in GLOSSARY_ARTICLES:
        return False
    return not any(same_name(word, own) for own in _folded_words(entry.english_forms))


def other_arabic_person_before(entry: GlossaryEntry, normalized: str, start: int) -> bool:
    """The same for Arabic (normalised text, `start` in it): «حافظ الأسد» is not «بشار الأسد»."""
    if entry.type != "person" or not entry.ar or normalized[start:].startswith(normalize(entry.ar[0]).split()[0]):
        return False
    before = _ARABIC_BEFORE.search(normalized[:start])
    if before is None:
        return False
    word = before.group(1)
    own = {w for form in entry.ar for w in normalize(form).split()}
    forms = {word, *proclitic_stems(word, min_stem=3)}  # وحافظ الأسد
    return bool(forms & AR_GIVEN_NAMES) and not forms & own


def surname_cores(entry: GlossaryEntry) -> frozenset[str]:
    """A person's surname without its article, folded: 'Sergei Lavrov' -> lavrov,
    'Omar al-Bashir' -> bashir. Titles and short particles are no surname."""

    if entry.type != "person":
        return frozenset()
    cores = set()
    for form in (entry.en, *((entry.short,) if entry.short else ())):
        words = form.split()
        if len(words) < 1:
            continue
        core = core_of(words[-1])
        if len(core) >= MIN_SURNAME_LETTERS and core not in TITLES:
            cores.add(core)
    return frozenset(cores)


def surname_index(entries: Sequence[GlossaryEntry]) -> dict[str, list[int]]:
    """The positions of a glossary's people by the surname a text may name them by alone:
    "en" + NUL + each of its surname_cores (lavrov), "ar" + NUL + the last word of its full
    Arabic form (لافروف of سيرغي لافروف) when long enough to be a name. A common word (خطاب
    is also "speech") is no surname: that is asked when the text has the word
    (_common_arabic_word), not of every entry. Worked out for all the people at once, not
    entry by entry (#14: a desk's 50,000 entries)."""
    people = [number for number, entry in enumerate(entries) if entry.type == "person"]
    lasts = [(number, words[-1]) for number in people for form in entries[number].house_forms if (words := form.split())]
    index: dict[str, list[int]] = {}
    for (number, _), core in zip(lasts, cores_of([word for _, word in lasts]), strict=True):
        if len(core) >= MIN_SURNAME_LETTERS and core not in TITLES:
            numbers = index.setdefault("en\0" + core, [])
            if not numbers or numbers[-1] != number:  # the house and short forms' one surname: once
                numbers.append(number)
    arabic = [number for number in people if entries[number].ar]
    for number, words in zip(arabic, map(str.split, normalize_texts([entries[n].ar[0] for n in arabic])), strict=True):
        if len(words) >= 2 and len(words[-1].removeprefix(ARTICLE)) >= 3:
            index.setdefault("ar\0" + words[-1], []).append(number)
    return index


class Surnames:
    """Where a glossary's people are named by surname alone, in English (Lavrov,
    Al-Bashir) and Arabic («لافروف», «والبشير»), from their surname_index (built once per
    glossary, Glossary.index)."""

    def __init__(self, index: Lookup[list[int]], entries: Sequence[GlossaryEntry]) -> None:
        self._index, self._entries = index, entries

    def find(self, text: str, lang: str, common: bool = False) -> list[GlossaryMatch]:
        return self._find_arabic(text, common) if lang == "ar" else self._find_english(text)

    def _people(self, lang: str, surname: str) -> list[GlossaryEntry]:
        return [self._entries[number] for number in self._index.get(f"{lang}\0{surname}") or ()]

    def _find_english(self, text: str) -> list[GlossaryMatch]:
        found = []
        for start, end in name_word_spans(text):
            for entry in self._people("en", core_of(text[start:end])):
                if not other_person_before(entry, text, start):
                    found.append(GlossaryMatch(entry, start, end, text[start:end], text[start:end], "short"))
        return found

    def _find_arabic(self, text: str, common: bool) -> list[GlossaryMatch]:
        normalized = normalize(text)
        found = []
        for match in ARABIC_WORD.finditer(text):
            forms = word_forms(match.group())
            forms |= {ARTICLE + f for f in forms if normalize(match.group()).startswith(ABSORBED_ARTICLE)}  # للبشير
            for key in {form for form in forms if self._index.get("ar\0" + form) is not None}:
                if not common and _common_arabic_word(key):
                    continue
                for entry in self._people("ar", key):
                    # normalize() drops marks, so offsets in `normalized` are approximate: the guard reads the words before
                    if not other_arabic_person_before(entry, normalized, len(normalize(text[: match.start()]))):
                        found.append(GlossaryMatch(entry, match.start(), match.end(), match.group(), match.group(), "arabic"))
        return found


@lru_cache(maxsize=4096)
def _common_arabic_word(word: str) -> bool:
    return bool(arabic_concepts(word))


def _full_name_around(word: NameWord) -> list[str]:
    """The capitalised words written in a row with `word` (Karim Abbas Radhi), itself included."""
    text = word.segment.text
    spans = name_word_spans(text)
    index = spans.index((word.start, word.end)) if (word.start, word.end) in spans else None
    if index is None:
        return [word.text]
    first = last = index
    while first > 0 and text[spans[first - 1][1] : spans[first][0]] == " ":
        first -= 1
    while last + 1 < len(spans) and text[spans[last][1] : spans[last + 1][0]] == " ":
        last += 1
    return [text[start:end] for start, end in spans[first : last + 1]]


def _surnames_of(spelling: Spelling, given_only: bool) -> set[str]:
    """The last words of the full names `spelling` is written in (for `given_only`, those
    it stands before as a given name), folded."""
    found = set()
    for word in spelling.words:
        words = _full_name_around(word)
        if len(words) >= 2 and not (given_only and spelling_key(core_of(words[-1])) == spelling.core):
            found.add(spelling_key(core_of(words[-1])))
    return found


def used_as_surname(spelling: Spelling) -> bool:
    """`spelling` ends a full name somewhere in the article (Georges Khoury): a family name."""
    return spelling.core in _surnames_of(spelling, given_only=False)


def given_name_as_surname(spelling: Spelling) -> bool:
    """A word that is a common given name, used as a family name: it ends a full name after
    another given name (Azad Karim), or stands alone at every use (Kareem said), as news
    names a person by the family name after the first mention."""
    return used_as_surname(spelling) or all(len(_full_name_around(word)) == 1 for word in spelling.words)


def two_people(a: Spelling, b: Spelling) -> bool:
    """`a` is written as the given name of a full name (Karim Abbas Radhi) and `b` in a
    full name with another surname (Nadia Fadhil Kareem), or the other way round: the
    two spellings name two people, whatever their letters."""

    def apart(given: Spelling, other: Spelling) -> bool:
        first, second = _surnames_of(given, given_only=True), _surnames_of(other, given_only=False)
        return bool(first) and bool(second) and not any(same_name(x, y) for x in first for y in second)

    return apart(a, b) or apart(b, a)
