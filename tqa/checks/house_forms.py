"""What a name finding quotes and offers: the house form to write for a mention (the whole
preferred form, or the short one for a surname alone), and, for a glossary name the
translation seems to lack, the capitalised words that may be it, misspelt."""

from __future__ import annotations

from tqa import patterns
from tqa.glossary.model import GlossaryEntry, GlossaryMatch
from tqa.lang.en import GLOSSARY_ARTICLES, NAME_PARTICLES
from tqa.lang.lexicon import english_concepts
from tqa.model import Segment

# A run of capitalised words, with the particles a name holds between them (Raed Abu Soud, Ali bin Omran).
_NAME_RUN = patterns.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|ben|abu|bou|ould)\b[-\s]?)?[A-Z][\w'’-]*)*")
_PARTICLES = frozenset((*GLOSSARY_ARTICLES, *NAME_PARTICLES))


def house_form(match: GlossaryMatch) -> str:
    """The house spelling to write instead: the short form for a surname-only mention."""
    entry = match.entry
    if entry.short and len(match.text.split()) < len(entry.en.split()):
        return entry.short
    return entry.en


def whole_name_start(text: str, match: GlossaryMatch) -> int | None:
    """Where the whole name starts when a surname-only mention follows the given name of
    one of the entry's forms (Ahmed Sharaa for Ahmed al-Sharaa, short al-Sharaa): the
    name is there whole, so the finding offers the whole preferred form. None otherwise."""
    entry = match.entry
    if not entry.short or len(match.text.split()) >= len(entry.en.split()):
        return None
    before = text[: match.start]
    for form in (entry.en, *entry.variants):
        given = form.removesuffix(entry.short).strip() if form.endswith(entry.short) else ""
        if given and before.endswith(given + " ") and (len(before) == len(given) + 1 or not before[-len(given) - 2].isalnum()):
            return match.start - len(given) - 1
    return None


def near_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> str | None:
    """Capitalised words in `segments` that share a name word with the entry's forms and
    are none of them (Raed Abu Soud for Raed Abu al-Saud): the name, perhaps, misspelt."""
    words = {w.casefold() for form in (*entry.house_forms, *entry.variants) for w in form.replace("-", " ").split()} - _PARTICLES
    forms = {f.casefold() for f in (*entry.house_forms, *entry.variants, *entry.forbidden)}
    for segment in segments:
        for run in _NAME_RUN.finditer(segment.text):
            written = _without_title(run.group(), words)
            found = written.replace("-", " ").split()
            shared = [w for w in found if w.casefold() in words]
            if len(found) >= 2 and shared and len(shared) < len(found) and written.casefold() not in forms:
                return written
    return None


def _without_title(run: str, words: set[str]) -> str:
    """The run without the capitalised English words before the name (Water Minister Raed
    Abu Soud is Raed Abu Soud): a title, not a spelling of the name."""
    parts = run.split(" ")
    while len(parts) > 1 and parts[0].casefold() not in words and english_concepts(parts[0].casefold()):
        parts = parts[1:]
    return " ".join(parts)
