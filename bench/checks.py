"""Recall and precision of the checks per category, on the samples and the test articles.

    python bench/checks.py [../shared/data]

Each article pair comes with a defects file listing what an editor would want
reported (tqa/scoring/defects.py). A defect is found when a finding of its category
points at its evidence; a finding of severity warning or error that points at
no defect is a false alarm. Also prints the time per article pair.

With the shared data folder, it also runs every check on professional
translations (NTREX-128 news, FLORES-200; gold segment pairs, so alignment
errors do not count) and prints how many warnings and errors each check raises
per 100 segment pairs: a ceiling on its false-alarm rate on real copy (some of
those findings are real deviations of the published translation).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shared_data import data_parser, require

from tqa.config import Settings
from tqa.model import AlignedDocument
from tqa.pipeline import run
from tqa.scoring.defects import load_defects, score_defects

FOLDERS = (ROOT / "samples", ROOT / "tests" / "articles")


def article_pairs() -> list[tuple[Path, str]]:
    return [(folder, p.name.removesuffix(".defects.yaml")) for folder in FOLDERS for p in sorted(folder.glob("*.defects.yaml"))]


def main() -> None:
    import yaml

    totals: dict[str, list[int]] = {}
    base = Settings(glossaries=(str(ROOT / "glossaries" / "syria.yaml"),))
    print("| article | direction | defects | found | warnings+errors | false alarms | time |")
    print("|---|---|---|---|---|---|---|")
    for folder, name in article_pairs():
        defects_file = folder / f"{name}.defects.yaml"
        direction = (yaml.safe_load(defects_file.read_text(encoding="utf-8")) or {}).get("direction", "auto")
        start = time.perf_counter()
        report = run(folder / f"{name}.ar.md", folder / f"{name}.en.md", replace(base, direction=direction))
        elapsed = time.perf_counter() - start
        score = score_defects(report, load_defects(defects_file))
        found = sum(c.found for c in score.by_category)
        counted = sum(c.findings for c in score.by_category)
        print(
            f"| {folder.name}/{name} | {direction} | {found + len(score.missed)} | {found} | {counted} | {len(score.false_alarms)} | {elapsed:.2f} s |"
        )
        for category in score.by_category:
            row = totals.setdefault(category.category, [0, 0, 0, 0])
            for index, value in enumerate((category.defects, category.found, category.findings, category.true_findings)):
                row[index] += value
    print()
    print("| category | defects | found | recall | findings (warning+) | true | precision |")
    print("|---|---|---|---|---|---|---|")
    for category, (defects, found, findings, true) in sorted(totals.items()):
        recall = found / defects if defects else 1.0
        precision = true / findings if findings else 1.0
        print(f"| {category} | {defects} | {found} | {recall:.2f} | {findings} | {true} | {precision:.2f} |")


def gold_pairs(data: Path, name: str) -> Iterator[tuple[Path, list[tuple[str, str]], AlignedDocument]]:
    """Each document of a shared set as its publisher paired it: the non-empty line pairs,
    and the Arabic-source document whose beads are those pairs."""
    from tqa.model import Article, Bead, Segment

    for folder in sorted((data / name / "docs").iterdir()):
        ar = (folder / "ar.txt").read_text(encoding="utf-8").splitlines()
        en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
        if len(ar) != len(en):
            continue
        kept = [(a, e) for a, e in zip(ar, en, strict=False) if a.strip() and e.strip()]
        source = Article(str(folder), "ar", "lines", tuple(Segment(i, 0, a) for i, (a, _) in enumerate(kept)))
        target = Article(str(folder), "en", "lines", tuple(Segment(i, 0, e) for i, (_, e) in enumerate(kept)))
        yield folder, kept, AlignedDocument(source, target, tuple(Bead((i,), (i,)) for i in range(len(kept))))


def real_copy(data: Path) -> None:
    from collections import Counter

    from tqa.checks import ALL_CHECKS, run_checks
    from tqa.checks.base import CheckContext
    from tqa.glossary.files import load_glossaries
    from tqa.model import Block, Document
    from tqa.pipeline import Inputs, align_inputs

    def _doc(kept: list[tuple[str, str]], side: int, lang: str) -> Document:
        # One paragraph, as bench/align.py does: the sets' lines are sentences cut
        # from paragraphs, so a quotation may open on one line and close on the next.
        return Document(f"bench.{lang}", "text", (Block(" ".join(pair[side] for pair in kept)),))

    glossary = load_glossaries([ROOT / "glossaries" / "syria.yaml"])
    print()
    print(
        "| set | segment pairs | check | warnings+errors (gold pairs) | per 100 | warnings+errors (tqa split and aligned) | per 100 |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in ("ntrex128-news", "flores200-devtest"):
        counts: Counter[str] = Counter()
        end_to_end: Counter[str] = Counter()
        pairs = 0
        for _, kept, gold in gold_pairs(data, name):
            findings = run_checks(CheckContext(gold, glossary), ALL_CHECKS)
            counts.update(f.code for f in findings if f.severity >= 2)
            # End to end: the same article split and aligned by tqa.
            document = align_inputs(Inputs(_doc(kept, 0, "ar"), _doc(kept, 1, "en"), "ar", "en"), glossary)
            end_to_end.update(f.code for f in run_checks(CheckContext(document, glossary), ALL_CHECKS) if f.severity >= 2)
            pairs += len(kept)
        for code in sorted(counts | end_to_end):
            print(
                f"| {name} | {pairs} | {code} | {counts[code]} | {100 * counts[code] / pairs:.1f} | {end_to_end[code]} | {100 * end_to_end[code] / pairs:.1f} |"
            )


def relatedness(data: Path) -> None:
    """O304's calibration: the share of aligned pairs with shared evidence, for each real
    translation and for mismatched pairs (document k's Arabic with another document's
    English), over documents of eight pairs or more."""
    from tqa.checks.relatedness import MIN_PAIRS_FOR_RELATEDNESS, MIN_RELATED_SHARE, pairs_sharing_evidence
    from tqa.glossary.files import load_glossaries
    from tqa.model import Block, Document
    from tqa.pipeline import Inputs, align_inputs

    glossary = load_glossaries([ROOT / "glossaries" / "syria.yaml"])
    docs = []
    for name in ("ntrex128-news", "flores200-devtest", "iwslt17-ted-talks"):
        for folder in sorted((data / name / "docs").iterdir()):
            ar = (folder / "ar.txt").read_text(encoding="utf-8").splitlines()
            en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
            if len(ar) == len(en):
                arabic = Document("ar", "text", tuple(Block(x) for x in ar if x.strip()))
                docs.append((arabic, Document("en", "text", tuple(Block(x) for x in en if x.strip()))))
    shares: dict[str, list[float]] = {"translations": [], "mismatched pairs": []}
    for k, (arabic, english) in enumerate(docs):
        others = [("translations", english)] + [("mismatched pairs", docs[(k + offset) % len(docs)][1]) for offset in (7, 50)]
        for label, other in others:
            sharing, paired, beads = pairs_sharing_evidence(align_inputs(Inputs(arabic, other, "ar", "en"), glossary), glossary)
            if paired >= MIN_PAIRS_FOR_RELATEDNESS:
                shares[label].append(sharing / beads)
    print(f"\nO304 relatedness (share of beads with shared evidence; reported under {MIN_RELATED_SHARE}):")
    print("| articles | n | min | 5% | median | 95% | max | reported |\n|---|---|---|---|---|---|---|---|")
    for label, values in shares.items():
        values.sort()
        quantiles = " | ".join(f"{values[int(q * (len(values) - 1))]:.2f}" for q in (0, 0.05, 0.5, 0.95, 1))
        reported = sum(v < MIN_RELATED_SHARE for v in values) / len(values)
        print(f"| {label} | {len(values)} | {quantiles} | {reported:.0%} |")


def arabic_spellings(data: Path) -> None:
    """N106 on names the glossary lacks, read the way the sets were translated (English
    to Arabic), on the gold pairs: every finding is printed, to be judged by eye."""
    from tqa.checks import ALL_CHECKS, run_checks
    from tqa.checks.base import CheckContext
    from tqa.glossary.files import load_glossaries

    glossary = load_glossaries([ROOT / "glossaries" / "syria.yaml"])
    n106 = [c for c in ALL_CHECKS if c.code == "N106"]
    found = []
    for name in ("ntrex128-news", "flores200-devtest"):
        for folder, _, gold in gold_pairs(data, name):
            english_to_arabic = AlignedDocument(gold.target, gold.source, gold.beads)  # 1-1 beads read the other way
            found += [f"{folder.name}: {f.message}" for f in run_checks(CheckContext(english_to_arabic, glossary), n106)]
    print(f"\nN106 read English to Arabic (gold pairs): {len(found)} finding(s)")
    for line in found:
        print("  " + line)


if __name__ == "__main__":
    folder = data_parser(__doc__, optional=True).parse_args().data
    main()
    if folder is not None:
        data = require(folder, "ntrex128-news", "flores200-devtest", "iwslt17-ted-talks")
        real_copy(data)
        relatedness(data)
        arabic_spellings(data)
