"""A cached glossary read as a check asks (tqa/glossary/cache.py): its entries by
position, and the indexes derived from it by key, each unpickled when first asked
for. A check of one article meets a few hundred of a desk's 50,000 entries: it
rebuilds those, not all of them (#14)."""

from __future__ import annotations

import operator
import pickle
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import itemgetter, methodcaller
from typing import Any, Generic, SupportsIndex, TypeVar, overload

from tqa.glossary.cache import UNLISTED, Rows
from tqa.glossary.entry import GlossaryEntry, entries_from_fields
from tqa.glossary.matcher import packed

V = TypeVar("V")


# Entries are stored 64 to a row, indexes' keys some 16 to a row: a new glossary's
# 50,000 entries and 80,000 index keys are then written as a few thousand rows, not
# one row (and one pickle, one checksum, one insert) each (#14).
ENTRIES_PER_ROW = 64
KEYS_PER_ROW = 16


def entry_rows(entries: Sequence[GlossaryEntry]) -> Iterator[tuple[str, bytes]]:
    """The entries as their fields in declaration order (entries_from_fields makes them back)."""
    fields = [tuple(entry.__dict__.values()) for entry in entries]
    for start in range(0, len(fields), ENTRIES_PER_ROW):
        yield f"{UNLISTED}{start // ENTRIES_PER_ROW}", packed(fields[start : start + ENTRIES_PER_ROW])


def _bucket(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets  # not hash(): it changes from run to run


def _grouped(items: Iterable[tuple[str, V]]) -> tuple[int, list[dict[str, V]]]:
    """How many buckets the items' keys take, and the items in them by _bucket of each key,
    worked out with no call per key (a desk's 130,000 keys, #14)."""
    pairs = list(items)
    buckets = len(pairs) // KEYS_PER_ROW + 1
    grouped: list[dict[str, V]] = [{} for _ in range(buckets)]
    encoded = map(methodcaller("encode", "utf-8", "surrogatepass"), map(itemgetter(0), pairs))
    for number, (key, value) in zip(map(buckets.__rmod__, map(zlib.crc32, encoded)), pairs, strict=True):
        grouped[number][key] = value
    return buckets, grouped


def index_rows(index: Mapping[str, object]) -> dict[str, bytes]:
    """A derived index as the cache stores it: its keys in buckets (a row each), and how
    many buckets there are."""
    buckets, grouped = _grouped(index.items())
    return {"=": packed(buckets)} | {f"={number}": packed(group) for number, group in enumerate(grouped) if group}


def trie_rows(name: str, subtrees: Mapping[str, object]) -> dict[str, bytes]:
    """A trie's first words (FormTrie.packed) as the cache stores them: some 16 to a row,
    by bucket (a desk's 50,000 Arabic first words in 3,000 rows, not 50,000, #14), and a
    row of how many buckets there are and which words, so that a word not in the glossary
    is answered with no read. A word's subtree, or its forms when there are many, is
    pickled apart: a text that has one word of the row unpickles the others' no further."""
    buckets, grouped = _grouped(
        (word, forms if isinstance(forms, list) and len(forms) <= KEYS_PER_ROW else packed(forms))
        for word, forms in subtrees.items()
    )
    rows = {f"{name}\0": packed((buckets, frozenset(subtrees)))}
    return rows | {f"{name}\0={number}": packed(group) for number, group in enumerate(grouped) if group}


class RowsRead:
    """Rows in memory (a glossary just compiled and cached), read as Rows reads a file's."""

    def __init__(self, rows: Mapping[str, bytes]) -> None:
        self._rows = rows

    def get(self, key: str) -> Any:
        payload = self._rows.get(key)
        return None if payload is None else pickle.loads(payload)


class StoredSubtrees:
    """A cached trie's first words (trie_rows), each row read when a text first reaches one of its words."""

    def __init__(self, rows: Rows | RowsRead, name: str) -> None:
        self._rows, self._name = rows, name
        self._words: frozenset[str] | None = None
        self._buckets = 0
        self._read: dict[int, dict[str, object]] = {}

    def get(self, word: str) -> object:
        if self._words is None:
            self._buckets, self._words = self._rows.get(f"{self._name}\0")
        if word not in self._words:
            return None
        number = _bucket(word, self._buckets)
        group = self._read.get(number)
        if group is None:
            group = self._read[number] = self._rows.get(f"{self._name}\0={number}")
        return group[word]


class StoredEntries(Sequence[GlossaryEntry]):
    """A cached glossary's entries, each made when first asked for; the same objects after."""

    def __init__(self, rows: Rows, count: int) -> None:
        self._rows, self._count = rows, count
        self._made: dict[int, GlossaryEntry] = {}
        self._fields: dict[int, list[tuple[object, ...]]] = {}  # rows read, by their number

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: SupportsIndex) -> GlossaryEntry: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[GlossaryEntry, ...]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> GlossaryEntry | tuple[GlossaryEntry, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        number = operator.index(index)
        number += self._count if number < 0 else 0
        entry = self._made.get(number)
        if entry is None:
            if not 0 <= number < self._count:
                raise IndexError(index)
            row = number // ENTRIES_PER_ROW
            fields = self._fields.get(row)
            if fields is None:
                fields = self._fields[row] = self._rows.get(f"{UNLISTED}{row}")
            entry = self._made[number] = entries_from_fields([fields[number % ENTRIES_PER_ROW]])[0]
        return entry

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return (self[number] for number in range(self._count))

    def __eq__(self, other: object) -> bool:
        """Equal to the same entries, stored or not (a tuple of them)."""
        return isinstance(other, Sequence) and len(other) == self._count and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]


class StoredIndex(Generic[V]):
    """A derived index (Glossary.index) read from the cache a bucket at a time (index_rows)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows
        self._buckets: int | None = None
        self._read: dict[int, dict[str, V]] = {}

    def get(self, key: str, /) -> V | None:
        if self._buckets is None:
            self._buckets = operator.index(self._rows.get("="))
        number = _bucket(key, self._buckets)
        group = self._read.get(number)
        if group is None:
            group = self._read[number] = self._rows.get(f"={number}") or {}
        return group.get(key)
