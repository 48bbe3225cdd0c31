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
import re
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from tqa.model import CATEGORIES, AlignedDocument, Article, Bead, Finding, Report, Severity, Span
from tqa.report.json_report import fails, finding_dict

LOW_CONFIDENCE = 0.5
HUES = 8  # distinct mark colours; a finding's AR and EN marks share one, and its number
KIND_LABELS = {"1-0": "1-0 omission", "0-1": "0-1 addition"}
AR_FONTS = '"Noto Naskh Arabic","Amiri","Scheherazade New","Geeza Pro","Traditional Arabic","Arial",serif'


def esc(text: object) -> str:
    """Escape for element content and for double- or single-quoted attributes."""
    return escape(str(text), quote=True)


_QUOTED = re.compile("«([^«»]*)»")


def bidi_text(text: str) -> str:
    """Escaped text whose «quoted» pieces are isolated, so that Arabic quoted inside an
    English message (or the reverse) does not reorder the punctuation around it."""
    return _QUOTED.sub(lambda m: f"«<bdi>{m.group(1)}</bdi>»", esc(text))


def isolated(text: str) -> str:
    """The same for attribute text (tooltips), which cannot hold markup: Unicode first-
    strong isolates (U+2068 ... U+2069) around each «quoted» piece."""
    return _QUOTED.sub(lambda m: f"«\u2068{m.group(1)}\u2069»", text)


# --------------------------------------------------------------------------- static assets

