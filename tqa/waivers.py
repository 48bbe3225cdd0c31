"""Waivers: findings an editor accepted as they are, so re-runs do not show them as new.

A waiver names a check code and a fingerprint (tqa.checks.fingerprint): it survives
re-runs of the same text and edits elsewhere in the article, and lapses when the
sentence itself changes. The pipeline applies waivers after the checks have run.

A waivers file comes from a browser export, or from anyone: it is read with
bounds (file size, field lengths, nesting) and every value's type is checked.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqa import patterns
from tqa.errors import ConfigError, shown
from tqa.model import Waiver

if TYPE_CHECKING:
    from tqa.model import Finding

WAIVERS_SCHEMA = "tqa-waivers/1"
MAX_WAIVERS_BYTES = 5_000_000  # a waiver is ~150 bytes: room for 30,000 of them
MAX_REASON_CHARS = 2_000
MAX_CODE_CHARS = 16
MAX_FINGERPRINT_CHARS = 64
_LONE_SURROGATE = patterns.compile("[\ud800-\udfff]")
_FINGERPRINT = patterns.compile(r"[0-9a-f]{16}")  # tqa.checks.fingerprint: 16 hex digits of a SHA-256
_FIX = "export it again from the HTML report"


def load_waivers(path: Path) -> tuple[Waiver, ...]:
    where = str(path)
    if not path.is_file():
        raise ConfigError("waivers file not found", where=where, fix="check the --waivers path")
    try:
        size = path.stat().st_size
        if size > MAX_WAIVERS_BYTES:
            raise ConfigError(
                f"is {size:,} bytes, more than the {MAX_WAIVERS_BYTES:,} a waivers file may have", where=where, fix=_FIX
            )
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"not valid JSON: {error}", where=where, fix=_FIX) from None
    except RecursionError:
        raise ConfigError("not valid JSON: nested too deeply", where=where, fix=_FIX) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ConfigError("holds an integer too long to read", where=where, fix=_FIX) from None
    except OSError as error:
        raise ConfigError(
            f"cannot be read: {error.strerror or type(error).__name__}", where=where, fix="check the file"
        ) from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema is not None and schema != WAIVERS_SCHEMA:
        raise ConfigError(
            f"its schema is {shown(schema)}, which this tqa does not read (it reads {WAIVERS_SCHEMA})",
            where=where,
            fix="export it again from a report of this tqa, or upgrade tqa",
        )
    items = data.get("waivers") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError("has no 'waivers' list", where=where, fix=f'write {{"schema": "{WAIVERS_SCHEMA}", "waivers": [...]}}')
    return tuple(_waiver(item, index, where) for index, item in enumerate(items))


def _text_field(item: dict[str, Any], key: str, limit: int, index: int, where: str, required: bool) -> str:
    value = item.get(key, "" if not required else None)
    if value is None and not required:
        value = ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ConfigError(f"waiver {index + 1}: '{key}' must be a text, not {shown(value)}", where=where, fix=_FIX)
    if len(value) > limit:
        raise ConfigError(f"waiver {index + 1}: '{key}' is longer than {limit:,} characters", where=where, fix="shorten it")
    # A lone surrogate (from a browser's broken UTF-16) cannot be written as UTF-8: show it as U+FFFD.
    return _LONE_SURROGATE.sub("\ufffd", value)


def _waiver(item: object, index: int, where: str) -> Waiver:
    if not isinstance(item, dict) or not item.get("code") or not item.get("fingerprint"):
        raise ConfigError(f"waiver {index + 1} needs 'code' and 'fingerprint'", where=where, fix=_FIX)
    code = _text_field(item, "code", MAX_CODE_CHARS, index, where, required=True)
    fingerprint = _text_field(item, "fingerprint", MAX_FINGERPRINT_CHARS, index, where, required=True)
    if not _FINGERPRINT.fullmatch(fingerprint):
        # It could never match a finding: the waiver would be silently dead.
        raise ConfigError(
            f"waiver {index + 1}: fingerprint {shown(fingerprint)} is not one tqa writes (16 hexadecimal digits)",
            where=where,
            fix=_FIX,
        )
    return Waiver(
        code,
        fingerprint,
        _text_field(item, "reason", MAX_REASON_CHARS, index, where, required=False),
    )


def apply_waivers(findings: tuple[Finding, ...], waivers: tuple[Waiver, ...]) -> tuple[Finding, ...]:
    by_key = {(w.code, w.fingerprint): w for w in waivers}
    applied = []
    for finding in findings:
        waiver = by_key.get((finding.code, finding.fingerprint))
        applied.append(replace(finding, waived=waiver.reason or "accepted") if waiver else finding)
    return tuple(applied)


def unmatched_waivers(findings: tuple[Finding, ...], waivers: tuple[Waiver, ...]) -> tuple[Waiver, ...]:
    """The waivers no finding of this run answers to: their sentence was edited or the
    finding is gone. Said in the reports, so an editor can prune the file instead of
    trusting a waiver that no longer waives anything."""
    raised = {(f.code, f.fingerprint) for f in findings}
    return tuple(w for w in waivers if (w.code, w.fingerprint) not in raised)
