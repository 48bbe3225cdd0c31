"""langdetect's n-gram table, kept on disk so that a check does not parse its profiles.

Reading the 55 JSON profiles (2.3 MB, 184,129 counts) takes 0.05-0.1 s, in every check
that has one sentence langdetect must judge (issue 14). The first such check writes
each n-gram's row, computed as tqa.readers.langdetect_profiles computes it, into an
SQLite file in tqa's cache folder (tqa.cache_folder; TQA_CACHE_DIR=off
turns it off); later checks look up only the n-grams their sentences contain. A row
is stored sparse: the languages that have the n-gram and their probabilities as
8-byte floats, so every probability is the same float.

The file's name carries a hash of the profile folder (path, file names, sizes and
times): a new langdetect gets a new file. A file that is missing, someone else's,
damaged or of another format is not used; a lookup that fails half-way goes back to
the profiles themselves. Neither is ever an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tqa.cache_folder import cache_dir, trusted, write_cache_file

if TYPE_CHECKING:
    import sqlite3  # imported where a store is opened: most checks never need one

FORMAT = 1
Profiles = list[tuple[dict[str, int], list[int]]]


def store_path(folder: str, files: list[str]) -> Path | None:
    """Where the table of the profiles in `folder` is kept, or None when caching is off."""
    cache = cache_dir()
    if cache is None:
        return None
    digest = hashlib.sha256(f"{FORMAT}\0{folder}".encode("utf-8", "surrogateescape"))
    try:
        for name in files:
            status = os.stat(os.path.join(folder, name))
            digest.update(f"\0{name}\0{status.st_size}\0{status.st_mtime_ns}".encode("utf-8", "surrogateescape"))
    except OSError:
        return None
    return cache / f"langdetect-{digest.hexdigest()[:32]}.sqlite"


class StoredTable(dict[str, list[float]]):
    """n-gram -> probability per language, read from the store as langdetect asks
    (`ngram in table`, then `table[ngram]`). `fallback` gives the table computed from
    the profiles, for when the store cannot answer."""

    def __init__(self, connection: sqlite3.Connection, width: int, fallback: Callable[[], dict[str, list[float]]]) -> None:
        super().__init__()
        self._connection = connection
        self._width = width
        self._fallback = fallback
        import sqlite3

        self._failures = (sqlite3.Error, struct.error, IndexError, TypeError)

    def __contains__(self, ngram: object) -> bool:
        if dict.__contains__(self, ngram):
            return True
        if not isinstance(ngram, str):
            return False
        try:
            found = self._connection.execute("SELECT row FROM ngrams WHERE ngram = ?", (ngram,)).fetchone()
            row = None if found is None else unpack(found[0], self._width)
        except self._failures:
            table = self._fallback()
            if ngram not in table:
                return False
            row = table[ngram]
        if row is None:
            return False
        self[ngram] = row
        return True

    def __missing__(self, ngram: str) -> list[float]:
        if ngram not in self:
            raise KeyError(ngram)
        return self[ngram]


def open_store(path: Path, fallback: Callable[[], dict[str, list[float]]]) -> tuple[list[str], StoredTable] | None:
    """The language list and the table kept at `path`, if it is there, this user's and whole."""
    import sqlite3

    try:
        if not trusted(path):
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
        names = json.loads(meta["langlist"])
        if meta.get("format") != str(FORMAT) or meta.get("complete") != "yes" or not all(isinstance(n, str) for n in names):
            connection.close()
            return None
    except Exception:  # noqa: BLE001  (missing, damaged, of another format: the profiles are read instead)
        return None
    return names, StoredTable(connection, len(names), fallback)


def sparse_rows(profiles: Profiles) -> dict[str, list[tuple[int, float]]]:
    """Each n-gram's languages and probabilities, with langdetect's arithmetic
    (detector_factory.add_profile): count / words of that length; an n-gram of another
    length is kept with no probability."""
    rows: dict[str, list[tuple[int, float]]] = {}
    for index, (freq, n_words) in enumerate(profiles):
        for ngram, count in freq.items():
            row = rows.setdefault(ngram, [])
            if 1 <= len(ngram) <= 3:
                row.append((index, 1.0 * count / n_words[len(ngram) - 1]))
    return rows


def pack(row: list[tuple[int, float]]) -> bytes:
    return struct.pack(f"<{len(row)}B{len(row)}d", *(i for i, _ in row), *(p for _, p in row))


def unpack(blob: bytes, width: int) -> list[float]:
    count = len(blob) // 9
    full = [0.0] * width
    for index, probability in zip(blob[:count], struct.unpack(f"<{count}d", blob[count:]), strict=True):
        full[index] = probability
    return full


def write_store(path: Path, names: list[str], profiles: Profiles) -> None:
    """Write the table atomically; a read-only or full cache folder keeps nothing and is no error."""
    import sqlite3

    def fill(temporary: Path) -> None:
        with contextlib.closing(sqlite3.connect(temporary)) as connection:
            connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
            connection.execute("CREATE TABLE ngrams (ngram TEXT PRIMARY KEY, row BLOB) WITHOUT ROWID")
            connection.executemany("INSERT INTO ngrams VALUES (?, ?)", ((g, pack(r)) for g, r in sparse_rows(profiles).items()))
            meta = {"format": str(FORMAT), "langlist": json.dumps(names), "complete": "yes"}
            connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            connection.commit()

    write_cache_file(path, ".langdetect-", fill)