_CSS = (
    """
:root{--err:#b3261e;--warn:#8a5a00;--info:#0b57d0;--ok:#1a7f37;--line:#d0d4da;--bg:#f6f8fa;--muted:#57606a}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#fff}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:var(--bg)}
h1{font-size:19px;margin:4px 0} h2{font-size:16px;margin:12px 0 6px} h3{font-size:14px;margin:12px 0 4px;text-transform:capitalize}
.meta{color:var(--muted);font-size:13px;overflow-wrap:anywhere}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
.chip{border:1px solid var(--line);border-radius:12px;padding:0 9px;font-size:13px;background:#fff}
.chip b{font-variant-numeric:tabular-nums}
.sev-error .sevname,.chip.sev-error{color:var(--err)} .sev-warning .sevname,.chip.sev-warning{color:var(--warn)}
.sev-info .sevname,.chip.sev-info{color:var(--info)}
.verdict{display:inline-block;padding:1px 10px;border-radius:4px;color:#fff;font-weight:700}
.verdict.fail{background:var(--err)} .verdict.pass{background:var(--ok)}
details.run{font-size:13px} details.run table{width:auto} details.run td{padding:1px 8px;border:0;font-family:ui-monospace,monospace}
.layout{display:grid;grid-template-columns:minmax(300px,25rem) minmax(0,1fr);align-items:start}
#panel{position:sticky;top:0;max-height:100vh;overflow:auto;padding:8px 14px 40px;border-inline-end:1px solid var(--line);background:#fff}
.filters{display:grid;gap:6px;font-size:13px;padding-bottom:8px;border-bottom:1px solid var(--line)}
.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:10px;flex-wrap:wrap}
.filters select,.filters input[type=search]{font:inherit;width:100%;padding:3px 5px}
.filters .row{display:flex;gap:6px} .filters .row>*{flex:1}
.tools{display:flex;gap:8px;align-items:center;flex-wrap:wrap;font-size:13px;margin:8px 0}
button{font:inherit;padding:3px 10px;border:1px solid #8c959f;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:var(--bg)}
ol.findings{list-style:none;padding:0;margin:0}
li.finding{border:1px solid var(--line);border-inline-start:4px solid var(--line);border-radius:4px;padding:5px 8px;margin:6px 0;font-size:13px;cursor:pointer}
li.finding.sev-error{border-inline-start-color:var(--err)} li.finding.sev-warning{border-inline-start-color:var(--warn)}
li.finding.sev-info{border-inline-start-color:var(--info)}
li.finding:focus{outline:2px solid var(--info);outline-offset:1px} li.finding.current{background:#eef4ff}
li.finding.waived{opacity:.7;border-style:dashed}
li.finding.dec-accepted{background:#eaf6ec} li.finding.dec-fix{background:#fdf0ef}
.fhead{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.num{display:inline-block;min-width:1.6em;text-align:center;border-radius:8px;color:#fff;font-size:11px;font-weight:700}
.sevname{font-weight:700} .goto{margin-inline-start:auto;font-size:12px}
.msg{margin:3px 0} .sug{display:block;color:var(--muted)} .sug b{color:#1b1f24}
.ev{color:var(--muted);overflow-wrap:anywhere} .ev bdi{color:#1b1f24}
.ev bdi[lang=ar]{font-family:"""
    + AR_FONTS
    + """;font-size:15px}
.badge{font-size:11px;border-radius:3px;padding:0 5px;background:var(--bg);border:1px solid var(--line)}
.badge.waived{background:#eee}
.decide{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin-top:4px;cursor:default}
.waiver{margin-top:4px}
.decide input[type=text]{font:inherit;flex:1;min-width:8em;padding:1px 4px}
main{padding:8px 16px 40px;min-width:0}
table.aligned{border-collapse:collapse;width:100%;table-layout:fixed}
table.aligned td,table.aligned th{border-top:1px solid var(--line);padding:6px 8px;vertical-align:top;overflow-wrap:anywhere}
table.aligned th{text-align:start;background:var(--bg);font-size:13px;position:sticky;top:0;z-index:2}
col.c-ar,col.c-en{width:45%} col.c-kind{width:10%}
td.ar{text-align:right;font-family:"""
    + AR_FONTS
    + """;font-size:18px;line-height:1.7}
td.kind{font-size:12px;color:var(--muted);text-align:center}
td.kind .low{display:block;color:var(--warn);font-weight:700}
tr.para>td{border-top:2px solid #8c959f}
tr.gap td.empty{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#fbeaea 6px,#fbeaea 12px)}
tr.low td.kind{background:#fff8e6}
tr.flash>td{animation:flash 1.6s ease-out}
@keyframes flash{0%,30%{background:#ffe58f}100%{background:transparent}}
.heading{font-weight:700}
.pbreak{display:block;height:.5em} .pbreak::before{content:"\\00b6";color:#aaa;font-size:11px}
mark.m{position:relative;color:inherit;border-radius:3px;padding:0 1px;border-bottom:2px solid;cursor:pointer}
mark.m.sev-error{background:#f9d0cc} mark.m.sev-warning{background:#fbe7b5} mark.m.sev-info{background:#d3e3fd}
mark.m.waived{background:#eee;border-bottom-style:dashed}
mark.m[data-n]::after{content:attr(data-n);font:700 10px system-ui,sans-serif;vertical-align:super;margin-inline-start:1px}
mark.m.dim{background:transparent;border-bottom-color:#ccc}
mark.m.active{outline:2px solid #1b1f24;outline-offset:1px}
mark.m:focus{outline:2px solid var(--info)}
mark.m:focus-visible::before{content:attr(data-tip);position:absolute;z-index:5;top:100%;inset-inline-start:0;width:max-content;
max-width:26em;white-space:pre-wrap;background:#1b1f24;color:#fff;font:12px/1.4 system-ui,sans-serif;padding:5px 7px;border-radius:4px;
text-align:start;unicode-bidi:plaintext}
.ref{margin-top:6px;padding-top:4px;border-top:1px dotted var(--line);font-size:13px;color:var(--muted)}
.ref ins{background:#dafbe1;text-decoration:none;color:#1b1f24} .ref del{background:#ffebe9;color:#1b1f24}
footer{padding:10px 20px 30px;border-top:1px solid var(--line);color:var(--muted);font-size:12px;overflow-wrap:anywhere}
footer table td{padding:1px 10px 1px 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
"""
    + "".join(
        f".h{i}{{border-bottom-color:hsl({i * 360 // HUES},70%,38%)}} .num.h{i}{{background:hsl({i * 360 // HUES},70%,38%)}}\n"
        for i in range(HUES)
    )
    + """@media print{
.filters,.tools,.decide,.goto,details.run summary::marker{display:none}
.layout{display:flex;flex-direction:column} main{order:1} #panel{order:2;position:static;max-height:none;overflow:visible;border:0}
li.dec-accepted .fhead::after{content:"accepted as is"} li.dec-fix .fhead::after{content:"to fix"}
table.aligned th{position:static} tr{break-inside:avoid;page-break-inside:avoid}
li.finding{break-inside:avoid} mark.m::before{display:none} body{font-size:12px}
}
"""
)

