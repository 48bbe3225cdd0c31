"""One glossary entry from its fields, validated the same way whatever file format
(YAML, CSV/TSV, TBX) they came from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tqa.errors import GlossaryError, TqaError, gather, raise_all, shown
from tqa.glossary.entry import entry_from_fields
from tqa.glossary.model import ENTRY_TYPES, GlossaryEntry

MAX_FORM_CHARS = 300  # one spelling of a name or term
MAX_NOTE_CHARS = 5_000


def split_forms(cell: str | None) -> tuple[str, ...]:
    """A table cell's forms: its parts between '|', stripped, the empty ones dropped."""
    if cell is not None and "|" not in cell:  # one form, the common cell
        return (cell.strip(),) if cell.strip() else ()
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def default_id(en: str) -> str:
    """The id of an entry that gives none: its English form, lower case, words joined by '-'."""
    return "-".join(en.lower().replace("'", "").split())


def bounded(value: str, field_name: str, where: str, limit: int) -> str:
    if len(value) > limit:
        raise GlossaryError(f"'{field_name}' is longer than {limit:,} characters", where=where, fix="shorten it")
    return value.strip()


def _optional_text(value: Any, field_name: str, where: str, limit: int) -> str | None:
    """A field that may be absent; when present it is a text (a number is read as its digits)."""
    if value is None:
        return None
    if type(value) is str and len(value) <= limit:  # the common case: a table's cell (50,000 rows, #14)
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 64:
        value = str(value)
    if not isinstance(value, str):
        raise GlossaryError(
            f"'{field_name}' must be a text, not {shown(value)}", where=where, fix=f"write {field_name}: followed by text"
        )
    return bounded(value, field_name, where, limit) or None


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
    errors: Sequence[TqaError] = (),
) -> GlossaryEntry:
    """Validate one entry's fields, whatever file format they came from. Every problem of
    the entry is found (after `errors`, those its reader found) and raised together: an
    unknown field must not hide a misspelt type in the same entry."""
    found: list[TqaError] = list(errors)
    for name, forms in (("ar", ar), ("variants", variants), ("forbidden", forbidden)):
        for form in forms:
            if len(form) > MAX_FORM_CHARS:  # the test alone: 150,000 forms in a desk's glossary (#14)
                gather(found, bounded, form, name, where, MAX_FORM_CHARS)
    if short is not None and (not isinstance(short, str) or not short.strip()):
        found.append(GlossaryError("'short' must be a text", where=where, fix="write e.g. short: al-Sharaa"))
        short = None
    id_text = gather(found, _optional_text, entry_id, "id", where, MAX_FORM_CHARS)
    en_text = gather(found, _optional_text, en, "en", where, MAX_FORM_CHARS)
    short_text = gather(found, _optional_text, short, "short", where, MAX_FORM_CHARS)
    note_text = gather(found, _optional_text, note, "note", where, MAX_NOTE_CHARS)
    region_text = gather(found, _optional_text, region, "region", where, MAX_FORM_CHARS)  # `glossary lint` checks the value
    if en is None or (isinstance(en, str) and not en.strip()):
        found.append(GlossaryError("entry has no English form 'en'", where=where, fix="add the preferred English spelling"))
    type_text = gather(found, _entry_type, entry_type, where)
    raise_all(found)
    assert en_text is not None and type_text is not None  # else raised above
    # GlossaryEntry's fields in their order (origin: where)
    return entry_from_fields(
        (id_text or default_id(en_text), type_text, en_text, ar, variants, forbidden, short_text, note_text, where, region_text)
    )


def _entry_type(value: Any, where: str) -> str:
    type_text = _optional_text(value, "type", where, MAX_FORM_CHARS) or "term"
    if type_text not in ENTRY_TYPES:
        raise GlossaryError(f"unknown type {shown(type_text)}", where=where, fix=f"use one of {', '.join(ENTRY_TYPES)}")
    return type_text


def collected(
    problems: list[GlossaryError] | None, make: Callable[..., GlossaryEntry | None], *args: Any
) -> GlossaryEntry | None:
    """make(*args): one entry. An invalid one raises, or with `problems` (glossary lint,
    which names every problem in one run) is added there and gives None."""
    if problems is None:
        return make(*args)
    try:
        return make(*args)
    except GlossaryError as error:
        problems.extend(error.problems)  # every problem of the entry, each on its own line
        return None
