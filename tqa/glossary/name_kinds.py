"""What kind of name a suggested glossary entry is: person, place or organisation,
a guess from the words around the name that the editor confirms (N105, `tqa glossary
suggest`)."""

from __future__ import annotations

import re

from tqa import patterns
from tqa.lang import ar, en
from tqa.lang.ar import normalize, strip_proclitics
from tqa.lang.en import NAME_PARTICLE_ARTICLES

# The last word of a company's or an institution's English name (Meridian Energy, Al
# Rafidain Holding, Gulf Air): the name is the organisation's, head word included.
ORGANISATION_HEADS = frozenset(
    [
        "energy", "holding", "holdings", "group", "bank", "company", "corporation", "corp", "petroleum", "airways",
        "airlines", "telecom", "capital", "investments", "investment", "industries", "motors", "shipping", "logistics",
        "construction", "contracting", "cement", "steel", "insurance", "fund", "foundation", "authority", "ltd", "inc",
    ]
)
# The word right before a name that makes it an organisation's: شركة ميريديان, the group Maersk.
_ORGANISATION_CUES_AR = ("شركه", "لشركه", "وشركه", "مجموعه", "ومجموعه", "بنك", "مصرف", "مؤسسه", "الشركه", "المجموعه")
_ORGANISATION_CUES_EN = ("company", "group", "firm", "bank", "carrier", "conglomerate", "insurer", "lender", "operator")
_PLACE_CUES_AR = (
    "قريه",
    "مدينه",
    "بلده",
    "منطقه",
    "حي",
    "مخيم",
    "محافظه",
    "ريف",
    "مطار",
    "ميناء",
    "قاعده",
    "جبل",
    "نهر",
    "بلدات",
    "قري",
    "ناحيه",
    "سهل",
    "وادي",
    # جنوب غرب أسوان, شمالي حلب: a compass word right before a name places it.
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
)
_PERSON_CUES_AR = (
    "الرئيس",
    "رئيس",
    "الوزير",
    "وزير",
    "السيد",
    "الشيخ",
    "الدكتور",
    "الدكتوره",
    "العميد",
    "اللواء",
    "المتحدث",
    "مدير",
    "النائب",
    "قال",
    "وقال",
    "اكد",
    "واكد",
    "اضاف",
    "واضاف",
    "المحامي",
    "الصحفي",
    "القائد",
    "قائد",
    "حاكم",
    "الحاكم",
    "السفير",
    "الناشط",
)
COMPASS_WORDS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western"])
NAME_PARTICLES = frozenset([*NAME_PARTICLE_ARTICLES, "bin", "ibn", "abu", "abou", "bint"])
_PLACE_CUES_EN = (
    "in", "at", "near", "from", "village of", "town of", "city of", "to", "outside", "province", "district of",
    # A place placed by another (southwest of Aswan, north-east of Homs) or named with its kind.
    "north of", "south of", "east of", "west of", "villages of", "towns of", "cities of", "port of", "region of",
    "governorate of", "province of",
)
_PERSON_CUES_EN = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "said",
    "spokesman",
    "director",
    "governor",
    "sheikh",
    "general",
    "ambassador",
    "told",
    "head",
)


def guess_type(english: str, arabic_before: str = "", english_before: str = "") -> str:
    """person, place or organisation, a guess the editor confirms: the words around the name
    (cue_kind), else the name's shape (shape_kind)."""
    return cue_kind(english, arabic_before, english_before) or shape_kind(english)


def cue_kind(english: str, arabic_before: str = "", english_before: str = "") -> str | None:
    """What the words in and before the name say, or None. A company's word in the name
    (Meridian Energy, Al Rafidain Holding) or before it (شركة، مجموعة, "the Danish group")
    says organisation; then the words before the name (قرية، مدينة، "village of", "in" say
    place; الرئيس، قال، "Minister", "said" say person)."""
    arabic_words = [w.strip("\"«“'") for w in normalize(arabic_before).split()[-2:]]
    english_words = _english_words_before(english_before, 3)
    if english.split()[-1].casefold() in ORGANISATION_HEADS or any(
        w in _ORGANISATION_CUES_AR for w in arabic_words[-1:]
    ) or any(w in _ORGANISATION_CUES_EN for w in english_words[-1:]):
        return "organisation"
    if any(w in _PLACE_CUES_AR for w in arabic_words) or any(" ".join(english_words).endswith(c) for c in _PLACE_CUES_EN):
        return "place"
    if any(w in _PERSON_CUES_AR for w in arabic_words) or any(w.strip(".") in _PERSON_CUES_EN for w in english_words):
        return "person"
    return None