# The script is a constant: it reads everything from #tqa-data, so its CSP hash never changes.
_SCRIPT = r"""
(() => {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const data = JSON.parse($("#tqa-data").textContent);
  const storeKey = "tqa-decisions/" + data.hash;

  // Indexes built once: finding number -> its list item, its marks, its bead row.
  const items = new Map(), marks = new Map(), rows = new Map(), byN = new Map();
  for (const f of data.findings) {
    byN.set(f.n, f);
    f.search = [f.code, f.name, f.category, f.severity, f.message, f.suggestion || "",
                f.source || "", f.target || "", f.waived || ""].join("\n").toLowerCase();
    items.set(f.n, document.getElementById("f" + f.n));
    marks.set(f.n, []);
    if (f.bead) rows.set(f.n, document.getElementById(f.bead));
  }
  const allMarks = $$("mark.m").map((el) => {
    const ns = el.dataset.f.split(" ").map(Number);
    for (const n of ns) if (marks.has(n)) marks.get(n).push(el);
    return { el, ns };
  });

  // Decisions: {n: {state: "accepted"|"fix", note}} in localStorage, per report content.
  let decisions = {};
  try { decisions = JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { decisions = {}; }
  const save = () => { try { localStorage.setItem(storeKey, JSON.stringify(decisions)); } catch (e) { /* private mode */ } };

  function showDecision(n) {
    const li = items.get(n), d = decisions[n];
    if (!li) return;
    li.classList.toggle("dec-accepted", !!d && d.state === "accepted");
    li.classList.toggle("dec-fix", !!d && d.state === "fix");
    const radio = li.querySelector('input[type=radio][value="' + (d ? d.state : "open") + '"]');
    if (radio) radio.checked = true;
    const note = li.querySelector("input.note");
    if (note) note.value = d && d.note ? d.note : "";
  }
  function tally() {
    let accepted = 0, fix = 0;
    for (const k in decisions) { if (decisions[k].state === "accepted") accepted++; else if (decisions[k].state === "fix") fix++; }
    $("#decided").textContent = accepted + " accepted, " + fix + " to fix";
  }
  for (const f of data.findings) if (!f.waived) showDecision(f.n);
  tally();

  $("#findings").addEventListener("change", (e) => {
    const li = e.target.closest("li.finding");
    if (!li) return;
    const n = Number(li.dataset.n), note = li.querySelector("input.note");
    const state = (li.querySelector("input[type=radio]:checked") || {}).value || "open";
    if (state === "open" && !(note && note.value)) delete decisions[n];
    else decisions[n] = { state, note: note ? note.value : "" };
    save(); showDecision(n); tally(); applyFilters();
  });
  $("#findings").addEventListener("input", (e) => {
    if (!e.target.matches("input.note")) return;
    const li = e.target.closest("li.finding"), n = Number(li.dataset.n);
    const d = decisions[n] || { state: "open", note: "" };
    d.note = e.target.value;
    decisions[n] = d;
    save();
  });

  // Export: the waivers already in the report plus every finding accepted here.
  $("#export").addEventListener("click", () => {
    const seen = new Set(), waivers = [];
    const add = (f, reason) => {
      const key = f.code + "\u001f" + f.fingerprint;
      if (!f.fingerprint || seen.has(key)) return;
      seen.add(key); waivers.push({ code: f.code, fingerprint: f.fingerprint, reason });
    };
    for (const f of data.findings) if (f.waived) add(f, f.waived);
    for (const f of data.findings) {
      const d = decisions[f.n];
      if (!f.waived && d && d.state === "accepted") add(f, (d.note || "").trim() || "accepted");
    }
    const body = JSON.stringify({ schema: "tqa-waivers/1", report: data.hash, waivers }, null, 2) + "\n";
    const url = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url; a.download = data.waivers_name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    $("#exported").textContent = waivers.length + " waiver(s) exported";
  });

  // Filters.
  let visible = data.findings.map((f) => f.n);
  function status(f) {
    if (f.waived) return "waived";
    const d = decisions[f.n];
    return d && d.state !== "open" ? d.state : "open";
  }
  function applyFilters() {
    const sev = new Set($$(".filters input[name=sev]:checked").map((el) => el.value));
    const cat = $("#f-cat").value, code = $("#f-code").value, st = $("#f-status").value;
    const q = $("#f-q").value.trim().toLowerCase();
    const shown = new Set();
    for (const f of data.findings) {
      const ok = sev.has(f.severity) && (!cat || f.category === cat) && (!code || f.code === code)
        && (!st || status(f) === st) && (!q || f.search.includes(q));
      items.get(f.n).hidden = !ok;
      if (ok) shown.add(f.n);
    }
    for (const group of $$("section.group")) {
      const count = $$("li.finding", group).filter((li) => !li.hidden).length;
      group.hidden = count === 0;
      $(".gcount", group).textContent = String(count);
    }
    for (const m of allMarks) m.el.classList.toggle("dim", !m.ns.some((n) => shown.has(n)));
    visible = data.findings.map((f) => f.n).filter((n) => shown.has(n));
    $("#f-shown").textContent = visible.length + " of " + data.findings.length + " shown";
  }
  for (const el of $$(".filters input, .filters select")) {
    el.addEventListener(el.type === "search" ? "input" : "change", applyFilters);
  }
  applyFilters();

  // Selecting a finding: highlight its marks, scroll its bead row into view and flash it.
  let current = null;
  function select(n, opts) {
    const o = opts || {};
    if (current !== null) {
      const old = items.get(current);
      if (old) old.classList.remove("current");
      for (const el of marks.get(current) || []) el.classList.remove("active");
    }
    current = n;
    const li = items.get(n);
    if (li) {
      li.classList.add("current");
      if (o.focus) li.focus({ preventScroll: true });
      li.scrollIntoView({ block: "nearest" });
    }
    for (const el of marks.get(n) || []) el.classList.add("active");
    const row = rows.get(n);
    if (row && o.scroll !== false) {
      row.scrollIntoView({ block: "center" });
      row.classList.remove("flash");
      void row.offsetWidth; // restart the animation when the same row flashes twice
      row.classList.add("flash");
    }
  }
  function move(step) {
    if (!visible.length) return;
    let i = visible.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, i + step));
    select(visible[i], { focus: true });
  }
  $("#findings").addEventListener("click", (e) => {
    const li = e.target.closest("li.finding");
    if (!li || e.target.closest(".decide")) return;
    e.preventDefault();
    select(Number(li.dataset.n), { focus: true });
  });
  $("#aligned").addEventListener("click", (e) => {
    const m = e.target.closest("mark.m");
    if (m) select(Number(m.dataset.f.split(" ")[0]), { scroll: false });
  });
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t.closest && t.closest("input, select, textarea, button")) return;
    const inPanel = !!(t.closest && t.closest("#findings"));
    if (e.key === "j" || (inPanel && e.key === "ArrowDown")) { e.preventDefault(); move(1); }
    else if (e.key === "k" || (inPanel && e.key === "ArrowUp")) { e.preventDefault(); move(-1); }
    else if (e.key === "Enter" && t.matches && t.matches("li.finding")) { e.preventDefault(); select(Number(t.dataset.n), { focus: true }); }
    else if (e.key === "Enter" && t.matches && t.matches("mark.m")) { select(Number(t.dataset.f.split(" ")[0]), { scroll: false }); }
  });
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str = _SCRIPT, style: str = _CSS) -> str:
    """Only the page's own script and style, named by hash; nothing may be fetched."""
    return (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element: <, > and & become \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def report_hash(report: Report) -> str:
    """sha256 of the findings and both articles' segments: decisions are stored under it."""
    doc = report.document
    content = {
        "findings": [finding_dict(f) for f in report.findings],
        "source": [s.text for s in doc.source.segments],
        "target": [s.text for s in doc.target.segments],
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- indexes


Mark = tuple[int, int, int]  # start, end, finding number


@dataclass(frozen=True)
class _Index:
    """Everything looked up per finding or per segment, computed once (no per-finding scans)."""

    bead_of_source: dict[int, int]
    bead_of_target: dict[int, int]
    source_marks: dict[int, list[Mark]]
    target_marks: dict[int, list[Mark]]
    numbered: dict[int, Finding]

    @classmethod
    def build(cls, report: Report) -> _Index:
        doc = report.document
        bead_of_source = {i: b for b, bead in enumerate(doc.beads) for i in bead.source}
        bead_of_target = {j: b for b, bead in enumerate(doc.beads) for j in bead.target}
        source_marks: dict[int, list[Mark]] = defaultdict(list)
        target_marks: dict[int, list[Mark]] = defaultdict(list)
        numbered = {n: f for n, f in enumerate(report.findings, 1)}
        for n, finding in numbered.items():
            if finding.source:
                source_marks[finding.source.segment].append((finding.source.start, finding.source.end, n))
            if finding.target:
                target_marks[finding.target.segment].append((finding.target.start, finding.target.end, n))
        return cls(bead_of_source, bead_of_target, dict(source_marks), dict(target_marks), numbered)

    def bead_of(self, finding: Finding) -> int | None:
        if finding.source and finding.source.segment in self.bead_of_source:
            return self.bead_of_source[finding.source.segment]
        if finding.target and finding.target.segment in self.bead_of_target:
            return self.bead_of_target[finding.target.segment]
        return None


# --------------------------------------------------------------------------- page


def render_html(report: Report, fail_on: Severity) -> str:
    doc = report.document
    index = _Index.build(report)
    title = doc.source.title or doc.target.title or "tqa report"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>tqa: {esc(title)}</title><style>{_CSS}</style></head><body>",
        _header(report, fail_on),
        '<div class="layout">',
        _panel(report, index),
        "<main>",
        _alignment_section(report, index),
        "</main></div>",
        _footer(report),
        f'<script type="application/json" id="tqa-data">{json_for_script(_script_data(report, index))}</script>',
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _script_data(report: Report, index: _Index) -> dict[str, Any]:
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
    doc = report.document
    by_category: dict[str, int] = defaultdict(int)
    for finding in report.findings:
        if finding.waived is None:
            by_category[finding.category] += 1
    waived = sum(1 for f in report.findings if f.waived is not None)
    severity_chips = "".join(
        f'<span class="chip sev-{label}">{label} <b id="count-{label}" data-count="{n}">{n}</b></span>'
        for label, n in report.counts().items()
    )
    category_chips = (
        "".join(
            f'<span class="chip">{esc(c)} <b id="count-cat-{esc(c)}" data-count="{n}">{n}</b></span>'
            for c, n in sorted(by_category.items())
        )
        or '<span class="chip">none</span>'
    )
    verdict = "fail" if fails(report, fail_on) else "pass"
    settings = "".join(
        f"<tr><td>{esc(key)}</td><td>{esc(json.dumps(value, ensure_ascii=False))}</td></tr>"
        for key, value in report.settings.items()
    )
    return (
        "<header>"
        f"<h1>{_article_title(doc.source)} → {_article_title(doc.target)}</h1>"
        f'<div class="meta">source: <span id="source-path">{esc(doc.source.path)}</span> ({esc(doc.source.lang)}, '
        f'{len(doc.source.segments)} segments) · target: <span id="target-path">{esc(doc.target.path)}</span> '
        f"({esc(doc.target.lang)}, {len(doc.target.segments)} segments) · {len(doc.beads)} aligned pairs</div>"
        f'<div class="chips"><span class="verdict {verdict}" id="verdict">{verdict.upper()}</span>'
        f'<span class="meta">with --fail-on {esc(fail_on.label)}</span></div>'
        f'<div class="chips" id="severity-counts">{severity_chips}'
        f'<span class="chip">waived <b id="count-waived" data-count="{waived}">{waived}</b></span></div>'
        f'<div class="chips" id="category-counts"><span class="meta">by category:</span>{category_chips}</div>'
        f"{_reference_chips(report)}"
        f'<details class="run"><summary>run signature and settings</summary>'
        f'<div class="meta" id="signature">tqa {esc(report.tool_version)} · {esc(report.signature)}</div>'
        f"<table>{settings}</table></details>"
        "</header>"
    )


# --------------------------------------------------------------------------- findings panel


def _panel(report: Report, index: _Index) -> str:
    present = sorted({f.category for f in report.findings}, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99)
    codes = sorted({f.code for f in report.findings})
    severities = "".join(
        f'<label><input type="checkbox" name="sev" value="{s.label}" checked> {s.label}</label>'
        for s in sorted(Severity, reverse=True)
    )
    category_options = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in present)
    code_options = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in codes)
    filters = (
        '<div class="filters" role="search" aria-label="filter findings">'
        f'<fieldset><legend class="sr">severity</legend>{severities}</fieldset>'
        '<div class="row">'
        f'<label>category <select id="f-cat"><option value="">all</option>{category_options}</select></label>'
        f'<label>code <select id="f-code"><option value="">all</option>{code_options}</select></label>'
        '<label>status <select id="f-status"><option value="">all</option><option value="open">open</option>'
        '<option value="accepted">accepted</option><option value="fix">to fix</option><option value="waived">waived</option></select></label>'
        "</div>"
        '<input type="search" id="f-q" placeholder="search findings" aria-label="search findings">'
        '<span class="meta" id="f-shown" aria-live="polite"></span>'
        "</div>"
    )
    tools = (
        '<div class="tools"><button type="button" id="export">Export waivers</button>'
        '<span class="meta" id="decided"></span><span class="meta" id="exported" aria-live="polite"></span></div>'
        '<p class="meta tools">Keys: j / k next and previous finding (↓ ↑ in this list), Enter to show.</p>'
    )
    if not report.findings:
        body = "<p>No findings.</p>"
    else:
        groups = []
        for category in present:
            lis = [_finding_item(n, f, index, report.document) for n, f in index.numbered.items() if f.category == category]
            groups.append(
                f'<section class="group" data-category="{esc(category)}"><h3>{esc(category)} '
                f'(<span class="gcount">{len(lis)}</span>)</h3><ol class="findings">{"".join(lis)}</ol></section>'
            )
        body = "".join(groups)
    return f'<aside id="panel" aria-label="findings"><h2>Findings</h2>{filters}{tools}<div id="findings">{body}</div></aside>'


