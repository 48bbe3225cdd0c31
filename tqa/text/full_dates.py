"""Full dates (day, month and year) in Arabic and English text, as calendar values.

A date is read in figures (١/٧/٢٠٢٧, 01-07-2027, 1.7.2027, 2027-07-01) or with a
month name (1 July 2027, July 1, 2027, ١ تموز/يوليو ٢٠٢٧, الأول من تموز ٢٠٢٧),
so that two ways of writing one date compare equal.

Figures are read by each language's convention: Arab news writes day/month/year,
so an Arabic numeric date has one reading. English copy may be American
(month/day): an English numeric date whose first two figures are both 12 or less
carries both readings and is `ambiguous`; one with a figure over 12 has the one
reading that figure allows. Only dates with a four-digit year between 1800 and
2200 that exist on the calendar are read (31/2/2027 is not a date).

A day and a month named without a year («جلسة 3 مارس المقبل», "the session of
March 13") are a date too, with year 0 (`NO_YEAR`): a changed day is then a date
finding, not a changed figure. Only a month name makes one: "3/13" with no year
is as often a score or a fraction as a date.

A range of days under one month name gives each end its month: «من ٢٢ إلى ٢٥ أكتوبر»
and "from October 22 to 25" are 22 October and 25 October, so that a changed first day
is a changed date, not a figure left over beside the second.

The end of a month is its last day: "by June 30" is «بحلول نهاية حزيران» (نهاية or
آخر يوم من, not أواخر, "late June"), the end of February the 28th or the 29th when no
year says which. Such a date (`month_end`) matches its last day, and is never paired
as changed: "the end of June" may loosely be the 28th.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import normalize_with_map, to_western_digits

Ymd = tuple[int, int, int]  # (year, month, day); year NO_YEAR when the text gives none
NO_YEAR = 0

_SEP = r"[/.\-]"
# Figures not glued to other figures or separators: 1/7/2027 but not 3/1/7/2027 or 1.7.2027.5.
_BEFORE = r"(?<![\d/.\-])"
_AFTER = r"(?!\d|[/.\-]\d)"
_DMY_FIGURES = patterns.compile(rf"{_BEFORE}(\d{{1,2}})({_SEP})(\d{{1,2}})\2(\d{{4}}){_AFTER}")
_YMD_FIGURES = patterns.compile(rf"{_BEFORE}(\d{{4}})({_SEP})(\d{{1,2}})\2(\d{{1,2}}){_AFTER}")

_EN_MONTH = "|".join(en.MONTHS + en.MONTH_ABBREVIATIONS)
_EN_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_EN_WRITTEN = (
    patterns.compile(rf"\b{_EN_DAY}\s+(?:of\s+)?(?P<month>{_EN_MONTH})\b\.?,?\s+(?P<year>\d{{4}})\b"),
    patterns.compile(rf"\b(?P<month>{_EN_MONTH})\b\.?\s+{_EN_DAY}\b,?\s+(?P<year>\d{{4}})\b"),
)
# No year: "13 March", "March 13", "March 13th"; not "March 13, 2027" (read above) nor
# "March 13-15" or "March 1.5" (the figure runs on).
_EN_NO_YEAR = (
    patterns.compile(rf"\b{_EN_DAY}\s+(?:of\s+)?(?P<month>{_EN_MONTH})\b(?!\.?,?\s*\d)"),
    patterns.compile(rf"\b(?P<month>{_EN_MONTH})\b\.?\s+{_EN_DAY}\b(?![\d.,/\-]\d|,?\s+\d)"),
)

_AR_LETTERS = ar.LETTERS
_AR_MONTH = "|".join(sorted(ar.MONTHS, key=len, reverse=True)).replace(" ", r"\s+")
# The day of the month as an ordinal (normalised; يوم is masculine, and the forms below
# ten keep their feminines as before): الأول … العاشر, الحادي عشر … التاسع عشر, العشرين,
# الحادي والعشرين … الحادي والثلاثين; and الفاتح, "the first" in Maghreb dates (الفاتح جويلية).
_ORDINAL_UNITS = {"حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9}
_AR_ORDINAL_DAYS = {w: v for w, v in ar.UNITS.items() if w.startswith(ar.ARTICLE) and v <= 10} | {"الفاتح": 1}
_AR_ORDINAL_DAYS |= {f"ال{unit} عشر": 10 + v for unit, v in _ORDINAL_UNITS.items()} | {"العشرين": 20, "الثلاثين": 30}
_AR_ORDINAL_DAYS |= {f"ال{unit} و{tens}": t + v for unit, v in _ORDINAL_UNITS.items() for tens, t in (("العشرين", 20), ("الثلاثين", 30))}
_AR_ORDINAL = "|".join(sorted(_AR_ORDINAL_DAYS, key=len, reverse=True)).replace(" ", r"\s+")
_AR_PREFIX = "(?:" + "|".join(ar.FIGURE_PROCLITICS) + ")?"
# Folded text: «١ تموز/يوليو ٢٠٢٧», «الأول من شهر تموز (يوليو) من عام ٢٠٢٧», «١٥ آب، ٢٠٢٧»,
# «الحادي والعشرين من أيار». الفاتح ("the first") may stand right before its month: الفاتح جويلية.
_AR_MONTH_AND_YEAR = (
    rf"\s+(?:شهر\s+)?(?P<month>{_AR_MONTH})(?:\s*[/(]\s*(?P<other>{_AR_MONTH})\s*\)?)?"
    rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:{'|'.join(ar.YEAR_WORDS)})\s+)?(?P<year>\d{{4}})(?!\d))?"
    rf"(?![/.\-]?\s*\d)"
)
_AR_WRITTEN = patterns.compile(
    rf"(?:(?<![\d/.\-])(?P<day>\d{{1,2}})|(?<![{_AR_LETTERS}]){_AR_PREFIX}"
    rf"(?:(?P<ordinal>{_AR_ORDINAL})\s+من|(?P<first>الفاتح)(?:\s+من)?))" + _AR_MONTH_AND_YEAR
)
# A month's last day named as its end: «بحلول نهاية حزيران/يونيو», "by the end of June 2027".
_AR_MONTH_END = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<end>{'|'.join(ar.MONTH_END_WORDS)})".replace(" ", r"\s+") + _AR_MONTH_AND_YEAR
)
_EN_MONTH_END = patterns.compile(rf"\b(?P<end>{en.MONTH_END_WORDS})(?P<month>{'|'.join(en.MONTHS)})\b(?!['’]s)(?:,?\s+(?P<year>\d{{4}})\b)?")


@dataclass(frozen=True)
class FullDate:
    readings: tuple[Ymd, ...]  # one, or two for an English numeric date that may be month/day
    start: int
    end: int
    text: str
    # Named as the end of its month ("the end of June"): the same date as its last day, but
    # no day to call changed against another (the end of June may be the 28th, loosely).
    month_end: bool = False

    @property
    def ambiguous(self) -> bool:
        return len(self.readings) > 1

    @property
    def value(self) -> Ymd:
        return self.readings[0]


def full_dates(text: str, lang: str) -> list[FullDate]:
    """The full dates written in `text`, in reading order."""
    return _arabic(text) if lang == "ar" else _english(text)


def spelled(value: Ymd) -> str:
    """A date as an English reader writes it: 1 July 2027 (1 July with no year)."""
    year, month, day = value
    return f"{day} {en.MONTHS[month - 1]}" + (f" {year}" if year != NO_YEAR else "")


def _valid(year: int, month: int, day: int) -> bool:
    if year != NO_YEAR and not 1800 <= year <= 2200:
        return False
    try:
        datetime.date(2000 if year == NO_YEAR else year, month, day)  # a leap year: 29 February stands
    except ValueError:
        return False
    return True


def _figures(text: str, american: bool) -> list[tuple[int, int, tuple[Ymd, ...]]]:
    """Numeric dates as (start, end, readings); `american`: day/month and month/day both possible."""
    found = []
    for match in _DMY_FIGURES.finditer(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        candidates = [(year, second, first)] + ([(year, first, second)] if american and first != second else [])
        readings = tuple(r for r in candidates if _valid(*r))
        if readings:
            found.append((match.start(), match.end(), readings))
    for match in _YMD_FIGURES.finditer(text):
        reading = (int(match[1]), int(match[3]), int(match[4]))
        if _valid(*reading):
            found.append((match.start(), match.end(), (reading,)))
    return found


def _english_month(name: str) -> int:
    return next(i for i, m in enumerate(en.MONTHS, 1) if m.startswith(name[:3]))


def _english(text: str) -> list[FullDate]:
    found = [FullDate(r, s, e, text[s:e]) for s, e, r in _figures(text, american=True)]
    for pattern in _EN_WRITTEN:
        for match in pattern.finditer(text):
            reading = (int(match["year"]), _english_month(match["month"]), int(match["day"]))
            if _valid(*reading):
                found.append(FullDate((reading,), match.start(), match.end(), match[0]))
    for pattern in _EN_NO_YEAR:
        for match in pattern.finditer(text):
            reading = (NO_YEAR, _english_month(match["month"]), int(match["day"]))
            if _valid(*reading):
                found.append(FullDate((reading,), match.start(), match.end(), match[0]))
    for match in _EN_MONTH_END.finditer(text):
        year = int(match["year"]) if match["year"] else NO_YEAR
        found += _month_end(year, _english_month(match["month"]), match.start(), match.end(), text)
    return _in_order(found + _range_ends(text, found, "en"))


# The other end of a range of days that one month name serves: "22 to 25 October" and
# «من 22 إلى 25 أكتوبر» before a day-first date, "October 22 to 25" after a month-first one.
# Only word connectors: "13-15" may be a score or a count as well as days.
_EN_DAY_BEFORE = patterns.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|and|through)\s+$")
_EN_DAY_AFTER = patterns.compile(r"(?:st|nd|rd|th)?\s+(?:to|until|and|through)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d|[.:/\-]\d|\s+[A-Z])")
_AR_DAY_BEFORE = patterns.compile(r"(?:^|\s)(?:من|بين)\s+(\d{1,2})\s+(?:إلى|الى|حتى|و)\s*$")


def _range_ends(text: str, dates: list[FullDate], lang: str) -> list[FullDate]:
    """The first or last day of a range, as a date of the month (and year) written once
    beside the other end. The range must run forward (22 to 25)."""
    western = to_western_digits(text)
    found = []
    for date in dates:
        if date.ambiguous or date.month_end:
            continue
        year, month, day = date.value
        ends: list[tuple[int, int, int]] = []  # (start, end, day) of the other end
        window = max(0, date.start - 24)
        before = (_AR_DAY_BEFORE if lang == "ar" else _EN_DAY_BEFORE).search(western[window : date.start])
        if before and date.text[:1].isdigit() and int(before[1]) < day:
            ends.append((window + before.start(1), window + before.end(1), int(before[1])))
        after = _EN_DAY_AFTER.match(western, date.end) if lang == "en" and date.text[-1:].isdigit() else None
        if after and year == NO_YEAR and int(after[1]) > day:
            ends.append((after.start(1), after.end(1), int(after[1])))
        found += [FullDate(((year, month, d),), a, b, text[a:b]) for a, b, d in ends if _valid(year, month, d)]
    return found


def _last_day(year: int, month: int) -> int:
    """The month's last day (calendar.monthrange's second value, without importing
    calendar for it: 6 million instructions of every check, #14)."""
    following = datetime.date(year, month, 28) + datetime.timedelta(days=4)  # in the next month
    return (following - datetime.timedelta(days=following.day)).day


