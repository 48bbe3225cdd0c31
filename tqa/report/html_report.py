"""The editor's HTML report: one self-contained page, every piece of article text escaped.

Article text, glossary text and file names are untrusted: everything goes
through `html.escape`, and the Content-Security-Policy allows no script and
no network request at all, so nothing in an article can run or call out.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from tqa.model import Article, Bead, Finding, Report, Severity, Span

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_CSS = """
:root{--err:#b3261e;--warn:#9a6700;--info:#0b57d0;--line:#d0d4da;--bg:#fafbfc}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#fff}
header,main{max-width:1200px;margin:0 auto;padding:12px 20px}
h1{font-size:20px;margin:8px 0} h2{font-size:17px;margin:20px 0 8px}
.meta{color:#57606a;font-size:13px;word-break:break-all}
.counts span{display:inline-block;margin-right:12px;font-weight:600}
.error{color:var(--err)} .warning{color:var(--warn)} .info{color:var(--info)}
.verdict{display:inline-block;padding:2px 10px;border-radius:4px;color:#fff;font-weight:700}
.verdict.fail{background:var(--err)} .verdict.pass{background:#1a7f37}
table{border-collapse:collapse;width:100%} td,th{border-top:1px solid var(--line);padding:6px 8px;vertical-align:top}
th{text-align:start;background:var(--bg);font-size:13px}
td.ar{direction:rtl;text-align:right;font-family:"Noto Naskh Arabic","Amiri","Geeza Pro","Arial",serif;font-size:17px;width:46%}
td.en{width:46%} td.kind{font-size:12px;color:#57606a;white-space:nowrap;text-align:center}
tr.para td{border-top:2px solid #8c959f}
tr.gap td.empty{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#fbeaea 6px,#fbeaea 12px)}
tr.low td.kind{color:var(--warn);font-weight:600}
mark{border-radius:3px;padding:0 1px} mark.error{background:#f9d0cc;color:inherit} mark.warning{background:#fbe7b5;color:inherit} mark.info{background:#d3e3fd;color:inherit}
.heading{font-weight:700}
ol.findings{padding-inline-start:22px} ol.findings li{margin:6px 0}
.ev{font-size:13px;color:#57606a} .ev bdi{color:#1b1f24}
.sug{font-size:13px} .waived{opacity:.55}
footer{max-width:1200px;margin:20px auto;padding:0 20px 20px;color:#57606a;font-size:12px;word-break:break-all}
@media print{tr{break-inside:avoid} header{position:static}}
"""

LOW_CONFIDENCE = 0.5


def render_html(report: Report, fail_on: Severity) -> str:
    doc = report.document
    title = doc.source.title or doc.target.title or "tqa report"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>tqa: {escape(title)}</title><style>{_CSS}</style></head><body>",
        _header(report, fail_on),
        "<main>",
        _findings_section(report),
        _alignment_section(report),
        "</main>",
        f"<footer>signature: {escape(report.signature)}</footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _header(report: Report, fail_on: Severity) -> str:
    doc = report.document
    counts = report.counts()
    failed = any(f.severity >= fail_on and f.waived is None for f in report.findings)
    by_category: dict[str, int] = defaultdict(int)
    for finding in report.findings:
        if finding.waived is None:
            by_category[finding.category] += 1
    categories = ", ".join(f"{escape(c)} {n}" for c, n in sorted(by_category.items())) or "none"
    verdict = "fail" if failed else "pass"
    return (
        "<header>"
        f"<h1><bdi>{escape(doc.source.title or doc.source.path)}</bdi> → <bdi>{escape(doc.target.title or doc.target.path)}</bdi></h1>"
        f'<div class="meta">source: {escape(doc.source.path)} ({doc.source.lang}) · target: {escape(doc.target.path)} ({doc.target.lang})</div>'
        f'<p><span class="verdict {verdict}">{verdict.upper()}</span> with --fail-on {fail_on.label}</p>'
        '<p class="counts">'
        + "".join(f'<span class="{label}">{n} {label}</span>' for label, n in counts.items())
        + f"</p><p class=\"meta\">by category: {categories}</p></header>"
    )


def _evidence(label: str, span: Span | None, lang: str) -> str:
    if span is None:
        return ""
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<div class="ev">{label} #{span.segment}: <bdi dir="{direction}" lang="{lang}">{escape(span.text)}</bdi></div>'


def _findings_section(report: Report) -> str:
    doc = report.document
    if not report.findings:
        return "<h2>Findings</h2><p>No findings.</p>"
    items = []
    for number, finding in enumerate(report.findings, 1):
        waived = f' <em>(waived: {escape(finding.waived)})</em>' if finding.waived else ""
        suggestion = f'<div class="sug">suggestion: <b>{escape(finding.suggestion)}</b></div>' if finding.suggestion else ""
        items.append(
            f'<li id="f{number}" class="{"waived" if finding.waived else ""}">'
            f'<b class="{finding.severity.label}">{finding.severity.label}</b> '
            f"<code>{escape(finding.code)}</code> {escape(finding.name)} ({escape(finding.category)}){waived}: "
            f"{escape(finding.message)}{suggestion}"
            f"{_evidence('source', finding.source, doc.source.lang)}{_evidence('target', finding.target, doc.target.lang)}</li>"
        )
    return f'<h2>Findings</h2><ol class="findings">{"".join(items)}</ol>'


def _marked(text: str, marks: list[tuple[int, int, Finding, int]]) -> str:
    """Escape `text`, wrapping each finding's span in <mark>; overlapping spans keep the first."""
    out: list[str] = []
    position = 0
    for start, end, finding, number in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position or start >= end:
            continue
        out.append(escape(text[position:start]))
        title = escape(f"{finding.code} {finding.message}")
        out.append(f'<mark class="{finding.severity.label}" title="{title}"><a href="#f{number}">{escape(text[start:end])}</a></mark>')
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def _cell(article: Article, ids: tuple[int, ...], marks: dict[int, list[tuple[int, int, Finding, int]]]) -> str:
    lang = article.lang
    css = "ar" if lang == "ar" else "en"
    if not ids:
        return f'<td class="{css} empty" lang="{lang}"></td>'
    sentences = []
    for i in ids:
        segment = article.segments[i]
        body = _marked(segment.text, marks.get(i, []))
        sentences.append(f'<span class="heading">{body}</span>' if segment.heading else body)
    direction = ' dir="rtl"' if lang == "ar" else ""
    return f'<td class="{css}" lang="{lang}"{direction}>{" ".join(sentences)}</td>'


def _alignment_section(report: Report) -> str:
    doc = report.document
    source_marks: dict[int, list[tuple[int, int, Finding, int]]] = defaultdict(list)
    target_marks: dict[int, list[tuple[int, int, Finding, int]]] = defaultdict(list)
    for number, finding in enumerate(report.findings, 1):
        if finding.source:
            source_marks[finding.source.segment].append((finding.source.start, finding.source.end, finding, number))
        if finding.target:
            target_marks[finding.target.segment].append((finding.target.start, finding.target.end, finding, number))
    rows = []
    previous_paragraph = None
    for bead in doc.beads:
        paragraph = _paragraph_of(doc.source, doc.target, bead)
        classes = []
        if previous_paragraph is not None and paragraph != previous_paragraph:
            classes.append("para")
        previous_paragraph = paragraph
        if not bead.source or not bead.target:
            classes.append("gap")
        if bead.score < LOW_CONFIDENCE:
            classes.append("low")
        kind = {"1-0": "omitted", "0-1": "added"}.get(bead.kind, bead.kind)
        low = " ?" if bead.score < LOW_CONFIDENCE else ""
        rows.append(
            f'<tr class="{" ".join(classes)}">{_cell(doc.source, bead.source, source_marks)}'
            f'<td class="kind" title="alignment confidence {bead.score:.2f}">{kind}{low}</td>'
            f"{_cell(doc.target, bead.target, target_marks)}</tr>"
        )
    head = f"<tr><th>{doc.source.lang}</th><th>pair</th><th>{doc.target.lang}</th></tr>"
    return f"<h2>Aligned text</h2><table>{head}{''.join(rows)}</table>"


def _paragraph_of(source: Article, target: Article, bead: Bead) -> int:
    if bead.source:
        return source.segments[bead.source[0]].paragraph
    return -1 - target.segments[bead.target[0]].paragraph
