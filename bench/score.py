"""Reference-scoring benchmark: monolingual alignment + sacrebleu on a 1,000-segment pair.

    python bench/score.py [--segments 1000] [--seed 0]

The reference is the English sentences of samples/ and tests/articles/ concatenated
until it has N segments. The hypothesis is an edited copy with known edits: word
substitutions, dropped sentences, added sentences and two sentences merged into
one, so the gold beads are known. Prints the time to align and to score, the peak
Python memory of one run (tracemalloc, measured in a separate run because tracing
slows Python down), and how many gold beads the aligner reproduced exactly.
--all-edited changes every hypothesis sentence, the aligner's worst case.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqa.align.monolingual import align_monolingual
from tqa.model import Article, Segment
from tqa.readers import read_document
from tqa.scoring.score import score_beads
from tqa.text.segment import segment_document

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]
SUBSTITUTES = ("reportedly", "officially", "again", "formally", "also", "publicly")


def english_sentences() -> list[str]:
    paths = sorted([*ROOT.glob("samples/*.en.md"), *ROOT.glob("tests/articles/*.en.md")])
    return [s.text for p in paths for s in segment_document(read_document(p), "en").segments]


def build(count: int, seed: int) -> tuple[list[str], list[str], Beads]:
    """Reference sentences, edited hypothesis sentences, and the gold beads (hyp ids, ref ids)."""
    pool = english_sentences()
    ref = [pool[k % len(pool)] for k in range(count)]
    rng = random.Random(seed)
    hyp: list[str] = []
    gold: Beads = []
    k = 0
    previous_drop = False
    while k < len(ref):
        roll = rng.random()
        if roll < 0.04 and not previous_drop:
            gold.append(((), (k,)))
            k, previous_drop = k + 1, True
            continue
        previous_drop = False
        if roll < 0.08 and k + 1 < len(ref):
            merged = ref[k].rstrip(".") + ", and " + ref[k + 1][:1].lower() + ref[k + 1][1:]
            gold.append(((len(hyp),), (k, k + 1)))
            hyp.append(merged)
            k += 2
            continue
        words = ref[k].split()
        if roll < 0.25 and len(words) > 3:
            words.insert(rng.randrange(1, len(words)), rng.choice(SUBSTITUTES))
        gold.append(((len(hyp),), (k,)))
        hyp.append(" ".join(words))
        k += 1
        if rng.random() < 0.03:
            # No drop right after an add: the aligner pairs the two as one rewritten
            # sentence (tqa.scoring.score._pair_replacements), which is not what gold says.
            previous_drop = True
            gold.append(((len(hyp),), ()))
            hyp.append(f"The statement was issued on day {rng.randrange(1000)} of a long process of consultations.")
    return hyp, ref, gold


def article(texts: list[str], name: str) -> Article:
    return Article(name, "en", "lines", tuple(Segment(i, i, t) for i, t in enumerate(texts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--all-edited", action="store_true", help="Edit every sentence: no exact anchors, the DP does all the work."
    )
    args = parser.parse_args()
    hyp, ref, gold = build(args.segments, args.seed)
    if args.all_edited:
        hyp = [h + " indeed" for h in hyp]
    score_beads(article(hyp[:3], "warm"), article(ref[:3], "warm"), tuple(align_monolingual(hyp[:3], ref[:3])))

    start = time.perf_counter()
    beads = align_monolingual(hyp, ref)
    aligned = time.perf_counter()
    result = score_beads(article(hyp, "hyp"), article(ref, "ref"), beads)
    scored = time.perf_counter()

    tracemalloc.start()
    score_beads(article(hyp, "hyp"), article(ref, "ref"), align_monolingual(hyp, ref))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    found = {(b.source, b.target) for b in beads}
    exact = sum(1 for bead in gold if bead in found)
    print(f"hypothesis {len(hyp)} segments, reference {len(ref)} segments, {len(gold)} gold beads")
    print(f"align  {aligned - start:6.3f} s   ({exact}/{len(gold)} gold beads exact, {len(beads)} predicted)")
    print(
        f"score  {scored - aligned:6.3f} s   (BLEU {result.corpus.bleu:.1f}, chrF {result.corpus.chrf:.1f}, TER {result.corpus.ter:.1f})"
    )
    print(f"total  {scored - start:6.3f} s   peak Python memory {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
