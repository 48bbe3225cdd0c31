"""Compass directions in Arabic and English text, as data and one finder.

The facts (ARABIC.md, "Directions"): شمال north, جنوب south, شرق east, غرب west,
written as a noun in construct (شمال حلب), with the article (الشمال), as an
adjective in its gender and number forms (الشمالي، الشمالية، الشماليين) and as an
adverb (شمالاً); a compound is two words (شمال شرق، شمال شرقي، الشمال الشرقي).
Each may carry the proclitics و ف ب ل ك. English has north, northern, northward(s), and
compounds written solid, hyphenated or spaced (northeast, north-east, north-eastern).

Not every compass word is a direction to compare. Names that contain one (the
Middle East, the West Bank, South Sudan, «الشرق الأوسط», «الغوطة الشرقية», «أفريقيا
جنوب الصحراء», sub-Saharan Africa) and "the West" as a group of countries («الغرب»,
Western sanctions, «الدول الغربية») are found and marked `compared=False`: they may
match a direction on the other side of a sentence pair (Eastern Ghouta against «الغوطة الشرقية»), but a check
never reports them. In English a compass word capitalised inside a sentence is a
name of that kind (North Korea, the West, Eastern Ghouta); a lower-case one is a
direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tqa import patterns
from tqa.lang.ar import (
    ARABIC_WORD,
    ARABIC_WORD_CHARS,
    ARTICLE,
    ARTICLE_AFTER_L,
    normalize_with_map,
    proclitic_pattern,
    proclitic_stems,
    strip_marks,
)

# A bearing is the set of its simple components: {"north", "east"} is north-east.
SIMPLE = ("north", "east", "south", "west")
OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}

# --- Arabic ----------------------------------------------------------------------

# Roots in normalised spelling (ة -> ه, ى -> ي, no marks), and the endings that
# make the noun an adjective (ي، يه، يين، يون) or an adverb (ا: شمالاً).
AR_ROOTS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west"}
_AR_ENDINGS = ("", "ي", "يه", "يين", "يون", "يتين", "ا")
AR_FORMS: dict[str, str] = {
    f"{article}{root}{ending}": bearing
    for root, bearing in AR_ROOTS.items()
    for ending in _AR_ENDINGS
    for article in ("", ARTICLE)
}
# With a possessive pronoun (شمال اليمن وغربه: "and its west"). غربه is also غربة
# (exile) once ة is folded to ه, so the pronoun form counts only where the writer typed ه.
_AR_PRONOUNS = ("ه", "ها", "هم", "هما")
AR_PRONOUN_FORMS = frozenset(f"{root}{pronoun}" for root in AR_ROOTS for pronoun in _AR_PRONOUNS)
AR_FORMS.update({f"{root}{pronoun}": bearing for root, bearing in AR_ROOTS.items() for pronoun in _AR_PRONOUNS})
# Names that hold a compass word (normalised): regions, countries, a city's part.
AR_NAMES = (
    "الشرق الاوسط", "الشرق الادني", "الشرق الاقصي", "شمال افريقيا", "غرب افريقيا", "شرق افريقيا",
    "جنوب افريقيا", "الضفه الغربيه", "جنوب السودان", "كوريا الشماليه", "كوريا الجنوبيه", "شرق المتوسط",
    "الغوطه الشرقيه", "القدس الشرقيه", "امريكا الشماليه", "امريكا الجنوبيه", "اميركا الشماليه",
    "اميركا الجنوبيه", "اوروبا الشرقيه", "اوروبا الغربيه", "شرق اسيا", "جنوب شرق اسيا", "جنوب اسيا",
    "الصحراء الغربيه", "تيمور الشرقيه", "مقدونيا الشماليه", "ايرلندا الشماليه", "بحر الشمال",
    "الجنوب العالمي", "الشمال العالمي", "المنطقه الشرقيه", "القطب الشمالي", "القطب الجنوبي",
    "القطبيه الشماليه", "القطبيه الجنوبيه", "شمال الاطلسي",
    # Sub-Saharan: «أفريقيا جنوب الصحراء»، «مهاجرون من جنوب الصحراء» (not «جنوب الصحراء الغربية»).
    "جنوب الصحراء",
)
# «الغرب» alone is the West (the countries) far more often than a compass point, and
# «الغربي» after these nouns is Western: العقوبات الغربية، الدول الغربية.
AR_THE_WEST = frozenset({"الغرب", "الغربيون", "الغربيين"})
AR_BLOC_NOUNS = frozenset(
    [
        "الدول", "دول", "العواصم", "القوي", "العقوبات", "عقوبات", "الحكومات", "الدبلوماسيين", "الدبلوماسيون",
        "المسؤولين", "المسؤولون", "الاعلام", "الشركات", "الحلفاء", "الدعم", "الاستثمارات", "البلدان", "الديمقراطيات",
        "القيم", "الشركاء", "المانحين", "المانحون", "الجيوش", "الاسلحه", "المصارف", "البنوك", "الصحف", "الاستخبارات",
        "الحضاره", "الثقافه", "الضغوط", "المساعدات", "الاموال",
    ]
)

# --- English ---------------------------------------------------------------------

_EN_DIRECTION = patterns.compile(
    r"\b(?:(?P<ns>north|south)(?:[-‐‑ ]?(?P<ew2>east|west)(?![a-z]*[-‐‑](?:north|south)))?|(?P<ew>east|west))"
    r"(?P<suffix>ern|erly|wards|ward)?\b",
    re.IGNORECASE,
)
# The West Bank is a name only as one: "the west bank of the wadi" is a river's side.
_EN_CASED_NAMES = r"(?-i:\bWest[- ]Bank\b|\bWEST[- ]BANK\b)"
EN_NAMES = (
    r"middle[- ]east(?:ern)?", r"near east", r"far east", r"(?:north|east|west|south|southern)[- ]africa(?:n)?",
    r"(?:north|south|latin)[- ]america(?:n)?", r"(?:north|south)[- ]korea(?:n)?", r"south[- ]sudan(?:ese)?",
    r"east jerusalem", r"eastern ghouta", r"eastern mediterranean", r"(?:east|eastern|west|western|central)[- ]europe(?:an)?",
    r"(?:south|east|southeast|south-east)[- ]asia(?:n)?", r"northern ireland", r"western sahara", r"east timor",
    r"north macedonia", r"north sea", r"south china sea", r"north atlantic", r"global (?:south|north)",
    r"(?:north|south)[-–](?:north|south)", r"(?:east|west)[-–](?:east|west)", r"eastern province",
)
_EN_NAME = patterns.compile(r"\b(?:" + "|".join(EN_NAMES) + r")\b|" + _EN_CASED_NAMES, re.IGNORECASE)
_DISTANCE_TO_THE = patterns.compile(r"(?:(?<=\d)|\b)(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\s+to\s+the\s*$", re.IGNORECASE)
_OF_OR_FROM, _THE_BEFORE = patterns.compile(r"\s+(?:of|from)\b"), patterns.compile(r"\bthe\s+$", re.IGNORECASE)
# "Western" before these nouns is the West, not a compass point.
EN_BLOC_NOUNS = frozenset(
    [
        "countries", "nations", "governments", "powers", "sanctions", "diplomats", "officials", "allies", "media",
        "companies", "firms", "capitals", "democracies", "leaders", "intelligence", "support", "aid", "donors",
        "values", "partners", "investors", "states", "banks", "backers", "military", "militaries", "arms", "weapons",
        "journalists", "press", "world", "culture", "civilisation", "civilization", "observers", "analysts",
        "embassies", "envoys", "pressure",
    ]
)


@dataclass(frozen=True)
class Direction:
    """A compass word or compound in a text. `compared` is False for a name (West Bank)
    or the West as a group of countries: such a word may match, but is never reported.
    `relative` marks a direction from another place (west of the Euphrates, north from Aqaba; غرب الفرات
    is ambiguous and not marked): it says nothing of where the sentence's subject is."""

    bearing: frozenset[str]
    start: int
    end: int
    text: str
    compared: bool = True
    relative: bool = False

    @property
    def label(self) -> str:
        return bearing_label(self.bearing)


