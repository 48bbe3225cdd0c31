"""The first step of a sentence pair's number comparison (tqa.checks.number_pairs): the
figures of equal value paired, in any notation, and a total one version states beside
the parts both versions give.

"financed by four local and two foreign banks" is translated «بتمويل من ستة مصارف،
أربعة منها محلية واثنان أجنبيان» (six banks, four of them local and two foreign): the
translator adds the sum, or drops it and keeps the parts ("six banks, four local and two
foreign" as «أربعة مصارف محلية ومصرفان أجنبيان»). The reader learns nothing the other
version does not say, so the number checks (D201, D202) leave such a total alone when it
is a whole number that equals the sum of two or more figures written one after another
in its own sentence, each of which has its partner on the other side. A figure that is
no such sum, or whose parts are not all translated, is still reported.

So with a difference: "in 22 months, four months ahead of schedule" for «في ٢٢ شهراً
بدلاً من ٢٦ شهراً» gives the gap instead of the 26. A figure that a comparison word
marks as a difference (tqa.text.numbers.differences) and a figure of the other version
left unpaired, itself no difference, are set aside together when the first is the second's distance from
another figure of its sentence that both versions give (26 - 22 = 4). Any other left-over figure is still reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from tqa.checks.located import Located
from tqa.text.numbers import quantities
from tqa.text.numbers.differences import is_difference


def pair_same_values(arabic: list[Located], english: list[Located]) -> tuple[list[Located], list[Located]]:
    """The figures of each side left once those of the same value are paired, and once
    the totals of paired parts are set aside. Definite numbers claim partners first, so
    that a soft "one" does not take the partner of a written 1."""
    matched: list[Located] = []
    for a in sorted(arabic, key=lambda x: x.quantity.soft):
        partner = next((e for e in english if e.quantity.same_value(a.quantity)), None)
        if partner is not None:
            arabic = [x for x in arabic if x is not a]
            english = [x for x in english if x is not partner]
            matched += (a, partner)
    arabic = [x for x in arabic if not _stated_total(x, matched)]
    english = [x for x in english if not _stated_total(x, matched)]
    return _outside_differences(arabic, english)


def _outside_differences(arabic: list[Located], english: list[Located]) -> tuple[list[Located], list[Located]]:
    """The figures left once each stated difference and the figure it stands for are set aside."""
    for own, other, lang, other_lang in ((arabic, english, "ar", "en"), (english, arabic, "en", "ar")):
        for gap in [x for x in own if _counts(x) and _a_difference(x, lang)]:
            # The figure it stands for is none itself: "by 5" for «بمقدار ١٠» is a changed gap.
            replaced = next(
                (y for y in other if _counts(y) and not _a_difference(y, other_lang) and _gap_from_kept(y, other_lang, gap, lang)),
                None,
            )
            if replaced is not None:
                own.remove(gap)
                other.remove(replaced)
    return arabic, english


def _a_difference(figure: Located, lang: str) -> bool:
    return is_difference(figure.segment.text, figure.quantity.start, figure.quantity.end, lang)


def _gap_from_kept(figure: Located, lang: str, gap: Located, gap_lang: str) -> bool:
    """`figure` is `gap` away from another figure of its sentence that the gap's sentence gives too
    (the 22 of «٢٢ شهراً بدلاً من ٢٦» and "22 months, four months ahead of schedule")."""
    kept = quantities(gap.segment.text, gap_lang)
    return any(
        q.start != figure.quantity.start
        and abs(abs(figure.quantity.value - q.value) - gap.quantity.value) < 1e-9
        and any(k.same_value(q) for k in kept)
        for q in quantities(figure.segment.text, lang)
    )


def _counts(figure: Located) -> bool:
    quantity = figure.quantity
    return not quantity.percent and quantity.value == int(quantity.value) and quantity.value > 0


def _stated_total(figure: Located, matched: Sequence[Located]) -> bool:
    """`figure` is the sum of a run of two or more `matched` figures of its own sentence,
    written one after another."""
    if not _counts(figure):
        return False
    parts = sorted(
        (m.quantity for m in matched if m.segment == figure.segment and m.quantity.start != figure.quantity.start and _counts(m)),
        key=lambda q: q.start,
    )
    for first in range(len(parts)):
        total = parts[first].value
        for last in range(first + 1, len(parts)):
            total += parts[last].value
            if total == figure.quantity.value:
                return True
    return False
