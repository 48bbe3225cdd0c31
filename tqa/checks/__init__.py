"""The registry: every check tqa has, in one explicit tuple, and the runner."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tqa.checks import completeness, consistency, dates, language, name_consistency, names, numbers, punctuation, reference
from tqa.checks.base import Check, CheckContext, Hit
from tqa.checks.meaning import CHECKS as MEANING_CHECKS
from tqa.checks.sense import CHECKS as SENSE_CHECKS
from tqa.checks.years import CHECKS as YEAR_CHECKS
from tqa.errors import describe
from tqa.model import AlignedDocument, CheckFailure, Finding, Span
from tqa.waivers import Fingerprints

ALL_CHECKS: tuple[Check, ...] = (
    *names.CHECKS,
    *name_consistency.CHECKS,
    *numbers.CHECKS,
    *dates.CHECKS,
    *YEAR_CHECKS,
    *completeness.CHECKS,
    *language.CHECKS,
    *punctuation.CHECKS,
    *consistency.CHECKS,
    *reference.CHECKS,
    *MEANING_CHECKS,
    *SENSE_CHECKS,
)


def check_by_code(code: str) -> Check | None:
    wanted = code.strip()
    return next((c for c in ALL_CHECKS if c.code == wanted.upper() or c.name == wanted), None)


@dataclass(frozen=True)
class CheckRun:
    findings: tuple[Finding, ...]
    failed: tuple[CheckFailure, ...]


def run_each_check(ctx: CheckContext, checks: Sequence[Check]) -> CheckRun:
    """Every check, each on its own: one that raises is recorded as failed and the others
    still report (flake8's PluginExecutionFailed). Its partial findings are dropped,
    since a check that broke half-way cannot vouch for what it found."""
    fingerprints = Fingerprints()
    findings: list[Finding] = []
    failed: list[CheckFailure] = []
    for check in checks:
        try:
            findings.extend([_finding(check, hit, ctx.doc, fingerprints) for hit in check.function(ctx)])
        except Exception as error:  # noqa: BLE001 - any bug in one check; interrupts still stop the run
            failed.append(CheckFailure(check.code, check.name, describe(error), "".join(traceback.format_exception(error))))
    return CheckRun(tuple(sorted(findings, key=_reading_order(ctx.doc))), tuple(failed))


def run_checks(ctx: CheckContext, checks: Sequence[Check]) -> tuple[Finding, ...]:
    """The findings of every check; a check that fails raises, as in a benchmark or a test
    a bug must not pass for a clean result (the CLI uses `run_each_check`)."""
    fingerprints = Fingerprints()
    findings = [_finding(check, hit, ctx.doc, fingerprints) for check in checks for hit in check.function(ctx)]
    return tuple(sorted(findings, key=_reading_order(ctx.doc)))


def _finding(check: Check, hit: Hit, doc: AlignedDocument, fingerprint: Fingerprints) -> Finding:
    by_language = (hit.arabic, hit.english) if doc.source.lang == "ar" else (hit.english, hit.arabic)
    source = hit.source if hit.source is not None else by_language[0]
    target = hit.target if hit.target is not None else by_language[1]
    source_text = _segment_text(doc, source, side="source")
    target_text = _segment_text(doc, target, side="target")
    evidence = (source.text if source else "") + "\x1e" + (target.text if target else "")
    return Finding(
        code=check.code,
        name=check.name,
        category=check.category,
        severity=check.severity,
        message=hit.message,
        suggestion=hit.suggestion,
        source=source,
        target=target,
        fingerprint=fingerprint(check.code, source_text, target_text, evidence),
    )


def _segment_text(doc: AlignedDocument, evidence: Span | None, side: str) -> str | None:
    if evidence is None:
        return None
    article = doc.source if side == "source" else doc.target
    return article.segments[evidence.segment].text


def _reading_order(doc: AlignedDocument) -> Callable[[Finding], tuple[int, int, int, str]]:
    """Findings in the order an editor reads the article: by bead, worst first."""
    source_bead = {i: n for n, bead in enumerate(doc.beads) for i in bead.source}
    target_bead = {j: n for n, bead in enumerate(doc.beads) for j in bead.target}

    def key(finding: Finding) -> tuple[int, int, int, str]:
        if finding.target is not None:
            position = target_bead.get(finding.target.segment, 0)
        else:
            position = source_bead.get(finding.source.segment, 0) if finding.source else 0
        evidence = finding.target or finding.source
        start = evidence.start if evidence is not None else 0
        return (position, -int(finding.severity), start, finding.code)

    return key