def bearing_label(bearing: frozenset[str]) -> str:
    ordered = [b for b in ("north", "south", "east", "west") if b in bearing]
    return "-".join(ordered)


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """One bearing said less precisely is the same bearing (north-east, north), but two
    compounds must be equal: north-east is not north-west."""
    return a == b or (len(a) == 1 and a <= b) or (len(b) == 1 and b <= a)


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two bearings that cannot describe one place: north and south, north-east and north-west."""
    return any(OPPOSITE[x] in b for x in a)


BEARINGS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")


def parse_bearing(text: str) -> frozenset[str] | None:
    """A glossary `region` as a bearing (north-east, northeast, north east, north-eastern),
    or None when it is not one compass direction."""
    match = _EN_DIRECTION.fullmatch(text.strip())
    if match is None:
        return None
    return frozenset(b.lower() for b in (match["ns"], match["ew2"], match["ew"]) if b)


def directions(text: str, lang: str, heading: bool = False) -> list[Direction]:
    """Every compass direction in `text`, in reading order."""
    return list(_directions(text, lang, heading))


@lru_cache(maxsize=4096)
def _directions(text: str, lang: str, heading: bool) -> tuple[Direction, ...]:
    # Three meaning checks read the same sentences' directions: found once (issue 14).
    return tuple(_arabic(text) if lang == "ar" else _english(text, heading))


def _english(text: str, heading: bool) -> list[Direction]:
    matches = list(_EN_DIRECTION.finditer(text))
    # The names are looked for only around a direction: most sentences have none (issue 14).
    names = [(m.start(), m.end()) for m in _EN_NAME.finditer(text)] if matches else []
    found = []
    for match in matches:
        bearing = frozenset(b.lower() for b in (match["ns"], match["ew2"], match["ew"]) if b)
        start, end = match.start(), match.end()
        found.append(Direction(bearing, start, end, match.group(), _english_compared(text, start, end, names, heading), _english_relative(text, start, end)))
    return found


def _english_compared(text: str, start: int, end: int, names: list[tuple[int, int]], heading: bool) -> bool:
    if any(a <= start < b for a, b in names):
        return False
    word = text[start:end]
    before = text[:start].rstrip(" \"“‘'«(")
    sentence_start = not before or before[-1] in ".!?:;"
    after = text[end:].split()
    if word[0].isupper() and not heading and (not sentence_start or (word.isalpha() and word.lower() in SIMPLE and after[:1] != ["of"])):
        # North Korea, the West, Eastern Ghouta; "West said" opening a sentence is a
        # name too, where "North of Aleppo" and "Northern Syria" are directions.
        return False
    following = re.sub(r"[^a-z]", "", after[0].lower()) if after else ""
    if word.lower().startswith("west") and following in EN_BLOC_NOUNS:
        return False  # Western sanctions
    # "the west" with no "of" after it is the countries (the Guardian's lower case); after a distance, a bearing.
    the_west = word.lower() == "west" and re.search(r"\bthe\s*$", text[:start], re.IGNORECASE) and following not in ("of", "bank")
    return not the_west or bool(_DISTANCE_TO_THE.search(text, 0, start))


def _english_relative(text: str, start: int, end: int) -> bool:
    """north of Aleppo, running north from Aqaba: a bearing from another place, which
    lies the other way; not the north of the country (a part of it)."""
    return bool(_OF_OR_FROM.match(text[end:])) and not _THE_BEFORE.search(text[:start])


@dataclass(frozen=True)
class ArabicDirectionWord:
    bearing: str
    bare: str  # the form without proclitics and article: غربيه
    article: bool


def _arabic(text: str) -> list[Direction]:
    normalized, offsets = normalize_with_map(text)
    tokens = [(m.group(), m.start(), m.end()) for m in ARABIC_WORD.finditer(normalized)]
    parsed = [None if _exile(text, offsets, t) else arabic_direction_word(t[0]) for t in tokens]
    # The names are looked for only around a direction word: most sentences have none (issue 14).
    patterns_in = _arabic_name_patterns(normalized) if any(parsed) else []
    names = [(m.start(), m.end()) for pattern in patterns_in for m in pattern.finditer(normalized)]
    found: list[Direction] = []
    index = 0
    while index < len(tokens):
        word = parsed[index]
        if word is None:
            index += 1
            continue
        last = index
        following = parsed[index + 1] if index + 1 < len(tokens) else None
        if following and word.bearing in ("north", "south") and following.bearing in ("east", "west") and _no_conjunction(tokens[index + 1][0], following):
            last = index + 1  # شمال شرق، الشمال الشرقي: one bearing
        bearing = frozenset({word.bearing} | ({following.bearing} if last > index and following else set()))
        start, end = offsets[tokens[index][1]], offsets[tokens[last][2] - 1] + 1
        while end < len(text) and not strip_marks(text[end]):
            end += 1  # the word's final marks belong to it (شمالاً)
        the_west = word.article and word.bare in ("غرب", "غربيون", "غربيين") and last == index
        western = word.bearing == "west" and word.bare != "غرب" and index > 0 and _bloc_noun(tokens[index - 1][0])
        named = any(a <= tokens[index][1] < b for a, b in names)
        found.append(Direction(bearing, start, end, text[start:end], not (the_west or western or named)))
        index = last + 1
    return found


@lru_cache(maxsize=65536)  # every word of every Arabic sentence, asked twice each (#14)
def arabic_direction_word(word: str) -> ArabicDirectionWord | None:
    """One normalised word as a direction (والشمالية: north, شماليه, with the article), or None."""
    stems = [s for s in (word, *proclitic_stems(word, min_stem=3)) if s in AR_FORMS]
    if not stems:
        return None
    stem = max(stems, key=len)
    prefix = word[: len(word) - len(stem)]
    article = stem.startswith(ARTICLE) or prefix.endswith((ARTICLE, ARTICLE_AFTER_L))
    return ArabicDirectionWord(AR_FORMS[stem], stem.removeprefix(ARTICLE), article)


def _exile(text: str, offsets: list[int], token: tuple[str, int, int]) -> bool:
    """غربة (exile), not غربه (its west): the pronoun form's ه was typed as ة."""
    stem = arabic_direction_word(token[0])
    return stem is not None and stem.bare in AR_PRONOUN_FORMS and text[offsets[token[2] - 1]] == "ة"


