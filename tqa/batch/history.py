"""`tqa history`: what the run store says across runs. Each article counts once, by its
latest check in the window, so re-running a batch does not inflate the figures."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tqa.errors import ConfigError, InputError

_LATEST = """
WITH latest AS (
    SELECT a.* FROM articles a
    WHERE a.checked_at >= ? AND a.id = (SELECT b.id FROM articles b WHERE b.paths = a.paths ORDER BY b.checked_at DESC, b.id DESC LIMIT 1)
)
"""


def since_time(text: str, now: datetime | None = None) -> str:
    """30d, 12h or an ISO date (2026-11-01) -> an ISO timestamp to compare with the store's."""
    now = now or datetime.now(UTC)
    relative = re.fullmatch(r"(\d+)([dh])", text.strip())
    if relative:
        amount = int(relative[1])
        return (now - (timedelta(days=amount) if relative[2] == "d" else timedelta(hours=amount))).isoformat(timespec="seconds")
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(
            f"--since {text!r} is not 30d, 12h or a date", fix="write e.g. --since 30d or --since 2026-11-01"
        ) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat(timespec="seconds")


# Findings whose evidence is a glossary name written wrong and whose suggestion is its house
# form: N101 (a listed variant), N102 (a forbidden spelling), M805 (a misspelling) when it
# names the house form. Other name findings are no wrong spelling: N103 says a name is
# missing, N104 and N106 that one name has two spellings (either may be right), N105 that
# a name is not in the glossary.
_GLOSSARY_SPELLING = "(f.code IN ('N101', 'N102') OR (f.code = 'M805' AND coalesce(f.suggestion, '') != ''))"


def wrong_spellings(db: sqlite3.Connection, since: str, limit: int) -> list[tuple[str, str, int, int]]:
    """(wrong form, house spelling, times, articles) of glossary spelling findings, most frequent first."""
    return db.execute(
        _LATEST + "SELECT coalesce(f.target, f.source) AS wrong, coalesce(f.suggestion, ''), count(*), count(DISTINCT latest.id)"
        f" FROM findings f JOIN latest ON latest.id = f.article_id WHERE {_GLOSSARY_SPELLING} AND f.waived IS NULL AND wrong IS NOT NULL"
        " GROUP BY wrong ORDER BY count(*) DESC, wrong LIMIT ?",
        (since, limit),
    ).fetchall()


def failing_articles(db: sqlite3.Connection, since: str, limit: int) -> list[tuple[str, str, str, str]]:
    """(key, status, error, checked at) of articles whose latest check fails or errs."""
    return db.execute(
        _LATEST + "SELECT key, status, error, checked_at FROM latest WHERE failed = 1 ORDER BY checked_at DESC, key LIMIT ?",
        (since, limit),
    ).fetchall()


def history_text(store: Path, since: str, limit: int) -> str:
    if not store.is_file():
        raise InputError("no run store here", where=str(store), fix="run `tqa batch` first, or give --store")
    cutoff = since_time(since)
    db = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
    rows = limit or -1  # 0 is every row, as `tqa score --limit 0`; SQLite reads a negative LIMIT as none
    try:
        wrong = wrong_spellings(db, cutoff, rows)
        failing = failing_articles(db, cutoff, rows)
    except sqlite3.DatabaseError as error:
        raise InputError(f"is not a tqa run store: {error}", where=str(store), fix="give the store `tqa batch` wrote") from None
    finally:
        db.close()
    lines = [f"Spellings most often wrong since {cutoff[:10]} (glossary names: N101 variant, N102 forbidden, M805 misspelt):"]
    lines += [
        f"  {n:>4} × {w}" + (f" (house: {house})" if house else "") + f" in {a} article(s)" for w, house, n, a in wrong
    ] or ["  none"]
    lines.append("Articles that still fail:")
    lines += [
        f"  {key}: "
        + (f"could not be checked: {error}" if status != "ok" else "findings at or above fail-on")
        + f" (checked {at})"
        for key, status, error, at in failing
    ] or ["  none"]
    return "\n".join(lines) + "\n"
