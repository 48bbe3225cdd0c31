"""Alignment benchmark on real Arabic-English documents (../shared/data), and a scaling run.

    python bench/align.py ../shared/data [--limit N] [--sizes 100,1000,10000]

For each set, a document's lines are joined into one Arabic and one English
article with no paragraph hints (the harder case), tqa splits and aligns them,
and a bead counts as correct when all its sentences come from one gold segment
pair (data/README.md). Precision: correct beads / predicted beads. Recall: gold
segment pairs every one of whose beads is correct. Derived sets delete segments
on one side (omissions, additions: their sentences must come out as null beads)
and merge neighbouring segments; "omitted short" deletes only one-sentence
segments of at most 12 words, the omissions that hide best in a merge; "replaced"
drops a segment on one side and adds in its place an unrelated one-sentence segment of
similar length from another document of the set (a translator who drops a sentence
and writes another): both must come out as null beads. The same
figures are computed in the same run for a length-only Gale-Church baseline and
for the public `galechurch` package (pip install -e ".[bench]") with the
parameters it ships. Scaling runs each size in a fresh process, so that its peak
memory is its own.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import require

from tqa.align.bilingual import align, align_length_only
from tqa.model import Article, Bead, Segment
from tqa.text.segment import split_sentences

SETS = ("ntrex128-news", "flores200-devtest", "iwslt17-ted-talks")
# UD PUD sentences grouped by their document id. It is held out: no lexicon entry
# was chosen from its vocabulary (the lexicon's later additions came from the most
# frequent English words of the three sets above), so it shows whether the anchors
# carry over to text they were not chosen on.
HELD_OUT = "ud-pud-news-wiki"


@dataclass
class Doc:
    ar: list[str]  # one gold segment per line ("" for a deleted segment)
    en: list[str]
    joined: frozenset[int] = frozenset()  # line i shares its gold group with line i + 1 (a merge on one side)

    def group(self, line: int) -> int:
        while line - 1 in self.joined:
            line -= 1
        return line


def load_docs(root: Path, name: str) -> list[Doc]:
    if name == HELD_OUT:
        return load_pud(root / name)
    docs = []
    for folder in sorted((root / name / "docs").iterdir()):
        ar = (folder / "ar.txt").read_text(encoding="utf-8").splitlines()
        en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
        if len(ar) == len(en) and len(ar) >= 3:
            docs.append(Doc(ar, en))
    return docs


def load_pud(folder: Path) -> list[Doc]:
    ar = (folder / "pud.ar").read_text(encoding="utf-8").splitlines()
    en = (folder / "pud.en").read_text(encoding="utf-8").splitlines()
    ids = [row.split("\t")[1] for row in (folder / "pud.ids.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    by_doc: dict[str, list[int]] = {}
    for line, doc_id in enumerate(ids):
        by_doc.setdefault(doc_id, []).append(line)
    return [Doc([ar[i] for i in lines], [en[i] for i in lines]) for lines in by_doc.values() if len(lines) >= 3]


def build(lines: list[str], lang: str, doc: Doc) -> tuple[Article, list[int]]:
    """One article (single paragraph) and, per sentence, its gold segment group."""
    segments, gold = [], []
    for index, line in enumerate(lines):
        for sentence in split_sentences(line, lang):  # type: ignore[arg-type]
            segments.append(Segment(len(segments), 0, sentence))
            gold.append(doc.group(index))
    return Article("bench", lang, "lines", tuple(segments)), gold  # type: ignore[arg-type]


def score(beads: tuple[Bead, ...], ar_gold: list[int], en_gold: list[int], doc: Doc) -> tuple[int, int, int, int]:
    correct_beads = 0
    bad_segments: set[int] = set()
    for bead in beads:
        groups = {ar_gold[i] for i in bead.source} | {en_gold[j] for j in bead.target}
        ok = len(groups) == 1
        if ok and (not bead.source or not bead.target):
            g = next(iter(groups))  # a null bead is right only where the other side is really empty
            lines = [n for n in range(len(doc.ar)) if doc.group(n) == g]
            ok = not any((doc.en[n] if not bead.target else doc.ar[n]).strip() for n in lines)
        correct_beads += ok
        if not ok:
            bad_segments |= groups
    gold_segments = {g for g in ar_gold} | {g for g in en_gold}
    # Omitted segments: a group whose lines are all empty on one side only.
    omitted = {g for g in gold_segments if _one_side_empty(doc, g)}
    return (
        correct_beads,
        len(beads),
        len(gold_segments - bad_segments),
        len(gold_segments),
        len(omitted - bad_segments),
        len(omitted),
    )


def _one_side_empty(doc: Doc, group: int) -> bool:
    lines = [n for n in range(len(doc.ar)) if doc.group(n) == group]
    ar_empty = not any(doc.ar[n].strip() for n in lines)
    en_empty = not any(doc.en[n].strip() for n in lines)
    return ar_empty != en_empty


def derive(doc: Doc, rng: random.Random, kind: str) -> Doc:
    ar, en = list(doc.ar), list(doc.en)
    if kind == "omissions":
        for _ in range(max(1, len(ar) // 8)):
            i = rng.randrange(len(ar))
            if rng.random() < 0.5:
                en[i] = ""
            else:
                ar[i] = ""
    elif kind == "omitted short":
        short = [i for i in range(len(ar)) if _one_short_sentence(ar[i]) and _one_short_sentence(en[i])]
        for i in rng.sample(short, min(len(short), max(1, len(ar) // 8))):
            if rng.random() < 0.5:
                en[i] = ""
            else:
                ar[i] = ""
    elif kind == "merges":
        # Two neighbouring segments joined on one side only: the gold bead becomes
        # 2-1 or 1-2 (or wider when the segments hold several sentences).
        joined: set[int] = set()
        for _ in range(max(1, len(ar) // 8)):
            i = rng.randrange(len(ar) - 1)
            if {i - 1, i, i + 1} & joined:
                continue
            side = ar if rng.random() < 0.5 else en
            if side[i] and side[i + 1] and (en if side is ar else ar)[i] and (en if side is ar else ar)[i + 1]:
                side[i] = f"{side[i]} {side[i + 1]}"
                side[i + 1] = ""
                joined.add(i)
        return Doc(ar, en, frozenset(joined))
    return Doc(ar, en)


def replace_segments(doc: Doc, rng: random.Random, pool: dict[str, list[str]]) -> Doc:
    """The "replaced" variant: about one segment in eight dropped on one side, and a
    sentence of similar length (3/4 to 4/3 of it) from `pool` added on that side in its
    place, as a segment of its own that the other side lacks."""
    ar, en = list(doc.ar), list(doc.en)
    for _ in range(max(1, len(ar) // 8)):
        i = rng.randrange(len(ar))
        side, lang = (en, "en") if rng.random() < 0.5 else (ar, "ar")
        other = ar if side is en else en
        if not side[i] or not other[i]:
            continue
        near = [s for s in pool[lang] if 0.75 * len(side[i]) <= len(s) <= 1.33 * len(side[i]) and s not in side]
        if not near:
            continue
        side[i] = ""
        ar.insert(i + 1, "")
        en.insert(i + 1, "")
        side[i + 1] = rng.choice(near)
    return Doc(ar, en)


# The derived sets pick one-sentence segments by their punctuation, not by tqa's splitter:
# with the splitter, a change to it changed the very segments "omitted short" deletes and
# "replaced" adds, and so the set it was measured on (branch align9).
_INNER_END = re.compile(r"[.!?؟…](?=\s+\S)")


def one_sentence(line: str) -> bool:
    """A segment with no full stop, question or exclamation mark before its last word."""
    return _INNER_END.search(line.strip()) is None


def _one_short_sentence(line: str) -> bool:
    """A segment of one sentence, at most 12 words on this side."""
    return len(line.split()) <= 12 and one_sentence(line)


VARIANTS = ("as published", "omissions", "omitted short", "merges", "replaced")
CONFIDENCE: list[tuple[float, bool]] = []  # (bead score, bead correct) of tqa's beads, for the confidence table


def galechurch_align(source: Article, target: Article) -> tuple[Bead, ...]:
    """The public galechurch package with the parameters it ships (Gale & Church 1993)."""
    import galechurch  # the bench extra: never a dependency of tqa itself

    block = galechurch.align([s.text for s in source.segments], [s.text for s in target.segments])
    return tuple(
        Bead(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end))) for b in block.beads
    )


def run_set(docs: list[Doc], aligner: object) -> tuple[float, ...]:
    totals = [0, 0, 0, 0, 0, 0]
    sentences = 0
    start = time.perf_counter()
    for doc in docs:
        ar_article, ar_gold = build(doc.ar, "ar", doc)
        en_article, en_gold = build(doc.en, "en", doc)
        beads = aligner(ar_article, en_article)  # type: ignore[operator]
        if aligner is align:
            for bead in beads:
                groups = {ar_gold[i] for i in bead.source} | {en_gold[j] for j in bead.target}
                CONFIDENCE.append((bead.score, len(groups) == 1 and score((bead,), ar_gold, en_gold, doc)[0] == 1))
        for t, value in enumerate(score(beads, ar_gold, en_gold, doc)):
            totals[t] += value
        sentences += len(ar_article.segments) + len(en_article.segments)
    elapsed = time.perf_counter() - start
    precision, recall = totals[0] / totals[1], totals[2] / totals[3]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    omission_recall = totals[4] / totals[5] if totals[5] else float("nan")
    return precision, recall, f1, sentences / elapsed, omission_recall


def scaled_articles(data: Path, size: int) -> tuple[Article, Article]:
    """About `size` Arabic sentences and the English that translates them: whole
    documents of the three calibration sets, concatenated (repeated when needed) on
    both sides, so that the two ends still correspond."""
    docs = [doc for name in SETS for doc in load_docs(data, name)]
    ar: list[str] = []
    en: list[str] = []
    while len(ar) < size:
        for doc in docs:
            ar += [s for line in doc.ar for s in split_sentences(line, "ar")]
            en += [s for line in doc.en for s in split_sentences(line, "en")]
            if len(ar) >= size:
                break
    source = Article("s", "ar", "lines", tuple(Segment(i, 0, t) for i, t in enumerate(ar)))
    target = Article("t", "en", "lines", tuple(Segment(i, 0, t) for i, t in enumerate(en)))
    return source, target


def scale_once(data: Path, size: int) -> None:
    """One aligner run in this (fresh) process: prints seconds (wall and CPU), peak RSS
    in MB and how much it grew during the alignment. The sentence features of a long
    input are found by worker processes (tqa.text.feature_pool): their CPU time counts,
    and their peak (RUSAGE_CHILDREN's, the largest worker's) is added to this process's,
    an upper bound, since a forked worker's pages shared with this process count in both."""
    source, target = scaled_articles(data, size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    align(source, target)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += workers.ru_utime + workers.ru_stime
    total = peak + workers.ru_maxrss
    print(f"{len(source.segments)} {len(target.segments)} {elapsed:.3f} {total / 1024:.0f} {max(total - before, 0) / 1024:.0f} {cpu:.3f}")


def scaling(data: Path, sizes: list[int], runs: int) -> list[str]:
    """Median time and peak memory of `runs` fresh processes per size."""
    import statistics
    import subprocess

    rows = []
    for size in sizes:
        results = []
        for _ in range(runs):
            command = [sys.executable, __file__, str(data), "--scale-once", str(size)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
            results.append(out)
        n, m = results[0][0], results[0][1]
        elapsed, peak, grew, cpu = (statistics.median(float(r[column]) for r in results) for column in (2, 3, 4, 5))
        rows.append(f"| {int(n):,} x {int(m):,} | {elapsed:.2f} s | {cpu:.2f} s | {peak:.0f} MB | {grew:.0f} MB | {runs} |")
    return rows


def own_articles() -> str:
    """The samples and test articles against their hand-checked gold beads, with the
    paragraph hints the files give (tqa's normal input)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_align_articles import GOLD, aligned  # type: ignore[import-not-found]

    from tqa.align.evaluation import evaluate_beads, parse_beads

    rows = ["\n| article | beads | tqa strict P | R | F1 | length-only F1 |", "|---|---|---|---|---|---|"]
    for gold in GOLD:
        document = aligned(gold)
        expected = parse_beads(gold.read_text(encoding="utf-8"))
        ours = evaluate_beads(document.beads, expected)
        base = evaluate_beads(align_length_only(document.source, document.target), expected)
        rows.append(
            f"| {gold.parent.name}/{gold.name.removesuffix('.gold')} | {len(expected)} | {ours.strict_precision:.3f} | "
            f"{ours.strict_recall:.3f} | {ours.strict_f1:.3f} | {base.strict_f1:.3f} |"
        )
    return "\n".join(rows)


def confidence_table() -> str:
    """How well bead confidence separates right from wrong beads: ROC AUC, and the
    share of right beads above and below the reports' 0.5 mark."""
    right = [s for s, ok in CONFIDENCE if ok]
    wrong = [s for s, ok in CONFIDENCE if not ok]
    if not right or not wrong:
        return "\nconfidence: every bead right or every bead wrong; nothing to separate"
    # AUC = P(score of a right bead > score of a wrong one), ties count half.
    ordered = sorted(CONFIDENCE)
    rank_sum = 0.0
    index = 0
    while index < len(ordered):
        end = index
        while end < len(ordered) and ordered[end][0] == ordered[index][0]:
            end += 1
        average = (index + 1 + end) / 2
        rank_sum += average * sum(1 for _, ok in ordered[index:end] if ok)
        index = end
    auc = (rank_sum - len(right) * (len(right) + 1) / 2) / (len(right) * len(wrong))
    low = [ok for s, ok in CONFIDENCE if s < 0.5]
    high = [ok for s, ok in CONFIDENCE if s >= 0.5]
    return (
        f"\nconfidence (tqa, all sets and variants): {len(CONFIDENCE):,} beads, {len(wrong):,} wrong; ROC AUC {auc:.3f}; "
        f"beads >= 0.5: {sum(high) / max(len(high), 1):.3f} right ({len(high):,}); "
        f"beads < 0.5 (marked low in reports): {sum(low) / max(len(low), 1):.3f} right ({len(low):,})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    parser.add_argument("--sizes", default="100,1000,10000,30000,100000", help="sentences per side for the scaling table")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per scaling size (the median is printed)")
    parser.add_argument("--only", choices=("quality", "scaling"), help="run one part only")
    parser.add_argument("--scale-once", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    require(args.data, *SETS, HELD_OUT)
    if args.scale_once:
        scale_once(args.data, args.scale_once)
        return
    if args.only != "scaling":
        quality(args.data, args.limit)
    if args.only != "quality":
        print(
            "\n| sentences per side | time (median) | CPU, workers' too | peak RSS: own + largest worker's (an upper bound) "
            "| grew during alignment | runs |\n|---|---|---|---|---|---|"
        )
        for row in scaling(args.data, [int(x) for x in args.sizes.split(",")], args.runs):
            print(row)


def variant_sets(data: Path, limit: int = 0) -> Iterator[tuple[str, str, list[Doc]]]:
    """Each set's documents in each variant, in the order (and so with the random draws)
    that README's figures were measured with; bench/align_diff.py reads the same ones."""
    # The short-omission variant draws from its own generator, so the other derived
    # sets are the very ones earlier runs (and README's figures) were measured on.
    rng, short_rng = random.Random(7), random.Random(11)
    replaced_rng = random.Random(13)
    for name in (*SETS, HELD_OUT):
        docs = load_docs(data, name)
        if limit:
            docs = docs[:limit]
        # One-sentence segments of the set's documents: what "replaced" adds.
        pool = {lang: [line for d in docs for line in getattr(d, lang) if one_sentence(line)] for lang in ("ar", "en")}
        for variant in VARIANTS:
            generator = short_rng if variant == "omitted short" else rng
            if variant == "replaced":
                yield name, variant, [replace_segments(d, replaced_rng, pool) for d in docs]
            else:
                yield name, variant, docs if variant == "as published" else [derive(d, generator, variant) for d in docs]


def quality(data: Path, limit: int) -> None:
    print(
        "| set | variant | tqa P | tqa R | tqa F1 | tqa omission R | length-only P | R | F1 | omission R "
        "| galechurch P | R | F1 | omission R | tqa sentences/s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, variant, variant_docs in variant_sets(data, limit):
        cells = []
        for aligner in (align, align_length_only, galechurch_align):
            result = run_set(variant_docs, aligner)
            cells += [f"{result[0]:.3f}", f"{result[1]:.3f}", f"{result[2]:.3f}", _recall(result[4])]
            if aligner is align:
                speed = result[3]
        print(f"| {name} | {variant} | {' | '.join(cells)} | {speed:,.0f} |")
    print(confidence_table())
    print(own_articles())


def _recall(value: float) -> str:
    import math

    return "-" if math.isnan(value) else f"{value:.3f}"


if __name__ == "__main__":
    main()
