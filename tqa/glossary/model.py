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
from tqa.collector import gc_paused
from tqa.glossary.arabic_forms import adjective_after_noun, exact_spelling
from tqa.glossary.cache import Rows
from tqa.glossary.entry import ENTRY_TYPES as ENTRY_TYPES  # noqa: PLC0414
from tqa.glossary.entry import EntryType as EntryType  # noqa: PLC0414
from tqa.glossary.entry import FormKind as FormKind  # noqa: PLC0414
from tqa.glossary.entry import GlossaryEntry as GlossaryEntry  # noqa: PLC0414
from tqa.glossary.entry import GlossaryMatch as GlossaryMatch  # noqa: PLC0414
from tqa.glossary.entry import GlossarySource as GlossarySource  # noqa: PLC0414
from tqa.glossary.entry import Lookup as Lookup  # noqa: PLC0414
from tqa.glossary.matcher import FormTrie, find_arabic, find_english, packed

# Re-exported: names, people and glossary lint fold words as matching does.
from tqa.glossary.matcher import arabic_tokens as arabic_tokens  # noqa: PLC0414
from tqa.glossary.matcher import english_tokens as english_tokens  # noqa: PLC0414
from tqa.glossary.slots import Slot, arabic_added, arabic_forms, english_added
from tqa.glossary.stored import RowsRead, StoredEntries, StoredIndex, StoredSubtrees, entry_rows, index_rows, trie_rows
from tqa.lang.en import GLOSSARY_ARTICLES as EN_ARTICLES
from tqa.lang.en import fold_english as fold_english  # noqa: PLC0414
from tqa.lang.en import spelling_key
from tqa.model import Lang
from tqa.text.people import Surnames, other_arabic_person_before, other_person_before, surname_index

V = TypeVar("V")


Candidate = tuple[str, "FormKind", "GlossaryEntry"]


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
        listed = entries if isinstance(entries, Sequence) else tuple(entries)
        merged = dict(zip(map(operator.attrgetter("id"), listed), listed, strict=True))  # a later one takes the first's place
        self.entries: Sequence[GlossaryEntry] = tuple(merged.values())
        self._by_id: dict[str, GlossaryEntry] | None = merged
        self.sources: tuple[GlossarySource, ...] = tuple(sources)
        self._english: FormTrie[Slot] = FormTrie()
        self._arabic: FormTrie[Slot] = FormTrie()
        with gc_paused():
            self._english.add_all(english_added(self.entries))  # each trie's forms in one call, in the entries' order
            self._arabic.add_all(arabic_added(self.entries))
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
        glossary._english = FormTrie.stored(StoredSubtrees(rows, "en").get, bool(english_empty))
        glossary._arabic = FormTrie.stored(StoredSubtrees(rows, "ar").get, bool(arabic_empty))
        glossary.cache_key = cache_key
        return glossary

    def rows(self) -> dict[str, bytes]:
        """The glossary as the cache keeps it (Glossary.stored reads it back): its entries by
        position, each trie's forms by first word, and what says how many there are."""
        sources = tuple((source.path, source.sha256) for source in self.sources)
        empty = self._english.empty, self._arabic.empty
        rows = {"meta": packed((len(self.entries), sources, *empty))}
        rows.update(entry_rows(self.entries))
        english, arabic = trie_rows("en", self._english.packed()), trie_rows("ar", self._arabic.packed())
        # The tries are then read from these rows as a cached glossary's are: the glossary
        # holds a few objects per bucket of first words, not millions that the garbage
        # collector would scan again and again for the rest of the run (0.8 s of a first
        # check with a new 50,000-entry glossary, #14).
        self._english = FormTrie.stored(StoredSubtrees(RowsRead(english), "en").get, empty[0])
        self._arabic = FormTrie.stored(StoredSubtrees(RowsRead(arabic), "ar").get, empty[1])
        return rows | english | arabic

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
            forms = [arabic_forms(self.entries[n])[w][0] for n, w, _ in slots]
            chosen = exact_spelling(forms, text[start:end])
            number, _, kind = slots[chosen]
            entry, form = self.entries[number], forms[chosen]
            if other_arabic_person_before(entry, normalized, at) or adjective_after_noun(entry, normalized, at):
                return None
            return GlossaryMatch(entry, start, end, text[start:end], form, kind)

        return find_arabic(self._arabic, text, accept)


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
