"""N104 for a compound name written joined and apart: Abdul-Razzaq then Abdulrazzaq.

Arabic compound names (عبد الرزاق, أبو بكر) and family names made with a particle (بن
عيسى: Ben Aissa, Benaissa; Bin, Ibn, Bou) are romanised in two words, hyphenated, or as
one word; a desk keeps one. So are the Hadrami family names made with Ba (با: Ba Wazir,
Bawazir). The single-word comparison cannot see it (one word
against two), so the two writings are compared whole: the same letters, one written
with a hyphen or space after the name's first part, the other as one word. Only the
first parts that begin such names are read (Abdul, Abdel, Abd, Abu, Abou, Ben, Bin, Ibn,
Bou, Ba), so that an ordinary capitalised word never pairs with two others.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from tqa import patterns
from tqa.checks.base import CheckContext, Hit, span
from tqa.checks.name_keeping import keep_advice
from tqa.glossary.entry import Lookup
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.lang import ar
from tqa.lang.ar import normalize
from tqa.model import Lang, Segment

_FIRST_PARTS = ("Abdul", "Abdel", "Abdal", "Abd", "Abu", "Abou", "Ben", "Bin", "Ibn", "Bou", "Ba")
_APART = patterns.compile(r"\b(?P<first>" + "|".join(_FIRST_PARTS) + r")[-‐ ](?P<rest>[A-Z][a-z]{2,})\b")
_JOINED = patterns.compile(r"\b(?P<first>" + "|".join(_FIRST_PARTS) + r")(?P<rest>[a-z]{3,})\b")

# The Arabic writing of the same particles, apart or joined to the name (سمير بوزيد, then
# بو زيد; با وزير, باوزير). Marks (the shadda) may sit inside a word. Not بن: the Maghreb
# names made with it (بن جلون, بنجلون) were, in six regression articles, a glossary person
# written once in a form the glossary does not list, which the glossary checks report.
_AR_WORD = f"[{ar.LETTERS}\u064b-\u0652]"
_AR_FIRST = "(?P<first>أبو|ابو|بو|با)"
_AR_APART = patterns.compile(rf"(?<!{_AR_WORD}){_AR_FIRST}\s+(?P<rest>{_AR_WORD}{{3,}})(?!{_AR_WORD})")
_AR_JOINED = patterns.compile(rf"(?<!{_AR_WORD}){_AR_FIRST}(?P<rest>{_AR_WORD}{{3,}})(?!{_AR_WORD})")

_END = 3  # letters by which listed names are filed
# What str.isalpha() refuses (but for numerals other than digits, which no name holds), removed in
# one pass: a desk's 150,000 forms are folded when a check first needs them (#14).
_NOT_LETTER = patterns.compile(r"[\W\d_]")

Writing = tuple[Segment, int, int]
Writings = dict[str, list[Writing]]


def joined_name_spellings(ctx: CheckContext) -> Iterator[Hit]:
    languages: tuple[Lang, ...] = ("en", "ar")
    for lang in languages:
        apart, joined = _writings(ctx, lang)
        for key in sorted(apart.keys() & joined.keys()):
            both = sorted((apart[key], joined[key]), key=lambda w: (-len(w), w[0][0].id, w[0][1]))
            kept, changed = both[0][0], both[1][0]
            counts = f"«{_text(apart[key][0])}» ×{len(apart[key])}, «{_text(joined[key][0])}» ×{len(joined[key])}"
            keep = None if len(apart[key]) == len(joined[key]) else _text(kept)
            advice = keep_advice(counts, keep, "the spelling used most", _text(changed))
            where = span(*changed)
            yield Hit(
                f"«{_text(changed)}» and «{_text(kept)}» look like one name written joined and apart{advice}",
                *(ctx.by_role(None, where) if lang == "en" else ctx.by_role(where, None)),
                suggestion=keep,
            )


def _writings(ctx: CheckContext, lang: Lang) -> tuple[Writings, Writings]:
    """The names of one language's article written with a particle apart, and joined, by the
    letters of the whole (folded in Arabic); a glossary name's writings are left to N101-N103,
    and so is a glossary name written whole with its particle spaced otherwise («فاطمة رمضان
    بو حليقة» for the listed «فاطمة رمضان بوحليقة»): N103 reports that form and names the
    listed one, and a second finding on the same words would only repeat it."""
    apart: Writings = {}
    joined: Writings = {}
    article, patterns_of = (ctx.english, (_APART, _JOINED)) if lang == "en" else (ctx.arabic, (_AR_APART, _AR_JOINED))
    listed: Lookup[tuple[str, ...]] | None = None  # built only when a writing is found: most articles have none
    for segment in article.segments:
        claimed = [(m.start, m.end) for m in ctx.glossary.find(segment.text, lang)]
        for found, pattern in zip((apart, joined), patterns_of, strict=True):
            for m in pattern.finditer(segment.text):
                if any(start < m.end() and m.start() < end for start, end in claimed):
                    continue
                if listed is None:
                    listed = ctx.glossary.index(f"N104 listed names with a particle, {lang}", partial(_listed_names, lang=lang))
                if _ends_listed_name(_letters(segment.text[: m.end()], lang), listed):
                    continue
                key = (m["first"] + m["rest"]).casefold() if lang == "en" else normalize(m["first"] + m["rest"])
                found.setdefault(key, []).append((segment, m.start(), m.end()))
    return apart, joined


def _forms(entry: GlossaryEntry, lang: Lang) -> tuple[str, ...]:
    return entry.ar if lang == "ar" else (entry.en, *entry.variants)


def _letters(text: str, lang: Lang) -> str:
    """The letters of `text`, folded, without the spaces and hyphens a particle is written with."""
    folded = normalize(text) if lang == "ar" else text.casefold()
    return _NOT_LETTER.sub("", folded)


def _listed_names(glossary: Glossary, lang: Lang) -> dict[str, tuple[str, ...]]:
    """The letters of every glossary form of two words or more, by their last three letters:
    a writing is compared with the few that can end it, not with a desk's 50,000 (#14)."""
    by_end: dict[str, set[str]] = {}
    for entry in glossary.entries:
        for form in _forms(entry, lang):
            if " " in form.strip():
                letters = _letters(form, lang)
                by_end.setdefault(letters[-_END:], set()).add(letters)
    return {end: tuple(sorted(names)) for end, names in by_end.items()}


def _ends_listed_name(letters: str, listed: Lookup[tuple[str, ...]]) -> bool:
    """The letters up to a writing end with those of a listed name of two words or more."""
    ends = {letters[-length:] for length in range(1, _END + 1)}  # a listed name shorter than _END is filed whole
    return any(letters.endswith(name) for end in ends for name in listed.get(end) or ())


def _text(writing: Writing) -> str:
    segment, start, end = writing
    return segment.text[start:end]
