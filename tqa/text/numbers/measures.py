"""One amount in two units: durations, sums in a currency's small coin, and shares.

A translator may write "60 minutes" as «ساعة واحدة», "between 90 minutes and two
hours" as «ما بين ساعة ونصف وساعتين», "0.15 riyals" as «١٥ هللة» and "half of
the budget" as «50٪ من الميزانية». The figures differ and the amount does not.
`measures(text, lang)` reads such amounts as (dimension, value) in one unit per
dimension, so that the number comparison can pair the two and leave the figures
inside them alone:

- "time": minutes, hours, days and weeks, in minutes; with the halves, quarters
  and compounds that news copy uses (ساعة و٤٠ دقيقة، an hour and a half), the dual
  with the article (اليومين الأولين = the first 48 hours) and ranges that write the
  unit once (ما بين ٤٨ و٧٢ ساعة = two to three days: 48 hours, 72 hours);
- "months": months, years and decades, in months (١٨ شهراً = a year and a half =
  عام ونصف, عشر سنوات = a decade, نصف عام = six months);
- "money": a figure before a currency or its coin, in the main unit (١٥ هللة = 0.15);
- "share": a per cent, or a fraction word used as a quantity, in per cent (tqa.text.numbers.shares).

A bare Arabic singular is one of its unit only for the hour (ساعة), with واحد after
it (دقيقة واحدة) or with a fraction added (عام ونصف, a year and a half): a lone يوم,
شهر or دقيقة names a day, a month or says "precise" (يوم الخميس، شهر رمضان، معلومات
دقيقة), not a length of time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import normalize, normalize_with_map, to_western_digits
from tqa.text.numbers.approximate import ROUNDING_LIMIT, approximation, on_its_side
from tqa.text.numbers.digits import arabic_digits
from tqa.text.numbers.duals import TIME_UNITS, dual_forms
from tqa.text.numbers.shares import arabic_shares, english_shares
from tqa.text.numbers.triggers import arabic_word_ends, has_arabic_word_ending, has_digit, has_latin_word, latin_words


@dataclass(frozen=True)
class Measure:
    start: int  # offsets into the original text
    end: int
    dimension: str  # "time" (minutes), "months", "money" (main unit) or "share" (per cent)
    value: float
    exact: bool = True  # False for a share in words: a third is written 33% or 33.3%
    approximate: int | None = None  # "nearly half" 0, "more than half" 1 (tqa.text.numbers.approximate)

    def same_amount(self, other: Measure) -> bool:
        # A share in words agrees with a per cent to half a point, or as a rounding when
        # either is approximate (nearly half for 48.7%); figures agree exactly.
        if {self.dimension, other.dimension} == {"time", "months"}:
            return _a_month_in_days(self, other)
        if self.dimension != other.dimension:
            return False
        if self.exact and other.exact:
            return abs(self.value - other.value) <= 1e-9 * max(abs(self.value), 1.0)
        words, figure = (other, self) if self.exact else (self, other)
        tolerance = 0.5
        if self.approximate is not None or other.approximate is not None:
            tolerance = max(tolerance, float(ROUNDING_LIMIT) * abs(figure.value))
        bound = words.approximate or 0
        return abs(self.value - other.value) <= tolerance and on_its_side(figure.value, words.value, bound)


def _a_month_in_days(a: Measure, b: Measure) -> bool:
    """A month written as its days, "30 days" for «شهر»: one month against a whole number
    of days from 28 to 31, bounded on the same side if at all ("more than 30 days" and
    «أكثر من شهر», not «أقل من شهر»). Never more months: 90 days is no quarter's exact length."""
    month, days = (a, b) if a.dimension == "months" else (b, a)
    count = days.value / _DAY
    return month.value == 1 and count == int(count) and 28 <= count <= 31 and (a.approximate or 0) == (b.approximate or 0)


