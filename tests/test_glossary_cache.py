"""The compiled-glossary cache (tqa/glossary/cache.py): a hit gives the same glossary
without reading the file again, a changed file is a miss, and a cache that is corrupt,
foreign, unreadable, unwritable or turned off is ignored in silence."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tqa.checks.sense import _targets
from tqa.config import Settings
from tqa.glossary import cache as glossary_cache
from tqa.glossary.entry import entries_from_fields
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary
from tqa.pipeline import run
from tqa.report.json_report import render_json
from tqa.text.people import Surnames, surname_index

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "glossaries" / "syria.yaml"
SAMPLE = ROOT / "samples" / "moscow-visit.ar.md", ROOT / "samples" / "moscow-visit.en.md"


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "desk.yaml"
    shutil.copy(HOUSE, path)
    return path


def _compiled(folder: Path) -> list[Path]:
    return sorted(folder.glob("glossary-*.sqlite")) if folder.is_dir() else []


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed, not read from the cache")

    monkeypatch.setattr("tqa.glossary.files.load_glossary_entries", refuse)


def _same(a: Glossary, b: Glossary) -> None:
    assert a.entries == b.entries and a.sources == b.sources
    for text, lang in (("Ahmed al-Sharaa met Kamishli officials in Tartous.", "en"), ("والتقى الرئيس أحمد الشرع في طرطوس", "ar")):
        assert a.find(text, lang) == b.find(text, lang)  # type: ignore[arg-type]
        assert a.find_surnames(text, lang) == b.find_surnames(text, lang)  # type: ignore[arg-type]


def test_a_second_load_is_a_hit(tmp_path: Path, _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(tmp_path)
    first = load_glossaries([path])
    assert len(_compiled(_cache_in_tmp)) == 1
    _no_parsing(monkeypatch)
    second = load_glossaries([path])
    _same(first, second)
    assert second.cache_key == first.cache_key is not None



def test_cached_entries_are_those_the_loader_made(tmp_path: Path, _cache_in_tmp: Path) -> None:
    # A cached glossary rebuilds its entries without their __init__ (#14): the same fields in
    # the same order, so equality, hashing, repr and a second pickling all agree.
    first = load_glossaries([_copy(tmp_path)])
    second = load_glossaries([tmp_path / "desk.yaml"])
    assert second.entries is not first.entries and len(second.entries) == len(first.entries) > 10
    for made, rebuilt in zip(first.entries, second.entries, strict=True):
        assert list(rebuilt.__dict__.items()) == list(made.__dict__.items())
        assert rebuilt == made and hash(rebuilt) == hash(made) and repr(rebuilt) == repr(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        second.entries[0].en = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError):
        entries_from_fields([("only", "two")])


def test_a_changed_file_is_a_miss(tmp_path: Path, _cache_in_tmp: Path) -> None:
    path = _copy(tmp_path)
    load_glossaries([path])
    path.write_text(path.read_text(encoding="utf-8").replace("Tartus", "Tartoos"), encoding="utf-8")
    changed = load_glossaries([path])
    assert changed.by_id("tartus") is not None and changed.by_id("tartus").en == "Tartoos"  # type: ignore[union-attr]
    assert len(_compiled(_cache_in_tmp)) == 2


def test_the_same_bytes_under_another_path_are_another_glossary(tmp_path: Path) -> None:
    """Entries quote their file and line in messages, so the path is part of the key."""
    first, second = _copy(tmp_path), tmp_path / "other.yaml"
    shutil.copy(first, second)
    assert load_glossaries([first]).entries[0].origin.startswith(str(first))
    assert load_glossaries([second]).entries[0].origin.startswith(str(second))


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage", "header", "value"])
def test_a_corrupt_cache_is_rebuilt(tmp_path: Path, _cache_in_tmp: Path, damage: str) -> None:
    path = _copy(tmp_path)
    first = load_glossaries([path])
    (cached,) = _compiled(_cache_in_tmp)
    data = cached.read_bytes()
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
        "empty": b"",
        "garbage": os.urandom(1000),
        "header": data.replace(f"tqa-glossary-cache {glossary_cache.FORMAT}".encode(), b"tqa-glossary-cache 9", 1),
        # A value the lookups below read (Tartous's subtree, its entry): the file's own
        # structure is whole, the value's digest does not match.
        "value": data.replace(b"tartous", b"tartoue").replace(b"Tartous", b"Tartoue"),
    }[damage]
    assert damaged != data
    cached.write_bytes(damaged)
    _same(first, load_glossaries([path]))
    if damage != "flip":  # a byte of the file's free space changes no answer and may go unseen
        assert cached.read_bytes() == data  # written again, whole


def test_a_cache_of_something_else_is_not_a_glossary(tmp_path: Path, _cache_in_tmp: Path) -> None:
    path = _copy(tmp_path)
    first = load_glossaries([path])
    (cached,) = _compiled(_cache_in_tmp)
    key = cached.name.removeprefix("glossary-").removesuffix(".sqlite")
    glossary_cache.store(key, [("meta", pickle.dumps({"not": "a glossary"}))])
    _same(first, load_glossaries([path]))


def test_a_file_others_may_write_is_not_trusted(tmp_path: Path, _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(tmp_path)
    load_glossaries([path])
    (cached,) = _compiled(_cache_in_tmp)
    cached.chmod(0o666)
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="was parsed"):
        load_glossaries([path])


@pytest.mark.parametrize("setting", ["off", "OFF", "0", "none"])
def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    monkeypatch.setenv("TQA_CACHE_DIR", setting)
    glossary = load_glossaries([_copy(tmp_path)])
    assert glossary.cache_key is None and len(glossary) > 50
    assert not [p for p in tmp_path.rglob("glossary-*")]


def test_xdg_cache_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TQA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_glossaries([_copy(tmp_path)])
    assert len(_compiled(tmp_path / "xdg" / "tqa")) == 1


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TQA_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    path = _copy(tmp_path)
    first = load_glossaries([path])
    _same(first, load_glossaries([path]))
    assert first.cache_key is not None and not list(tmp_path.rglob("*.tmp"))


def test_nothing_is_written_next_to_the_input(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    load_glossaries([path])
    assert sorted(p.name for p in path.parent.iterdir()) == ["desk.yaml", "tqa-cache"]


def test_a_missing_glossary_is_still_the_clear_error(tmp_path: Path) -> None:
    from tqa.errors import GlossaryError

    with pytest.raises(GlossaryError, match="not found"):
        load_glossaries([tmp_path / "missing.yaml"])


def test_derived_indexes_are_cached_with_the_glossary_entries(
    tmp_path: Path, _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(tmp_path)
    built = load_glossaries([path]).index("people.surnames", lambda g: surname_index(g.entries))
    assert len(_compiled(_cache_in_tmp)) == 2 and isinstance(built, dict)

    def refuse(glossary: Glossary) -> dict[str, list[int]]:
        raise AssertionError("built again")

    glossary = load_glossaries([path])
    cached = glossary.index("people.surnames", refuse)
    assert cached is not built and all(cached.get(key) == people for key, people in built.items())
    assert cached.get("en\0nobody") is None
    found = Surnames(cached, glossary.entries).find("Lavrov met the press.", "en")
    assert found and all(any(m.entry is e for e in glossary.entries) for m in found)  # the glossary's own entries


def test_an_index_of_entry_positions_is_cached_as_it_is(tmp_path: Path, _cache_in_tmp: Path) -> None:
    path = _copy(tmp_path)
    built = load_glossaries([path]).index("M805 targets", _targets)
    cached = load_glossaries([path]).index("M805 targets", lambda g: {})
    assert isinstance(built, dict) and len(built) > 10
    assert all(cached.get(key) == targets for key, targets in built.items()) and cached.get("no such key") is None


def test_the_glossary_just_compiled_holds_its_tries_as_a_cached_one_does(tmp_path: Path, _cache_in_tmp: Path) -> None:
    """Millions of trie nodes the collector would scan for the rest of the run (#14)."""
    fresh = load_glossaries([_copy(tmp_path)])
    assert all(isinstance(node, bytes) for node in fresh._english.root.values())
    assert [m.form for m in fresh.find("Ahmed al-Sharaa met Lavrov in Qamishli.", "en")] == [
        "Ahmed al-Sharaa",
        "Lavrov",
        "Qamishli",
    ]


def test_findings_are_byte_identical_cold_and_cached(_cache_in_tmp: Path) -> None:
    settings = Settings(glossaries=(str(HOUSE),))
    cold = render_json(run(*SAMPLE, settings), settings.fail_on)
    assert len(_compiled(_cache_in_tmp)) >= 2  # the glossary and what the checks derived from it
    cached = render_json(run(*SAMPLE, settings), settings.fail_on)
    off = os.environ["TQA_CACHE_DIR"]
    os.environ["TQA_CACHE_DIR"] = "off"
    try:
        uncached = render_json(run(*SAMPLE, settings), settings.fail_on)
    finally:
        os.environ["TQA_CACHE_DIR"] = off
    assert cold == cached == uncached
    assert json.loads(cold)["findings"]


def test_old_files_are_pruned(tmp_path: Path, _cache_in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_cache, "KEEP", 3)
    for number in range(5):
        glossary_cache.store(f"{number:064x}", [("meta", pickle.dumps(number))])
    assert len(_compiled(_cache_in_tmp)) == 3


def test_a_file_another_run_pruned_meanwhile_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_cache, "KEEP", 1)
    kept = [tmp_path / f"glossary-{n}.sqlite" for n in range(3)]
    for path in kept:
        path.write_bytes(b"x")
    gone = tmp_path / "glossary-gone.sqlite"  # listed, then removed by another run

    class Listing(type(tmp_path)):  # type: ignore[misc]
        def glob(self, pattern: str) -> list[Path]:  # type: ignore[override]
            return [*kept, gone]

    glossary_cache._prune(Listing(tmp_path))
    assert len(_compiled(tmp_path)) == 1


