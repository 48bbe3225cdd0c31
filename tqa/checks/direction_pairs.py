"""The directions of a sentence pair, compared: which the other side does not match
(M801, M802), and which compounds it keeps only in part (M802)."""

from __future__ import annotations

from tqa.checks.base import Pair, first_per_key
from tqa.checks.named_directions import outside_glossary_names, outside_romanised_names
from tqa.glossary.model import Glossary
from tqa.model import Segment
from tqa.text.directions import Direction, compatible, directions

Found = tuple[Segment, Direction]


def found_in(segments: tuple[Segment, ...]) -> list[Found]:
    """Directions in either language: Arabic left in an English sentence still holds
    its direction (U401 reports the leftover text itself)."""
    return [(s, d) for s in segments for lang in ("ar", "en") for d in directions(s.text, lang, s.heading)]


def _candidates(pair: Pair, glossary: Glossary | None) -> tuple[list[Found], list[Found]]:
    """The directions of each side that are bearings, not part of a name."""
    source, target = found_in(pair.source), found_in(pair.target)
    if glossary is not None:
        source, target = outside_glossary_names(source, glossary), outside_glossary_names(target, glossary)
    return outside_romanised_names(source, pair.target), outside_romanised_names(target, pair.source)


def unmatched(pair: Pair, glossary: Glossary | None = None) -> tuple[list[Found], list[Found]]:
    """Source and target directions that nothing on the other side matches, compared
    ones only; a name (West Bank) or the West may match but is never reported. A bead
    is compared as a whole, so a 2-1 merge keeps each sentence's directions. A compass
    word inside a glossary name (North Field, «حقل الشمال») or romanised as a name on
    the other side («الغربي», Gharbi) is the name's, not a bearing: it neither matches
    nor is matched."""
    source, target = _candidates(pair, glossary)

    def alone(item: Found, others: list[Found]) -> bool:
        return item[1].compared and not any(compatible(item[1].bearing, o.bearing) for _, o in others)

    return _distinct([x for x in source if alone(x, target)]), _distinct([x for x in target if alone(x, source)])


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
