"""Settings in effect for a run: command line > tqa.toml / [tool.tqa] > defaults.

A config file is looked up in the current directory: `tqa.toml` first, then the
`[tool.tqa]` table of `pyproject.toml`. `tqa config` prints the merged result.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tqa.errors import ConfigError
from tqa.model import Severity

CONFIG_FILES = ("tqa.toml", "pyproject.toml")


@dataclass(frozen=True)
class Settings:
    glossaries: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # per-code overrides
    waivers: str | None = None
    reference: str | None = None
    direction: str = "auto"  # "ar-en", "en-ar", or "auto": Arabic is the source
    config_file: str | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fail_on"] = self.fail_on.label
        data["severity"] = {code: sev.label for code, sev in self.severity}
        return data


DIRECTIONS = ("ar-en", "en-ar", "auto")  # auto: Arabic is the source
_FILE_KEYS = {"glossaries", "fail_on", "select", "ignore", "severity", "waivers", "direction"}


def find_config_file(directory: Path) -> tuple[Path, dict[str, Any]] | None:
    for name in CONFIG_FILES:
        path = directory / name
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"not valid TOML: {error}", where=str(path), fix="fix the file's syntax") from None
        table = data.get("tool", {}).get("tqa") if name == "pyproject.toml" else data
        if table is not None:
            return path, table
    return None


def _as_strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of texts", where=where, fix=f'write {key} = ["N1"]')
    return tuple(value)


def _parse_severity(value: Any, where: str, key: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError:
        raise ConfigError(f"{key}: unknown severity {value!r}", where=where, fix="use error, warning or info") from None


def require_direction(value: object, label: str, where: str | None, fix: str) -> str:
    """The one test of a direction, from the command line or a config file."""
    if value not in DIRECTIONS:
        raise ConfigError(f"{label} {value!r} is not ar-en or en-ar", where=where, fix=fix)
    return str(value)


def settings_from_table(table: dict[str, Any], where: str, base: Settings | None = None) -> Settings:
    unknown = set(table) - _FILE_KEYS
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(sorted(unknown))}", where=where, fix=f"use {', '.join(sorted(_FILE_KEYS))}"
        )
    settings = base or Settings()
    changes: dict[str, Any] = {"config_file": where}
    for key in ("glossaries", "select", "ignore"):
        if key in table:
            changes[key] = _as_strings(table[key], key, where)
    if "fail_on" in table:
        changes["fail_on"] = _parse_severity(table["fail_on"], where, "fail_on")
    if "severity" in table:
        if not isinstance(table["severity"], dict):
            raise ConfigError("'severity' must be a table of CODE = level", where=where, fix='write [tool.tqa.severity] N101 = "error"')
        changes["severity"] = tuple((code, _parse_severity(v, where, f"severity.{code}")) for code, v in table["severity"].items())
    if "waivers" in table:
        changes["waivers"] = str(table["waivers"])
    if "direction" in table:
        changes["direction"] = require_direction(table["direction"], "direction", where, fix='write direction = "ar-en" or "en-ar"')
    return replace(settings, **changes)


def load_settings(directory: Path, overrides: dict[str, Any]) -> Settings:
    """Defaults, then the config file, then the command line's non-empty values."""
    settings = Settings()
    found = find_config_file(directory)
    if found is not None:
        settings = settings_from_table(found[1], str(found[0]), settings)
    known = {f.name for f in fields(Settings)}
    applied = {k: v for k, v in overrides.items() if k in known and v not in (None, (), [])}
    if "severity" in applied:
        applied["severity"] = tuple(dict((*settings.severity, *applied["severity"])).items())
    return replace(settings, **applied)
