"""Arabic language facts as data, and the normalisation every matcher shares.

Letters and their ranges, digits, folding, the one proclitic/article stripper,
both month series (and the Maghreb and Hijri months), weekdays and number words.

See ../shared/ARABIC.md for the sources of these facts. Normalisation is for
matching only, never for display: `normalize_with_map` keeps a map from each
normalised character back to its offset in the original text so that findings
point at what the writer actually typed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Literal

from tqa import patterns
from tqa.lang import word_list

# Harakat U+064B-U+0652, superscript alef U+0670, tatweel U+0640: invisible to the
# reader of a name, so two spellings that differ only in them are the same word (rare in news copy).
_MARKS = patterns.compile("[\u064B-\u0652\u0670\u0640]")  # and as a set, MARK_LETTERS (held equal by a test)
MARK_LETTERS = frozenset(map(chr, [*range(0x064B, 0x0653), 0x0670, 0x0640]))

# Alef/hamza seats on alef, alef maqsura, ta marbuta and Persian letters are written
# interchangeably in news copy (أحمد/احمد, سوريا/سوريه). Hamza on waw/ya (ؤ ئ) is kept:
# it distinguishes words and writers do not drop it. No letter folds to one that folds again:
# one str.replace after another (a C scan each, issue 14) gives what one table would.
_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ی", "ي"), ("ک", "ك"))

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_TABLE = str.maketrans({**{d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)}, **{d: str(i) for i, d in enumerate(PERSIAN_DIGITS)}})
_EASTERN_DIGIT = patterns.compile(f"[{ARABIC_INDIC_DIGITS}{PERSIAN_DIGITS}]")
ARABIC_DECIMAL_SEPARATOR = "٫"
ARABIC_THOUSANDS_SEPARATOR = "٬"
ARABIC_PERCENT = "٪"
ARABIC_COMMA = "،"
ARABIC_SEMICOLON = "؛"
ARABIC_QUESTION_MARK = "؟"

# Letter ranges, for regex character classes. Callers differ in how much of the
# block they count as letters, and each keeps its range so findings stay as they
# were (issue 13 lists the copies these replace):
# - BASE_LETTERS, ء..ي (U+0621-U+064A, tatweel included): sentence splitting, name
# Verbs that attribute a quotation after it, without و: «"...؟" قال أبو حمدان.», «...؟» تابعت.
AR_SPEECH_VERBS = r"(?:قال|قالت|تساءل|تساءلت|سأل|سألت|أضاف|أضافت|تابع|تابعت|ردّ?|ردّ?ت)"
#   context, the lexicon and aligner words;
# - LETTERS, BASE_LETTERS plus the extended letters up to ۓ U+06D3: word
#   boundaries of numbers and dates, the Arabic letter count of U400 checks;
# - LETTERS_WITH_PERSIAN, LETTERS plus the Persian and Urdu letters U+06FA-U+06FF:
#   glossary tokens.
BASE_LETTERS = "\u0621-\u064A"
LETTERS = BASE_LETTERS + "\u0671-\u06D3"
# What a direct question opens with (normalised), after و or ف: هل، لماذا، كيف، متى، أين، من (who), ما (what), إلى متى.
QUESTION_OPENING = r"(?:[وف])?(?:هل|اهل|لماذا|كيف|متي|اين|ماذا|من|ما|كم|اي|الي\s+متي|حتي\s+متي|اليس|اليست)" f"(?![{LETTERS}])"
LETTERS_WITH_PERSIAN = LETTERS + "\u06FA-\u06FF"
# Every code point of the Arabic blocks (letters, marks, digits, punctuation and the
# presentation forms): a run of Arabic script in an English segment.
SCRIPT_BLOCKS = "\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF"

# Letters of the Arabic script proper (not digits or punctuation), and Latin letters, for script
# tests: counted by deleting the runs of other characters, a few matches and not one per letter (#14).
_NOT_ARABIC_LETTERS = patterns.compile(r"[^\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]+")
_NOT_LATIN_LETTERS = patterns.compile(r"[^A-Za-z\u00C0-\u024F]+")

# Proclitics that attach to a name, longest first so that a regex alternation
# prefers وال over و. ل + ال is written لل (the alef of the article drops).
# Applied to *normalised* text, so only plain alef appears.
PROCLITICS = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
ARTICLE = "ال"
# ل + ال is written لل: the article's alef drops (للشرع "to al-Sharaa").
ARTICLE_AFTER_L = "لل"
# و "and" and ف "so": the proclitics that come before every other one (وبالمدينه).
CONJUNCTIONS = "وف"
# لل, ولل, فلل: a word beginning so holds the article, its alef dropped (للخوري).
ABSORBED_ARTICLE = tuple(c + ARTICLE_AFTER_L for c in ("", *CONJUNCTIONS))
_CONJUNCTION = "(?:" + "|".join(CONJUNCTIONS) + ")?"
# For callers that strip a word to a bare stem (lexicon anchors, transliteration keys).
PROCLITICS_AND_ARTICLE = tuple(sorted((*PROCLITICS, ARTICLE), key=len, reverse=True))

# Prepositions, particles, pronouns and demonstratives (normalised: ى is ي): the words every
# sentence has, never a name's Arabic spelling, however a name's letters may fit them
# (Omani and من, Ali and على once ى is folded).
FUNCTION_WORDS = frozenset(word_list("ar_function_words"))


def consonants(word: str) -> str:
    """A normalised word without its article and long vowels (ا و ي): سالم and سليم give
    سلم, غوتيريش and غوتيريس stay apart."""
    return "".join(ch for ch in normalize(word).removeprefix(ARTICLE) if ch not in "اوي")


@lru_cache(maxsize=16384)  # the name checks and glossary suggestions ask of the same words (issue 14)
def word_forms(word: str) -> frozenset[str]:
    """A word as it may be compared with another: normalised, and without each
    proclitic it begins with (والصالح: والصالح, الصالح, صالح)."""
    normalized = normalize(word)
    return frozenset([normalized, *proclitic_stems(normalized, min_stem=3)])


def proclitic_stems(word: str, min_stem: int = 2) -> list[str]:
    """`word` (normalised) without each proclitic or article it begins with, longest
    first: وبالمدينه gives مدينه (وبال), المدينه (وب) and بالمدينه (و). Any of them may
    be the word a lexicon or a name key knows; stems under `min_stem` letters are dropped."""
    return list(_proclitic_stems(word, min_stem))


@lru_cache(maxsize=16384)
def _proclitic_stems(word: str, min_stem: int) -> tuple[str, ...]:
    # Asked of the same words by the lexicon, directions and names (issue 14).
    return tuple(stem for stem, _ in strip_proclitics(word, min_stem=min_stem, prefixes=PROCLITICS_AND_ARTICLE))


ArticleRule = Literal["drop", "also", "keep"]


def strip_proclitics(
    word: str, *, min_stem: int = 2, article: ArticleRule = "drop", prefixes: tuple[str, ...] = PROCLITICS
) -> list[tuple[str, int]]:
    """(stem, length of the proclitic) for each of `prefixes` that `word` (normalised)
    begins with, longest first. The one clitic stripper of tqa; its callers differ
    in what they do with the article, and each keeps its behaviour (issue 13):

    - article="drop": the stem as left (بالشرع -> شرع); `min_stem` counts its letters;
    - article="also": as "drop", and after لل also the stem with its article restored
      (للشرع gives شرع and الشرع), because ل + ال is written لل, the article's alef
      dropped: the glossary matcher;
    - article="keep": a proclitic that carries the article (وال, بال, لل) gives the
      stem with the article (والبشير -> البشير), since ال is part of many names; here
      `min_stem` counts the letters of the stem returned, article included: the
      glossary entries `tqa glossary suggest` writes.
    """
    found: list[tuple[str, int]] = []
    for prefix in filter(word.startswith, prefixes):  # in C: most words begin with none (issue 14)
        stem = word[len(prefix) :]
        if article == "keep" and prefix.endswith((ARTICLE, ARTICLE_AFTER_L)):
            stem = ARTICLE + stem
        if len(stem) < min_stem:
            continue
        found.append((stem, len(prefix)))
        if article == "also" and prefix.endswith(ARTICLE_AFTER_L):
            found.append((ARTICLE + stem, len(prefix)))
    return found

# An Arabic "word" for boundary purposes: letters plus the ignorable marks.
ARABIC_WORD_CHARS = "\u0621-\u063A\u0640-\u0652\u0670\u0671-\u06D3\u06FA-\u06FF"
ARABIC_WORD = patterns.compile(f"[{ARABIC_WORD_CHARS}]+")


def strip_marks(text: str) -> str:
    return _MARKS.sub("", text)


def normalize(text: str) -> str:
    """Fold Arabic text for matching: no marks, one alef, ي for ى, ه for ة."""
    text = _MARKS.sub("", text)
    for letter, folded in _FOLD:
        text = text.replace(letter, folded)
    return text


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise and return, for each normalised character, its original offset.

    The map has one extra element (len(text)) so that an end offset maps too.
    """
    normalized, offsets = _normalized_with_map(text)
    return normalized, list(offsets)


