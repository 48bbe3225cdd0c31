"""House glossaries: load them, and find their names in Arabic and English text.

Matching is built once per glossary as word tries (tqa/glossary_matcher.py), so a
50,000-entry glossary costs a few dictionary lookups per word of text, not one
regex per entry per sentence. Arabic words are looked up with and without their
attached proclitics (و ف ب ل ك ال), English words after folding case, diacritics,
apostrophes and the hyphen after al-/el-. A loaded glossary is cached by its
files' hashes (tqa/glossary/cache.py) and read back as texts ask (Glossary.stored).
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TypeVar, cast

import tqa.glossary.cache as glossary_cache
from tqa import patterns
from tqa.collector import gc_paused
from tqa.glossary.arabic_forms import adjective_after_noun, arabic_spellings_listed, exact_spelling, lists_arabic_spellings
from tqa.glossary.cache import Rows
from tqa.glossary.entry import ENTRY_TYPES as ENTRY_TYPES  # noqa: PLC0414
from tqa.glossary.entry import EntryType as EntryType  # noqa: PLC0414
from tqa.glossary.entry import FormKind as FormKind  # noqa: PLC0414
from tqa.glossary.entry import GlossaryEntry as GlossaryEntry  # noqa: PLC0414
from tqa.glossary.entry import GlossaryMatch as GlossaryMatch  # noqa: PLC0414
from tqa.glossary.entry import GlossarySource as GlossarySource  # noqa: PLC0414
from tqa.glossary.entry import Lookup as Lookup  # noqa: PLC0414
from tqa.glossary.matcher import FormTrie, arabic_tokens_of, english_tokens_of, find_arabic, find_english, packed

# Re-exported: names, people and glossary lint fold words as matching does.
from tqa.glossary.matcher import arabic_tokens as arabic_tokens  # noqa: PLC0414
from tqa.glossary.matcher import english_tokens as english_tokens  # noqa: PLC0414
from tqa.glossary.stored import StoredEntries, StoredIndex, entry_rows, index_rows
from tqa.lang.en import GLOSSARY_ARTICLES as EN_ARTICLES
from tqa.lang.en import fold_english as fold_english  # noqa: PLC0414
from tqa.lang.en import spelling_key
from tqa.model import Lang
from tqa.text.people import Surnames, other_arabic_person_before, other_person_before, surname_index

V = TypeVar("V")


Candidate = tuple[str, "FormKind", "GlossaryEntry"]
# A form in a trie: its entry's position in `entries`, its own in entry.english_forms or
# entry.ar, and its kind. No texts: a trie pickles small (tqa/glossary_cache.py).
Slot = tuple[int, int, "FormKind"]
_LATIN = patterns.compile(r"[A-Za-z]")


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
        self.entries: Sequence[GlossaryEntry] = tuple(merged.values())
        self._by_id: dict[str, GlossaryEntry] | None = merged
        self.sources: tuple[GlossarySource, ...] = tuple(sources)
        self._english: FormTrie[Slot] = FormTrie()
        self._arabic: FormTrie[Slot] = FormTrie()
        with gc_paused():
            # All forms tokenised at once (#14): each entry's then in the order _index_entry reads them.
            english_forms = [entry.english_forms for entry in self.entries]
            english = iter(english_tokens_of([f for forms in english_forms for f in forms]))
            arabic_forms = _all_arabic_forms(self.entries)
            listed = [form for forms in arabic_forms for form, _ in forms]
            arabic = iter(arabic_tokens_of(listed))
            latin = _LATIN.search("\n".join(listed)) is not None  # none of a desk's Arabic forms has one, as a rule
            english_added: list[tuple[tuple[str, ...], Slot]] = []
            arabic_added: list[tuple[tuple[str, ...], Slot]] = []
            for number, (entry, forms, arabic_of) in enumerate(zip(self.entries, english_forms, arabic_forms, strict=True)):
                english_added += _english_slots(entry, number, forms, [next(english) for _ in forms])
                arabic_added += _arabic_slots(number, arabic_of, [next(arabic) for _ in arabic_of], latin)
            self._english.add_all(english_added)  # each trie's forms in one call, in the entries' order
            self._arabic.add_all(arabic_added)
        self._english.seal()
        self._arabic.seal()
        self.cache_key: str | None = None  # set by the loader when the compiled glossary is cached
        self._derived: dict[str, object] = {}
        self._found: dict[tuple[str, str], tuple[GlossaryMatch, ...]] = {}

    @classmethod
    def stored(cls, rows: Rows, cache_key: str) -> Glossary:
        """The glossary cached under `cache_key` (rows: Glossary.rows), read as texts ask.
        Raises if the rows are not a glossary's (the caller compiles it then)."""
        count, sources, english_empty, arabic_empty = rows.get("meta")
        glossary = cls()
        glossary.entries = StoredEntries(rows, operator.index(count))
        glossary._by_id = None
        glossary.sources = tuple(GlossarySource(str(path), str(sha256)) for path, sha256 in sources)
        glossary._english = FormTrie.stored(lambda word: rows.get("en\0" + word), bool(english_empty))
        glossary._arabic = FormTrie.stored(lambda word: rows.get("ar\0" + word), bool(arabic_empty))
        glossary.cache_key = cache_key
        return glossary

    def rows(self) -> dict[str, bytes]:
        """The glossary as the cache keeps it (Glossary.stored reads it back): its entries by
        position, each trie's subtrees by first word, and what says how many there are."""
        sources = tuple((source.path, source.sha256) for source in self.sources)
        rows = {"meta": packed((len(self.entries), sources, self._english.empty, self._arabic.empty))}
        rows.update(entry_rows(self.entries))
        rows.update(("en\0" + word, subtree) for word, subtree in self._english.packed().items())
        rows.update(("ar\0" + word, subtree) for word, subtree in self._arabic.packed().items())
        return rows

    def index(self, name: str, build: Callable[[Glossary], dict[str, V]]) -> Lookup[V]:
        """An index by key that a check builds from every entry (people by surname, M805's
        name words): built once per glossary, and cached beside it when the glossary is
        (#14); a cached one is read key by key, as the text asks."""
        made = self._derived.get(name)
        if made is None:
            key = glossary_cache.derived_key(self.cache_key, name) if self.cache_key is not None else None
            rows = glossary_cache.open_rows(key, lambda: index_rows(build(self))) if key is not None else None
            if rows is not None:
                made = StoredIndex(rows)
            else:
                with gc_paused():
                    made = build(self)
                    if key is not None:
                        glossary_cache.store(key, index_rows(made).items())
            self._derived[name] = made
        return cast("Lookup[V]", made)

    def __len__(self) -> int:
        return len(self.entries)

    def by_id(self, entry_id: str) -> GlossaryEntry | None:
        if self._by_id is None:  # a cached glossary: all its entries, asked for once
            self._by_id = {entry.id: entry for entry in self.entries}
        return self._by_id.get(entry_id)

    def find(self, text: str, lang: Lang) -> list[GlossaryMatch]:
        # The checks ask about each sentence some fifteen times: the answer is kept (#14).
        found = self._found.get((text, lang))
        if found is None:
            if len(self._found) >= 4096:
                self._found.clear()  # bounded: a batch worker keeps its glossary all day
            found = self._found[text, lang] = tuple(self._find_arabic(text) if lang == "ar" else self._find_english(text))
        return list(found)

    def find_surnames(self, text: str, lang: Lang, common: bool = False) -> list[GlossaryMatch]:
        """People named by surname alone, a form the glossary need not list (Lavrov after
        Sergei Lavrov; tqa.text.people). Kept apart from `find`: N104 still compares the
        spellings of a surname (Lavrov, Lavrof). An Arabic surname that is also a common
        word («خطاب», speech) is found only when `common` asks for it."""
        return self._surnames.find(text, lang, common)

    @cached_property
    def _surnames(self) -> Surnames:
        return Surnames(self.index("people.surnames", lambda glossary: surname_index(glossary.entries)), self.entries)

    def _find_english(self, text: str) -> Iterator[GlossaryMatch]:
        def accept(start: int, end: int, slots: list[Slot]) -> GlossaryMatch | None:
            matched = text[start:end]
            candidates = [(self.entries[i].english_forms[w], k, self.entries[i]) for i, w, k in slots]
            form, kind, entry = _best_candidate(candidates, matched)
            if _case_compatible(form, matched) and not other_person_before(entry, text, start):
                return GlossaryMatch(entry, start, end, matched, form, kind)
            return None

        return find_english(self._english, text, accept)

    def _find_arabic(self, text: str) -> Iterator[GlossaryMatch]:
        def accept(normalized: str, at: int, start: int, end: int, slots: list[Slot]) -> GlossaryMatch | None:
            forms = [_arabic_forms(self.entries[n])[w][0] for n, w, _ in slots]
            chosen = exact_spelling(forms, text[start:end])
            number, _, kind = slots[chosen]
            entry, form = self.entries[number], forms[chosen]
            if other_arabic_person_before(entry, normalized, at) or adjective_after_noun(entry, normalized, at):
                return None
            return GlossaryMatch(entry, start, end, text[start:end], form, kind)

        return find_arabic(self._arabic, text, accept)


