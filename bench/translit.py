"""Transliteration key: precision and recall on the repo table and on shared name lists.

    python bench/translit.py [../shared/data]

Prints P/R/F1 of `same_name` on tests/data/translit_pairs.tsv (the table tqa was
tuned on) and, when the shared data folder is given, on pairs it has never seen:
romanisations of the same Arabic given name (name-variants-pypi) as positives and
of different names as negatives, with a rapidfuzz-ratio baseline at its best
threshold; and `latin_matches_arabic` on GeoNames places (English name against
the place's Arabic forms, and against another place's) as recall and
false-positive rate. Also throughput in pairs per second.
"""

from __future__ import annotations

import csv
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shared_data import data_parser, require

from tqa.text.skeletons import latin_matches_arabic
from tqa.text.translit import same_name

ROOT = Path(__file__).resolve().parent.parent


def prf(predicted: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(predicted, gold, strict=False))
    precision = tp / max(sum(predicted), 1)
    recall = tp / max(sum(gold), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def table_pairs() -> list[tuple[str, str, bool]]:
    with (ROOT / "tests" / "data" / "translit_pairs.tsv").open(encoding="utf-8") as stream:
        return [(r["a"], r["b"], r["label"] == "same") for r in csv.DictReader(stream, delimiter="\t")]


def given_name_pairs(data: Path, rng: random.Random) -> list[tuple[str, str, bool]]:
    groups = []
    with (data / "name-variants-pypi" / "arabic_name_variants.tsv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            forms = [f.strip() for f in row["latin_forms_lowercase"].split("|") if f.strip()]
            if len(forms) > 1:
                groups.append(forms)
    positives = [(a, b, True) for forms in groups for a, b in itertools.combinations(forms, 2)]
    negatives = []
    while len(negatives) < len(positives):
        first, second = rng.sample(groups, 2)
        negatives.append((rng.choice(first), rng.choice(second), False))
    return positives + negatives


def report(label: str, pairs: list[tuple[str, str, bool]]) -> None:
    start = time.perf_counter()
    predicted = [same_name(a, b) for a, b, _ in pairs]
    rate = len(pairs) / (time.perf_counter() - start)
    p, r, f = prf(predicted, [g for *_, g in pairs])
    print(f"| {label} | {len(pairs)} | {p:.3f} | {r:.3f} | {f:.3f} | {rate:,.0f} |")


def rapidfuzz_baseline(pairs: list[tuple[str, str, bool]]) -> str:
    try:
        from rapidfuzz.fuzz import ratio
    except ImportError:  # a comparison only: not a tqa dependency
        return "| rapidfuzz baseline skipped: `pip install rapidfuzz` to print it | | | | | |"

    scores = [ratio(a.lower(), b.lower()) for a, b, _ in pairs]
    gold = [g for *_, g in pairs]
    best = max((prf([s >= t for s in scores], gold) + (t,) for t in range(50, 100, 2)), key=lambda x: x[2])
    return f"| rapidfuzz ratio >= {best[3]} (best threshold) | {len(pairs)} | {best[0]:.3f} | {best[1]:.3f} | {best[2]:.3f} | |"


def places(data: Path, rng: random.Random) -> None:
    rows = []
    with (data / "geonames-places" / "places_arab_countries.tsv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            arabic = [f.strip() for f in row["arabic_script_names"].split("|") if f.strip()]
            if arabic and row["name"].isascii():
                rows.append((row["name"], arabic))
    hits = sum(any(latin_matches_arabic(name, form) for form in forms) for name, forms in rows)
    false = sum(any(latin_matches_arabic(name, form) for form in rng.choice(rows)[1]) for name, _ in rows)
    print(
        f"\nlatin_matches_arabic on {len(rows)} GeoNames places: recall {hits / len(rows):.3f}, "
        f"false matches against a random other place {false / len(rows):.3f}"
    )


def main() -> None:
    folder = data_parser(__doc__, optional=True).parse_args().data
    rng = random.Random(11)
    print("| pairs | n | precision | recall | F1 | pairs/s |\n|---|---|---|---|---|---|")
    report("tests/data/translit_pairs.tsv (tuned on)", table_pairs())
    if folder is not None:
        data = require(folder, "name-variants-pypi", "geonames-places")
        pairs = given_name_pairs(data, rng)
        report("name-variants-pypi given names (unseen)", pairs)
        print(rapidfuzz_baseline(pairs))
        places(data, rng)


if __name__ == "__main__":
    main()