@lru_cache(maxsize=4096)
def _normalized_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    # Dates, numbers, directions and the glossary fold the same sentences: once (issue 14).
    # Folding keeps each letter in its place; only the marks, seldom there, move the rest.
    cuts = [0, *chain.from_iterable(map(re.Match.span, _MARKS.finditer(text))), len(text)]  # each run between marks in C (#14)
    return normalize(text), (*chain.from_iterable(map(range, cuts[::2], cuts[1::2])), len(text))


def to_western_digits(text: str) -> str:
    return text.translate(DIGIT_TABLE) if _EASTERN_DIGIT.search(text) else text


def arabic_letter_count(text: str) -> int:
    return len(_NOT_ARABIC_LETTERS.sub("", text))


def latin_letter_count(text: str) -> int:
    return len(_NOT_LATIN_LETTERS.sub("", text))


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
        head = rf"(?:{_CONJUNCTION}(?:ب|ك)?{re.escape(ARTICLE)}{rest}|{_CONJUNCTION}{ARTICLE_AFTER_L}{rest})"
        body = head + tail
        prefix = ""
    else:
        prefix = "(?:" + "|".join(PROCLITICS) + ")?"
    return rf"(?<![{ARABIC_WORD_CHARS}]){prefix}(?P<name>{body})(?![{ARABIC_WORD_CHARS}])"


