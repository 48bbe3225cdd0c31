"""Settings in effect for a run: command line > tqa.toml / [tool.tqa] > defaults.

A config file is looked up in the current directory: `tqa.toml` first, then the
`[tool.tqa]` table of `pyproject.toml`. `tqa config` prints the merged result.

A config file may come with a repository from anyone: its size is bounded, every
value's type is checked, and a bad one is one line that quotes it escaped and cut.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tqa.cache_folder import KeptTable
from tqa.errors import ConfigError, TqaError, gather, named, raise_all, shown
from tqa.model import Severity

CONFIG_FILES = ("tqa.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 1_000_000


@dataclass(frozen=True)
class Settings:
    """The settings of one run, merged from the defaults, the config file and the command line."""

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

# The SHA-256 of each pyproject.toml read before that is valid TOML and has no [tool.tqa]
# table: a check run where a project keeps one (a repository's root) neither imports
# tomllib nor parses the file again, about 19 million instructions of every check (#14).
# Only that verdict is kept, so a file that changes, is damaged or holds a table is read as ever.
_WITHOUT_TABLE: KeptTable[bytes, bool] = KeptTable("pyproject-without-tqa", f"1|{sys.version}", 64)


def find_config_file(directory: Path) -> tuple[Path, dict[str, Any]] | None:
    for name in CONFIG_FILES:
        path = directory / name
        if not path.is_file():
            continue
        raw = _read_bytes(path)
        if name != "pyproject.toml":
            return path, _parse_toml(raw, path)
        digest = hashlib.sha256(raw).digest()
        if _WITHOUT_TABLE.table().get(digest) is True:
            _WITHOUT_TABLE.used[digest] = True
            continue
        tool = _parse_toml(raw, path).get("tool")
        if tool is None:
            _WITHOUT_TABLE.add(digest, True)
            continue
        if not isinstance(tool, dict):
            raise ConfigError(f"'tool' is {shown(tool)}, not a table", where=str(path), fix="write [tool.tqa] tables")
        table = tool.get("tqa")
        if table is None:
            _WITHOUT_TABLE.add(digest, True)
            continue
        if not isinstance(table, dict):
            raise ConfigError(
                f"'tool.tqa' is {shown(table)}, not a table", where=str(path), fix="write the settings under [tool.tqa]"
            )
        return path, table
    return None


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"is larger than {MAX_CONFIG_BYTES:,} bytes", where=str(path), fix="a config file holds a few settings"
            )
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(
            f"cannot be read: {error.strerror or type(error).__name__}", where=str(path), fix="check the file"
        ) from None


def _parse_toml(raw: bytes, path: Path) -> dict[str, Any]:
    import tomllib  # only for a file not known to hold no tqa settings (_WITHOUT_TABLE)

    fix = "fix the file's syntax"
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not valid TOML: {error}", where=str(path), fix=fix) from None
    except UnicodeDecodeError:
        raise ConfigError("not valid TOML: not UTF-8", where=str(path), fix="save it as UTF-8") from None
    except RecursionError:
        raise ConfigError("not valid TOML: nested too deeply", where=str(path), fix=fix) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ConfigError("holds an integer too long to read", where=str(path), fix=fix) from None


def _as_strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of texts", where=where, fix=f'write {key} = ["N1"]')
    return tuple(value)


def _parse_severity(value: Any, where: str, key: str) -> Severity:
    try:
        if isinstance(value, str):
            return Severity.parse(value)
    except ValueError:
        pass
    raise ConfigError(f"{key}: unknown severity {shown(value)}", where=where, fix="use error, warning or info")


def require_direction(value: object, label: str, where: str | None, fix: str) -> str:
    """The one test of a direction, from the command line or a config file."""
    if not isinstance(value, str) or value not in DIRECTIONS:
        raise ConfigError(f"{label} {shown(value)} is not ar-en or en-ar", where=where, fix=fix)
    return value


def settings_from_table(table: dict[str, Any], where: str, base: Settings | None = None) -> Settings:
    """The file's settings over `base`. Every problem of the file is found and raised
    together, each its own line: an editor fixing the file wants them all in one run."""
    found: list[TqaError] = []
    unknown = sorted(set(table) - _FILE_KEYS)
    if unknown:
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        found.append(
            ConfigError(
                f"unknown setting(s) {', '.join(named(k) for k in unknown[:5])}{more}",
                where=where,
                fix=f"use {', '.join(sorted(_FILE_KEYS))}",
            )
        )
    changes: dict[str, Any] = {"config_file": where}
    for key, read in _FILE_READERS.items():
        if key in table:
            changes[key] = gather(found, read, table[key], key, where)
    raise_all(found)
    return replace(base or Settings(), **changes)


def _severity_table(value: Any, key: str, where: str) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ConfigError("'severity' must be a table of CODE = level", where=where, fix='write [tool.tqa.severity] N101 = "error"')
    found: list[TqaError] = []
    levels = tuple((code, gather(found, _parse_severity, v, where, f"{key}.{named(code)}")) for code, v in value.items())
    raise_all(found)
    return tuple((code, level) for code, level in levels if level is not None)


def _waivers_path(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"'waivers' is {shown(value)}, not a path", where=where, fix='write waivers = "tqa-waivers.json"')
    return value


def _direction(value: Any, key: str, where: str) -> str:
    return require_direction(value, key, where, fix='write direction = "ar-en" or "en-ar"')


# How each key of a config file is read: (its value, the key, where) -> the setting.
_FILE_READERS: dict[str, Callable[[Any, str, str], Any]] = {
    "glossaries": _as_strings,
    "select": _as_strings,
    "ignore": _as_strings,
    "fail_on": lambda value, key, where: _parse_severity(value, where, key),
    "severity": _severity_table,
    "waivers": _waivers_path,
    "direction": _direction,
}


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