def _evidence(label: str, span: Span | None, article: Article) -> str:
    if span is None:
        return ""
    direction = "rtl" if article.lang == "ar" else "ltr"
    return f'<div class="ev">{label} #{span.segment}: <bdi dir="{direction}" lang="{article.lang}">{esc(span.text)}</bdi></div>'


def _finding_item(n: int, f: Finding, index: _Index, doc: AlignedDocument) -> str:
    sev = f.severity.label
    bead = index.bead_of(f)
    goto = f'<a class="goto" href="#b{bead}">row {bead + 1}</a>' if bead is not None else ""
    suggestion = f'<span class="sug">suggestion: <b><bdi>{esc(f.suggestion)}</bdi></b></span>' if f.suggestion else ""
    if f.waived is not None:
        decision = (
            f'<div class="waiver"><span class="badge waived">waived</span> <span class="reason">{esc(f.waived)}</span></div>'
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
        f'<p class="msg" id="f{n}-msg">{bidi_text(f.message)}{suggestion}</p>'
        f"{_evidence('ar' if doc.source.lang == 'ar' else 'source', f.source, doc.source)}"
        f"{_evidence('en' if doc.target.lang == 'en' else 'target', f.target, doc.target)}"
        f"{decision}</li>"
    )


# --------------------------------------------------------------------------- aligned text


