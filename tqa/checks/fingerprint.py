"""The fingerprint of a finding: what a waiver names (tqa.waivers).

It hashes the check code and the texts of the segments the finding points at
(whitespace-folded), not segment numbers: it survives re-runs of the same text and
edits elsewhere in the article, and lapses when the sentence itself changes.

Two findings of one check in one sentence pair can quote the same evidence: the two
figures of "a 50-50 venture", both missing, are two findings whose evidence reads «50».
A waiver of one must not waive the other, so each repeat hashes its place among them
(the second, the third): the first keeps the fingerprint it always had, and only such
repeats get a new one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any


def _encoded(text: str) -> bytes:
    # surrogatepass: a lone surrogate read from a file hashes instead of crashing; valid text is unchanged.
    return text.encode("utf-8", errors="surrogatepass")


def _repeat(occurrence: int) -> str:
    return f"\x1f#{occurrence}" if occurrence > 1 else ""  # the first of a kind hashes as it always did


def fingerprint(code: str, source_text: str | None, target_text: str | None, evidence: str, occurrence: int = 1) -> str:
    """The definition. `Fingerprints` computes the same value with per-segment caching.
    `occurrence`: this finding is the nth with the same code, sentences and evidence."""
    parts = [code, " ".join((source_text or "").split()), " ".join((target_text or "").split()), evidence]
    return hashlib.sha256(_encoded("\x1f".join(parts) + _repeat(occurrence))).hexdigest()[:16]


class Fingerprints:
    """`fingerprint` for one run, folding and hashing each (code, sentence pair) once.

    A 200 KB sentence with thousands of findings was re-folded and re-hashed per
    finding (75 s); sha256 is a stream, so the hash of the shared prefix is copied.
    Keys are the segments' own str objects, whose hashes Python caches.
    """

    def __init__(self) -> None:
        self._prefixes: dict[tuple[str, str | None, str | None], Any] = {}
        self._seen: Counter[tuple[str, str | None, str | None, str]] = Counter()

    def __call__(self, code: str, source_text: str | None, target_text: str | None, evidence: str) -> str:
        key = (code, source_text, target_text)
        prefix = self._prefixes.get(key)
        if prefix is None:
            folded = [code, " ".join((source_text or "").split()), " ".join((target_text or "").split()), ""]
            prefix = self._prefixes[key] = hashlib.sha256(_encoded("\x1f".join(folded)))
        self._seen[(*key, evidence)] += 1
        digest = prefix.copy()
        digest.update(_encoded(evidence + _repeat(self._seen[(*key, evidence)])))
        return str(digest.hexdigest())[:16]
