"""Numbers in Arabic text, after folding digits and letters: digit strings with either
script's separators, scale words with their duals and plurals, compounds (مليون و٢٠٠ ألف), number words, fractions of a scale and the definite scale words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from tqa import patterns
from tqa.lang import ar
from tqa.lang.ar import normalize_with_map, to_western_digits
from tqa.text.numbers import arabic_words
from tqa.text.numbers.arabic_words import AR_ARTICLE_UNITS, AR_UNITS, CARDINALS, PER_CENT, TEN, TENS
from tqa.text.numbers.codes import part_of_code, phone_numbers, road_numbers
from tqa.text.numbers.counting import arabic_clock_hour, arabic_counts, definite_counts
from tqa.text.numbers.digits import arabic_digits, arabic_digits_alternative
from tqa.text.numbers.duals import unit_counts
from tqa.text.numbers.quantity import Quantity, in_time_or_fraction, make_quantity, overlaps, share_range_scale
from tqa.text.numbers.triggers import WordEnds, has_arabic_word_ending, has_digit

_AR_SCALES = ar.SCALES  # آلاف after a number (٣ آلاف) is a scale; alone (آلاف السوريين) it is "thousands of"
_AR_LETTERS = ar.LETTERS
_AR_PREFIX = "(?:" + "|".join(ar.FIGURE_PROCLITICS) + ")?"
_DIGIT_RUN = r"\d+(?:[.,٫٬]\d+)*"  # digits already folded to 0-9; either separator script
_AR_DEFINITE_ALTERNATION = "|".join(ar.DEFINITE_SCALES)
_AR_SCALE_ALTERNATION = "|".join(sorted(_AR_SCALES, key=len, reverse=True))
_AR_NUMBER = patterns.compile(
    rf"(?<![\d.,٫٬]){_AR_PREFIX}(?P<number>{_DIGIT_RUN})"
    rf"(?:\s*(?P<percent>٪|%|(?:في|بال)\s?(?:ال)?(?:مئه|مائه)))?"
    rf"(?:\s*(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
    rf"(?:\s+(?P<scale2>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
_AR_FRACTION_SCALE = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<fraction>نصف|ربع)\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])"
)
# الألف, والمليون: "the thousand", a thousand all the same (الجنود الألف). Not after ب:
# بالألف is "per thousand", a rate.
_AR_DEFINITE_SCALE = patterns.compile(
    rf"(?<![{_AR_LETTERS}])(?:{'|'.join(ar.CONJUNCTIONS)})?(?:{ar.ARTICLE}|{ar.ARTICLE_AFTER_L})(?P<scale>{_AR_DEFINITE_ALTERNATION})(?![{_AR_LETTERS}])"
)
_AR_BARE_SCALE = patterns.compile(rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])")
_AR_WORD = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<word>" + "|".join(sorted(AR_UNITS, key=len, reverse=True)) + rf")(?![{_AR_LETTERS}])"
    rf"(?:\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
# عتبة الواحد في المئة, خمسة بالمئة: a number word before the per cent is a share, as
# definite as «٥٪»; with the article too («الواحد في المئة», "the one per cent threshold").
# The set sorted before by length: in hash order the pattern would differ from run to run (tqa.patterns).
_AR_WORD_PERCENT = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?:{ar.ARTICLE})?(?P<word>"
    + "|".join(sorted(sorted({w for w in ar.UNITS if not w.startswith(ar.ARTICLE) and w != "اول"}), key=len, reverse=True))
    + rf")\s+(?:في|بال)\s?(?:ال)?(?:{'|'.join(PER_CENT)})(?![{_AR_LETTERS}])"
)
# A unit and a ten, one number: خمسة وعشرين (25), إحدى وثلاثين ألفاً (31,000).
_AR_UNITS_AND_TENS = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<word>"
    + "|".join(sorted((w for w, v in CARDINALS.items() if v < 10), key=len, reverse=True))
    + r")\s+و\s?(?P<tens>"
    + "|".join(TENS)
    + rf")(?![{_AR_LETTERS}])(?:\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
# الخمسين من العمر, العشرينات: tens with the article are the number all the same (soft, like
# any number word). Units with it (الثلاثة، الاثنين) are as often "the three" or Monday.
_AR_DEFINITE_TENS = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}{ar.ARTICLE}(?P<word>"
    + "|".join(TENS)
    + rf")(?![{_AR_LETTERS}])"
)
# A unit and a ten, each with the article, are one number: «الذكرى الخامسة والعشرين» (25th), «الفنادق الستة والتسعين» (96).
_AR_ARTICLE_AND_TENS = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<unit>{'|'.join(sorted(AR_ARTICLE_UNITS, key=len, reverse=True))})\s+و\s?"
    rf"{ar.ARTICLE}(?P<word>{'|'.join(TENS)})(?![{_AR_LETTERS}])"
)
# A thousand of a larger scale: ألف مليار (a trillion), ألف و٢٠٠ مليار (1.2 trillion),
# ألفي مليون (2 billion); the thousands count the larger scale's units.
_AR_THOUSANDS_OF = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<head>الف|الفا|الفي|الفين|الفان)(?:\s+و\s?(?P<number>\d+)(?![\d.,٫٬]))?"
    rf"\s+(?P<scale>مليون|مليونا|مليار|مليارا|بليون|تريليون)(?![{_AR_LETTERS}])"
)
_AR_TEEN = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?:{ar.ARTICLE})?(?P<word>"
    + "|".join(sorted(ar.TEEN_UNITS, key=len, reverse=True))
    + rf")\s+{TEN}ه?(?![{_AR_LETTERS}])"
)
# ونصف السكان is "and half the population": a definite noun after it is not the head's scale.
_AR_FRACTION_TAIL = patterns.compile(
    rf"\s+و\s?(?P<fraction>نصف|ربع)(?![{_AR_LETTERS}])(?:\s+(?:{ar.ARTICLE})?(?P<scale>{_AR_DEFINITE_ALTERNATION})(?![{_AR_LETTERS}])|(?!\s+ال))"
)
# The units after a scale word, with no scale of their own: ألفاً و٢٠٠ (13,200 with ١٣ before).
_AR_BARE_TAIL = patterns.compile(
    rf"\s+و\s?(?P<number>\d+)(?![\d.,٫٬])(?!\s*(?:٪|%|(?:في|بال)\s?(?:ال)?(?:مئه|مائه)|{_AR_SCALE_ALTERNATION}))"
)
# A tail in words: ألف ومئتي فني (1,200), ثلاثة آلاف وخمسمئة (3,500), مليون ومئتا ألف.
_AR_WORD_TAIL = patterns.compile(
    r"\s+و\s?(?P<word>" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + rf")(?![{_AR_LETTERS}])"
    rf"(?:\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}]))?"
)
# The ends of a range (in the original text): «بين ٣ و٥ آلاف», «من ٣ إلى ٥ ملايين», «٣-٥ آلاف».
_AR_RANGE_JOINER = patterns.compile(r"\s*(?:(?P<and>و)|[إا]ل[ىي]|حت[ىي]|[-–])\s*")
_AR_RANGE_BETWEEN = patterns.compile(rf"(?<![{_AR_LETTERS}])[وف]?بين\s*\Z")
_AR_COMPOUND_TAIL = patterns.compile(rf"\s+و\s?(?P<number>{_DIGIT_RUN})\s+(?P<scale>{_AR_SCALE_ALTERNATION})(?![{_AR_LETTERS}])")


def _arabic_scale(word: str | None, plural_allowed: bool) -> tuple[float, int] | None:
    """(multiplier, scale) of a scale word, or None when it is not one here."""
    if word is None:
        return (1.0, 0)
    entry = _AR_SCALES[word]
    if isinstance(entry, tuple):
        return (float(entry[0]), entry[1])
    if entry is None:
        return (1.0, ar.PLURAL_SCALES[word]) if plural_allowed else None
    return (1.0, entry)


@dataclass
class _Found:
    """The quantities found so far in one text, and the folded spans they cover."""

    text: str
    folded: str
    offsets: list[int]
    found: list[Quantity] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def scan(self, pattern: re.Pattern[str], ends: WordEnds) -> Iterator[re.Match[str]]:
        """`pattern`'s matches, none searched for where no word ends with one of `ends`."""
        return pattern.finditer(self.folded) if has_arabic_word_ending(self.folded, ends) else iter(())

    def add(self, base: float, scale: int, start: int, end: int, soft: bool = False, percent: bool = False) -> None:
        end, tail = _extend_compound(self.folded, end, scale)
        quantity = make_quantity(
            base, scale, self.offsets[start], self.offsets[end], self.text, soft=soft and not tail, percent=percent
        )
        if tail:
            # مليون و٢٠٠ ألف: written base 1.2 at the scale of its head.
            quantity = make_quantity(base + tail / 1000.0**scale, scale, quantity.start, quantity.end, self.text, percent=percent)
        self.found.append(quantity)
        self.taken.append((start, end))


