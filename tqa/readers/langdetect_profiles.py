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
from typing import Any


class _LazyTable(dict[str, list[float]]):
    """n-gram -> probability per language, filled in as langdetect looks n-grams up.

    langdetect's Detector only asks `ngram in table` and then `table[ngram]`.
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]]) -> None:
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
    """Make langdetect's module-level detector use the on-demand table (seeded: see tqa.readers.langid)."""
    from langdetect import detector_factory  # heavy: only when a Latin-script text needs it

    folder = detector_factory.PROFILES_DIRECTORY
    names: list[str] = []
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for filename in os.listdir(folder):  # langdetect's order: it decides the language indices
        path = os.path.join(folder, filename)
        if filename.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            data: dict[str, Any] = json.load(handle)
        names.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    factory = detector_factory.DetectorFactory()
    factory.langlist = names
    factory.word_lang_prob_map = _LazyTable(profiles)
    detector_factory.DetectorFactory.seed = 0
    detector_factory._factory = factory
