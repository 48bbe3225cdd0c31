"""What kind of name a suggested glossary entry is: person, place or organisation,
a guess from the words around the name that the editor confirms (N105, `tqa glossary
suggest`)."""

from __future__ import annotations

from tqa.lang.ar import normalize
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
_PLACE_CUES_EN = ("in", "at", "near", "from", "village of", "town of", "city of", "to", "outside", "province", "district of")
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
    """person, place or organisation, a guess the editor confirms. A company's word in
    the name (Meridian Energy, Al Rafidain Holding) or before it (شركة، مجموعة, "the
    Danish group") says organisation; then the words before the name (قرية، مدينة،
    "village of", "in" say place; الرئيس، قال، "Minister", "said" say person); then the
    name's shape: several words or an al-/bin/abu particle say person, one bare word
    (Vnukovo, Jableh) place."""
    arabic_words = [w.strip("\"«“'") for w in normalize(arabic_before).split()[-2:]]
    english_words = english_before.casefold().replace(",", " ").split()[-3:]
    if english.split()[-1].casefold() in ORGANISATION_HEADS or any(
        w in _ORGANISATION_CUES_AR for w in arabic_words[-1:]
    ) or any(w in _ORGANISATION_CUES_EN for w in english_words[-1:]):
        return "organisation"
    if any(w in _PLACE_CUES_AR for w in arabic_words) or any(" ".join(english_words).endswith(c) for c in _PLACE_CUES_EN):
        return "place"
    if any(w in _PERSON_CUES_AR for w in arabic_words) or any(w.strip(".") in _PERSON_CUES_EN for w in english_words):
        return "person"
    words = english.replace("-", " ").split()
    if len(words) > 1 and words[0].casefold() in ("north", "south", "east", "west", "northern", "southern", "eastern", "western"):
        return "place"  # West Africa, Northern Ireland: a region
    particles = {*NAME_PARTICLE_ARTICLES, "bin", "ibn", "abu", "abou", "bint"}
    if len(words) > 1 or any(w.casefold() in particles for w in words):
        return "person"
    return "place"


