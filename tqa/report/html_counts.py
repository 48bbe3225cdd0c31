"""The HTML report's counts under its title: findings by severity and category, and the
waivers of the --waivers file that matched nothing."""

from __future__ import annotations

from tqa.model import Report, Summary
from tqa.report.html_escape import bdi, esc
from tqa.report.text import counted


def count_chips(summary: Summary) -> str:
    """The counts by severity (with the waived ones) and by category."""
    severity_chips = "".join(
        f'<span class="chip sev-{label}">{label} <b id="count-{label}" data-count="{n}">{n}</b></span>'
        for label, n in summary.by_severity.items()
    )
    category_chips = (
        "".join(
            f'<span class="chip">{esc(c)} <b id="count-cat-{esc(c)}" data-count="{n}">{n}</b></span>'
            for c, n in summary.by_category.items()
        )
        or '<span class="chip">none</span>'
    )
    waived = summary.waived
    return (
        f'<div class="chips" id="severity-counts">{severity_chips}'
        f'<span class="chip">waived <b id="count-waived" data-count="{waived}">{waived}</b></span></div>'
        f'<div class="chips" id="category-counts"><span class="meta">by category:</span>{category_chips}</div>'
    )


def lapsed_waivers(report: Report) -> str:
    """Waivers that no longer waive anything: the editor removes them from the file."""
    if not report.lapsed_waivers:
        return ""
    rows = "".join(
        f"<tr><td>{esc(w.code)}</td><td>{esc(w.fingerprint)}</td><td>{bdi(w.reason)}</td></tr>" for w in report.lapsed_waivers
    )
    return (
        f'<details class="run" id="lapsed-waivers"><summary>{counted(len(report.lapsed_waivers), "waiver")} matched no finding '
        "(sentence edited or finding fixed): remove from the waivers file</summary>"
        f"<table><tr><th>code</th><th>fingerprint</th><th>reason</th></tr>{rows}</table></details>"
    )
