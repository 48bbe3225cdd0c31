"""Compass words that belong to a glossary name, not to a bearing; and a glossary
name whose compass word was reversed in translation.

"The North Field lies off the north-east coast" and «يقع حقل الشمال قبالة الساحل
الشمالي الغربي»: the field's name holds "north" in both languages, and a name's
compass word must not stand in for the bearing the sentence gives (it would let a
north-west pass for a north-east). The desk's glossary says which words are names.

The same name can still be turned round: South Al Sharqiyah («جنوب الشرقية») is a
governorate, North Al Sharqiyah another. When the source says a glossary place or
organisation whose name holds a compass word, and the translation writes that name
with an opposed one, the direction has changed although no bearing was compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.lang.ar import ARABIC_WORD_CHARS, is_arabic_text, normalize, normalize_with_map, strip_marks
from tqa.model import Lang, Segment
from tqa.text.directions import Direction, compatible, directions, opposed
from tqa.text.skeletons import latin_matches_arabic

Found = tuple[Segment, Direction]


def outside_glossary_names(found: list[Found], glossary: Glossary) -> list[Found]:
    """`found` without the directions that lie inside a glossary name of their segment."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for segment, _ in found:
        if segment.id not in spans:
            matches = [*glossary.find(segment.text, "en"), *glossary.find(segment.text, "ar")]
            spans[segment.id] = [(m.start, m.end) for m in matches]
    return [(s, d) for s, d in found if not any(a <= d.start and d.end <= b for a, b in spans[s.id])]


# The word right before, definite (its article after any proclitics): «الساحل الغربي».
_DEFINITE_BEFORE = patterns.compile(rf"(?<![{ARABIC_WORD_CHARS}])[وف]?(?:[بك]?ال|لل)[{ARABIC_WORD_CHARS}]{{2,}}\s+$")


def outside_glossary_surnames(found: list[Found], glossary: Glossary) -> list[Found]:
    """`found` without the Arabic compass words that are a glossary person's surname, named
    alone («وأضافت الغربي» after «سناء الغربي»): a nisba is an adjective only after the
    definite noun it qualifies («الساحل الغربي», the west coast), and a name elsewhere."""
    kept = []
    for segment, direction in found:
        if _nisba(direction.text) and not _DEFINITE_BEFORE.search(normalize(segment.text[: direction.start])):
            surnames = glossary.find_surnames(segment.text, "ar", common=True)
            if any(m.start <= direction.start < m.end for m in surnames):
                continue
        kept.append((segment, direction))
    return kept


# A surname made of a compass word is its nisba adjective (الغربي Gharbi, الشمالي
# Shamali): Arabic ending in ي, Latin in i or y. A noun (شرق) is never one, and
# shares its consonants with other names (El Shorouk, الشروق).
# \b before the capital is written as a lookbehind after it, \w then the capital: the same
# matches, and the capital first gives re a letter to scan for (3.5 times faster, #14).
_CAPITALISED = patterns.compile(r"[A-Z](?<!\w[A-Z])[a-z'’]+[iy]\b")


def outside_romanised_names(found: list[Found], other: tuple[Segment, ...]) -> list[Found]:
    """`found` without the Arabic compass words that the other side writes as a name:
    «حسين الغربي» is Hussein Gharbi, a surname, and «الشرقي» romanised Sharqi is no bearing."""
    names = {word for segment in other for word in _CAPITALISED.findall(segment.text)}
    return [(s, d) for s, d in found if not (_nisba(d.text) and any(latin_matches_arabic(n, d.text) for n in names))]


# A verb a person does (on normalised text), with its و or ف: a nisba straight after one is
# the verb's subject, a surname («ودعا الغربي إلى ...», Gharbi called for ...), never a
# bearing, which follows the noun it qualifies.
_VERB_BEFORE = patterns.compile(
    rf"(?<![{ARABIC_WORD_CHARS}])[وف]?(?:قال|اضاف|دعا|اكد|اوضح|اشار|تابع|حذر|اعتبر|راي|طالب)ت?\s+$"
)


def outside_subject_surnames(found: list[Found]) -> list[Found]:
    """`found` without the Arabic compass words that stand as a verb's subject: a surname
    named alone after the person was introduced, whether or not the glossary lists them."""
    return [(s, d) for s, d in found if not (_nisba(d.text) and _VERB_BEFORE.search(normalize(s.text[: d.start])))]


def _nisba(text: str) -> bool:
    return is_arabic_text(text) and strip_marks(text).endswith("ي")