def test_loading_a_glossary_leaves_the_garbage_collector_as_it_was() -> None:
    # gc.freeze() after a build hid every earlier cycle from the collector for good: a
    # long-lived process loading glossaries again and again grew past 1.8 GB (bench/fuzz.py).
    import gc

    frozen = gc.get_freeze_count()
    load_glossaries([ROOT / "glossaries" / "syria.yaml"])
    assert gc.get_freeze_count() == frozen and gc.isenabled()


def test_a_cached_glossary_is_read_only_as_far_as_the_text_asks(tmp_path: Path, _cache_in_tmp: Path) -> None:
    # #14: a check of one article meets a few of a desk's entries; a cached glossary
    # makes those, not all of them, and finds what the glossary just compiled finds.
    rows = ["id,type,en,ar"] + [f"p{n},person,Name{n} Family{n},اسم{n} عائلة{n}" for n in range(500)]
    rows += ["lavrov,person,Sergei Lavrov,سيرغي لافروف"]
    path = tmp_path / "desk.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    fresh = load_glossaries([path])
    text = "Sergei Lavrov met the press; Lavrov said little."
    surnames = fresh.find_surnames(text, "en")  # the index of people by surname is built, and cached
    cached = load_glossaries([path])
    assert cached.find(text, "en") == fresh.find(text, "en") and cached.find_surnames(text, "en") == surnames != []
    assert [m.entry.id for m in cached.find(text, "en")] == ["lavrov"]
    assert len(cached.entries._made) < 10 < len(cached)  # type: ignore[attr-defined]
    assert list(cached.entries) == list(fresh.entries) and cached.entries[-1] == fresh.entries[-1]
    assert cached.by_id("p7") == fresh.by_id("p7") and cached.entries[3:5] == fresh.entries[3:5]


def test_a_check_with_a_cached_csv_glossary_reads_no_yaml(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom tqa.glossary.files import load_glossaries\n"
        f"load_glossaries([Path({str(tmp_path / 'desk.csv')!r})])\n"
        "print(sorted(set(sys.modules) & {'yaml', 'tempfile'}))\n"
    )
    (tmp_path / "desk.csv").write_text("id,en,ar\ntartus,Tartus,طرطوس\n", encoding="utf-8")
    environment = {**os.environ, "TQA_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first run compiles and writes the cache (tempfile)
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env=environment)
    assert done.stdout.split("\n")[-2] == "[]"
