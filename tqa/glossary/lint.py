"""`tqa glossary lint`: problems in glossary files that would make checks wrong or noisy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tqa.errors import GlossaryError, one_line
from tqa.glossary.arabic_forms import arabic_spellings_listed
from tqa.glossary.files import TABLE_COLUMNS, glossary_files_in, load_glossary_entries, unread_columns
from tqa.glossary.model import GlossaryEntry, english_tokens
from tqa.lang.ar import normalize
from tqa.lang.en import spelling_key
from tqa.text.directions import BEARINGS, parse_bearing


@dataclass(frozen=True)
class LintProblem:
    where: str
    message: str
    fix: str = ""
    fatal: bool = False  # tqa check refuses the glossary until it is fixed

    def __str__(self) -> str:
        # Forms and ids come from the file: a terminal escape in one is shown, not sent.
        return one_line(f"{self.where}: {self.message}" + (f" ({self.fix})" if self.fix else ""))


def lint_glossaries(paths: Sequence[Path]) -> list[LintProblem]:
    """Every problem across the files together (an id repeated across files is an override,
    not a duplicate). A folder stands for the glossary files in it, in name order."""

    problems: list[LintProblem] = []
    per_file = []
    for path in _glossary_files(paths, problems):
        # An invalid entry, or a file that cannot be read at all, is one problem of the
        # run, not the end of it: the other entries and files are still linted.
        errors: list[GlossaryError] = []
        try:
            per_file.append((path, load_glossary_entries(path, errors)))
            if not per_file[-1][1] and not errors:
                problems.append(LintProblem(f"{path}:1", "has no entries", "add entries, or drop the file from the desk's -g options"))
        except GlossaryError as error:
            errors.extend(error.problems)
        problems.extend(LintProblem(e.where or str(path), e.what, e.fix or "", fatal=True) for e in errors)
        for column in unread_columns(path):
            problems.append(
                LintProblem(
                    f"{path}:1",
                    f"column {column!r} is not read; tqa reads {', '.join(TABLE_COLUMNS)}",
                    "rename the column to one of those, or delete it",
                )
            )
    for _, entries in per_file:
        problems.extend(_duplicate_ids(entries))
    merged: dict[str, GlossaryEntry] = {}
    for _, entries in per_file:
        for entry in entries:
            if entry.id in merged:
                problems.extend(_forbidden_made_acceptable(merged[entry.id], entry))
            merged[entry.id] = entry
    entries = list(merged.values())
    problems.extend(_empty_fields(entries))
    problems.extend(_variant_is_another_preferred(entries))
    problems.extend(_shared_arabic_forms(entries))
    problems.extend(_form_listed_twice(entries))
    problems.extend(_bad_regions(entries))
    return sorted(problems, key=lambda p: _sort_key(p.where))


def _glossary_files(paths: Sequence[Path], problems: list[LintProblem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = glossary_files_in(path)
        if not found:
            problems.append(LintProblem(str(path), "is a folder with no .yaml, .csv, .tsv or .tbx file", "name glossary files", fatal=True))
        files.extend(found)
    return files


def _forbidden_made_acceptable(earlier: GlossaryEntry, later: GlossaryEntry) -> list[LintProblem]:
    """A later file (a desk's) that accepts a spelling an earlier one (the house's) forbids:
    the override is allowed, but an error silently becoming a warning must be seen."""
    accepted = {form.casefold(): form for form in (later.en, *later.variants, *([later.short] if later.short else []))}
    return [
        LintProblem(
            later.origin,
            f"{later.id}: {accepted[form.casefold()]!r} is forbidden at {earlier.origin} but accepted here",
            "delete it here, or from the forbidden forms there if the desk may write it",
        )
        for form in earlier.forbidden
        if form.casefold() in accepted
    ]


def _sort_key(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return (path, int(line)) if line.isdigit() else (where, 0)


def _duplicate_ids(entries: list[GlossaryEntry]) -> list[LintProblem]:
    seen: dict[str, GlossaryEntry] = {}
    problems = []
    for entry in entries:
        if entry.id in seen:
            problems.append(
                LintProblem(
                    entry.origin,
                    f"duplicate id {entry.id!r} (first at {seen[entry.id].origin})",
                    "merge the two entries, or give this one another id: only the later one is used",
                )
            )
        else:
            seen[entry.id] = entry
    return problems


def _empty_fields(entries: list[GlossaryEntry]) -> list[LintProblem]:
    problems = []
    for entry in entries:
        if not entry.ar:
            problems.append(
                LintProblem(
                    entry.origin,
                    f"{entry.id}: no Arabic form ('ar'), so the Arabic side cannot be checked",
                    "add the Arabic spelling under 'ar'",
                )
            )
        for field_name, forms in (("variants", entry.variants), ("forbidden", entry.forbidden)):
            # An Arabic spelling is a real value: the Arabic matcher reads it (tqa/glossary/arabic_forms.py).
            arabic = {form for form, _ in arabic_spellings_listed(entry)}
            if any(not english_tokens(f) and f not in arabic for f in forms):
                problems.append(LintProblem(entry.origin, f"{entry.id}: empty value in '{field_name}'", "delete the empty value"))
    return problems


def _variant_is_another_preferred(entries: list[GlossaryEntry]) -> list[LintProblem]:
    house: dict[tuple[str, ...], GlossaryEntry] = {}
    for entry in entries:
        for form in entry.house_forms:
            house.setdefault(english_tokens(form), entry)
    problems = []
    for entry in entries:
        for kind, forms in (("variant", entry.variants), ("forbidden form", entry.forbidden)):
            for form in forms:
                other = house.get(english_tokens(form))
                if other is not None and other.id != entry.id:
                    problems.append(
                        LintProblem(
                            entry.origin,
                            f"{entry.id}: {kind} {form!r} is the house form of {other.id} ({other.origin})",
                            "delete it from one of the two entries, or merge them if they name one thing",
                        )
                    )
    return problems


def _shared_arabic_forms(entries: list[GlossaryEntry]) -> list[LintProblem]:
    owners: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for entry in entries:
        for form in {normalize(" ".join(f.split())) for f in entry.ar}:
            owners[form].append(entry)
    problems = []
    for form, sharing in owners.items():
        for entry in sharing[1:]:
            problems.append(
                LintProblem(
                    entry.origin,
                    f"{entry.id}: Arabic form {form!r} normalises to the same text as {sharing[0].id}'s ({sharing[0].origin})",
                    "keep the form in one entry, or merge the two if they name one thing",
                )
            )
    return problems


def _form_listed_twice(entries: list[GlossaryEntry]) -> list[LintProblem]:
    problems = []
    for entry in entries:
        kinds: dict[str, str] = {}
        for kind, forms in (("house", entry.house_forms), ("variants", entry.variants), ("forbidden", entry.forbidden)):
            for form in forms:
                key = spelling_key(form)
                if key in kinds and kinds[key] != kind:
                    problems.append(
                        LintProblem(
                            entry.origin, f"{entry.id}: {form!r} is listed both as {kinds[key]} and {kind}", "keep it in one list"
                        )
                    )
                kinds.setdefault(key, kind)
    return problems


def _bad_regions(entries: list[GlossaryEntry]) -> list[LintProblem]:
    """`region` is a compass direction (M803 compares it with the article), for a place or organisation."""

    problems = []
    for entry in entries:
        if entry.region is None:
            continue
        if parse_bearing(entry.region) is None:
            problems.append(
                LintProblem(
                    entry.origin,
                    f"{entry.id}: region {entry.region!r} is not a compass direction; write one of {', '.join(BEARINGS)}",
                )
            )
        elif entry.type not in ("place", "organisation"):
            problems.append(
                LintProblem(
                    entry.origin,
                    f"{entry.id}: region is for places and organisations, not a {entry.type}",
                    "delete the region, or correct the type",
                )
            )
    return problems
