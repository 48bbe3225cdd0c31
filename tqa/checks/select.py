"""Which checks run, and at which severity: select/ignore by code, prefix or name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tqa.checks.base import Check
from tqa.errors import ConfigError
from tqa.model import Severity


def _match_length(check: Check, selector: str) -> int:
    """How specifically `selector` names `check`: 0 = not at all, longer = more specific.

    A name ('name-variant') is as specific as the full code.
    """
    if selector == check.name or selector.upper() == check.code:
        return len(check.code) + 1
    if check.code.startswith(selector.upper()):
        return len(selector)
    if selector.upper() == "ALL":
        return 1
    return 0


def _validate(selectors: Sequence[str], checks: Sequence[Check], option: str) -> None:
    for selector in selectors:
        if selector.upper() != "ALL" and not any(_match_length(c, selector) for c in checks):
            raise ConfigError(f"{option} {selector!r} names no check", fix="run `tqa checks` to list codes and names")


def select_checks(
    checks: Sequence[Check], select: Sequence[str] = (), ignore: Sequence[str] = (), severity: Sequence[tuple[str, Severity]] = ()
) -> tuple[Check, ...]:
    """Most specific selector wins; on a tie, ignore wins. Unselected noisy checks stay off."""
    _validate(select, checks, "--select")
    _validate(ignore, checks, "--ignore")
    _validate([code for code, _ in severity], checks, "severity for")
    chosen = []
    for check in checks:
        selected = max((_match_length(check, s) for s in select), default=0)
        ignored = max((_match_length(check, s) for s in ignore), default=0)
        enabled = selected > ignored if select else check.enabled_by_default and not ignored
        if enabled:
            chosen.append(_with_severity(check, severity))
    return tuple(chosen)


def _with_severity(check: Check, overrides: Sequence[tuple[str, Severity]]) -> Check:
    best = max(((_match_length(check, code), sev) for code, sev in overrides), default=(0, check.severity))
    return replace(check, severity=best[1]) if best[0] else check