def _ranges(length: int, marks: list[Mark]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split possibly overlapping spans into non-overlapping ranges, each with the findings covering it."""
    spans = [(max(0, min(s, length)), max(0, min(e, length)), n) for s, e, n in marks]
    spans = [(s, e, n) for s, e, n in spans if s < e]
    cuts = sorted({0, length, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in pairwise(cuts):
        covering = tuple(sorted(n for s, e, n in spans if s <= start and end <= e))
        out.append((start, end, covering))
    return out


def _marked(text: str, marks: list[Mark], index: _Index) -> str:
    if not marks:
        return esc(text)
    ends = {n: e for _, e, n in marks}
    out = []
    for start, end, covering in _ranges(len(text), marks):
        piece = esc(text[start:end])
        if not covering:
            out.append(piece)
            continue
        findings = [index.numbered[n] for n in covering]
        worst = max(f.severity for f in findings).label
        tip = "\n".join(
            f"{n}. {f.code} {isolated(f.message)}"
            + (f" — suggestion: {f.suggestion}" if f.suggestion else "")
            + (f" — waived: {f.waived}" if f.waived else "")
            for n, f in zip(covering, findings)
        )
        ending = " ".join(str(n) for n in covering if min(ends[n], len(text)) == end)
        waived = " waived" if all(f.waived is not None for f in findings) else ""
        label = f' data-n="{ending}"' if ending else ""
        described = " ".join(f"f{n}-msg" for n in covering)
        out.append(
            f'<mark class="m sev-{worst} h{covering[0] % HUES}{waived}" data-f="{" ".join(map(str, covering))}"{label} tabindex="0" '
            f'title="{esc(tip)}" data-tip="{esc(tip)}" aria-describedby="{described}">{piece}</mark>'
        )
    return "".join(out)


def _cell(article: Article, ids: tuple[int, ...], marks: dict[int, list[Mark]], index: _Index, extra: str = "") -> str:
    lang = article.lang
    css = "ar" if lang == "ar" else "en"
    direction = ' dir="rtl"' if lang == "ar" else ' dir="ltr"'
    if not ids:
        return f'<td class="{css} empty" lang="{lang}"{direction}>{extra}</td>'
    pieces = []
    previous: int | None = None
    for i in ids:
        segment = article.segments[i]
        if previous is not None and segment.paragraph != previous:
            pieces.append('<span class="pbreak" title="paragraph break"></span>')
        elif previous is not None:
            pieces.append(" ")
        previous = segment.paragraph
        body = _marked(segment.text, marks.get(i, []), index)
        pieces.append(f'<span class="heading">{body}</span>' if segment.heading else body)
    return f'<td class="{css}" lang="{lang}"{direction}>{"".join(pieces)}{extra}</td>'


def _alignment_section(report: Report, index: _Index) -> str:
    doc = report.document
    references = _reference_pairs(report)
    single = not doc.source.segments  # one article checked alone: no source column to pair with
    rows = []
    previous_paragraph = None
    for number, bead in enumerate(doc.beads):
        paragraph = _paragraph_of(doc.source, doc.target, bead)
        classes = ["bead"]
        if previous_paragraph is not None and paragraph != previous_paragraph:
            classes.append("para")
        previous_paragraph = paragraph
        if (not bead.source or not bead.target) and not single:
            classes.append("gap")
        low = ""
        if bead.score < LOW_CONFIDENCE:
            classes.append("low")
            low = f'<span class="low" title="the aligner is unsure of this pairing">low {bead.score:.2f}</span>'
        kind = "" if single else KIND_LABELS.get(bead.kind, bead.kind)
        reference = "".join(_reference_block(p) for p in references.get(number, []))
        rows.append(
            f'<tr id="b{number}" class="{" ".join(classes)}" data-kind="{bead.kind}">'
            f"{_cell(doc.source, bead.source, index.source_marks, index)}"
            f'<td class="kind" title="alignment confidence {bead.score:.2f}">{kind}{low}</td>'
            f"{_cell(doc.target, bead.target, index.target_marks, index, reference)}</tr>"
        )
    head = (
        '<colgroup><col class="c-ar"><col class="c-kind"><col class="c-en"></colgroup>'
        f"<thead><tr><th>{esc(doc.source.lang) if not single else 'no source: one article checked alone'}</th>"
        f"<th>pair</th><th>{esc(doc.target.lang)}</th></tr></thead>"
    )
    return f'<h2>Aligned text</h2><table class="aligned" id="aligned">{head}<tbody>{"".join(rows)}</tbody></table>'


def _paragraph_of(source: Article, target: Article, bead: Bead) -> int:
    if bead.source:
        return source.segments[bead.source[0]].paragraph
    return -1 - target.segments[bead.target[0]].paragraph


# --------------------------------------------------------------------------- reference translation (optional extra)


def _reference(report: Report) -> dict[str, Any] | None:
    value = report.extras.get("reference")
    return value if isinstance(value, dict) else None


def _reference_pairs(report: Report) -> dict[int, list[dict[str, Any]]]:
    """Bead number -> reference pairs shown under its English cell (at the bead of the pair's first target id)."""
    reference = _reference(report)
    if reference is None:
        return {}
    bead_of_target = {j: b for b, bead in enumerate(report.document.beads) for j in bead.target}
    placed: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for pair in reference.get("pairs") or []:
        if not isinstance(pair, dict):
            continue
        targets = [t for t in pair.get("target") or [] if isinstance(t, int) and t in bead_of_target]
        if targets:
            placed[bead_of_target[min(targets)]].append(pair)
    return placed


def _number(value: object, digits: int = 1) -> str:
    return f"{value:.{digits}f}" if isinstance(value, (int, float)) and not isinstance(value, bool) else "–"


def _reference_block(pair: dict[str, Any]) -> str:
    diff = pair.get("diff")
    if isinstance(diff, list) and diff:
        words = []
        for op in diff:
            if not isinstance(op, dict):
                continue
            kind, hyp, ref = op.get("op"), str(op.get("hyp") or ""), str(op.get("ref") or "")
            if kind == "equal":
                words.append(esc(ref or hyp))
            else:
                if hyp:
                    words.append(f"<del>{esc(hyp)}</del>")
                if ref:
                    words.append(f"<ins>{esc(ref)}</ins>")
        text = " ".join(words)
    else:
        text = esc(pair.get("reference_text") or "")
    return (
        f'<div class="ref" lang="en"><span class="badge">reference · chrF {_number(pair.get("chrf"))} · '
        f"TER {_number(pair.get('ter'))}</span> {text}</div>"
    )


def _reference_chips(report: Report) -> str:
    reference = _reference(report)
    if reference is None:
        return ""
    scores = "".join(
        f'<span class="chip">{name} <b>{_number(reference.get(key))}</b></span>'
        for key, name in (("bleu", "BLEU"), ("chrf", "chrF"), ("ter", "TER"))
    )
    return f'<div class="chips"><span class="meta">against the reference <a href="#reference">(details)</a>:</span>{scores}</div>'


def _footer(report: Report) -> str:
    reference = _reference(report)
    parts = [f"<div>tqa {esc(report.tool_version)} · signature: {esc(report.signature)}</div>"]
    if reference is not None:
        given = reference.get("signatures")
        signatures: dict[str, Any] = given if isinstance(given, dict) else {}
        rows = "".join(
            f'<tr><td>{name}</td><td><b id="ref-{key}">{_number(reference.get(key))}</b></td><td>{esc(signatures.get(key, ""))}</td></tr>'
            for key, name in (("bleu", "BLEU"), ("chrf", "chrF"), ("ter", "TER"))
        )
        parts.insert(
            0,
            f'<section id="reference"><h2>Reference translation</h2><div>{esc(reference.get("path", ""))}</div>'
            f"<table>{rows}</table></section>",
        )
    return f"<footer>{''.join(parts)}</footer>"
