"""Proper names in English text, and spellings of one name found by the transliteration key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqa.arabic import ARABIC_WORD, word_forms
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


# Titles that go with a name in a glossary entry (Sheikh Tamim) but are no part of
# its spelling: a differently spelt title is not a misspelt name.
TITLES = frozenset(["sheikh", "shaikh", "president", "minister", "king", "prince", "emir", "general", "dr", "mr", "mrs", "ms", "imam", "sayyid"])


def name_word_targets(entry: GlossaryEntry) -> dict[str, str]:
    """The entry's name words that carry its spelling, by core: Shaibani -> al-Shaibani.
    Articles, titles and words too short to tell names apart are left out."""
    words = {core_of(w): w for form in entry.house_forms for w in form.split()}
    return {core: w for core, w in words.items() if len(core) >= MIN_NAME_LETTERS and core not in EN_ARTICLES and core.casefold() not in TITLES}


def find_unlisted_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> tuple[Segment, int, int, str] | None:
    """A word in `segments` that spells one of the entry's name words differently, with
    the house word to write instead (al-Shiabani -> al-Shaibani; Al- only where a
    sentence starts)."""
    from tqa.translit import same_name

    targets = name_word_targets(entry)
    for word in name_words(segments):
        core = core_of(word.text)
        if len(core) < MIN_NAME_LETTERS or core in targets:
            continue
        for target, house_word in targets.items():
            if same_name(core, target):
                if not word.segment.text[: word.start].strip(" \"“«(‘'"):
                    house_word = house_word[:1].upper() + house_word[1:]
                return word.segment, word.start, word.end, house_word
    return None


def find_unlisted_arabic_spelling(segments: tuple[Segment, ...], entry: GlossaryEntry) -> tuple[Segment, int, int] | None:
    """An Arabic word in `segments` whose consonants spell one of the entry's English
    name words (ترطوس for Tartus, whose listed form is طرطوس): the name, in a form the
    glossary does not list."""
    from tqa.translit import latin_matches_arabic

    targets = name_word_targets(entry)
    for segment in segments:
        for match in ARABIC_WORD.finditer(segment.text):
            if any(latin_matches_arabic(target, match.group()) for target in targets):
                return segment, match.start(), match.end()
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

    @property
    def kind(self) -> str:
        """person or place, guessed from the words before the name on both sides."""
        return guess_type(
            self.english.text,
            self.arabic_segment.text[: self.arabic_start],
            self.english.segment.text[: self.english.start],
        )

    @property
    def arabic_entry_form(self) -> str:
        """The Arabic word without a conjunction or preposition glued to it (وأوروبا ->
        أوروبا): the glossary matches those itself. The article ال stays: it is part
        of many names (البشير)."""
        from tqa.arabic import PROCLITICS
        from tqa.translit import latin_matches_arabic

        word = self.arabic
        latin = core_of(self.english.text)
        for clitic in PROCLITICS:
            stem = word[len(clitic):]
            if clitic.endswith(("ال", "لل")):  # لل is ل + ال: the article stays
                stem = "ال" + stem
            if word.startswith(clitic) and len(stem) >= 3 and latin_matches_arabic(latin, stem):
                return stem
        return word


# Given names shared by many people: two people called Mohammed are not one name
# spelled two ways (N104), and Mohammed alone is no glossary entry (N105).
COMMON_GIVEN_NAMES = ("Mohammed", "Ahmed", "Mahmoud", "Mustafa", "Abdullah", "Abdel", "Abdul", "Abu", "Omar", "Ali", "Hassan", "Hussein", "Khaled", "Youssef", "Ibrahim", "Ismail", "Yasser", "Saleh")


def written_with_article(word: str) -> bool:
    """al-Saleh, Al-Salih: with the article a name is a family name, not the given name Saleh."""
    head, dash, _ = word.replace("‐", "-").partition("-")
    return bool(dash) and head.casefold() in EN_ARTICLES


def is_given_name(core: str) -> bool:
    from tqa.translit import same_name

    return any(same_name(core, given) for given in COMMON_GIVEN_NAMES)


# Names with one English spelling that every newsroom shares: suggesting a glossary
# entry for them is noise.
WELL_KNOWN = frozenset(
    ["syria", "russia", "turkey", "iran", "iraq", "lebanon", "jordan", "israel", "egypt", "qatar", "kuwait", "oman", "yemen", "libya", "sudan", "tunisia", "algeria", "morocco", "palestine", "gaza", "europe", "america", "china", "ukraine", "france", "germany", "britain", "london", "paris", "washington", "cairo", "baghdad", "tehran", "amman", "jerusalem", "istanbul", "geneva", "syrian", "russian", "turkish", "iranian", "iraqi", "lebanese", "jordanian", "israeli", "egyptian", "qatari", "kuwaiti", "omani", "yemeni", "libyan", "sudanese", "saudi", "emirati", "palestinian", "european", "american", "chinese", "ukrainian", "french", "german", "british", "arab", "arabic", "kurdish", "kurds", "ramadan", "muharram", "shawwal", "rajab", "eid", "hajj"]
)


def mine_name_pairs(doc: AlignedDocument, glossary: Glossary) -> list[NamePair]:
    """Names the glossary lacks: capitalised English words whose aligned Arabic has
    a word they romanise, in order of first appearance, one pair per English spelling."""

    from tqa.translit import latin_matches_arabic, romanisation_fit, same_name

    src, tgt = doc.source.segments, doc.target.segments
    pairs: dict[str, NamePair] = {}
    for bead in doc.beads:
        arabic_side, english_side = (bead.source, bead.target) if doc.source.lang == "ar" else (bead.target, bead.source)
        arabic_article, english_article = (src, tgt) if doc.source.lang == "ar" else (tgt, src)
        arabic_segments = tuple(arabic_article[i] for i in arabic_side)
        english_segments = tuple(english_article[j] for j in english_side)
        claimed = {(s.id, m.start, m.end) for s in english_segments for m in glossary.find(s.text, "en")}
        # Every Arabic word inside a glossary match is taken (الشيباني in أسعد الشيباني):
        # an English spelling of it is N103's business, never a new entry.
        claimed_ar = [(s.id, m.start, m.end) for s in arabic_segments for m in glossary.find(s.text, "ar")]
        words = [
            (s, w.group(), w.start()) for s in arabic_segments for w in ARABIC_WORD.finditer(s.text) if len(w.group()) >= 3
            if not any(seg == s.id and start <= w.start() < end for seg, start, end in claimed_ar)
        ]
        for spelling in spellings_in(english_segments, claimed):
            # One suggestion per name: a second spelling of it (al-Bachir after
            # al-Bashir) is N104's business, not a second glossary entry.
            if spelling.core in pairs or any(same_name(spelling.core, known) for known in pairs):
                continue
            if any(spelling.core in core_of(p.english.text).split() for p in pairs.values()):
                continue  # already part of a longer suggested name (al-Halabi in Samer al-Halabi)
            word = spelling.first
            if core_of(word.text).casefold() in WELL_KNOWN:
                continue
            if is_given_name(core_of(word.text)) and not written_with_article(word.text):
                continue
            matches = [w for w in words if latin_matches_arabic(core_of(word.text), w[1])]
            # Several Arabic words may share the consonants (Russia: روسيا and الرئيس);
            # the one whose long vowels fit the spelling is the name.
            match = max(matches, key=lambda w: romanisation_fit(core_of(word.text), w[1]), default=None)
            if match is not None and any(word_forms(match[1]) & word_forms(w) for p in pairs.values() for w in p.arabic.split()):
                continue  # a second spelling of an Arabic name already suggested (al-Salih after al-Saleh): N104
            if match is not None:
                pair = _with_next_name(_with_given_name(NamePair(word, match[0], match[2], match[2] + len(match[1]))))
                pairs[spelling.core] = pair
    return list(pairs.values())


def arabic_forms_of(doc: AlignedDocument, spellings: list[Spelling]) -> dict[str, frozenset[str]]:
    """Per spelling (by core), the Arabic word it renders in its aligned sentence, as
    the set of that word's forms with and without proclitics (الصالح: الصالح, صالح).
    Two spellings that render one Arabic word are one name, even when only their
    vowels differ (al-Saleh, Al-Salih for الصالح), which the transliteration key alone
    keeps apart (Salim and Salem are two names until the Arabic says otherwise)."""
    from tqa.translit import latin_matches_arabic

    arabic_is_source = doc.source.lang == "ar"
    arabic_article = doc.source if arabic_is_source else doc.target
    bead_of = {j: bead for bead in doc.beads for j in (bead.target if arabic_is_source else bead.source)}
    forms: dict[str, frozenset[str]] = {}
    for spelling in spellings:
        bead = bead_of.get(spelling.first.segment.id)
        if bead is None:
            continue
        core = core_of(spelling.first.text)
        arabic_ids = bead.source if arabic_is_source else bead.target
        words = [w.group() for i in arabic_ids for w in ARABIC_WORD.finditer(arabic_article.segments[i].text)]
        candidates = {word_forms(w) for w in words if latin_matches_arabic(core, w)}
        # Only an unambiguous partner counts: with الحمد and الحامد in one sentence,
        # which one Hamad renders is a guess, and a guess must not merge two people.
        distinct = {min(c, key=lambda w: (len(w), w)) for c in candidates}
        if len(distinct) == 1:
            forms[spelling.core] = frozenset().union(*candidates)
    return forms


def _with_next_name(pair: NamePair) -> NamePair:
    """Samer al-Halabi rather than Samer: a capitalised word right after the name that
    romanises the Arabic word right after it belongs to the same name."""
    from tqa.translit import latin_matches_arabic

    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    after_en = re.match(r"\s+((?:[Aa][ls]|[Ee]l|[Aa]d|[Aa]sh)-?[A-Z][\w'’-]+|[A-Z][\w'’-]+)", english[pair.english.end :])
    after_ar = re.match(r"\s+([\u0621-\u064A]+)", arabic[pair.arabic_end :])
    if after_en is None or after_ar is None or not latin_matches_arabic(core_of(after_en.group(1)), after_ar.group(1)):
        return pair
    word = NameWord(pair.english.segment, pair.english.start, pair.english.end + after_en.end(1))
    return NamePair(word, pair.arabic_segment, pair.arabic_start, pair.arabic_end + after_ar.end(1))


def _with_given_name(pair: NamePair) -> NamePair:
    """Mohammed al-Bashir rather than al-Bashir: a given name written just before
    the name on both sides belongs to the suggested entry."""
    from tqa.translit import latin_matches_arabic

    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    before_en = re.search(r"([A-Z][\w'’-]+)\s+$", english[: pair.english.start])
    before_ar = re.search(r"([\u0621-\u064A]+)\s+$", arabic[: pair.arabic_start])
    if before_en is None or before_ar is None:
        return pair
    if not is_given_name(core_of(before_en.group(1))) or not latin_matches_arabic(before_en.group(1), before_ar.group(1)):
        return pair
    word = NameWord(pair.english.segment, before_en.start(1), pair.english.end)
    return NamePair(word, pair.arabic_segment, before_ar.start(1), pair.arabic_end)


_PLACE_CUES_AR = ("قريه", "مدينه", "بلده", "منطقه", "حي", "مخيم", "محافظه", "ريف", "مطار", "ميناء", "قاعده", "جبل", "نهر", "بلدات", "قري", "ناحيه", "سهل", "وادي")
_PERSON_CUES_AR = ("الرئيس", "رئيس", "الوزير", "وزير", "السيد", "الشيخ", "الدكتور", "الدكتوره", "العميد", "اللواء", "المتحدث", "مدير", "النائب", "قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "المحامي", "الصحفي", "القائد", "قائد", "حاكم", "الحاكم", "السفير", "الناشط")
_PLACE_CUES_EN = ("in", "at", "near", "from", "village of", "town of", "city of", "to", "outside", "province", "district of")
_PERSON_CUES_EN = ("mr", "mrs", "ms", "dr", "president", "minister", "said", "spokesman", "director", "governor", "sheikh", "general", "ambassador", "told", "head")


def guess_type(english: str, arabic_before: str = "", english_before: str = "") -> str:
    """person or place, a guess the editor confirms. The words before the name decide
    first (قرية، مدينة، "village of", "in" say place; الرئيس، قال، "Minister", "said"
    say person); then the name's shape: several words or an al-/bin/abu particle say
    person, one bare word (Vnukovo, Jableh) place."""
    from tqa.arabic import normalize

    arabic_words = normalize(arabic_before).split()[-2:]
    english_words = english_before.casefold().replace(",", " ").split()[-3:]
    if any(w in _PLACE_CUES_AR for w in arabic_words) or any(" ".join(english_words).endswith(c) for c in _PLACE_CUES_EN):
        return "place"
    if any(w in _PERSON_CUES_AR for w in arabic_words) or any(w.strip(".") in _PERSON_CUES_EN for w in english_words):
        return "person"
    words = english.replace("-", " ").split()
    particles = {"al", "el", "ad", "ash", "bin", "ibn", "abu", "abou", "bint"}
    if len(words) > 1 or any(w.casefold() in particles for w in words):
        return "person"
    return "place"


def suggested_entry_yaml(english: str, arabic: str, *, inline: bool = False, kind: str | None = None) -> str:
    """A glossary entry for `english` / `arabic`, in the YAML the glossary file uses."""
    core = core_of(english)
    entry_id = "-".join(core.replace("'", "").split())
    kind = kind or guess_type(english)
    if inline:
        return f"{{id: {entry_id}, type: {kind}, en: {english}, ar: [{arabic}]}}"
    return f"  - id: {entry_id}\n    type: {kind}   # a guess: person, place, organisation or term\n    en: {english}\n    ar: [{arabic}]"