# Words before a name that say what it is wherever they stand: a title, a kind of place. A
# speech verb's subject (said Senegal would…), a preposition's object (spoke to), a company's
# word (بنك البحرين: Bahrain in a bank's name) say it only of the name they were written for.
_ONLY_FIRST_EN = ("said", "told", "head", "to", "from")
_ONLY_FIRST_AR = ("قال", "وقال", "اكد", "واكد", "اضاف", "واضاف")


def later_cue_kind(arabic_word: str, english_before: str) -> str | None:
    """What the word right before a later mention of a name says of it (مدينة السخنة, "the
    town of", "in", "Minister"), or None: the cues of cue_kind that hold wherever they stand."""
    word = normalize(arabic_word).strip("\"«“'")
    arabic = word[1:] if word.startswith("و") and word[1:] in (*_PLACE_CUES_AR, *_PERSON_CUES_AR) else word  # وقرى البقاع
    english = _english_words_before(english_before, 2)
    if arabic in _PLACE_CUES_AR or any(" ".join(english).endswith(c) for c in _PLACE_CUES_EN if c not in _ONLY_FIRST_EN):
        return "place"
    titles = [w.strip(".") for w in english[-1:] if w.strip(".") not in _ONLY_FIRST_EN]
    if (arabic in _PERSON_CUES_AR and arabic not in _ONLY_FIRST_AR) or any(w in _PERSON_CUES_EN for w in titles):
        return "person"
    return None


def _english_words_before(text: str, count: int) -> list[str]:
    """The last words before a name, lower-cased, an article dropped: the villages of the Bekaa."""
    words = text.casefold().replace(",", " ").split()
    return (words[:-1] if words[-1:] == ["the"] else words)[-count:]


def shape_kind(english: str) -> str:
    """The name's shape, when no word around it says: a compass word first says a region;
    several words or an al-/bin/abu particle say person, one bare word (Vnukovo, Jableh)
    place. Only a guess: Abu Kamal and al-Sukhnah are towns (shape_is_evidence)."""
    words = english.replace("-", " ").split()
    if len(words) > 1 and words[0].casefold() in COMPASS_WORDS:
        return "place"  # West Africa, Northern Ireland: a region
    if len(words) > 1 or any(w.casefold() in NAME_PARTICLES for w in words):
        return "person"
    return "place"


def shape_is_evidence(english: str, given_name_first: bool) -> bool:
    """Whether the shape alone says enough: a region's compass word, or a known given name
    before the rest (Ahmed al-Sharaa). An al-/abu particle or one bare word says little."""
    words = english.replace("-", " ").split()
    return len(words) > 1 and (words[0].casefold() in COMPASS_WORDS or given_name_first)


_EN_CALENDAR = patterns.compile(
    rf"(?:{'|'.join((*en.MONTHS, *en.WEEKDAYS))}|{en.HIJRI_MONTHS_PATTERN}|Sha['’ʿ]?aban)", re.IGNORECASE
)
_AR_CALENDAR = patterns.compile(f"(?:{ar.HIJRI_MONTHS_PATTERN})")


def calendar_word(latin: str, arabic: str) -> bool:
    """A month (Gregorian, in any Arabic series, or Hijri) or a weekday, on either side: a
    date, never a name to add. Not the Maghreb ماي and جوان, which are given names too (May)."""
    forms = {arabic, normalize(arabic), *(stem for stem, _ in strip_proclitics(normalize(arabic), min_stem=2, article="keep"))}
    if forms & ar.GIVEN_NAME_MONTHS:
        return False
    if any(f in ar.MONTHS or f in ar.WEEKDAYS or _AR_CALENDAR.fullmatch(f) for f in forms):
        return True
    return _EN_CALENDAR.fullmatch(latin) is not None and latin.casefold() not in ("may", "june", "august")
