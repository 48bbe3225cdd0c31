"""Arabic spellings a desk lists among an entry's variants or forbidden forms.

Desk glossaries put Arabic spellings in the same lists as Latin ones
(`forbidden: [Abdul Hamid Debeibah, عبد الحميد دبيبة]`, `variants: [رأس لفان]`).
They are indexed with the Arabic forms under their kind, and the spelling the
text writes decides which form matched: «رأس لفان» is the listed variant even
though it folds to the house «راس لفان» (the exact form decides, issue #11).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.lang.ar import LETTERS, strip_marks

if TYPE_CHECKING:
    from tqa.glossary.model import FormKind, GlossaryEntry

_ARABIC_LETTER = patterns.compile(f"[{LETTERS}]")
_LATIN_LETTER = patterns.compile(r"[A-Za-z]")


def arabic_spellings_listed(entry: GlossaryEntry) -> Iterator[tuple[str, FormKind]]:
    """The entry's variants and forbidden forms written in Arabic script only."""
    listed: tuple[tuple[tuple[str, ...], FormKind], ...] = ((entry.variants, "variant"), (entry.forbidden, "forbidden"))
    for forms, kind in listed:
        for form in forms:
            if _ARABIC_LETTER.search(form) and not _LATIN_LETTER.search(form):
                yield form, kind


def _spelling(text: str) -> str:
    return "".join(strip_marks(text).split())


def exact_spelling(forms: Sequence[str], written: str) -> int:
    """The index of the form the text spells exactly (marks and spaces aside); the
    first listed (a house form) when none does."""
    spelled = _spelling(written)
    return next((i for i, form in enumerate(forms) if _spelling(form) == spelled), 0)
