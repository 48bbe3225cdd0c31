"""A desk-sized glossary against an article: 5,000 entries, a 100-sentence pair.

    python bench/glossary.py [--entries 5000]

The glossary is the house glossary plus synthetic person and place entries
(built from Arabic and Latin syllables, each with Arabic forms, an accepted and
a forbidden variant), written to a CSV file as a desk would keep it. The article
pair is the bundled samples repeated to 100 Arabic sentences. Prints the time to
load the glossary (parse and build the matchers, once per run), the time to
check the pair with the name checks and with every check, and peak memory.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqa.checks import ALL_CHECKS, run_checks
from tqa.checks.base import CheckContext
from tqa.glossary.files import load_glossaries
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs

_SYLLABLES = [
    ("ka", "كا"),
    ("ri", "ري"),
    ("mu", "مو"),
    ("sa", "سا"),
    ("la", "لا"),
    ("di", "دي"),
    ("na", "نا"),
    ("ha", "ها"),
    ("bu", "بو"),
    ("ta", "تا"),
    ("fi", "في"),
    ("za", "زا"),
    ("qu", "قو"),
    ("wa", "وا"),
]


def synthetic_rows(count: int) -> list[dict[str, str]]:
    rng = random.Random(7)
    rows, seen = [], set()
    while len(rows) < count:
        parts = [rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))]
        latin = "".join(p[0] for p in parts).capitalize()
        arabic = "".join(p[1] for p in parts)
        if latin in seen:
            continue
        seen.add(latin)
        first = rng.choice(_SYLLABLES)
        rows.append(
            {
                "id": f"syn-{len(rows)}",
                "type": rng.choice(["person", "place"]),
                "en": f"{first[0].capitalize()}mad al-{latin}",
                "ar": f"{first[1]}مد {arabic}|ال{arabic}",
                "variants": f"{first[0].capitalize()}mad el-{latin}",
                "forbidden": f"{first[0].capitalize()}mad al-{latin}h",
            }
        )
    return rows


def article(lang: str, sentences_wanted: int) -> Document:
    blocks: list[Block] = []
    names = ["moscow-visit", "wheat-energy", "clean"]
    while True:
        for name in names:
            text = (ROOT / "samples" / f"{name}.{lang}.md").read_text(encoding="utf-8")
            blocks += [Block(p.strip().lstrip("# ")) for p in text.split("\n\n") if p.strip()]
            if len(blocks) >= sentences_wanted // 2:
                return Document(f"bench.{lang}", "text", tuple(blocks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.csv"
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.DictWriter(stream, fieldnames=["id", "type", "en", "ar", "variants", "forbidden"])
            writer.writeheader()
            writer.writerows(synthetic_rows(args.entries - 51))
        start = time.perf_counter()
        glossary = load_glossaries([ROOT / "glossaries" / "syria.yaml", path])
        load_time = time.perf_counter() - start
    document = align_inputs(Inputs(article("ar", 100), article("en", 100), "ar", "en"), glossary)
    context = CheckContext(document, glossary)
    name_checks = tuple(c for c in ALL_CHECKS if c.code.startswith("N"))
    timings = {}
    for label, checks in (("name checks", name_checks), ("all checks", ALL_CHECKS)):
        start = time.perf_counter()
        findings = run_checks(context, checks)
        timings[label] = (time.perf_counter() - start, len(findings))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"glossary: {len(glossary.entries):,} entries, loaded and indexed in {load_time:.2f} s")
    print(f"article pair: {len(document.source.segments)} Arabic and {len(document.target.segments)} English sentences")
    for label, (seconds, count) in timings.items():
        print(f"{label}: {seconds:.3f} s ({count} findings)")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
