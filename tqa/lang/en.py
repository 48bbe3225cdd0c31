"""English language facts as data: the Arabic article as English writes it, the
three foldings name matching uses, months, weekdays, Hijri months and number words."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from tqa import patterns
from tqa.lang import word_list

# The Arabic article as English writes it before a name: al- and Egyptian el-, then
# its sun-letter assimilations (ad-Dawla, ash-Sham). "al-Sharaa" and "Sharaa" name
# the same person (Reuters drops the article). Listed once; callers take a prefix
# of it, and each keeps the set it had (issue 13):
# - ARTICLES[:4] (al el ad ash): the particles that say "a person's name";
# - ARTICLES[:9] (…as at az an): what the English name-word pattern joins to a name;
# - ARTICLES[:11] (…adh ath): what the glossary and the name core drop;
# - all of them (…ez es et er ed en ul, al'): what the transliteration key drops.
ARTICLES = ("al", "el", "ad", "ash", "ar", "as", "at", "az", "an", "adh", "ath", "al'", "ez", "es", "et", "er", "ed", "en", "ul")
NAME_PARTICLE_ARTICLES = ARTICLES[:4]
NAME_WORD_ARTICLES = ARTICLES[:9]
GLOSSARY_ARTICLES = ARTICLES[:11]
# The words that join a name to a father's or family name ("son of", "father of"), by
# the Arabic word they write: بن (Bin, Ben, Ibn), ولد (Ould, the Mauritanian "son of"),
# أبو (Abu, Abou, Bou). A desk writes one of each pair: Bin Omran, then Ben Omran, is
# one name spelled two ways.
NAME_PARTICLES = {"bin": "bin", "ben": "bin", "ibn": "bin", "ould": "ould", "abu": "abu", "abou": "abu", "bou": "abu"}

# Apostrophe shapes that writers use for ayn and hamza (Shara'a, Sharaʿa).
_APOSTROPHES = "’‘ʼ`´ʿʾ"
_TRANSLIT_MARKS = "'’‘ʿʾ`´"


_FOLD_SPACES = "-‐‑–—\n\t\r"
_ASCII_FOLD = str.maketrans({"`": "'", "-": " ", "\n": " ", "\t": " ", "\r": " "})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        ch = "'"
    elif ch in _FOLD_SPACES:
        ch = " "
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", ch):
        if not unicodedata.combining(part):
            out.extend("i" if lowered == "ı" else lowered for lowered in part.lower())
    return "".join(out)


def fold_english(text: str) -> tuple[str, list[int]]:
    """Lower-case, strip accents, straighten apostrophes, turn hyphens into spaces:
    the folding of glossary matching and name cores.

    Returns the folded text and, per folded character, its offset in `text` (one
    more, len(text), so that an end offset maps too). Folding is character by
    character; ASCII text, most of what an English article holds, folds in one call.
    """
    if text.isascii():
        return text.translate(_ASCII_FOLD).lower(), list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return "".join(out), offsets


def fold_english_text(text: str) -> str:
    """fold_english without the offsets (a glossary's forms, 50,000 of them)."""
    return text.translate(_ASCII_FOLD).lower() if text.isascii() else "".join(map(_fold_char, text))


TEXTS_SEPARATOR = "\x00"  # between texts processed as one (a file's NUL is refused before)


def fold_english_texts(texts: Sequence[str]) -> list[str]:
    """fold_english_text of each text; the ASCII ones (nearly all of a glossary's 150,000
    forms) folded together in one call (#14)."""
    joined = TEXTS_SEPARATOR.join(texts)
    if joined.count(TEXTS_SEPARATOR) != len(texts) - 1:  # a text holds the separator (or there is none)
        return [fold_english_text(text) for text in texts]
    folded = joined.translate(_ASCII_FOLD).lower().split(TEXTS_SEPARATOR)
    if joined.isascii():
        return folded
    return [rough if text.isascii() else fold_english_text(text) for text, rough in zip(texts, folded, strict=True)]


# Pure, and called tens of thousands of times per article by the name checks (#14).
@lru_cache(maxsize=131072)
def fold_ascii(text: str) -> str:
    """Lower-case ASCII letters, no accents, no ayn/hamza marks at all: the folding of
    the transliteration key (Shara'a and Sharaa fold alike; hyphens stay)."""
    text = text.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in plain.lower() if ch not in _TRANSLIT_MARKS)


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_TRANSLIT_MARK = patterns.compile(f"[{_TRANSLIT_MARKS}]")


