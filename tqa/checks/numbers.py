"""Numbers: every figure in a sentence has its counterpart in the aligned translation.

The comparison runs per bead on values after scale words (tqa.numbers), so
٨٠٠ مليون, 800 million, $800m and 800,000,000 are one number. Unmatched numbers
are then explained in the order an editor would: the same written number with
another scale word (wrong scale), the same scale with other digits (different
value), and what is left is missing or added. Beads with one side empty are the
completeness checks' business and are skipped here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tqa.checks.base import Check, CheckContext, Example, Hit, Pair, span
from tqa.model import Segment, Severity, Span
from tqa.readers.langid import LANGUAGE_NAMES
from tqa.text.numbers import Quantity, format_value, quantities


@dataclass(frozen=True)
class Located:
    segment: Segment
    quantity: Quantity

    def evidence(self) -> Span:
        return span(self.segment, self.quantity.start, self.quantity.end)


@dataclass(frozen=True)
class Comparison:
    wrong_scale: tuple[tuple[Located, Located], ...]  # (arabic, english)
    different: tuple[tuple[Located, Located], ...]
    arabic_only: tuple[Located, ...]
    english_only: tuple[Located, ...]


def _located(segments: tuple[Segment, ...], lang: str) -> list[Located]:
    from tqa.readers.langid import script_of

    # A sentence left in the other language (the language checks report it) is
    # read with that language's conventions, so its figures still count.
    def conventions(segment: Segment) -> str:
        script = script_of(segment.text)
        return "en" if script == "latin" else "ar" if script == "arabic" else lang

    return [Located(s, q) for s in segments for q in quantities(s.text, conventions(s))]


# Cached: the four number checks each compare the same pairs.
@lru_cache(maxsize=1024)
def compare(pair: Pair) -> Comparison:
    arabic, english = _located(pair.arabic, "ar"), _located(pair.english, "en")
    # 1. Same value, in any notation. Definite numbers claim partners first so
    # that a soft "one" does not take the partner of a written 1.
    for a in sorted(arabic, key=lambda x: x.quantity.soft):
        partner = next((e for e in english if e.quantity.same_value(a.quantity)), None)
        if partner is not None:
            arabic = [x for x in arabic if x is not a]
            english = [x for x in english if x is not partner]
    # A Hijri day or year kept on both sides but changed (١٤٤٦ هـ written 1445 AH) is
    # a changed figure; kept on one side only, it is soft like any number word.
    hijri_changed = []
    for a in [x for x in arabic if x.quantity.hijri]:
        partner = next((e for e in english if e.quantity.hijri and (e.quantity.value >= 100) == (a.quantity.value >= 100)), None)
        if partner is not None:
            hijri_changed.append((a, partner))
            english.remove(partner)
    arabic = [a for a in arabic if not a.quantity.soft]
    english = [e for e in english if not e.quantity.soft]
    # 2. Same digits, another scale word.
    wrong_scale = []
    for a in list(arabic):
        partner = next((e for e in english if a.quantity.wrong_scale_of(e.quantity)), None)
        if partner is not None:
            wrong_scale.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    # 3. Left over on both sides at the same scale, or within a factor of ten
    # (٣٥ ألف against 53,000): read as one number changed.
    different = hijri_changed
    for a in list(arabic):
        partner = next((e for e in english if _comparable(a.quantity, e.quantity)), None)
        if partner is not None:
            different.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    return Comparison(tuple(wrong_scale), tuple(different), tuple(arabic), tuple(english))


def _comparable(arabic: Quantity, english: Quantity) -> bool:
    if arabic.percent != english.percent:
        return False
    if arabic.scale == english.scale:
        return True
    small, large = sorted((abs(arabic.value), abs(english.value)))
    return small > 0 and large / small <= 10  # a dropped or added zero (120,000 written 12,000) is one changed figure


def _comparisons(ctx: CheckContext) -> Iterator[tuple[Pair, Comparison]]:
    for pair in ctx.pairs():
        if pair.arabic and pair.english:
            yield pair, compare(pair)


def _missing(ctx: CheckContext) -> Iterator[Hit]:
    """A number in the source has no counterpart in the aligned translation.

    Why it matters: a dropped figure (a death toll, a price, a date) changes what
    the reader learns. Add the number to the translation, or confirm that it was
    cut on purpose.
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for _, comparison in _comparisons(ctx):
        for item in comparison.arabic_only if ctx.source_is_arabic else comparison.english_only:
            yield Hit(
                message=f"The number «{item.quantity.text}» ({format_value(item.quantity)}) is not in the {language}; add it",
                source=item.evidence(),
                suggestion=format_value(item.quantity),
            )


def _added(ctx: CheckContext) -> Iterator[Hit]:
    """A number in the translation has no counterpart in the aligned source.

    Why it matters: a figure that the source does not give is either an error or
    an unsourced addition. Check it against the source and remove it or cite it.
    """
    language = LANGUAGE_NAMES[ctx.doc.source.lang]
    for _, comparison in _comparisons(ctx):
        for item in comparison.english_only if ctx.source_is_arabic else comparison.arabic_only:
            yield Hit(
                message=f"The number «{item.quantity.text}» is not in the {language} source; check it against the source",
                target=item.evidence(),
            )


def _by_role(ctx: CheckContext, arabic: Located, english: Located) -> tuple[Located, Located]:
    return (arabic, english) if ctx.source_is_arabic else (english, arabic)


