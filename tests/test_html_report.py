"""The HTML report without a browser: escaping, CSP hashes, the embedded JSON, marks, extras."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tqa.config import Settings
from tqa.model import Bead, Finding, Report, Severity, Span
from tqa.pipeline import run
from tqa.report.html_aligned import MAX_NAMED_PER_MARK, _ranges
from tqa.report.html_escape import json_for_script
from tqa.report.html_report import render_html, report_hash

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "hostile"
GLOSSARY = ROOT / "glossaries" / "syria.yaml"
HOSTILE_STRINGS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[the ministry](javascript:alert(3))",
    "</textarea>",
    "</script>",
)
# Every element the report itself writes; anything else came from an article.
REPORT_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "span", "b", "bdi", "details",
    "summary", "table", "colgroup", "col", "thead", "tbody", "tr", "td", "th", "aside", "fieldset", "legend", "label",
    "input", "select", "option", "button", "p", "section", "ol", "li", "code", "a", "main", "mark", "footer", "script",
    "ins", "del",
}  # fmt: skip


class Page(HTMLParser):
    """Collects what a browser would see: tags, attributes, text, and the raw contents of script/style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []  # script and style contents, unescaped
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))
        if tag not in ("meta", "input", "col"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.raw.append((*self._open, data))
            self._open = None
        else:
            self.text.append(data)


def attr(attrs: dict[str, str | None], name: str) -> str:
    return attrs.get(name) or ""


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed elements: {parser.stack}"
    return parser


def _run(ar: Path, en: Path, glossary: Path = GLOSSARY) -> Report:
    return run(ar, en, Settings(glossaries=(str(glossary),)))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The hostile articles under hostile file names, with a glossary under a hostile name too."""
    folder = tmp_path_factory.mktemp("hostile")
    ar = folder / 'power"<i>.ar.txt'
    en = folder / "power'<svg onload=alert(9)>.en.txt"
    glossary = folder / "syria<b>&amp;.yaml"
    shutil.copy(HOSTILE / "power-plant.ar.txt", ar)
    shutil.copy(HOSTILE / "power-plant.en.txt", en)
    shutil.copy(GLOSSARY, glossary)
    return _run(ar, en, glossary)


@pytest.fixture(scope="module")
def sample() -> Report:
    return _run(ROOT / "samples" / "moscow-visit.ar.md", ROOT / "samples" / "moscow-visit.en.md")


def test_hostile_strings_reach_the_segments(hostile: Report) -> None:
    text = "\n".join(s.text for s in hostile.document.target.segments)
    for hostile_string in HOSTILE_STRINGS:
        assert hostile_string in text
    assert any(f.target and "<script>alert(5)</script>" in f.target.text for f in hostile.findings)


def test_hostile_text_is_shown_as_text_and_never_as_markup(hostile: Report) -> None:
    page = render_html(hostile, Severity.ERROR)
    parsed = parse(page)
    for hostile_string in ("<script>alert(", "<img src=x", "</textarea>", "<i>", "<b>&amp;", "<svg"):
        assert hostile_string not in page
    text = "".join(parsed.text)
    for hostile_string in HOSTILE_STRINGS:
        assert hostile_string in text
    assert 'power"<i>.ar.txt' in text and "<svg onload=alert(9)>.en.txt" in text and "syria<b>&amp;.yaml" in text
    assert {tag for tag, _ in parsed.tags} <= REPORT_TAGS
    assert [tag for tag, _ in parsed.tags].count("script") == 2
    assert all((attrs.get("href") or "#").startswith("#") for _, attrs in parsed.tags)
    assert 'Aleppo regains power hours after main plant is repaired "</title><b>' in text


@pytest.mark.parametrize("which", ["hostile", "sample"])
def test_no_inline_event_handlers_or_style_attributes(which: str, request: pytest.FixtureRequest) -> None:
    page = render_html(request.getfixturevalue(which), Severity.ERROR)
    for tag, attrs in parse(page).tags:
        assert not [name for name in attrs if name.startswith("on")], tag
        assert "style" not in attrs, tag  # style-src by hash would block it
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", page, re.IGNORECASE)


def test_a_narrow_window_gets_a_stacked_layout(sample: Report) -> None:
    """Under 700 px (a phone, a split screen) the side-by-side table was cramped and ran off
    the page (a new user's review): a media query in the page's own style, no script,
    stacks each pair and puts the findings panel above the text."""
    styles = [data for tag, _, data in parse(render_html(sample, Severity.ERROR)).raw if tag == "style"]
    narrow = re.search(r"@media \(max-width:700px\)\{(.*?)\n\}", styles[0], re.DOTALL)
    assert narrow is not None
    rules = narrow.group(1)
    assert "table.aligned,table.aligned tbody,table.aligned tr,table.aligned td{display:block" in rules
    assert ".layout{display:block}" in rules and "#panel{position:static" in rules


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@pytest.mark.parametrize("which", ["hostile", "sample"])
def test_csp_hashes_match_the_inline_script_and_style(which: str, request: pytest.FixtureRequest) -> None:
    parsed = parse(render_html(request.getfixturevalue(which), Severity.ERROR))
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    scripts = [data for tag, attrs, data in parsed.raw if tag == "script" and attrs.get("type") != "application/json"]
    styles = [data for tag, _, data in parsed.raw if tag == "style"]
    assert len(scripts) == 1 and len(styles) == 1
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == _hash(scripts[0])
    assert directives["style-src"] == _hash(styles[0])
    assert directives["img-src"] == "data:"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'none'"
    assert "unsafe" not in csp


def test_the_script_is_static(hostile: Report, sample: Report) -> None:
    def script(report: Report) -> str:
        parsed = parse(render_html(report, Severity.ERROR))
        return next(d for t, a, d in parsed.raw if t == "script" and a.get("type") != "application/json")

    assert script(hostile) == script(sample)


def test_embedded_json_cannot_close_its_script(hostile: Report) -> None:
    page = render_html(hostile, Severity.ERROR)
    block = re.search(r'<script type="application/json" id="tqa-data">(.*?)</script>', page, re.DOTALL)
    assert block is not None
    body = block.group(1)
    assert "<" not in body and ">" not in body and "&" not in body
    data = json.loads(body)
    messages = " ".join(f["message"] for f in data["findings"])
    assert "<script>alert(5)</script>" in messages
    assert data["hash"] == report_hash(hostile)
    assert len(data["findings"]) == len(hostile.findings)


def test_json_for_script_escapes_everything_that_could_end_the_block() -> None:
    value = {"t": "</script><!-- & -->", "ar": "«الشرع»"}
    text = json_for_script(value)
    assert "</" not in text and "<!--" not in text and "&" not in text
    assert "«الشرع»" in text  # Arabic stays readable
    assert json.loads(text) == value


def test_report_hash_follows_the_content(sample: Report) -> None:
    assert report_hash(sample) == report_hash(replace(sample))
    changed = replace(sample, findings=sample.findings[1:])
    assert report_hash(changed) != report_hash(sample)
    assert re.fullmatch(r"[0-9a-f]{64}", report_hash(sample))


def test_header_counts_verdict_signature_and_settings(sample: Report) -> None:
    page = render_html(sample, Severity.ERROR)
    for label, n in sample.counts().items():
        assert f'id="count-{label}" data-count="{n}"' in page
    assert 'id="verdict">FAIL<' in page
    assert 'id="verdict">PASS<' in render_html(replace(sample, findings=()), Severity.ERROR)
    assert str(sample.signature) in page
    assert "glossaries" in page and "fail_on" in page
    assert "samples/moscow-visit.ar.md" in page and "samples/moscow-visit.en.md" in page


def test_aligned_rows_language_direction_kinds_and_low_confidence(sample: Report) -> None:
    doc = sample.document
    beads = (Bead((0,), (0,), 0.9), Bead((1,), (), 0.2), Bead((), (1,), 0.3), Bead((2, 3), (2,), 0.8), Bead((4,), (3, 4), 0.7))
    report = replace(sample, document=replace(doc, beads=beads), findings=())
    parsed = parse(render_html(report, Severity.ERROR))
    cells = [a for t, a in parsed.tags if t == "td" and "ar" in (a.get("class") or "").split()]
    assert cells and all(a.get("dir") == "rtl" and a.get("lang") == "ar" for a in cells)
    assert all(a.get("lang") == "en" for t, a in parsed.tags if t == "td" and "en" in (a.get("class") or "").split())
    text = "".join(parsed.text)
    for kind in ("1-0 omission", "0-1 addition", "2-1", "1-2", "low 0.20", "low 0.30"):
        assert kind in text
    rows = [a for t, a in parsed.tags if t == "tr" and attr(a, "id").startswith("b")]
    assert len(rows) == len(beads)
    assert [("low" in (a.get("class") or "").split()) for a in rows] == [False, True, True, False, False]


def test_overlapping_spans_split_into_ranges() -> None:
    assert _ranges(10, [(0, 6, 1), (3, 9, 2), (3, 4, 3)]) == [
        (0, 3, (1,)),
        (3, 4, (1, 2, 3)),
        (4, 6, (1, 2)),
        (6, 9, (2,)),
        (9, 10, ()),
    ]
    assert _ranges(4, [(2, 99, 1), (3, 3, 2)]) == [(0, 2, ()), (2, 4, (1,))]  # clipped; empty spans dropped


def test_overlapping_findings_keep_the_markup_well_formed(sample: Report) -> None:
    segment = sample.document.target.segments[1]
    text = segment.text

    def finding(code: str, start: int, end: int, severity: Severity) -> Finding:
        span = Span(segment.id, start, end, text[start:end])
        return Finding(code, "test", "style", severity, f"{code} <b>message</b>", target=span, fingerprint=code)

    findings = (
        finding("S1", 0, 20, Severity.INFO),
        finding("S2", 10, 30, Severity.ERROR),
        finding("S3", 12, 14, Severity.WARNING),
    )
    parsed = parse(render_html(replace(sample, findings=findings), Severity.ERROR))  # parse() asserts balanced tags
    marks = [a for t, a in parsed.tags if t == "mark"]
    assert [m["data-f"] for m in marks] == ["1", "1 2", "1 2 3", "1 2", "2"]
    assert [attr(m, "class").split()[1] for m in marks] == ["sev-info", "sev-error", "sev-error", "sev-error", "sev-error"]
    assert all(m.get("tabindex") == "0" and m.get("title") and m.get("aria-describedby") for m in marks)
    assert "S2 <b>message</b>" in attr(marks[1], "title")
    assert text in "".join(parsed.text).replace("1 2 3", "")  # the sentence reads whole between the marks


def test_many_overlapping_findings_in_one_sentence_keep_the_page_small(sample: Report) -> None:
    # Two thousand findings nested over one sentence once made a page of hundreds of megabytes (every
    # highlight named every finding covering it); each highlight now names a bounded number, and all stay listed.
    segment = sample.document.target.segments[1]
    text = segment.text
    count = 2000

    def nested(k: int) -> Finding:
        start, end = k % len(text) // 2, len(text) - k % len(text) // 2
        span = Span(segment.id, start, max(start + 1, end), text[start : max(start + 1, end)])
        return Finding(
            "P501", "unbalanced-marks", "punctuation", Severity.WARNING, "long message " * 20, target=span, fingerprint=f"{k}"
        )

    page = render_html(replace(sample, findings=tuple(nested(k) for k in range(count))), Severity.ERROR)
    parsed = parse(page)
    marks = [a for t, a in parsed.tags if t == "mark"]
    assert marks and all(len(attr(m, "data-f").split()) <= MAX_NAMED_PER_MARK for m in marks)
    assert "more here (see the findings list)" in attr(marks[len(marks) // 2], "title")
    assert sum(1 for t, a in parsed.tags if t == "li" and a.get("id", "").startswith("f")) >= count
    assert len(page) < 40_000_000


def test_waived_findings_show_as_waived(sample: Report) -> None:
    first, *rest = sample.findings
    report = replace(sample, findings=(replace(first, waived="house style <ok>"), *rest))
    page = render_html(report, Severity.ERROR)
    parsed = parse(page)
    item = next(a for t, a in parsed.tags if t == "li" and a.get("id") == "f1")
    assert "waived" in attr(item, "class").split()
    assert "house style &lt;ok&gt;" in page
    assert 'name="d1"' not in page  # no decision buttons: it was decided already
    assert 'id="count-waived" data-count="1"' in page


def test_reference_scores_are_shown_when_present(sample: Report) -> None:
    from tqa.model import Article
    from tqa.scoring.score import CorpusScores, ScoredPair, ScoreResult
    from tqa.scoring.worddiff import DiffOp

    pair = ScoredPair(
        (1,),
        (1,),
        "x",
        "Syria's president arrived",
        61.2,
        None,
        (DiffOp("equal", "Syrian", "Syrian"), DiffOp("replace", "President", "leader<x>")),
    )
    corpus = CorpusScores(31.25, 58.5, 49.0, "nrefs:1|bleu-sig", "chrf-sig", "ter-sig")
    reference = ScoreResult(sample.document.target, Article("ref<1>.en.md", "en", "md", ()), (), corpus, (pair,))
    page = render_html(replace(sample, reference=reference), Severity.ERROR)
    parse(page)
    for expected in ("31.2", "58.5", "49.0", "bleu-sig", "chrf-sig", "ter-sig", "ref&lt;1&gt;.en.md", "chrF 61.2", "TER –"):
        assert expected in page
    assert "<del>President</del>" in page and "<ins>leader&lt;x&gt;</ins>" in page
    assert 'id="reference"' not in render_html(sample, Severity.ERROR)


def test_quoted_pieces_of_messages_are_bidi_isolated() -> None:
    from tqa.report.html_escape import bidi_text, isolated

    assert bidi_text("«Samer» («سامر») is not in the glossary") == "«<bdi>Samer</bdi>» («<bdi>سامر</bdi>») is not in the glossary"
    assert bidi_text("«<b>»") == "«<bdi>&lt;b&gt;</bdi>»"  # still escaped
    assert isolated("«سامر»") == "«\u2068سامر\u2069»"


def test_style_has_a_colour_for_every_hue() -> None:
    from tqa.report.html_aligned import HUES
    from tqa.report.html_report import _CSS

    assert all(f".h{i}{{" in _CSS for i in range(HUES)) and f".h{HUES}{{" not in _CSS