def fold_keeping_marks(name: str) -> str:
    """fold_ascii with hyphens as spaces and each ayn/hamza mark kept as one ': an editor
    sees Ka'abi and Kaabi as two spellings, where the key sees one name."""
    return fold_ascii(_TRANSLIT_MARK.sub("\x00", name)).replace("-", " ").replace("\x00", "'")


# re.IGNORECASE lets four non-ASCII letters match ASCII ones (Python's re docs): a word such a
# pattern matched is looked up by the ASCII letters it matched, or "ſeven million" has no key.
_IGNORECASE_TWINS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def matched_key(word: str) -> str:
    """The lower-case key of a word an IGNORECASE pattern matched (ſeven = seven)."""
    return word.translate(_IGNORECASE_TWINS).lower() if not word.isascii() else word.lower()


_POSSESSIVE_END = patterns.compile(r"'s$")
_HYPHEN_OR_DASH = patterns.compile(r"[-‐‑–—]")


@lru_cache(maxsize=65536)  # pure; asked of every name word by N104's halves, again and again (#14)
def spelling_key(text: str) -> str:
    """Case, hyphens and apostrophe shapes folded; letters with diacritics kept."""
    text = text.lower()
    for ch in "’‘ʼ`´":
        text = text.replace(ch, "'")
    text = _POSSESSIVE_END.sub("", text)
    return " ".join(_HYPHEN_OR_DASH.sub(" ", text).split())


# Verbs that attribute a quotation in news copy ('"...," Alaoui said'; '"...?" she asked'):
# where an unclosed quotation should have closed, and where a quoted question goes on.
SPEECH_VERBS = r"(?:said|says|added|adds|told|noted|stressed|warned|explained|insisted|argued|wrote|continued|asked)"
# The words a direct question opens with: a question word, or an auxiliary before its
# subject ("Will the water last?"), after "and"/"but" at most ("And who pays?").
QUESTION_OPENING = (
    r"(?:(?:and|but|so|or|then)\s+)?(?:who|whom|whose|what|why|how|when|where|which|is|are|was|were|do|does|did"
    r"|can|could|will|would|should|shall|has|have|must|(?:is|are|was|were|do|does|did|ca|could|wo|would|should|has|have)n['’]t)\b"
)
# A speaker named before the verb: up to four capitalised words, al- and bin between them;
# the last one may keep a lowercase article ("al-Hasan said", as many desks write a surname).
SPEAKER_NAME = r"(?:(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|de|van|von)\s+){0,3}(?:(?:al|el)-)?[A-Z][\w'’-]*"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Abbreviations a month regex accepts after the full names (Sept before Sep).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
# Abbreviations that are also words (a mar, a jar of jam...): they need a dot or a day number.
AMBIGUOUS_MONTH_ABBREVIATIONS = ("Mar", "Jun", "Jan", "Dec", "Sep")
# The words that name a month's last day, a date like its number: "by the end of June" is
# "by June 30"; not "late June".
MONTH_END_WORDS = r"(?:(?:the\s+)?(?:very\s+)?end\s+of\s+|end-|(?:the\s+)?last\s+day\s+of\s+)"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The day named by its distance from the paper's date (not "today", which is also "nowadays").
RELATIVE_DAYS = ("yesterday", "tomorrow")
# The Hijri months as a regex alternation, in the romanisations news copy uses.
HIJRI_MONTHS_PATTERN = (
    r"Muharram|Safar|Rabi(?:['’ʿ]?\s?|\s)(?:al-)?(?:Awwal|Thani|Akhir)|Jumada(?:\s(?:al-)?(?:Ula|Awwal|Akhira|Thani(?:ya)?))?|"
    r"Rajab|Sha['’ʿ]?a?ban|Ramadan|Shawwal|Dhu(?:\sal-|l-)(?:Qa['’ʿ]?dah?|Hijjah?)"
)

