"""Typed records that flow between the stages: read -> segment -> align -> check -> report.

Every record is frozen and holds tuples, so a stage can never change what an
earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from tqa.scoring.score import ScoreResult

Lang = Literal["ar", "en"]

CATEGORIES = (
    "name",
    "number",
    "date",
    "omission",
    "addition",
    "untranslated",
    "punctuation",
    "consistency",
    "terminology",
    "reference",
    "style",
    "meaning",
)
Category = Literal[
    "name",
    "number",
    "date",
    "omission",
    "addition",
    "untranslated",
    "punctuation",
    "consistency",
    "terminology",
    "reference",
    "style",
    "meaning",
]


class Severity(IntEnum):
    """Ordered so that `severity >= fail_on` decides the exit status."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}; use error, warning or info") from None


@dataclass(frozen=True)
class Block:
    """A paragraph or heading as a reader found it, before sentence splitting."""

    text: str
    heading: bool = False
    unit: str | None = None  # the translation unit's id, in an XLIFF or TMX file that gives one


@dataclass(frozen=True)
class Document:
    """What a reader returns: the file's text blocks in order."""

    path: str
    format: str
    blocks: tuple[Block, ...]
    title: str | None = None
    encoding: str = "utf-8"  # what the file was read as, when it was not UTF-8 (tqa.readers.files)


@dataclass(frozen=True)
class Segment:
    """One sentence (or heading). `id` indexes `Article.segments`."""

    id: int
    paragraph: int
    text: str
    heading: bool = False
    unit: str | None = None  # the XLIFF/TMX unit it comes from (Block.unit): what a CAT tool looks up


@dataclass(frozen=True)
class Article:
    """One side of a check: a read document split into sentences (segments), with where it came from."""
    path: str
    lang: Lang
    format: str
    segments: tuple[Segment, ...]
    title: str | None = None
    encoding: str = "utf-8"  # the file's encoding as assumed by the reader: "cp1256", "utf-16"

    @property
    def paragraph_count(self) -> int:
        return len({s.paragraph for s in self.segments})

    def place(self, segment_id: int) -> str:
        """Where an editor finds a segment in the file: "paragraph 3, sentence 1" (a
        headline is a paragraph of its own); in an XLIFF or TMX file with unit ids, the
        unit: "unit u3" (", sentence 2" when the unit holds several)."""
        segment = self.segments[segment_id]
        in_paragraph = sum(1 for s in self.segments[:segment_id] if s.paragraph == segment.paragraph) + 1
        if segment.unit is None:
            return f"paragraph {segment.paragraph + 1}, sentence {in_paragraph}"
        several = any(s.paragraph == segment.paragraph and s.id != segment.id for s in self.segments)
        return f"unit {segment.unit}" + (f", sentence {in_paragraph}" if several else "")


UNCERTAIN_BELOW = 0.5


