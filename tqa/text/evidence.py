"""What a sentence can share with its translation: its length and its anchors (numbers,
glossary names, name keys, dates, concepts, question marks, quotations). The aligner
pairs sentences by them, and the completeness check asks whether a pair shares any.

Anchors are plain strings so that the aligner can match them through an inverted
index instead of comparing every pair of sentences.
"""

from __future__ import annotations

import re
import string
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.collector import gc_paused
from tqa.lang.ar import ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, BASE_LETTERS, to_western_digits
from tqa.lang.lexicon import arabic_concepts, english_concepts
from tqa.model import Lang, Segment
from tqa.text.dates import date_names
from tqa.text.feature_pool import chunked_features
from tqa.text.full_dates import full_dates
from tqa.text.numbers import quantities
from tqa.text.numbers.measures import measures
from tqa.text.numbers.triggers import has_digit
from tqa.text.quotations import Quoting, quotings
from tqa.text.skeletons import arabic_skeletons, latin_skeleton

if TYPE_CHECKING:
    from tqa.glossary.entry import GlossaryMatch
    from tqa.glossary.model import Glossary

_NUMBER = patterns.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = patterns.compile(r"[«»“”\"]")
# A year or a figure of several digits is a strong anchor; a lone small number
# (1-9) recurs everywhere and says little about which sentence is which.
_WEAK_NUMBERS = frozenset(str(n) for n in range(10))


_LATIN_NAME = patterns.compile(r"(?<![\w'’])[A-Z][a-z]{2,}")
_ARABIC_WORD = patterns.compile(f"[{BASE_LETTERS}]{{3,}}")
KEY_LENGTH = 4
MIN_KEY_LENGTH = 3


def latin_name_keys(text: str) -> set[str]:
    """Consonant keys of capitalised words (names, places, organisations) in English text."""

    keys = set(map(_latin_name_key, _LATIN_NAME.findall(text)))  # each word's key once, looked up in C (#14)
    keys.discard("")
    return keys


@lru_cache(maxsize=65536)
def _latin_name_key(word: str) -> str:
    """A capitalised word's key; "" when its skeleton is too short to be one."""
    key = latin_skeleton(word)
    return "t:" + key[:KEY_LENGTH] if len(key) >= MIN_KEY_LENGTH else ""


def arabic_name_keys(text: str) -> set[str]:
    """Consonant keys of every Arabic word, with and without its proclitic: any may be a name."""

    return set().union(*map(_arabic_word_keys, _ARABIC_WORD.findall(text)))  # united in C (#14)


@lru_cache(maxsize=65536)  # a word's keys, once for every sentence that has it (#14)
def _arabic_word_keys(word: str) -> frozenset[str]:
    return frozenset("t:" + key[:KEY_LENGTH] for key in arabic_skeletons(word) if len(key) >= MIN_KEY_LENGTH)


@dataclass(frozen=True)
class SentenceFeatures:
    length: int
    paragraph: int
    anchors: frozenset[str]
    quoting: Quoting = Quoting()  # how the sentence stands to the quotations around it


def number_anchors(text: str) -> set[str]:
    """Numbers in any digit script, without thousands separators: ١١٬٨٠٠ = 11,800 = 11800."""
    if not has_digit(text):
        return set()  # most sentences (issue 14)
    western = to_western_digits(text).replace(ARABIC_DECIMAL_SEPARATOR, ".").replace(ARABIC_THOUSANDS_SEPARATOR, ",")
    anchors = set()
    for match in _NUMBER.finditer(western):
        token = match.group()
        # "11,800" and "11.800" are thousands when three digits follow; "4.5" is a decimal.
        parts = re.split(r"[.,]", token)
        token = "".join(parts) if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) else token.replace(",", ".")
        if token not in _WEAK_NUMBERS:
            anchors.add("n:" + token)
    return anchors


_LATIN_TOKEN = patterns.compile(r"(?<![\w.])[A-Za-z](?:[\w.+-]*[A-Za-z0-9])?|(?<![\w.])\d+[A-Za-z][\w.+-]*")
_ASCII_LETTER = patterns.compile("[A-Za-z]")  # in every token: most Arabic sentences have none (issue 14)