def _english_slots(
    entry: GlossaryEntry, number: int, forms: tuple[str, ...], tokens: list[tuple[str, ...]]
) -> list[tuple[tuple[str, ...], Slot]]:
    """The words and slot of each of the entry's english_forms (`forms`, their `tokens`),
    in the order the trie takes them. A form the entry lists twice is added once."""
    kinds, term = _english_kinds(entry), entry.type == "term"
    added: list[tuple[tuple[str, ...], Slot]] = []
    for which, words in enumerate(tokens):
        slot = (number, which, kinds[which])
        added.append((words, slot))
        if term and words and not words[-1].endswith("s"):
            # Terms inflect (Syrian pounds, Alawites); names of people and places do not.
            added.append(((*words[:-1], words[-1] + "s"), slot))
    # Listed forms first, so that a form written out in the glossary always wins
    # over one derived by dropping its article.
    for which, words in enumerate(tokens):
        if len(words) > 1 and words[0] in EN_ARTICLES:
            kind = kinds[which]
            added.append((words[1:], (number, which, "variant" if kind in ("preferred", "short") else kind)))
    return _first_of_each(added, forms) if len(set(forms)) < len(forms) else added


def _arabic_slots(
    number: int, forms: tuple[tuple[str, FormKind], ...], tokens: list[tuple[str, ...]], latin: bool
) -> list[tuple[tuple[str, ...], Slot]]:
    """The words and slot of each of the entry's _arabic_forms (`forms`, their `tokens`);
    `latin`: whether any Arabic form of the glossary has a Latin letter."""
    added: list[tuple[tuple[str, ...], Slot]] = []
    for which, ((form, kind), words) in enumerate(zip(forms, tokens, strict=True)):
        # The Arabic matcher reads Arabic letters only: «مجموعة OCP» would match «المجموعة» (any group).
        if kind != "arabic" or not (latin and _LATIN.search(form)):
            added.append((words, (number, which, kind)))
    if len({form for form, _ in forms}) < len(forms):
        return _first_of_each(added, [form for form, _ in forms])
    return added


