"""Quarters of a year in Arabic and English text, with their year when one is written.

Business and project news dates by quarter: "the second quarter of 2026" is «الربع
الثاني من عام 2026», Q3 2025 is «الربع الثالث 2025», and Maghreb copy writes the
quarter as a trimester («الثلاثي الأول من 2025»). A quarter written as another moves a
result or a start date by three months, which no figure check sees (the ordinal is a
soft number word).

Only a quarter named by its rank is read, so these are not quarters:
- a fraction: "a quarter of the revenue", «ربع الإيرادات», «ربع مليون»;
- a district: "the old quarter", "the Christian quarter";
- "quarter-final(s)", a round of a cup;
- "the last quarter" or «الربع الأخير» with no year after it: it may be the latest
  quarter as well as the fourth one. "the last quarter of 2029" and «الربع الأخير من
  العام» are the fourth.
«الثلاثي» is also "the trio" and "tripartite" (الاجتماع الثلاثي), so it is a quarter only
with a year after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.lang import ar
from tqa.lang.ar import normalize_with_map, to_western_digits
from tqa.lang.en import matched_key

_EN_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_EN_LAST = ("last", "final")
_EN_YEAR = r"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?|FY\s*)?(?P<year>\d{4}))"
_EN_OF_THE_YEAR = r"(?:\s+of\s+(?:the|this|that|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year)"
_EN_QUARTER = patterns.compile(
    r"(?i:\b(?P<rank>" + "|".join([*_EN_ORDINALS, *_EN_LAST]) + r")[\s-]+quarter)\b(?![\s-]*finals?\b)"
    rf"(?P<after>{_EN_YEAR}|{_EN_OF_THE_YEAR})?"
)
# Q3, Q3 2025, Q3'25, Q3/2025, Q3-2025; 3Q25, 3Q2025 (a desk's shorthand for the same).
_EN_SHORT = patterns.compile(
    r"\bQ(?P<rank>[1-4])(?:(?:\s+|\s*['’/\-]\s*)(?P<year>\d{4}|\d{2}))?\b|\b(?P<rank2>[1-4])Q(?P<year2>\d{4}|\d{2})\b"
)

_AR_LETTERS = ar.LETTERS
_AR_ORDINALS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "اخير": 4}
# Folded text: «الربع الثالث من عام 2026», «بالربع الأول 2025», «للربع الـ3», «الثلاثي الأول من 2025».
_AR_QUARTER = patterns.compile(
    rf"(?<![{_AR_LETTERS}])[وف]?(?:بال|لل|كال|ال)(?P<word>ربع|ثلاثي)\s+ال(?P<rank>"
    + "|".join(_AR_ORDINALS)
    + rf"|\d)(?![{_AR_LETTERS}\d])"
    rf"(?P<after>(?:\s+من)?\s+(?:(?:ال)?(?:عام|سنه)(?![{_AR_LETTERS}])(?:\s+(?P<year>\d{{4}}))?|(?P<year2>\d{{4}})))?(?!\d)"
)


@dataclass(frozen=True)
class Quarter:
    number: int  # 1-4
    year: int | None  # the year written with it, four digits; None when it has none
    start: int
    end: int
    text: str

    @property
    def english(self) -> str:
        rank = ("first", "second", "third", "fourth")[self.number - 1]
        return f"the {rank} quarter" + (f" of {self.year}" if self.year else "")


def quarters(text: str, lang: str) -> tuple[Quarter, ...]:
    """The quarters of a year named in `text`, in reading order."""
    return _arabic(text) if lang == "ar" else _english(text)


def _full_year(written: str | None) -> int | None:
    if not written:
        return None
    return int(written) if len(written) == 4 else 2000 + int(written)  # Q3'25: this century's


@lru_cache(maxsize=2048)
def _english(text: str) -> tuple[Quarter, ...]:
    found = []
    for match in _EN_QUARTER.finditer(text):
        rank = matched_key(match["rank"])
        if rank in _EN_LAST and not match["after"]:
            continue  # "last quarter" alone is also the latest one
        number = _EN_ORDINALS.get(rank, 4)
        found.append(Quarter(number, _full_year(match["year"]), match.start(), match.end(), match[0]))
    for match in _EN_SHORT.finditer(text):
        number = int(match["rank"] or match["rank2"])
        found.append(Quarter(number, _full_year(match["year"] or match["year2"]), match.start(), match.end(), match[0]))
    return tuple(sorted(found, key=lambda q: q.start))


@lru_cache(maxsize=2048)
def _arabic(text: str) -> tuple[Quarter, ...]:
    folded, offsets = normalize_with_map(to_western_digits(text))
    found = []
    for match in _AR_QUARTER.finditer(folded):
        rank, after = match["rank"], (match["after"] or "").strip()
        number = int(rank) if rank.isdigit() else _AR_ORDINALS[rank]
        if not 1 <= number <= 4:
            continue
        # «الربع الأخير» alone may be the latest quarter; «الثلاثي» alone "the trio" (see above).
        if (rank == "اخير" or match["word"] == "ثلاثي") and not after:
            continue
        start, end = offsets[match.start()], offsets[match.end() if after else match.end("rank")]
        found.append(Quarter(number, _full_year(match["year"] or match["year2"]), start, end, text[start:end]))
    return tuple(found)
