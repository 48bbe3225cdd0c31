"""Month and weekday names in Arabic and English text, with their offsets.

Arabic writes months in two series that are used side by side (Levantine and
Iraqi كانون الثاني … كانون الأول; Egyptian and Gulf يناير … ديسمبر), often both
at once (آب/أغسطس), plus Maghreb forms. Several names are also ordinary words,
so they count only in a date context:

- مارس is also the verb "practised" (مارس الضغط), آب is أب "father" once the
  hamza is folded, and الاثنين is also "the two": these need a digit, شهر/يوم,
  a neighbouring month of the other series, or a date word next to them;
- English "May" is also the modal verb: it needs a digit, a year or a date
  preposition next to it.
Hijri months (رمضان …) are deliberately not mapped to Gregorian ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import normalize_with_map, to_western_digits
from tqa.text.numbers.triggers import arabic_word_ends, has_arabic_word_ending, has_latin_word, latin_words

ENGLISH_MONTHS = en.MONTHS
ENGLISH_WEEKDAYS = en.WEEKDAYS
_AR_LETTERS = ar.LETTERS
_AR_PREFIX = "(?:" + "|".join(ar.FIGURE_PROCLITICS) + ")?"
_AR_DATE_WORDS = (
    "شهر",
    "يوم",
    "منذ",
    "حتي",
    "مطلع",
    "اواخر",
    "اوائل",
    "منتصف",
    "نهايه",
    "بدايه",
    "الماضي",
    "المقبل",
    "الفائت",
    "القادم",
    # A part of the day before a weekday: «صباح الاثنين» is Monday morning, never "the two's morning".
    "صباح",
    "مساء",
    "ليله",
    "فجر",
)

_AR_MONTH_RE = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?P<name>"
    + "|".join(sorted(ar.MONTHS, key=len, reverse=True)).replace(" ", r"\s+")
    + rf")(?![{_AR_LETTERS}])"
)
# After «يوم» a weekday may go without its article: «كل يوم ثلاثاء», every Tuesday. Not
# أحد, which is as often "one of" («يوم أحد الأعياد», on one of the holidays).
_AR_BARE_WEEKDAYS = [name.removeprefix(ar.ARTICLE) for name in ar.WEEKDAYS if name != "الاحد"]
_AR_WEEKDAY_RE = patterns.compile(
    rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?:(?:يوم\s+)?(?P<name>" + "|".join(ar.WEEKDAYS) + ")"
    rf"|يوم\s+(?P<bare>{'|'.join(_AR_BARE_WEEKDAYS)}))(?![{_AR_LETTERS}])"
)
_EN_MONTH_RE = patterns.compile(r"\b(?P<name>" + "|".join(ENGLISH_MONTHS + en.MONTH_ABBREVIATIONS) + r")\b(?P<dot>\.)?")
_EN_WEEKDAY_RE = patterns.compile(r"\b(?P<name>" + "|".join(ENGLISH_WEEKDAYS) + r")s?\b")
# Every name above is a whole word (the patterns' boundaries): a sentence with none of
# them is not scanned (tqa.text.numbers.triggers; issue 14).
_AR_NAME_ENDS = arabic_word_ends([*ar.MONTHS, *ar.WEEKDAYS, *_AR_BARE_WEEKDAYS])
_EN_NAMES = latin_words([*ENGLISH_MONTHS, *en.MONTH_ABBREVIATIONS, *ENGLISH_WEEKDAYS, *(day + "s" for day in ENGLISH_WEEKDAYS)])
# A weekday that names a place: «سوق الجمعة» (Souq al-Juma, the Friday market in Tripoli),
# «جامع الجمعة», the Friday Mosque. The day is part of the name, not a date.
_AR_PLACE_HEADS = frozenset({"سوق", "مسجد", "جامع"})
_EN_PLACE_AFTER = patterns.compile(r"\s+(?:Market|Mosque|Souq|Souk)\b")
# The preposition may open the sentence ("In May, the fund said"); the month keeps its capital.
_EN_MAY_CONTEXT = patterns.compile(
    r"(?:\b(?i:in|on|of|since|until|till|by|from|last|next|early|late|mid|this|to|through|between|and)[\s-]+May\b|\bMay\s+\d|\d\s+May\b)"
)


@dataclass(frozen=True)
class DateName:
    kind: str  # "month" or "weekday"
    number: int  # month 1-12, weekday 1 (Monday) - 7 (Sunday)
    start: int
    end: int
    text: str
    # A name that is also an ordinary word and has no date context here (الاثنين "the two",
    # مارس "practised", English May): only possible_date_names() returns it.
    ambiguous: bool = False

    @property
    def english(self) -> str:
        return ENGLISH_MONTHS[self.number - 1] if self.kind == "month" else ENGLISH_WEEKDAYS[self.number - 1]


def date_names(text: str, lang: str) -> list[DateName]:
    """Months and weekdays named in `text`, in reading order."""
    return [d for d in _date_names(text, lang) if not d.ambiguous]


_AR_RELATIVE_DAY = patterns.compile(rf"(?<![{_AR_LETTERS}]){_AR_PREFIX}(?:{'|'.join(ar.RELATIVE_DAYS)})(?![{_AR_LETTERS}])")
_EN_RELATIVE_DAY = patterns.compile(r"\b(?:" + "|".join(en.RELATIVE_DAYS) + r")\b", re.IGNORECASE)


def names_relative_day(text: str, lang: str) -> bool:
    """`text` names a day by its distance from the paper's date: «أمس», "yesterday"."""
    if lang == "ar":
        return bool(_AR_RELATIVE_DAY.search(normalize_with_map(text)[0]))
    return bool(_EN_RELATIVE_DAY.search(text))