def _month_end(year: int, month: int, start: int, end: int, text: str) -> list[FullDate]:
    """The end of a month as its last day: February's is the 28th or the 29th when no year
    says which."""
    if year != NO_YEAR and not _valid(year, month, 1):
        return []
    years = (year,) if year != NO_YEAR else (2001, 2000)  # a common year and a leap year
    days = sorted({_last_day(y, month) for y in years})
    return [FullDate(tuple((year, month, day) for day in days), start, end, text[start:end], month_end=True)]


def _arabic(text: str) -> list[FullDate]:
    western = to_western_digits(text)
    found = [FullDate(r, s, e, text[s:e]) for s, e, r in _figures(western, american=False)]
    folded, offsets = normalize_with_map(western)
    for match in _AR_WRITTEN.finditer(folded):
        month = ar.MONTHS[re.sub(r"\s+", " ", match["month"])]
        if match["other"] and ar.MONTHS[re.sub(r"\s+", " ", match["other"])] != month:
            continue  # آب/سبتمبر: the writer's two months disagree, so the date is not read
        day = int(match["day"]) if match["day"] else _AR_ORDINAL_DAYS[re.sub(r"\s+", " ", match["ordinal"] or match["first"])]
        reading = (int(match["year"]) if match["year"] else NO_YEAR, month, day)
        start, end = offsets[match.start(next(g for g in ("day", "ordinal", "first") if match[g]))], offsets[match.end()]
        if _valid(*reading):
            found.append(FullDate((reading,), start, end, text[start:end]))
    for match in _AR_MONTH_END.finditer(folded):
        month = ar.MONTHS[re.sub(r"\s+", " ", match["month"])]
        if not match["other"] or ar.MONTHS[re.sub(r"\s+", " ", match["other"])] == month:
            year = int(match["year"]) if match["year"] else NO_YEAR
            found += _month_end(year, month, offsets[match.start("end")], offsets[match.end()], text)
    return _in_order(found + _range_ends(text, found, "ar"))


def _in_order(found: list[FullDate]) -> list[FullDate]:
    """Reading order; a date inside another one already read (never expected) is dropped."""
    kept: list[FullDate] = []
    for date in sorted(found, key=lambda d: (d.start, -d.end)):
        if not any(k.start <= date.start < k.end for k in kept):
            kept.append(date)
    return kept
