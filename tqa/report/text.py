"""The terminal summary: counts, verdict, and the top findings with their evidence.

Every piece of text from a file goes through `for_terminal`: escapes and bidi controls
are shown, not sent, and long values are cut.
"""

from __future__ import annotations

from tqa.model import Article, Finding, Report, Severity, Span
from tqa.report.safe import for_terminal

_MARK = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "I"}


def _evidence(label: str, span: Span | None, article: Article) -> str | None:
    """Where an editor finds the evidence: paragraph and sentence as the file has them."""
    if span is None:
        return None
    return f"      {label} [{article.lang}, {article.place(span.segment)}] «{for_terminal(span.text)}»"


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
    if not uncertain or report.extras.get("mode") == "single-article":
        return []
    places = [doc.target.place(b.target[0]) for b in uncertain[:3]]
    more = f" and {len(uncertain) - 3} more" if len(uncertain) > 3 else ""
    return [f"alignment: unsure of {counted(len(uncertain), 'pair')} ({doc.target.lang}: {'; '.join(places)}{more}); check findings there by eye"]


def _failed_lines(report: Report) -> list[str]:
    """First, before any finding: checks that broke, so nobody reads a clean list as a pass."""
    return [
        f"FAILED CHECK {f.code} ({f.name}): {for_terminal(f.error)}; its findings are missing (a bug in tqa, exit 3)"
        for f in report.failed_checks
    ]


def counted(n: int, noun: str) -> str:
    """3 segments, 1 segment."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def render_text(report: Report, fail_on: Severity, limit: int = 15) -> str:
    doc = report.document
    counts = report.counts()
    active = [f for f in report.findings if f.waived is None]
    waived = len(report.findings) - len(active)
    source, target = doc.source, doc.target
    source_path, target_path = for_terminal(source.path), for_terminal(target.path)
    if report.extras.get("mode") == "single-article":
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
        "findings: " + ", ".join(f"{n} {label}" for label, n in counts.items()) + (f", {waived} waived" if waived else ""),
    ]
    if report.settings.get("direction") == "auto" and report.extras.get("mode") != "single-article" and source.lang == "ar":
        # The default is a guess; checks of form (U402, P501) look at the translation only.
        lines.append(
            "direction: Arabic taken as the source (the default); for an English original add --direction en-ar "
            '(direction = "ar-en" in tqa.toml says so once and silences this line)'
        )
    lines.extend(f"encoding: {a.path} read as {a.encoding}, not UTF-8" for a in (source, target) if a.encoding != "utf-8")
    lines.extend(_uncertain_lines(report))
    ranked = sorted(active, key=lambda f: -int(f.severity))[:limit]
    for finding in sorted(ranked, key=active.index):
        lines.extend(_finding_lines(finding, doc.source, doc.target))
    if len(active) > limit:
        lines.append(f"  … and {len(active) - limit} more, listed in full by --html and --json")
    lines.extend(_reference_lines(report.extras.get("reference")))
    failed = any(f.severity >= fail_on for f in active)
    lines.append(f"verdict: {'FAIL' if failed else 'PASS'} (--fail-on {fail_on.label})" + (" INCOMPLETE" if report.failed_checks else ""))
    lines.append(f"signature: {for_terminal(report.signature, None)}")
    return "\n".join(lines) + "\n"


def _reference_lines(block: object) -> list[str]:
    """`check --reference`: the three corpus scores and their sacrebleu signatures (tqa.score)."""
    if not isinstance(block, dict):
        return []
    signatures = block.get("signatures", {})
    lines = [f"reference: {for_terminal(str(block['path']))}: BLEU {block['bleu']:.1f}, chrF {block['chrf']:.1f}, TER {block['ter']:.1f}"]
    lines.extend(f"  {name} signature: {signatures.get(name, '')}" for name in ("bleu", "chrf", "ter"))
    return lines
