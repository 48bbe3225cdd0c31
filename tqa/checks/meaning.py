"""Meaning: compass directions keep their bearing from source to translation."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, Example, Hit, Pair, span
from tqa.directions import Direction, compatible, directions
from tqa.model import Segment, Severity

Found = tuple[Segment, Direction]


def found_in(segments: tuple[Segment, ...]) -> list[Found]:
    """Directions in either language: Arabic left in an English sentence still holds
    its direction (U401 reports the leftover text itself)."""
    return [(s, d) for s in segments for lang in ("ar", "en") for d in directions(s.text, lang, s.heading)]


def _unmatched(pair: Pair) -> tuple[list[Found], list[Found]]:
    """Source and target directions that nothing on the other side matches, compared
    ones only; a name (West Bank) or the West may match but is never reported. A bead
    is compared as a whole, so a 2-1 merge keeps each sentence's directions."""
    source, target = found_in(pair.source), found_in(pair.target)

    def alone(item: Found, others: list[Found]) -> bool:
        return item[1].compared and not any(compatible(item[1].bearing, o.bearing) for _, o in others)

    return _distinct([x for x in source if alone(x, target)]), _distinct([x for x in target if alone(x, source)])


def _distinct(items: list[Found]) -> list[Found]:
    seen: set[frozenset[str]] = set()
    kept = []
    for item in items:
        if item[1].bearing not in seen:
            seen.add(item[1].bearing)
            kept.append(item)
    return kept


def _quote(item: Found) -> str:
    from tqa.arabic import is_arabic_text

    return f"«{item[1].text}» ({item[1].label})" if is_arabic_text(item[1].text) else f"«{item[1].text}»"


def _direction_changed(ctx: CheckContext) -> Iterator[Hit]:
    """A compass direction in the source is another direction in the translation
    (north-east written north-west, «جنوب حلب» for north of Aleppo, «الريف الشرقي» for
    the western countryside).

    Why it matters: a direction places a battle, a displacement or a border crossing;
    the wrong one sends the reader, and an aid worker, to the other side of a
    province. Names that hold a compass word (the West Bank, South Sudan,
    «الشرق الأوسط», «الغوطة الشرقية») and the West as a group of countries are not
    compared as directions. Write the source's direction.
    """
    for pair in ctx.pairs():
        if not (pair.source and pair.target):
            continue
        source, target = _unmatched(pair)
        for said, written in zip(source, target):
            yield Hit(
                message=f"{_quote(said)} in the source is written {_quote(written)} in the translation: write {said[1].label}",
                source=span(said[0], said[1].start, said[1].end),
                target=span(written[0], written[1].start, written[1].end),
            )


def _direction_dropped(ctx: CheckContext) -> Iterator[Hit]:
    """A compass direction in the source has no counterpart in the aligned translation.

    Why it matters: "clashes in northern Aleppo" that become "clashes in Aleppo" move
    the fighting into the city. A direction written differently is a change
    (M801); this one is simply gone. Add it, or confirm that the sentence says the
    place another way. Not reported where the aligner is unsure of the pairing.
    """
    for pair in ctx.pairs():
        if not (pair.source and pair.target) or pair.bead.uncertain:
            continue
        source, target = _unmatched(pair)
        for said in source[len(target) :]:
            yield Hit(
                message=f"{_quote(said)} in the source is not in the translation: add the direction or confirm the rewording",
                source=span(said[0], said[1].start, said[1].end),
                suggestion=said[1].label,
            )


DIRECTION_CHANGED = Check(
    "M801", "direction-changed", "meaning", Severity.ERROR, _direction_changed,
    (
        Example(ar="تقدمت القوات في ريف حلب الشمالي الشرقي.", en="Troops advanced in the north-western Aleppo countryside.", fails=True),
        Example(ar="سقطت قذائف على قرى شمال حلب.", en="Shells fell on villages south of Aleppo.", fails=True),
        Example(ar="نزح آلاف المدنيين من الريف الغربي.", en="Thousands of civilians fled the eastern countryside.", fails=True),
        Example(ar="تقع الحقول في الشمال الشرقي.", en="The fields lie in the north-west.", fails=True, direction="en-ar"),
        Example(ar="تقدمت القوات في ريف حلب الشمالي الشرقي.", en="Troops advanced in the north-eastern Aleppo countryside.", fails=False),
        Example(ar="سقطت قذائف على قرى شمال حلب.", en="Shells fell on villages north of Aleppo.", fails=False),
        # Names and the West are not directions to compare.
        Example(ar="زار الوزير الضفة الغربية ثم الشرق الأوسط.", en="The minister visited the West Bank and then the Middle East.", fails=False),
        Example(ar="انتقد الغرب الحكومة في جنوب السودان.", en="The West criticised the government in South Sudan.", fails=False),
        Example(ar="فرضت الدول الغربية عقوبات جديدة.", en="Western countries imposed new sanctions.", fails=False),
    ),
)
DIRECTION_DROPPED = Check(
    "M802", "direction-dropped", "meaning", Severity.WARNING, _direction_dropped,
    (
        Example(ar="اندلعت اشتباكات في ريف إدلب الجنوبي.", en="Clashes broke out in the Idlib countryside.", fails=True),
        Example(ar="اندلعت اشتباكات في ريف إدلب الجنوبي.", en="Clashes broke out in the southern Idlib countryside.", fails=False),
        # North-east said as north is less precise, not wrong.
        Example(ar="وصلت القافلة إلى شمال شرق سوريا.", en="The convoy reached northern Syria.", fails=False),
        Example(ar="وصل الوفد إلى الغوطة الشرقية.", en="The delegation reached Eastern Ghouta.", fails=False),
    ),
)

CHECKS = (DIRECTION_CHANGED, DIRECTION_DROPPED)
