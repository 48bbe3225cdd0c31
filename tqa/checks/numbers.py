"""Numbers: every figure in a sentence has its counterpart in the aligned translation.

Each check reports one part of the pair's number comparison (tqa.checks.number_pairs),
computed once per run by the context. Beads with one side empty are the
completeness checks' business and are skipped here.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair
from tqa.checks.conversions import converted_from
from tqa.checks.located import Located
from tqa.checks.units_changed import unit_changed_hits
from tqa.checks.years import is_date_pair
from tqa.model import Severity
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.numbers import format_value


def _number_missing(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A number in the source has no counterpart in the aligned translation.

    Why it matters: a dropped figure (a death toll, a price, a date) changes what
    the reader learns. Add the number to the translation, or confirm that it was
    cut on purpose. Not reported: a conversion in brackets dropped while the amount
    it converts is kept ("140 km/h (87 mph)" as «140 كم/ساعة»), and a figure both
    versions gave in an earlier sentence that the translation refers back to with a
    definite noun ("Of the 1,200 new jobs" as «من الوظائف الجديدة»), or with the noun the
    figure labelled ("known as Line 7 ... Power for Line 7" as «الخط ٧ ... وسيحصل الخط»).
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    comparison = ctx.number_comparisons[pair.bead]
    missing = comparison.arabic_only if ctx.source_is_arabic else comparison.english_only
    for item in missing:
        if _kept_conversion(item, missing, ctx.doc.source.lang):
            continue  # "140 km/h (87 mph)" as «140 كم/ساعة»: the reader has the figure converted
        yield Hit(
            message=f"The number «{item.quantity.text}» ({format_value(item.quantity)}) is not in the {language}; add it",
            source=item.evidence(),
            suggestion=format_value(item.quantity),
        )


def _kept_conversion(item: Located, missing: tuple[Located, ...], lang: str) -> bool:
    """A conversion in brackets dropped, while the figure it converts is translated."""
    amount = converted_from(item.segment.text, item.quantity, lang)
    return amount is not None and not any(x.segment.id == item.segment.id and x.quantity.start == amount.start for x in missing)


def _number_added(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A number in the translation has no counterpart in the aligned source.

    Why it matters: a figure that the source does not give is either an error or
    an unsourced addition. Check it against the source and remove it or cite it.
    A conversion the translator adds in brackets is not reported when it is
    plausible (within 5% of the true conversion: "140 km/h (87 mph)", "45C (113F)")
    or gives the sum in another currency ("500m dirhams ($136m)").
    """
    language = LANGUAGE_NAMES[ctx.doc.source.lang]
    comparison = ctx.number_comparisons[pair.bead]
    for item in comparison.english_only if ctx.source_is_arabic else comparison.arabic_only:
        if converted_from(item.segment.text, item.quantity, ctx.translation.lang) is not None:
            continue  # "31 million quintals (3.1 million tonnes)": the translator's conversion
        yield Hit(
            message=f"The number «{item.quantity.text}» is not in the {language} source; check it against the source",
            target=item.evidence(),
        )


def _by_role(ctx: CheckContext, arabic: Located, english: Located) -> tuple[Located, Located]:
    return (arabic, english) if ctx.source_is_arabic else (english, arabic)


