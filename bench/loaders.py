"""Hostile loader inputs whose cost grew faster than their size once: one timing line each,
in-process, with the size at a tenth beside it so the growth shows (linear: about 10x).
tests/test_loaders_hostile.py checks the same inputs' results; no test asserts a time.
Prints; asserts nothing.

    python bench/loaders.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqa.checks.fingerprint import Fingerprints
from tqa.glossary.files import load_glossary_entries
from tqa.glossary.model import Glossary


def fingerprints_in_one_huge_sentence(n: int, _folder: Path) -> None:
    sentence, other, cached = "the " * 50_000, "ال" * 1000, Fingerprints()
    for k in range(n):
        cached("U401", sentence, other, f"the\x1e{k}")


def forms_folding_to_one_word(n: int, folder: Path) -> None:
    lines = ["entries:"]
    for k in range(n):
        lines += [f"  - id: e{k}", f"    en: Entry {k}", f"    ar: [{'الكلمة' if k % 10 == 1 else 'كلمة'}]"]
    path = folder / f"g{n}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    Glossary(load_glossary_entries(path)).find("وصلت الكلمة أمس", "ar")


def nested_tbx_concepts(n: int, folder: Path) -> None:
    inner = '<langSet xml:lang="en"><tig><term>Term</term></tig></langSet>'
    path = folder / f"t{n}.tbx"
    path.write_text(
        '<?xml version="1.0"?><martif><text><body>' + ("<termEntry>" + inner) * n + "</termEntry>" * n + "</body></text></martif>",
        encoding="utf-8",
    )
    load_glossary_entries(path)


CASES: dict[str, tuple[Callable[[int, Path], None], int]] = {
    "fingerprints of findings in one 200 KB sentence": (fingerprints_in_one_huge_sentence, 20_000),
    "glossary entries whose Arabic forms fold to one word": (forms_folding_to_one_word, 30_000),
    "nested TBX concepts": (nested_tbx_concepts, 4_000),
}


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    with tempfile.TemporaryDirectory() as temp:
        for name, (case, size) in CASES.items():
            timings = []
            for n in (size // 10, size):
                start = time.perf_counter()
                case(n, Path(temp))
                timings.append(time.perf_counter() - start)
            print(f"{name}: {size // 10:,} in {timings[0]:.3f} s, {size:,} in {timings[1]:.3f} s ({timings[1] / max(timings[0], 1e-9):.1f}x)")


if __name__ == "__main__":
    main()
