"""The terminal summary: counts, verdict, and the top findings with their evidence.

Every piece of text from a file goes through `for_terminal`: escapes and bidi controls
are shown, not sent, and long values are cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tqa.model import Article, Finding, Report, Severity, Span
from tqa.report.direction import direction_lines
from tqa.report.safe import for_terminal

if TYPE_CHECKING:
    from tqa.scoring.score import ScoreResult

_MARK = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "I"}


def _evidence(label: str, span: Span | None, article: Article) -> str | None:
    """Where an editor finds the evidence: paragraph and sentence as the file has them."""
    if span is None:
        return None
    return f"      {label} [{article.lang}, {for_terminal(article.place(span.segment), 120)}] «{for_terminal(span.text)}»"


def _finding_lines(finding: Finding, source: Article, target: Article) -> list[str]:
    head = f"  {_MARK[finding.severity]} {finding.code} {finding.name} ({finding.category}): {for_terminal(finding.message, 600)}"
    lines = [head]
    for line in (_evidence("source", finding.source, source), _evidence("target", finding.target, target)):
        if line:
            lines.append(line)
    return lines


def _uncertain_lines(report: Report) -> list[str]:
    """Where the aligner is unsure: findings there may come from a wrong pairing."""
    doc = report.document
    uncertain = [b for b in doc.beads if b.uncertain and b.source and b.target]
    if not uncertain or report.single_article:
        return []
    places = [for_terminal(doc.target.place(b.target[0]), 120) for b in uncertain[:3]]
    more = f" and {len(uncertain) - 3} more" if len(uncertain) > 3 else ""
    return [
        f"alignment: unsure of {counted(len(uncertain), 'pair')} ({doc.target.lang}: {'; '.join(places)}{more}); check findings there by eye"
    ]


def _failed_lines(report: Report) -> list[str]:
    """First, before any finding: checks that broke, so nobody reads a clean list as a pass."""
    return [
        f"FAILED CHECK {f.code} ({f.name}): {for_terminal(f.error)}; its findings are missing (a bug in tqa, exit 3)"
        for f in report.failed_checks
    ]


def counted(n: int, noun: str) -> str:
    """3 segments, 1 segment."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _lapsed_line(report: Report) -> list[str]:
    lapsed = len(report.lapsed_waivers)
    if not lapsed:
        return []
    return [
        f"waivers: {counted(lapsed, 'waiver')} matched no finding (sentence edited or finding fixed): "
        f"remove {'it' if lapsed == 1 else 'them'} from the waivers file (the JSON report lists them under lapsed_waivers)"
    ]


def render_text(report: Report, fail_on: Severity, quiet: bool = False) -> str:
    """The terminal summary; quiet (-q) keeps the header, the counts, the verdict and the
    signature, and lines never to go unsaid (a failed check, lapsed waivers, an encoding,
    reference scores), as README and `tqa check --help` say: no finding and no hint."""
    doc = report.document
    summary = report.summary
    active = [f for f in report.findings if f.waived is None]
    waived = summary.waived
    source, target = doc.source, doc.target
    source_path, target_path = for_terminal(source.path), for_terminal(target.path)
    if report.single_article:
        header = (
            f"tqa {report.tool_version}: {target_path} ({target.lang}, {counted(len(target.segments), 'segment')}) checked alone: "
            "no source, so only names, consistency, untranslated text, punctuation and sense (directions, amounts)"
        )
    else:
        header = (
            f"tqa {report.tool_version}: {source_path} ({source.lang}, {counted(len(source.segments), 'segment')}) -> "
            f"{target_path} ({target.lang}, {counted(len(target.segments), 'segment')}), {counted(len(doc.beads), 'aligned pair')}"
        )
    lines = [
        header,
        *_failed_lines(report),
        "findings: "
        + ", ".join(f"{n} {label}" for label, n in summary.by_severity.items())
        + (f", {waived} waived" if waived else ""),
        *_lapsed_line(report),
    ]
    # A bilingual file is both sides: its encoding is said once.
    legacy = {a.path: a.encoding for a in (source, target) if a.encoding != "utf-8"}
    lines.extend(f"encoding: {path} read as {encoding}, not UTF-8" for path, encoding in legacy.items())
    if not quiet:
        lines.extend(_detail_lines(report, active))
    lines.extend(_reference_lines(report.reference))
    lines.append(
        f"verdict: {'FAIL' if report.fails(fail_on) else 'PASS'} (fail-on: {fail_on.label})"
        + (" INCOMPLETE" if report.failed_checks else "")
    )
    lines.append(f"signature: {for_terminal(str(report.signature), None)}")
    return "\n".join(lines) + "\n"


def _detail_lines(report: Report, active: list[Finding], limit: int = 15) -> list[str]:
    """The direction hints, uncertain pairs and the most severe findings first."""
    lines = [*direction_lines(report), *_uncertain_lines(report)]
    ranked = sorted(active, key=lambda f: -int(f.severity))[:limit]
    for finding in sorted(ranked, key=active.index):
        lines.extend(_finding_lines(finding, report.document.source, report.document.target))
    if len(active) > limit:
        lines.append(f"  … and {len(active) - limit} more, listed in full by --html and --json")
    return lines


def _reference_lines(result: ScoreResult | None) -> list[str]:
    """`check --reference`: the three corpus scores and their sacrebleu signatures (tqa.scoring.score)."""
    if result is None:
        return []
    corpus = result.corpus
    # Rounded as the JSON report's "reference" block is, so that both show the same figure.
    bleu, chrf, ter = (round(value, 4) for value in (corpus.bleu, corpus.chrf, corpus.ter))
    lines = [f"reference: {for_terminal(result.reference.path)}: BLEU {bleu:.1f}, chrF {chrf:.1f}, TER {ter:.1f}"]
    signatures = (("bleu", corpus.bleu_signature), ("chrf", corpus.chrf_signature), ("ter", corpus.ter_signature))
    lines.extend(f"  {name} signature: {signature}" for name, signature in signatures)
    return lines
