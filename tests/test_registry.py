"""The registry, its README table, docs/checks.md and its naming rules agree with each other."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import tqa.checks
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CHECKS_DOC = ROOT / "docs" / "checks.md"
# | N101 | name-variant | name | warning | what it reports |
ROW = re.compile(r"^\| ([A-Z]\d{3}) \| ([a-z0-9-]+) \| ([a-z]+) \| ([a-z]+) \| (.*) \|$", re.MULTILINE)
ANY_ROW = re.compile(r"^\| ([A-Z]\d{3}) \|", re.MULTILINE)
# ### N101 name-variant, then its category and default severity (GitHub anchors it #n101-name-variant)
SECTION = re.compile(r"^### ([A-Z]\d{3}) ([a-z0-9-]+)\n\nCategory: ([a-z]+) · severity: ([a-z]+)$", re.MULTILINE)
ANY_SECTION = re.compile(r"^#+ ([A-Z]\d{3})\b", re.MULTILINE)
# README's cell is the line an editor scans; every qualification and example goes in docs/checks.md.
MAX_README_CELL = 140


def readme_section(text: str) -> str:
    return text.split("\n## What it checks", 1)[1].split("\n## ", 1)[0]


def readme_rows(text: str) -> list[tuple[str, str, str, str]]:
    """The rows of the table under "## What it checks", in order."""
    return [(m[1], m[2], m[3], m[4]) for m in ROW.finditer(readme_section(text))]


def doc_rows(text: str) -> list[tuple[str, str, str, str]]:
    """The check sections of docs/checks.md, in order."""
    return [(m[1], m[2], m[3], m[4]) for m in SECTION.finditer(text)]


def registry_rows() -> list[tuple[str, str, str, str]]:
    return [(c.code, c.name, c.category, c.severity.label) for c in ALL_CHECKS]


def _assert_lists_the_registry(rows: list[tuple[str, str, str, str]], where: str) -> None:
    missing = sorted(set(registry_rows()) - set(rows))
    stale = sorted(set(rows) - set(registry_rows()))
    assert not missing and not stale, f"{where}: checks to add or fix: {missing}; entries with no such check: {stale}"
    assert rows == registry_rows(), f"{where} lists the checks in another order than ALL_CHECKS"


def test_readme_check_table_matches_the_registry() -> None:
    text = README.read_text(encoding="utf-8")
    rows = readme_rows(text)
    _assert_lists_the_registry(rows, "README's table")
    # A row the strict pattern misreads (a cell out of shape) would otherwise go unchecked.
    assert [m[1] for m in ANY_ROW.finditer(readme_section(text))] == [row[0] for row in rows]


def test_readme_check_table_keeps_one_line_per_check() -> None:
    cells = {m[1]: m[5].strip() for m in ROW.finditer(readme_section(README.read_text(encoding="utf-8")))}
    long = {code: len(cell) for code, cell in cells.items() if len(cell) > MAX_README_CELL}
    assert not long, f"README cells over {MAX_README_CELL} characters (move the detail to docs/checks.md): {long}"
    assert all(cells.values()), "a README row says nothing of what its check reports"


def test_checks_doc_has_a_section_per_check() -> None:
    text = CHECKS_DOC.read_text(encoding="utf-8")
    rows = doc_rows(text)
    _assert_lists_the_registry(rows, "docs/checks.md")
    assert [m[1] for m in ANY_SECTION.finditer(text)] == [row[0] for row in rows], "a code heading out of shape"


def test_the_checks_doc_parser_sees_a_changed_section() -> None:
    text = CHECKS_DOC.read_text(encoding="utf-8")
    changed = text.replace("### D203 number-mismatch\n\nCategory: number · severity: error", "### D203 number-mismatch\n\nCategory: number · severity: info")
    assert changed != text
    assert doc_rows(changed) != registry_rows()


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