def _first_of_each(added: list[tuple[tuple[str, ...], Slot]], forms: Sequence[str]) -> list[tuple[tuple[str, ...], Slot]]:
    """The first of each form's words that an entry adds (a slot names its form by position
    in `forms`): an entry that lists a form twice (Erdogan as house form and variant) has it
    matched once, by the first slot."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    kept = []
    for words, slot in added:
        key = (words, forms[slot[1]])
        if key not in seen:
            seen.add(key)
            kept.append((words, slot))
    return kept


def _all_arabic_forms(entries: Sequence[GlossaryEntry]) -> list[tuple[tuple[str, FormKind], ...]]:
    """_arabic_forms of each entry; when no variant or forbidden form has an Arabic letter
    (a desk's, as a rule), its Arabic forms alone, without a search per form (#14)."""
    if lists_arabic_spellings(entries):
        return [_arabic_forms(entry) for entry in entries]
    return [tuple((form, "arabic") for form in entry.ar) for entry in entries]


def _english_kinds(entry: GlossaryEntry) -> tuple[FormKind, ...]:
    """The kind of each of the entry's english_forms."""
    house: tuple[FormKind, ...] = ("preferred", "short") if entry.short else ("preferred",)
    variant: tuple[FormKind, ...] = ("variant",)
    forbidden: tuple[FormKind, ...] = ("forbidden",)
    return house + variant * len(entry.variants) + forbidden * len(entry.forbidden)


def _arabic_forms(entry: GlossaryEntry) -> tuple[tuple[str, FormKind], ...]:
    """The Arabic forms, then the Arabic spellings a desk lists among variants and forbidden
    forms («عبد الحميد دبيبة»): a trie slot names a form by its position here."""
    return (*((form, "arabic") for form in entry.ar), *arabic_spellings_listed(entry))


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
