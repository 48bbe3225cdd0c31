"""What a batch checks: folders, globs and files paired into articles by name, or a
manifest CSV. Only names are read here (and the first bytes of a folder's HTML pages,
to leave out tqa's own reports); the files themselves are read by the workers."""

from __future__ import annotations

import csv
import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from tqa import patterns
from tqa.config import require_direction
from tqa.errors import InputError
from tqa.readers import BILINGUAL_FORMATS, BINARY_FORMATS, READERS_BY_SUFFIX, load_text
from tqa.readers.files import is_report_file

# `slug.ar.md` pairs with `slug.en.html`: the language tag is the second suffix.
_TAGGED = patterns.compile(r"^(?P<slug>.+)\.(?P<lang>ar|en)$", re.IGNORECASE)
# Files in a folder that are no article (a folder of articles often holds these too).
_NOT_ARTICLES = patterns.compile(r"^(readme|license|licence|changelog|notice)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Job:
    """One article to check: a pair, one article alone, or one bilingual file."""

    key: str  # unique in the batch; names the article's report files
    paths: tuple[str, ...]  # one or two files (more only with a problem)
    direction: str | None = None  # a manifest row's own direction, else the batch's
    desk: str = ""
    # Why the article cannot be checked as named (two Arabic files for one slug): the
    # worker records it as unreadable with this line, and the rest of the batch goes on.
    problem: str = ""

    @property
    def mode(self) -> str:
        if len(self.paths) >= 2:
            return "pair"
        return "bilingual" if Path(self.paths[0]).suffix.lower() in BILINGUAL_FORMATS else "single"


def article_suffixes() -> frozenset[str]:
    return frozenset((*READERS_BY_SUFFIX, *BINARY_FORMATS, *BILINGUAL_FORMATS))


def expand(arguments: Iterable[str], exclude: Path | None = None) -> list[Path]:
    """Every article file the arguments name: a folder (searched recursively, article
    formats only), a glob pattern, or a file. Order is sorted, so runs are reproducible.
    A folder's files inside `exclude` (the output folder), and tqa reports anywhere in
    it, are left out: last run's reports are no articles. The output folder cannot be
    a folder being checked: its reports would sit among the articles."""
    suffixes = article_suffixes()
    found: dict[Path, None] = {}
    skip = exclude.resolve() if exclude is not None else None
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files = _articles_in(path, argument, skip, suffixes)
        elif path.is_file():
            files = [path]
        elif glob.has_magic(argument):
            files = sorted(Path(p) for p in glob.glob(argument, recursive=True) if Path(p).is_file())
            if not files:
                raise InputError(
                    "the pattern matches no file", where=argument, fix="check the pattern (quote it so the shell keeps it)"
                )
        else:
            raise InputError("file not found", where=argument, fix="check the path")
        found.update((p, None) for p in files)
    return list(found)


def _articles_in(path: Path, argument: str, skip: Path | None, suffixes: frozenset[str]) -> list[Path]:
    """A folder's article files, recursively, in sorted order (see `expand`)."""
    if skip is not None and path.resolve() == skip:
        raise InputError(
            "is both a folder being checked and the output folder", where=argument, fix="write the reports to another folder: --out REPORTS"
        )
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not _NOT_ARTICLES.match(p.name)
        and not (skip is not None and p.resolve().is_relative_to(skip))
        and not (p.suffix.lower() in (".html", ".htm") and is_report_file(p))
    )
    if not files:
        raise InputError("holds no article file", where=argument, fix=f"put {', '.join(sorted(suffixes))} files in it")
    return files


