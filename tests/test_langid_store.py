"""langdetect's n-gram table kept on disk (tqa/readers/langid_store.py) gives every
n-gram the same row, to the bit, as the table computed from the profiles, and a
store that is missing, foreign or damaged is never used."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from langdetect import detector_factory

from tqa.readers import langdetect_profiles as lp
from tqa.readers import langid_store as store
from tqa.readers.langid import detect_latin_language

FOLDER = detector_factory.PROFILES_DIRECTORY
FILES = [f for f in os.listdir(FOLDER) if not f.startswith(".") and os.path.isfile(os.path.join(FOLDER, f))]
SENTENCES = [
    "Le président a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève.",
    "Der Minister sagte, die Gespräche würden in der nächsten Woche in Genf fortgesetzt werden.",
    "El ministro dijo que las conversaciones se reanudarían la próxima semana en Ginebra.",
    "disasters make logistics even more complicated for the relief agencies in the region",
    "Il ministro ha detto che i colloqui riprenderanno la prossima settimana a Ginevra.",
]


@pytest.fixture(autouse=True)
def _restore_the_detector() -> Iterator[None]:
    # langdetect's detector is module-level: the next test file gets the one it had.
    before = detector_factory._factory
    yield
    detector_factory._factory = before


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TQA_CACHE_DIR", str(tmp_path))
    path = store.store_path(FOLDER, FILES)
    assert path is not None and path.parent == tmp_path
    yield path


def test_every_stored_row_is_the_computed_row(cache: Path) -> None:
    names, profiles = lp._read_profiles(FOLDER, FILES)
    store.write_store(cache, names, profiles)
    opened = store.open_store(cache, lambda: {})
    assert opened is not None and opened[0] == names
    computed, stored = lp._LazyTable(profiles), opened[1]
    ngrams = {g for freq, _ in profiles for g in freq}
    assert len(ngrams) > 80_000
    for ngram in ngrams:
        assert ngram in stored and ngram in computed
        assert stored[ngram] == computed[ngram], ngram  # == on floats: the same float, bit for bit
    for absent in ("", "qqqq", "\x00", "ﻻﻻﻻ"):
        assert (absent in stored) == (absent in computed) is False


def _detections() -> list[tuple[str | None, ...]]:
    lp.install_lazy_factory()
    from langdetect import detect_langs

    found = [tuple(str(x) for x in detect_langs(s)) for s in SENTENCES]
    return [*found, tuple(detect_latin_language(s, min_letters=40, min_probability=0.9) for s in SENTENCES)]


def test_detections_are_the_same_with_and_without_the_store(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _detections()  # no store yet: computed from the profiles, and the store written
    assert cache.is_file()
    assert _detections() == first  # from the store
    monkeypatch.setenv("TQA_CACHE_DIR", "off")
    assert _detections() == first
    assert isinstance(detector_factory._factory.word_lang_prob_map, lp._LazyTable)


def test_a_store_used_is_a_stored_table(cache: Path) -> None:
    _detections()
    _detections()
    assert isinstance(detector_factory._factory.word_lang_prob_map, store.StoredTable)


@pytest.mark.parametrize("damage", ["truncate", "others", "format", "garbage"])
def test_a_bad_store_is_not_used(cache: Path, damage: str) -> None:
    _detections()
    if damage == "truncate":
        cache.write_bytes(cache.read_bytes()[:5000])
    elif damage == "others":
        cache.chmod(0o666)
    elif damage == "format":
        with sqlite3.connect(cache) as connection:
            connection.execute("UPDATE meta SET value = '0' WHERE name = 'format'")
    else:
        cache.write_bytes(b"not a database" * 100)
    assert store.open_store(cache, lambda: {}) is None
    assert _detections()[0][0].startswith("fr:")


def test_a_lookup_that_fails_goes_back_to_the_profiles(cache: Path) -> None:
    names, profiles = lp._read_profiles(FOLDER, FILES)
    store.write_store(cache, names, profiles)
    opened = store.open_store(cache, lambda: lp._LazyTable(profiles))
    assert opened is not None
    table = opened[1]
    table._connection.close()  # every query now fails
    assert "the" in table and table["the"] == lp._LazyTable(profiles)["the"]
    assert "qqqq" not in table
