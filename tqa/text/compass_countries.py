"""Countries, regions and nationalities that hold a compass word: North and South Korea,
South Sudan, North Macedonia, Northern Ireland, South Africa, East Asia, and their
people (a South Korean firm, «شركة كورية جنوبية», «الكوريين الشماليين», «جنوب أفريقي»).

A name of this kind is not a direction to compare (tqa.text.directions marks it so),
but its compass word is still part of what it says: «كوري شمالي» for South Korean is
another country. Each mention is read here as the country it belongs to and its
bearing, so the two sides of a sentence pair can be compared country by country.

Arabic writes the name as a noun in construct (جنوب السودان، شرق آسيا) or with an
adjective after it (كوريا الجنوبية، مقدونيا الشمالية), and the nationality as two
adjectives (كوري شمالي، الكورية الجنوبية) or the construct with a relative adjective
(جنوب أفريقي). English writes the compass word before the name (South Korean, the
North Macedonian government, Northern Irish, south-east Asian).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tqa import patterns
from tqa.lang.ar import ARABIC_WORD, ARTICLE, normalize_with_map, proclitic_stems
from tqa.text.directions import AR_ROOTS, Direction, arabic_direction_word

# Each country: its English name and nationality words, and its normalised Arabic name
# and nationality adjective without the article.
COUNTRIES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "korea": (r"koreans?|korea", ("كوريا",), ("كوري",)),
    "sudan": (r"sudan(?:ese)?", ("سودان",), ("سوداني",)),
    "macedonia": (r"macedonians?|macedonia", ("مقدونيا",), ("مقدوني",)),
    "ireland": (r"ireland|irish", ("ايرلندا", "ارلندا"), ("ايرلندي", "ارلندي")),
    "africa": (r"africans?|africa", ("افريقيا",), ("افريقي",)),
    "america": (r"americans?|america", ("امريكا", "اميركا"), ("امريكي", "اميركي")),
    "europe": (r"europeans?|europe", ("اوروبا",), ("اوروبي",)),
    "asia": (r"asians?|asia", ("اسيا",), ("اسيوي",)),
    "timor": (r"timor(?:ese)?", ("تيمور",), ("تيموري",)),
}
# An adjective's gender and number (كوري، كورية، الكوريين، الكوريون، الكوريتين).
_NATIONALITY_ENDINGS = ("", "ه", "ين", "ون", "تين")
_AR_FORMS = {
    form: key
    for key, (_, names, adjectives) in COUNTRIES.items()
    for form in (*names, *(f"{a}{e}" for a in adjectives for e in _NATIONALITY_ENDINGS))
}
_EN = patterns.compile(
    r"\b(?P<ns>north|south|east|west)(?:ern)?(?:[-‐ ]?(?P<ew>east|west)(?:ern)?)?[-‐ ]"
    r"(?P<base>" + "|".join(f"(?P<{key}>{words})" for key, (words, _, _) in COUNTRIES.items()) + r")\b",
    re.IGNORECASE,
)
_EN_ALSO = patterns.compile(r"\b(?P<c>north|south|east|west)(?:ern)?\s+(?:and|or|&)\s+$", re.IGNORECASE)
# The endings that make a compass noun an adjective (شمالي، الجنوبية، الشماليين).
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يتين")

CountryDirection = tuple[str, Direction]


def country_directions(text: str, lang: str) -> tuple[CountryDirection, ...]:
    """Each country of the table named with its compass word in `text`, with the
    compass word's bearing (not compared: it is a name)."""
    return _arabic(text) if lang == "ar" else _english(text)


@lru_cache(maxsize=4096)
def _english(text: str) -> tuple[CountryDirection, ...]:
    found = []
    for match in _EN.finditer(text):
        bearing = frozenset(b.lower() for b in (match["ns"], match["ew"]) if b)
        country = next(key for key in COUNTRIES if match[key])
        found.append((country, Direction(bearing, match.start(), match.end(), match.group(), compared=False)))
        # East and West Africa, North or South Korea: the first compass word is the country's too.
        also = _EN_ALSO.search(text, 0, match.start())
        if also is not None:
            found.append((country, Direction(frozenset({also["c"].lower()}), also.start(), also.end("c"), also["c"], compared=False)))
    return tuple(found)


def _country(word: str) -> str | None:
    stems = (s.removeprefix(ARTICLE) for s in (word, *proclitic_stems(word, min_stem=3)))
    return next((_AR_FORMS[s] for s in stems if s in _AR_FORMS), None)


@lru_cache(maxsize=4096)
def _arabic(text: str) -> tuple[CountryDirection, ...]:
    """Two words side by side: a compass noun and the country (جنوب السودان، جنوب أفريقي),
    or the country and a compass adjective (كوريا الجنوبية، كوري شمالي)."""
    normalized, offsets = normalize_with_map(text)
    tokens = [(m.group(), m.start(), m.end()) for m in ARABIC_WORD.finditer(normalized)]
    found = []
    for index, ((first, start, _), (second, _, end)) in enumerate(zip(tokens, tokens[1:], strict=False)):
        noun, adjective = arabic_direction_word(first), arabic_direction_word(second)
        if noun is not None and noun.bare in AR_ROOTS and (country := _country(second)) is not None:
            bearing = noun.bearing
        elif adjective is not None and adjective.bare.endswith(_ADJECTIVE_ENDINGS) and (country := _country(first)) is not None:
            bearing = adjective.bearing
        else:
            continue
        a, b = offsets[start], offsets[end - 1] + 1
        found.append((country, Direction(frozenset({bearing}), a, b, text[a:b], compared=False)))
        found.extend((country, also) for also in _joined(text, offsets, tokens[index + 2 : index + 3]))
    return tuple(found)


def _joined(text: str, offsets: list[int], following: list[tuple[str, int, int]]) -> list[Direction]:
    """The compass word joined by و to a country just named (شرق أفريقيا وغربها، كوريا
    الشمالية والجنوبية): the country's too."""
    word = arabic_direction_word(following[0][0]) if following and following[0][0].startswith("و") else None
    if word is None:
        return []
    a, b = offsets[following[0][1]], offsets[following[0][2] - 1] + 1
    return [Direction(frozenset({word.bearing}), a, b, text[a:b], compared=False)]

