"""Which language a text is in: Unicode script first, then langdetect (seeded).

Script ratio is exact for telling Arabic from English. langdetect is consulted
only for Latin-script text long enough to be reliable, and is seeded because it
is otherwise non-deterministic (see LIBRARIES.md: 6% of labels flip between calls).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tqa.arabic import arabic_letter_count, latin_letter_count

# Web addresses, e-mail addresses and @handles: text that is a name, in no language
# and holding no figure. An address ends before a quotation mark or bracket («https://x»).
URL_PATTERN = r"(?:https?://|www\.)[^\s<>«»“”\"']+"
# An address starts where a run of its characters starts: tried from inside the run
# as well, the pattern rescanned the rest of the run from every letter of a long
# token, quadratically (40 KB without spaces took 12.5 s; issue 12).
EMAIL_PATTERN = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
HANDLE_PATTERN = r"(?<![\w@])@[A-Za-z0-9_]{2,15}\b"
LINK = re.compile(f"{URL_PATTERN}|{EMAIL_PATTERN}|{HANDLE_PATTERN}")


def blank_links(text: str) -> str:
    """The text with every link replaced by spaces, so that offsets still hold."""
    return LINK.sub(lambda m: " " * len(m.group()), text)


# Names of the languages a report may mention, by ISO 639-1 code.
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "tr": "Turkish", "ru": "Russian", "nl": "Dutch", "pt": "Portuguese"}

# Below this many letters langdetect guesses (names-only lines come out Somali).
MIN_LETTERS_FOR_LANGDETECT = 30
# Links, figures and capitalised words (names) tell langdetect nothing about the language.
_MASK = re.compile(f"{LINK.pattern}|" + r"\d[\d.,٫٬]*|\b[A-Z][a-zA-Z'-]+\b")


@lru_cache(maxsize=1)
def _detector_factory() -> object:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return DetectorFactory


def detect_latin_language(text: str, min_letters: int = MIN_LETTERS_FOR_LANGDETECT, min_probability: float = 0.0) -> str | None:
    """ISO 639-1 code of Latin-script text, or None when too short (or too unsure) to tell.

    Capitalised words, digits, URLs and handles are masked first: names carry no
    evidence of the language they are embedded in.
    """
    masked = _MASK.sub(" ", text)
    if latin_letter_count(masked) < min_letters:
        return None
    _detector_factory()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    try:
        best = detect_langs(masked)[0]
    except LangDetectException:
        return None
    return str(best.lang) if best.prob >= min_probability else None


def script_of(text: str) -> str:
    """'arabic', 'latin' or 'none', by which letters dominate."""
    arabic, latin = arabic_letter_count(text), latin_letter_count(text)
    if arabic == 0 and latin == 0:
        return "none"
    return "arabic" if arabic >= latin else "latin"


def detect_language(text: str) -> str | None:
    """'ar', 'en', another ISO code, or None when the text has no letters."""
    script = script_of(text)
    if script == "none":
        return None
    if script == "arabic":
        return "ar"
    return detect_latin_language(text) or "en"