# "Since January" and «منذ مطلع العام» (since the start of the year) are one period in news:
# the year so far. A January with a year after it (since January 2025) is a date.
_SINCE = {
    "en": patterns.compile(r"\bsince\s+(?:early\s+|the\s+(?:start|beginning)\s+of\s+)?\Z", re.IGNORECASE),
    "ar": patterns.compile(r"(?<!\S)[وف]?منذ\s+(?:(?:مطلع|بدايه|اول|مستهل)\s+)?\Z"),
}
_YEAR_START = {
    "en": patterns.compile(r"\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE),
    "ar": patterns.compile(r"(?<!\S)[وف]?منذ\s+(?:مطلع|بدايه|بدء|اول|مستهل)\s+(?:العام|السنه|هذا\s+العام)(?![ء-ي])"),
}
_A_YEAR_AFTER = patterns.compile(r"\s*[/،,]?\s*(?:\S+\s*)?\d{4}")


def since_year_start(text: str, name: DateName, lang: str, translation: list[str], target_lang: str) -> bool:
    """The month `name` of `text` is January after "since" (منذ), and the `translation` says
    "since the start of the year" instead: the same period, not a month dropped."""
    if name.kind != "month" or name.number != 1 or _A_YEAR_AFTER.match(to_western_digits(text), name.end):
        return False
    before = text[: name.start]
    if not _SINCE[lang].search(normalize_with_map(before)[0] if lang == "ar" else before):
        return False
    folded = [normalize_with_map(t)[0] if target_lang == "ar" else t for t in translation]
    return any(_YEAR_START[target_lang].search(t) for t in folded)


def possible_date_names(text: str, lang: str) -> list[DateName]:
    """The names of date_names() and the ambiguous ones (marked `ambiguous`): a word like
    الاثنين with no date context may still be the day that the other language names."""
    return list(_date_names(text, lang))


@lru_cache(maxsize=4096)
def _date_names(text: str, lang: str) -> tuple[DateName, ...]:
    # Three date checks and the aligner's anchors read the same sentences (issue 14).
    return tuple(_arabic(text) if lang == "ar" else _english(text))


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_FIGURE_NEXT = patterns.compile(r"\s+\d")


def _english(text: str) -> list[DateName]:
    found: list[DateName] = []
    if not has_latin_word(text, _EN_NAMES):  # lower-cased: a test that may say yes, never a wrong no
        return found
    for match in _EN_MONTH_RE.finditer(text):
        name = match["name"]
        if name in en.AMBIGUOUS_MONTH_ABBREVIATIONS and not match["dot"] and not _FIGURE_NEXT.match(text[match.end() :]):
            continue  # abbreviations only with their dot or a day number
        ambiguous = name == "May" and not _EN_MAY_CONTEXT.search(text[max(0, match.start() - 12) : match.end() + 6])
        number = next(i for i, m in enumerate(ENGLISH_MONTHS, 1) if m.startswith(name[:3]))
        found.append(DateName("month", number, match.start(), match.start("name") + len(name), name, ambiguous))
    for match in _EN_WEEKDAY_RE.finditer(text):
        if _EN_PLACE_AFTER.match(text, match.end()):
            continue  # the Friday Market: a place
        number = ENGLISH_WEEKDAYS.index(match["name"]) + 1
        found.append(DateName("weekday", number, match.start("name"), match.end("name"), match["name"]))
    return sorted(found, key=lambda d: d.start)


_SPACES = patterns.compile(r"\s+")


def _arabic(text: str) -> list[DateName]:
    folded, offsets = normalize_with_map(to_western_digits(text))
    found: list[DateName] = []
    if not has_arabic_word_ending(folded, _AR_NAME_ENDS):
        return found
    for kind, pattern, table in (("month", _AR_MONTH_RE, ar.MONTHS), ("weekday", _AR_WEEKDAY_RE, ar.WEEKDAYS)):
        for match in pattern.finditer(folded):
            group = match.lastgroup or "name"
            name = _SPACES.sub(" ", match[group]) if group == "name" else ar.ARTICLE + match[group]
            at = (match.start(group), match.end(group))
            if kind == "weekday" and _names_a_place(folded, match.start()):
                continue
            ambiguous = name in ar.AMBIGUOUS_DATE_NAMES and not _arabic_date_context(folded, *at)
            # «قالت ماي» is a person: a Maghreb month that is also a given name needs a day
            # number or a year next to it, or شهر before.
            ambiguous = ambiguous or (name in ar.GIVEN_NAME_MONTHS and not _day_or_year_next_to(folded, *at))
            start, end = offsets[at[0]], offsets[at[1]]
            found.append(DateName(kind, table[name], start, end, text[start:end], ambiguous))
    return sorted(found, key=lambda d: d.start)


def _names_a_place(folded: str, start: int) -> bool:
    """The word before the weekday makes it a place's name (سوق الجمعة)."""
    words = folded[max(0, start - 12) : start].split()
    return bool(words) and (words[-1] in _AR_PLACE_HEADS or words[-1][1:] in _AR_PLACE_HEADS)  # بسوق، وسوق


_FIGURE_BEFORE = patterns.compile(r"\d\s*$")
_FIGURE_AFTER = patterns.compile(r"\s*\d")
_JOINED_FIGURE_AFTER = patterns.compile(r"\s*[/(]?\s*\d")
_JOINER_AFTER = patterns.compile(r"\s*[/(]")
_JOINER_BEFORE = patterns.compile(r"[/(]\s*$")
_IN_BEFORE = patterns.compile(r"(?:^|\s)و?في\s+$")
_CLAUSE_END_AFTER = patterns.compile(r"\s*(?:[.،,؛!؟:]|$|من\s)")
_STOP_AT_END = patterns.compile(r"[^\w]+$")


def _day_or_year_next_to(folded: str, start: int, end: int) -> bool:
    """A day number before or after the name, a year after it, a part of the month before
    it or last/next after it: «٥ ماي», «ماي 2025», «شهر جوان», «نهاية جوان», «جوان الماضي»."""
    before, after = folded[max(0, start - 12) : start], folded[end : end + 12]
    if _FIGURE_BEFORE.search(before) or _FIGURE_AFTER.match(after):
        return True
    word_before = before.split()[-1] if before.split() else ""
    word_after = _STOP_AT_END.sub("", after.split()[0]) if after.split() else ""
    part = word_before in ar.MONTH_PART_WORDS or word_before.lstrip(ar.FIGURE_PROCLITICS) in ar.MONTH_PART_WORDS
    return part or word_after in ar.MONTH_RELATIVE_WORDS


def _arabic_date_context(folded: str, start: int, end: int) -> bool:
    """A digit, a date word or another month right next to an ambiguous name."""
    before, after = folded[max(0, start - 12) : start], folded[end : end + 12]
    if _FIGURE_BEFORE.search(before) or _JOINED_FIGURE_AFTER.match(after):
        return True
    if _JOINER_AFTER.match(after) or _JOINER_BEFORE.search(before):
        return True  # آب/أغسطس, مارس (آذار)
    if _IN_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after):
        return True  # «في تموز.», «في آب من العام»: "in" and the end of the clause around it
    words_before = before.split()[-1:] if before.split() else []
    words_after = [_STOP_AT_END.sub("", w) for w in after.split()[:1]]  # «الماضي.»: the word without its stop
    return any(w.lstrip(ar.FIGURE_PROCLITICS) in _AR_DATE_WORDS or w in _AR_DATE_WORDS for w in words_before + words_after)


