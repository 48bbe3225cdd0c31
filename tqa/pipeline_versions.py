"""The versions of the libraries that decide findings, for the report's signature.

importlib.metadata costs 0.02 s of imports (email, zipfile, csv) on every check, to
read versions that change only when something is installed (issue 14). They are kept
in one small JSON file per Python environment in tqa's cache folder (tqa.cache_folder), with the
search path they were read from and each of its folders' modification times: a
package installed, upgraded or removed changes its folder's time, and the versions
are read again. Any problem with the file means reading them again, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from contextlib import suppress
from functools import cache
from pathlib import Path

from tqa.cache_folder import cache_dir, trusted, write_cache_file

# The libraries whose behaviour decides findings: segmentation, language detection, the
# aligner's arithmetic, reading HTML, DOCX, XML and legacy encodings, reference scores.
FINDING_DEPENDENCIES = (
    "sentencex",
    "langdetect",
    "numpy",
    "trafilatura",
    "python-docx",
    "lxml",
    "charset-normalizer",
    "sacrebleu",
)
KEEP = 8  # search paths kept in the file
KEPT, LISTED = "kept", "listed"  # its tables: by the path's folders and their times; by their metadata folders


def _file_name() -> str:
    """One file per Python environment, so that two virtual environments do not take turns."""
    # "2": the file keeps several search paths; the one-path files of earlier versions are apart.
    return f"dependency-versions-2-{hashlib.sha256(sys.prefix.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}.json"


@cache  # installed versions do not change while tqa runs
def dependency_versions() -> tuple[tuple[str, str], ...]:
    key = _search_path_key()
    folder = cache_dir()
    path = folder / _file_name() if folder is not None else None
    kept = _kept(path, key) if path is not None else None
    if kept is not None:
        return kept
    # A folder's time changes with any file written there (`python -m tqa` puts the current
    # folder on the path): the metadata folders it lists, asked second, are what matters (#14).
    listed = _metadata_folders_key()
    versions = (_kept(path, listed, LISTED) if path is not None else None) or _installed_versions()
    if path is not None:
        _keep(path, key, versions, listed)
    return versions


def _installed_versions() -> tuple[tuple[str, str], ...]:
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "none"

    return tuple((name, installed(name)) for name in FINDING_DEPENDENCIES)


def _search_path_key() -> str:
    """Where importlib.metadata would look, as it is now: each sys.path entry and its time."""
    digest = hashlib.sha256(repr(FINDING_DEPENDENCIES).encode())
    for entry in sys.path:
        try:
            stamp = os.stat(entry or ".").st_mtime_ns
        except (OSError, ValueError):
            stamp = -1
        digest.update(f"\0{entry}\0{stamp}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _metadata_folders_key() -> str:
    """Where importlib.metadata would look, by what it would find: each sys.path entry's
    *.dist-info and *.egg-info folders (a version is in a dist-info's name), or the time of
    an entry that is no folder. An install, upgrade or removal changes it; a report written
    in the current folder does not."""
    digest = hashlib.sha256(repr(FINDING_DEPENDENCIES).encode())
    for entry in sys.path:
        try:
            names = [n for n in os.listdir(entry or ".") if n.lower().endswith((".dist-info", "egg-info"))]
            stamp = "\0".join(sorted(names))
        except (OSError, ValueError):
            stamp = "-"
            with suppress(OSError, ValueError):
                stamp = str(os.stat(entry or ".").st_mtime_ns)
        digest.update(f"\0{entry}\0{stamp}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _kept(path: Path, key: str, table: str = KEPT) -> tuple[tuple[str, str], ...] | None:
    try:
        if not trusted(path):
            return None
        listed = _read(path, table)[key]
        versions = tuple((str(name), str(found)) for name, found in listed)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001  (missing, unreadable, damaged, another search path: read the versions again)
        return None
    return versions if tuple(name for name, _ in versions) == FINDING_DEPENDENCIES else None


def _read(path: Path, table: str = KEPT) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = data.get(table) if isinstance(data, dict) else None
    return kept if isinstance(kept, dict) else {}


def _keep(path: Path, key: str, versions: tuple[tuple[str, str], ...], listed: str | None = None) -> None:
    """Write atomically; a read-only or full cache folder keeps nothing and is no error.
    The last few search paths are kept, newest last: `python -m tqa` (the current folder
    first on the path) and the `tqa` script (its own folder first) take turns otherwise."""
    tables: dict[str, dict[str, object]] = {}
    for table, new_key in ((KEPT, key), (LISTED, listed)):
        try:
            tables[table] = _read(path, table) if trusted(path) else {}
        except Exception:  # noqa: BLE001  (missing or damaged: start afresh)
            tables[table] = {}
        if new_key is not None:
            tables[table].pop(new_key, None)
            tables[table][new_key] = versions
    text = json.dumps({table: dict(list(kept.items())[-KEEP:]) for table, kept in tables.items()})
    write_cache_file(path, ".versions-", lambda temporary: temporary.write_text(text, encoding="utf-8"))
