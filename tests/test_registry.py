"""The registry, its README table and its naming rules agree with each other."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import tqa.checks
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check

README = Path(__file__).resolve().parent.parent / "README.md"
# | N101 | name-variant | name | warning | what it reports |
ROW = re.compile(r"^\| ([A-Z]\d{3}) \| ([a-z0-9-]+) \| ([a-z]+) \| ([a-z]+) \|", re.MULTILINE)


def readme_rows(text: str) -> list[tuple[str, str, str, str]]:
    """The rows of the table under "## What it checks", in order."""
    section = text.split("\n## What it checks", 1)[1].split("\n## ", 1)[0]
    return [(m[1], m[2], m[3], m[4]) for m in ROW.finditer(section)]


def registry_rows() -> list[tuple[str, str, str, str]]:
    return [(c.code, c.name, c.category, c.severity.label) for c in ALL_CHECKS]


def test_readme_check_table_matches_the_registry() -> None:
    rows = readme_rows(README.read_text(encoding="utf-8"))
    missing = sorted(set(registry_rows()) - set(rows))
    stale = sorted(set(rows) - set(registry_rows()))
    assert not missing and not stale, f"README rows to add or fix: {missing}; README rows with no such check: {stale}"
    assert rows == registry_rows(), "README lists the checks in another order than ALL_CHECKS"


def test_the_readme_check_table_parser_sees_a_changed_row() -> None:
    text = README.read_text(encoding="utf-8")
    assert readme_rows(text) == registry_rows()  # the real table parses whole
    changed = text.replace("| D203 | number-mismatch | number | error |", "| D203 | number-mismatch | number | warning |")
    assert readme_rows(changed) != registry_rows()


def _family_modules() -> list[object]:
    return [importlib.import_module(f"tqa.checks.{m.name}") for m in pkgutil.iter_modules(tqa.checks.__path__)]


def _constants() -> list[tuple[str, str, Check]]:
    return [
        (module.__name__, name, value)  # type: ignore[attr-defined]
        for module in _family_modules()
        for name, value in vars(module).items()
        if isinstance(value, Check)
    ]


def test_every_check_defined_in_a_family_module_is_registered() -> None:
    registered = {id(c) for c in ALL_CHECKS}
    unregistered = [f"{module}.{name}" for module, name, check in _constants() if id(check) not in registered]
    assert not unregistered, f"add these to their module's CHECKS tuple: {unregistered}"


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_a_check_constant_is_named_as_the_check(check: Check) -> None:
    names = [name for _, name, value in _constants() if value is check]
    assert names == [check.name.upper().replace("-", "_")], f"{check.code} {check.name} is defined as {names}"


def test_codes_and_names_are_unique() -> None:
    assert len({c.code for c in ALL_CHECKS}) == len(ALL_CHECKS)
    assert len({c.name for c in ALL_CHECKS}) == len(ALL_CHECKS)
