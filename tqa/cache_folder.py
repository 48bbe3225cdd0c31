"""tqa's cache folder and how its files are written and trusted: compiled glossaries
(tqa.glossary.cache), compiled regular expressions (tqa.patterns), the dependency
versions of the report's signature (tqa.pipeline_versions) and langdetect's n-gram
table (tqa.readers.langid_store).

The folder is $TQA_CACHE_DIR, else $XDG_CACHE_HOME/tqa, else ~/.cache/tqa;
TQA_CACHE_DIR=off turns every cache off. This module imports no other tqa module, so
that any module may keep something here (tqa.patterns is imported by nearly all).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

OFF = frozenset({"off", "0", "no", "false", "none"})


def cache_dir() -> Path | None:
    """Where tqa keeps its caches, or None when caching is off."""
    setting = os.environ.get("TQA_CACHE_DIR", "").strip()
    if setting.lower() in OFF:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    try:
        return (Path(base) if base else Path.home() / ".cache") / "tqa"
    except RuntimeError:  # no home directory to be found
        return None


def trusted(path: Path) -> bool:
    """A cache file is read only if it is this user's and nobody else may write it: some
    are unpickled (which runs code), and none should be someone else's word.
    Raises OSError when the file cannot be looked at (callers treat it as missing)."""
    status = path.stat()
    getuid = getattr(os, "getuid", None)
    return (getuid is None or status.st_uid == getuid()) and not status.st_mode & 0o022


def write_cache_file(path: Path, prefix: str, fill: Callable[[Path], object]) -> bool:
    """Write one of tqa's cache files atomically: `fill` writes a temporary file beside `path`
    (named PREFIX….tmp), which then replaces it. A cache is never worth an error: on any
    failure nothing is kept, the temporary file is removed, and the answer is False."""
    import tempfile  # only when a cache file is written: off the start-up of a check with warm caches (#14)

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=prefix, suffix=".tmp", delete=False) as stream:
            temporary = Path(stream.name)
        fill(temporary)
        os.replace(temporary, path)
        temporary = None
        return True
    except Exception:  # noqa: BLE001  (the caller runs on without its cache)
        return False
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
