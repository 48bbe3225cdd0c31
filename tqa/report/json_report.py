"""The JSON report, schema `tqa-report/1`. A public interface: extend it, never break it.

Keys beyond those in the issue that defined the schema (fingerprint, waived,
counts, lapsed_waivers, verdict, settings, paragraph/heading flags, failed_checks, tool.dependencies,
tool.aligner and a single-article report's source.present) are additions; a tool that reads only the original keys keeps working.

Text is written as UTF-8 as read, except lone surrogates (which UTF-8 cannot hold):
they are written as U+FFFD, the replacement character.
"""

from __future__ import annotations

import json
from typing import Any

from tqa.model import Article, Bead, CheckFailure, Finding, Report, Severity, Span
from tqa.report.direction import direction_dict
from tqa.report.safe import no_surrogates
from tqa.scoring.render import scores_dict

SCHEMA = "tqa-report/1"


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"segment": span.segment, "start": span.start, "end": span.end, "text": span.text}


def _article(article: Article, present: bool = True) -> dict[str, Any]:
    side: dict[str, Any] = {
        "path": article.path,
        "lang": article.lang,
        "format": article.format,
        "title": article.title,
        "encoding": article.encoding,  # added (issue 12): what the file was read as
        "segments": [
            {
                "id": s.id,
                "paragraph": s.paragraph,
                "text": s.text,
                **({"heading": True} if s.heading else {}),
                **({"unit": s.unit} if s.unit is not None else {}),
            }
            for s in article.segments
        ],
    }
    if not present:
        # Added: the side a single-article check has no file for. Its keys stay, of their
        # documented types, for the tools that read them; they describe no file.
        side["present"] = False
    return side


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "category": finding.category,
        "severity": finding.severity.label,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "source": _span(finding.source),
        "target": _span(finding.target),
        "fingerprint": finding.fingerprint,
        "waived": finding.waived,
    }


def _bead(bead: Bead) -> dict[str, Any]:
    return {"source": list(bead.source), "target": list(bead.target), "score": round(bead.score, 4), "uncertain": bead.uncertain}


def report_dict(report: Report, fail_on: Severity) -> dict[str, Any]:
    doc = report.document
    summary = report.summary
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "tool": {
            "name": "tqa",
            "version": report.tool_version,
            "signature": str(report.signature),
            # Added (issue 13): what the signature line leaves out.
            "dependencies": dict(report.signature.dependencies),
            "aligner": dict(report.signature.aligner),
        },
        # Added: "pair" or "single-article"; a report without the key is an earlier tqa's pair.
        "mode": report.mode,
        "source": _article(doc.source, present=not report.single_article),
        "target": _article(doc.target),
        # One article checked alone has no alignment: its internal one-sentence beads
        # are not additions, so none are published ("mode": "single-article").
        "alignment": [] if report.single_article else [_bead(b) for b in doc.beads],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": dict(summary.by_severity),
        "counts": {"by_category": dict(summary.by_category), "waived": summary.waived, "waivers_lapsed": len(report.lapsed_waivers)},
        # Waivers of the --waivers file that no finding of this run answers to.
        "lapsed_waivers": [{"code": w.code, "fingerprint": w.fingerprint, "reason": w.reason} for w in report.lapsed_waivers],
        "verdict": {"fail_on": fail_on.label, "failed": report.fails(fail_on)},
        "settings": report.settings,
        # Checks that raised instead of reporting (a bug in tqa; the run exits 3): what is
        # reported above is complete for every other check. Empty on a normal run.
        "failed_checks": [failure_dict(f) for f in report.failed_checks],
    }
    if report.reference is not None:
        data["reference"] = scores_dict(report.reference)
    direction = direction_dict(report)
    if direction is not None:  # added: a bilingual file's direction, and whether the file or a setting decided it
        data["direction"] = direction
    return data


def failure_dict(failure: CheckFailure) -> dict[str, str]:
    return {"code": failure.code, "name": failure.name, "error": failure.error}


def fails(report: Report, fail_on: Severity) -> bool:
    return report.fails(fail_on)


def render_json(report: Report, fail_on: Severity) -> str:
    return no_surrogates(json.dumps(report_dict(report, fail_on), ensure_ascii=False, indent=2)) + "\n"