@dataclass(frozen=True)
class Bead:
    """A group of source sentences aligned to a group of target sentences.

    Either side may be empty: (i,) -> () is an omission, () -> (j,) an addition.
    `score` is the aligner's confidence in 0..1, calibrated so that under
    UNCERTAIN_BELOW a bead is as likely wrong as right (bench/align.py measures it).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float = 1.0

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def uncertain(self) -> bool:
        return self.score < UNCERTAIN_BELOW


@dataclass(frozen=True)
class AlignedDocument:
    """The two articles and the beads that pair their sentences: what the checks read."""
    source: Article
    target: Article
    beads: tuple[Bead, ...]
    # A bilingual file's declared source language as written ("en-US"), "" when the XLIFF/TMX
    # file names none; None for article files. Says where the direction came from.
    declared_source: str | None = None

    def bead_of_source(self, segment_id: int) -> Bead | None:
        for bead in self.beads:
            if segment_id in bead.source:
                return bead
        return None

    def bead_of_target(self, segment_id: int) -> Bead | None:
        for bead in self.beads:
            if segment_id in bead.target:
                return bead
        return None


@dataclass(frozen=True)
class Span:
    """Evidence: characters [start, end) of one segment's text."""

    segment: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One problem a check reports, as the text and JSON reports show it."""
    code: str
    name: str
    category: Category
    severity: Severity
    message: str
    suggestion: str | None = None
    source: Span | None = None
    target: Span | None = None
    fingerprint: str = ""  # stable across re-runs of the same text: what a waiver names
    waived: str | None = None  # the editor's reason, when a waiver matched


@dataclass(frozen=True)
class Waiver:
    """A finding an editor accepted as it is (tqa.waivers reads the file)."""

    code: str
    fingerprint: str
    reason: str


@dataclass(frozen=True)
class CheckFailure:
    """A check that raised instead of reporting: a bug in tqa, never a finding. The run
    goes on with the other checks, the report says which one failed, and tqa exits 3."""

    code: str
    name: str
    error: str  # one line: the exception's type and message
    detail: str = field(default="", compare=False)  # the traceback, shown by --debug


@dataclass(frozen=True)
class Signature:
    """Everything that decides the findings, like sacrebleu's `Signature`.

    `str()` is the one-line form printed, stored by `tqa batch` and published as
    `tool.signature`: its parts and their order are fixed, so that a re-run of the same
    setup compares equal.
    """

    version: str  # tqa's
    glossaries: str  # "syria.yaml@1a2b3c4d,..." (name and hash of each), or "none"
    checks: str  # "13@add6bf6b": how many checks, and a hash of their codes and severities
    fail_on: str
    direction: str
    waivers: bool
    reference: bool
    # Published beside the line (JSON "tool"), not in it: the line stays as stored.
    dependencies: tuple[tuple[str, str], ...] = ()  # the libraries that decide findings, and their versions
    aligner: tuple[tuple[str, float | int | bool], ...] = ()  # the sentence aligner's parameters (tqa.align.params.AlignParams)

    def __str__(self) -> str:
        parts = [
            f"tqa:{self.version}",
            f"glossaries:{self.glossaries}",
            f"checks:{self.checks}",
            f"fail-on:{self.fail_on}",
            f"direction:{self.direction}",
            f"waivers:{'yes' if self.waivers else 'no'}",
            f"reference:{'yes' if self.reference else 'no'}",
        ]
        return "|".join(parts)


@dataclass(frozen=True)
class Summary:
    """The counts every renderer shows, computed once (waived findings are counted apart)."""

    by_severity: dict[str, int]  # "error", "warning", "info", worst first, all present
    by_category: dict[str, int]  # categories with a finding, in alphabetical order
    waived: int


ReportMode = Literal["pair", "single-article"]


@dataclass(frozen=True)
class Report:
    """Everything one check run found and how it was run: what the reports are rendered from."""
    document: AlignedDocument
    findings: tuple[Finding, ...]
    tool_version: str
    signature: Signature
    settings: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    failed_checks: tuple[CheckFailure, ...] = ()
    # "single-article": one article checked alone; its one-sentence beads are no alignment.
    mode: ReportMode = "pair"
    reference: ScoreResult | None = field(default=None, compare=False)  # with `tqa check --reference`
    # With --waivers: the waivers no finding of this run answers to (edited sentence, fixed finding).
    lapsed_waivers: tuple[Waiver, ...] = ()

    @cached_property
    def summary(self) -> Summary:
        by_severity = {s.label: 0 for s in sorted(Severity, reverse=True)}
        by_category: dict[str, int] = {}
        for finding in self.findings:
            if finding.waived is None:
                by_severity[finding.severity.label] += 1
                by_category[finding.category] = by_category.get(finding.category, 0) + 1
        waived = sum(1 for f in self.findings if f.waived is not None)
        return Summary(by_severity, dict(sorted(by_category.items())), waived)

    def counts(self) -> dict[str, int]:
        return dict(self.summary.by_severity)

    def fails(self, fail_on: Severity) -> bool:
        """The verdict: a finding not waived at `fail_on` or worse."""
        return any(f.severity >= fail_on and f.waived is None for f in self.findings)

    @property
    def single_article(self) -> bool:
        return self.mode == "single-article"
