"""Shares: a per cent, or a fraction word used as a quantity, read in per cent.

"Prices rose by a quarter" translates «ارتفعت الأسعار بنسبة ٢٥٪», and «انخفض الإنتاج
بمقدار الثلث» "output fell by 33%": a fraction is a per cent written in words. A fraction
word is a share only where it is a quantity: before what it is a share of (half of the
voters, a third of the budget, نصف السكان، ثلث من), or after "by" or a word of amount
(by a quarter, nearly half, بالنصف، بمقدار الربع، بنحو الثلث، إلى النصف). A half of a
period is no per cent: the first half of the year, in the second half, half the season,
«النصف الأول من العام», «نصف العام». A share in words is written to the nearest whole
per cent (a third is 33% or 33.3%); with an approximation word (nearly half for 48.7%)
it is a rounding, allowed what "about" allows a figure (tqa.text.numbers.approximate).

A change in one word is a per cent too: "exports doubled" is «ارتفعت الصادرات بنسبة
١٠٠٪», "halved" a fall of 50%, "tripled" a rise of 200%; «تضاعف» and «إلى الضعف» are
"doubled". Not "doubled as" (served as), "doubled down", nor «تضاعف مرتين/ثلاث مرات»,
whose count (two or three times over, or to twice or thrice?) desks read both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqa import patterns
from tqa.lang import ar, en
from tqa.text.numbers.approximate import ENGLISH_WORDS
from tqa.text.numbers.digits import arabic_digits
from tqa.text.numbers.triggers import arabic_word_ends, has_arabic_word_ending, has_digit, has_latin_word, latin_words

Share = tuple[int, int, float, bool]  # start, end, per cent, written in figures

_L = ar.LETTERS
_AR_WORDS = {"نصف": 50.0, "ربع": 25.0, "ثلث": 100 / 3, "ثلثي": 200 / 3, "ثلثا": 200 / 3, "ثلثين": 200 / 3, "ثلاثه ارباع": 75.0}
_AR_WORD = "|".join(sorted(_AR_WORDS, key=len, reverse=True))
# A fifth and a tenth are written as five and ten are (خمس، عشر: «خمس سنوات», five years):
# only with the article after a word of amount or share («بنسبة الخُمس») are they the fraction.
_AR_DEFINITE_WORDS = _AR_WORDS | {"خمس": 20.0, "عشر": 10.0}
_AR_DEFINITE_WORD = "|".join(sorted(_AR_DEFINITE_WORDS, key=len, reverse=True))
# A period (normalised) after the fraction: half of it is a length of time, not a share;
# an ordinal after it makes a part of a whole (النصف الأول) or a round (الربع النهائي, quarter-final).
_AR_PERIOD = rf"(?:ال)?(?:عام|سنه|شهر|اسبوع|يوم|قرن|عقد|موسم|مده|فتره|ولايه|ليل|نهار|مباراه|شوط)(?:ها|هم|هما|هن)?(?![{_L}])"
_AR_NOT_SHARE = patterns.compile(
    rf"\s+(?:{_AR_PERIOD}|(?:ال)?(?:اول|اولي|ثاني|ثانيه|اخير|اخيره|ثالث|رابع|نهائي|نهائيه)(?![{_L}])|من\s+{_AR_PERIOD})"
)
# Words of amount before a definite fraction (بمقدار النصف, بنحو الثلث); ب is glued (بالربع).
# A change "by" its amount is one too: بزيادة الربع "a quarter more", بانخفاض الثلث.
_AR_AMOUNT_WORDS = (
    r"بمقدار|بنسبه|بنحو|نحو|حوالي|حوالى|قرابه|زهاء|الي|يقارب|تقارب|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:علي|عن)"
    r"|[وف]?ب(?:زياده|ارتفاع|نمو|انخفاض|تراجع|هبوط|تقلص)"
)
# A verb of share with the definite fraction as its object, after its subject or with none
# («شكّلت الشقق الربع», «يمثل الشباب النصف», "apartments made up a quarter"); not after a
# preposition («بلغ النمو في الربع الأول» is a quarter of a year, which _AR_NOT_SHARE leaves).
_AR_SHARE_VERBS = r"(?:[وف]?(?:شكل|شكلت|يشكل|تشكل|يشكلون|يمثل|تمثل|مثلت|يمثلون|بلغ|بلغت|يبلغ|تبلغ))"
_AR_NOT_OBJECT = r"(?:في|من|خلال|منذ|علي|عن|الي|حتي|مع|بعد|قبل)"
_AR_AFTER_VERB = rf"(?<![{_L}]){_AR_SHARE_VERBS}(?:\s+(?!{_AR_NOT_OBJECT}\s)[{_L}]+){{0,2}}\s+"
# A noun with a possessive suffix is as definite as one with the article: «نصف كهربائها»
# (half its electricity), «ثلث سكانهم». Not ه alone: folding writes ة as ه («نصف ساعة»).
_AR_POSSESSED = rf"[{_L}]+(?:ها|هم|هما|هن)(?![{_L}])"
# A noun made definite by the one after it: «ثلثي مبيعات الأدب» (two-thirds of literature sales).
_AR_CONSTRUCT = rf"[{_L}]+\s+ال"
_AR_SHARE = patterns.compile(
    rf"(?<![{_L}])[وفبل]?(?P<word>{_AR_WORD})(?=\s+(?:ال|من\s|{_AR_POSSESSED}|{_AR_CONSTRUCT}))"
    rf"|(?P<definite>(?:(?<![{_L}])(?:{_AR_AMOUNT_WORDS})\s+|(?<![{_L}])[وف]?ب|{_AR_AFTER_VERB})ال(?P<dword>{_AR_DEFINITE_WORD}))(?![{_L}])"
    rf"|(?<![\d.,٫])(?P<digits>\d+(?:[.,٫]\d+)?)\s*(?:٪|%|(?:في|بال)\s?(?:ال)?(?:مئه|مائه))"
)
# Every fraction word above has one of these in it, and every figure a per cent: a sentence
# with none has no share, and the long pattern is not run over it (issue 14).
_AR_SHARE_HINT = patterns.compile(r"نصف|ربع|ثلث|خمس|عشر|٪|%|مئه|مائه")

# A change in one word, as the per cent it rises or falls by (see above).
_AR_DOUBLE, _AR_DOUBLE_ENDINGS, _AR_TWICE = "ضاعف", ("ت", "ا", "وا", "تا"), "الضعف"
_AR_CHANGE = patterns.compile(
    rf"(?<![{_L}])[وف]?(?:[تي]?ت{_AR_DOUBLE}|[يت]?{_AR_DOUBLE})(?:{'|'.join(_AR_DOUBLE_ENDINGS)})?(?![{_L}])(?!\s+(?:\d|مر|ثلاث|اربع|خمس|عشر))"
    rf"|(?<![{_L}])[وف]?(?:الي|ب)\s*{_AR_TWICE}(?![{_L}])"
)
# Its count a few words on («تضاعفت أقساط التأمين ثلاث مرات»): the same reading as above.
_AR_TIMES_LATER = patterns.compile(rf"(?:\s+[{_L}]+){{0,10}}?\s+(?:\d+\s+)?[وب]?(?:مرتين|مرات|اضعاف)(?![{_L}])")
# An equal split between two: "a 50-50 joint venture", "fifty-fifty", «مشروع مشترك مناصفة»,
# «بالمناصفة», «بالتساوي»: each side's half, one share of 50 (not two figures of 50). A bare
# «تساوي» is the verb "equals": only the adverb بالتساوي says "equally".
_EN_FIFTY = "fifty"
_EN_EQUAL = patterns.compile(rf"(?<![\w.,-])(?:50|{_EN_FIFTY})\s?[-‐‑–/:]\s?(?:50|{_EN_FIFTY})(?![\w%-])", re.IGNORECASE)
_AR_HALVES, _AR_EQUALLY = "مناصفه", "بالتساوي"
_AR_EQUAL = patterns.compile(rf"(?<![{_L}])[وف]?(?:(?:بال|ال)?{_AR_HALVES}|{_AR_EQUALLY})(?![{_L}])")
_EN_CHANGES = {"doubl": 100.0, "halv": 50.0, "tripl": 200.0}
_EN_CHANGE_ENDINGS = ("ed", "ing")
_EN_CHANGE = patterns.compile(
    rf"\b(?P<stem>{'|'.join(_EN_CHANGES)})(?:{'|'.join(_EN_CHANGE_ENDINGS)})\b(?!\s+(?:as|down|up|back)\b)", re.IGNORECASE
)

_EN_WORDS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a quarter": 25.0, "one quarter": 25.0, "a third": 100 / 3}
_EN_WORDS |= {"one third": 100 / 3, "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0, "one tenth": 10.0}
_EN_WORDS |= {"two thirds": 200 / 3, "two-thirds": 200 / 3, "three quarters": 75.0, "three-quarters": 75.0}
_EN_SHARE = patterns.compile(
    rf"(?<![\w-])(?:(?P<lead>(?:by\s+)?(?:{ENGLISH_WORDS})\s+|by\s+))?(?P<word>{'|'.join(sorted(_EN_WORDS, key=len, reverse=True))})(?![\w-])"
    rf"|(?<![\d.,])(?P<digits>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
_EN_PERIOD = r"(?:year|month|week|day|night|hour|minute|century|decade|season|term|session|quarter|game|match|campaign)s?\b(?!-on-)|\d{4}\b"
_EN_OF = patterns.compile(r"\s+(?:of\b|the\b)", re.IGNORECASE)
# After "by" or "nearly" the fraction stands alone (by a third, to 1,200): before a noun it
# is an ordinal ("by a third party", "nearly half past ten").
_EN_ALONE = patterns.compile(
    r"\s*(?:[.,;:)!?\u2014\u2013]|$)|\s+(?:in|on|at|to|from|since|over|during|after|before|compared|and|or|but|as|while|than|with|for|this|last|next|each|every|per|year-on-year)\b",
    re.IGNORECASE,
)
# Half of a period, half a million, half an hour: no share. "the first half", "the second half".
_EN_NOT_SHARE = patterns.compile(
    rf"\s+(?:(?:of\s+(?:(?:the|a|an|this|that|last|next|its|their)\s+)?|the\s+)?(?:{_EN_PERIOD})|an?\b"
    r"|(?:thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)
# Before a comparative the fraction is the size of a change: "a third more than last year",
# "half less", "a quarter higher".
_EN_COMPARED = patterns.compile(
    r"\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|cheaper|dearer|longer|shorter)\b", re.IGNORECASE
)
_EN_POSITION = patterns.compile(r"\b(?:the|first|second|last|latter|former|opening|final|closing|early|late)\s+$", re.IGNORECASE)

# The words each pattern above ends with, whole (tqa.text.numbers.triggers): a sentence
# with none of a pattern's (and no digit, for those that read one) is not scanned (issue 14).
_AR_CHANGE_ENDS = arabic_word_ends([*(_AR_DOUBLE + ending for ending in ("", *_AR_DOUBLE_ENDINGS)), _AR_TWICE])
_AR_EQUAL_ENDS = arabic_word_ends([_AR_HALVES, _AR_EQUALLY])
_EN_SHARE_WORDS = latin_words(re.split(r"[\s-]", word)[-1] for word in _EN_WORDS)  # half of "a half", thirds of "two-thirds"
_EN_CHANGE_WORDS = latin_words(stem + ending for stem in _EN_CHANGES for ending in _EN_CHANGE_ENDINGS)
_EN_FIFTY_WORDS = latin_words([_EN_FIFTY])


def arabic_shares(folded: str) -> Iterator[Share]:
    """The shares in normalised Arabic text (western digits), as folded offsets."""
    for match in _AR_SHARE.finditer(folded) if _AR_SHARE_HINT.search(folded) else ():
        if match["digits"]:
            yield match.start(), match.end(), arabic_digits(match["digits"]), True
        elif not _AR_NOT_SHARE.match(folded, match.end()):
            word = match["word"] or match["dword"]
            start = match.start("word") if match["word"] else match.start("dword") - len(ar.ARTICLE)
            yield start, match.end(), _AR_DEFINITE_WORDS[word], False
    for match in _AR_CHANGE.finditer(folded) if has_arabic_word_ending(folded, _AR_CHANGE_ENDS) else ():
        if not _AR_TIMES_LATER.match(folded, match.end()):
            yield match.start(), match.end(), 100.0, False
    for match in _AR_EQUAL.finditer(folded) if has_arabic_word_ending(folded, _AR_EQUAL_ENDS) else ():
        yield match.start(), match.end(), 50.0, False


def english_shares(text: str) -> Iterator[Share]:
    """The shares in English text."""
    for match in _EN_SHARE.finditer(text) if has_digit(text) or has_latin_word(text, _EN_SHARE_WORDS) else ():
        if match["digits"]:
            yield match.start(), match.end(), float(match["digits"]), True
            continue
        start, end = match.span("word")
        quantity = _EN_OF.match(text, end) or (match["lead"] and _EN_ALONE.match(text, end)) or _EN_COMPARED.match(text, end)
        if quantity and not _EN_NOT_SHARE.match(text, end) and not _EN_POSITION.search(text[max(0, start - 12) : start]):
            yield start, end, _EN_WORDS[en.matched_key(match["word"])], False
    for match in _EN_CHANGE.finditer(text) if has_latin_word(text, _EN_CHANGE_WORDS) else ():
        yield match.start(), match.end(), _EN_CHANGES[en.matched_key(match["stem"])], False
    for match in _EN_EQUAL.finditer(text) if has_digit(text) or has_latin_word(text, _EN_FIFTY_WORDS) else ():
        yield match.start(), match.end(), 50.0, False
