"""A per-user cache of compiled glossaries, so that a desk's 50,000 entries are parsed
and indexed once, not on every check.

The key is a hash of everything the compiled form depends on: each file's path as
given (entries quote it in messages) and the SHA-256 of its bytes, tqa's version,
Python's, FORMAT, and tqa's own source files (an edited checkout is a new version).
The cache lives in tqa's cache folder (tqa.cache_folder; TQA_CACHE_DIR=off turns it
off). It is never written next to the input, and written atomically (a temporary
file renamed into place).

A compiled glossary, and each index a check derives from it, is an SQLite file of
values by key (an entry by its position, a trie's forms by first word, the people of
a surname; some sixteen keys to a row): a check reads only the keys its text reaches, not the whole
glossary (#14: unpickling all of a 50,000-entry glossary was half of a check).

A cache is only ever a shortcut: a file that is missing, unreadable, truncated,
corrupt, of another format or written by someone else is ignored and the glossary
built again; a cache that cannot be written is skipped. Neither is an error. The
file's header (format, key) is checked when it is opened, each value carries a
checksum of its key and pickle, checked before it is unpickled, and the keys are
listed (Rows): a damaged value or a lost key is never read as a glossary's. A file
found damaged half-way through a check is answered by the glossary built again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqa import __version__
from tqa.cache_folder import cache_dir, trusted, write_cache_file

if TYPE_CHECKING:
    import sqlite3

FORMAT = 3  # raise when the stored values change shape (3: a trie's first words' forms, by bucket)
MAGIC = "tqa-glossary-cache"
KEEP = 64  # files kept (a glossary and the indexes derived from it); the least recently used beyond go
UNLISTED = "#"  # keys not in the list of keys (Rows)
_LISTING = "\0keys"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """tqa's own files (its source and its language data) as they are now: a development
    checkout changes without a new version. Each file's name, size, inode, modification
    and change times: an edit changes them (the change time cannot be set back, so a
    file copied over another with its times kept is seen too), and reading them is far
    cheaper than hashing every file's bytes on every check (#14)."""
    package = Path(__file__).resolve().parent.parent
    paths = []
    for folder, folders, files in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        paths += [os.path.join(folder, name) for name in files]
    digest = hashlib.sha256()
    for path in sorted(paths):
        try:
            status = os.stat(path)
            stamp = f"{status.st_size}:{status.st_ino}:{status.st_mtime_ns}:{status.st_ctime_ns}"
        except OSError:
            stamp = "gone"  # removed while listed: the name alone is then what is known
        digest.update(f"{os.path.relpath(path, package)}\0{stamp}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def cache_key(paths: Iterable[Path], max_bytes: int) -> tuple[str, tuple[str, ...]] | None:
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


def derived_key(key: str, name: str) -> str:
    """The key of an index derived from the glossary cached under `key`."""
    return hashlib.sha256(f"{key}|{name}".encode()).hexdigest()


def _file(key: str) -> Path | None:
    folder = cache_dir()
    return folder / f"glossary-{key}.sqlite" if folder is not None else None


class Rows:
    """The values stored under one key, unpickled as they are asked for. `rebuild` gives
    every row again (the glossary or index built anew), for a file found damaged.

    The keys are listed in one row read when the file is opened (but those that begin
    with UNLISTED, an entry's position: the glossary knows how many there are): a key
    not listed is answered without a query, and a listed key without its row, like a
    value whose digest (of its key and pickle) does not match, is a damaged file."""

    def __init__(self, path: Path, connection: sqlite3.Connection, rebuild: Callable[[], Mapping[str, bytes]]) -> None:
        self._path, self._connection, self._pid = path, connection, os.getpid()
        self._rebuild = rebuild
        self._rows: Mapping[str, bytes] | None = None  # the rows rebuilt, once the file failed
        listed = self._read(_LISTING)
        if not isinstance(listed, frozenset):
            raise ValueError("no list of keys")
        self._listed: frozenset[str] = listed

    def get(self, key: str) -> Any:
        """The value stored under `key`, or None."""
        if self._rows is None:
            if not key.startswith(UNLISTED) and key not in self._listed:
                return None
            try:
                return self._read(key)
            except Exception:  # noqa: BLE001  (damaged in any way: the rows are built again)
                self._rows = self._rebuild()
        payload = self._rows.get(key)
        return None if payload is None else pickle.loads(payload)

    def _read(self, key: str) -> Any:
        if self._pid != os.getpid():  # a forked worker: an SQLite connection is not shared across fork
            self._connection = _connect(self._path)
            self._pid = os.getpid()
        found = self._connection.execute("SELECT value, checksum FROM kv WHERE key = ?", (key,)).fetchone()
        if found is None:
            raise LookupError(f"no row {key!r}")
        if _checksum(key, found[0]) != found[1]:
            raise ValueError(f"damaged value {key!r}")
        return pickle.loads(found[0])


def _checksum(key: str, payload: bytes) -> int:
    """The CRC-32 of a row's key and value: damage, not forgery (trusted() keeps others'
    files out), so the cheapest check that sees a changed byte; a SHA-256 of each of a
    new glossary's 100,000 rows took a tenth of its first check (#14)."""
    return zlib.crc32(payload, zlib.crc32(key.encode("utf-8", "surrogatepass")))


def _connect(path: Path) -> sqlite3.Connection:
    import sqlite3

    # immutable: the file is only ever replaced whole (renamed over), never written in place
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def open_rows(key: str, rebuild: Callable[[], Mapping[str, bytes]]) -> Rows | None:
    """The rows cached under `key` if the file is there, this user's and of this format
    and key; else None."""
    path = _file(key)
    try:
        if path is None or not path.is_file() or not trusted(path):
            return None
        connection = _connect(path)
        found = connection.execute("SELECT value FROM meta WHERE name = 'header'").fetchone()
        if found is None or found[0] != f"{MAGIC} {FORMAT} {key}":
            connection.close()
            return None
        rows = Rows(path, connection, rebuild)
    except Exception:  # noqa: BLE001  (a cache may fail in any way; it is then rebuilt, never an error)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: _prune keeps it
    return rows


def store(key: str, rows: Iterable[tuple[str, bytes]]) -> bool:
    """Keep the rows (key, pickled value) under `key`, atomically; on any failure keep
    nothing (a full disk, a read-only home: no cache, no error). A row's key does not
    begin with NUL."""
    path = _file(key)
    if path is None:
        return False

    def fill(temporary: Path) -> None:
        import sqlite3

        with contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as connection:
            connection.execute("PRAGMA journal_mode = OFF")  # a temporary file: nobody reads it half-written
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("BEGIN")
            # Not WITHOUT ROWID: its search reads a 300 KB row whole to compare its key.
            connection.execute("CREATE TABLE kv (key TEXT PRIMARY KEY, value BLOB, checksum INTEGER)")
            listed: list[str] = []

            def sealed() -> Iterator[tuple[str, bytes, int]]:
                for row_key, payload in rows:
                    if not row_key.startswith(UNLISTED):
                        listed.append(row_key)
                    yield row_key, payload, _checksum(row_key, payload)

            connection.executemany("INSERT INTO kv VALUES (?, ?, ?)", sealed())
            listing = pickle.dumps(frozenset(listed), pickle.HIGHEST_PROTOCOL)
            connection.execute("INSERT INTO kv VALUES (?, ?, ?)", (_LISTING, listing, _checksum(_LISTING, listing)))
            connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            connection.execute("INSERT INTO meta VALUES ('header', ?)", (f"{MAGIC} {FORMAT} {key}",))
            connection.execute("COMMIT")

    if not write_cache_file(path, ".glossary-", fill):
        return False
    _prune(path.parent)
    return True


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used files. Other tqa runs (a batch's workers, a CI
    job beside an editor's run) prune the same folder: a file they removed between the
    listing and its date is no error (it failed the run as "glossary cannot be read")."""
    dated = []
    for path in folder.glob("glossary-*.sqlite"):
        with contextlib.suppress(OSError):
            dated.append((path.stat().st_mtime, path))
    for _, old in sorted(dated, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)
