"""A place or organisation said again in short once the translation has named it in full.

News names a thing once, then refers back to it by what the first mention said about it.
A one-word place named "the Shahen land crossing" (or «منفذ شحن») is "the crossing"
(«المنفذ») after that: the kind noun written beside the name at its earlier mention, with
the article. An organisation named "the Yemen Customs Authority" is "Customs" after that
("Customs figures show"): a word of its English name that says which body it is, not
what kind (Authority) nor which country (Yemen), written with a capital as a name is.
Before the full name has been given, neither says which place or body it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tqa import patterns
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.lang import word_list
from tqa.lang.ar import ARABIC_WORD, ARTICLE, normalize, proclitic_pattern, proclitic_stems
from tqa.model import Lang, Segment
from tqa.text.names import NATIONALITIES

_HEAD_NOUNS = frozenset(word_list("en_head_nouns")) | frozenset(word_list("en_kind_nouns"))
_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "at", "to", "de", "al", "el", "with", "from"])
# The English words after a name at its first mention: "the Shahen land crossing".
_EN_WORDS_AFTER = patterns.compile(r"^[-\s]+([a-z]+)(?:\s+([a-z]+))?")
# A thing referred back to: "the crossing", "its ministry" (reworded_names reads it too).
EN_ARTICLE_WORD = patterns.compile(r"\b(?:the|this|its)\s+([a-z]+)", re.IGNORECASE)
# The Arabic word before a name: «منفذ شحن», «مدير منفذ شحن».
_AR_WORD_BEFORE = patterns.compile(rf"({ARABIC_WORD.pattern})\s+$")


def said_again(glossary: Glossary, entry: GlossaryEntry, segments: tuple[Segment, ...], earlier: Iterable[Segment], lang: Lang) -> bool:
    """The entry, named in full in an `earlier` sentence, referred to in `segments` in short."""
    mentions = [(s.text, m.start, m.end) for s in earlier for m in glossary.find(s.text, lang) if m.entry.id == entry.id]
    if not mentions:
        return False
    text = " ".join(s.text for s in segments)
    if entry.type == "place":
        kinds = _kinds_beside(mentions, lang)
        if lang == "en":
            return any(m.group(1).casefold() in kinds for m in EN_ARTICLE_WORD.finditer(text))
        folded = normalize(text)
        return any(re.search(proclitic_pattern(ARTICLE + kind), folded) for kind in kinds)
    return entry.type == "organisation" and lang == "en" and _distinctive_word_written(entry, text)


def _kinds_beside(mentions: list[tuple[str, int, int]], lang: Lang) -> set[str]:
    """The nouns written beside the name at its earlier mentions: after it in English
    (Shahen land crossing), before it in Arabic («منفذ شحن»), without the article."""
    kinds: set[str] = set()
    for text, start, end in mentions:
        if lang == "en":
            after = _EN_WORDS_AFTER.match(text[end:])
            kinds.update(w for w in (after.groups() if after else ()) if w and len(w) >= 4 and w not in _FUNCTION_WORDS)
            continue
        before = _AR_WORD_BEFORE.search(normalize(text[:start]))
        if before is not None:
            stems = [before.group(1), *proclitic_stems(before.group(1))]
            kinds.update(s.removeprefix(ARTICLE) for s in stems if len(s.removeprefix(ARTICLE)) >= 3)
    return kinds


def _distinctive_word_written(entry: GlossaryEntry, text: str) -> bool:
    """A capitalised word of the organisation's English name in `text` that says which
    body it is: no head noun, no country (Yemen, by its nationality Yemeni)."""
    words = {w for w in re.findall(r"[a-z]+", entry.en.casefold()) if len(w) >= 4}
    distinctive = {w for w in words - _HEAD_NOUNS - _FUNCTION_WORDS if not any(n.startswith(w) for n in NATIONALITIES)}
    return any(word.casefold() in distinctive for word in re.findall(r"\b[A-Z][a-z]+\b", text))
