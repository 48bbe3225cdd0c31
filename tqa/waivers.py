"""Waivers: findings an editor accepted as they are, so re-runs do not show them as new.

A waiver names a check code and a fingerprint. The fingerprint hashes the code
and the texts of the segments the finding points at (whitespace-folded), not
segment numbers: it survives re-runs of the same text and edits elsewhere in the
article, and lapses when the sentence itself changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from tqa.errors import ConfigError
from tqa.model import Finding

WAIVERS_SCHEMA = "tqa-waivers/1"


@dataclass(frozen=True)
class Waiver:
    code: str
    fingerprint: str
    reason: str


def fingerprint(code: str, source_text: str | None, target_text: str | None, evidence: str) -> str:
    parts = [code, " ".join((source_text or "").split()), " ".join((target_text or "").split()), evidence]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def load_waivers(path: Path) -> tuple[Waiver, ...]:
    if not path.is_file():
        raise ConfigError("waivers file not found", where=str(path), fix="check the --waivers path")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"not valid JSON: {error}", where=str(path), fix="export it again from the HTML report") from None
    items = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError("has no 'waivers' list", where=str(path), fix=f'write {{"schema": "{WAIVERS_SCHEMA}", "waivers": [...]}}')
    waivers = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not item.get("code") or not item.get("fingerprint"):
            raise ConfigError(
                f"waiver {index + 1} needs 'code' and 'fingerprint'", where=str(path), fix="export it again from the HTML report"
            )
        waivers.append(Waiver(str(item["code"]), str(item["fingerprint"]), str(item.get("reason", ""))))
    return tuple(waivers)


def apply_waivers(findings: tuple[Finding, ...], waivers: tuple[Waiver, ...]) -> tuple[Finding, ...]:
    by_key = {(w.code, w.fingerprint): w for w in waivers}
    applied = []
    for finding in findings:
        waiver = by_key.get((finding.code, finding.fingerprint))
        applied.append(replace(finding, waived=waiver.reason or "accepted") if waiver else finding)
    return tuple(applied)
