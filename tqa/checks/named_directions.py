"""Compass words that belong to a glossary name, not to a bearing.

"The North Field lies off the north-east coast" and «يقع حقل الشمال قبالة الساحل
الشمالي الغربي»: the field's name holds "north" in both languages, and a name's
compass word must not stand in for the bearing the sentence gives (it would let a
north-west pass for a north-east). The desk's glossary says which words are names.
"""

from __future__ import annotations

import re

from tqa.glossary.model import Glossary
from tqa.lang.ar import is_arabic_text, strip_marks
from tqa.model import Segment
from tqa.text.directions import Direction
from tqa.text.translit import latin_matches_arabic

Found = tuple[Segment, Direction]


def outside_glossary_names(found: list[Found], glossary: Glossary) -> list[Found]:
    """`found` without the directions that lie inside a glossary name of their segment."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for segment, _ in found:
        if segment.id not in spans:
            matches = [*glossary.find(segment.text, "en"), *glossary.find(segment.text, "ar")]
            spans[segment.id] = [(m.start, m.end) for m in matches]
    return [(s, d) for s, d in found if not any(a <= d.start and d.end <= b for a, b in spans[s.id])]


# A surname made of a compass word is its nisba adjective (الغربي Gharbi, الشمالي
# Shamali): Arabic ending in ي, Latin in i or y. A noun (شرق) is never one, and
# shares its consonants with other names (El Shorouk, الشروق).
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’]+[iy]\b")


def outside_romanised_names(found: list[Found], other: tuple[Segment, ...]) -> list[Found]:
    """`found` without the Arabic compass words that the other side writes as a name:
    «حسين الغربي» is Hussein Gharbi, a surname, and «الشرقي» romanised Sharqi is no bearing."""
    names = {word for segment in other for word in _CAPITALISED.findall(segment.text)}
    return [(s, d) for s, d in found if not (_nisba(d.text) and any(latin_matches_arabic(n, d.text) for n in names))]


def _nisba(text: str) -> bool:
    return is_arabic_text(text) and strip_marks(text).endswith("ي")
