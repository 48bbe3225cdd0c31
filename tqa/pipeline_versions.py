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


def _file_name() -> str:
    """One file per Python environment, so that two virtual environments do not take turns."""
    # "2": the file keeps several search paths; the one-path files of earlier versions are apart.
    return f"dependency-versions-2-{hashlib.sha256(sys.prefix.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}.json"


@cache  # installed versions do not change while tqa runs
def dependency_versions() -> tuple[tuple[str, str], ...]:
    key = _search_path_key()
    folder = cache_dir()
    kept = _kept(folder / _file_name(), key) if folder is not None else None
    if kept is not None:
        return kept
    versions = _installed_versions()
    if folder is not None:
        _keep(folder / _file_name(), key, versions)
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


def _kept(path: Path, key: str) -> tuple[tuple[str, str], ...] | None:
    try:
        if not trusted(path):
            return None
        listed = _read(path)[key]
        versions = tuple((str(name), str(found)) for name, found in listed)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001  (missing, unreadable, damaged, another search path: read the versions again)
        return None
    return versions if tuple(name for name, _ in versions) == FINDING_DEPENDENCIES else None


def _read(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = data.get("kept") if isinstance(data, dict) else None
    return kept if isinstance(kept, dict) else {}


def _keep(path: Path, key: str, versions: tuple[tuple[str, str], ...]) -> None:
    """Write atomically; a read-only or full cache folder keeps nothing and is no error.
    The last few search paths are kept, newest last: `python -m tqa` (the current folder
    first on the path) and the `tqa` script (its own folder first) take turns otherwise."""
    try:
        kept = _read(path) if trusted(path) else {}
    except Exception:  # noqa: BLE001  (missing or damaged: start afresh)
        kept = {}
    kept.pop(key, None)
    kept[key] = versions
    text = json.dumps({"kept": dict(list(kept.items())[-KEEP:])})
    write_cache_file(path, ".versions-", lambda temporary: temporary.write_text(text, encoding="utf-8"))
