"""N106 for a glossary person named by surname alone in an Arabic translation.

Desk glossaries list full names only (كلير دومون), and news names a person in
full once, then by surname. In an Arabic translation the surname mention must
keep the Arabic spelling of the full name: «كلير دومون» then «دومونت» is one name
written two ways. A word is taken for such a second spelling only on three
pieces of evidence together: its aligned English sentence names the person, the
English surname romanises the word (or the two differ only by a long vowel, which
the transliteration key cannot read in a name like Kouchouk), and the word is one or
two letters away from the listed Arabic surname (a long vowel, a final letter, ج for غ).
A letter changed for another (القواري for الكواري) makes another name: N103 reports
that as the glossary name misspelt (tqa.checks.arabic_near_names).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa.checks.arabic_near_names import (
    changed_letter,
    listed_surnames,
    misspelt_full_name,
    surname_spelt_otherwise,
    writes_surname,
)
from tqa.checks.base import CheckContext, Hit, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import ARABIC_WORD, normalize
from tqa.model import Segment


@dataclass(frozen=True)
class _Person:
    """A glossary person whose full Arabic form the article writes, with the surnames that may stand for them later."""

    entry: GlossaryEntry
    surnames: frozenset[str]  # the listed Arabic surnames, normalised
    written: str  # the full Arabic form as the article writes it, for the message


def _people_in_full(ctx: CheckContext) -> dict[str, _Person]:
    """Glossary people whose listed full Arabic form the Arabic article writes."""
    people: dict[str, _Person] = {}
    for segment in ctx.arabic.segments:
        for match in ctx.glossary.find(segment.text, "ar"):
            entry = match.entry
            if entry.type != "person" or entry.id in people or len(normalize(match.form).split()) < 2:
                continue
            people[entry.id] = _Person(entry, listed_surnames(entry), match.text)
    return people


def _named_in(ctx: CheckContext, english: tuple[Segment, ...]) -> set[str]:
    found = {m.entry.id for s in english for m in ctx.glossary.find(s.text, "en")}
    return found | {m.entry.id for s in english for m in ctx.glossary.find_surnames(s.text, "en")}


def _second_spelling(word: str, person: _Person) -> bool:
    """A second spelling of the surname, not a misspelt name: a letter changed is N103's
    (tqa.checks.arabic_near_names.changed_letter)."""
    spelt = surname_spelt_otherwise(word, person.entry, person.surnames)
    return spelt is not None and not changed_letter(*spelt)


def arabic_surname_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """Surname mentions of glossary people spelled otherwise than their listed full Arabic form."""
    if ctx.source_is_arabic:
        return  # the Arabic is the original: its spellings are not the translator's to fix
    people = _people_in_full(ctx)
    reported: set[str] = set()
    for pair in ctx.pairs():
        named = [people[i] for i in sorted(_named_in(ctx, pair.english)) if i in people and i not in reported]
        for person in named:
            if writes_surname(pair.arabic, person.surnames):
                continue  # the sentence writes the listed surname: the person is spelled right here
            if misspelt_full_name(person.entry, pair.arabic) is not None:
                continue  # the full name misspelt around it («قاسم السعدي»): N103's misspelt name
            for segment in pair.arabic:
                match = next((m for m in ARABIC_WORD.finditer(segment.text) if _second_spelling(m.group(), person)), None)
                if match is None or person.entry.id in reported:
                    continue
                reported.add(person.entry.id)
                surname = person.written.split()[-1]
                where = f" ({person.entry.origin})" if person.entry.origin else ""
                yield Hit(
                    message=f"{person.entry.en}{where} is written «{match.group()}» here and «{person.written}» elsewhere: use one Arabic form («{surname}»)",
                    source=next(iter(ctx.mentions_of(pair.english, "en", person.entry.id)), None),  # the English names them
                    target=span(segment, match.start(), match.end()),  # the Arabic is the translation
                    suggestion=surname,
                )

