"""Whether a number word counts something: «ثلاثة وزراء», "four ministers".

Number words are soft (tqa.text.numbers): they may satisfy a figure on the other
side, but alone they are not reported, because "one", "two", أحد and the Arabic
dual are pronouns and grammar as often as they are numbers. A word from three up
that stands right before what it counts is as definite as a figure, though: a
translator who writes «ثلاثة وزراء» as "four ministers" has changed a number, and
once read, the change is reported like any other.

A cardinal from three to ten after the noun it counts, with the article, agrees with a
definite noun as an adjective does: «أطفالي الثلاثة» (my three children), «الدول الثلاث»
(the three countries). After a noun with a possessive pronoun it counts as surely as
«ثلاثة من أطفالي» ("my two children" changes it); after a noun with the article it names
a known group ("the ministers" may drop the three), and is read soft: it answers the other
side's three, and is never reported alone. After a verb («وصل الثلاثة», the three arrived)
the word is a pronoun-like "the three", and is not read.

A word counts when:
- its value is 3 to 99 (one and two are pronouns, the dual and "one of" as often);
- the next word is what is counted: a noun with no article (ثلاثة وزراء, not
  الوزراء الثلاثة "the three ministers", which names a known group), or من/"of"
  (ثلاثة من الجرحى); not another number word (خمسة وعشرين is one compound);
- it is not one end of "or" (ثلاثة أو أربعة, "two or three": a guess, not a count),
  nor, in English, after a determiner ("the three leaders" sums up a list) or inside
  a hyphenated word ("a three-day visit", "twenty-five").

An ordinal that names the hour of a clock is as definite as the figure, too: Arabic
writes "10 a.m." «الساعة العاشرة صباحاً» or «العاشرة صباحاً», the ordinal with الساعة
before it or a part of the day after it. Not «الساعة الأولى من التداول», the first hour
of something, which "early trading" may render.
"""

from __future__ import annotations

import re

from tqa import patterns
from tqa.lang import ar, en
from tqa.text.numbers.arabic_words import CARDINALS
from tqa.text.numbers.measures import AR_PERIOD_WORDS

_LOW, _HIGH = 3, 99
_AR_L = ar.LETTERS
_AR_NEXT = patterns.compile(rf"\s+(?P<word>[{_AR_L}]+)")
_AR_NUMBER_WORDS = frozenset(w for w in ar.UNITS if not w.startswith(ar.ARTICLE)) | frozenset(ar.SCALES)
_AR_OF = "من"
_EN_NEXT = patterns.compile(r" +(?P<word>[A-Za-z]+)\b(?!-)")
_EN_BEFORE = patterns.compile(r"(?:\b(?P<word>[A-Za-z]+(?P<possessive>['’]s?)?)\s+|-)\Z")


def arabic_counts(folded: str, start: int, end: int, value: float) -> bool:
    """The number word at folded[start:end] (normalised text) counts the noun after it, or,
    an ordinal (with the article), names the hour of a clock."""
    if folded.startswith(ar.ARTICLE, start):
        return arabic_clock_hour(folded, start, end)
    if not _LOW <= value <= _HIGH:
        return False
    following = _AR_NEXT.match(folded, end)
    if following is None:
        return False
    word = following["word"]
    bare = word[1:] if word[0] in ar.CONJUNCTIONS else word
    if word == _AR_OF:
        return not _arabic_or(folded, start)
    if word.startswith(ar.ARTICLE) or word in ar.FUNCTION_WORDS or bare in _AR_NUMBER_WORDS:
        return False
    return not _arabic_or(folded, start)


_AR_HOUR_BEFORE = patterns.compile(ar.TIME_OF_DAY["before"])
_AR_HOUR_AFTER = patterns.compile(ar.TIME_OF_DAY["after"])
_AR_HOUR_OF = patterns.compile(r"\s+من(?![ء-ي])")


# Possessive pronouns a noun ends with (أطفالي, أطفالها, أطفالهم, أبناؤنا): it is definite.
# ي (my) and ه (his) only as written: folding writes ى as ي (التقى, met) and ة as ه
# («بنسبة الخمس», by a fifth).
_AR_POSSESSIVES = ("ها", "هم", "هما", "هن", "نا", "كم")
_AR_MY_HIS = "يه"
_AR_ARTICLES = (ar.ARTICLE, ar.ARTICLE_AFTER_L, "ب" + ar.ARTICLE, "ك" + ar.ARTICLE)  # الدول، للدول، بالدول، كالدول
_AR_AFTER_NOUN = patterns.compile(
    rf"(?<![{_AR_L}])(?P<noun>[{_AR_L}]{{3,}})\s+{ar.ARTICLE}(?P<word>"
    + "|".join(sorted((w for w, v in CARDINALS.items() if _LOW <= v <= 10), key=len, reverse=True))
    + rf")(?![{_AR_L}])(?!\s+و\s?{ar.ARTICLE})"
)


def definite_counts(folded: str, written: str, offsets: list[int]) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, soft) of each cardinal after the definite noun it counts, in
    `folded` (the normalised `written`, `offsets` mapping back): «أطفالي الثلاثة» is 3, as
    «ثلاثة من أطفالي» is; «الوزراء الثلاثة» a soft 3. Not one before a ten with the article
    (الخمسة والعشرين: one number, read whole) nor after a word of grammar."""
    found = []
    for match in _AR_AFTER_NOUN.finditer(folded):
        noun = match["noun"]
        stem = noun[1:] if noun[0] in ar.CONJUNCTIONS else noun
        article = next((a for a in _AR_ARTICLES if stem.startswith(a)), "")
        if noun in ar.FUNCTION_WORDS or noun in _AR_NUMBER_WORDS:
            continue
        # «الأشهر التسعة الأولى» is a period, which "January-September" may give: soft, yet
        # the figure when the translation writes it ("the 10-year average" for «السنوات العشر»).
        period = stem[len(article) :] in AR_PERIOD_WORDS
        # A one-letter pronoun as written: أبنائه and أطفالي, not a folded ة or ى (مضى الثلاثة, the three went).
        mine = written[offsets[match.end("noun") - 1]] in _AR_MY_HIS
        if article or mine or noun.endswith(_AR_POSSESSIVES):
            found.append((match.start("word") - len(ar.ARTICLE), match.end(), float(CARDINALS[match["word"]]), bool(article) or period))
    return found


def arabic_clock_hour(folded: str, start: int, end: int) -> bool:
    """The ordinal at folded[start:end] (normalised text, with its article) names an hour:
    a part of the day after it, or «الساعة» before it and no «من» after."""
    if _AR_HOUR_AFTER.match(folded, end):
        return True
    return bool(_AR_HOUR_BEFORE.search(folded, max(0, start - 12), start)) and not _AR_HOUR_OF.match(folded, end)


def _arabic_or(folded: str, start: int) -> bool:
    """The word is the second of «ثلاثة أو أربعة»."""
    return bool(re.search(r"(?:^|\s)او\s+\Z", folded[max(0, start - 6) : start]))


def english_counts(text: str, start: int, end: int, value: float) -> bool:
    """The number word at text[start:end] counts the noun after it."""
    if not _LOW <= value <= _HIGH or text[start:end].lower() == "dozen":
        return False
    following = _EN_NEXT.match(text, end)
    if following is None or following["word"].lower() in en.NOT_COUNTED_NEXT:
        return False
    before = _EN_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return True
    return before["word"] is not None and not before["possessive"] and before["word"].lower() not in en.COUNT_DETERMINERS
