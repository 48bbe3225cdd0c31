"""Glossary files: tqa's YAML, CSV/TSV spreadsheets and TBX term bases.

Every problem names the file and line, so a desk editor can fix it in place.

A glossary comes from a desk, a spreadsheet export or a CAT tool: its size is
bounded (MAX_GLOSSARY_BYTES, MAX_ENTRIES, MAX_FORM_CHARS, MAX_NOTE_CHARS), YAML
scalars are read as text (a date, a yes or a 5,000-digit number as an id is its
text), aliases may not expand beyond MAX_YAML_NODES, and every field's type is
checked before it is used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import tqa.glossary.cache as glossary_cache
from tqa.collector import gc_paused
from tqa.errors import GlossaryError, TqaError, gather, named, shown
from tqa.glossary.entries import MAX_FORM_CHARS, bounded, collected, make_entry, split_forms
from tqa.glossary.model import Glossary, GlossaryEntry, GlossarySource, file_sha256
from tqa.glossary.table import entries_by_column
from tqa.glossary.tbx import entries_from_tbx
from tqa.glossary.yaml import load_yaml
from tqa.readers import BILINGUAL_FORMATS, BINARY_FORMATS, READERS_BY_SUFFIX

MAX_GLOSSARY_BYTES = 10_000_000  # per file; the house glossary is 40 KB
MAX_ENTRIES = 100_000  # per file
MAX_YAML_NODES = 2_000_000  # values in a YAML file with its aliases expanded (a billion laughs is 10^9)


def load_glossaries(paths: Sequence[Path]) -> Glossary:
    """Load and combine glossaries; a later file's entry replaces an earlier one with the same id.
    The compiled result is cached by the files' hashes (tqa/glossary/cache.py)."""
    key = glossary_cache.cache_key(paths, MAX_GLOSSARY_BYTES) if paths else None
    if key is not None:
        cached = _cached(paths, key)
        if cached is not None:
            return cached
    # Parsing, compiling and caching allocate millions of objects that live as long as
    # the glossary: the collector would scan them several times over (FormTrie.packed).
    with gc_paused():
        return _compiled(paths, key)


def _cached(paths: Sequence[Path], key: tuple[str, tuple[str, ...]]) -> Glossary | None:
    """The glossary cached under `key`, read as the checks ask; None when it is not there."""

    def rebuild() -> dict[str, bytes]:  # the file found damaged half-way through a check: compiled and cached again
        with gc_paused():
            rows = _compiled(paths, None, key[1]).rows()
        glossary_cache.store(key[0], rows.items())
        return rows

    rows = glossary_cache.open_rows(key[0], rebuild)
    try:
        return Glossary.stored(rows, key[0]) if rows is not None else None
    except Exception:  # noqa: BLE001  (not a glossary's rows: it is compiled again, and the cache rewritten)
        return None


def _compiled(paths: Sequence[Path], key: tuple[str, tuple[str, ...]] | None, hashes: tuple[str, ...] = ()) -> Glossary:
    """The glossary compiled from its files, and cached under `key` if it has one. `hashes`:
    the files' as they were when a cached copy was read, that it must match."""
    entries: list[GlossaryEntry] = []
    sources: list[GlossarySource] = []
    for path in paths:
        entries.extend(load_glossary_entries(path))
        sources.append(GlossarySource(str(path), file_sha256(path)))
    if hashes and hashes != tuple(s.sha256 for s in sources):
        raise GlossaryError("changed while it was being read", where=str(paths[-1]), fix="run the check again")
    glossary = Glossary(entries, sources)
    if key and key[1] == tuple(s.sha256 for s in sources):  # not changed while it was read
        glossary_cache.store(key[0], glossary.rows().items())
        glossary.cache_key = key[0]
    return glossary


