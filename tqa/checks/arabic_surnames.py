"""N106 for a glossary person named by surname alone in an Arabic translation.

Desk glossaries list full names only (كلير دومون), and news names a person in
full once, then by surname. In an Arabic translation the surname mention must
keep the Arabic spelling of the full name: «كلير دومون» then «دومونت» is one name
written two ways. A word is taken for such a second spelling only on three
pieces of evidence together: its aligned English sentence names the person, the
English surname romanises the word (or the two differ only by a long vowel, which
the transliteration key cannot read in a name like Kouchouk), and the word is one or
two letters away from the listed Arabic surname (a long vowel, a final letter, ج for غ).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa.checks.arabic_near_names import edit_distance
from tqa.checks.base import CheckContext, Hit, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import ARABIC_WORD, consonants, normalize, proclitic_stems
from tqa.lang.lexicon import arabic_concepts
from tqa.model import Segment
from tqa.text.people import surname_cores
from tqa.text.translit import latin_matches_arabic


@dataclass(frozen=True)
class _Person:
    entry: GlossaryEntry
    surnames: frozenset[str]  # the listed Arabic surnames, normalised
    listed: frozenset[str]  # every one-word form the entry lists (بيلوسوف, an accepted مورالس): never a second spelling
    written: str  # the full Arabic form as the article writes it, for the message


def _people_in_full(ctx: CheckContext) -> dict[str, _Person]:
    """Glossary people whose listed full Arabic form the Arabic article writes."""
    people: dict[str, _Person] = {}
    for segment in ctx.arabic.segments:
        for match in ctx.glossary.find(segment.text, "ar"):
            entry = match.entry
            if entry.type != "person" or entry.id in people or len(normalize(match.form).split()) < 2:
                continue
            surnames = frozenset(normalize(form).split()[-1] for form in entry.ar if len(form.split()) >= 2)
            listed = frozenset(normalize(form) for form in entry.ar if len(form.split()) == 1)
            people[entry.id] = _Person(entry, surnames, surnames | listed, match.text)
    return people


def _named_in(ctx: CheckContext, english: tuple[Segment, ...]) -> set[str]:
    found = {m.entry.id for s in english for m in ctx.glossary.find(s.text, "en")}
    return found | {m.entry.id for s in english for m in ctx.glossary.find_surnames(s.text, "en")}


def _second_spelling(word: str, person: _Person) -> bool:
    normalized = normalize(word)
    stems = {normalized, *proclitic_stems(normalized, min_stem=3)}
    if stems & person.listed:
        return False  # the listed surname or a one-word form the entry lists, with و or ب before it
    # A common word the English surname happens to romanise is no name (a word with
    # only a long vowel more than the surname is still read as it: الساعدي).
    romanised = not arabic_concepts(word) and any(latin_matches_arabic(core, word) for core in surname_cores(person.entry))
    for surname in person.surnames:
        for stem in stems:
            if stem.startswith("ال") != surname.startswith("ال") or len(stem) < 3 or edit_distance(stem, surname) > 2:
                continue  # النصر is a word, ناصر a name; and a far word is another one
            if romanised or consonants(stem) == consonants(surname):
                return True  # the English surname reads it, or only a long vowel differs (كجوك, كاجوك)
    return False


def _writes_surname(text: str, person: _Person) -> bool:
    return any(
        {normalize(m.group()), *proclitic_stems(normalize(m.group()), min_stem=3)} & person.surnames
        for m in ARABIC_WORD.finditer(text)
    )


def arabic_surname_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """Surname mentions of glossary people spelled otherwise than their listed full Arabic form."""
    if ctx.source_is_arabic:
        return  # the Arabic is the original: its spellings are not the translator's to fix
    people = _people_in_full(ctx)
    reported: set[str] = set()
    for pair in ctx.pairs():
        named = [people[i] for i in sorted(_named_in(ctx, pair.english)) if i in people and i not in reported]
        for person in named:
            if any(_writes_surname(segment.text, person) for segment in pair.arabic):
                continue  # the sentence writes the listed surname: the person is spelled right here
            for segment in pair.arabic:
                match = next((m for m in ARABIC_WORD.finditer(segment.text) if _second_spelling(m.group(), person)), None)
                if match is None or person.entry.id in reported:
                    continue
                reported.add(person.entry.id)
                surname = person.written.split()[-1]
                yield Hit(
                    message=f"{person.entry.en} is written «{match.group()}» here and «{person.written}» elsewhere: use one Arabic form («{surname}»)",
                    target=span(segment, match.start(), match.end()),  # the Arabic is the translation
                    suggestion=surname,
                )
