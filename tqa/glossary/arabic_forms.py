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
from tqa.lang.ar import BASE_LETTERS, FUNCTION_WORDS, LETTERS, normalize, proclitic_stems, strip_marks
from tqa.lang.lexicon import arabic_concepts

if TYPE_CHECKING:
    from tqa.glossary.model import FormKind, GlossaryEntry

_ARABIC_LETTER = patterns.compile(f"[{LETTERS}]")
_LATIN_LETTER = patterns.compile(r"[A-Za-z]")
# Nouns that say what kind of organisation it is (lexicon concepts): «الشركة اليمنية»,
# «القناة العربية» may be the entry written as its kind and its adjective: left matched.
_ORGANISATION_KINDS = frozenset(
    ["w:company", "w:bank", "w:channel", "w:radio", "w:television", "w:newspaper", "w:agency", "w:party", "w:team", "w:group"]
)
_WORD = patterns.compile(f"[{BASE_LETTERS}]+")
# A nisba adjective with its article, masculine or feminine (ة folded to ه): اليمنية، الأهلي.
_NISBA = patterns.compile(f"ال[{BASE_LETTERS}]{{2,}}(?:ي|يه)")
# The word right before, definite: with its article after any proclitics (الأجواء،
# بالأجواء، وللأجواء), followed by nothing but a space.
_DEFINITE_BEFORE = patterns.compile(f"(?<![{BASE_LETTERS}])(?P<word>[وف]?(?:[بك]?ال|لل)[{BASE_LETTERS}]{{2,}}) $")


def arabic_spellings_listed(entry: GlossaryEntry) -> Iterator[tuple[str, FormKind]]:
    """The entry's variants and forbidden forms written in Arabic script only."""
    listed: tuple[tuple[tuple[str, ...], FormKind], ...] = ((entry.variants, "variant"), (entry.forbidden, "forbidden"))
    for forms, kind in listed:
        for form in forms:
            if _ARABIC_LETTER.search(form) and not _LATIN_LETTER.search(form):
                yield form, kind


def lists_arabic_spellings(entries: Sequence[GlossaryEntry]) -> bool:
    """Whether arabic_spellings_listed gives anything for any of the entries: one search
    over all their variants and forbidden forms, not one per form (#14: a desk's 100,000)."""
    listed = "\n".join(form for entry in entries for forms in (entry.variants, entry.forbidden) for form in forms)
    return not listed.isascii() and _ARABIC_LETTER.search(listed) is not None  # ASCII, a desk's as a rule: no search


def _spelling(text: str) -> str:
    return "".join(strip_marks(text).split())


def exact_spelling(forms: Sequence[str], written: str) -> int:
    """The index of the form the text spells exactly (marks and spaces aside); the
    first listed (a house form) when none does."""
    spelled = _spelling(written)
    return next((i for i, form in enumerate(forms) if _spelling(form) == spelled), 0)


def adjective_after_noun(entry: GlossaryEntry, normalized: str, start: int) -> bool:
    """An organisation's one-word Arabic form that is a nisba adjective («اليمنية» for
    Yemenia, «الأهلي» for Al Ahly), written bare right after a definite noun it agrees
    with: «الأجواء اليمنية» is "Yemeni skies", «الحكومة اليمنية» the Yemeni government. Arabic
    puts the adjective after its noun with the same article; the name stands alone or
    after an indefinite noun («طائرات اليمنية», Yemenia's planes). A noun of the entry's
    own longer form («الخطوط اليمنية» beside «الخطوط الجوية اليمنية»), or one that says
    what kind of organisation it is («الشركة اليمنية»), may write the name: left matched.
    `normalized` is the sentence normalised, `start` where the form begins in it."""
    written = _WORD.match(normalized, start)
    word = written.group() if written else ""
    forms = [normalize(form).split() for form in entry.ar]
    if entry.type != "organisation" or [word] not in forms or not _NISBA.fullmatch(word):
        return False
    before = _DEFINITE_BEFORE.search(normalized[:start])
    if before is None or before["word"] in FUNCTION_WORDS:
        return False  # «إلى اليمنية», folded to الي: a preposition, no noun
    own = {w for words in forms for w in words}
    noun = before["word"]
    return own.isdisjoint((noun, *proclitic_stems(noun))) and not arabic_concepts(noun) & _ORGANISATION_KINDS

