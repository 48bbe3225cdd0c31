"""Beads where the public galechurch package is right and tqa wrong, on one set and
variant of bench/align.py, printed with their sentences, to find why tqa loses:

    python bench/align_diff.py ../shared/data ntrex128-news [--variant "as published"]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align import HELD_OUT, SETS, VARIANTS, Doc, build, galechurch_align, score, variant_sets

from tqa.align.bilingual import align
from tqa.model import Article, Bead


def wrong_beads(beads: tuple[Bead, ...], ar_gold: list[int], en_gold: list[int], doc: Doc) -> list[Bead]:
    return [bead for bead in beads if score((bead,), ar_gold, en_gold, doc)[0] == 0]


def show(bead: Bead, source: Article, target: Article, ar_gold: list[int], en_gold: list[int]) -> str:
    lines = [f"  bead {bead.source}-{bead.target} score {bead.score}"]
    lines += [f"    ar {i} [g{ar_gold[i]}] {source.segments[i].text[:150]}" for i in bead.source]
    lines += [f"    en {j} [g{en_gold[j]}] {target.segments[j].text[:150]}" for j in bead.target]
    return "\n".join(lines)


def docs_for(data: Path, name: str, variant: str) -> list[Doc]:
    """The very documents bench/align.py scores for this set and variant."""
    for set_name, v, docs in variant_sets(data):
        if set_name == name and v == variant:
            return docs
    raise SystemExit(f"no set {name!r} with variant {variant!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("set", choices=(*SETS, HELD_OUT))
    parser.add_argument("--variant", default="as published", choices=VARIANTS)
    parser.add_argument("--all", action="store_true", help="every tqa error, not only those galechurch gets right")
    args = parser.parse_args()
    ours_wrong = theirs_wrong = 0
    for number, doc in enumerate(docs_for(args.data, args.set, args.variant)):
        source, ar_gold = build(doc.ar, "ar", doc)
        target, en_gold = build(doc.en, "en", doc)
        ours = wrong_beads(align(source, target), ar_gold, en_gold, doc)
        theirs = wrong_beads(galechurch_align(source, target), ar_gold, en_gold, doc)
        ours_wrong += len(ours)
        theirs_wrong += len(theirs)
        if ours and (args.all or len(theirs) < len(ours)):
            print(f"doc {number}: tqa {len(ours)} wrong, galechurch {len(theirs)} wrong")
            print("\n".join(show(bead, source, target, ar_gold, en_gold) for bead in ours))
            if theirs:
                print("  galechurch wrong:")
                print("\n".join(show(bead, source, target, ar_gold, en_gold) for bead in theirs))
    print(f"wrong beads: tqa {ours_wrong}, galechurch {theirs_wrong}")


if __name__ == "__main__":
    main()
