"""The editor's HTML report: one self-contained page that works offline from file://.

Article text, glossary text and file names are untrusted. Every piece of it goes
through `html.escape(..., quote=True)`; what the script needs travels as JSON in a
`type="application/json"` block with `<`, `>` and `&` escaped, so `</script>` in an
article cannot end the block. The one inline script and the one inline style are
static, and the Content-Security-Policy allows exactly those two by their sha256
hashes: no other script, no inline handler, no network request of any kind.

The page is rendered in full by Python (it prints and reads without the script);
the script adds filters, keyboard navigation, the editor's decisions (kept in
localStorage under a hash of the report's content) and the waivers export.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from tqa.model import CATEGORIES, AlignedDocument, Article, Finding, Report, Severity, Span
from tqa.report.html_aligned import HUES, FindingIndex, alignment_section, reference_chips, reference_section
from tqa.report.html_counts import count_chips, lapsed_waivers
from tqa.report.html_escape import bdi, bidi_text, esc, fsi, json_for_script
from tqa.report.json_report import finding_dict
from tqa.report.safe import no_surrogates
from tqa.report.text import counted

# --------------------------------------------------------------------------- static assets

# The style and the script are files beside this module: constants, so their CSP
# hashes never change (the script reads everything from #tqa-data). report.css
# holds HUES mark colours, .h0 to .h7.
_ASSETS = resources.files("tqa.report") / "assets"
_CSS = (_ASSETS / "report.css").read_text(encoding="utf-8")
_SCRIPT = (_ASSETS / "report.js").read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str = _SCRIPT, style: str = _CSS) -> str:
    """Only the page's own script and style, named by hash; nothing may be fetched."""
    return (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def report_hash(report: Report) -> str:
    """sha256 of the findings and both articles' segments: decisions are stored under it."""
    doc = report.document
    content = {
        "findings": [finding_dict(f) for f in report.findings],
        "source": [s.text for s in doc.source.segments],
        "target": [s.text for s in doc.target.segments],
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------- page


def render_html(report: Report, fail_on: Severity) -> str:
    doc = report.document
    index = FindingIndex.build(report)
    title = doc.source.title or doc.target.title or "tqa report"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="generator" content="tqa">',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>tqa: {esc(fsi(title))}</title><style>{_CSS}</style></head><body>",
        _header(report, fail_on),
        _failed_checks(report),
        '<div class="layout">',
        _panel(report, index),
        "<main>",
        alignment_section(report, index),
        "</main></div>",
        _footer(report),
        f'<script type="application/json" id="tqa-data">{json_for_script(_script_data(report, index))}</script>',
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
    ]
    # A lone surrogate cannot be written as UTF-8: shown as U+FFFD (README, "Security").
    return no_surrogates("\n".join(parts)) + "\n"


def _failed_checks(report: Report) -> str:
    """Checks that raised: said at the top, so that a short list is not read as a clean one."""
    if not report.failed_checks:
        return ""
    items = "".join(f"<li><code>{esc(f.code)}</code> {esc(f.name)}: {bdi(f.error)}</li>" for f in report.failed_checks)
    return (
        '<section id="failed-checks" class="failed" role="alert"><h2>Checks that failed</h2>'
        "<p>These checks stopped with an internal error (a bug in tqa; please report it), so their findings "
        f"are missing from this report. Every other check ran.</p><ul>{items}</ul></section>"
    )


def _script_data(report: Report, index: FindingIndex) -> dict[str, Any]:
    findings = []
    for n, f in index.numbered.items():
        bead = index.bead_of(f)
        findings.append(
            {
                "n": n,
                "code": f.code,
                "name": f.name,
                "category": f.category,
                "severity": f.severity.label,
                "message": f.message,
                "suggestion": f.suggestion,
                "source": f.source.text if f.source else None,
                "target": f.target.text if f.target else None,
                "fingerprint": f.fingerprint,
                "waived": f.waived,
                "bead": f"b{bead}" if bead is not None else None,
            }
        )
    return {"hash": report_hash(report), "waivers_name": "tqa-waivers.json", "findings": findings}


def _article_title(article: Article) -> str:
    direction = "rtl" if article.lang == "ar" else "ltr"
    return f'<bdi dir="{direction}" lang="{article.lang}">{esc(article.title or article.path)}</bdi>'


def _header(report: Report, fail_on: Severity) -> str:
    title, meta = _title_and_meta(report.document)
    verdict = "fail" if report.fails(fail_on) else "pass"
    settings = "".join(
        f"<tr><td>{esc(key)}</td><td>{bdi(json.dumps(value, ensure_ascii=False))}</td></tr>"
        for key, value in report.settings.items()
    )
    return (
        "<header>"
        f"<h1>{title}</h1>"
        f'<div class="meta">{meta}</div>'
        f'<div class="chips"><span class="verdict {verdict}" id="verdict">{verdict.upper()}</span>'
        f'<span class="meta">with --fail-on {esc(fail_on.label)}</span></div>'
        f"{count_chips(report.summary)}"
        f"{lapsed_waivers(report)}"
        f"{reference_chips(report)}"
        f'<details class="run"><summary>run signature and settings</summary>'
        f'<div class="meta" id="signature">tqa {esc(report.tool_version)} · {bdi(str(report.signature))}</div>'
        f"<table>{settings}</table></details>"
        "</header>"
    )


def _title_and_meta(doc: AlignedDocument) -> tuple[str, str]:
    if doc.source.segments:
        title = f"{_article_title(doc.source)} → {_article_title(doc.target)}"
        meta = (
            f'source: <span id="source-path">{bdi(doc.source.path)}</span> ({esc(doc.source.lang)}, '
            f'{counted(len(doc.source.segments), "segment")}) · target: <span id="target-path">{bdi(doc.target.path)}</span> '
            f"({esc(doc.target.lang)}, {counted(len(doc.target.segments), 'segment')}) · {counted(len(doc.beads), 'aligned pair')}"
        )
    else:  # one article checked alone
        title = _article_title(doc.target)
        meta = (
            f'<span id="target-path">{bdi(doc.target.path)}</span> ({esc(doc.target.lang)}, '
            f"{counted(len(doc.target.segments), 'segment')}), checked alone: no source, so only the checks that need none"
        )
    return title, meta


# --------------------------------------------------------------------------- findings panel


def _panel(report: Report, index: FindingIndex) -> str:
    present = sorted({f.category for f in report.findings}, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99)
    tools = (
        '<div class="tools"><button type="button" id="export">Export waivers</button>'
        '<span class="meta" id="decided"></span><span class="meta" id="exported" aria-live="polite"></span></div>'
        '<p class="meta tools">Keys: j / k next and previous finding (↓ ↑ in this list), Enter to show.</p>'
    )
    body = "".join(_group(category, report, index) for category in present) or "<p>No findings.</p>"
    filters = _filters(present, sorted({f.code for f in report.findings}))
    return f'<aside id="panel" aria-label="findings"><h2>Findings</h2>{filters}{tools}<div id="findings">{body}</div></aside>'


def _filters(categories: Sequence[str], codes: Sequence[str]) -> str:
    severities = "".join(
        f'<label><input type="checkbox" name="sev" value="{s.label}" checked> {s.label}</label>'
        for s in sorted(Severity, reverse=True)
    )
    category_options = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in categories)
    code_options = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in codes)
    return (
        '<div class="filters" role="search" aria-label="filter findings">'
        f'<fieldset><legend class="sr">severity</legend>{severities}</fieldset>'
        '<div class="row">'
        f'<label>category <select id="f-cat"><option value="">all</option>{category_options}</select></label>'
        f'<label>code <select id="f-code"><option value="">all</option>{code_options}</select></label>'
        '<label>status <select id="f-status"><option value="">all</option><option value="open">open</option>'
        '<option value="accepted">accepted</option><option value="fix">to fix</option><option value="waived">waived</option></select></label>'
        '<label>order <select id="f-order"><option value="category">by category</option>'
        '<option value="article">as in the article</option></select></label>'
        "</div>"
        '<input type="search" id="f-q" placeholder="search findings" aria-label="search findings">'
        '<span class="meta" id="f-shown" aria-live="polite"></span>'
        "</div>"
    )


