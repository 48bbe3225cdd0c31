"""The Arabic dual of a unit: كيلومترين, دولارين, ليرتين, يومين and عامين are two of the unit.

Arabic counts two of a noun with the dual ending (-ين, -ان; ة becomes ت before it: ساعة,
ساعتين; ليرة, ليرتين) and no number word, where English writes "2 km", "$2" or "two
days". Durations read the dual as two of their unit (tqa.text.numbers.measures), and the
number readers read every unit's dual as the figure 2. Only the units news counts in are
listed: -ين also ends plurals (مهندسين), and a dual's stem must be a unit to count.
"""

from __future__ import annotations

from tqa import patterns
from tqa.lang import ar
from tqa.lang.ar import normalize

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
_DUALS = sorted(
    sorted({d for s in (*TIME_UNITS, *_MEASURE_UNITS, *_CURRENCIES) for d in dual_forms(s)} - _OTHER_WORDS), key=len, reverse=True
)
_DUAL = patterns.compile(
    rf"(?<![{ar.LETTERS}])(?:[{ar.FIGURE_PROCLITICS}]?(?:{ar.ARTICLE})?|{ar.ARTICLE_AFTER_L})"
    rf"(?P<dual>{'|'.join(_DUALS)})(?![{ar.LETTERS}])"
)


def unit_duals(folded: str) -> list[tuple[int, int]]:
    """The spans of the duals of units in normalised Arabic text: each is the figure 2."""
    return [(m.start("dual"), m.end("dual")) for m in _DUAL.finditer(folded)]
