"""Numbers in English text: digits with separators, currencies, k/m/bn abbreviations,
scale words, number words and ordinals, fractions of a scale."""

from __future__ import annotations

import re
from dataclasses import replace

from tqa import patterns
from tqa.lang import en
from tqa.text.numbers.codes import phone_numbers, road_numbers
from tqa.text.numbers.counting import english_counts
from tqa.text.numbers.currencies import CURRENCY_SIGNS
from tqa.text.numbers.quantity import Quantity, changed, in_time_or_fraction, make_quantity, overlaps, share_range_scale
from tqa.text.numbers.triggers import has_digit, has_latin_word, latin_words

_EN_SCALE_WORDS = en.SCALE_WORDS
_EN_SCALE_ABBREVIATIONS = en.SCALE_ABBREVIATIONS
_EN_UNITS = en.UNITS
_EN_ORDINALS = en.ORDINALS
# The signs currencies.py knows, longest first (Dhs before Dh); sorted twice: a stable pattern (tqa.patterns).
_CURRENCY_ALTERNATION = "|".join(re.escape(s) for s in sorted(sorted(CURRENCY_SIGNS), key=len, reverse=True))
_EN_NUMBER = patterns.compile(
    rf"(?<![\w.,])(?P<currency>{_CURRENCY_ALTERNATION})?\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<glued>thousand|million|billion|trillion)\b|(?P<attached>k|mn|m|bn|b|tn|tr)\b|(?P<ordinal>st|nd|rd|th)\b|(?P<decade>'?s)\b)?"
    r"(?:\s*(?P<percent>%|per\s?cent\b|percent\b))?"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:\s*(?P<unit_scale>" + "|".join(re.escape(u) for u in sorted(en.SCALED_UNITS, key=len, reverse=True)) + r")(?![\w/]))?",
    re.IGNORECASE,
)
# Tens and units written as one hyphenated word: "Seventy-four municipalities" is 74.
_EN_COMPOUNDS = {
    f"{tens}-{unit}": _EN_UNITS[tens] + _EN_UNITS[unit]
    for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
# The set sorted before by length: in hash order the pattern would differ from run to run (tqa.patterns).
NUMBER_WORDS = sorted(sorted({*_EN_COMPOUNDS, *_EN_UNITS, *_EN_ORDINALS, *en.MULTIPLES}), key=len, reverse=True)
_EN_WORD_NUMBER = patterns.compile(
    r"\b(?P<word>"
    + patterns.alternation(NUMBER_WORDS)
    + r")"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion)\b)?\b(?:\s+(?P<percent>per\s?cent|percent)\b)?",
    re.IGNORECASE,
)
# "a million people", "one billion dollars": a scale word with no digits before it.
_EN_SCALE_ALTERNATION = "thousand|million|billion|trillion"
_EN_BARE_SCALE = patterns.compile(rf"\b(?:a|an|one)\s+(?P<scale>{_EN_SCALE_ALTERNATION})\b", re.IGNORECASE)
# The ends of a range: "between 2 and 3 million", "2 to 3 million", "$2-3bn".
_EN_RANGE_JOINER = patterns.compile(r"\s*(?:(?P<and>and)|to|[-–])\s*", re.IGNORECASE)
_EN_RANGE_BETWEEN = patterns.compile(r"\bbetween\s+\Z", re.IGNORECASE)
# A whole and a fraction of a scale: "one and a half million", "two-and-a-half billion",
# "a million and a half" (1.5 million), as Arabic writes مليون ونصف المليون.
_EN_AND_FRACTION = patterns.compile(
    r"\b(?:(?P<whole>"
    + patterns.alternation(sorted(sorted({*_EN_COMPOUNDS, *_EN_UNITS}), key=len, reverse=True))
    + rf"|\d+)[\s-]+and[\s-]+a[\s-]+(?P<fraction>half|quarter)[\s-]+(?P<scale>{_EN_SCALE_ALTERNATION})"
    + rf"|(?:a|an|one)\s+(?P<lone_scale>{_EN_SCALE_ALTERNATION})\s+and\s+a\s+(?P<lone_fraction>half|quarter))\b",
    re.IGNORECASE,
)
_EN_FRACTION_SCALE = patterns.compile(
    rf"\b(?P<fraction>half|a quarter|quarter)\s+(?:of\s+)?(?:a|an)\s+(?P<scale>{_EN_SCALE_ALTERNATION})\b", re.IGNORECASE
)