_AR_L = ar.LETTERS
_AR_WORDS = {w: float(v) for w, v in ar.UNITS.items() if not w.startswith("ال") and w != "اول"}
_AR_AMOUNT = r"(?P<digits>\d+(?:[.,٫]\d+)?)|(?P<word>" + "|".join(sorted(_AR_WORDS, key=len, reverse=True)) + ")"
# Folded form -> (dimension, size in the dimension's unit, count it names with no figure: 0 none).
_AR_UNITS: dict[str, tuple[str, float, int]] = {
    "دقيقه": ("time", 1, 0), "دقائق": ("time", 1, 0), "ساعه": ("time", 60, 1), "ساعات": ("time", 60, 0),
    "يوم": ("time", 1440, 0), "يوما": ("time", 1440, 0), "ايام": ("time", 1440, 0), "اسبوع": ("time", 10080, 0),
    "اسبوعا": ("time", 10080, 0), "اسابيع": ("time", 10080, 0), "شهر": ("months", 1, 0), "شهرا": ("months", 1, 0),
    "اشهر": ("months", 1, 0), "شهور": ("months", 1, 0), "عام": ("months", 12, 0), "عاما": ("months", 12, 0),
    "سنه": ("months", 12, 0), "اعوام": ("months", 12, 0), "سنوات": ("months", 12, 0),
    "عقد": ("months", 120, 0), "عقدا": ("months", 120, 0), "عقود": ("months", 120, 0),
}  # fmt: skip
# A bare singular with a fraction after it is one of its unit and the fraction: «عام ونصف»
# is a year and a half (18 months), «شهر وربع» a month and a quarter; not where the fraction
# is a share of what follows («مدير عام ونصف الموظفين»), unless of the unit («عام ونصف العام»).
# The singular's accusative is one too: «تستغرق عاماً ونصف العام» (folded عاما), 18 months.
_AR_SINGULARS = frozenset({"دقيقه", "ساعه", "يوم", "يوما", "اسبوع", "اسبوعا", "شهر", "شهرا", "عام", "عاما", "سنه", "عقد", "عقدا"})
_AR_SHARE_AFTER = patterns.compile(rf"\s+ال(?!(?:{'|'.join(sorted(_AR_SINGULARS))})(?![{ar.LETTERS}]))")  # sorted: a set's order varies by run (tqa.patterns)
# The duals (ساعتين، عامان): two of the unit, with no figure (tqa.text.numbers.duals).
_AR_UNITS |= {
    dual: (_AR_UNITS[normalize(unit)][0], _AR_UNITS[normalize(unit)][1], 2)
    for unit in TIME_UNITS
    if normalize(unit) in _AR_UNITS
    for dual in dual_forms(unit)
}
AR_PERIOD_WORDS = frozenset(_AR_UNITS)  # the words of a length of time (folded): الأشهر التسعة is a period
_AR_UNIT = "|".join(sorted(_AR_UNITS, key=len, reverse=True))
# The article is read before a dual only (اليومين الأولين: the first two days); before a
# singular it makes a clock time or a day (الساعة الثالثة، اليوم).
_AR_PART = patterns.compile(
    rf"(?<![{_AR_L}\d.,٫])[وفبل]?(?:(?:{_AR_AMOUNT})\s*|(?P<lead>نصف|ربع)\s+|(?P<article>ال|(?<=ل)ل))?(?P<unit>{_AR_UNIT})(?![{_AR_L}])"
    rf"(?:\s+(?P<one>واحده|واحد)(?![{_AR_L}]))?"
    rf"(?:\s+(?:و\s?(?P<plus>نصف|ربع|ثلث)|(?P<minus>الا)\s+ربعا?)(?![{_AR_L}]))?"
)
_AR_JOIN = patterns.compile(r"\s+و\s?$")
_AR_RANGE_HEAD = patterns.compile(rf"(?:(?P<between>بين)\s+)?(?<![{_AR_L}\d.,٫])(?:{_AR_AMOUNT})\s*(?P<joiner>و|الي|حتي|-|–)\s*\Z")
# Coins per main unit: هللة (riyal), فلس (dinar), قرش (pound, Jordanian dinar), بيسة (Omani rial).
_AR_MONEY = {
    "هلله": 0.01, "هللات": 0.01, "فلس": 0.001, "فلسا": 0.001, "فلوس": 0.001, "قرش": 0.01, "قرشا": 0.01,
    "قروش": 0.01, "سنت": 0.01, "سنتا": 0.01, "سنتات": 0.01, "سنتيم": 0.01, "سنتيمات": 0.01, "بيسه": 0.001,
    "بيسات": 0.001, "ريال": 1, "ريالا": 1, "ريالات": 1, "دينار": 1, "دينارا": 1, "دنانير": 1, "جنيه": 1,
    "جنيها": 1, "جنيهات": 1, "درهم": 1, "درهما": 1, "دراهم": 1, "دولار": 1, "دولارا": 1, "دولارات": 1,
    "ليره": 1, "ليرات": 1, "يورو": 1,
}  # fmt: skip
_AR_MONEY_RE = patterns.compile(
    rf"(?<![\d.,٫])(?P<digits>\d+(?:[.,٫]\d+)?)\s*(?P<unit>{'|'.join(sorted(_AR_MONEY, key=len, reverse=True))})(?![{_AR_L}])"
)
_EN_WORDS = {w: float(v) for w, v in en.UNITS.items()} | {"a": 1.0, "an": 1.0}
_EN_AMOUNT = r"(?P<digits>\d+(?:\.\d+)?)|(?P<word>" + patterns.alternation(sorted(_EN_WORDS, key=len, reverse=True)) + ")"
_EN_UNITS = {
    "minute": ("time", 1.0), "min": ("time", 1.0), "hour": ("time", 60.0), "hr": ("time", 60.0),
    "day": ("time", 1440.0), "week": ("time", 10080.0), "fortnight": ("time", 20160.0),
    "month": ("months", 1.0), "year": ("months", 12.0), "decade": ("months", 120.0),
}  # fmt: skip
_EN_PART = patterns.compile(
    rf"\b(?:(?P<lead>half|a\s+quarter\s+of)\s+an?|(?:{_EN_AMOUNT})(?:\s+and\s+a\s+(?P<inner>half|quarter))?)"
    rf"[\s-]+(?P<unit>{'|'.join(_EN_UNITS)})s?\b"
    rf"(?:\s+and\s+a\s+(?P<plus>half|quarter)\b)?",
    re.IGNORECASE,
)
# A length of time needs one of its units as a whole word, and a sum of money a digit: a
# sentence with neither is not scanned for them (tqa.text.numbers.triggers; issue 14).
_AR_UNIT_ENDS = arabic_word_ends(_AR_UNITS)
_EN_UNIT_WORDS = latin_words([*_EN_UNITS, *(unit + "s" for unit in _EN_UNITS)])
_EN_JOIN = patterns.compile(r"^\s+(?:and\s+)?$")
_EN_RANGE_HEAD = patterns.compile(
    rf"(?:\b(?P<between>between)\s+)?\b(?:(?P<digits>\d+(?:\.\d+)?)|(?P<word>{'|'.join(en.UNITS)}))\s*(?P<joiner>-|–|to|and)\s*\Z",
    re.IGNORECASE,
)
_EN_COINS = {"halala": 0.01, "fils": 0.001, "piastre": 0.01, "piaster": 0.01, "cent": 0.01, "baisa": 0.001, "centime": 0.01}
_EN_MAIN = r"riyals?|rials?|dinars?|pounds?|dirhams?|dollars?|euros?|liras?"
_EN_MONEY_RE = patterns.compile(
    rf"(?:(?P<sign>\$|£|€)\s?)?(?<![\d.,])(?P<digits>\d+(?:\.\d+)?)(?!\d|[.,]\d)"
    rf"(?:\s*(?P<coin>{'|'.join(_EN_COINS)})s?\b|\s*(?:{_EN_MAIN})\b)?"
    r"(?![\s-]*(?:thousand|million|billion|trillion)\b|(?:bn|mn|m|k|tn)\b)",  # $2.27 billion is no small sum
    re.IGNORECASE,
)
# "Around the clock" is a day's 24 hours, as «على مدار الساعة» is: each side may write the
# idiom for the other's «على مدار ٢٤ ساعة», "24 hours a day".
_DAY = 1440.0
_EN_CLOCK_WORD, _AR_CLOCK_WORD = "clock", "الساعه"
_EN_CLOCK = patterns.compile(rf"\b(?:a)?round[\s-]+the[\s-]+{_EN_CLOCK_WORD}\b", re.IGNORECASE)
_AR_CLOCK = patterns.compile(rf"(?<![{_AR_L}])(?:علي\s+)?مدار\s+{_AR_CLOCK_WORD}(?![{_AR_L}])")
_AR_CLOCK_ENDS, _EN_CLOCK_WORDS = arabic_word_ends([_AR_CLOCK_WORD]), latin_words([_EN_CLOCK_WORD])  # as the units' (issue 14)
_HALVES = {"half": 0.5, "quarter": 0.25, "a quarter of": 0.25, "نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}


def measures(text: str, lang: str) -> list[Measure]:
    """Durations, sums of money and shares written in `text`, in reading order."""
    return list(_measures(text, lang))


@lru_cache(maxsize=4096)  # the aligner's anchors and the number check read each sentence's amounts, as its numbers (#14)
def _measures(text: str, lang: str) -> tuple[Measure, ...]:
    found = _arabic(text) if lang == "ar" else _english(text)
    times = [m for m in found if m.dimension in ("time", "months")]
    # «ربع ساعة», "a quarter of an hour": the fraction is the duration's, not a share.
    found = [m for m in found if m.dimension != "share" or not any(t.start < m.end and m.start < t.end for t in times)]
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _amount(digits: str | None, word: str | None, words: dict[str, float]) -> float:
    if digits:
        return arabic_digits(digits)  # ١٫٥ and 1,500 as an Arabic writer means them; English digits are plain
    return words[en.matched_key(word)] if word else 1.0


def _arabic(text: str) -> list[Measure]:
    folded, offsets = normalize_with_map(to_western_digits(text))
    found = _arabic_durations(text, folded, offsets) if has_arabic_word_ending(folded, _AR_UNIT_ENDS) else []
    for match in _AR_MONEY_RE.finditer(folded) if has_digit(folded) else ():
        amount, coin = _amount(match["digits"], None, {}), _AR_MONEY[match["unit"]]
        # «بين ٠٫٨ و١٫١ دولار»: the currency, written once, is the first end's too.
        if (head := _range_head(_AR_RANGE_HEAD, folded, match.start(), amount, _AR_WORDS)) is not None:
            found.append(Measure(offsets[head[0]], offsets[head[1]], "money", head[2] * coin))
        found.append(Measure(offsets[match.start()], offsets[match.end()], "money", amount * coin))
    for start, end, value, exact in arabic_shares(folded):
        found.append(_share(text, offsets[start], offsets[end], value, exact))
    clock = _AR_CLOCK.finditer(folded) if has_arabic_word_ending(folded, _AR_CLOCK_ENDS) else ()
    found += [Measure(offsets[m.start()], offsets[m.end()], "time", _DAY) for m in clock]
    return found


def _arabic_durations(text: str, folded: str, offsets: list[int]) -> list[Measure]:
    found: list[Measure] = []
    previous: tuple[int, str, float, float] | None = None  # end, dimension, size, total of the duration being read
    for match in _AR_PART.finditer(folded):
        dimension, size, implied = _AR_UNITS[match["unit"]]
        has_figure = bool(match["digits"] or match["word"])
        bare = not (has_figure or match["article"]) and match["unit"] in _AR_SINGULARS
        if bare and match["plus"] and not _AR_SHARE_AFTER.match(folded, match.end()):
            implied = 1
        start = min(match.start(g) for g in ("digits", "word", "lead", "unit") if match[g])
        bound = approximation(text, offsets[start], offsets[match.end()])
        if bare and bound in (1, -1):
            implied = 1  # «لأكثر من شهر», «أقل من يوم»: bounded, it is a length (not «على نحو عام», "in general")
        if (not has_figure and not match["lead"] and not match["one"] and implied == 0) or (match["article"] and implied != 2):
            previous = None
            continue  # ساعات، يوم الخميس، شهر رمضان، معلومات دقيقة، الساعة الثالثة: no length of time
        count = _amount(match["digits"], match["word"], _AR_WORDS) if has_figure else float(implied)
        if match["lead"]:
            count = _HALVES[match["lead"]]
        count += _HALVES[match["plus"]] if match["plus"] else -0.25 if match["minus"] else 0.0
        value = count * size
        # ساعة و٤٠ دقيقة: a smaller unit joined by و adds to the duration before it.
        if (
            previous is not None
            and previous[1] == dimension
            and size < previous[2]
            and _AR_JOIN.search(folded[previous[0] : start])
        ):
            last = found.pop()
            start, value = _folded_start(last, offsets), last.value + value
        elif has_figure and (head := _range_head(_AR_RANGE_HEAD, folded, start, count, _AR_WORDS)) is not None:
            found.append(Measure(offsets[head[0]], offsets[head[1]], dimension, head[2] * size))
        found.append(Measure(offsets[start], offsets[match.end()], dimension, value, approximate=bound))
        previous = (match.end(), dimension, size, value)
    return found


def _range_head(
    pattern: re.Pattern[str], text: str, start: int, count: float, words: dict[str, float]
) -> tuple[int, int, float] | None:
    """The first end of a range whose unit is written once, after the second: «ما بين ٤٨
    و٧٢ ساعة» is 48 hours to 72, "two to three days" two days to three. As (start, end,
    count); a range runs upwards, and "and" (و) joins its ends only after "between" (بين)."""
    window = max(0, start - 40)
    head = pattern.search(text, window, start)
    if head is None or (head["joiner"].lower() in ("و", "and") and not head["between"]):
        return None
    first = _amount(head["digits"], head["word"], words)
    if not first < count:
        return None
    group = "digits" if head["digits"] else "word"
    return head.start(group), head.end(group), first


def _folded_start(measure: Measure, offsets: list[int]) -> int:
    """The folded offset of a measure already read (offsets is increasing)."""
    return next(i for i, o in enumerate(offsets) if o >= measure.start)


def _english(text: str) -> list[Measure]:
    found: list[Measure] = []
    previous: tuple[int, str, float] | None = None
    for match in _EN_PART.finditer(text) if has_latin_word(text, _EN_UNIT_WORDS) else ():
        dimension, size = _EN_UNITS[en.matched_key(match["unit"])]
        count = (
            _HALVES[re.sub(r"\s+", " ", en.matched_key(match["lead"]))]
            if match["lead"]
            else _amount(match["digits"], match["word"], _EN_WORDS)
        )
        count += sum(_HALVES[en.matched_key(h)] for h in (match["inner"], match["plus"]) if h)
        start, value = match.start(), count * size
        # "one hour and 40 minutes", "2 hours 40 minutes": the smaller unit adds.
        if previous is not None and previous[1] == dimension and size < previous[2] and _EN_JOIN.match(text[previous[0] : start]):
            last = found.pop()
            start, value = last.start, last.value + value
        elif not match["lead"] and (head := _range_head(_EN_RANGE_HEAD, text, start, count, _EN_WORDS)) is not None:
            found.append(Measure(head[0], head[1], dimension, head[2] * size))
        found.append(Measure(start, match.end(), dimension, value, approximate=approximation(text, start, match.end())))
        previous = (match.end(), dimension, size)
    for match in _EN_MONEY_RE.finditer(text) if has_digit(text) else ():
        if not (match["sign"] or match["coin"] or match.end("digits") != match.end()):
            continue  # a bare figure is no sum of money
        coin = _EN_COINS[en.matched_key(match["coin"])] if match["coin"] else 1.0
        found.append(Measure(match.start(), match.end(), "money", float(match["digits"]) * coin))
    found += [_share(text, start, end, value, exact) for start, end, value, exact in english_shares(text)]
    clock = _EN_CLOCK.finditer(text) if has_latin_word(text, _EN_CLOCK_WORDS) else ()
    found += [Measure(m.start(), m.end(), "time", _DAY) for m in clock]
    return found


def _share(text: str, start: int, end: int, value: float, exact: bool) -> Measure:
    return Measure(start, end, "share", value, exact, approximate=approximation(text, start, end))
