"""Proper names in English text, and spellings of one name found by the transliteration key."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from operator import attrgetter
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.lang import en, word_list
from tqa.lang.ar import ARABIC_WORD
from tqa.lang.en import GLOSSARY_ARTICLES, NAME_WORD_ARTICLES, fold_english_text, fold_english_texts, spelling_key
from tqa.lang.lexicon import english_concepts
from tqa.model import Segment
from tqa.text.skeletons import latin_matches_arabic
from tqa.text.translit import same_name, same_name_group

if TYPE_CHECKING:
    from tqa.glossary.model import GlossaryEntry

# A capitalised word, with an optional lower-case article joined by a hyphen
# (al-Sharaa, ad-Dawla) and an optional apostrophe inside (Hay'at, Shara'a).
_NAME_WORD = patterns.compile(
    r"\b(?:(?:" + "|".join(NAME_WORD_ARTICLES) + r")[-‑])?[A-Z][a-zà-ÿğşçıİ]+(?:['’ʿ][a-z]+)?(?:[-‑][A-Z][a-zà-ÿ]+)*"
)
MIN_NAME_LETTERS = 4


@dataclass(frozen=True)
class NameWord:
    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


def name_words(segments: tuple[Segment, ...]) -> Iterator[NameWord]:
    """Capitalised words that may be names. A sentence's first word is included
    only when it is not a common English word (the caller filters by key)."""
    for segment in segments:
        yield from _segment_name_words(segment)


@lru_cache(maxsize=4096)  # a dozen checks ask of each sentence (#14); by the segment, its id and place too
def _segment_name_words(segment: Segment) -> tuple[NameWord, ...]:
    return tuple(NameWord(segment, match.start(), match.end()) for match in _NAME_WORD.finditer(segment.text))


def name_word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each capitalised word of `text` that may be a name."""
    return [(m.start(), m.end()) for m in _NAME_WORD.finditer(text)]


@lru_cache(maxsize=65536)  # pure; every name word is asked for many times (#14)
def core_of(word: str) -> str:
    """The word without its article and possessive: 'al-Sharaa's' -> 'Sharaa'."""
    folded = fold_english_text(word)  # no offsets: asked of every name word of a glossary (#14)
    parts = folded.split()
    if len(parts) > 1 and parts[0] in GLOSSARY_ARTICLES:
        parts = parts[1:]
    core = " ".join(parts)
    return core.removesuffix("'s")


def cores_of(words: Sequence[str]) -> list[str]:
    """core_of of each word, folded together: a glossary's name words (#14)."""
    cores = []
    for parts in map(str.split, fold_english_texts(words)):
        if len(parts) > 1 and parts[0] in GLOSSARY_ARTICLES:
            del parts[0]
        cores.append(" ".join(parts).removesuffix("'s"))
    return cores


# Titles that go with a name in a glossary entry (Sheikh Tamim) but are no part of
# its spelling: a differently spelt title is not a misspelt name.
TITLES = frozenset(
    ["sheikh", "shaikh", "president", "minister", "king", "prince", "emir", "general", "dr", "mr", "mrs", "ms", "imam", "sayyid"]
)


def name_word_targets(entry: GlossaryEntry) -> dict[str, str]:
    """The entry's name words that carry its spelling, by core: Shaibani -> al-Shaibani.
    Articles, titles and words too short to tell names apart are left out."""
    return _targets_among({core_of(w): w for form in entry.house_forms for w in form.split()})


def name_word_targets_of(entries: Sequence[GlossaryEntry]) -> list[dict[str, str]]:
    """name_word_targets of each entry, the words of all folded together (#14: a glossary's)."""
    words_of = list(map(str.split, map(attrgetter("en"), entries)))  # each house form's words: en's, and short's if any
    for number, entry in enumerate(entries):
        if entry.short:
            words_of[number] += entry.short.split()
    cores = iter(cores_of(list(chain.from_iterable(words_of))))
    return [_targets_among(dict(zip(islice(cores, len(words)), words, strict=True))) for words in words_of]


