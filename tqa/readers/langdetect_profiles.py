"""langdetect's 55 language profiles, turned into its n-gram table on demand.

langdetect's own loader (DetectorFactory.load_profile) builds a table of 87,598
n-grams x 55 languages before the first detection: 0.5 s and about 60 MB, of which
a check uses the few hundred n-grams its sentences contain (issue #14). This table
computes a row the first time langdetect asks for it, with the same arithmetic
(langdetect 1.0.9, detector_factory.add_profile), in the same language order
(os.listdir of the profile folder), so every probability is the same float.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from tqa.readers.langid_store import Profiles, open_store, store_path, write_store


class _LazyTable(dict[str, list[float]]):
    """n-gram -> probability per language, filled in as langdetect looks n-grams up.

    langdetect's Detector only asks `ngram in table` and then `table[ngram]`.
    """

    def __init__(self, profiles: Profiles) -> None:
        super().__init__()
        self._profiles = profiles

    def __contains__(self, ngram: object) -> bool:
        if dict.__contains__(self, ngram):
            return True
        if not isinstance(ngram, str) or not any(ngram in freq for freq, _ in self._profiles):
            return False
        self[ngram] = self._row(ngram)
        return True

    def __missing__(self, ngram: str) -> list[float]:
        if ngram not in self:
            raise KeyError(ngram)
        return self[ngram]

    def _row(self, ngram: str) -> list[float]:
        row = [0.0] * len(self._profiles)
        length = len(ngram)
        if not 1 <= length <= 3:
            return row  # langdetect keeps such n-grams with no probability
        for index, (freq, n_words) in enumerate(self._profiles):
            count = freq.get(ngram)
            if count is not None:
                row[index] = 1.0 * count / n_words[length - 1]
        return row


def install_lazy_factory() -> None:
    """Make langdetect's module-level detector use the on-demand table (seeded: see tqa.readers.langid):
    the rows kept on disk (tqa.readers.langid_store), else computed from the profiles, which
    that run then keeps."""
    from langdetect import detector_factory  # heavy: only when a Latin-script text needs it

    folder = detector_factory.PROFILES_DIRECTORY
    # langdetect's order (os.listdir) decides the language indices.
    files = [f for f in os.listdir(folder) if not f.startswith(".") and os.path.isfile(os.path.join(folder, f))]
    path = store_path(folder, files)

    @cache
    def computed() -> dict[str, list[float]]:  # for a store that fails half-way
        return _LazyTable(_read_profiles(folder, files)[1])

    stored = open_store(path, computed) if path is not None else None
    table: dict[str, list[float]]
    if stored is not None:
        names, table = stored
    else:
        names, profiles = _read_profiles(folder, files)
        table = _LazyTable(profiles)
        if path is not None:
            write_store(path, names, profiles)
    factory = detector_factory.DetectorFactory()
    factory.langlist = names
    factory.word_lang_prob_map = table
    detector_factory.DetectorFactory.seed = 0
    detector_factory._factory = factory


def _read_profiles(folder: str, files: list[str]) -> tuple[list[str], Profiles]:
    names: list[str] = []
    profiles: Profiles = []
    for filename in files:
        with open(os.path.join(folder, filename), encoding="utf-8") as handle:
            data: dict[str, Any] = json.load(handle)
        names.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    return names, profiles
