"""First-contact scoring of article pairs that nobody on the project wrote.

    python bench/blind.py FOLDER [FOLDER...] [--json OUT.json] [--verbose]

Each folder holds pairs written blind (by people who never read tqa's code):

    SLUG.ar.EXT  SLUG.en.EXT      the two versions (.md, .txt, .html, .docx)
    SLUG.defects.yaml             direction and the planted defects (tqa/scoring/defects.py)
    SLUG.glossary.yaml            the desk's glossary (optional; full names only)

Each pair is checked once with its own desk glossary, as a new user would, and
scored two ways:

- *strict*: a defect is found when a finding of the defect's category points at
  (overlaps) its evidence; a warning or error that points at no defect of its
  own category is a false alarm (the rule of tests/test_samples.py);
- *overlap*: a defect is found when any finding points at it, and a warning or
  error is a false alarm when it points at no planted defect at all (the rule
  issue #11 judges by: "whether each finding's highlighted text overlaps the
  planted defect").

A pair whose run raises is a crash: it is counted, its defects are all missed,
and the run goes on. No score here is tuned: run it once, before fixing what it
shows, and publish the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml

from tqa.config import Settings
from tqa.model import Finding, Report, Severity, Span
from tqa.scoring.defects import Defect, Location, load_defects, locate, score_defects

EXTENSIONS = (".md", ".txt", ".html", ".docx")


@dataclass
class PairResult:
    name: str
    direction: str
    defects: int
    sentences: tuple[int, int] = (0, 0)
    found_strict: int = 0
    found_overlap: int = 0
    false_strict: int = 0
    false_overlap: int = 0
    crash: str | None = None
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


def version(folder: Path, slug: str, lang: str) -> Path | None:
    return next((p for ext in EXTENSIONS if (p := folder / f"{slug}.{lang}{ext}").is_file()), None)


def overlaps(span: Span | None, where: Location | None) -> bool:
    if span is None or where is None:
        return False
    return span.segment == where.segment and span.start < where.end and where.start < max(span.end, span.start + 1)


def evidence(finding: Finding, report: Report, lang: str) -> Span | None:
    return finding.source if report.document.source.lang == lang else finding.target


def score_overlap(report: Report, defects: tuple[Defect, ...]) -> tuple[int, list[Finding]]:
    doc = report.document
    arabic, english = (doc.source, doc.target) if doc.source.lang == "ar" else (doc.target, doc.source)
    located = [(locate(english, d.en) if d.en else None, locate(arabic, d.ar) if d.ar else None) for d in defects]

    def points_at(finding: Finding, en_loc: Location | None, ar_loc: Location | None) -> bool:
        return overlaps(evidence(finding, report, "en"), en_loc) or overlaps(evidence(finding, report, "ar"), ar_loc)

    found = sum(any(points_at(f, *where) for f in report.findings) for where in located)
    counted = [f for f in report.findings if f.severity >= Severity.WARNING and f.waived is None]
    false = [f for f in counted if not any(points_at(f, *where) for where in located)]
    return found, false


def check_pair(folder: Path, slug: str) -> PairResult:
    from tqa.pipeline import run

    defects_file = folder / f"{slug}.defects.yaml"
    direction = str((yaml.safe_load(defects_file.read_text(encoding="utf-8")) or {}).get("direction", "auto"))
    defects = load_defects(defects_file)
    result = PairResult(f"{folder.name}/{slug}", direction, len(defects))
    ar, en = version(folder, slug, "ar"), version(folder, slug, "en")
    glossary = folder / f"{slug}.glossary.yaml"
    settings = Settings(glossaries=(str(glossary),) if glossary.is_file() else (), direction=direction)
    start = time.perf_counter()
    try:
        if ar is None or en is None:
            raise FileNotFoundError(f"{slug}: an .ar or .en version is missing")
        report = run(ar, en, settings)
    except Exception as error:  # noqa: BLE001 - a crash is a result here, not the end of the run
        result.crash = f"{type(error).__name__}: {error}".splitlines()[0][:200]
        result.missed = [f"{d.category}: {d.en or d.ar}" for d in defects]
        if "--verbose" in sys.argv:
            traceback.print_exc()
        return result
    result.seconds = time.perf_counter() - start
    doc = report.document
    arabic, english = (doc.source, doc.target) if doc.source.lang == "ar" else (doc.target, doc.source)
    result.sentences = (len(arabic.segments), len(english.segments))
    strict = score_defects(report, defects)
    result.found_strict = len(defects) - len(strict.missed)
    result.false_strict = len(strict.false_alarms)
    result.found_overlap, false_overlap = score_overlap(report, defects)
    result.false_overlap = len(false_overlap)
    result.missed = [f"{d.category}: {d.en or d.ar} ({d.note})" for d in strict.missed]
    result.false_alarms = [f"{f.code} [{f.severity.label}] {f.message}" for f in strict.false_alarms]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", type=Path, help="write every pair's result here")
    parser.add_argument("--verbose", action="store_true", help="print tracebacks of crashes")
    args = parser.parse_args()
    results = [
        check_pair(folder, p.name.removesuffix(".defects.yaml"))
        for folder in args.folders
        for p in sorted(folder.glob("*.defects.yaml"))
    ]
    print(
        "| pair | dir | sentences ar/en | defects | found (strict) | found (overlap) | false alarms (strict) | false alarms (overlap) | crash |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r.name} | {r.direction} | {r.sentences[0]}/{r.sentences[1]} | {r.defects} | {r.found_strict} | "
            f"{r.found_overlap} | {r.false_strict} | {r.false_overlap} | {r.crash or ''} |"
        )
    defects = sum(r.defects for r in results) or 1
    pairs = len(results) or 1
    print(
        f"\n{len(results)} pairs, {sum(r.defects for r in results)} planted defects, {sum(r.crash is not None for r in results)} crashes\n"
        f"recall: strict {sum(r.found_strict for r in results) / defects:.2f}, overlap {sum(r.found_overlap for r in results) / defects:.2f}\n"
        f"false alarms per article: strict {sum(r.false_strict for r in results) / pairs:.2f}, "
        f"overlap {sum(r.false_overlap for r in results) / pairs:.2f}"
    )
    for r in results:
        for line in r.missed:
            print(f"missed      {r.name}: {line}")
        for line in r.false_alarms:
            print(f"false alarm {r.name}: {line}")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