def arabic_quantities(text: str) -> list[Quantity]:
    folded, offsets = normalize_with_map(to_western_digits(text))
    result = _Found(text, folded, offsets)
    if has_digit(folded):
        _digit_numbers(result)
    if has_arabic_word_ending(folded, arabic_words.WORD_ENDS):
        _word_numbers(result)
    if has_arabic_word_ending(folded, arabic_words.SCALE_ENDS):
        _scale_words(result)
    for start, end, value in unit_counts(folded):
        if not overlaps(start, end, result.taken):
            result.add(value, 0, start, end, soft=True)  # كيلومترين: "2 km", soft as a number word is
    for start, end, value, soft in definite_counts(folded, text, offsets) if has_arabic_word_ending(folded, arabic_words.WORD_ENDS) else ():
        if not overlaps(start, end, result.taken):
            result.add(value, 0, start, end, soft=soft)  # «أطفالي الثلاثة»: as definite as «ثلاثة من أطفالي»
    found = result.found
    if not found:
        return found  # most sentences: no compound, no range (issue 14)
    # A compound's tail (و٢٠٠ ألف) was also found alone before the compound claimed it.
    inside = [
        q
        for q in found
        if any(o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start for o in found)
    ]
    kept = sorted((q for q in found if q not in inside), key=lambda q: q.start)
    return share_range_scale(kept, text, _AR_RANGE_JOINER, _AR_RANGE_BETWEEN)


