"""The signature's dependency versions, kept between runs (tqa/pipeline_versions.py): the
same as importlib.metadata gives, read again when the installation may have changed."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from tqa import pipeline_versions as pv


def _metadata() -> tuple[tuple[str, str], ...]:
    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "none"

    return tuple((name, installed(name)) for name in pv.FINDING_DEPENDENCIES)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    pv.dependency_versions.cache_clear()
    yield tmp_path / pv._file_name()
    pv.dependency_versions.cache_clear()


def test_kept_versions_are_importlib_metadatas(cache: Path) -> None:
    assert pv.dependency_versions() == _metadata()
    assert list(json.loads(cache.read_text(encoding="utf-8"))["kept"]) == [pv._search_path_key()]
    pv.dependency_versions.cache_clear()
    assert pv.dependency_versions() == _metadata()


def test_a_kept_file_is_used_only_for_the_same_search_path(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pv.dependency_versions()
    data = json.loads(cache.read_text(encoding="utf-8"))
    key = pv._search_path_key()
    data["kept"][key] = [[name, "9.9"] for name, _ in data["kept"][key]]
    cache.write_text(json.dumps(data), encoding="utf-8")
    pv.dependency_versions.cache_clear()
    assert {found for _, found in pv.dependency_versions()} == {"9.9"}  # the file is what is read
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(folder)])
    pv.dependency_versions.cache_clear()
    assert pv.dependency_versions() == _metadata()  # another search path: read again
    (folder / "new.dist-info").mkdir()
    os.utime(folder, ns=(1, 1))
    assert pv._search_path_key() not in json.loads(cache.read_text(encoding="utf-8"))["kept"]  # a package installed there


def test_two_search_paths_taking_turns_both_stay_kept(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m tqa` puts the current folder first on the path, the `tqa` script its own
    folder: a desk (or a benchmark) using both must not read the versions again each time."""
    first = pv._search_path_key()
    pv.dependency_versions()
    script_folder = tmp_path / "bin"  # not the cache's folder, whose time each write changes
    script_folder.mkdir()
    monkeypatch.setattr(sys, "path", [str(script_folder), *sys.path[1:]])
    pv.dependency_versions.cache_clear()
    pv.dependency_versions()
    second = pv._search_path_key()
    assert first != second
    assert set(json.loads(cache.read_text(encoding="utf-8"))["kept"]) == {first, second}
    for key in (first, second):
        assert pv._kept(cache, key) == _metadata()


def test_only_the_last_search_paths_are_kept(cache: Path) -> None:
    for number in range(pv.KEEP + 3):
        pv._keep(cache, f"key-{number}", _metadata())
    assert list(json.loads(cache.read_text(encoding="utf-8"))["kept"]) == [f"key-{n}" for n in range(3, pv.KEEP + 3)]


@pytest.mark.parametrize(
    "damage", ["", "{", '{"key": 1}', '{"kept": []}', '{"kept": {"%s": [["numpy"]]}}', '{"kept": {"%s": 3}}', "[]"]
)
def test_a_damaged_file_is_read_again(cache: Path, damage: str) -> None:
    cache.write_text(damage.replace("%s", pv._search_path_key()), encoding="utf-8")
    assert pv.dependency_versions() == _metadata()


def test_a_file_others_may_write_is_not_trusted(cache: Path) -> None:
    pv.dependency_versions()
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["kept"] = {key: [[name, "9.9"] for name, _ in found] for key, found in data["kept"].items()}
    cache.write_text(json.dumps(data), encoding="utf-8")
    cache.chmod(0o666)
    pv.dependency_versions.cache_clear()
    assert pv.dependency_versions() == _metadata()


def test_no_cache_folder_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TQA_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    pv.dependency_versions.cache_clear()
    assert pv.dependency_versions() == _metadata()
    pv.dependency_versions.cache_clear()
    assert not list(tmp_path.iterdir())


def test_a_file_written_in_a_folder_of_the_path_reads_no_metadata(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m tqa` in a folder where a report was just written: the folder's time has
    changed, what importlib.metadata would find there has not (issue 14)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    monkeypatch.setattr(sys, "path", [str(folder), *sys.path[1:]])
    first = pv.dependency_versions()
    (folder / "report.json").write_text("{}", encoding="utf-8")
    os.utime(folder, ns=(1, 1))
    pv.dependency_versions.cache_clear()
    read_again: list[bool] = []
    monkeypatch.setattr(pv, "_installed_versions", lambda: read_again.append(True) or first)
    assert pv.dependency_versions() == first and not read_again
    assert pv._search_path_key() in json.loads(cache.read_text(encoding="utf-8"))["kept"]  # found by its time next
    (folder / "new-1.0.dist-info").mkdir()
    pv.dependency_versions.cache_clear()
    assert pv.dependency_versions() == first and read_again == [True]  # a package installed there: read again