def _number_mismatch(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A number was translated with a different value (35% written 53%, 12 written 21).

    Why it matters: transposed or mistyped digits are the commonest factual error
    in translated news, and no reader can catch them. Correct the figure.

    Roundings: a figure rounded beside an approximation word (about, nearly, نحو,
    حوالي) is not reported when the rounding changes it by at most half a step of
    its last written digit and by at most 5% of its value: 587 -> about 600,
    1.96 billion -> nearly 2 billion, 48.7% -> about 49% or nearly half. Beyond that
    the reader learns another figure, and it is reported: 45% -> around 40% (11%),
    2.4 million -> about 2 million (17%). A word that bounds the figure keeps its
    side: "more than 600" is not 587, "more than half" not 48.7%. Fractions in words
    are per cents (a quarter = 25%, a third = 33% or 33.3%) where they are quantities
    (by a quarter, half of the voters, a third more), not a half of a period (the first half
    of the year); the only share of a sentence pair written in words on one side and
    otherwise on the other is compared too («بزيادة الربع», "a third more").
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for arabic, english in ctx.number_comparisons[pair.bead].different:
        if is_date_pair(arabic.quantity, english.quantity):
            continue  # a changed year is a wrong date: D214 reports it
        source, target = _by_role(ctx, arabic, english)
        expected = format_value(source.quantity)
        yield Hit(
            message=f"«{source.quantity.text}» ({expected}) is written «{target.quantity.text}» in the {language}; correct the figure",
            source=source.evidence(),
            target=target.evidence(),
            suggestion=expected,
        )


def _number_scale(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A number kept its digits but changed its scale word (مليون written bn).

    Why it matters: million against billion is a factor of a thousand; it is the
    error that ends up in corrections columns. Use the scale of the source
    (مليون = million, m; مليار = billion, bn).
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for arabic, english in ctx.number_comparisons[pair.bead].wrong_scale:
        source, target = _by_role(ctx, arabic, english)
        expected = format_value(source.quantity)
        yield Hit(
            message=(
                f"«{source.quantity.text}» is {expected}, but the {language} says «{target.quantity.text}» "
                f"({format_value(target.quantity)}); fix the scale"
            ),
            source=source.evidence(),
            target=target.evidence(),
            suggestion=expected,
        )


NUMBER_MISSING = Check(
    "D201",
    "number-missing",
    "number",
    Severity.ERROR,
    EachPair(_number_missing, paired=True),
    (
        Example(
            ar="وقّعت الحكومة اتفاقاً بقيمة ٣٠٠ مليون دولار مع شركة روسية.",
            en="The government signed a deal with a Russian company.",
            fails=True,
        ),
        Example(ar="قُتل ١٢ شخصاً في القصف.", en="People were killed in the shelling.", fails=True),
        Example(
            ar="وقّعت الحكومة اتفاقاً بقيمة ٣٠٠ مليون دولار مع شركة روسية.",
            en="The government signed a $300m deal with a Russian company.",
            fails=False,
        ),
        Example(ar="وصل ثلاثة وزراء إلى دمشق.", en="Three ministers arrived in Damascus.", fails=False),
        Example(ar="بلغ عدد النازحين مليون و٢٠٠ ألف شخص.", en="The number of displaced people reached 1.2 million.", fails=False),
        Example(ar="ارتفعت الأسعار بنسبة ٣٥ في المئة.", en="Prices rose by 35 per cent.", fails=False),
        # A fraction used as a quantity is a per cent in words.
        Example(ar="تراجعت مبيعات الإسمنت بنسبة ٢٥٪.", en="Cement sales fell by a quarter.", fails=False),
        # A scale word written once serves both ends of a range.
        Example(ar="يحصل كل مزارع على ما بين ٢ و٤ آلاف دينار.", en="Each farmer receives 2,000-4,000 dinars.", fails=False),
        # The Hijri date beside the Gregorian one may be dropped.
        Example(
            ar="رفع المصرف سعر الصرف في ١٥ شعبان ١٤٤٦ هـ، الموافق ١٤ شباط ٢٠٢٥.",
            en="The bank raised the exchange rate on February 14, 2025.",
            fails=False,
        ),
        # A year said relatively to the article's («العام الماضي», "the start of the year") is
        # translated; one the sentence's own "last year" does not account for is missing.
        Example(ar="ارتفعت أسعار القمح ٢٠٪ مقارنة بمحصول العام الماضي.", en="Wheat prices rose 20% on the 2022 harvest.", direction="en-ar", fails=False),
        Example(ar="تضاعفت الإيجارات منذ مطلع العام.", en="Rents have doubled since the start of 2023.", direction="en-ar", fails=False),
        Example(ar="نقل الميناء ٣ ملايين طن في ٢٠٢٤.", en="The port moved 3 million tonnes last year.", fails=False),
        Example(
            ar="نقل الميناء ٣ ملايين طن العام الماضي، مقابل ٢٫١ مليون طن.",
            en="The port moved 3 million tonnes last year, up from 2.1 million tonnes in 2022.",
            direction="en-ar",
            fails=True,
        ),
        Example(ar="نقل الميناء ٣ ملايين طن في عام ٢٠٢٤.", en="The port moved 3 million tonnes in the past decade.", fails=True),
    ),
)
NUMBER_ADDED = Check(
    "D202",
    "number-added",
    "number",
    Severity.WARNING,
    EachPair(_number_added, paired=True),
    (
        Example(ar="عاد آلاف اللاجئين إلى حلب.", en="Some 4,000 refugees returned to Aleppo.", fails=True),
        Example(ar="وصل الوفد إلى موسكو.", en="The delegation of 15 arrived in Moscow.", fails=True),
        Example(ar="عاد آلاف اللاجئين إلى حلب.", en="Thousands of refugees returned to Aleppo.", fails=False),
        Example(ar="عاد ٤٠٠٠ لاجئ إلى حلب.", en="Some 4,000 refugees returned to Aleppo.", fails=False),
        Example(ar="وقّعت الحكومة اتفاقاً بقيمة مليار دولار.", en="The government signed a $1bn deal.", fails=False),
        # The dual of a unit is 2; a clock time and a telephone number are written many ways.
        Example(ar="يبعد السد كيلومترين عن القرية.", en="The dam is 2 km from the village.", fails=False),
        Example(ar="تفتح اللجان الساعة ٨:١٥ صباحاً.", en="Polling stations open at 8.15am.", fails=False),
        # A conversion in brackets for the reader, when it is one; a figure far off is reported.
        Example(ar="بلغت سرعة الرياح ١٢٠ كم/ساعة.", en="Winds reached 120 km/h (75 mph).", fails=False),
        Example(ar="بلغت سرعة الرياح ١٢٠ كم/ساعة.", en="Winds reached 120 km/h (95 mph).", fails=True),
        Example(ar="للاستفسار يرجى الاتصال بالرقم ٠٢٤٧٧١٣٠٥.", en="For inquiries call +963 2 477 1305.", fails=False),
    ),
)
NUMBER_MISMATCH = Check(
    "D203",
    "number-mismatch",
    "number",
    Severity.ERROR,
    EachPair(_number_mismatch, paired=True),
    (
        Example(ar="ارتفعت الأسعار بنسبة ٣٥٪ خلال العام الماضي.", en="Prices rose by 53% over the past year.", fails=True),
        # "Around" covers a rounding of at most 5%: 45% written 40% is another figure.
        Example(ar="بلغت نسبة الإقبال نحو ٤٥٪ في المدن.", en="Turnout in the cities was around 40%.", fails=True),
        Example(ar="سجّلت البلدية ٥٨٧ ولادة في الربيع.", en="The council registered about 600 births in the spring.", fails=False),
        Example(ar="عبرت ١٢ شاحنة إلى إدلب.", en="Twenty-one trucks crossed into Idlib, 21 in all.", fails=True),
        Example(ar="عاد ٣٥ ألف لاجئ إلى دير الزور.", en="Some 53,000 refugees returned to Deir ez-Zor.", fails=True),
        # A number word that counts is a figure like any other.
        Example(ar="وصل ثلاثة وزراء إلى الرباط.", en="Four ministers arrived in Rabat.", fails=True),
        Example(ar="ارتفعت الأسعار بنسبة ٣٥٪ خلال العام الماضي.", en="Prices rose by 35% over the past year.", fails=False),
        Example(ar="تراجع سعر الصرف إلى ١١٨٠٠ ليرة.", en="The exchange rate fell to 11,800 pounds.", fails=False),
        Example(ar="بلغ النمو ٤٫٥٪.", en="Growth reached 4.5%.", fails=False),
        # Quintals converted to tonnes: one amount in the reader's unit; in the same unit, a changed figure.
        Example(ar="بلغ المردود ١٨ قنطاراً في الهكتار.", en="Yields reached 1.8 tonnes per hectare.", fails=False),
        Example(ar="بلغ المردود ١٨ قنطاراً في الهكتار.", en="Yields reached 1.8 quintals per hectare.", fails=True),
        # A share in words changed: the only share of each side, one of them in words.
        Example(ar="وارتفعت مبيعات الإسمنت بزيادة الربع عن العام الماضي.", en="Cement sales rose a third more than last year.", fails=True),
        Example(ar="وتراجع عدد الزوار بمقدار النصف.", en="Visitor numbers fell by 30 percent.", fails=True),
        Example(ar="وارتفعت مبيعات الإسمنت بزيادة الربع عن العام الماضي.", en="Cement sales were a quarter higher than last year.", fails=False),
        Example(ar="وتراجع عدد الزوار بنحو الثلث.", en="Visitor numbers fell by about 30 percent.", fails=False),
    ),
)
NUMBER_SCALE = Check(
    "D204",
    "number-scale",
    "number",
    Severity.ERROR,
    EachPair(_number_scale, paired=True),
    (
        Example(ar="بلغت قيمة الصفقة ٨٠٠ مليون دولار.", en="The deal is worth $800bn.", fails=True),
        Example(ar="خصصت الحكومة ٣ مليارات دولار للمشروع.", en="The government set aside $3m for the project.", fails=True),
        Example(ar="بلغت قيمة الصفقة ٨٠٠ مليون دولار.", en="The deal is worth $800m.", fails=False),
        Example(ar="بلغت قيمة الصفقة ٠٫٨ مليار دولار.", en="The deal is worth $800 million.", fails=False),
        Example(ar="تبلغ قيمة الأوراق ٤٠ تريليون ليرة.", en="The notes are worth 40 trillion pounds.", fails=False),
    ),
)


def _unit_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A figure is translated with its digits but another unit of the same kind:
    «١٢٠ كيلومتراً» written "120 miles", "300 dunams" written «٣٠٠ فدان», 10 cm as 10 mm.

    Why it matters: 120 kilometres are 75 miles; the reader is told the town is 70 km
    further away. Write the source's unit, or convert the figure. One unit under two
    names (tonnes, metric tons, «طن») is one unit, and units within 5% of each other
    (a feddan, an acre) are not reported; a figure converted in brackets (120 km (75
    miles)) keeps its unit.
    """
    yield from unit_changed_hits(ctx, pair)


UNIT_CHANGED = Check(
    "D205",
    "unit-changed",
    "number",
    Severity.ERROR,
    EachPair(_unit_changed, paired=True),
    (
        Example(ar="يمتد الطريق الجديد ١٢٠ كيلومتراً بين المدينتين.", en="The new road runs 120 miles between the two cities.", fails=True),
        Example(ar="زرع المزارعون ٣٠٠ دونم من القمح.", en="Farmers sowed 300 acres of wheat.", fails=True),
        Example(ar="يمتد الطريق الجديد ١٢٠ كيلومتراً بين المدينتين.", en="The new road runs 120 km (75 miles) between the two cities.", fails=False),
        Example(ar="صدّرت الشركة ٥٠٠ طن من الفوسفات.", en="The company exported 500 metric tons of phosphate.", fails=False),
        Example(ar="زرع المزارعون ٣٠٠ فدان من القطن.", en="Farmers sowed 300 acres of cotton.", fails=False),
        # One amount in the reader's unit: other digits, no unit changed (D203 judges the amount).
        Example(ar="بلغ المردود ١٢ قنطاراً في الهكتار.", en="Yields reached 1.2 tonnes per hectare.", fails=False),
        Example(ar="هطل ٤٠ ملم من الأمطار.", en="Forty centimetres of rain fell.", fails=True, direction="en-ar"),
    ),
)

CHECKS = (NUMBER_MISSING, NUMBER_ADDED, NUMBER_MISMATCH, NUMBER_SCALE, UNIT_CHANGED)