def pair_files(files: list[Path]) -> tuple[Job, ...]:
    """`slug.ar.*` with `slug.en.*` in one folder; any other file is an article alone
    (or a bilingual file). Two Arabic files for one slug cannot be paired (which one is
    a guess): that article fails with the reason, and the others are still checked."""
    groups: dict[tuple[Path, str], dict[str, list[Path]]] = {}
    alone: list[Path] = []
    for path in files:
        tagged = _TAGGED.match(path.stem)
        if tagged is None or path.suffix.lower() in {".xlf", ".xliff", ".sdlxliff", ".mxliff", ".tmx"}:
            alone.append(path)
            continue
        groups.setdefault((path.parent, tagged["slug"]), {}).setdefault(tagged["lang"].lower(), []).append(path)
    units = [(slug, _group_paths(group)) for (_, slug), group in groups.items()]
    units += [(path.stem, (str(path),)) for path in alone]
    problems = {_group_paths(group): _two_files(group) for group in groups.values()}
    return tuple(replace(job, problem=problems.get(job.paths, "")) for job in _with_unique_keys(units))


def _group_paths(group: dict[str, list[Path]]) -> tuple[str, ...]:
    return tuple(str(p) for lang in ("ar", "en") for p in group.get(lang, ()))


def _two_files(group: dict[str, list[Path]]) -> str:
    """The one line that says why a slug with two files in one language is not checked."""
    for lang, paths in group.items():
        if len(paths) > 1:
            error = InputError(
                f"two {lang} files for one article: {paths[0].name} and {paths[1].name}",
                where=str(paths[0].parent),
                fix="give one file per language",
            )
            return str(error)
    return ""


def _with_unique_keys(units: list[tuple[str, tuple[str, ...]]]) -> tuple[Job, ...]:
    """Keys are file-name safe and unique: a slug used in two folders gets its folder's
    name, and two files of one folder that share a slug (brief.xliff, brief.tmx) their
    format: brief-xliff, brief-tmx; a number is the last resort."""
    counts: dict[str, int] = {}
    for slug, _ in units:
        counts[_safe(slug)] = counts.get(_safe(slug), 0) + 1
    folders: dict[str, set[Path]] = {}
    for slug, paths in units:
        folders.setdefault(_safe(slug), set()).add(Path(paths[0]).parent)
    jobs: list[Job] = []
    taken: set[str] = set()
    for slug, paths in sorted(units, key=lambda u: u[1]):
        key = _safe(slug)
        if counts[key] > 1:
            first = Path(paths[0])
            one_folder = len(folders[key]) == 1 and len(paths) == 1
            key = _safe(f"{slug}-{first.suffix.lstrip('.')}") if one_folder else _safe(f"{first.parent.name}-{slug}")
        base, n = key, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        jobs.append(Job(key, paths))
    return tuple(jobs)


def _safe(text: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip(".-")
    return cleaned[:80] or "article"


MANIFEST_COLUMNS = ("ar", "en", "direction", "desk")


def read_manifest(path: Path) -> tuple[Job, ...]:
    """A CSV with the columns ar,en,direction,desk: one article per row; a row may leave
    one of ar and en empty (one article alone). Relative paths are read from the manifest's folder."""

    rows = list(csv.DictReader(load_text(path).splitlines()))
    header = set(rows[0]) if rows else set()
    if not rows or not {"ar", "en"} <= header:
        raise InputError(
            "is not a manifest: no rows, or no ar and en columns",
            where=str(path),
            fix=f"write a header {','.join(MANIFEST_COLUMNS)}",
        )
    units: list[tuple[str, tuple[str, ...], str | None, str]] = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}, line {number}"
        paths = tuple(str(_resolve(path.parent, row[c].strip())) for c in ("ar", "en") if (row.get(c) or "").strip())
        if not paths:
            raise InputError("names no article", where=where, fix="fill the ar or the en column")
        direction = (row.get("direction") or "").strip() or None
        if direction is not None:
            require_direction(direction, "direction", where, fix="write ar-en or en-ar")
        slug = _TAGGED.sub(r"\g<slug>", Path(paths[0]).stem)
        units.append((slug, paths, direction, (row.get("desk") or "").strip()))
    keyed = _with_unique_keys([(slug, paths) for slug, paths, _, _ in units])
    extra = {paths: (direction, desk) for _, paths, direction, desk in units}
    return tuple(Job(job.key, job.paths, *extra[job.paths]) for job in keyed)


def _resolve(folder: Path, name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else folder / path