def _group(category: str, report: Report, index: FindingIndex) -> str:
    """One category's findings: errors first, then warnings, then info; in reading order within each."""
    ranked = sorted(
        (item for item in index.numbered.items() if item[1].category == category), key=lambda item: (-item[1].severity, item[0])
    )
    items = [_finding_item(n, f, index, report.document) for n, f in ranked]
    return (
        f'<section class="group" data-category="{esc(category)}"><h3>{esc(category)} '
        f'(<span class="gcount">{len(items)}</span>)</h3><ol class="findings">{"".join(items)}</ol></section>'
    )


def _evidence(label: str, span: Span | None, article: Article) -> str:
    if span is None:
        return ""
    direction = "rtl" if article.lang == "ar" else "ltr"
    place = f"{label}, {article.place(span.segment)}"
    return f'<div class="ev">{esc(place)}: <bdi dir="{direction}" lang="{article.lang}">{esc(span.text)}</bdi></div>'


def _finding_item(n: int, f: Finding, index: FindingIndex, doc: AlignedDocument) -> str:
    sev = f.severity.label
    bead = index.bead_of(f)
    goto = f'<a class="goto" href="#b{bead}" title="show in the text">show ↓</a>' if bead is not None else ""
    suggestion = f'<span class="sug">suggestion: <b><bdi>{esc(f.suggestion)}</bdi></b></span>' if f.suggestion else ""
    if f.waived is not None:
        decision = (
            f'<div class="waiver"><span class="badge waived">waived</span> <span class="reason">{bdi(f.waived)}</span></div>'
        )
    else:
        name = f"d{n}"
        decision = (
            f'<div class="decide" role="group" aria-label="decision on finding {n}">'
            f'<label><input type="radio" name="{name}" value="open" checked> open</label>'
            f'<label><input type="radio" name="{name}" value="accepted"> accepted as is</label>'
            f'<label><input type="radio" name="{name}" value="fix"> to fix</label>'
            f'<input type="text" class="note" placeholder="note (optional)" aria-label="note on finding {n}"></div>'
        )
    classes = f"finding sev-{sev} h{n % HUES}" + (" waived" if f.waived is not None else "")
    return (
        f'<li class="{classes}" id="f{n}" data-n="{n}" data-severity="{sev}" data-category="{esc(f.category)}" data-code="{esc(f.code)}" '
        f'tabindex="0" aria-describedby="f{n}-msg">'
        f'<div class="fhead"><span class="num h{n % HUES}">{n}</span><span class="sevname">{sev}</span>'
        f"<code>{esc(f.code)}</code><span>{esc(f.name)}</span>{goto}</div>"
        f'<p class="msg" id="f{n}-msg"><bdi>{bidi_text(f.message)}</bdi>{suggestion}</p>'
        f"{_evidence(doc.source.lang, f.source, doc.source)}"
        f"{_evidence(doc.target.lang, f.target, doc.target)}"
        f"{decision}</li>"
    )


def _footer(report: Report) -> str:
    signature = f"<div>tqa {esc(report.tool_version)} · signature: {bdi(str(report.signature))}</div>"
    return f"<footer>{reference_section(report)}{signature}</footer>"