# Small words an acronym may skip or take a letter from (MASEN: Moroccan Agency for
# Sustainable Energy; EDL: Electricité du Liban): English, French and the Arabic article.
ACRONYM_FUNCTION_WORDS = frozenset(
    ["of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "les", "al", "el"]
)

# What marks a figure as a time of day: a.m. or p.m., or a time zone after it (10.30am, 22.30 GMT).
TIME_OF_DAY = {"after": r"\s*(?:[ap]\.?m\b\.?|(?-i:GMT|UTC|BST|CET|CEST|EET|EEST)\b|local\s+time\b)"}
SCALE_WORDS = {"thousand": 1, "million": 2, "billion": 3, "trillion": 4}
SCALE_ABBREVIATIONS = {"k": 1, "m": 2, "mn": 2, "bn": 3, "b": 3, "tn": 4, "tr": 4}
# Trade units whose abbreviation holds the scale: 25 mtpa is 25 million tonnes a year,
# 10 bcm ten billion cubic metres, 100 MIGD a hundred million imperial gallons a day, 2 mb/d two million
# barrels a day (Arabic writes the scale word: ٢٥ مليون طن سنوياً). Not bpd, which has no scale.
SCALED_UNITS = {"mtpa": 2, "mmtpa": 2, "mtpy": 2, "mt/y": 2, "bcm": 3, "bcm/y": 3, "bcf": 3, "tcf": 4, "tcm": 4}
SCALED_UNITS |= {"migd": 2, "mgd": 2, "mcm": 2, "mb/d": 2, "mbpd": 2, "mmbpd": 2, "mmb/d": 2}
# Metric prefixes of power and energy units, as powers of 1000: 2 gigawatts is written
# ألفا ميغاواط (2,000 megawatts) as often as ٢ غيغاواط. (dimension, power)
METRIC_UNIT = patterns.compile(
    r"\s*-?\s*(?:(?i:(?P<prefix>kilo|mega|giga|tera)[\s-]?watts?(?P<hours>[\s-]hours?)?)\b"
    r"|(?P<abbreviation>[kMGT])W(?P<h>h)?\b)"
)
METRIC_PREFIXES = {"kilo": 1, "mega": 2, "giga": 3, "tera": 4, "k": 1, "M": 2, "G": 3, "T": 4}
UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
}
FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25}
# Road words beside a road's code (Route A1, the N49 national road, the M4 motorway),
# and the words that may stand between the code and the road word after it.
ROAD_WORDS_BEFORE = ("route", "highway", "road", "motorway")
ROAD_WORDS_AFTER = ("road", "highway", "motorway", "expressway", "freeway", "route")
ROAD_QUALIFIERS = ("national", "coastal", "ring", "regional", "main", "trunk", "international", "desert")
# A multiple in one word, which Arabic writes with a number word (تضاعف ثلاث مرات, ثلاثة
# أضعاف): read soft, so that it answers the Arabic number and is never reported alone.
MULTIPLES = {"tripled": 3, "triple": 3, "threefold": 3, "quadrupled": 4, "fourfold": 4, "fivefold": 5, "tenfold": 10}
# A number word counts the noun after it ("four ministers"), but not before these
# ("three or four", "two to three", "three o'clock", "a mother of four who"), nor after
# a determiner, a possessive or "or" ("the three leaders", "the first nine months",
# "Darfur's five states", "two or three"), which Arabic writes with the article
# (الأشهر التسعة الأولى): tqa.text.numbers.counting.
# A verb or a preposition right after the word: it is an age or a clock time ("children under
# five were", "after six in the evening", "voters under thirty all morning"), not a count.
NOT_COUNTED_NEXT = frozenset({"or", "to", "and", "o", "who", "which", "that", "whom", "whose"}) | frozenset(
    {"in", "at", "on", "is", "are", "was", "were", "all"}
)
COUNT_DETERMINERS = frozenset(
    {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "both", "or"}
    | {"first", "last", "next", "past", "previous", "coming", "other", "remaining"}
)


@cache
def well_known_names() -> frozenset[str]:
    """Names with one English spelling that every newsroom shares (data/well_known_names.txt):
    suggesting a glossary entry for them is noise."""
    return frozenset(word_list("well_known_names"))