_FIGURE_DATE = patterns.compile(
    r"(?<![\d/.\-])(?P<first>\d{1,2})\s*(?P<sep>[/\-.])\s*(?P<second>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<year>\d{4}|\d{2}))?(?![\d/\-]|\.\d)"
)


def figure_day_months(text: str) -> list[tuple[int, int]]:
    """The two leading figures of each date written in figures (12/7, ١٢/٧, 12.7.2026).
    A dot needs a year after it, since 12.7 alone is a decimal."""
    found = []
    for match in _FIGURE_DATE.finditer(to_western_digits(text)):
        if match["sep"] == "." and not match["year"]:
            continue
        found.append((int(match["first"]), int(match["second"])))
    return found


_DAY_BEFORE = patterns.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|من\s+)?$")
_DAY_AFTER = patterns.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])")


def day_beside(text: str, start: int, end: int) -> int | None:
    """The day number written next to a month name: "July 12", "12th of July", «١٢ تموز»."""
    western = to_western_digits(text)
    before = _DAY_BEFORE.search(western[max(0, start - 12) : start])
    after = _DAY_AFTER.match(western[end : end + 12])
    found = before or after
    day = int(found[1]) if found else 0
    return day if 1 <= day <= 31 else None


# A dateline opens a wire story: the place in capitals, the date, the agency, a dash
# ("NOUAKCHOTT, Oct. 22 (Eastern News Agency) -", «حمص (سوريا)، 3 آذار/مارس (الوكالة) -»);
# Arabic desks also set the place off by a dash and close the date with a colon
# («البريمي - 21 سبتمبر 2025: اختتم ...»).
_EN_DATELINE = patterns.compile(
    r"\s*[A-Z][A-Z'.\- ]+(?:,\s*[A-Z][A-Za-z'. ]+)*,\s*"
    r"(?:(?:" + "|".join(ENGLISH_MONTHS + en.MONTH_ABBREVIATIONS) + r")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + "|".join(ENGLISH_MONTHS) + r"))"
    r"(?:,?\s+\d{4})?\s*(?:\([^)]*\))?\s*(?:[-–—]\s|\Z)"
)
_AR_MONTH_NAME = "(?:" + "|".join(sorted(ar.MONTHS, key=len, reverse=True)).replace(" ", r"\s+") + ")"
_AR_DATELINE = patterns.compile(  # on folded text
    rf"\s*[{_AR_LETTERS}() ]{{2,40}}(?:،|\s[-–—])\s*\d{{1,2}}\s+{_AR_MONTH_NAME}(?:\s*/\s*{_AR_MONTH_NAME})?(?:\s+\d{{4}})?"
    r"\s*(?:\([^)]*\))?\s*(?:[-–—]\s|:\s|\Z)"
)


def dateline_end(text: str, lang: str) -> int:
    """Where the dateline at the start of `text` ends (0 when there is none). A desk adds or
    drops the dateline as its own furniture, so its figures are not the story's."""
    if lang != "ar":
        match = _EN_DATELINE.match(text)
        return match.end() if match else 0
    folded, offsets = normalize_with_map(to_western_digits(text))
    match = _AR_DATELINE.match(folded)
    return offsets[match.end()] if match else 0
