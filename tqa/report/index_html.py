"""The batch index page (index.html in the output folder): one row per article with its
verdict, counts by severity and category, a link to its report, and the one-line error
of an article that could not be checked; then the cross-article section.

Same rules as the article report (tqa.report.html_report): every untrusted text is
escaped, Arabic and file names are isolated in <bdi>, the script's data travels in an
application/json block, and the Content-Security-Policy allows only the page's one
static script and one static style, by their sha256 hashes. The table is complete
without the script; the script adds sorting and filtering.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import quote

from tqa.model import CATEGORIES, Severity
from tqa.report.html_escape import bidi_text, esc, json_for_script
from tqa.report.html_report import content_security_policy

if TYPE_CHECKING:
    from tqa.batch.cross import CrossArticle, NameCluster

_ASSETS = resources.files("tqa.report") / "assets"
_CSS = (_ASSETS / "index.css").read_text(encoding="utf-8")
_SCRIPT = (_ASSETS / "index.js").read_text(encoding="utf-8")
SEVERITIES = ("error", "warning", "info")
_DOWNLOADS = " · ".join(f'<a href="{name}">{name}</a>' for name in ("findings.csv", "findings.xlsx", "cross-article.json"))


@dataclass(frozen=True)
class IndexRow:
    key: str
    paths: tuple[str, ...]
    status: str  # ok, unreadable, crashed
    error: str
    mode: str
    failed: bool
    by_severity: dict[str, int]
    by_category: dict[str, int]
    desk: str = ""  # from a manifest row

    @property
    def verdict(self) -> str:
        if self.status != "ok":
            return "error"
        return "fail" if self.failed else "pass"


def render_index(rows: tuple[IndexRow, ...], cross: CrossArticle, fail_on: Severity) -> str:
    categories = sorted({c for r in rows for c in r.by_category}, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99)
    verdicts = {v: sum(1 for r in rows if r.verdict == v) for v in ("fail", "error", "pass")}
    summary = " · ".join(f'<span class="verdict {v}">{v}</span> <b id="n-{v}">{n}</b>' for v, n in verdicts.items())
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(_SCRIPT, _CSS)}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>tqa batch: {len(rows)} articles</title><style>{_CSS}</style></head><body>",
        f"<header><h1>tqa batch: {len(rows)} article(s)</h1>",
        f'<div class="meta">{summary} · fail-on {esc(fail_on.label)} · {_DOWNLOADS}</div></header><main>',
        _filters(),
        _table(rows, categories),
        _cross_section(cross),
        "</main>",
        f'<script type="application/json" id="tqa-index">{json_for_script({"categories": categories})}</script>',
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _filters() -> str:
    verdicts = "".join(
        f'<label><input type="checkbox" name="verdict" value="{v}" checked> {v}</label>' for v in ("fail", "error", "pass")
    )
    return (
        '<div class="filters" role="search" aria-label="filter articles">'
        f"<fieldset><legend>verdict</legend>{verdicts}</fieldset>"
        '<input type="search" id="q" placeholder="filter by article, path, category or error" aria-label="filter articles">'
        '<span class="meta" id="shown" aria-live="polite"></span></div>'
    )


def _table(rows: tuple[IndexRow, ...], categories: list[str]) -> str:
    head = [("article", "text"), ("verdict", "text"), *((s, "number") for s in SEVERITIES), *((c, "number") for c in categories)]
    ths = "".join(
        f'<th scope="col" data-kind="{kind}" aria-sort="none"><button type="button" class="sort">{esc(name)}</button></th>'
        for name, kind in head
    )
    body = "".join(_row(r, categories) for r in rows)
    return f'<table id="articles"><thead><tr>{ths}</tr></thead><tbody>{body}</tbody></table>'


def _row(row: IndexRow, categories: list[str]) -> str:
    link = (
        f'<a href="{esc(quote(row.key))}.html"><bdi>{esc(row.key)}</bdi></a>'
        if row.status == "ok"
        else f"<bdi>{esc(row.key)}</bdi>"
    )
    files = " + ".join(f"<bdi>{esc(p)}</bdi>" for p in row.paths)
    error = f'<div class="errline">{bidi_text(row.error)}</div>' if row.error else ""
    cells = [
        f'<td data-value="{esc(row.key)}">{link} <span class="mode">{esc(row.mode)}</span>{_desk(row.desk)}<div class="meta files">{files}</div>{error}</td>',
        f'<td data-value="{row.verdict}"><span class="verdict {row.verdict}">{row.verdict}</span></td>',
        *(
            f'<td class="n sev-{s}" data-value="{row.by_severity.get(s, 0)}">{row.by_severity.get(s, 0) or ""}</td>'
            for s in SEVERITIES
        ),
        *(f'<td class="n" data-value="{row.by_category.get(c, 0)}">{row.by_category.get(c, 0) or ""}</td>' for c in categories),
    ]
    return f'<tr data-verdict="{row.verdict}" data-key="{esc(row.key)}">{"".join(cells)}</tr>'


def _desk(desk: str) -> str:
    return f' <span class="mode desk">desk: <bdi>{esc(desk)}</bdi></span>' if desk else ""


def _cross_section(cross: CrossArticle) -> str:
    names = (
        "".join(
            "<li>"
            + ", ".join(
                f'<b><bdi>{esc(s.spelling)}</bdi></b> ×{n} in <a href="{esc(quote(article))}.html"><bdi>{esc(article)}</bdi></a>'
                for s in cluster.spellings
                for article, n in s.articles.items()
            )
            + _places(cluster)
            + "</li>"
            for cluster in cross.names
        )
        or "<li>none</li>"
    )
    wrong = "".join(
        f"<tr><td><code>{esc(w.code)}</code></td><td><bdi>{esc(w.written)}</bdi></td><td><bdi>{esc(w.house or '')}</bdi></td>"
        f'<td class="n">{w.count}</td><td>{", ".join(f"<bdi>{esc(a)}</bdi>" for a in w.articles)}</td></tr>'
        for w in cross.wrong_spellings
    )
    wrong_table = (
        f"<table><thead><tr><th>code</th><th>written</th><th>house spelling</th><th>times</th><th>articles</th></tr></thead><tbody>{wrong}</tbody></table>"
        if wrong
        else "<p>none</p>"
    )
    recurring = (
        "".join(
            f'<li><bdi>{esc(r.english)}</bdi> (<bdi lang="ar" dir="rtl">{esc(r.arabic)}</bdi>) in {len(r.articles)} articles<pre>{esc(r.entry)}</pre></li>'
            for r in cross.recurring_unlisted
        )
        or "<li>none</li>"
    )
    return (
        '<section id="cross"><h2>Across articles</h2>'
        f'<h3>One name, several spellings</h3><ul id="cross-names">{names}</ul>'
        f'<h3>Glossary spellings broken, most frequent first</h3><div id="cross-wrong">{wrong_table}</div>'
        f'<h3>Names the glossary lacks, in several articles</h3><ul id="cross-recurring">{recurring}</ul></section>'
    )


def _places(cluster: NameCluster) -> str:
    items = "".join(
        f"<li><b><bdi>{esc(s.spelling)}</bdi></b> in <bdi>{esc(p.article)}</bdi>, sentence {p.segment + 1}: <bdi>{esc(p.sentence)}</bdi></li>"
        for s in cluster.spellings
        for p in s.places
    )
    return f"<details><summary>where</summary><ul>{items}</ul></details>"
