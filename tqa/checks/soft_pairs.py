"""Figures soft on each side that are compared all the same when both sides keep them.

A number word, a Hijri date's day or year and an ordinal are soft (tqa.text.numbers): kept
on one side only, they are never reported, since a desk drops a Hijri date beside the
Gregorian one and Arabic writes ordinals and counts in words that are grammar as often.
Kept on both sides with another value, each is a changed figure all the same:
«١٤٤٦ هـ» written 1445 AH, «الرابع من شعبان» written "5 Shaaban", «دورته السابعة
والخمسين» written "its 56th edition". An ordinal of two words (a unit and a ten, or a
teen, with the article) is no pronoun nor a clock's hour: with the one English ordinal
in figures of its sentence, it is the same ordinal written.
"""

from __future__ import annotations

from tqa import patterns
from tqa.checks.located import Located
from tqa.lang.ar import ARTICLE, normalize

_EN_ORDINAL = patterns.compile(r"\d+(?:st|nd|rd|th)")
_AR_LONG_ORDINAL = 11  # from الحادي عشر (11th) an Arabic ordinal is two words


def soft_changed(arabic: list[Located], english: list[Located]) -> list[tuple[Located, Located]]:
    """The Hijri days and years, and the ordinals, kept on both sides but changed; the
    English partners found are taken out of `english`."""
    return _hijri_changed(arabic, english) + _ordinal_changed(arabic, english)


def _hijri_changed(arabic: list[Located], english: list[Located]) -> list[tuple[Located, Located]]:
    """A Hijri day or year kept on both sides but changed (١٤٤٦ هـ written 1445 AH) is a
    changed figure; kept on one side only, it is soft like any number word."""
    changed = []
    for a in [x for x in arabic if x.quantity.hijri]:
        partner = next((e for e in english if e.quantity.hijri and (e.quantity.value >= 100) == (a.quantity.value >= 100)), None)
        if partner is not None:
            changed.append((a, partner))
            english.remove(partner)
    return changed


def _ordinal_changed(arabic: list[Located], english: list[Located]) -> list[tuple[Located, Located]]:
    """The one Arabic ordinal of two words left against the one English ordinal in figures
    left («السابعة والخمسين», "56th"): the same ordinal, changed."""
    ordinals = [x for x in arabic if x.quantity.soft and not x.quantity.hijri and _long_ordinal(x)]
    figures = [e for e in english if e.quantity.soft and not e.quantity.hijri and _EN_ORDINAL.fullmatch(e.quantity.text)]
    if len(ordinals) != 1 or len(figures) != 1 or ordinals[0].quantity.value == figures[0].quantity.value:
        return []
    english.remove(figures[0])
    return [(ordinals[0], figures[0])]


def _long_ordinal(figure: Located) -> bool:
    words = normalize(figure.quantity.text).split()
    return len(words) >= 2 and words[0].startswith(ARTICLE) and figure.quantity.value >= _AR_LONG_ORDINAL
