"""tqa.generated_code: the methods of tqa's dataclasses, served from the cache file, are
the code a fresh compile gives; other packages' dataclasses never touch the file; a
damaged file or none is never an error."""

from __future__ import annotations

import dataclasses
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import tqa.pipeline  # noqa: F401  (imports every check: their dataclasses went through the file)
from tqa import generated_code
from tqa.cache_folder import KeptTable, write_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> KeptTable[str, Any]:
    """An empty table for this test, in the test's own cache folder (conftest)."""
    fresh: KeptTable[str, Any] = KeptTable("dataclass-code", generated_code._KEPT.build, generated_code.KEEP)
    monkeypatch.setattr(generated_code, "_KEPT", fresh)
    return fresh


def _make(module: str) -> type:
    """A frozen dataclass made in a module of this name, as `@dataclass` makes it there."""
    namespace = types.ModuleType(module)
    sys.modules[module] = namespace
    try:
        exec(  # noqa: S102
            "from dataclasses import dataclass, field\n"
            "@dataclass(frozen=True, order=True)\n"
            "class Pair:\n"
            "    left: int\n"
            "    right: tuple[str, ...] = field(default_factory=tuple)\n",
            namespace.__dict__,
        )
    finally:
        del sys.modules[module]
    made: type = namespace.Pair
    return made


def _methods(cls: type) -> dict[str, Any]:
    return {name: getattr(cls, name).__code__ for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__")}


def test_every_method_served_is_a_fresh_compile() -> None:
    served = dict(generated_code._KEPT.used)
    assert len(served) > 300  # the check modules' dataclasses went through tqa.generated_code
    for source, code in served.items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True), source


def test_a_class_made_from_the_file_is_the_class_made_without_it(
    kept: KeptTable[str, Any], _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _make("tqa.example")
    assert kept.added and kept.used
    kept.save()
    [written] = _cache_in_tmp.glob("dataclass-code-*.marshal")
    assert written.stat().st_mode & 0o022 == 0
    again: KeptTable[str, Any] = KeptTable("dataclass-code", kept.build, generated_code.KEEP)
    monkeypatch.setattr(generated_code, "_KEPT", again)
    served = _make("tqa.example")
    assert set(again.used) == set(kept.used) and not again.added  # every method came from the file
    monkeypatch.delattr(dataclasses, "exec")  # plain `dataclasses`: the builtin exec
    plain = _make("tqa.example")
    assert _methods(served) == _methods(first) == _methods(plain)
    assert served.__init__.__annotations__ == plain.__init__.__annotations__  # type: ignore[misc]
    assert served(1, ("a",)) < served(2) and repr(served(1)) == "Pair(left=1, right=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        served(1).left = 2  # type: ignore[misc]


def test_other_packages_dataclasses_are_compiled_as_ever(kept: KeptTable[str, Any]) -> None:
    _make("elsewhere")
    _make("tqaish.module")
    assert not kept.used and not kept.added


def test_a_damaged_file_or_none_compiles_afresh(
    kept: KeptTable[str, Any], _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make("tqa.example")
    kept.save()
    [written] = _cache_in_tmp.glob("dataclass-code-*.marshal")
    written.write_bytes(written.read_bytes()[:-3])  # truncated: its length and checksum no longer match
    assert KeptTable("dataclass-code", kept.build, 1).table() == {}
    write_table(written, "dataclass-code", dict.fromkeys(kept.used, "not code"))
    fresh: KeptTable[str, Any] = KeptTable("dataclass-code", kept.build, generated_code.KEEP)
    monkeypatch.setattr(generated_code, "_KEPT", fresh)
    assert _methods(_make("tqa.example")) == _methods(_make("elsewhere"))
    monkeypatch.setenv("TQA_CACHE_DIR", "off")
    fresh.save()
    assert set(written.parent.iterdir()) == {written}
