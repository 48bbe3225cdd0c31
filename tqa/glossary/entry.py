"""A glossary's entries and what matching one in a text gives: plain data, with no
matcher, so that the people index (tqa.text.people) and the readers can use them
without importing the glossary model (which imports the people index)."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, fields
from itertools import repeat
from typing import Literal, Protocol, TypeVar

EntryType = Literal["person", "place", "organisation", "term"]
ENTRY_TYPES: tuple[str, ...] = ("person", "place", "organisation", "term")
FormKind = Literal["preferred", "short", "variant", "forbidden", "arabic"]
V_co = TypeVar("V_co", covariant=True)


class Lookup(Protocol[V_co]):
    """An index by key that a check derives from a glossary (Glossary.index): a dict, or
    a cached glossary's index read key by key."""

    def get(self, key: str, /) -> V_co | None: ...


@dataclass(frozen=True)
class GlossaryEntry:
    """One name or term of a house glossary: its preferred English form and the spellings it accepts or forbids."""

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

    @property
    def english_forms(self) -> tuple[str, ...]:
        """Every English spelling the entry lists, in the order the matchers index them."""
        return (*self.house_forms, *self.variants, *self.forbidden)



_FIELDS = tuple(f.name for f in fields(GlossaryEntry))


def entry_from_fields(row: Sequence[object]) -> GlossaryEntry:
    """The entry of these field values in declaration order, as a cached glossary stores
    them: the object GlossaryEntry(*row) makes (same fields, same order), without the
    frozen __init__'s one object.__setattr__ per field (a row of another length raises
    ValueError: the cache is then rebuilt). Every entry is made this way: a cached
    glossary's as a check asks for them (tqa/glossary/stored.py), where that __init__
    took about a tenth of a check that made all 50,000, and a new glossary's as its
    file is read (tqa/glossary/entries.py, #14)."""
    entry = object.__new__(GlossaryEntry)
    object.__setattr__(entry, "__dict__", dict(zip(_FIELDS, row, strict=True)))
    return entry


def entries_from_fields(rows: Sequence[Sequence[object]]) -> tuple[GlossaryEntry, ...]:
    """entry_from_fields of each row."""
    return tuple(map(entry_from_fields, rows))


def entries_of_columns(*columns: Sequence[object]) -> list[GlossaryEntry]:
    """The entries whose fields, in declaration order, are these columns' (of one length):
    entry_from_fields of each row, with no Python call per entry (a desk's table, #14)."""
    entries = list(map(object.__new__, repeat(GlossaryEntry, len(columns[0]))))
    fields = map(dict, map(zip, repeat(_FIELDS), zip(*columns, strict=True)))
    deque(map(object.__setattr__, entries, repeat("__dict__"), fields), maxlen=0)
    return entries


@dataclass(frozen=True)
class GlossaryMatch:
    """One glossary form found in a text: the entry, where, the words as written, the form and its kind."""

    entry: GlossaryEntry
    start: int
    end: int
    text: str
    form: str
    kind: FormKind


@dataclass(frozen=True)
class GlossarySource:
    """A glossary file as it was read: its path and the SHA-256 of its bytes, for the report's signature."""

    path: str
    sha256: str
