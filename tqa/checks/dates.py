"""Dates: full dates, months and weekdays named in the source keep their meaning in the translation."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair, first_per_key, span
from tqa.checks.date_pairs import LocatedDate, compare_dates
from tqa.model import Segment, Severity
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.dates import (
    DateName,
    date_names,
    day_beside,
    figure_day_months,
    names_relative_day,
    possible_date_names,
    since_year_start,
)
from tqa.text.full_dates import spelled

_KIND_LABEL = {"month": "month", "weekday": "day of the week"}


def _names(segments: tuple[Segment, ...], lang: str) -> list[tuple[Segment, DateName]]:
    return [(s, d) for s in segments for d in date_names(s.text, lang)]


def _unmatched(pair: Pair, kind: str) -> tuple[list[tuple[Segment, DateName]], list[tuple[Segment, DateName]]]:
    """Arabic and English names of one kind that have no partner of the same number.
    A month inside a date matched on the other side is the date's (D215)."""
    dates = compare_dates(pair.arabic, pair.english)
    arabic = [x for x in _names(pair.arabic, "ar") if x[1].kind == kind and not dates.covers(x[0], x[1].start, x[1].end, "ar")]
    english = [x for x in _names(pair.english, "en") if x[1].kind == kind and not dates.covers(x[0], x[1].start, x[1].end, "en")]
    english_numbers = {d.number for _, d in english}
    arabic_numbers = {d.number for _, d in arabic}
    # آب/أغسطس names one month twice; each side is compared as a set of numbers.
    return [x for x in arabic if x[1].number not in english_numbers], [x for x in english if x[1].number not in arabic_numbers]


def _changed(ctx: CheckContext, pair: Pair, kind: str) -> Iterator[Hit]:
    arabic, english = _unmatched(pair, kind)
    for (a_segment, a_name), (e_segment, e_name) in zip(_distinct(arabic), english, strict=False):
        label = _KIND_LABEL[kind]
        if ctx.source_is_arabic:
            message = f"«{a_name.text}» is {a_name.english}, but the English says {e_name.text}; correct the {label}"
            suggestion = a_name.english
        else:
            message = (
                f"The English says {e_name.text}, but the Arabic says «{a_name.text}» ({a_name.english}); correct the {label}"
            )
            suggestion = None  # which of the two Arabic month series to use is the desk's choice
        source, target = ctx.by_role(span(a_segment, a_name.start, a_name.end), span(e_segment, e_name.start, e_name.end))
        yield Hit(message=message, source=source, target=target, suggestion=suggestion)


def _distinct(names: list[tuple[Segment, DateName]]) -> list[tuple[Segment, DateName]]:
    return first_per_key(names, lambda item: item[1].number)


def _month_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A month in the Arabic is a different month in the English (أيار written June).

    Why it matters: the two Arabic month series (شباط and فبراير are both
    February) are easy to confuse, and a wrong month moves an event. Use the
    month the source names.
    """
    return _changed(ctx, pair, "month")


def _weekday_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A day of the week in the Arabic is a different day in the English (الخميس written Friday).

    Why it matters: the Arabic week starts on Sunday (الأحد), so days are often
    shifted by one; a wrong day misdates the event. Use the day the source names.
    """
    return _changed(ctx, pair, "weekday")