# The one-letter proclitics a figure or a month name takes (و ف ب ل: وبـ٢٠٠, لشهر);
# ك "like" does not come before them in news copy.
FIGURE_PROCLITICS = "وفبل"

# --- Months and weekdays -------------------------------------------------------
# Normalised forms (plain alef, ه for ة, ي for ى) -> month number. Arabic writes
# months in two series used side by side (Levantine and Iraqi كانون الثاني … كانون
# الأول; Egyptian and Gulf يناير … ديسمبر), plus the Maghreb forms.
MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    # Moroccan: يناير … ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر.
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# Road words (normalised) before a road's number or code: «الطريق الوطني رقم 49», «الطريق السريع M4».
ROAD_WORDS = ("طريق", "اوتوستراد", "اتوستراد")
# The words that may stand between a date's month and its year (normalised): «١ تموز من عام ٢٠٢٧», «سنة ٢٠٢٧».
YEAR_WORDS = ("عام", "سنه")
# What marks a figure as a time of day (normalised): «الساعة» before it, a part of the day or a time zone after it.
TIME_OF_DAY = {"before": r"الساعه\s*$", "after": r"\s*(?:(?:ال)?(?:صباح|مساء|ظهر|فجر|عصر|ليل)ا?|بال?توقيت)(?![ء-ي])"}
WEEKDAYS = {"الاثنين": 1, "الثلاثاء": 2, "الاربعاء": 3, "الخميس": 4, "الجمعه": 5, "السبت": 6, "الاحد": 7}
# A day by its distance from the paper's date («أمس» for "on Monday"); not اليوم ("nowadays" too), غدا ("became").
RELATIVE_DAYS = frozenset({"امس", "البارحه"})
# Month and weekday names that are also ordinary words once normalised: مارس "practised",
# اب "father", الاثنين "the two"; they count only in a date context.
AMBIGUOUS_DATE_NAMES = frozenset({"مارس", "اب", "ماي", "جوان", "الاثنين", "تموز", "نيسان"})
# Maghreb months that are also given names (ماي: May, as in Theresa May; جوان: Juan, Jwan).
GIVEN_NAME_MONTHS = frozenset({"ماي", "جوان"})
# What makes such a name a month without a day or a year (normalised): a part of the month
# before it («منذ نهاية جوان», «مطلع ماي», «شهر جوان») or "last"/"next" after it («جوان
# الماضي»). A person is neither the end of anything nor "last" in news copy.
MONTH_PART_WORDS = frozenset({"شهر", "مطلع", "اواخر", "اوائل", "اواسط", "منتصف", "نهايه", "بدايه", "غايه"})
MONTH_END_WORDS = ("نهايه", "اخر يوم من", "اخر يوم في")  # a month's last day: «بحلول نهاية حزيران» is "by June 30"; not اواخر, "late June"
MONTH_RELATIVE_WORDS = frozenset({"الماضي", "المقبل", "الفائت", "القادم", "الفارط"})  # الفارط: "last" in Tunisia and Algeria
# The Hijri months as a regex alternation, in the spellings news copy uses (unnormalised).
HIJRI_MONTHS_PATTERN = (
    "محرم|صفر|ربيع (?:ال)?[أا]ول|ربيع (?:ال)?[آا]خر|ربيع (?:ال)?ثاني|جمادى (?:ال)?[أا]ولى|جمادى (?:ال)?[آا]خر[ةه]|"
    "جمادى (?:ال)?ثاني[ةه]|رجب|شعبان|رمضان|شوال|ذو القعد[ةه]|ذي القعد[ةه]|ذو الحج[ةه]|ذي الحج[ةه]"
)

