"""tqa's cache folder and how its files are written and trusted: compiled glossaries
(tqa.glossary.cache), compiled regular expressions (tqa.patterns), the compiled methods
of tqa's dataclasses (tqa.generated_code), the dependency versions of the report's
signature (tqa.pipeline_versions) and langdetect's n-gram table (tqa.readers.langid_store).

The folder is $TQA_CACHE_DIR, else $XDG_CACHE_HOME/tqa, else ~/.cache/tqa;
TQA_CACHE_DIR=off turns every cache off. This module imports no other tqa module, so
that any module may keep something here (tqa.patterns is imported by nearly all).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

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


class KeptTable(Generic[K, V]):
    """Compiled forms kept from one run to the next, in one marshal file per Python build:
    `kind`-HASH.marshal, HASH naming `build` (the exact Python and whatever else decides the
    compiled form). Read on first use; written when the process exits, only if this run
    compiled something new. The file starts with "tqa-KIND", the rest's length and its CRC-32
    (a check against damage, read at a hundredth of SHA-256's cost: the file is trusted only
    if it is this user's, `trusted`); one that is damaged or refused reads as empty. Past `keep` entries
    (sources edited many times over) the file keeps only what the last run used."""

    def __init__(self, kind: str, build: str, keep: int) -> None:
        self.kind, self.build, self.keep = kind, build, keep
        self.loaded: dict[K, V] | None = None
        self.used: dict[K, V] = {}
        self.added = False

    def file(self) -> Path | None:
        folder = cache_dir()
        if folder is None:
            return None
        return folder / f"{self.kind}-{hashlib.sha256(self.build.encode()).hexdigest()[:16]}.marshal"

    def table(self) -> dict[K, V]:
        if self.loaded is None:
            self.loaded = read_table(self.file(), self.kind)
        return self.loaded

    def add(self, key: K, value: V) -> None:
        if not self.added:
            self.added = True
            atexit.register(self.save)
        self.used[key] = value

    def save(self) -> None:
        path = self.file()
        if path is None or not self.added:
            return
        table = {**self.table(), **self.used}
        write_table(path, self.kind, table if len(table) <= self.keep else self.used)
        self.added = False


def read_table(path: Path | None, kind: str) -> dict[Any, Any]:
    """A KeptTable's file, or {} when it is missing, damaged or refused."""
    try:
        if path is None or not path.is_file() or not trusted(path):
            return {}
        header, _, payload = path.read_bytes().partition(b"\n")
        if header != _header(kind, payload):
            return {}
        table = marshal.loads(payload)
        return table if isinstance(table, dict) else {}
    except Exception:  # noqa: BLE001  (missing, unreadable, damaged: everything is compiled afresh)
        return {}


def write_table(path: Path, kind: str, table: dict[Any, Any]) -> None:
    payload = marshal.dumps(table)
    write_cache_file(path, f".{kind}-", lambda temporary: temporary.write_bytes(_header(kind, payload) + b"\n" + payload))


def _header(kind: str, payload: bytes) -> bytes:
    return f"tqa-{kind} {len(payload)} {zlib.crc32(payload):08x}".encode()
