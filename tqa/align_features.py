"""What the aligner knows about each sentence: its length and the anchors it shares
with its translation (numbers, glossary names, question marks, quotations).

Anchors are plain strings so that the aligner can match them through an inverted
index instead of comparing every pair of sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqa.arabic import ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, to_western_digits
from tqa.lexicon import arabic_concepts, english_concepts
from tqa.model import Segment

if TYPE_CHECKING:
    from tqa.glossary import Glossary

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = re.compile(r"[«»“”\"]")
# A year or a figure of several digits is a strong anchor; a lone small number
# (1-9) recurs everywhere and says little about which sentence is which.
_WEAK_NUMBERS = frozenset(str(n) for n in range(10))


# Consonant classes shared by Arabic letters and their usual Latin renderings, so
# that a name written in both scripts gets one key: هاميل ~ Hamill -> "HML",
# فلاديمير ~ Vladimir -> "FLTMR", المكسيك ~ Mexico -> "MKSK". Long vowels
# (ا و ي ى) and ayn/hamza have no stable Latin letter and are dropped, as are
# Latin vowels, w and y. Coarse on purpose: t/d, s/z/sh and k/q/g/j merge
# because transliterations of one name vary exactly there.
_ARABIC_CLASS = str.maketrans(
    {
        "ب": "B", "پ": "B", "ف": "F", "ڤ": "F",
        "ت": "T", "ط": "T", "د": "T", "ض": "T", "ث": "T", "ذ": "T", "ظ": "T",
        "س": "S", "ص": "S", "ز": "S", "ش": "S",
        "ك": "K", "ق": "K", "غ": "K", "ج": "K", "گ": "K",
        "ه": "H", "ح": "H", "خ": "H",
        "ل": "L", "ر": "R", "م": "M", "ن": "N",
        "ا": "", "أ": "", "إ": "", "آ": "", "و": "", "ي": "", "ى": "", "ة": "", "ء": "", "ع": "", "ؤ": "", "ئ": "",
    }
)
_LATIN_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("th", "t"), ("dh", "t"), ("sh", "s"), ("ch", "s"), ("kh", "h"), ("gh", "k"), ("ck", "k"), ("x", "ks"))
_LATIN_CLASS = str.maketrans(
    {"b": "B", "p": "B", "f": "F", "v": "F", "t": "T", "d": "T", "s": "S", "z": "S", "c": "K", "k": "K", "q": "K",
     "g": "K", "j": "K", "h": "H", "l": "L", "r": "R", "m": "M", "n": "N"}
)
_LATIN_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z]{2,}")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{3,}")
_PROCLITICS = ("وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف")
KEY_LENGTH = 4
MIN_KEY_LENGTH = 3


def _collapse(key: str) -> str:
    return "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])


def latin_name_keys(text: str) -> set[str]:
    """Keys of capitalised words (names, places, organisations) in English text."""
    keys = set()
    for match in _LATIN_NAME.finditer(text):
        word = match.group().lower()
        for digraph, single in _LATIN_DIGRAPHS:
            word = word.replace(digraph, single)
        key = _collapse("".join(ch for ch in word.translate(_LATIN_CLASS) if ch.isupper()))
        if len(key) >= MIN_KEY_LENGTH:
            keys.add("t:" + key[:KEY_LENGTH])
    return keys


def arabic_name_keys(text: str) -> set[str]:
    """Keys of every Arabic word, with and without its proclitic: any may be a name."""
    from tqa.arabic import strip_marks

    keys = set()
    for match in _ARABIC_WORD.finditer(strip_marks(text)):
        word = match.group()
        stems = [word] + [word[len(p):] for p in _PROCLITICS if word.startswith(p) and len(word) - len(p) >= 3]
        for stem in stems:
            key = _collapse("".join(ch for ch in stem.translate(_ARABIC_CLASS) if ch.isupper()))
            if len(key) >= MIN_KEY_LENGTH:
                keys.add("t:" + key[:KEY_LENGTH])
    return keys


@dataclass(frozen=True)
class SentenceFeatures:
    length: int
    paragraph: int
    anchors: frozenset[str]


def number_anchors(text: str) -> set[str]:
    """Numbers in any digit script, without thousands separators: ١١٬٨٠٠ = 11,800 = 11800."""
    western = to_western_digits(text).replace(ARABIC_DECIMAL_SEPARATOR, ".").replace(ARABIC_THOUSANDS_SEPARATOR, ",")
    anchors = set()
    for match in _NUMBER.finditer(western):
        token = match.group()
        # "11,800" and "11.800" are thousands when three digits follow; "4.5" is a decimal.
        parts = re.split(r"[.,]", token)
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
            token = "".join(parts)
        else:
            token = token.replace(",", ".")
        if token not in _WEAK_NUMBERS:
            anchors.add("n:" + token)
    return anchors


def sentence_features(segments: Sequence[Segment], lang: str, glossary: Glossary | None) -> list[SentenceFeatures]:
    features = []
    for segment in segments:
        text = " ".join(segment.text.split())
        anchors = number_anchors(text)
        if glossary is not None and len(glossary):
            anchors.update("g:" + m.entry.id for m in glossary.find(text, "ar" if lang == "ar" else "en"))
        if text.rstrip("»”\"' ").endswith(("?", "؟")):
            anchors.add("p:question")
        if _QUOTE.search(text):
            anchors.add("p:quote")
        anchors.update(arabic_name_keys(text) if lang == "ar" else latin_name_keys(text))
        anchors.update(arabic_concepts(text) if lang == "ar" else english_concepts(text))
        features.append(SentenceFeatures(len(text), segment.paragraph, frozenset(anchors)))
    return features