# What a sentence needs for each reader to run: a digit, a number word or a scale word,
# each a whole word (tqa.text.numbers.triggers). Most sentences have none (issue 14).
WORDS = latin_words(NUMBER_WORDS)
SCALE_WORDS = latin_words(_EN_SCALE_ALTERNATION.split("|"))


def english_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    digits, scales = has_digit(text), has_latin_word(text, SCALE_WORDS)
    for start, end, value in phone_numbers(text) if digits else ():
        found.append(replace(make_quantity(value, 0, start, end, text), code=True))  # 06 580 5642: one number
        taken.append((start, end))
    if scales:
        _whole_and_fraction(text, found, taken)
    if digits:
        _digit_numbers(text, found, taken)
    for start, end in road_numbers(text, "en") if digits else ():
        # The N49 national road: the figure of a road's code, which Arabic writes رقم 49.
        found.append(make_quantity(float(text[start:end]), 0, start, end, text))
        taken.append((start, end))
    if has_latin_word(text, WORDS):
        _word_numbers(text, found, taken)
    for match in _EN_FRACTION_SCALE.finditer(text) if scales else ():
        if not overlaps(match.start(), match.end(), taken):
            fraction = en.FRACTIONS[en.matched_key(match["fraction"])]
            found.append(make_quantity(fraction, _EN_SCALE_WORDS[en.matched_key(match["scale"])], match.start(), match.end(), text))
            taken.append((match.start(), match.end()))
    for match in _EN_BARE_SCALE.finditer(text) if scales else ():
        if not overlaps(match.start(), match.end(), taken):
            found.append(make_quantity(1.0, _EN_SCALE_WORDS[en.matched_key(match["scale"])], match.start(), match.end(), text, soft=True))
    return share_range_scale(sorted(found, key=lambda q: q.start), text, _EN_RANGE_JOINER, _EN_RANGE_BETWEEN)


def _whole_and_fraction(text: str, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    """"Two and a half million" is 2.5 million, "a million and a half" 1.5 million: read
    whole, before its parts are taken as a lone "two" and "a half million"."""
    for match in _EN_AND_FRACTION.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        whole = (match["whole"] or "one").lower()
        base = float(whole) if whole.isdigit() else float(_EN_UNITS.get(whole) or _EN_COMPOUNDS[whole])
        base += en.FRACTIONS[en.matched_key(match["fraction"] or match["lone_fraction"])]
        scale = _EN_SCALE_WORDS[en.matched_key(match["scale"] or match["lone_scale"])]
        found.append(make_quantity(base, scale, match.start(), match.end(), text))
        taken.append((match.start(), match.end()))


def _digit_numbers(text: str, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    for match in _EN_NUMBER.finditer(text):
        if overlaps(match.start("number"), match.end("number"), taken):
            continue
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
            scale = _EN_SCALE_WORDS[en.matched_key(match["scale"] or match["glued"])]
        elif match["unit_scale"] and not attached:
            scale = en.SCALED_UNITS[en.matched_key(match["unit_scale"])]  # 25 mtpa: 25 million tonnes a year
        start = match.start("currency") if match["currency"] else match.start("number")
        # "the 1990s" is a decade and "34th" an ordinal, which Arabic writes as words
        # (التسعينيات، الرابعة والثلاثين); a clock time or a fraction is not a count.
        soft = bool(match["decade"] or match["ordinal"]) or in_time_or_fraction(text, match.start("number"), match.end("number"))
        quantity = make_quantity(base, scale, start, match.end(), text, soft=soft, percent=bool(match["percent"]))
        found.append(quantity if alternative is None else changed(quantity, alternative=alternative))
        taken.append((start, match.end()))


def _word_numbers(text: str, found: list[Quantity], taken: list[tuple[int, int]]) -> None:
    for match in _EN_WORD_NUMBER.finditer(text):
        if overlaps(match.start(), match.end(), taken):
            continue
        word = en.matched_key(match["word"])
        base = float(_EN_UNITS.get(word) or _EN_COMPOUNDS.get(word) or _EN_ORDINALS.get(word) or en.MULTIPLES[word])
        scale = _EN_SCALE_WORDS[en.matched_key(match["scale"])] if match["scale"] else 0
        # "two million" and "one percent" are as definite as "2 million" and "1%", and so is
        # "four ministers"; a lone "one" is not.
        counts = (word in _EN_UNITS or word in _EN_COMPOUNDS) and english_counts(text, match.start(), match.end("word"), base)
        definite = bool(scale or match["percent"]) or counts
        found.append(
            make_quantity(base, scale, match.start(), match.end(), text, soft=not definite, percent=bool(match["percent"]))
        )
        taken.append((match.start(), match.end()))
