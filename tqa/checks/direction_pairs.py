"""The directions of a sentence pair, compared: which the other side changes (M801) or
does not match (M802), and which compounds it keeps only in part (M802). Directions
said of the same named place ("north of Amman", «جنوب عمّان») are compared with each
other first (tqa.text.bearings); the rest by bearing alone."""

from __future__ import annotations

from dataclasses import replace

from tqa.checks.base import Pair, first_per_key
from tqa.checks.named_directions import (
    outside_glossary_names,
    outside_glossary_surnames,
    outside_romanised_names,
    outside_subject_surnames,
)
from tqa.glossary.model import Glossary
from tqa.lang.ar import is_arabic_text, normalize
from tqa.model import Segment
from tqa.text.bearings import bears_on
from tqa.text.compass_countries import country_directions
from tqa.text.directions import Direction, compatible, directions, opposed
from tqa.text.skeletons import latin_matches_arabic

Found = tuple[Segment, Direction]


def found_in(segments: tuple[Segment, ...]) -> list[Found]:
    """Directions in either language: Arabic left in an English sentence still holds
    its direction (U401 reports the leftover text itself)."""
    return [(s, d) for s in segments for lang in ("ar", "en") for d in directions(s.text, lang, s.heading)]


def _candidates(pair: Pair, glossary: Glossary | None) -> tuple[list[Found], list[Found]]:
    """The directions of each side that are bearings, not part of a name."""
    source, target = (outside_subject_surnames(_countries_named(found_in(x))) for x in (pair.source, pair.target))
    if glossary is not None:
        source, target = (outside_glossary_surnames(outside_glossary_names(x, glossary), glossary) for x in (source, target))
    return outside_romanised_names(source, pair.target), outside_romanised_names(target, pair.source)


def compared(pair: Pair, glossary: Glossary | None = None) -> tuple[list[tuple[Found, Found]], list[Found]]:
    """The source directions the translation changes, each with what it wrote, and those
    it drops. Compared ones only; a name (West Bank) or the West may match but is never
    reported. A bead is compared as a whole, so a 2-1 merge keeps each sentence's
    directions. A compass word inside a glossary name (North Field, «حقل الشمال») or
    romanised as a name on the other side («الغربي», Gharbi) is the name's, not a
    bearing: it neither matches nor is matched.

    First place by place: a direction said of a place that the other side puts in no
    compatible direction, but in another one, is changed ("north of Amman, near the
    northern city of Ramtha" against «جنوب عمّان، قرب مدينة الرمثا الشمالية»: Amman
    moved, Ramtha kept). Then the rest by bearing, in order: one the other side matches
    nowhere is changed when the other side has an unmatched one too, else dropped."""
    source, target = _candidates(pair, glossary)
    by_place = _changed_places(source, target, glossary)
    source = [x for x in source if not any(x is s for s, _ in by_place)]
    target = [x for x in target if not any(x is t for _, t in by_place)]

    def alone(item: Found, others: list[Found]) -> bool:
        return item[1].compared and not any(compatible(item[1].bearing, o.bearing) for _, o in others)

    said, written = _distinct([x for x in source if alone(x, target)]), _distinct([x for x in target if alone(x, source)])
    return by_place + changed_countries(pair) + list(zip(said, written, strict=False)), said[len(written) :]


def _countries_named(found: list[Found]) -> list[Found]:
    """An Arabic compass word inside a country's name or nationality (كوري شمالي, North
    Korean) is the name's, as the English one is: it matches but is not compared."""
    spans = {s.id: [d for _, d in country_directions(s.text, "ar")] for s, d in found if is_arabic_text(d.text)}
    return [
        (s, replace(d, compared=False) if any(c.start <= d.start < c.end for c in spans.get(s.id, ())) else d) for s, d in found
    ]


def changed_countries(pair: Pair) -> list[tuple[Found, Found]]:
    """A country named with its compass word that the other side names with the opposite
    one only (South Korean written «كوري شمالي», North Macedonia «مقدونيا الجنوبية»): another
    country. One finding a country."""
    def named(segments: tuple[Segment, ...]) -> list[tuple[str, Found]]:
        return [(c, (s, d)) for s in segments for lang in ("ar", "en") for c, d in country_directions(s.text, lang)]

    source, target = named(pair.source), named(pair.target)
    changed: list[tuple[Found, Found]] = []
    reported: set[str] = set()
    for country, said in source:
        others = [found for c, found in target if c == country]
        if country in reported or any(compatible(said[1].bearing, o[1].bearing) for o in others):
            continue
        written = next((o for o in others if opposed(said[1].bearing, o[1].bearing)), None)
        if written is not None:
            changed.append((said, written))
            reported.add(country)
    return changed


def _changed_places(source: list[Found], target: list[Found], glossary: Glossary | None) -> list[tuple[Found, Found]]:
    """Source directions whose place the target puts only in incompatible directions,
    each with the first of those (one finding a place). A target direction said of no
    name that the source's bearing would match (northern and western Yemen, «شمال اليمن
    وغربه»: "its west") may be that place's: then nothing is decided place by place."""
    places = {id(x): bears_on(x[0].text, x[1]) for x in (*source, *target)}
    changed: list[tuple[Found, Found]] = []
    for said in source:
        same = [t for t in target if places[id(said)] and places[id(t)] and _same_place(places[id(said)], places[id(t)], glossary)]
        matching = [t for t in target if compatible(said[1].bearing, t[1].bearing)]
        if not same or any(t in same or not places[id(t)] for t in matching):
            continue
        written = next((t for t in same if not any(t is w for _, w in changed)), None)
        if written is not None and not any(_same_place(places[id(said)], places[id(s)], glossary) for s, _ in changed):
            changed.append((said, written))
    return changed


def _same_place(a: tuple[str, ...], b: tuple[str, ...], glossary: Glossary | None) -> bool:
    """Two spellings of one place: the same glossary entry, the same word, or a Latin
    name that romanises the Arabic one (Ramtha, «الرمثا»)."""
    arabic, latin = [x for x in (*a, *b) if is_arabic_text(x)], [x for x in (*a, *b) if not is_arabic_text(x)]
    if not arabic or not latin:
        return bool({normalize(x).casefold() for x in a} & {normalize(x).casefold() for x in b})
    if glossary is not None:
        entries = {m.entry.id for x in latin for m in glossary.find(x, "en") if m.start == 0}
        if any(m.entry.id in entries and m.start == 0 for x in arabic for m in glossary.find(x, "ar")):
            return True
    return any(latin_matches_arabic(x, y) for x in latin for y in arabic)


def narrowed(pair: Pair, glossary: Glossary | None) -> list[tuple[Found, Found]]:
    """Source compounds (north-west) that the translation keeps only in part (west): no
    direction of the other side is the compound, and a simple one of it is there."""
    source, target = _candidates(pair, glossary)
    found = []
    for item in _distinct([x for x in source if x[1].compared and len(x[1].bearing) == 2]):
        if any(o.bearing == item[1].bearing for _, o in target):
            continue
        part = next((o for o in target if o[1].compared and o[1].bearing < item[1].bearing), None)
        if part is not None:
            found.append((item, part))
    return found


def _distinct(items: list[Found]) -> list[Found]:
    return first_per_key(items, lambda item: item[1].bearing)
