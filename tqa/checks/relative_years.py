"""A year written as a figure in one version and said relatively in the other.

News copy dates a year from the article's own: "compared with the 2023 auction" in a
piece written in 2024 is «مقارنة بمزاد العام الماضي», and "up from 8.25 pounds at the
start of 2024" is «في بداية العام». Desks on both sides make this change, and the year is
translated: the number checks (D201, D202) leave such a year alone when the other
version's sentence says a year relatively (last year, this year, next year, the start of
the year; «العام الماضي», «هذا العام», «مطلع العام») more often than its own does, one
year for each phrase more. Which year the phrase means hangs on the article's date,
which neither version need give; a year dropped with no such phrase is still reported,
and so is a year whose sentence keeps its own relative phrase ("last year" as «العام الماضي»).
"""

from __future__ import annotations

import re

from tqa import patterns
from tqa.checks.located import Located
from tqa.model import Segment
from tqa.text.numbers.quantity import is_year

# A year after the article's: «العام الماضي», «السنة المقبلة», «للعام الجاري» (the noun may
# carry a preposition and the article: بـ، لـ، في).
_AR_YEAR = r"(?<![\u0621-\u064A])[وفبلك]{0,2}(?:ال|ل)(?:عام|سنة)"
_AR_RELATIVE = patterns.compile(
    _AR_YEAR + r"\s+(?:الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|السابق|السابقة|الحالي|الحالية"
    r"|الجاري|الجارية|المقبل|المقبلة|القادم|القادمة)(?![\u0621-\u064A])"
    # «هذا العام», and a part of the year named bare: «في بداية العام», «مطلع السنة».
    r"|(?<![\u0621-\u064A])(?:هذا|هذه)\s+(?:العام|السنة)(?![\u0621-\u064A])"
    r"|(?<![\u0621-\u064A])[وفبل]?(?:بداية|مطلع|أوائل|أواخر|نهاية|منتصف)\s+" + _AR_YEAR + r"(?!\s*[\d٠-٩])(?![\u0621-\u064A])"
)
_EN_RELATIVE = patterns.compile(
    r"\b(?:last|this|next|previous|past|coming|current)\s+year\b"
    r"|\b(?:the|a)\s+year\s+(?:before|earlier|ago)\b"
    r"|\b(?:start|beginning|end|middle|turn)\s+of\s+the\s+year\b",
    re.IGNORECASE,
)


def relative_years(segments: tuple[Segment, ...], lang: str) -> int:
    """How many times the sentences say a year relatively to the article's."""
    pattern = _AR_RELATIVE if lang == "ar" else _EN_RELATIVE
    return sum(len(pattern.findall(s.text)) for s in segments)


def outside_relative_years(
    figures: tuple[Located, ...], lang: str, arabic: tuple[Segment, ...], english: tuple[Segment, ...]
) -> tuple[Located, ...]:
    """The `figures` (of `lang`, with no counterpart on the other side) less the years the
    other side says relatively: as many as its relative phrases outnumber this side's."""
    own, other = (arabic, english) if lang == "ar" else (english, arabic)
    spare = relative_years(other, "en" if lang == "ar" else "ar") - relative_years(own, lang)
    if spare <= 0:
        return figures
    said = [n for n, x in enumerate(figures) if is_year(x.quantity) and not x.quantity.soft][:spare]
    return tuple(x for n, x in enumerate(figures) if n not in said)
