"""Which language a text is in: Unicode script first, then langdetect (seeded).

Script ratio is exact for telling Arabic from English. langdetect is consulted
only for Latin-script text long enough to be reliable, and is seeded because it
is otherwise non-deterministic (see LIBRARIES.md: 6% of labels flip between calls).
"""

from __future__ import annotations

from functools import lru_cache

from tqa import patterns
from tqa.errors import InputError
from tqa.lang import word_list
from tqa.lang.ar import arabic_letter_count, latin_letter_count
from tqa.model import Document, Lang
from tqa.readers.langdetect_profiles import install_lazy_factory
from tqa.text.links import LINK

# Names of the languages a report may mention, by ISO 639-1 code.
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "tr": "Turkish",
    "ru": "Russian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "fa": "Persian",
    "ur": "Urdu",
}

# Below this many letters langdetect guesses (names-only lines come out Somali).
MIN_LETTERS_FOR_LANGDETECT = 30
# Links, figures and capitalised words (names) tell langdetect nothing about the language.
_MASK = patterns.compile(f"{LINK.pattern}|" + r"\d[\d.,٫٬]*|\b[A-Z][a-zA-Z'-]+\b")


@lru_cache(maxsize=1)
def _detector_factory() -> None:
    # Loaded only when a sentence needs it, and its profiles row by row (0.5 s less; #14).

    install_lazy_factory()


# Words of English prose that are not words of the other Latin-script languages
# langdetect knows (no "a", "in", "die", "was", "will", "also", "over"). Text with
# enough of them is English: on the samples, the test articles and the shared sets'
# 4,447 English sentences and 379 documents, langdetect never gives such text
# another language (bench/langid_prefilter.py), so it is not asked (#14).
# Listed in tqa/lang/data/en_prose_words.txt.
_ENGLISH_WORDS = frozenset(word_list("en_prose_words"))
_LOWER_WORD = patterns.compile(r"[a-z]+(?:'[a-z]+)?")
MIN_ENGLISH_WORDS, MIN_ENGLISH_SHARE = 2, 0.2
# An English prose word opening a sentence ("The deal cuts tariffs") is no name: kept, in
# lower case, where other capitalised words are masked. A two-sentence brief ("Syria and
# Turkey sign trade deal. The deal cuts tariffs.") has too few words left otherwise, and
# langdetect called it Catalan.
_CAPITALISED_PROSE_WORD = patterns.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in _ENGLISH_WORDS if w.isalpha())) + r")\b"
)


def plainly_english(masked: str) -> bool:
    """Whether masked Latin text (no names, links or figures) is English by its function words."""
    words = _LOWER_WORD.findall(masked)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return english >= MIN_ENGLISH_WORDS and english >= MIN_ENGLISH_SHARE * len(words)


def detect_latin_language(text: str, min_letters: int = MIN_LETTERS_FOR_LANGDETECT, min_probability: float = 0.0) -> str | None:
    """ISO 639-1 code of Latin-script text, or None when too short (or too unsure) to tell.

    Capitalised words, digits, URLs and handles are masked first: names carry no
    evidence of the language they are embedded in.
    """
    masked = _MASK.sub(" ", _CAPITALISED_PROSE_WORD.sub(lambda m: m.group().lower(), text))
    if latin_letter_count(masked) < min_letters:
        return None
    if plainly_english(masked):
        return "en"
    _detector_factory()
    from langdetect import detect_langs  # heavy: only when the script and the English words do not decide
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


# Persian and Urdu are written in the Arabic script. Their own letters (پ چ ژ گ, Urdu's
# ٹ ڈ ڑ ں ے ہ), the zero-width non-joiner inside a word (می‌کند) and a few function words
# that are no Arabic words (را, است, برای) mark a word as theirs. An Arabic article has
# such words only now and then: a foreign name with گ or پ (غوگل, پيتر). Not counted:
# ی and ک, which some Arabic keyboards type for ي and ك, and the digits ۰-۹, which some
# Arabic sources use (docs/checks.md, 'How numbers are read'). A Persian news text has a
# third of its words marked, the Arabic articles of the tests and samples none.
_PERSIAN_MARKS = frozenset("پچژگٹڈڑںےہ\u200c")
_URDU_LETTERS = frozenset("ٹڈڑںے")
_PERSIAN_WORDS = frozenset(["را", "است", "که", "كه", "برای", "براي", "یک", "يك", "می", "های", "هاي", "شد", "شده", "خواهد", "بود"])
# A word of Arabic-script letters (digits alone are no word): its joiners included.
_ARABIC_SCRIPT_WORD = patterns.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0610-\u061A\u064B-\u065F\u0670\u200c]+")
MIN_PERSIAN_WORDS, MIN_PERSIAN_SHARE = 3, 0.15


def arabic_script_language(text: str) -> str:
    """'ar', or 'fa'/'ur' for text of the Arabic script whose words are Persian or Urdu."""
    words = _ARABIC_SCRIPT_WORD.findall(text)
    marked = [w for w in words if w in _PERSIAN_WORDS or not _PERSIAN_MARKS.isdisjoint(w)]
    if len(marked) < MIN_PERSIAN_WORDS or len(marked) < MIN_PERSIAN_SHARE * len(words):
        return "ar"
    return "ur" if any(not _URDU_LETTERS.isdisjoint(w) for w in marked) else "fa"


def detect_language(text: str) -> str | None:
    """'ar', 'en', another ISO code, or None when the text has no letters."""
    script = script_of(text)
    if script == "none":
        return None
    if script == "arabic":
        return arabic_script_language(text)
    return detect_latin_language(text) or "en"


def document_language(document: Document, fix: str, role: str = "") -> Lang:
    """A read document's language, Arabic or English, from its first 5,000 characters;
    otherwise one InputError line (`role` names the file: "reference ")."""
    lang = detect_language(" ".join(block.text for block in document.blocks)[:5000])
    if lang not in ("ar", "en"):
        found = f"language {lang!r}" if lang else "no letters"
        raise InputError(f"{role}is neither Arabic nor English ({found})", where=document.path, fix=fix)
    return "ar" if lang == "ar" else "en"
