"""Numbers as a reader understands them, in Arabic and English text.

`quantities(text, lang)` finds every number with its value after scale words
(٨٠٠ مليون = 800,000,000 = "$800m"), in any digit script (٣٥ = ۳۵ = 35), with
Arabic and English decimal and thousands separators, percent signs and words,
the Arabic dual (مليونين = 2 million), compounds (مليون و٢٠٠ ألف = 1.2 million)
and the English abbreviations (k, m, mn, bn, tn, attached or after a currency).

Number words (ثلاثة، three, الأول، first) are *soft*: they may satisfy a
number on the other side, but a soft number with no counterpart is not reported,
because words like "one" and أحد are pronouns as often as they are numbers.
Bare plural scale words (ملايين، thousands of) are not numbers at all.

Offsets are into the original text, so findings point at what the writer typed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from tqa.lang import ar, en
from tqa.lang.ar import normalize_with_map, to_western_digits
from tqa.text.links import blank_links


@dataclass(frozen=True)
class Quantity:
    value: float  # what the text means: 800 مليون -> 8e8
    base: float  # the number as written before its scale word: 800
    scale: int  # power of 1000 the scale word adds: 0 none, 1 thousand, 2 million, 3 billion, 4 trillion
    start: int
    end: int
    text: str
    soft: bool = False  # a number word: may match, never reported alone
    percent: bool = False
    alternative: float | None = None  # the other reading of an ambiguous separator: 20.000 is 20000 or 20
    hijri: bool = False  # the day or year of a Hijri date (soft too)

    def same_value(self, other: Quantity) -> bool:
        mine = (self.value,) if self.alternative is None else (self.value, self.alternative)
        theirs = (other.value,) if other.alternative is None else (other.value, other.alternative)
        return any(abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0) for a in mine for b in theirs)

    def wrong_scale_of(self, other: Quantity) -> bool:
        """Same written number, different scale word: 800 مليون against $800bn."""
        return (
            self.scale != other.scale
            and (self.scale > 0 or other.scale > 0)
            and abs(self.base - other.base) <= 1e-9 * max(abs(self.base), 1.0)
        )


# --- English -----------------------------------------------------------------

_EN_SCALE_WORDS = en.SCALE_WORDS
_EN_SCALE_ABBREVIATIONS = en.SCALE_ABBREVIATIONS
_EN_UNITS = en.UNITS
_EN_ORDINALS = en.ORDINALS
_EN_NUMBER = re.compile(
    r"(?<![\w.,])(?P<currency>US\$|\$|£|€|SR|SAR|QR|QAR|Dhs?|AED|KD|KWD|BD|BHD|OMR|EGP|LE|SYP|LBP|JD|JOD|TL|TRY|₺)?\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<glued>thousand|million|billion|trillion)\b|(?P<attached>k|mn|m|bn|b|tn|tr)\b|(?P<ordinal>st|nd|rd|th)\b|(?P<decade>'?s)\b)?"
    r"(?:\s*(?P<percent>%|per\s?cent\b|percent\b))?"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_EN_WORD_NUMBER = re.compile(
    r"\b(?P<word>" + "|".join(sorted({*_EN_UNITS, *_EN_ORDINALS}, key=len, reverse=True)) + r")"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion)\b)?\b",
    re.IGNORECASE,
)
# "a million people", "one billion dollars": a scale word with no digits before it.
_EN_BARE_SCALE = re.compile(r"\b(?:a|an|one)\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
_EN_FRACTION_SCALE = re.compile(
    r"\b(?P<fraction>half|a quarter|quarter)\s+(?:of\s+)?(?:a|an)\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE
)
_FRACTIONS = {**en.FRACTIONS, **ar.FRACTIONS}


def _english(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _EN_NUMBER.finditer(text):
        base = float(match["number"].replace(",", ""))
        scale = 0
        attached = (match["attached"] or "").lower()
        alternative = None
        if attached:
            # "100m" after no currency may be metres or millions: a currency sign or
            # the unambiguous bn/mn/tn make it a scale; otherwise both readings stand.
            if attached in ("mn", "bn", "tn", "tr") or match["currency"]:
                scale = _EN_SCALE_ABBREVIATIONS[attached]
            else:
                alternative = base * 1000.0 ** _EN_SCALE_ABBREVIATIONS[attached]
        if match["scale"] or match["glued"]:
            scale = _EN_SCALE_WORDS[(match["scale"] or match["glued"]).lower()]
        start = match.start("currency") if match["currency"] else match.start("number")
        # "the 1990s" is a decade and "34th" an ordinal, which Arabic writes as words
        # (التسعينيات، الرابعة والثلاثين); a clock time or a fraction is not a count.
        soft = bool(match["decade"] or match["ordinal"]) or _in_time_or_fraction(text, match.start("number"), match.end("number"))
        found.append(replace(_quantity(base, scale, start, match.end(), text, soft=soft, percent=bool(match["percent"])), alternative=alternative))
        taken.append((start, match.end()))
    for match in _EN_WORD_NUMBER.finditer(text):
        if _overlaps(match.start(), match.end(), taken):
            continue
        word = match["word"].lower()
        base = float(_EN_UNITS.get(word) or _EN_ORDINALS[word])
        scale = _EN_SCALE_WORDS[match["scale"].lower()] if match["scale"] else 0
        # "two million" is as definite as "2 million"; a lone "one" is not.
        found.append(_quantity(base, scale, match.start(), match.end(), text, soft=scale == 0))
        taken.append((match.start(), match.end()))
    for match in _EN_FRACTION_SCALE.finditer(text):
        if not _overlaps(match.start(), match.end(), taken):
            fraction = _FRACTIONS[match["fraction"].lower()]
            found.append(_quantity(fraction, _EN_SCALE_WORDS[match["scale"].lower()], match.start(), match.end(), text))
            taken.append((match.start(), match.end()))
    for match in _EN_BARE_SCALE.finditer(text):
        if not _overlaps(match.start(), match.end(), taken):
            found.append(_quantity(1.0, _EN_SCALE_WORDS[match["scale"].lower()], match.start(), match.end(), text, soft=True))
    return sorted(found, key=lambda q: q.start)


# --- Arabic ------------------------------------------------------------------

_AR_SCALES = ar.SCALES
# آلاف after a number (٣ آلاف) is a scale; alone (آلاف السوريين) it is "thousands of".
_AR_PLURAL_SCALES = ar.PLURAL_SCALES
_AR_UNITS = ar.UNITS
_AR_LETTERS = ar.LETTERS
_AR_PREFIX = "(?:" + "|".join(ar.FIGURE_PROCLITICS) + ")?"
_DIGIT_RUN = r"\d+(?:[.,٫٬]\d+)*"  # digits already folded to 0-9; either separator script
_AR_DEFINITE_ALTERNATION = "|".join(ar.DEFINITE_SCALES)
_AR_SCALE_ALTERNATION = "|".join(sorted(_AR_SCALES, key=len, reverse=True))
_AR_NUMBER = re.compile(
    rf"(?<![\d.,٫٬]){_AR_PREFIX}(?P<number>{_DIGIT_RUN})"
    rf"(?:\s*(?P<percent>٪|%|(?:في|بال)\s?(?:ال)?(?:مئه|مائه)))?"
    rf"(?:\s*(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
    rf"(?:\s+(?P<scale2>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
_AR_FRACTION_SCALE = re.compile(rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<fraction>نصف|ربع)\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])")
# الألف, والمليون: "the thousand", a thousand all the same (الجنود الألف). Not after ب:
# بالألف is "per thousand", a rate.
_AR_DEFINITE_SCALE = re.compile(rf"(?<![{_AR_LETTERS}])(?:و|ف)?(?:ال|لل)(?P<scale>{_AR_DEFINITE_ALTERNATION})(?![{_AR_LETTERS}])")
_AR_BARE_SCALE = re.compile(rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])")
_AR_WORD = re.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<word>" + "|".join(sorted(_AR_UNITS, key=len, reverse=True)) + rf")(?![{_AR_LETTERS}])"
    rf"(?:\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
# The remainder of a compound: مليون و٢٠٠ ألف, ملياران و٥٠٠ مليون.
_AR_COMPOUND_TAIL = re.compile(rf"\s+و\s?(?P<number>{_DIGIT_RUN})\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])")


def _arabic_digits(text: str) -> float:
    """Value of an Arabic-script digit string: ٫ is the decimal point, ٬ groups thousands.

    Writers also use "," and "." either way; a separator followed by exactly
    three digits (and not the last of a decimal) is read as grouping.
    """
    text = text.replace("٬", ",").replace("٫", ".")
    if "," in text and "." in text:
        return float(text.replace(",", ""))
    for separator in (",", "."):
        if separator in text:
            groups = text.split(separator)
            if len(groups) > 2 or all(len(g) == 3 for g in groups[1:]) and separator == ",":
                return float(text.replace(separator, ""))
            return float(text.replace(separator, "."))
    return float(text)


def _arabic_digits_alternative(text: str) -> float | None:
    """The other reading of one "." or "," followed by exactly three digits (20.000:
    twenty thousand in European style, twenty in English style), or None."""
    for separator in (",", "."):
        groups = text.split(separator)
        if len(groups) == 2 and len(groups[1]) == 3 and groups[0].isdigit() and groups[1].isdigit():
            grouping, decimal = float(groups[0] + groups[1]), float(f"{groups[0]}.{groups[1]}")
            return decimal if _arabic_digits(text) == grouping else grouping
    return None


_TIME_OR_FRACTION = re.compile(r"\d\s*[:/]\s*$|^\s*[:/]\s*\d")


def _part_of_code(text: str, start: int, end: int) -> bool:
    """Digits inside a code (H5N1, م16): a Latin letter right before them, as the
    English side's word boundary rule has it, or an Arabic letter and they are too short to be a year or a sum run into a word
    by a missing space (عام2020، حوالي200)."""
    before = text[start - 1 : start]
    if re.match(r"[A-Za-z]", before):
        return True
    glued = bool(before) and bool(re.match(rf"[{_AR_LETTERS}]", before)) and before not in ar.FIGURE_PROCLITICS
    return glued and end - start < 3


def _in_time_or_fraction(text: str, start: int, end: int) -> bool:
    """04:00 and 2/3: a clock time or a fraction, whose parts are not counts."""
    return bool(_TIME_OR_FRACTION.search(text[max(0, start - 2) : start]) or _TIME_OR_FRACTION.search(text[end : end + 2]))


def _arabic_scale(word: str | None, plural_allowed: bool) -> tuple[float, int] | None:
    """(multiplier, scale) of a scale word, or None when it is not one here."""
    if word is None:
        return (1.0, 0)
    entry = _AR_SCALES[word]
    if isinstance(entry, tuple):
        return (float(entry[0]), entry[1])
    if entry is None:
        return (1.0, _AR_PLURAL_SCALES[word]) if plural_allowed else None
    return (1.0, entry)


def _arabic(text: str) -> list[Quantity]:
    folded, offsets = normalize_with_map(to_western_digits(text))
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(base: float, scale: int, start: int, end: int, soft: bool = False, percent: bool = False) -> None:
        end, tail = _extend_compound(folded, end, scale)
        quantity = _quantity(base, scale, offsets[start], offsets[end], text, soft=soft and not tail, percent=percent)
        if tail:
            # مليون و٢٠٠ ألف: written base 1.2 at the scale of its head.
            quantity = _quantity(base + tail / 1000.0**scale, scale, quantity.start, quantity.end, text, percent=percent)
        found.append(quantity)
        taken.append((start, end))

    for match in _AR_NUMBER.finditer(folded):
        if _part_of_code(folded, match.start("number"), match.end("number")):
            continue
        first = _arabic_scale(match["scale"], plural_allowed=True)
        second = _arabic_scale(match["scale2"], plural_allowed=True) if match["scale2"] else (1.0, 0)
        if first is None or second is None:
            continue
        base = _arabic_digits(match["number"]) * first[0] * second[0]
        soft = _in_time_or_fraction(folded, match.start("number"), match.end("number"))
        add(base, first[1] + second[1], match.start("number"), match.end(), soft=soft, percent=bool(match["percent"]))
        alternative = _arabic_digits_alternative(match["number"])
        if alternative is not None:
            found[-1] = replace(found[-1], alternative=alternative * first[0] * second[0] * 1000.0 ** (first[1] + second[1]))
    for match in _AR_WORD.finditer(folded):
        if _overlaps(match.start("word"), match.end(), taken):
            continue
        scale = _arabic_scale(match["scale"], plural_allowed=True)
        if scale is None:
            continue
        base = float(_AR_UNITS[match["word"]]) * scale[0]
        add(base, scale[1], match.start("word"), match.end(), soft=scale[1] == 0)
    for match in _AR_FRACTION_SCALE.finditer(folded):
        scale = _arabic_scale(match["scale"], plural_allowed=False)
        if scale is not None and not _overlaps(match.start("fraction"), match.end(), taken):
            add(_FRACTIONS[match["fraction"]], scale[1], match.start("fraction"), match.end())
    for match in _AR_BARE_SCALE.finditer(folded):
        if _overlaps(match.start("scale"), match.end(), taken):
            continue
        scale = _arabic_scale(match["scale"], plural_allowed=False)
        if scale is None:
            continue  # ملايين السوريين: "millions of", not a number
        multiplier, power = scale
        # مليونين is definite (2 million); a lone مليون may be "a million" or "one of millions".
        add(multiplier, power, match.start("scale"), match.end(), soft=multiplier == 1.0)
    for match in _AR_DEFINITE_SCALE.finditer(folded):
        if not _overlaps(match.start("scale") - 2, match.end(), taken):
            power = ar.DEFINITE_SCALES[match["scale"]]
            add(1.0, power, match.start() + (1 if folded[match.start()] in "وف" else 0), match.end(), soft=True)
    # A compound's tail (و٢٠٠ ألف) was also found alone before the compound claimed it.
    inside = [q for q in found if any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start for o in found)]
    return sorted((q for q in found if q not in inside), key=lambda q: q.start)


def _extend_compound(folded: str, end: int, scale: int) -> tuple[int, float]:
    """Absorb "و٢٠٠ ألف" after "مليون": returns the new end and the value to add."""
    if scale == 0:
        return end, 0.0
    tail = _AR_COMPOUND_TAIL.match(folded, end)
    if tail is None:
        return end, 0.0
    scale_info = _arabic_scale(tail["scale"], plural_allowed=True)
    if scale_info is None or scale_info[1] >= scale:
        return end, 0.0
    return tail.end(), _arabic_digits(tail["number"]) * scale_info[0] * 1000.0 ** scale_info[1]


# --- Shared --------------------------------------------------------------------


def _quantity(base: float, scale: int, start: int, end: int, text: str, soft: bool = False, percent: bool = False) -> Quantity:
    return Quantity(base * 1000.0**scale, base, scale, start, end, text[start:end], soft, percent)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def quantities(text: str, lang: str) -> list[Quantity]:
    """Every number in `text`, in reading order."""
    # Digits inside a web address, e-mail address or handle are part of a name,
    # not a figure (P505 compares links as wholes).
    masked = blank_links(text)
    found = _arabic(masked) if lang == "ar" else _english(masked)
    # One digit table for every script: ۱۴۴۶ هـ (Persian digits) is Hijri as ١٤٤٦ هـ is.
    hijri = _hijri_spans(to_western_digits(masked), lang)
    found = [replace(q, text=text[q.start : q.end], hijri=any(a <= q.start < b for a, b in hijri)) for q in found if _finite(q)]
    return [replace(q, soft=True) if q.hijri else q for q in found]


def _finite(quantity: Quantity) -> bool:
    """A run of 400 digits (or 10^305 trillion) is infinity as a float: no figure a
    writer means, and one that no arithmetic or formatting can take (issue 12)."""
    values = (quantity.value, quantity.base, quantity.alternative if quantity.alternative is not None else 0.0)
    return all(math.isfinite(v) for v in values)


# Hijri dates (١٥ شعبان ١٤٤٦ هـ, 15 Shaban 1446 AH) are often given beside the
# Gregorian date and dropped in translation, a normal desk choice: their day and
# year are soft, matched when both sides keep them and never reported alone. A
# number counts as part of one only with the date's other parts around it: a day
# and a year, or a year marked هـ/AH. «خلال رمضان 1500 سلة» and «3 صفر» are figures.
_AR_HIJRI_MONTHS = ar.HIJRI_MONTHS_PATTERN
_EN_HIJRI_MONTHS = en.HIJRI_MONTHS_PATTERN
# A digit of either script before the text is folded: the day or year of a Hijri date.
_HIJRI_DIGIT = "[0-9٠-٩]"
_HIJRI_DATE = {
    "ar": re.compile(
        rf"(?<![0-9٠-٩]){_HIJRI_DIGIT}{{1,2}}\s*(?:{_AR_HIJRI_MONTHS})\s*{_HIJRI_DIGIT}{{3,4}}(?![0-9٠-٩])(?:\s*هـ)?"
        rf"|(?:(?:{_AR_HIJRI_MONTHS})\s*)?{_HIJRI_DIGIT}{{3,4}}\s*هـ"
    ),
    "en": re.compile(
        rf"\b\d{{1,2}}\s*(?:{_EN_HIJRI_MONTHS}),?\s*\d{{3,4}}\b(?:\s*AH)?"
        rf"|(?:{_EN_HIJRI_MONTHS})\s+\d{{1,2}}\b,?\s*\d{{3,4}}\b(?:\s*AH)?"
        rf"|(?:(?:{_EN_HIJRI_MONTHS})\s*)?\b\d{{3,4}}\s*AH\b"
    ),
}


def _hijri_spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _HIJRI_DATE["ar" if lang == "ar" else "en"].finditer(text)]


def format_value(quantity: Quantity) -> str:
    """A number as an editor writes it: 800 million, 3.5, 11,800, 35,000 (not 35 thousand)."""
    names = {2: "million", 3: "billion", 4: "trillion"}
    if not (math.isfinite(quantity.value) and math.isfinite(quantity.base)):
        return quantity.text  # quantities() never returns one; a caller building its own gets the text back
    if quantity.scale >= 2:
        base = f"{quantity.base:g}"
        return f"{base} {names[quantity.scale]}"
    value = round(quantity.value, 6)  # 1.005 thousand is 1,005, not 1,004.9999999999999
    if value == int(value):
        return f"{int(value):,}" if abs(value) >= 10000 or quantity.scale == 1 else str(int(value))
    return f"{value:,}"
