"""The run store: an SQLite file (standard library) that remembers every batch run, every
article version checked (paths and content hash) under which signature, and its findings.

Each article is written in one transaction, so a run killed at any moment leaves the
store as it was after the last finished article; a re-run with the same signature skips
the articles whose content and reports are unchanged and reuses their stored results.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from tqa.batch.worker import OK, ArticleResult
from tqa.errors import OutputError

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, signature TEXT NOT NULL, out TEXT NOT NULL,
    planned INTEGER NOT NULL, checked INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, paths TEXT NOT NULL, content_hash TEXT NOT NULL,
    signature TEXT NOT NULL, run_id INTEGER NOT NULL REFERENCES runs(id), checked_at TEXT NOT NULL,
    status TEXT NOT NULL, error TEXT NOT NULL, mode TEXT NOT NULL, failed INTEGER NOT NULL, seconds REAL NOT NULL, desk TEXT NOT NULL,
    UNIQUE (paths, content_hash, signature));
CREATE TABLE IF NOT EXISTS findings (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    code TEXT NOT NULL, name TEXT NOT NULL, severity TEXT NOT NULL, category TEXT NOT NULL, message TEXT NOT NULL,
    suggestion TEXT, source TEXT, target TEXT, fingerprint TEXT NOT NULL, waived TEXT);
CREATE TABLE IF NOT EXISTS names (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    core TEXT NOT NULL, text TEXT NOT NULL, segment INTEGER NOT NULL, sentence TEXT NOT NULL, arabic TEXT NOT NULL,
    entry TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS suggestions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    english TEXT NOT NULL, arabic TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS run_articles (
    run_id INTEGER NOT NULL REFERENCES runs(id), article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, article_id));
CREATE INDEX IF NOT EXISTS findings_article ON findings(article_id);
CREATE INDEX IF NOT EXISTS names_article ON names(article_id);
CREATE INDEX IF NOT EXISTS suggestions_article ON suggestions(article_id);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One open store. Methods that write commit before they return."""

    def __init__(self, path: Path) -> None:
        try:
            self.db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")  # readers (tqa history) never block a run
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise OutputError(f"is a run store of schema {version}; this tqa reads {SCHEMA_VERSION}", where=str(path), fix="give another --store")
            with self.transaction():
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as error:
            if not path.exists():  # sqlite could not create it: the folder is not writable
                raise OutputError(f"cannot write here: {error}", where=str(path), fix="choose a folder you can write to, or give another --store") from None
            raise OutputError(f"is not a usable run store: {error}", where=str(path), fix="give another --store, or delete this file") from None

    def close(self) -> None:
        self.db.close()

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def start_run(self, signature: str, out: str, planned: int) -> int:
        with self.transaction():
            cursor = self.db.execute("INSERT INTO runs (started, signature, out, planned) VALUES (?, ?, ?, ?)", (now(), signature, out, planned))
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished = ? WHERE id = ?", (now(), run_id))

    def reusable(self, run_id: int, paths: tuple[str, ...], content_hash: str, signature: str) -> bool:
        """An article checked before, unchanged, under this signature, without an error:
        counted in this run without checking it again."""
        row = self.db.execute(
            "SELECT id FROM articles WHERE paths = ? AND content_hash = ? AND signature = ? AND status = ?",
            (_paths(paths), content_hash, signature, OK),
        ).fetchone()
        if row is None:
            return False
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO run_articles VALUES (?, ?)", (run_id, row[0]))
            self.db.execute("UPDATE runs SET skipped = skipped + 1 WHERE id = ?", (run_id,))
        return True

    def record(self, run_id: int, result: ArticleResult, content_hash: str, signature: str, desk: str = "") -> None:
        """One article's result, its findings, names and suggestions: all or nothing."""
        with self.transaction():
            self.db.execute("DELETE FROM articles WHERE paths = ? AND content_hash = ? AND signature = ?", (_paths(result.paths), content_hash, signature))
            cursor = self.db.execute(
                "INSERT INTO articles (key, paths, content_hash, signature, run_id, checked_at, status, error, mode, failed, seconds, desk)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.key, _paths(result.paths), content_hash, signature, run_id, now(), result.status, result.error, result.mode,
                 int(result.failed), result.seconds, desk),
            )
            article_id = cursor.lastrowid
            self.db.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, n, f.code, f.name, f.severity, f.category, f.message, f.suggestion, f.source, f.target, f.fingerprint, f.waived)
                 for n, f in enumerate(result.findings)],
            )
            self.db.executemany(
                "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(article_id, u.core, u.text, u.segment, u.sentence, u.arabic, u.entry) for u in result.names],
            )
            self.db.executemany("INSERT INTO suggestions VALUES (?, ?, ?, ?)", [(article_id, s.english, s.arabic, s.kind) for s in result.suggestions])
            self.db.execute("INSERT INTO run_articles VALUES (?, ?)", (run_id, article_id))
            self.db.execute("UPDATE runs SET checked = checked + 1 WHERE id = ?", (run_id,))

    def run_articles(self, run_id: int) -> list[sqlite3.Row]:
        """The run's articles (checked now or reused), in key order."""
        self.db.row_factory = sqlite3.Row
        try:
            return self.db.execute(
                "SELECT a.* FROM articles a JOIN run_articles r ON r.article_id = a.id WHERE r.run_id = ? ORDER BY a.key", (run_id,)
            ).fetchall()
        finally:
            self.db.row_factory = None

    def run_findings(self, run_id: int) -> Iterator[tuple[str, ...]]:
        """Rows of (article key, code, severity, category, message, source, target, fingerprint), streamed."""
        yield from self.db.execute(
            "SELECT a.key, f.code, f.severity, f.category, f.message, f.source, f.target, f.fingerprint, f.waived"
            " FROM findings f JOIN articles a ON a.id = f.article_id JOIN run_articles r ON r.article_id = a.id"
            " WHERE r.run_id = ? ORDER BY a.key, f.position",
            (run_id,),
        )

    def counts(self, article_id: int) -> tuple[dict[str, int], dict[str, int]]:
        """Open (unwaived) findings of one article by severity and by category."""
        by_severity = {s: 0 for s in ("error", "warning", "info")}
        by_category: dict[str, int] = {}
        for severity, category, n in self.db.execute(
            "SELECT severity, category, count(*) FROM findings WHERE article_id = ? AND waived IS NULL GROUP BY severity, category", (article_id,)
        ):
            by_severity[severity] = by_severity.get(severity, 0) + n
            by_category[category] = by_category.get(category, 0) + n
        return by_severity, dict(sorted(by_category.items()))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (KeyboardInterrupt too)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _paths(paths: tuple[str, ...]) -> str:
    return json.dumps([str(Path(p).resolve()) for p in paths], ensure_ascii=False)