def _targets_among(words: dict[str, str]) -> dict[str, str]:
    return {
        core: w
        for core, w in words.items()
        if len(core) >= MIN_NAME_LETTERS and core not in GLOSSARY_ARTICLES and core.casefold() not in TITLES
    }


def whole_place_name(text: str, start: int, end: int, house_word: str, entry: GlossaryEntry) -> tuple[int, int, str] | None:
    """Where the word at [start, end) stands for `house_word` of a place whose name is
    several words: the span of the whole name as written around it and the house form
    (Tangier Med -> Tanger Med), or None when the other words are not there. A word of
    such a name alone is no mention of it: Tangier is the city, not the port Tanger Med."""
    for form in entry.house_forms:
        words = form.split()
        if len(words) < 2 or house_word not in words:
            continue
        at = words.index(house_word)
        before = re.search(r"\s+".join(map(re.escape, words[:at])) + r"\s+\Z", text[:start], re.IGNORECASE) if at else None
        after = re.match(r"\s+" + r"\s+".join(map(re.escape, words[at + 1 :])), text[end:], re.IGNORECASE) if words[at + 1 :] else None
        if (before or not at) and (after or at == len(words) - 1):
            return (before.start() if before else start), end + (after.end() if after else 0), form
    return None


def find_unlisted_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> tuple[Segment, int, int, str] | None:
    """A word in `segments` that spells one of the entry's name words differently, with
    the house word to write instead (al-Shiabani -> al-Shaibani; Al- only where a
    sentence starts)."""

    targets = name_word_targets(entry)
    for word in name_words(segments):
        core = core_of(word.text)
        if len(core) < MIN_NAME_LETTERS or core in targets:
            continue
        for target, house_word in targets.items():
            if same_name(core, target):
                if not word.segment.text[: word.start].strip(" \"“«(‘'"):
                    house_word = house_word[:1].upper() + house_word[1:]
                return word.segment, word.start, word.end, house_word
    return None


def find_unlisted_arabic_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> tuple[Segment, int, int] | None:
    """An Arabic word in `segments` whose consonants spell one of the entry's English
    name words (ترطوس for Tartus, whose listed form is طرطوس): the name, in a form the
    glossary does not list. The span runs over the name's other words written after it
    («يوسف بن علي» for Youssef Benali, whose بن علي is Benali written in two words), so
    the finding quotes the name as written, not its first word."""
    targets = tuple(name_word_targets(entry))
    found = arabic_word_romanised_by(segments, targets)
    if found is None:
        return None
    segment, start, end = found
    following = list(ARABIC_WORD.finditer(segment.text, end))
    while following and not segment.text[end : following[0].start()].strip():
        for taken in (1, 2):
            written = "".join(m.group() for m in following[:taken])
            if len(following) >= taken and any(latin_matches_arabic(word, written) for word in targets):
                end, following = following[taken - 1].end(), following[taken:]
                break
        else:
            break
    return segment, start, end


def arabic_word_romanised_by(segments: tuple[Segment, ...], latin_words: Iterable[str]) -> tuple[Segment, int, int] | None:
    """The first Arabic word in `segments` that one of `latin_words` romanises."""

    words = tuple(latin_words)
    for segment in segments:
        for match in ARABIC_WORD.finditer(segment.text):
            if any(latin_matches_arabic(word, match.group()) for word in words):
                return segment, match.start(), match.end()
    return None


@dataclass(frozen=True)
class Spelling:
    """One way an English article writes a name, with every place it does so."""

    core: str  # folded: no article, no possessive
    words: tuple[NameWord, ...]

    @property
    def first(self) -> NameWord:
        return self.words[0]