def latin_token_anchors(text: str, lang: str) -> set[str]:
    """Latin-script tokens an Arabic text keeps as they are (ZMapp, PALM, 802.11a, H5N1,
    the letters c and g): the English has the same token. Every English word is
    keyed, since the Arabic decides which are anchors; an English word with no Latin
    partner costs nothing (its weight when missing is 0). A single letter keeps its
    case («المجموعة A» is Group A, not the article "a"), and the English words that
    are single letters anyway (a, I, a sentence's opening A) are not keyed."""
    # Only a token that begins with a digit can end with a full stop (802.11a.): stripped,
    # it keeps two characters, so a single letter is a match of one, and is an ASCII letter.
    tokens = _LATIN_TOKEN.findall(text) if _ASCII_LETTER.search(text) else []
    anchors = set(map(_token_anchor, tokens))  # each word's key once, looked up in C (issue 14)
    anchors.discard("")
    letters = _ASCII_LETTERS.intersection(tokens)
    if lang != "ar":
        labels = "A" in letters and any(not _english_word_letter("A", text[: m.start()]) for m in _LATIN_TOKEN.finditer(text) if m.group() == "A")
        letters -= {"a", "I"} if labels else {"a", "I", "A"}
    anchors.update("l:" + letter for letter in letters)
    return anchors


_ASCII_LETTERS = frozenset(string.ascii_letters)


@lru_cache(maxsize=65536)
def _token_anchor(token: str) -> str:
    """A token's anchor; "" for a single letter, which its caller keys by its case."""
    return "l:" + token.rstrip(".").casefold() if len(token) > 1 else ""


def _english_word_letter(letter: str, before: str) -> bool:
    """The article a, the pronoun I, or A opening a sentence: words, not labels."""
    return letter in ("a", "I") or (letter == "A" and (not before.strip() or before.rstrip()[-1] in "\"“«(‘':—–-"))


def value_anchors(text: str, lang: str) -> set[str]:
    """Each figure as the value it means, in digits: «٥ آلاف» and "5,000" are both "v:5000",
    «١٢٠٠ مليون» and "1.2 billion" both "v:1200000000", and the first end of «بين ٣ و٥
    آلاف» is "v:3000" (tqa.text.numbers). Its own prefix: the written figure has its "n:"
    anchor already, and one figure is one anchor where anchors are counted (tqa.align.unrelated)."""
    values = (q.value for q in quantities(text, lang) if not q.soft)
    return {"v:" + (f"{v:.0f}" if v == int(v) else f"{v:g}") for v in values}


def measure_anchors(text: str, lang: str) -> set[str]:
    """Amounts of time, money and shares in one unit per dimension (tqa.text.numbers.measures):
    «ما بين ٤٨ و٧٢ ساعة» shares "m:time:2880" with "two to three days", whose figures differ."""
    return {f"m:{m.dimension}:{m.value:.6g}" for m in measures(text, lang)}


def date_anchors(text: str, lang: str) -> set[str]:
    """Months and weekdays, both Arabic month series: تموز = يوليو = July; and the day of
    a date with a month name as its value, however it is spelt: «الأول من تشرين الثاني»
    and "November 1" share "v:1" as «١ تشرين الثاني» does. A translation that changes the
    month keeps the day and the year, and stays its source's partner (the changed month is
    D215's finding, not a sign of two unrelated sentences)."""
    names = date_names(text, lang)
    anchors = {f"d:{d.kind[0]}{d.number}" for d in names}
    if any(d.kind == "month" for d in names):  # no month named, no full date: the common case stays cheap
        anchors.update(f"v:{d.value[2]}" for d in full_dates(text, lang) if not d.ambiguous and not d.month_end)
    return anchors


def sentence_features(segments: Sequence[Segment], lang: str, glossary: Glossary | None) -> list[SentenceFeatures]:
    return features_of_sides([(segments, lang)], glossary)[0]