def _no_conjunction(word: str, parsed: ArabicDirectionWord) -> bool:
    """The second word of a compound carries no proclitic but the article: الشمال
    والشرق is two bearings, الشمال الشرقي one."""
    return word in (parsed.bare, ARTICLE + parsed.bare)


def _bloc_noun(word: str) -> bool:
    return any(form in AR_BLOC_NOUNS for form in (word, *proclitic_stems(word, min_stem=3)))


# «الضفة الغربية للوادي» is the wadi's west bank, not the West Bank (which is also
# «الضفة الغربية لنهر الأردن»): a bank of a named watercourse is a side of it, a river,
# wadi, canal, lake or dam, a tidal inlet (خور الزبير), a shatt or a gulf.
_WATERS = "نهر|وادي|قناه|بحيره|مجري|سد|خور|شط|خليج|ترعه"
_AR_NOT_NAMED = {
    "الضفه الغربيه": rf"(?!\s+(?:ل|لل|من\s+ال)(?:{_WATERS})(?![{ARABIC_WORD_CHARS}])(?!\s+الاردن))",
    # South of a desert an adjective names (الصحراء الغربية، الصحراء الليبية) is a direction.
    "جنوب الصحراء": rf"(?![{ARABIC_WORD_CHARS}])(?!\s+ال[{ARABIC_WORD_CHARS}]+يه(?![{ARABIC_WORD_CHARS}]))",
}


def _arabic_name_patterns(normalized: str) -> list[re.Pattern[str]]:
    """The patterns of the names that may be in `normalized`. A match holds its name's last
    word as written (only the first word takes a proclitic or loses its article's alef),
    so the others are neither compiled nor run: 0.01 s of each check (issue 14)."""
    return [_name_pattern(name) for name in AR_NAMES if _last_word(name) in normalized]


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    return patterns.compile(proclitic_pattern(name) + _AR_NOT_NAMED.get(name, ""))


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1] if len(words) > 1 else words[0].removeprefix(ARTICLE)
