"""The Arabic number words the readers of tqa.text.numbers.arabic know, normalised, and
the word endings each of their patterns needs in a sentence (tqa.text.numbers.triggers):
a pattern whose words no word of the sentence ends with is not run over it (issue 14)."""

from __future__ import annotations

from tqa.lang import ar
from tqa.text.numbers.triggers import arabic_word_ends

# The hundreds, one word or two (خمسمئة، خمس مئة), and the dual's construct forms
# (مئتي فني, مئتا ألف): with tqa.lang.ar's units, every number word below a thousand
# that a compound (ألف ومئتي فني: 1,200) ends with, but the tens-and-units pairs.
_HUNDREDS = {
    f"{unit}{space}{hundred}": value * 100
    for unit, value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9))
    for hundred, space in (("مئه", ""), ("مئه", " "), ("مائه", ""), ("مائه", " "))
} | {"مئتي": 200, "مائتي": 200, "مئتا": 200, "مائتا": 200}
# A unit counting a feminine noun, in the accusative with its tanween alif, which folding
# keeps: «استبعدت ثلاثاً منها» (excluded three of them), «ستاً من الدول».
_ACCUSATIVE = {"ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9, "عشرا": 10}
AR_UNITS = {**ar.UNITS, **_HUNDREDS, **_ACCUSATIVE, "الواحده": 1}  # one o'clock, «الواحدة فجراً»; elsewhere soft ("the single")
# The cardinals a compound's tail may be (not the ordinals: الثاني, اول).
CARDINALS = {w: v for w, v in AR_UNITS.items() if not w.startswith(ar.ARTICLE) and w != "اول"}
TENS = [w for w, v in ar.UNITS.items() if 20 <= v <= 90 and not w.startswith(ar.ARTICLE)]
AR_ARTICLE_UNITS = {"الحادي": 1, "الحاديه": 1} | {w: v for w, v in ar.UNITS.items() if w.startswith(ar.ARTICLE) and v < 10}
AR_ARTICLE_UNITS |= {ar.ARTICLE + w: v for w, v in CARDINALS.items() if v < 10}
TEN = "عشر"  # of the teens: خمسة عشر, الحادية عشرة
PER_CENT = ("مئه", "مائه")  # في المئة

WORD_ENDS = arabic_word_ends(AR_UNITS)
TENS_ENDS = arabic_word_ends(TENS)
TEEN_ENDS = arabic_word_ends([TEN, TEN + "ه"])
PER_CENT_ENDS = arabic_word_ends(PER_CENT)
SCALE_ENDS = arabic_word_ends([*ar.SCALES, *ar.DEFINITE_SCALES])