def spellings_in(segments: tuple[Segment, ...], claimed: set[tuple[int, int, int]]) -> list[Spelling]:
    """Distinct spellings of capitalised words, in order of first use.

    `claimed` holds (segment id, start, end) ranges the glossary already matched.
    Spellings that differ only in case, hyphen or apostrophe shape are one spelling.
    """

    grouped: dict[str, list[NameWord]] = {}
    for word in name_words(segments):
        if any(seg == word.segment.id and start <= word.start < end for seg, start, end in claimed) or nationality_word(word):
            continue
        core = spelling_key(core_of(word.text))
        if len(core) >= MIN_NAME_LETTERS and core not in COMMON_CAPITALISED:
            grouped.setdefault(core, []).append(word)
    return [Spelling(core, tuple(words)) for core, words in grouped.items() if not _common_word(core, words)]


# Nationality and country adjectives (tqa/lang/data/en_nationalities.txt): "Saudi Arabia"
# and "Saudi officials" name no one, so they are compared with no surname (Saudi is no
# misspelling of al-Saadi). A family can bear one, though (al-Saudi, Mona Saudi): how the
# article writes the word decides.
NATIONALITIES = frozenset(word_list("en_nationalities"))
_NAME_BEFORE = patterns.compile(r"([A-Z][a-z]+) $")


def nationality_word(word: NameWord) -> bool:
    """`word` is a nationality or country adjective as the article uses it: not written
    with the article (al-Saudi) nor right after another name word (Mona Saudi)."""
    if core_of(word.text).casefold() not in NATIONALITIES or written_with_article(word.text):
        return False
    before = _NAME_BEFORE.search(word.segment.text[: word.start])
    if before is None:
        return True
    previous = before.group(1).casefold()
    return previous in NATIONALITIES | COMMON_CAPITALISED | TITLES or bool(english_concepts(previous))


def no_name(word: NameWord) -> bool:
    """A capitalised word that is no name: an English word ("Share it on:" is not
    al-Sharaa) or a nationality adjective as the article uses it (Saudi officials)."""
    return bool(english_concepts(core_of(word.text))) or nationality_word(word)


def _common_word(core: str, words: list[NameWord]) -> bool:
    """An English word capitalised only because it opens a sentence or a line ("Share it
    on:" from page furniture): no name, though its letters may be near one (Sharaa)."""

    if any(w.segment.text[: w.start].strip(" \"“«(‘'-—•*") for w in words):
        return False  # capitalised mid-sentence: a name
    return core == core.lower() and " " not in core and bool(english_concepts(core))


# Capitalised English words that begin sentences or titles and are never names.
# Listed in tqa/lang/data/en_common_capitalised.txt, with the weekdays and the months
# but May, which is also a name (Theresa May).
COMMON_CAPITALISED = frozenset(word_list("en_common_capitalised")) | {
    name.lower() for name in (*en.WEEKDAYS, *en.MONTHS) if name != "May"
}


# Given names shared by many people: two people called Mohammed are not one name
# spelled two ways (N104), and Mohammed alone is no glossary entry (N105).
# Listed in tqa/lang/data/en_given_names.txt.
COMMON_GIVEN_NAMES = word_list("en_given_names")


def written_with_article(word: str) -> bool:
    """al-Saleh, Al-Salih: with the article a name is a family name, not the given name Saleh."""
    head, dash, _ = word.replace("‐", "-").partition("-")
    return bool(dash) and head.casefold() in GLOSSARY_ARTICLES


@lru_cache(maxsize=65536)  # pure; asked for every name of every sentence (#14)
def is_given_name(core: str) -> bool:
    # same_name implies the same group, so one group is compared, not eighteen names:
    # M805 asks this of every name in a 50,000-entry glossary (#14).
    return any(same_name(core, given) for given in _given_names_by_group().get(same_name_group(core), ()))


@lru_cache(maxsize=1)
def _given_names_by_group() -> dict[tuple[tuple[str, ...], ...], list[str]]:
    groups: dict[tuple[tuple[str, ...], ...], list[str]] = {}
    for given in COMMON_GIVEN_NAMES:
        groups.setdefault(same_name_group(given), []).append(given)
    return groups
