"""The registry: every check tqa has, in one explicit tuple, and the runner.

A check is a `Check` constant in one family module (names, numbers, dates, ...):
its code (letter family and number), kebab-case name, category, default severity,
scope, and declared examples, with a function whose docstring is its documentation
(`tqa explain CODE` prints it; say why it matters). The scope tells the runner what
to call the function with (tqa.checks.base):

- `EachPair(f)`: `f(ctx, pair)` for each aligned sentence pair; `paired=True` skips
  pairs with an empty side (omissions and additions are O301's and O302's);
- `EachSentence(f)`: `f(ctx, segment)` for each sentence of the translation
  (`side="source"` for the source);
- `WholeArticle(f)`: `f(ctx)` once, for checks that compare sentences with each other.

The function yields `Hit`s: a message that says what to do, and evidence spans in
the source and the target (`ctx.by_role(arabic, english)` places evidence found by
language). The runner stamps code, name, category, severity and fingerprint.

To add a check, touch one module: write the function and the constant, named as the
check (`NUMBER_MISMATCH` is number-mismatch), with failing and passing examples, and
add it to the module's `CHECKS` tuple; then add its one-line row to README's check table
and its section to docs/checks.md (tests/test_registry.py keeps the three in sync). A new family module needs one import
line here and its `*module.CHECKS` in `ALL_CHECKS`, in reading order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tqa.checks import (
    completeness,
    consistency,
    dates,
    language,
    latin_marks,
    meaning,
    month_pairs,
    name_consistency,
    names,
    numbers,
    punctuation,
    quarters,
    reference,
    sense,
    years,
)
from tqa.checks.base import Check, CheckContext, Hit
from tqa.checks.fingerprint import Fingerprints
from tqa.errors import describe
from tqa.model import AlignedDocument, CheckFailure, Finding, Span

ALL_CHECKS: tuple[Check, ...] = (
    *names.CHECKS,
    *name_consistency.CHECKS,
    *numbers.CHECKS,
    *dates.CHECKS,
    *years.CHECKS,
    *quarters.CHECKS,
    *month_pairs.CHECKS,
    *completeness.CHECKS,
    *language.CHECKS,
    *punctuation.CHECKS,
    *latin_marks.CHECKS,
    *consistency.CHECKS,
    *reference.CHECKS,
    *meaning.CHECKS,
    *sense.CHECKS,
)


def check_by_code(code: str) -> Check | None:
    wanted = code.strip()
    return next((c for c in ALL_CHECKS if c.code == wanted.upper() or c.name == wanted), None)


@dataclass(frozen=True)
class CheckRun:
    """What run_each_check gives: the findings in reading order, and the checks that raised."""

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
            findings.extend([_finding(check, hit, ctx.doc, fingerprints) for hit in bounded(check, check.hits(ctx))])
        except Exception as error:  # noqa: BLE001 - any bug in one check; interrupts still stop the run
            import traceback  # only for a failing check: off the start-up of every run (#14)

            failed.append(CheckFailure(check.code, check.name, describe(error), "".join(traceback.format_exception(error))))
    return CheckRun(tuple(sorted(findings, key=_reading_order(ctx.doc))), tuple(failed))


def run_checks(ctx: CheckContext, checks: Sequence[Check]) -> tuple[Finding, ...]:
    """The findings of every check; a check that fails raises, as in a benchmark or a test
    a bug must not pass for a clean result (the CLI uses `run_each_check`)."""
    fingerprints = Fingerprints()
    findings = [_finding(check, hit, ctx.doc, fingerprints) for check in checks for hit in bounded(check, check.hits(ctx))]
    return tuple(sorted(findings, key=_reading_order(ctx.doc)))


# One check reports at most this many problems in one sentence; the rest are counted in one more
# finding. A pasted run of thousands of quote marks is one problem to an editor, not thousands of
# list entries, and the report stays the size of the article.
MAX_PER_SENTENCE = 20


def bounded(check: Check, hits: Iterable[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    seen: Counter[tuple[int | None, int | None]] = Counter()
    over: dict[tuple[int | None, int | None], tuple[Hit, int]] = {}
    for hit in hits:
        where = (hit.source.segment if hit.source else None, hit.target.segment if hit.target else None)
        seen[where] += 1
        if seen[where] <= MAX_PER_SENTENCE:
            kept.append(hit)
        else:
            first, _ = over.get(where, (hit, 0))
            over[where] = (first, seen[where] - MAX_PER_SENTENCE)
    for first, more in over.values():
        message = f"{more:,} more {check.name} findings in this sentence are not listed: fix the ones above and run tqa again"
        kept.append(Hit(message, first.source, first.target))
    return kept


def _finding(check: Check, hit: Hit, doc: AlignedDocument, fingerprint: Fingerprints) -> Finding:
    source, target = hit.source, hit.target
    source_text = _segment_text(doc, source, side="source")
    target_text = _segment_text(doc, target, side="target")
    evidence = (source.text if source else "") + "\x1e" + (target.text if target else "")
    return Finding(
        code=check.code,
        name=check.name,
        category=check.category,
        severity=min(check.severity, hit.severity) if hit.severity else check.severity,
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
