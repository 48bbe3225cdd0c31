"""A CSV/TSV glossary read column by column, when nothing in it needs a message.

A desk's 50,000-row table is read on every new glossary (#14). Row by row
(tqa/glossary/files.py) each cell is stripped, checked and split in a call of its
own; here a column is stripped in one pass and checked with one max() or set, and
the entries are made as the row-by-row reading makes them. Any row that reading
would report (a line over MAX_FORM_CHARS, no 'en', an unknown type, an empty row,
a row short of the header, a row over several lines, a broken table) returns None:
the row-by-row reading then gives the same entries or the same message, file:line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

from tqa.glossary.entries import MAX_FORM_CHARS, MAX_NOTE_CHARS, default_id, split_forms
from tqa.glossary.entry import ENTRY_TYPES, GlossaryEntry, entries_of_columns

_TYPES = frozenset((*ENTRY_TYPES, ""))  # an empty type cell is a term


def entries_by_column(path: Path, text: str, delimiter: str) -> list[GlossaryEntry] | None:
    """The table's entries as files._entries_from_table reads them, or None when a row
    needs that reading (to make its message, or to count its lines)."""
    read = _rows_of_one_line(text, delimiter)
    if read is None:
        return None
    header, rows = read
    columns = {name: number for number, name in enumerate(header)}  # a repeated name: its last column
    table = list(zip(*rows, strict=False))  # as long as the shortest row, no shorter than the header
    empty = ("",) * len(rows)

    def stripped(name: str) -> list[str] | tuple[str, ...]:
        number = columns.get(name)
        return empty if number is None else list(map(str.strip, table[number]))

    en, ids, types = stripped("en"), stripped("id"), stripped("type")
    short, note, region = stripped("short"), stripped("note"), stripped("region")
    listed = [stripped("ar"), stripped("variants"), stripped("forbidden")]
    if not all(en) or not _TYPES.issuperset(types) or max(map(len, note)) > MAX_NOTE_CHARS:
        return None
    if max(max(map(len, column)) for column in (en, ids, short, region, *listed)) > MAX_FORM_CHARS:
        return None
    ar, variants, forbidden = map(_forms_of_cells, listed)
    count = len(rows)
    return entries_of_columns(
        ids if all(ids) else [i or default_id(e) for i, e in zip(ids, en, strict=True)],
        types if all(types) else [t or "term" for t in types],
        en,
        ar,
        variants,
        forbidden,
        _texts_or_none(short),
        _texts_or_none(note),
        list(map(f"{path}:".__add__, map(str, range(2, count + 2)))),
        _texts_or_none(region),
    )


def _texts_or_none(cells: Sequence[str]) -> Sequence[str | None]:
    """Each cell, None for an empty one."""
    if all(cells):
        return cells
    return [None] * len(cells) if not any(cells) else [c or None for c in cells]


def _forms_of_cells(cells: Sequence[str]) -> list[tuple[str, ...]]:
    """split_forms of each (stripped) cell of a column, without a call per cell (#14): a
    column none of whose parts between '|' is empty or has a space at an end is split as it is."""
    if not any(cells):
        return [()] * len(cells)
    parts = "|".join(filter(None, cells)).split("|")
    if "" in parts or list(map(str.strip, parts)) != parts:
        # A stripped cell without '|' is one form or none: split_forms only for the others.
        return [split_forms(c) if "|" in c else (c,) if c else () for c in cells]
    if all(cells):
        return list(map(tuple, map(str.split, cells, repeat("|"))))
    return [tuple(c.split("|")) if c else () for c in cells]


def _rows_of_one_line(text: str, delimiter: str) -> tuple[list[str], list[list[str]]] | None:
    """The header (stripped, lower-case) and the rows, when it has an 'en' column and each
    row is one line, none blank or short of the header: the row at position i is line i + 2."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if reader.line_num != 1:
            return None
        rows = list(reader)
    except csv.Error:
        return None
    if "en" not in header or not rows or reader.line_num != len(rows) + 1 or min(map(len, rows)) < len(header):
        return None
    return header, rows

