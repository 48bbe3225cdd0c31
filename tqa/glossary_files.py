"""Glossary files: tqa's YAML, CSV/TSV spreadsheets and TBX term bases.

Every problem names the file and line, so a desk editor can fix it in place.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tqa.errors import GlossaryError
from tqa.glossary import ENTRY_TYPES, Glossary, GlossaryEntry, GlossarySource, file_sha256


def load_glossaries(paths: Sequence[Path]) -> Glossary:
    """Load and combine glossaries; a later file's entry replaces an earlier one with the same id."""
    entries: list[GlossaryEntry] = []
    sources: list[GlossarySource] = []
    for path in paths:
        entries.extend(load_glossary_entries(path))
        sources.append(GlossarySource(str(path), file_sha256(path)))
    return Glossary(entries, sources)


def load_glossary_entries(path: Path) -> list[GlossaryEntry]:
    if not path.is_file():
        raise GlossaryError("glossary file not found", where=str(path), fix="check the --glossary path")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError("is not valid UTF-8", where=str(path), fix="save the glossary as UTF-8") from None
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _entries_from_table(path, text, "\t" if suffix == ".tsv" else ",")
    if suffix == ".tbx":
        from tqa.glossary_tbx import entries_from_tbx

        return entries_from_tbx(path, text)
    return _entries_from_yaml(path, text)


def _entries_from_yaml(path: Path, text: str) -> list[GlossaryEntry]:
    import yaml

    class LineLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
        mapping = loader.construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping  # type: ignore[return-value]

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    try:
        data = yaml.load(text, Loader=LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise GlossaryError(f"not valid YAML: {problem}", where=where, fix="fix the YAML syntax") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GlossaryError("has no 'entries:' list", where=f"{path}:1", fix="see README, 'Glossary format'")
    return [_entry_from_mapping(item, path) for item in data["entries"]]


def _as_forms(value: Any, field_name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise GlossaryError(f"'{field_name}' must be a text or a list of texts", where=where, fix="write e.g. [Tartous]")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _entry_from_mapping(item: Any, path: Path) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise GlossaryError("an entry is not a mapping", where=str(path), fix="write each entry as '- id: ...'")
    where = f"{path}:{item.get('__line__', '?')}"
    unknown = set(item) - {"__line__", "id", "type", "en", "ar", "variants", "forbidden", "short", "note", "region"}
    if unknown:
        raise GlossaryError(f"unknown field(s) {', '.join(sorted(unknown))}", where=where, fix="see README, 'Glossary format'")
    return make_entry(
        where,
        entry_id=item.get("id"),
        entry_type=item.get("type", "term"),
        en=item.get("en"),
        ar=_as_forms(item.get("ar"), "ar", where),
        variants=_as_forms(item.get("variants"), "variants", where),
        forbidden=_as_forms(item.get("forbidden"), "forbidden", where),
        short=item.get("short"),
        note=item.get("note"),
        region=item.get("region"),
    )


def make_entry(
    where: str,
    *,
    entry_id: Any,
    entry_type: Any,
    en: Any,
    ar: tuple[str, ...],
    variants: tuple[str, ...] = (),
    forbidden: tuple[str, ...] = (),
    short: Any = None,
    note: Any = None,
    region: Any = None,
) -> GlossaryEntry:
    """Validate one entry's fields, whatever file format they came from."""
    if not isinstance(en, str) or not en.strip():
        raise GlossaryError("entry has no English form 'en'", where=where, fix="add the preferred English spelling")
    if entry_id is None or not str(entry_id).strip():
        entry_id = "-".join(en.lower().replace("'", "").split())
    if str(entry_type) not in ENTRY_TYPES:
        raise GlossaryError(
            f"unknown type {entry_type!r}", where=where, fix=f"use one of {', '.join(ENTRY_TYPES)}"
        )
    if short is not None and (not isinstance(short, str) or not short.strip()):
        raise GlossaryError("'short' must be a text", where=where, fix="write e.g. short: al-Sharaa")
    return GlossaryEntry(
        id=str(entry_id).strip(),
        type=str(entry_type),
        en=en.strip(),
        ar=ar,
        variants=variants,
        forbidden=forbidden,
        short=short.strip() if isinstance(short, str) else None,
        note=str(note).strip() if note else None,
        origin=where,
        region=(str(region).strip() or None) if region is not None else None,  # `glossary lint` checks the value
    )


TABLE_COLUMNS = ("id", "type", "en", "ar", "variants", "forbidden", "short", "note", "region")


def unread_columns(path: Path) -> list[str]:
    """Columns of a CSV/TSV glossary that tqa does not read (a misspelt 'arabic' for
    'ar' would otherwise be ignored in silence)."""
    if path.suffix.lower() not in (".csv", ".tsv") or not path.is_file():
        return []
    first_line = path.read_text(encoding="utf-8-sig", errors="replace").partition("\n")[0]
    header = next(csv.reader([first_line], delimiter="\t" if path.suffix.lower() == ".tsv" else ","), [])
    return [h.strip() for h in header if h.strip() and h.strip().lower() not in TABLE_COLUMNS]


def _split_cell(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _entries_from_table(path: Path, text: str, delimiter: str) -> list[GlossaryEntry]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "en" not in header:
        raise GlossaryError(
            "header row has no 'en' column", where=f"{path}:1", fix=f"use the columns {','.join(TABLE_COLUMNS)}"
        )
    reader.fieldnames = header
    entries = []
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue
        entries.append(
            make_entry(
                where,
                entry_id=(row.get("id") or "").strip() or None,
                entry_type=(row.get("type") or "term").strip() or "term",
                en=(row.get("en") or "").strip(),
                ar=_split_cell(row.get("ar")),
                variants=_split_cell(row.get("variants")),
                forbidden=_split_cell(row.get("forbidden")),
                short=(row.get("short") or "").strip() or None,
                note=(row.get("note") or "").strip() or None,
                region=(row.get("region") or "").strip() or None,
            )
        )
    return entries


def glossary_from_entries(entries: Iterable[GlossaryEntry]) -> Glossary:
    return Glossary(entries)