# --- A glossary name whose compass word was changed: South Al Sharqiyah written North ----

# The compass word of a name, open: each language's forms of the four points and the
# compounds, so that a name's pattern matches the name under any bearing.
_EN_COMPASS = r"(?:North|South)(?:[-‐‑ ]?(?:east|west|East|West))?(?:ern)?|(?:East|West)(?:ern)?"
_AR_COMPASS = r"(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|يه)?"


@dataclass(frozen=True)
class SwappedName:
    """A glossary name said on one side, and on the other the same name with an opposed compass word."""

    said: Segment
    said_start: int
    said_end: int
    written: Segment
    start: int
    end: int
    bearing: frozenset[str]
    entry: GlossaryEntry


def swapped_names(
    pair_source: tuple[Segment, ...], pair_target: tuple[Segment, ...], langs: tuple[Lang, Lang], glossary: Glossary
) -> list[SwappedName]:
    """Glossary names of the source that hold a compass word (South Al Sharqiyah,
    «جنوب الشرقية») and stand in the translation with the opposite one (North Al
    Sharqiyah, «شمال الشرقية»), which the source does not say anywhere in the pair."""
    source_lang, target_lang = langs
    said_bearings = [d.bearing for s in pair_source for lang in ("ar", "en") for d in directions(s.text, lang, s.heading)]
    found: list[SwappedName] = []
    for segment in pair_source:
        for match in glossary.find(segment.text, source_lang):
            inside = directions(match.text, source_lang, heading=True)
            if not inside or match.entry.type == "person":
                continue  # a surname of a compass word (al-Sharqi) is no bearing
            bearing = inside[0].bearing
            for form in _forms(match.entry, target_lang):
                for written, start, end, other in _open_name(form, target_lang, pair_target):
                    if opposed(bearing, other) and not any(compatible(other, b) for b in said_bearings):
                        found.append(SwappedName(segment, match.start, match.end, written, start, end, other, match.entry))
    return _first_per_place(found)


def _forms(entry: GlossaryEntry, lang: Lang) -> tuple[str, ...]:
    return entry.ar if lang == "ar" else (entry.en, *entry.variants)


def _open_name(form: str, lang: Lang, segments: tuple[Segment, ...]) -> Iterator[tuple[Segment, int, int, frozenset[str]]]:
    """Where `form` stands in `segments` with any compass word in place of its own, and the
    bearing written there."""
    pattern = _open_pattern(form, lang)
    if pattern is None:
        return
    for segment in segments:
        text, offsets = normalize_with_map(segment.text) if lang == "ar" else (segment.text, None)
        for match in pattern.finditer(text):
            written = directions(match["compass"], lang, heading=True)
            if not written:
                continue
            start, end = (offsets[match.start()], offsets[match.end() - 1] + 1) if offsets else (match.start(), match.end())
            yield segment, start, end, written[0].bearing


@lru_cache(maxsize=256)
def _open_pattern(form: str, lang: str) -> re.Pattern[str] | None:
    """`form` as a regex whose first compass word matches any compass word: South Al
    Sharqiyah -> (compass) Al Sharqiyah. English keeps its capitals: the name is a name."""
    if lang == "en":
        word = re.search(rf"\b(?:{_EN_COMPASS})\b", form)
        if word is None or not re.search(r"\w", form[: word.start()] + form[word.end() :]):
            return None  # a name that is only a compass word would match every direction
        before, after = (_spaced(re.escape(part)) for part in (form[: word.start()], form[word.end() :]))
        return re.compile(rf"\b{before}(?P<compass>{_EN_COMPASS}){after}\b")
    words = normalize(form).split()
    index = next((n for n, w in enumerate(words) if directions(w, "ar")), None)
    if index is None or len(words) < 2:
        return None
    parts = [re.escape(w) for w in words]
    parts[index] = f"(?P<compass>{_AR_COMPASS})"
    return re.compile(rf"(?<![{ARABIC_WORD_CHARS}])(?:[وفبلك]|ول|وب)?" + r"\s+".join(parts) + rf"(?![{ARABIC_WORD_CHARS}])")


def _spaced(escaped: str) -> str:
    return re.sub(r"(?:\\ )+", r"\\s+", escaped)


def _first_per_place(found: list[SwappedName]) -> list[SwappedName]:
    seen: set[tuple[int, int]] = set()
    kept = []
    for item in found:
        if (item.written.id, item.start) not in seen:
            seen.add((item.written.id, item.start))
            kept.append(item)
    return kept