# --- Number words ----------------------------------------------------------------
# Normalised forms, with optional accusative alef (مليوناً) and the dual and plural
# forms -> power of 1000; a dual is (2, power); None: a plural that is a scale only
# after a number (٣ آلاف), "thousands of" alone (آلاف السوريين).
SCALES: dict[str, int | tuple[int, int] | None] = {
    # Duals drop their ن before a noun (مليوني طن = two million tonnes).
    "الف": 1, "الاف": None, "الفا": 1, "الفين": (2, 1), "الفان": (2, 1), "الفي": (2, 1),
    "مليون": 2, "مليونا": 2, "ملايين": None, "مليونين": (2, 2), "مليونان": (2, 2), "مليوني": (2, 2),
    "مليار": 3, "مليارا": 3, "مليارات": 3, "مليارين": (2, 3), "ملياران": (2, 3), "ملياري": (2, 3),
    "بليون": 3, "بليونا": 3, "بلايين": 3,
    "تريليون": 4, "تريليونا": 4, "تريليونات": 4,
}
# Metric prefixes of power and energy units (ميغاواط، غيغاواط ساعي), as powers of
# 1000 like tqa.lang.en.METRIC_PREFIXES: ألفا ميغاواط is 2 gigawatts.
METRIC_UNIT = patterns.compile(r"\s*(?P<prefix>كيلو|ميغا|ميجا|ميقا|غيغا|جيغا|جيجا|قيقا|تيرا)\s?وا[طت](?P<hours>\s+(?:في\s+)?ساع[ةهي])?")
METRIC_PREFIXES = {"كيلو": 1, "ميغا": 2, "ميجا": 2, "ميقا": 2, "غيغا": 3, "جيغا": 3, "جيجا": 3, "قيقا": 3, "تيرا": 4}
PLURAL_SCALES = {"الاف": 1, "ملايين": 2, "مليارات": 3, "بلايين": 3, "تريليونات": 4}
# Scale words written with the article (الألف, المليون): "the thousand".
DEFINITE_SCALES = {"الف": 1, "مليون": 2, "مليار": 3}
UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3,
    "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8,
    "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "عشرون": 20, "عشرين": 20,
    "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60,
    "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "الاول": 1, "الاولي": 1, "اول": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3, "الرابع": 4,
    "الرابعه": 4, "الخامس": 5, "الخامسه": 5, "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7,
    "الثامن": 8, "الثامنه": 8, "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10,
}
FRACTIONS = {"نصف": 0.5, "ربع": 0.25}
# The teens are two words, a unit and عشر(ة): الاثني عشر شهراً (12), ثلاثة عشر (13), الحادي عشر (11th).
TEEN_UNITS = {
    "احد": 1, "احدي": 1, "حادي": 1, "حاديه": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثاني": 2, "ثانيه": 2,
    **{w: v for w, v in UNITS.items() if 3 <= v <= 9},
}