def _date_missing(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A month or day of the week in the source is not in the aligned translation at all.

    Why it matters: when the date goes, so does the reader's sense of when it
    happened. Add it, unless the article's dateline already gives it. A day the
    translation dates from the paper's day («أمس» for "on Monday", as Arabic dailies
    write it) or names in a word that is also an ordinary one (الاثنين, "the two") is
    not missing.
    """
    target_lang = ctx.translation.lang
    for kind in ("month", "weekday"):
        arabic_unmatched, english_unmatched = _unmatched(pair, kind)
        if any(d.kind == kind for s in pair.target for d in date_names(s.text, target_lang)):
            continue  # a different one is there: that is a change, reported above
        if kind == "weekday" and any(names_relative_day(s.text, target_lang) for s in pair.target):
            continue  # "on Monday" written «أمس»: the day as a daily dates it, not a dropped one
        for segment, name in _distinct(arabic_unmatched if pair.source_is_arabic else english_unmatched):
            if kind == "month" and _in_figures(segment, name, pair.target):
                continue
            if since_year_start(segment.text, name, ctx.doc.source.lang, [s.text for s in pair.target], target_lang):
                continue  # "since January" as «منذ مطلع العام»: the year so far
            if _named_ambiguously(name, pair.target, target_lang):
                continue
            if kind == "weekday" and _beside_a_kept_date(pair, segment, name):
                continue
            yield Hit(
                message=f"«{name.text}» ({name.english}) is not in the translation; add the {_KIND_LABEL[kind]}",
                source=span(segment, name.start, name.end),
                suggestion=name.english,
            )


def _beside_a_kept_date(pair: Pair, segment: Segment, name: DateName) -> bool:
    """The weekday stands beside a full date the translation keeps («الثلاثاء ١٢ سبتمبر
    ٢٠٢٣» as "Sept. 12, 2023", a dateline's usual cut): the date fixes the day, so the
    weekday dropped beside it takes nothing from the reader."""
    side = 0 if pair.source_is_arabic else 1
    for kept in compare_dates(pair.arabic, pair.english).same:
        located = kept[side]
        if located.segment.id != segment.id:
            continue
        if 0 <= located.date.start - name.end <= 3 or 0 <= name.start - located.date.end <= 3:
            return True
    return False


def _named_ambiguously(name: DateName, target: tuple[Segment, ...], lang: str) -> bool:
    """The translation has the name in a word that is also an ordinary one («أطلقت السلطات،
    الاثنين، صندوقاً»: الاثنين is "the two" as well), which alone is not read as a date: the
    source's name says which it is. Such a word only satisfies the same name, as a number
    word satisfies a figure; it never makes a change (D211, D212)."""
    names = (d for s in target for d in possible_date_names(s.text, lang))
    return any(d.ambiguous and (d.kind, d.number) == (name.kind, name.number) for d in names)


def _in_figures(segment: Segment, name: DateName, target: tuple[Segment, ...]) -> bool:
    """The month is in the translation as a date in figures with the same day ("July 12"
    written ١٢/٧). Day-first is the Arab and British order; a date that reads either way
    (7/12) is taken in the reading that matches."""
    day = day_beside(segment.text, name.start, name.end)
    if day is None:
        return False
    wanted = {(day, name.number), (name.number, day)}
    return any(pair in wanted for s in target for pair in figure_day_months(s.text))


def _what_changed(source: LocatedDate, target: LocatedDate) -> str:
    (sy, sm, sd), (ty, tm, td) = source.date.value, target.date.value
    if (sm, sd) == (td, tm) and sm != sd:
        return "day and month, which are swapped" + (", and the year" if sy != ty else "")
    parts = [name for name, a, b in (("day", sd, td), ("month", sm, tm), ("year", sy, ty)) if a != b]
    return " and ".join(parts)


def _date_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A full date has another day, month or year in the translation (١/٧/٢٠٢٧ written
    August 1, 2027, or January 7, 2027).

    Why it matters: a date in figures is easy to misread (Arab news writes
    day/month/year, American English month/day) and to mistype, and a wrong date
    moves a deadline or an event. Dates are compared as dates, however written:
    ١/٧/٢٠٢٧, 1 July 2027, July 1, 2027 and ١ تموز ٢٠٢٧ are one date. An English date in
    figures that reads either way (7/1/2027) is never reported. Use the source's date.
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for arabic, english in compare_dates(pair.arabic, pair.english).changed:
        source, target = (arabic, english) if ctx.source_is_arabic else (english, arabic)
        yield Hit(
            message=(
                f"The date «{source.date.text}» ({spelled(source.date.value)}) is written «{target.date.text}» "
                f"({spelled(target.date.value)}) in the {language}; correct the {_what_changed(source, target)}"
            ),
            source=source.evidence(),
            target=target.evidence(),
            suggestion=spelled(source.date.value) if ctx.translation.lang == "en" else None,
        )


MONTH_CHANGED = Check(
    "D211",
    "month-changed",
    "date",
    Severity.ERROR,
    EachPair(_month_changed, paired=True),
    (
        Example(ar="وصلت القافلة في أيار الماضي.", en="The convoy arrived last June.", fails=True),
        Example(ar="تنتهي المهلة في نهاية شباط ٢٠٢٧.", en="The deadline ends at the end of March 2027.", fails=True),
        Example(ar="وقّع الاتفاق مطلع مارس.", en="The agreement was signed in early April.", fails=True),
        Example(ar="وصلت القافلة في أيار الماضي.", en="The convoy arrived last May.", fails=False),
        Example(ar="تنتهي المهلة في نهاية شباط/فبراير ٢٠٢٧.", en="The deadline ends at the end of February 2027.", fails=False),
        Example(ar="مارس الوزير ضغوطاً على الشركات.", en="The minister put pressure on the companies in April.", fails=False),
        # A Maghreb month that is also a given name is a month after "the end of" or before "last".
        Example(ar="ارتفعت الأسعار منذ مطلع جوان.", en="Prices have risen since early July.", fails=True),
        Example(ar="ارتفعت الأسعار منذ مطلع جوان.", en="Prices have risen since early June.", fails=False),
        Example(ar="وأضافت جوان أن الأسعار ارتفعت.", en="Jwan added that prices had risen in July.", fails=False),
    ),
)
WEEKDAY_CHANGED = Check(
    "D212",
    "weekday-changed",
    "date",
    Severity.ERROR,
    EachPair(_weekday_changed, paired=True),
    (
        Example(ar="التقى الوزيران يوم الاثنين في موسكو.", en="The two ministers met in Moscow on Tuesday.", fails=True),
        Example(ar="وصل الرئيس يوم الخميس.", en="The president arrived on Friday.", fails=True),
        Example(ar="التقى الوزيران يوم الاثنين في موسكو.", en="The two ministers met in Moscow on Monday.", fails=False),
        Example(ar="اتفق الاثنان على مواصلة المحادثات.", en="The two agreed to continue the talks on Sunday.", fails=False),
    ),
)
DATE_MISSING = Check(
    "D213",
    "date-missing",
    "date",
    Severity.WARNING,
    EachPair(_date_missing, paired=True),
    (
        Example(ar="وصل الرئيس إلى موسكو يوم الثلاثاء.", en="The president arrived in Moscow.", fails=True),
        Example(ar="انتهت الانتخابات في تشرين الأول الماضي.", en="The elections ended last autumn.", fails=True),
        Example(ar="وصل الرئيس إلى موسكو يوم الثلاثاء.", en="The president arrived in Moscow on Tuesday.", fails=False),
        Example(ar="مارس الوزير ضغوطاً على الشركات.", en="The minister put pressure on the companies.", fails=False),
        # "Since January" is the year so far, which Arabic says «منذ مطلع العام»; not another month.
        Example(ar="ارتفعت الأسعار ٥٪ منذ مطلع العام.", en="Prices have risen 5% since January.", fails=False, direction="en-ar"),
        Example(ar="ارتفعت الأسعار ٥٪ منذ يناير.", en="Prices have risen 5% since the start of the year.", fails=False, direction="en-ar"),
        Example(ar="ارتفعت الأسعار ٥٪ منذ مطلع العام.", en="Prices have risen 5% since March.", fails=True, direction="en-ar"),
        Example(ar="ارتفعت الأسعار ٥٪ منذ مطلع العام.", en="Prices have risen 5% since January 2024.", fails=True, direction="en-ar"),
        # A dateline that keeps the full date may drop the weekday: the date fixes the day.
        Example(ar="القاهرة - الثلاثاء ١٢ أيلول/سبتمبر ٢٠٢٣", en="CAIRO, Sept. 12, 2023", fails=False),
    ),
)

DATE_CHANGED = Check(
    "D215",
    "date-changed",
    "date",
    Severity.ERROR,
    EachPair(_date_changed, paired=True),
    (
        Example(ar="ستُراجع الخطة في ١/٧/٢٠٢٧.", en="The plan will be reviewed on August 1, 2027.", fails=True),
        Example(ar="ستُراجع الخطة في ١/٧/٢٠٢٧.", en="The plan will be reviewed on January 7, 2027.", fails=True),
        Example(ar="تنتهي المهلة في ١٥ تموز/يوليو ٢٠٢٧.", en="The deadline ends on 15 July 2028.", fails=True),
        Example(ar="افتُتح الجسر في ٢٠/٣/٢٠٢٦.", en="The bridge opened on 20/3/2025.", fails=True),
        Example(ar="ستُفتتح المدرسة في ٩ أيلول ٢٠٢٧.", en="The school will open on 19/9/2027.", fails=True, direction="en-ar"),
        # A day and a month with no year are a date as well: 3 March is not March 13.
        Example(
            ar="يصوّت المجلس على الميزانية في جلسة ٣ مارس المقبل.",
            en="The council votes on the budget at its March 13 session.",
            fails=True,
        ),
        Example(ar="وقّع الاتفاق في ٣ مارس.", en="The agreement was signed on 3 April.", fails=True),
        Example(ar="ستُراجع الخطة في ١/٧/٢٠٢٧.", en="The plan will be reviewed on July 1, 2027.", fails=False),
        Example(ar="ستُراجع الخطة في الأول من تموز ٢٠٢٧.", en="The plan will be reviewed on 1 July 2027.", fails=False),
        Example(ar="ستُراجع الخطة في ١ تموز ٢٠٢٧.", en="The plan will be reviewed on 01-07-2027.", fails=False),
        # An English date in figures that reads either way is never reported.
        Example(ar="ستُراجع الخطة في ١/٧/٢٠٢٧.", en="The plan will be reviewed on 7/1/2027.", fails=False),
        Example(ar="ستُراجع الخطة في ١/٧/٢٠٢٧.", en="The plan will be reviewed on 3/4/2027.", fails=False),
        Example(ar="افتُتح الجسر في ٢٠/٣/٢٠٢٦.", en="The bridge opened on 3/20/2026.", fails=False, direction="en-ar"),
        Example(
            ar="يصوّت المجلس على الميزانية في جلسة ٣ مارس المقبل.",
            en="The council votes on the budget at its March 3 session.",
            fails=False,
        ),
        # A year on one side only is the year's own figure to report (D201), not a changed date.
        Example(ar="وقّع الاتفاق في ٣ آذار ٢٠٢٦.", en="The agreement was signed on March 3.", fails=False),
    ),
)

CHECKS = (MONTH_CHANGED, WEEKDAY_CHANGED, DATE_MISSING, DATE_CHANGED)
