"""Arabic language facts as data, and the normalisation every matcher shares.

See ../shared/ARABIC.md for the sources of these facts. Normalisation is for
matching only, never for display: `normalize_with_map` keeps a map from each
normalised character back to its offset in the original text so that findings
point at what the writer actually typed.
"""

from __future__ import annotations

import re

# Harakat U+064B-U+0652, superscript alef U+0670, tatweel U+0640: invisible to the
# reader of a name, so two spellings that differ only in them are the same word.
_IGNORED = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"}

# Alef/hamza seats on alef, alef maqsura, ta marbuta and Persian letters are written
# interchangeably in news copy (أحمد/احمد, سوريا/سوريه). Hamza on waw/ya (ؤ ئ) is kept:
# it distinguishes words and writers do not drop it.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ک": "ك",
    }
)

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_TABLE = str.maketrans(
    {**{d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)}, **{d: str(i) for i, d in enumerate(PERSIAN_DIGITS)}}
)
ARABIC_DECIMAL_SEPARATOR = "٫"
ARABIC_THOUSANDS_SEPARATOR = "٬"
ARABIC_PERCENT = "٪"
ARABIC_COMMA = "،"
ARABIC_SEMICOLON = "؛"
ARABIC_QUESTION_MARK = "؟"

# Letters of the Arabic script proper (not digits or punctuation), for script tests.
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]")
LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")

# Proclitics that attach to a name, longest first so that a regex alternation
# prefers وال over و. ل + ال is written لل (the alef of the article drops).
# Applied to *normalised* text, so only plain alef appears.
PROCLITICS = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
ARTICLE = "ال"
# For callers that strip a word to a bare stem (lexicon anchors, transliteration keys).
PROCLITICS_AND_ARTICLE = tuple(sorted((*PROCLITICS, ARTICLE), key=len, reverse=True))


def consonants(word: str) -> str:
    """A normalised word without its article and long vowels (ا و ي): سالم and سليم give
    سلم, غوتيريش and غوتيريس stay apart."""
    return "".join(ch for ch in normalize(word).removeprefix("ال") if ch not in "اوي")


def word_forms(word: str) -> frozenset[str]:
    """A word as it may be compared with another: normalised, and without each
    proclitic it begins with (والصالح: والصالح, الصالح, صالح)."""
    normalized = normalize(word)
    return frozenset([normalized, *proclitic_stems(normalized, min_stem=3)])


def proclitic_stems(word: str, min_stem: int = 2) -> list[str]:
    """`word` (normalised) without each proclitic or article it begins with, longest
    first: وبالمدينه gives مدينه (وبال), المدينه (وب) and بالمدينه (و). Any of them may
    be the word a lexicon or a name key knows; stems under `min_stem` letters are dropped."""
    return [word[len(p) :] for p in PROCLITICS_AND_ARTICLE if word.startswith(p) and len(word) - len(p) >= min_stem]

# An Arabic "word" for boundary purposes: letters plus the ignorable marks.
ARABIC_WORD_CHARS = "\u0621-\u063A\u0640-\u0652\u0670\u0671-\u06D3\u06FA-\u06FF"
ARABIC_WORD = re.compile(f"[{ARABIC_WORD_CHARS}]+")


def strip_marks(text: str) -> str:
    return "".join(ch for ch in text if ch not in _IGNORED)


def normalize(text: str) -> str:
    """Fold Arabic text for matching: no marks, one alef, ي for ى, ه for ة."""
    return strip_marks(text).translate(_FOLD)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise and return, for each normalised character, its original offset.

    The map has one extra element (len(text)) so that an end offset maps too.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch in _IGNORED:
            continue
        out.append(ch.translate(_FOLD))
        offsets.append(index)
    offsets.append(len(text))
    return "".join(out), offsets


def to_western_digits(text: str) -> str:
    return text.translate(DIGIT_TABLE)


def arabic_letter_count(text: str) -> int:
    return len(ARABIC_LETTER_RE.findall(text))


def latin_letter_count(text: str) -> int:
    return len(LATIN_LETTER_RE.findall(text))


def is_arabic_text(text: str) -> bool:
    """True when Arabic letters outnumber Latin ones (script ratio, exact)."""
    return arabic_letter_count(text) > latin_letter_count(text)


def proclitic_pattern(name_normalized: str) -> str:
    """Regex for a normalised Arabic name with an optional attached proclitic.

    A name that begins with the article (القامشلي) takes و ب ف ك directly, and ل
    replaces its alef (للقامشلي is rare but لل + name without ال is how it is
    written: للشرع). A bare name (بيسكوف, دمشق) may take any proclitic, including
    the article itself. Word boundaries are Arabic-letter aware: the name must not
    continue into a longer word.
    """
    words = [re.escape(w) for w in name_normalized.split()]
    body = r"\s+".join(words)
    if name_normalized.startswith(ARTICLE):
        rest = re.escape(name_normalized[len(ARTICLE):].split()[0])
        tail = r"\s+".join(words[1:])
        tail = r"\s+" + tail if tail else ""
        head = rf"(?:(?:و|ف)?(?:ب|ك)?{re.escape(ARTICLE)}{rest}|(?:و|ف)?لل{rest})"
        body = head + tail
        prefix = ""
    else:
        prefix = "(?:" + "|".join(PROCLITICS) + ")?"
    return rf"(?<![{ARABIC_WORD_CHARS}]){prefix}(?P<name>{body})(?![{ARABIC_WORD_CHARS}])"