def _digit_numbers(result: _Found) -> None:
    folded = result.folded
    roads = set(road_numbers(folded, "ar"))  # «الطريق السريع M4»: the figure of a road's code is read
    for start, end, value in phone_numbers(folded):
        result.add(value, 0, start, end)
        result.found[-1] = replace(result.found[-1], code=True)  # ٠٦ ٥٨٠ ٥٦٤٢: one number
    for match in _AR_NUMBER.finditer(folded):
        span = (match.start("number"), match.end("number"))
        if overlaps(*span, result.taken) or (span not in roads and part_of_code(folded, *span)):
            continue
        first = _arabic_scale(match["scale"], plural_allowed=True)
        second = _arabic_scale(match["scale2"], plural_allowed=True) if match["scale2"] else (1.0, 0)
        if first is None or second is None:
            continue
        base = arabic_digits(match["number"]) * first[0] * second[0]
        soft = in_time_or_fraction(folded, match.start("number"), match.end("number"), "ar")
        result.add(base, first[1] + second[1], match.start("number"), match.end(), soft=soft, percent=bool(match["percent"]))
        alternative = arabic_digits_alternative(match["number"])
        if alternative is not None:
            multiplied = alternative * first[0] * second[0] * 1000.0 ** (first[1] + second[1])
            result.found[-1] = replace(result.found[-1], alternative=multiplied)


def _word_numbers(result: _Found) -> None:
    # Soft, but an hour («الحادية عشرة ليلاً», 11 p.m.) is as definite as its figure.
    for m in result.scan(_AR_TEEN, arabic_words.TEEN_ENDS):
        result.add(10.0 + ar.TEEN_UNITS[m["word"]], 0, m.start(), m.end(), soft=not arabic_clock_hour(result.folded, m.start(), m.end()))
    for match in result.scan(_AR_WORD_PERCENT, arabic_words.PER_CENT_ENDS):
        result.add(float(AR_UNITS[match["word"]]), 0, match.start("word"), match.end(), percent=True)
    for match in result.scan(_AR_ARTICLE_AND_TENS, arabic_words.TENS_ENDS):  # soft, as every number word
        result.add(float(AR_ARTICLE_UNITS[match["unit"]] + AR_UNITS[match["word"]]), 0, match.start("unit"), match.end(), soft=True)
    for match in result.scan(_AR_DEFINITE_TENS, arabic_words.TENS_ENDS):
        if overlaps(match.start("word"), match.end(), result.taken):
            continue
        result.add(float(AR_UNITS[match["word"]]), 0, match.start("word") - len(ar.ARTICLE), match.end(), soft=True)
    for pattern, ends in ((_AR_UNITS_AND_TENS, arabic_words.TENS_ENDS), (_AR_WORD, arabic_words.WORD_ENDS)):
        for match in result.scan(pattern, ends):
            scale = _arabic_scale(match["scale"], plural_allowed=True)
            if scale is None or overlaps(match.start("word"), match.end(), result.taken):
                continue
            tens = match.groupdict().get("tens")
            base = (AR_UNITS[match["word"]] + (AR_UNITS[tens] if tens else 0)) * scale[0]
            # «ثلاثة ملايين» is as definite as «٣ ملايين», «ثلاثة وزراء» as «٣ وزراء», «العاشرة صباحاً» as 10 a.m.
            counts = match["word"] != "اول" and arabic_counts(result.folded, match.start("word"), match.end(), base)
            result.add(base, scale[1], match.start("word"), match.end(), soft=scale[1] == 0 and not counts)


