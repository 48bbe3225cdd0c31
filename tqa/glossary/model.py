"""House glossaries: load them, and find their names in Arabic and English text.

Matching is built once per glossary as dictionaries keyed by the first word of
each form, so a 5,000-entry glossary costs one dictionary lookup per word of
text, not one regex per entry per sentence. Arabic words are looked up with and
without their attached proclitics (و ف ب ل ك ال), English words after folding
case, diacritics, apostrophes and the hyphen after al-/el-.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from tqa.lang.ar import LETTERS_WITH_PERSIAN, normalize_with_map, strip_marks, strip_proclitics
from tqa.lang.en import GLOSSARY_ARTICLES as EN_ARTICLES
from tqa.lang.en import fold_english, spelling_key
from tqa.model import Lang
from tqa.text.people import Surnames, other_arabic_person_before, other_person_before

EntryType = Literal["person", "place", "organisation", "term"]
ENTRY_TYPES: tuple[str, ...] = ("person", "place", "organisation", "term")
FormKind = Literal["preferred", "short", "variant", "forbidden", "arabic"]

@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    type: str
    en: str
    ar: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    short: str | None = None
    note: str | None = None
    origin: str = ""  # "file:line", for messages that send the editor to the entry
    region: str | None = None  # a place's or organisation's compass region in its country (M803)

    @property
    def house_forms(self) -> tuple[str, ...]:
        return (self.en, self.short) if self.short else (self.en,)


@dataclass(frozen=True)
class GlossaryMatch:
    entry: GlossaryEntry
    start: int
    end: int
    text: str
    form: str
    kind: FormKind


@dataclass(frozen=True)
class GlossarySource:
    path: str
    sha256: str


_EN_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_AR_TOKEN = re.compile(f"[{LETTERS_WITH_PERSIAN}]+")


def english_tokens(form: str) -> tuple[str, ...]:
    folded, _ = fold_english(form)
    return tuple(_strip_possessive(t) for t in _EN_TOKEN.findall(folded))


def _strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token


def arabic_tokens(form: str) -> tuple[str, ...]:
    normalized, _ = normalize_with_map(form)
    return tuple(_AR_TOKEN.findall(normalized))


Candidate = tuple[str, "FormKind", "GlossaryEntry"]


@dataclass
class _Index:
    """First word -> {all words: candidate forms}, and the form lengths (in words)
    that start with that word, longest first: a lookup tries a few lengths, not
    every form, so a 5,000-entry glossary costs no more per word than a small one.

    Forms that fold to the same words (Erdoğan, Erdogan) share one slot; the
    candidate whose exact spelling matches the text decides the kind. `seen` makes
    adding a candidate constant-time: 20,000 Arabic forms that fold to one word
    took 80 s when each add scanned its slot (issue 12).
    """

    by_first: dict[str, dict[tuple[str, ...], list[Candidate]]] = field(default_factory=dict)
    lengths: dict[str, list[int]] = field(default_factory=dict)
    longest: int = 1
    seen: set[tuple[tuple[str, ...], str, str]] = field(default_factory=set)

    def add(self, words: tuple[str, ...], form: str, kind: FormKind, entry: GlossaryEntry) -> None:
        if not words:
            return
        bucket = self.by_first.setdefault(words[0], {})
        slot = bucket.get(words)
        if slot is None:
            slot = bucket[words] = []
            sizes = self.lengths.setdefault(words[0], [])
            if len(words) not in sizes:
                sizes.append(len(words))
                sizes.sort(reverse=True)
        key = (words, form, entry.id)
        if key not in self.seen:
            self.seen.add(key)
            slot.append((form, kind, entry))
        self.longest = max(self.longest, len(words))


def _best_candidate(candidates: list[Candidate], matched: str) -> Candidate:
    """The candidate the text spells exactly; forms that differ only by diacritics do not
    merge (issue #11). Without an exact one, a text that spells the house form's words
    exactly ("Erdogan" of house "Recep Tayyip Erdogan", variant "Erdoğan") is house style."""
    exact = spelling_key(matched)
    found = next((c for c in candidates if spelling_key(c[0]) == exact), None)
    if found is not None:
        return found
    form, kind, entry = candidates[0]
    if kind in ("variant", "forbidden") and english_tokens(form) == english_tokens(matched):  # only diacritics differ
        for house in entry.house_forms:
            if f" {exact} " in f" {spelling_key(house)} ":
                return (house, "short" if house != entry.en else "preferred", entry)
    return candidates[0]


class Glossary:
    """An ordered set of entries; a later entry with the same id replaces an earlier one."""

    def __init__(self, entries: Iterable[GlossaryEntry] = (), sources: Sequence[GlossarySource] = ()) -> None:
        merged: dict[str, GlossaryEntry] = {}
        for entry in entries:
            merged[entry.id] = entry
        self.entries: tuple[GlossaryEntry, ...] = tuple(merged.values())
        self._by_id = merged
        self.sources: tuple[GlossarySource, ...] = tuple(sources)
        self._english = _Index()
        self._arabic = _Index()
        for entry in self.entries:
            self._index_entry(entry)

    def _index_entry(self, entry: GlossaryEntry) -> None:
        kinds: list[tuple[Iterable[str], FormKind]] = [
            ((entry.en,), "preferred"),
            ((entry.short,) if entry.short else (), "short"),
            (entry.variants, "variant"),
            (entry.forbidden, "forbidden"),
        ]
        for forms, kind in kinds:
            for form in forms:
                words = english_tokens(form)
                self._english.add(words, form, kind, entry)
                if entry.type == "term" and words and not words[-1].endswith("s"):
                    # Terms inflect (Syrian pounds, Alawites); names of people and places do not.
                    self._english.add((*words[:-1], words[-1] + "s"), form, kind, entry)
        # Listed forms first, so that a form written out in the glossary always wins
        # over one derived by dropping its article.
        for forms, kind in kinds:
            for form in forms:
                words = english_tokens(form)
                if len(words) > 1 and words[0] in EN_ARTICLES:
                    derived: FormKind = "variant" if kind in ("preferred", "short") else kind
                    self._english.add(words[1:], form, derived, entry)
        for form in entry.ar:
            self._arabic.add(arabic_tokens(form), form, "arabic", entry)

    def __len__(self) -> int:
        return len(self.entries)

    def by_id(self, entry_id: str) -> GlossaryEntry | None:
        return self._by_id.get(entry_id)

    def find(self, text: str, lang: Lang) -> list[GlossaryMatch]:
        return list(self._find_arabic(text) if lang == "ar" else self._find_english(text))

    def find_surnames(self, text: str, lang: Lang) -> list[GlossaryMatch]:
        """People named by surname alone, a form the glossary need not list (Lavrov after
        Sergei Lavrov; tqa.text.people). Kept apart from `find`: N104 still compares the
        spellings of a surname (Lavrov, Lavrof)."""
        return self._surnames.find(text, lang)

    @cached_property
    def _surnames(self) -> Surnames:
        return Surnames(self.entries)

    def _find_english(self, text: str) -> Iterator[GlossaryMatch]:
        folded, offsets = fold_english(text)
        tokens = [(m.group(), m.start(), m.end()) for m in _EN_TOKEN.finditer(folded)]
        words = [_strip_possessive(t[0]) for t in tokens]
        index = 0
        while index < len(tokens):
            hit = _longest_at(self._english, words, index)
            if hit is None:
                index += 1
                continue
            length, candidates = hit
            start = offsets[tokens[index][1]]
            last = tokens[index + length - 1]
            end = offsets[last[1] + len(words[index + length - 1])]
            matched = text[start:end]
            form, kind, entry = _best_candidate(candidates, matched)
            if _case_compatible(form, matched) and not other_person_before(entry, text, start):
                yield GlossaryMatch(entry, start, end, matched, form, kind)
                index += length
            else:
                index += 1

    def _find_arabic(self, text: str) -> Iterator[GlossaryMatch]:
        normalized, offsets = normalize_with_map(text)
        tokens = [(m.group(), m.start(), m.end()) for m in _AR_TOKEN.finditer(normalized)]
        index = 0
        while index < len(tokens):
            found = None
            for stem, prefix_length in _arabic_stems(tokens[index][0]):
                words = [stem] + [t[0] for t in tokens[index + 1 : index + self._arabic.longest]]
                hit = _longest_at(self._arabic, words, 0)
                if hit is not None and (found is None or hit[0] > found[0][0]):
                    found = (hit, prefix_length)
            if found is None:
                index += 1
                continue
            (length, candidates), prefix_length = found
            form, kind, entry = candidates[0]
            if other_arabic_person_before(entry, normalized, tokens[index][1] + prefix_length):
                index += 1  # «حافظ الأسد»: another person of the family
                continue
            start = offsets[tokens[index][1] + prefix_length]
            end = offsets[tokens[index + length - 1][2] - 1] + 1
            while end < len(text) and strip_marks(text[end]) == "":
                end += 1  # keep the word's final vowel marks with it
            yield GlossaryMatch(entry, start, end, text[start:end], form, kind)
            index += length


def _longest_at(index: _Index, words: Sequence[str], at: int) -> tuple[int, list[Candidate]] | None:
    bucket = index.by_first.get(words[at])
    if bucket is None:
        return None
    for size in index.lengths[words[at]]:
        if at + size > len(words):
            continue  # a slice past the end is shorter than `size` and could match a shorter form
        candidates = bucket.get(tuple(words[at : at + size]))
        if candidates is not None:
            return size, candidates
    return None


def _arabic_stems(token: str) -> Iterator[tuple[str, int]]:
    """The token itself and what is left after each proclitic it may carry (a stem
    keeps at least two letters; after لل the article is restored: للشرع -> الشرع)."""
    yield token, 0
    yield from strip_proclitics(token, min_stem=2, article="also")


def _case_compatible(form: str, matched: str) -> bool:
    """A capitalised form matches only capitalised text: 'Hope' the name is not 'hope'."""
    first_form = next((c for c in form if c.isalpha()), "")
    first_text = next((c for c in matched if c.isalpha()), "")
    if first_form.isupper() and first_text.islower():
        # Lower-case article before the name ("al-Sharaa" for "Al-Sharaa") is fine.
        words = matched.replace("-", " ").split()
        return len(words) > 1 and words[0].lower() in EN_ARTICLES and words[1][:1].isupper()
    return True


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