def _different(ctx: CheckContext) -> Iterator[Hit]:
    """A number was translated with a different value (35% written 53%, 12 written 21).

    Why it matters: transposed or mistyped digits are the commonest factual error
    in translated news, and no reader can catch them. Correct the figure.
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for _, comparison in _comparisons(ctx):
        for arabic, english in comparison.different:
            source, target = _by_role(ctx, arabic, english)
            expected = format_value(source.quantity)
            yield Hit(
                message=f"«{source.quantity.text}» ({expected}) is written «{target.quantity.text}» in the {language}; correct the figure",
                source=source.evidence(),
                target=target.evidence(),
                suggestion=expected,
            )


def _wrong_scale(ctx: CheckContext) -> Iterator[Hit]:
    """A number kept its digits but changed its scale word (مليون written bn).

    Why it matters: million against billion is a factor of a thousand; it is the
    error that ends up in corrections columns. Use the scale of the source
    (مليون = million, m; مليار = billion, bn).
    """
    language = LANGUAGE_NAMES[ctx.translation.lang]
    for _, comparison in _comparisons(ctx):
        for arabic, english in comparison.wrong_scale:
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


MISSING = Check(
    "D201", "number-missing", "number", Severity.ERROR, _missing,
    (
        Example(ar="وقّعت الحكومة اتفاقاً بقيمة ٣٠٠ مليون دولار مع شركة روسية.", en="The government signed a deal with a Russian company.", fails=True),
        Example(ar="قُتل ١٢ شخصاً في القصف.", en="People were killed in the shelling.", fails=True),
        Example(ar="وقّعت الحكومة اتفاقاً بقيمة ٣٠٠ مليون دولار مع شركة روسية.", en="The government signed a $300m deal with a Russian company.", fails=False),
        Example(ar="وصل ثلاثة وزراء إلى دمشق.", en="Three ministers arrived in Damascus.", fails=False),
        Example(ar="بلغ عدد النازحين مليون و٢٠٠ ألف شخص.", en="The number of displaced people reached 1.2 million.", fails=False),
        Example(ar="ارتفعت الأسعار بنسبة ٣٥ في المئة.", en="Prices rose by 35 per cent.", fails=False),
        # The Hijri date beside the Gregorian one may be dropped.
        Example(ar="رفع المصرف سعر الصرف في ١٥ شعبان ١٤٤٦ هـ، الموافق ١٤ شباط ٢٠٢٥.", en="The bank raised the exchange rate on February 14, 2025.", fails=False),
    ),
)
ADDED = Check(
    "D202", "number-added", "number", Severity.WARNING, _added,
    (
        Example(ar="عاد آلاف اللاجئين إلى حلب.", en="Some 4,000 refugees returned to Aleppo.", fails=True),
        Example(ar="وصل الوفد إلى موسكو.", en="The delegation of 15 arrived in Moscow.", fails=True),
        Example(ar="عاد آلاف اللاجئين إلى حلب.", en="Thousands of refugees returned to Aleppo.", fails=False),
        Example(ar="عاد ٤٠٠٠ لاجئ إلى حلب.", en="Some 4,000 refugees returned to Aleppo.", fails=False),
        Example(ar="وقّعت الحكومة اتفاقاً بقيمة مليار دولار.", en="The government signed a $1bn deal.", fails=False),
    ),
)
DIFFERENT = Check(
    "D203", "number-mismatch", "number", Severity.ERROR, _different,
    (
        Example(ar="ارتفعت الأسعار بنسبة ٣٥٪ خلال العام الماضي.", en="Prices rose by 53% over the past year.", fails=True),
        Example(ar="عبرت ١٢ شاحنة إلى إدلب.", en="Twenty-one trucks crossed into Idlib, 21 in all.", fails=True),
        Example(ar="عاد ٣٥ ألف لاجئ إلى دير الزور.", en="Some 53,000 refugees returned to Deir ez-Zor.", fails=True),
        Example(ar="ارتفعت الأسعار بنسبة ٣٥٪ خلال العام الماضي.", en="Prices rose by 35% over the past year.", fails=False),
        Example(ar="تراجع سعر الصرف إلى ١١٨٠٠ ليرة.", en="The exchange rate fell to 11,800 pounds.", fails=False),
        Example(ar="بلغ النمو ٤٫٥٪.", en="Growth reached 4.5%.", fails=False),
    ),
)
WRONG_SCALE = Check(
    "D204", "number-scale", "number", Severity.ERROR, _wrong_scale,
    (
        Example(ar="بلغت قيمة الصفقة ٨٠٠ مليون دولار.", en="The deal is worth $800bn.", fails=True),
        Example(ar="خصصت الحكومة ٣ مليارات دولار للمشروع.", en="The government set aside $3m for the project.", fails=True),
        Example(ar="بلغت قيمة الصفقة ٨٠٠ مليون دولار.", en="The deal is worth $800m.", fails=False),
        Example(ar="بلغت قيمة الصفقة ٠٫٨ مليار دولار.", en="The deal is worth $800 million.", fails=False),
        Example(ar="تبلغ قيمة الأوراق ٤٠ تريليون ليرة.", en="The notes are worth 40 trillion pounds.", fails=False),
    ),
)

CHECKS = (MISSING, ADDED, DIFFERENT, WRONG_SCALE)