def load_glossary_entries(path: Path, problems: list[GlossaryError] | None = None) -> list[GlossaryEntry]:
    """The file's entries. An invalid entry is an error; with `problems` (glossary lint),
    it is added there and the other entries are read on, so that one run names them all.
    A file that cannot be read as a whole is an error either way."""
    text = _read(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        entries = _entries_from_table(path, text, "\t" if suffix == ".tsv" else ",", problems)
    elif suffix == ".tbx":
        entries = entries_from_tbx(path, text, problems)
    elif suffix not in GLOSSARY_SUFFIXES and _is_article_suffix(suffix):
        # `-g article.ar.md` (an argument misplaced) would read as broken YAML.
        raise GlossaryError(
            f"is an article ({suffix}), not a glossary",
            where=str(path),
            fix="name the articles first and a .yaml, .csv, .tsv or .tbx glossary after -g",
        )
    else:
        entries = _entries_from_yaml(path, text, problems)
    if len(entries) > MAX_ENTRIES:
        raise GlossaryError(f"has {len(entries):,} entries, more than {MAX_ENTRIES:,}", where=str(path), fix="split the glossary")
    return entries


GLOSSARY_SUFFIXES = (".yaml", ".yml", ".csv", ".tsv", ".tbx")

def _is_article_suffix(suffix: str) -> bool:
    return suffix in READERS_BY_SUFFIX or suffix in BINARY_FORMATS or suffix in BILINGUAL_FORMATS


def _read(path: Path) -> str:
    if path.is_dir():
        raise GlossaryError("is a folder, not a glossary file", where=str(path), fix=_files_in(path))
    if path.exists() and not path.is_file():
        # A FIFO blocks the reader forever, a device (/dev/zero) never ends.
        raise GlossaryError("is not a regular file (a pipe, device or socket)", where=str(path), fix="save the glossary to a file")
    if not path.is_file():
        raise GlossaryError("glossary file not found", where=str(path), fix="check the glossary's path")
    try:
        size = path.stat().st_size
        if size > MAX_GLOSSARY_BYTES:
            raise GlossaryError(
                f"is {size:,} bytes, more than the {MAX_GLOSSARY_BYTES:,} a glossary may have",
                where=str(path),
                fix="split the glossary",
            )
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError("is not valid UTF-8", where=str(path), fix="save the glossary as UTF-8") from None
    except OSError as error:
        raise GlossaryError(
            f"cannot be read: {error.strerror or type(error).__name__}", where=str(path), fix="check the file"
        ) from None


def glossary_files_in(folder: Path) -> list[Path]:
    """The glossary files in a folder (.yaml, .csv, .tsv, .tbx), in name order."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in GLOSSARY_SUFFIXES and p.is_file())


def _files_in(folder: Path) -> str:
    """How to give a folder's glossaries: each file with its own --glossary, in the order
    that says which wins (README, 'Glossary format'); a folder's order would be a guess."""
    fix = "give each glossary file with its own --glossary (-g), the one that should win last"
    try:
        names = [p.name for p in glossary_files_in(folder)]
    except OSError:
        return fix
    shown = " ".join(f"-g {folder / name}" for name in names[:4]) + (" …" if len(names) > 4 else "")
    return f"{fix}: {shown}" if names else f"{fix}; it holds no .yaml, .csv, .tsv or .tbx file"


def _entries_from_yaml(path: Path, text: str, problems: list[GlossaryError] | None) -> list[GlossaryEntry]:
    import yaml  # PyYAML only when a YAML glossary is read (not for a cached one, nor a CSV file)

    try:
        data = load_yaml(text, MAX_YAML_NODES)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or "not valid YAML"
        context, opened = getattr(error, "context", None), getattr(error, "context_mark", None)
        if context and opened and mark and opened.line != mark.line:
            # An unclosed [ or { is seen a line later: say where it was opened.
            problem += f" ({context} begun on line {opened.line + 1})"
        raise GlossaryError(f"not valid YAML: {problem}", where=where, fix="fix the YAML syntax") from None
    except RecursionError:
        raise GlossaryError("not valid YAML: nested too deeply", where=str(path), fix="write entries as a flat list") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GlossaryError("has no 'entries:' list", where=f"{path}:1", fix="see README, 'Glossary format'")
    made = (collected(problems, _entry_from_mapping, item, path, number) for number, item in enumerate(data["entries"], 1))
    return [entry for entry in made if entry is not None]


def _as_forms(value: Any, field_name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GlossaryError(
            f"'{field_name}' must be a text or a list of texts, not {shown(value)}", where=where, fix="write e.g. [Tartous]"
        )
    return tuple(bounded(v, field_name, where, MAX_FORM_CHARS) for v in value if v.strip())


def _entry_from_mapping(item: Any, path: Path, number: int) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise GlossaryError(
            f"entry {number} is {shown(item)}, not a mapping", where=str(path), fix="write each entry as '- id: ...'"
        )
    line = item.get("__line__")
    where = f"{path}:{line}" if isinstance(line, int) else f"{path}:entry {number}"
    found: list[TqaError] = []  # every problem of the entry is named, not the first alone (make_entry)
    unknown = sorted(named(k) for k in item if k not in _YAML_FIELDS)
    if unknown:
        found.append(GlossaryError(f"unknown field(s) {', '.join(unknown[:5])}", where=where, fix="see README, 'Glossary format'"))
    ar, variants, forbidden = (gather(found, _as_forms, item.get(name), name, where) or () for name in ("ar", "variants", "forbidden"))
    return make_entry(
        where,
        entry_id=item.get("id"),
        entry_type=item.get("type", "term"),
        en=item.get("en"),
        ar=ar,
        variants=variants,
        forbidden=forbidden,
        short=item.get("short"),
        note=item.get("note"),
        region=item.get("region"),
        errors=found,
    )


_YAML_FIELDS = frozenset({"__line__", "id", "type", "en", "ar", "variants", "forbidden", "short", "note", "region"})


TABLE_COLUMNS = ("id", "type", "en", "ar", "variants", "forbidden", "short", "note", "region")


def unread_columns(path: Path) -> list[str]:
    """Columns of a CSV/TSV glossary that tqa does not read (a misspelt 'arabic' for
    'ar' would otherwise be ignored in silence)."""
    if path.suffix.lower() not in (".csv", ".tsv") or not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", errors="replace") as stream:
        first_line = stream.readline(65536)
    header = next(csv.reader([first_line], delimiter="\t" if path.suffix.lower() == ".tsv" else ","), [])
    return [h.strip() for h in header if h.strip() and h.strip().lower() not in TABLE_COLUMNS]


def unread_column_notes(paths: Sequence[Path]) -> list[str]:
    """One line for each column of a CSV/TSV glossary that tqa does not read: a check says
    so (a misnamed 'arabic' column leaves every entry without its Arabic forms)."""
    return [
        f"{path}:1: column {column!r} is not read (tqa reads {', '.join(TABLE_COLUMNS)}); rename or delete it"
        for path in paths
        for column in unread_columns(path)
    ]


def _entries_from_table(path: Path, text: str, delimiter: str, problems: list[GlossaryError] | None) -> list[GlossaryEntry]:
    by_column = entries_by_column(path, text, delimiter)  # a table with nothing to report, read faster (#14)
    if by_column is not None:
        return by_column
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    complete = 0
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "en" not in header:
            raise GlossaryError(
                "header row has no 'en' column", where=f"{path}:1", fix=f"use the columns {','.join(TABLE_COLUMNS)}"
            )
        # Each name's column; a name the header repeats is its last column (as a row read
        # into a dict by name would have it). Rows are read as lists, not as dicts by name:
        # a desk's 50,000 rows are read on every new glossary (#14).
        columns = {name: number for number, name in enumerate(header)}
        entries: list[GlossaryEntry] = []
        # Where an unreadable row is reported: after the line csv.DictReader counted, the
        # first line it read for its last row (blank lines it skipped then not counted).
        complete, first = reader.line_num, True
        for row in reader:
            complete, first = reader.line_num if first else complete, bool(row)
            if not row:
                continue  # a blank line
            entry = collected(problems, _entry_from_row, row, columns, f"{path}:{reader.line_num}")
            if entry is not None:
                entries.append(entry)
    except csv.Error as error:  # a field over csv.field_size_limit() (131,072 characters), a NUL
        # The row being read is the one after the last complete line.
        raise GlossaryError(
            f"not a valid table: {error}", where=f"{path}:{complete + 1}", fix="check the quoting of that row"
        ) from None
    return entries


def _entry_from_row(row: list[str], columns: dict[str, int], where: str) -> GlossaryEntry | None:
    """One row's entry, or None for an empty row. Cells beyond the header are not read;
    missing cells are None."""
    cells = {name: row[number].strip() for name, number in columns.items() if number < len(row)}  # each stripped once
    if not any(cells.values()):
        return None
    cell = cells.get
    return make_entry(
        where,
        entry_id=cell("id") or None,
        entry_type=cell("type") or "term",
        en=cell("en", ""),
        ar=split_forms(cell("ar")),
        variants=split_forms(cell("variants")),
        forbidden=split_forms(cell("forbidden")),
        short=cell("short") or None,
        note=cell("note") or None,
        region=cell("region") or None,
    )


def glossary_from_entries(entries: Iterable[GlossaryEntry]) -> Glossary:
    return Glossary(entries)
