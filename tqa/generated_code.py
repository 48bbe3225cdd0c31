"""The methods `dataclasses` writes for tqa's dataclasses, compiled once per Python build,
not once per run (issue 14).

@dataclass writes a class's __init__, __repr__ and __eq__ (a frozen class's __hash__,
__setattr__ and __delattr__ too) as source text and compiles it, in every process: about
3.5 million instructions a frozen class, a quarter of a check's imports for the 70
classes it loads. This module keeps the code that text compiles to in one file of tqa's
cache folder (tqa.cache_folder.KeptTable) and hands it to `dataclasses` when it meets
the same text again.

The class is the same: the same text, compiled as `exec` compiles it (no __future__
flags inherited) by the same Python (the file's name carries the exact build), run in
the same namespace; tests/test_generated_code.py holds every method's code equal to a
fresh compile's. `dataclasses` calls `exec` by its global name: a module attribute
`exec` stands in for the builtin there, and nowhere else. Only tqa's own modules are
served from the file; other packages' dataclasses are compiled as ever.
TQA_CACHE_DIR=off turns the file off.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import sys
from types import CodeType
from typing import Any

from tqa.cache_folder import KeptTable

KEEP = 4096  # methods kept at most (tqa's dataclasses have about 700)
_KEPT: KeptTable[str, CodeType] = KeptTable(
    "dataclass-code", f"1|{sys.version}|{sys.implementation.cache_tag}|{importlib.util.MAGIC_NUMBER!r}|{sys.flags.optimize}", KEEP
)


def code(source: str) -> CodeType:
    """compile(source) as `exec` compiles text, from the file when this Python compiled it before."""
    kept = _KEPT.table().get(source)
    if isinstance(kept, CodeType):
        _KEPT.used[source] = kept
        return kept
    compiled = _compile(source)
    _KEPT.add(source, compiled)
    return compiled


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:  # noqa: A002
    if isinstance(source, str):
        # Compiled here as `dataclasses` compiles it, not with this module's __future__ flags.
        ours = globals is not None and str(globals.get("__name__", "")).partition(".")[0] == "tqa"
        source = code(source) if ours else _compile(source)
    builtins.exec(source, globals, locals)


def _compile(source: str) -> CodeType:
    return builtins.compile(source, "<string>", "exec", dont_inherit=True)


def install() -> None:
    """Serve tqa's dataclasses' methods from the file (tqa/__init__.py, before any is made)."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]
