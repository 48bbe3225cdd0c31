"""A per-user cache of compiled glossaries, so that a desk's 50,000 entries are parsed
and indexed once, not on every check.

The key is a hash of everything the compiled form depends on: each file's path as
given (entries quote it in messages) and the SHA-256 of its bytes, tqa's version,
Python's, FORMAT, and the source of tqa itself (an edited checkout is a new
version). The cache lives in tqa's cache folder (tqa.cache_folder; TQA_CACHE_DIR=off
turns it off). It is never written next to the input, and written atomically (a
temporary file renamed into place).

A cache is only ever a shortcut: a file that is missing, unreadable, truncated,
corrupt, of another format or written by someone else is ignored and the glossary
built again; a cache that cannot be written is skipped. Neither is an error.
Entries carry their header (format, key, SHA-256 of the payload), checked before
anything is unpickled, so a damaged file is never read as a glossary.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, Protocol, TypeVar

from tqa import __version__
from tqa.cache_folder import cache_dir, trusted, write_cache_file
from tqa.glossary.matcher import gc_paused

FORMAT = 1  # raise when the pickled classes change shape
MAGIC = b"tqa-glossary-cache"
KEEP = 64  # files kept (a glossary and the indexes derived from it); the least recently used beyond go

T = TypeVar("T")


class Compiled(Protocol):
    """What the derived indexes need of a glossary (tqa.glossary.Glossary)."""

    @property
    def cache_key(self) -> str | None: ...
    @property
    def entries(self) -> Sequence[object]: ...


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The SHA-256 of tqa's own source: a development checkout changes without a new version."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(paths: Sequence[Path], max_bytes: int) -> tuple[str, tuple[str, ...]] | None:
    """The key of these files as they are now, with each file's SHA-256; None when caching
    is off or a file cannot be hashed cheaply (missing, too big, unreadable): the normal
    load then reports it."""
    if cache_dir() is None:
        return None
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version_info[:3]}".encode())
    hashes = []
    try:
        digest.update(_code_fingerprint().encode())
        for path in paths:
            if not path.is_file() or path.stat().st_size > max_bytes:
                return None
            hashes.append(hashlib.sha256(path.read_bytes()).hexdigest())
            digest.update(b"\0" + str(path).encode("utf-8", "surrogateescape") + b"\0" + hashes[-1].encode())
    except (OSError, ValueError):
        return None
    return digest.hexdigest(), tuple(hashes)


def _file(key: str) -> Path | None:
    folder = cache_dir()
    return folder / f"glossary-{key}.pickle" if folder is not None else None


def load(key: str, kind: type[T], entries: Sequence[object] = ()) -> T | None:
    """The object cached under `key` if it is there, intact and a `kind`; else None.
    `entries`: the glossary's entries, for a value stored with them (store_derived)."""
    path = _file(key)
    try:
        if path is None or not path.is_file() or not trusted(path):
            return None
        data = path.read_bytes()
        header, _, payload = data.partition(b"\n")
        if header != b" ".join((MAGIC, str(FORMAT).encode(), key.encode(), hashlib.sha256(payload).hexdigest().encode())):
            return None
        with gc_paused():
            value = _Unpickler(io.BytesIO(payload), entries).load()
    except Exception:  # noqa: BLE001  (a cache may fail in any way; it is then rebuilt, never an error)
        return None
    if not isinstance(value, kind):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: _prune keeps it
    return value


def store(key: str, value: object, entries: Sequence[object] = ()) -> None:
    """Keep `value` under `key`, atomically; on any failure keep nothing. Objects of
    `entries` in it are stored as their positions (load puts the same objects back)."""
    path = _file(key)
    if path is None:
        return

    def fill(temporary: Path) -> None:
        buffer = io.BytesIO()
        with gc_paused():
            if entries:
                _Pickler(buffer, entries).dump(value)
            else:  # persistent_id would be asked about every object
                pickle.dump(value, buffer, pickle.HIGHEST_PROTOCOL)
        payload = buffer.getvalue()
        header = b" ".join((MAGIC, str(FORMAT).encode(), key.encode(), hashlib.sha256(payload).hexdigest().encode()))
        with temporary.open("wb") as stream:
            stream.write(header + b"\n")
            stream.write(payload)

    # A full disk, a read-only home, an unpicklable value: no cache, no error.
    if write_cache_file(path, ".glossary-", fill):
        _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used files. Other tqa runs (a batch's workers, a CI
    job beside an editor's run) prune the same folder: a file they removed between the
    listing and its date is no error (it failed the run as "glossary cannot be read")."""
    dated = []
    for path in folder.glob("glossary-*.pickle"):
        with contextlib.suppress(OSError):
            dated.append((path.stat().st_mtime, path))
    for _, old in sorted(dated, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


class _Pickler(pickle.Pickler):
    def __init__(self, stream: IO[bytes], entries: Sequence[object]) -> None:
        super().__init__(stream, pickle.HIGHEST_PROTOCOL)
        self._positions = {id(entry): number for number, entry in enumerate(entries)}

    def persistent_id(self, obj: object) -> int | None:
        return self._positions.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, stream: IO[bytes], entries: Sequence[object]) -> None:
        super().__init__(stream)
        self._entries = entries

    def persistent_load(self, pid: object) -> object:
        if not isinstance(pid, int) or not 0 <= pid < len(self._entries):
            raise pickle.UnpicklingError("no such entry")
        return self._entries[pid]


def _derived_key(glossary: Compiled, name: str) -> str | None:
    if glossary.cache_key is None:
        return None
    return hashlib.sha256(f"{glossary.cache_key}|{name}".encode()).hexdigest()


def load_derived(glossary: Compiled, name: str, kind: type[T]) -> T | None:
    """An index built from a cached glossary's entries (Glossary.derived), if it was kept."""
    key = _derived_key(glossary, name)
    return load(key, kind, glossary.entries) if key is not None else None


def store_derived(glossary: Compiled, name: str, value: object, refers_to_entries: bool = True) -> None:
    key = _derived_key(glossary, name)
    if key is not None:
        store(key, value, glossary.entries if refers_to_entries else ())
