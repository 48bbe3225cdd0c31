"""The Arabic dual of a unit: كيلومترين, دولارين, ليرتين, يومين and عامين are two of the unit.

Arabic counts two of a noun with the dual ending (-ين, -ان; ة becomes ت before it: ساعة,
ساعتين; ليرة, ليرتين) and no number word, where English writes "2 km", "$2" or "two
days". Durations read the dual as two of their unit (tqa.text.numbers.measures), and the
number readers read every unit's dual as the figure 2, and the singular before its own
dual in a range («بين متر ومترين», 1 to 2 metres) as 1. Only the units news counts in are
listed: -ين also ends plurals (مهندسين), and a dual's stem must be a unit to count.
"""

from __future__ import annotations

from tqa import patterns
from tqa.lang import ar
from tqa.lang.ar import normalize
from tqa.text.numbers.triggers import arabic_word_ends, has_arabic_word_ending

# Singulars as written (ة kept: it is what turns into ت before the ending).
TIME_UNITS = ("دقيقة", "ساعة", "يوم", "أسبوع", "شهر", "عام", "سنة", "عقد", "قرن")
_MEASURE_UNITS = ("متر", "كيلومتر", "ميل", "كيلوغرام", "غرام", "طن", "قنطار", "لتر", "برميل", "هكتار", "دونم", "فدان")
# With the coins a price per unit is given in (فلسين, "2 fils" per kilowatt hour); not سنت
# (cent), whose dual سنتين is also "two years".
_CURRENCIES = ("دولار", "دينار", "ريال", "جنيه", "درهم", "ليرة", "يورو", "شيكل", "فلس", "قرش", "هللة", "بيسة", "مليم")


def dual_forms(singular: str) -> tuple[str, str]:
    """The dual of a singular noun, normalised, in the accusative/genitive and the nominative."""
    stem = singular[:-1] + "ت" if singular.endswith("ة") else singular
    return normalize(stem + "ين"), normalize(stem + "ان")


# Duals that are other words too: ميلان is Milan, طنان "resounding".
_OTHER_WORDS = {"ميلان", "طنان"}
# Sorted before by length: a set's order differs from run to run, and so would the pattern (tqa.patterns).
DUALS = sorted(
    sorted({d for s in (*TIME_UNITS, *_MEASURE_UNITS, *_CURRENCIES) for d in dual_forms(s)} - _OTHER_WORDS), key=len, reverse=True
)
_DUAL = patterns.compile(
    rf"(?<![{ar.LETTERS}])(?:[{ar.FIGURE_PROCLITICS}]?(?:{ar.ARTICLE})?|{ar.ARTICLE_AFTER_L})"
    rf"(?P<dual>{'|'.join(DUALS)})(?![{ar.LETTERS}])"
)


def unit_counts(folded: str) -> list[tuple[int, int, float]]:
    """The counts a unit's form gives in normalised Arabic text, as (start, end, figure):
    each dual is 2, a singular before its own dual in a range is 1, and either with a
    fraction after it adds the fraction (متر ونصف, 1.5)."""
    fractions = _with_fractions(folded) if any(f in folded for f in ar.FRACTIONS) else []
    if not has_arabic_word_ending(folded, _COUNT_ENDS):
        return fractions  # most sentences: no dual of a unit (tqa.text.numbers.triggers)
    counts = [(m.start("dual"), m.end("dual"), 2.0) for m in _DUAL.finditer(folded)] + [
        (a, b, 1.0) for a, b in _range_singles(folded)
    ]
    return fractions + [c for c in counts if not any(a <= c[0] < b for a, b, _ in fractions)]


# A range of one and two of a unit writes the singular and the dual and no figure: «بين متر
# ومترين», «من يوم إلى يومين», «ساعة أو ساعتين» are "1 to 2 metres", "one to two days",
# "an hour or two". The singular is 1 there, as the dual is 2; alone it names the unit.
SINGULARS = {normalize(s): dual_forms(s) for s in (*TIME_UNITS, *_MEASURE_UNITS, *_CURRENCIES)}
_RANGE_SINGLE = patterns.compile(
    rf"(?<![{ar.LETTERS}])[{ar.FIGURE_PROCLITICS}]?(?P<single>{'|'.join(sorted(SINGULARS, key=len, reverse=True))})"
    rf"\s+(?:و|او|الي|حتي)\s?(?P<dual>[{ar.LETTERS}]+)(?![{ar.LETTERS}])"
)


# A count needs a dual: alone, or after its singular in a range (ميلان too, which is no
# count alone). A sentence with no dual's word is not scanned (tqa.text.numbers.triggers).
_COUNT_ENDS = arabic_word_ends([*DUALS, *(dual for duals in SINGULARS.values() for dual in duals)])


def _range_singles(folded: str) -> list[tuple[int, int]]:
    """The spans of singular units followed by their own dual in a range (normalised Arabic
    text): each is the figure 1."""
    return [
        (m.start("single"), m.end("single"))
        for m in _RANGE_SINGLE.finditer(folded)
        if m["dual"] in SINGULARS[m["single"]]
        or (m["dual"][0] in ar.FIGURE_PROCLITICS and m["dual"][1:] in SINGULARS[m["single"]])
    ]


# A unit and a fraction of it: «متر ونصف المتر», «ساعة ونصف», «كيلومترين وربع» are 1.5
# metres, an hour and a half, 2.25 km, where English writes the figure. The unit may be
# in the accusative (متراً ونصف) or said again with the article after the fraction (ونصف
# المتر); with another definite noun there the fraction is that noun's («يوماً ونصف
# السكان»: a day, and half the population).
_SINGULAR_OF = {**{s: s for s in SINGULARS}, **{d: s for s, duals in SINGULARS.items() for d in duals if d not in _OTHER_WORDS}}
_WITH_FRACTION = patterns.compile(
    rf"(?<![{ar.LETTERS}])[{ar.FIGURE_PROCLITICS}]?(?P<unit>{'|'.join(sorted(_SINGULAR_OF, key=len, reverse=True))})"
    rf"ا?\s+و\s?(?P<fraction>{'|'.join(ar.FRACTIONS)})(?![{ar.LETTERS}])(?:\s+{ar.ARTICLE}(?P<again>[{ar.LETTERS}]+))?"
)


def _with_fractions(folded: str) -> list[tuple[int, int, float]]:
    found = []
    for m in _WITH_FRACTION.finditer(folded):
        unit = m["unit"]
        whole = 1.0 if unit in SINGULARS else 2.0
        if m["again"] is None or m["again"] == _SINGULAR_OF[unit]:
            found.append((m.start("unit"), m.end(), whole + ar.FRACTIONS[m["fraction"]]))
    return found
