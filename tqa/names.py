"""Proper names in English text, and spellings of one name found by the transliteration key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqa.glossary import EN_ARTICLES, GlossaryEntry, fold_english
from tqa.model import Segment

if TYPE_CHECKING:
    from tqa.glossary import Glossary
    from tqa.model import AlignedDocument

# A capitalised word, with an optional lower-case article joined by a hyphen
# (al-Sharaa, ad-Dawla) and an optional apostrophe inside (Hay'at, Shara'a).
_NAME_WORD = re.compile(r"\b(?:(?:al|el|ad|ar|as|ash|at|az|an)[-‑])?[A-Z][a-zà-ÿğşçıİ]+(?:['’ʿ][a-z]+)?(?:[-‑][A-Z][a-zà-ÿ]+)*")
MIN_NAME_LETTERS = 4


@dataclass(frozen=True)
class NameWord:
    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


def name_words(segments: tuple[Segment, ...]) -> Iterator[NameWord]:
    """Capitalised words that may be names. A sentence's first word is included
    only when it is not a common English word (the caller filters by key)."""
    for segment in segments:
        for match in _NAME_WORD.finditer(segment.text):
            yield NameWord(segment, match.start(), match.end())


def core_of(word: str) -> str:
    """The word without its article and possessive: 'al-Sharaa's' -> 'Sharaa'."""
    folded, _ = fold_english(word)
    parts = folded.split()
    if len(parts) > 1 and parts[0] in EN_ARTICLES:
        parts = parts[1:]
    core = " ".join(parts)
    return core.removesuffix("'s")


def find_unlisted_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> tuple[Segment, int, int] | None:
    """A word in `segments` that spells one of the entry's name words differently."""
    try:
        from tqa.translit import same_name
    except ImportError:  # pragma: no cover - translit ships with tqa
        return None
    targets = {core_of(w) for form in entry.house_forms for w in form.replace("-", " ").split()}
    targets = {t for t in targets if len(t) >= MIN_NAME_LETTERS and t not in EN_ARTICLES}
    for word in name_words(segments):
        core = core_of(word.text)
        if len(core) < MIN_NAME_LETTERS or core in targets:
            continue
        if any(same_name(core, target) for target in targets):
            return word.segment, word.start, word.end
    return None


@dataclass(frozen=True)
class Spelling:
    """One way an English article writes a name, with every place it does so."""

    core: str  # folded: no article, no possessive
    words: tuple[NameWord, ...]

    @property
    def first(self) -> NameWord:
        return self.words[0]


def spellings_in(segments: tuple[Segment, ...], claimed: set[tuple[int, int, int]]) -> list[Spelling]:
    """Distinct spellings of capitalised words, in order of first use.

    `claimed` holds (segment id, start, end) ranges the glossary already matched.
    Spellings that differ only in case, hyphen or apostrophe shape are one spelling.
    """
    from tqa.glossary import spelling_key

    grouped: dict[str, list[NameWord]] = {}
    for word in name_words(segments):
        if any(seg == word.segment.id and start <= word.start < end for seg, start, end in claimed):
            continue
        core = spelling_key(core_of(word.text))
        if len(core) >= MIN_NAME_LETTERS and core not in COMMON_CAPITALISED:
            grouped.setdefault(core, []).append(word)
    return [Spelling(core, tuple(words)) for core, words in grouped.items()]


# Capitalised English words that begin sentences or titles and are never names.
COMMON_CAPITALISED = frozenset(
    ["the", "this", "that", "these", "those", "there", "their", "they", "then", "than", "when", "where", "which", "while", "what", "who", "whom", "whose", "with", "within", "without", "about", "after", "again", "against", "also", "although", "among", "another", "because", "before", "being", "between", "both", "but", "during", "each", "even", "every", "from", "have", "having", "however", "into", "just", "last", "like", "many", "more", "most", "much", "never", "next", "once", "only", "other", "over", "since", "some", "still", "such", "through", "under", "until", "very", "will", "would", "could", "should", "shall", "here", "said", "says", "according", "president", "minister", "ministry", "government", "state", "states", "city", "country", "region", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "news", "agency", "official", "officials", "sources", "source", "people", "party", "army", "forces", "force", "council", "union", "republic", "kingdom", "arab", "arabs", "syrian", "syrians", "russian", "russians", "turkish", "kurdish", "iranian", "israeli", "american", "european", "foreign", "defence", "defense", "economy", "economic", "energy", "trade", "deal", "bank", "central", "national", "international", "general", "spokesman", "spokeswoman"]
)


@dataclass(frozen=True)
class NamePair:
    """An English name and the Arabic word it renders, found in one aligned pair."""

    english: NameWord
    arabic_segment: Segment
    arabic_start: int
    arabic_end: int

    @property
    def arabic(self) -> str:
        return self.arabic_segment.text[self.arabic_start : self.arabic_end]


# Names with one English spelling that every newsroom shares: suggesting a glossary
# entry for them is noise.
WELL_KNOWN = frozenset(
    """syria russia turkey iran iraq lebanon jordan israel egypt qatar kuwait oman yemen libya
    sudan tunisia algeria morocco palestine gaza europe america china ukraine france germany
    britain london paris washington cairo baghdad tehran amman jerusalem istanbul geneva""".split()
)


def mine_name_pairs(doc: AlignedDocument, glossary: Glossary) -> list[NamePair]:
    """Names the glossary lacks: capitalised English words whose aligned Arabic has
    a word they romanise, in order of first appearance, one pair per English spelling."""
    import re

    from tqa.translit import latin_matches_arabic, romanisation_fit

    src, tgt = doc.source.segments, doc.target.segments
    pairs: dict[str, NamePair] = {}
    for bead in doc.beads:
        arabic_side, english_side = (bead.source, bead.target) if doc.source.lang == "ar" else (bead.target, bead.source)
        arabic_article, english_article = (src, tgt) if doc.source.lang == "ar" else (tgt, src)
        arabic_segments = tuple(arabic_article[i] for i in arabic_side)
        english_segments = tuple(english_article[j] for j in english_side)
        claimed = {(s.id, m.start, m.end) for s in english_segments for m in glossary.find(s.text, "en")}
        claimed_ar = {(s.id, m.start) for s in arabic_segments for m in glossary.find(s.text, "ar")}
        words = [
            (s, w.group(), w.start()) for s in arabic_segments for w in re.finditer(r"[\u0621-\u064A]{3,}", s.text)
            if (s.id, w.start()) not in claimed_ar
        ]
        for spelling in spellings_in(english_segments, claimed):
            if spelling.core in pairs:
                continue
            word = spelling.first
            if core_of(word.text).casefold() in WELL_KNOWN:
                continue
            matches = [w for w in words if latin_matches_arabic(core_of(word.text), w[1])]
            # Several Arabic words may share the consonants (Russia: روسيا and الرئيس);
            # the one whose long vowels fit the spelling is the name.
            match = max(matches, key=lambda w: romanisation_fit(core_of(word.text), w[1]), default=None)
            if match is not None:
                pairs[spelling.core] = NamePair(word, match[0], match[2], match[2] + len(match[1]))
    return list(pairs.values())


def suggested_entry_yaml(english: str, arabic: str, *, inline: bool = False) -> str:
    """A glossary entry for `english` / `arabic`, in the YAML the glossary file uses."""
    core = core_of(english)
    entry_id = "-".join(core.replace("'", "").split())
    if inline:
        return f"{{id: {entry_id}, type: person, en: {english}, ar: [{arabic}]}}"
    return f"  - id: {entry_id}\n    type: person   # or place, organisation, term\n    en: {english}\n    ar: [{arabic}]"