def features_of_sides(sides: Sequence[tuple[Sequence[Segment], str]], glossary: Glossary | None) -> list[list[SentenceFeatures]]:
    """Each (sentences, language)'s features: long ones found by the same worker processes
    (tqa.text.feature_pool), forked once for both sides of a document, before either's
    features fill this process (a worker's memory begins as a copy of it)."""
    # The aligner and O304 read the same article's features: found once (issue 14). Kept
    # with the glossary, weakly: a module-level cache would keep a 50,000-entry glossary
    # alive until the interpreter's shutdown, whose collections then cost seconds.
    keys = [(tuple(segments), lang) for segments, lang in sides]
    if glossary is None:  # tqa score: asked once (and a key's hash walks every sentence)
        return [list(features) for features in chunked_features(_sentence_features, keys, None)]
    kept = _FEATURES.setdefault(glossary, {})
    known = [kept.get(key) for key in keys]
    missing = [key for key, features in zip(keys, known, strict=True) if features is None]
    if len(kept) + len(missing) > 8:
        kept.clear()
    found = chunked_features(_sentence_features, missing, glossary)
    kept.update(zip(missing, found, strict=True))
    new = iter(found)
    return [list(features if features is not None else next(new)) for features in known]


_FEATURES: weakref.WeakKeyDictionary[Glossary, dict[tuple[tuple[Segment, ...], str], tuple[SentenceFeatures, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _sentence_features(segments: tuple[Segment, ...], lang: str, glossary: Glossary | None) -> tuple[SentenceFeatures, ...]:
    features = []
    # Features make no reference cycles, but the collector, run as they are allocated, walks
    # every earlier sentence's features and the readers' word caches again (issue 14).
    with gc_paused():
        for segment, quoting in zip(segments, quotings(segments), strict=True):
            text = " ".join(segment.text.split())
            anchors = number_anchors(text) | value_anchors(text, lang)
            words = text
            if glossary is not None and len(glossary):
                side: Lang = "ar" if lang == "ar" else "en"
                # A person by surname alone is the same anchor as by full name (Lavrov, «لافروف»), as N103 reads it.
                names = [*glossary.find(text, side), *glossary.find_surnames(text, side)]
                anchors.update("g:" + m.entry.id for m in names)
                words = _without_names(text, names)
            if text.rstrip("»”\"' ").endswith(("?", "؟")):
                anchors.add("p:question")
            if _QUOTE.search(text):
                anchors.add("p:quote")
            anchors.update(arabic_name_keys(text) if lang == "ar" else latin_name_keys(text))
            anchors.update(latin_token_anchors(text, lang))
            anchors.update(date_anchors(text, lang))
            anchors.update(measure_anchors(text, lang))
            anchors.update(arabic_concepts(words) if lang == "ar" else english_concepts(words))
            features.append(SentenceFeatures(len(text), segment.paragraph, frozenset(anchors), quoting))
    return tuple(features)


def _without_names(text: str, names: Sequence[GlossaryMatch]) -> str:
    """The text with each glossary name blanked out: the words of a listed name (the Red
    Sea of Red Sea Grain Terminal, the water of «المكتب الوطني للكهرباء والماء», the
    «ولد» "son" of Ould Ebnou) are the name, which is one anchor already, not what
    the sentence is about. Counted again as concepts, they pair a sentence that names
    the terminal with another sentence about it (issue #11)."""
    for match in names:
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end :]
    return text


# Anchors specific enough to tell one article from another: numbers, name keys,
# months and days, glossary entries, values and amounts in a unit. Latin tokens are left out (every English
# word is one) and so are quotation and question marks.
_SPECIFIC = ("n:", "t:", "d:", "g:", "m:", "v:")


def share_evidence(source: frozenset[str], target: frozenset[str]) -> bool:
    """Two sentences (or bead sides) hold something only a translation would share:
    a number, a name key, a month or day, a glossary entry, an amount, or two lexicon concepts."""
    common = {a for a in source & target if a.startswith((*_SPECIFIC, "w:"))}
    return any(not a.startswith("w:") for a in common) or len(common) >= 2
