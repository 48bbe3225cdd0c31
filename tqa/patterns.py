"""Regular expressions compiled once per Python installation, not once per run (issue 14).

tqa compiles about 300 patterns (number words, dates, units, quotation marks, names),
nearly all when its modules are imported: a third of a check of the 23-sentence
sample (0.12 s of 0.35 s). Python keeps no compiled pattern from one process to the
next. This module keeps what `re` compiles a pattern to (its engine code, group
names and flags) in one file in tqa's cache folder (tqa.cache_folder), and builds
the pattern from it with `_sre.compile`, the call `re.compile` itself ends with: a
hundred times faster than parsing and compiling it again.

The result is the same pattern: Pattern equality compares the compiled code, and
tests/test_patterns.py holds every pattern tqa compiles equal to re.compile's. The
file's name carries the exact Python build and the engine's version (`_sre.MAGIC`);
it is read only when it is this user's and undamaged (tqa.cache_folder.KeptTable), and CPython
validates the code it is given. Any surprise (another Python, a damaged file, an
engine without these internals) means compiling as `re` does: the cache is a
shortcut, never an error. TQA_CACHE_DIR=off turns it off.

Patterns built from text known only at run time (a glossary's names) stay with
re.compile: they would only fill the file.
"""

from __future__ import annotations

import importlib
import re
import sys
from array import array
from collections.abc import Iterable
from typing import Any

from tqa.cache_folder import KeptTable

try:  # CPython's own compiler: parse, generate the code, build the pattern (untyped internals)
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)  # the engine's code word
except (ImportError, AttributeError, StopIteration):  # another Python: every pattern is compiled by re.compile
    _sre = None

FORMAT = 2
KEEP = 1024  # patterns kept at most (tqa compiles about 300); beyond, the file keeps those the last run used
_UNCACHED_FLAGS = re.DEBUG | re.TEMPLATE  # re.compile prints, or warns, for these
Key = tuple[str, int]
# _sre.compile's arguments but the pattern: (flags, code, groups - 1, groupindex, indexgroup). The code is
# kept as the bytes of an array of CODESIZE-byte words: read 7 times faster than a list of ints.
Parts = tuple[Any, ...]


class _Kept(KeptTable[Key, Parts]):
    """The compiled forms read from the cache file, and those this run added."""

    def __init__(self) -> None:
        build = f"{FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}"
        super().__init__("patterns", build, KEEP)


_KEPT = _Kept()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # re.compile's name: patterns.compile at each use
    """re.compile(pattern, flags), built from the cache when this Python compiled it before."""
    key = (pattern, int(flags))
    if _sre is None or flags & _UNCACHED_FLAGS or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    parts = _KEPT.table().get(key)
    if parts is not None:
        try:
            built = _built(pattern, parts)
            _KEPT.used[key] = parts
            return built
        except Exception:  # noqa: BLE001  (code this engine refuses: compile it afresh)
            pass
    compiled, parts = _compiled(pattern, int(flags))
    if parts is not None:
        _KEPT.add(key, parts)
    return compiled


def _compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], Parts | None]:
    """re._compiler.compile's steps, keeping the arguments of its last call."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return _built(pattern, parts), parts
    except Exception:  # noqa: BLE001  (a bad pattern raises re.error from re.compile, as it would have)
        return re.compile(pattern, flags), None


def _built(pattern: str, parts: Parts) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    built: re.Pattern[str] = _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)
    return built


def alternation(words: Iterable[str]) -> str:
    """`"|".join(words)` with the words grouped by their first letter, each group in the
    words' order: the same matches, since a character matches one of the first letters at
    most, and twenty times faster with re.IGNORECASE, where the engine enters every branch
    to test its first letter (a hundred number words at each word of a sentence; issue 14).
    Each word begins with an ASCII letter that no quantifier follows, in one case only."""
    groups: dict[str, list[str]] = {}
    for word in words:
        first, rest = word[:1], word[1:]
        if not (first.isascii() and first.isalpha()) or rest[:1] in ("*", "+", "?", "{") or first.swapcase() in groups:
            raise ValueError(f"not a word to group by its first letter: {word!r}")
        groups.setdefault(first, []).append(rest)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
