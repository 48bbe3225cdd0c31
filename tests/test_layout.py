"""The layout issue 13 asked for, kept: no import cycle among tqa's modules (imports at
module level, where the real graph is), tqa modules imported at module level, no module
over 300 lines (data files are not modules), and no function over 40 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tqa"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40
# The 40-line rule covers every module but the check modules and the report writers,
# which are being rewritten in parallel (issue 13, the check runner); drop them from
# this tuple once that work has landed.
FUNCTION_RULE_EXEMPT: tuple[str, ...] = ()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: module level, including inside
    try/if blocks, but not under `if TYPE_CHECKING:` and not inside functions."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.stmt] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            stack.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            stack.extend(node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body])
    return found


def imported_modules(name: str) -> set[str]:
    """The tqa modules `name` imports at module level (a `from package import module`
    names the module; a `from module import name`, the module)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    targets: set[str] = set()
    for node in _top_level_imports(tree):
        if isinstance(node, ast.Import):
            targets.update(a.name for a in node.names)
        elif node.module and node.level == 0:
            targets.add(node.module)
            targets.update(f"{node.module}.{a.name}" for a in node.names)
    # Importing a.b.c runs a/__init__ and a/b/__init__ first: their imports are edges too.
    targets |= {t.rsplit(".", n)[0] for t in set(targets) for n in range(1, t.count(".") + 1)}
    return {t for t in targets if t in MODULES and t != name and not name.startswith(t + ".")}


def import_graph() -> dict[str, set[str]]:
    return {name: imported_modules(name) for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_short(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name} has {lines} lines; split it (limit {MAX_MODULE_LINES})"


@pytest.mark.parametrize("name", [n for n in sorted(MODULES) if not n.startswith(FUNCTION_RULE_EXEMPT)])
def test_functions_are_short(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{name}: {', '.join(long)} over {MAX_FUNCTION_LINES} lines"


# Where a tqa module may still be imported inside a function, and why: the CLI defers
# the library so that `tqa --version` starts in 0.1 s (issue 14); the pipeline loads a
# reader, the aligner (numpy) or the scorer (sacrebleu) only when a run needs it, so
# that checking one article alone stays fast (issue 14). Both defer heavy third-party
# libraries by way of the tqa modules that use them. The entry point (tqa.entry)
# imports the CLI inside a function, so that Ctrl-C during that import ends quietly.
DEFERRED_IMPORTS_ALLOWED = ("tqa.cli", "tqa.pipeline", "tqa.entry")


def _function_imports_of_tqa(tree: ast.Module) -> list[str]:
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("tqa"):
                found.append(f"{function.name}: from {node.module}")
            elif isinstance(node, ast.Import):
                found.extend(f"{function.name}: import {a.name}" for a in node.names if a.name.startswith("tqa"))
    return found


@pytest.mark.parametrize("name", [n for n in sorted(MODULES) if not n.startswith(DEFERRED_IMPORTS_ALLOWED)])
def test_tqa_modules_are_imported_at_the_top(name: str) -> None:
    found = _function_imports_of_tqa(ast.parse(MODULES[name].read_text(encoding="utf-8")))
    assert not found, f"{name}: {', '.join(found)}; import tqa modules at module level (the import graph must be visible)"


def test_ruff_is_clean_with_the_project_rules() -> None:
    # pyproject.toml selects E, F, W, B, SIM, UP, I and N (issue 13); CI runs only pytest,
    # so the rules are held here.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "tqa", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-2000:]
