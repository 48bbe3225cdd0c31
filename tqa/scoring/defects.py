"""Scoring tqa against articles with planted defects: recall and precision per category.

A defects file lists what an editor would want reported:

    defects:
      - category: number
        en: "$800bn"          # exact substring of the English evidence (occurs once)
        ar: "٨٠٠ مليون"        # optional exact substring of the Arabic evidence
        note: "scale: million rendered billion"

A defect is found when a finding of its category points at (overlaps) its evidence.
A finding of severity warning or error that points at no defect of its own category is a false alarm;
info findings are suggestions and are not counted either way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tqa.model import Article, Finding, Report, Severity, Span


@dataclass(frozen=True)
class Defect:
    category: str
    en: str | None
    ar: str | None
    note: str


@dataclass(frozen=True)
class Location:
    segment: int
    start: int
    end: int


@dataclass(frozen=True)
class CategoryScore:
    category: str
    defects: int
    found: int
    findings: int
    true_findings: int

    @property
    def recall(self) -> float:
        return self.found / self.defects if self.defects else 1.0

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0


@dataclass(frozen=True)
class DefectScore:
    missed: tuple[Defect, ...]
    false_alarms: tuple[Finding, ...]
    by_category: tuple[CategoryScore, ...]


def load_defects(path: Path) -> tuple[Defect, ...]:
    import yaml  # PyYAML only when a defects file is read (tests and bench)

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(Defect(str(d["category"]), d.get("en"), d.get("ar"), str(d.get("note", ""))) for d in data.get("defects") or ())


def locate(article: Article, text: str) -> Location | None:
    """Where `text` occurs in the article (first occurrence). Evidence that runs across a
    sentence boundary ("without water? That") is where it starts: the end of the sentence
    whose next one opens with the rest."""
    for segment in article.segments:
        start = segment.text.find(text)
        if start >= 0:
            return Location(segment.id, start, start + len(text))
    for segment, following in zip(article.segments, article.segments[1:], strict=False):
        head = segment.text.rstrip()
        for cut in range(len(text) - 1, 0, -1):
            first, rest = text[:cut].rstrip(), text[cut:].lstrip()
            if first and rest and head.endswith(first) and following.text.lstrip().startswith(rest):
                return Location(segment.id, len(head) - len(first), len(head))
    return None


def _overlaps(span: Span | None, location: Location | None) -> bool:
    if span is None or location is None:
        return False
    return span.segment == location.segment and span.start < location.end and location.start < max(span.end, span.start + 1)


def _evidence(finding: Finding, report: Report, lang: str) -> Span | None:
    source_is = report.document.source.lang
    return finding.source if source_is == lang else finding.target


def score_defects(report: Report, defects: tuple[Defect, ...]) -> DefectScore:
    doc = report.document
    arabic, english = (doc.source, doc.target) if doc.source.lang == "ar" else (doc.target, doc.source)
    located = [(d, locate(english, d.en) if d.en else None, locate(arabic, d.ar) if d.ar else None) for d in defects]

    def points_at(finding: Finding, en_loc: Location | None, ar_loc: Location | None) -> bool:
        return _overlaps(_evidence(finding, report, "en"), en_loc) or _overlaps(_evidence(finding, report, "ar"), ar_loc)

    counted = [f for f in report.findings if f.severity >= Severity.WARNING and f.waived is None]
    missed = tuple(
        d
        for d, en_loc, ar_loc in located
        if not any(f.category == d.category and points_at(f, en_loc, ar_loc) for f in report.findings)
    )
    # A finding is true only when it names a planted defect of its own category:
    # a truncation alarm on a sentence whose only defect is a wrong number is a false alarm.
    true_findings = [
        f for f in counted if any(d.category == f.category and points_at(f, en_loc, ar_loc) for d, en_loc, ar_loc in located)
    ]
    false_alarms = tuple(f for f in counted if f not in true_findings)
    return DefectScore(missed, false_alarms, _by_category(defects, missed, counted, true_findings))


def _by_category(
    defects: tuple[Defect, ...], missed: tuple[Defect, ...], counted: list[Finding], true_findings: list[Finding]
) -> tuple[CategoryScore, ...]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for defect in defects:
        totals[defect.category][0] += 1
        totals[defect.category][1] += defect not in missed
    for finding in counted:
        totals[finding.category][2] += 1
        totals[finding.category][3] += finding in true_findings
    return tuple(CategoryScore(c, *v) for c, v in sorted(totals.items()))