def _scale_words(result: _Found) -> None:
    """Fractions of a scale (نصف مليون), bare scale words (مليونين) and definite ones (الألف)."""
    folded, taken = result.folded, result.taken
    _thousands_of(result)
    for match in _AR_FRACTION_SCALE.finditer(folded):
        scale = _arabic_scale(match["scale"], plural_allowed=False)
        if scale is not None and not overlaps(match.start("fraction"), match.end(), taken):
            result.add(ar.FRACTIONS[match["fraction"]], scale[1], match.start("fraction"), match.end())
    for match in _AR_BARE_SCALE.finditer(folded):
        if overlaps(match.start("scale"), match.end(), taken):
            continue
        scale = _arabic_scale(match["scale"], plural_allowed=False)
        if scale is None:
            continue  # ملايين السوريين: "millions of", not a number
        multiplier, power = scale
        # مليونين is definite (2 million); a lone مليون may be "a million" or "one of millions".
        result.add(multiplier, power, match.start("scale"), match.end(), soft=multiplier == 1.0)
    for match in _AR_DEFINITE_SCALE.finditer(folded):
        if not overlaps(match.start("scale") - 2, match.end(), taken):
            power = ar.DEFINITE_SCALES[match["scale"]]
            result.add(1.0, power, match.start() + (1 if folded[match.start()] in ar.CONJUNCTIONS else 0), match.end(), soft=True)


def _thousands_of(result: _Found) -> None:
    """ألف مليار, ألف و٢٠٠ مليار: a thousand (or two) units of a larger scale, plus some more."""
    for match in _AR_THOUSANDS_OF.finditer(result.folded):
        # The figure of the tail (٢٠٠ مليار) was read alone first; the whole drops it.
        if overlaps(match.start("head"), match.end("head"), result.taken):
            continue
        head = _arabic_scale(match["head"], plural_allowed=False) or (1.0, 1)
        larger = _arabic_scale(match["scale"], plural_allowed=False) or (1.0, 0)
        base = head[0] * 1000.0 + (float(match["number"]) if match["number"] else 0.0)
        result.add(base, larger[1], match.start("head"), match.end())


def _extend_compound(folded: str, end: int, scale: int) -> tuple[int, float]:
    """Absorb "و٢٠٠ ألف" after "مليون": returns the new end and the value to add."""
    if scale == 0:
        return end, 0.0
    tail = _AR_COMPOUND_TAIL.match(folded, end)
    if tail is None:
        return _extend_by_units_or_fraction(folded, end, scale)
    scale_info = _arabic_scale(tail["scale"], plural_allowed=True)
    if scale_info is None or scale_info[1] >= scale:
        return end, 0.0
    return tail.end(), arabic_digits(tail["number"]) * scale_info[0] * 1000.0 ** scale_info[1]


def _extend_by_units_or_fraction(folded: str, end: int, scale: int) -> tuple[int, float]:
    """Units with no scale of their own (ألفاً و٢٠٠), number words (ألف ومئتي), or a half
    or a quarter of the head's scale."""
    bare = _AR_BARE_TAIL.match(folded, end)
    if bare is not None and arabic_digits(bare["number"]) < 1000.0**scale:
        return bare.end(), arabic_digits(bare["number"])  # ١٣ ألفاً و٢٠٠ سفينة: 13,200
    words_end, words = _word_tail(folded, end, scale)
    if words:
        return words_end, words
    half = _AR_FRACTION_TAIL.match(folded, end)
    if half is not None and (half["scale"] is None or _AR_SCALES.get(half["scale"]) == scale):
        # مليار ونصف (المليار), ثلاثة ملايين ونصف: a half or a quarter of the head's scale.
        return half.end(), ar.FRACTIONS[half["fraction"]] * 1000.0**scale
    return end, 0.0


def _word_tail(folded: str, end: int, scale: int) -> tuple[int, float]:
    """Number words after a scale word, each part smaller than the one before: ومئتان
    وخمسون after ألف (1,250), ومئتا ألف after مليون (1,200,000). A word with a scale of
    its own at or above the head's (مليون وثلاثة ملايين) ends the compound. Arabic says
    the unit before the ten: ألف وخمسة وعشرون is 1,025."""
    total, limit = 0.0, 1000.0**scale
    while (tail := _AR_WORD_TAIL.match(folded, end)) is not None:
        power = _arabic_scale(tail["scale"], plural_allowed=True)
        if power is None:
            break
        value = CARDINALS[tail["word"]] * power[0] * 1000.0 ** power[1]
        unit_then_ten = 0 < limit < 10 and 20 <= value <= 90
        if value >= limit and not unit_then_ten:
            break
        total, end, limit = total + value, tail.end(), 0.0 if unit_then_ten else value  # nothing after the ten
    return end, total
